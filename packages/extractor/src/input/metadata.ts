// Article metadata read from the text itself: leading "date YYYY-MM-DD", datelines, bylines,
// photo credits and "Reporting by ...; Editing by ..." lines. Metadata lines are masked (replaced by
// spaces, so character offsets stay valid) before recognition: their names are never actors.

export interface TextMetadata {
  /** Text of the same length with metadata masked out. */
  masked: string;
  date?: string;
  title?: string;
  author?: string;
  credits: string[];
  /** Place named by a dateline ("DOHA, Qatar —"), if any. */
  datelinePlace?: string;
  /** The country a dateline names after its place ("CRANS-MONTANA, Switzerland"), if any. */
  datelineCountry?: string;
  /** Character offset where the dateline ends (its sentence continues after it). */
  datelineEnd?: number;
  /** A page of briefs dates each brief by its own dateline: where each later dated brief starts, and its day. */
  sectionDates?: SectionDate[];
}

/** A later brief's day: "BISHKEK, 12 October 2020" over a brief of a page dated 10 October. */
export interface SectionDate {
  /** Character offset of the brief's dateline. */
  at: number;
  date: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH_MAP = new Map(Object.entries(MONTHS));
export function monthNumber(word: string): number | undefined {
  if (word.length < 3 || word.length > 10) return undefined;
  const w = word.toLowerCase();
  return MONTH_MAP.get(w.endsWith(".") ? w.slice(0, -1) : w);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** "YYYY-MM-DD" for a real calendar date (Gregorian leap years), else undefined. No Date objects. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31) || !Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!)) return undefined;
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** A weekday before a date: "Thu, 15 Aug 2024" (RFC 822, as RSS writes it), "Thursday, August 15, 2024". */
const LEADING_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]{0,6})\.?,?\s+/i;

/**
 * Normalises a date given as metadata: ISO ("2024-08-15", "2024-08-15T10:00Z"), RFC 822 as in RSS
 * ("Thu, 15 Aug 2024 10:00:00 GMT"), "August 15, 2024", "15 Aug 2024", "2024/08/15", "15.08.2024".
 * Only the day is kept: the time and its zone are dropped, the day as written is the publisher's.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const s = String(value).trim().slice(0, 100).replace(LEADING_WEEKDAY, "");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  // ("Oct 05,2019": a comma with no space after it)
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})/.exec(s);
  if (m && monthNumber(m[1]!)) return isoDate(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(s);
  if (m && monthNumber(m[2]!)) return isoDate(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  // "23-Oct-2019"
  m = /^(\d{1,2})-([A-Za-z]{3,9})-(\d{4})\b/.exec(s);
  if (m && monthNumber(m[2]!)) return isoDate(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (m) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  // "28/02/2025", "04-04-2023": day first or month first, read only when the numbers say which
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/.exec(s);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    if (a > 12 || a === b) return isoDate(y, b, a);
    if (b > 12) return isoDate(y, a, b);
  }
  return undefined;
}

/** A line that is only a date, with an optional label and time: "Published: 15 August 2024 10:02 BST". */
const DATE_LABEL = /^\s*(?:date|published|posted|updated|issued|first published|last updated|latest update|last update|publication date)(?:\s+on)?\s*:?\s*/i;
/** A clock time and its zone: "10:02 a.m. EDT", "8:41 PM SGT", "9:14 AM GMT+1". */
const CLOCK = String.raw`(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*(?:(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?`;
/** After the date: its time, and a second "Last updated at 09:12 GMT" (the first date is the one kept). */
const TIME_TAIL = new RegExp(String.raw`^[\s,–—-]*${CLOCK}(?:,?\s*(?:[A-Z]{2,5}|\([^)]{0,30}\)))?\s*(?:[\s,(–—-]*(?:last\s+)?updated?\b.{0,40})?\s*$`, "i");
/** Before the date: its time and zone ("6:10 pm on 20 December 2022", "16:12, Jul 12 2018", "10:41 PM EDT, Sat May 27, 2023"). */
// (the zone is no month: "4:12pm Nov 24, 2023")
const LEADING_TIME = /^\d{1,2}[:.]\d{2}(?![\d.])\s*(?:[ap]\.?m\.?)?\s*(?:(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)[A-Z]{2,4}\b)?\s*(?:on\s+|,\s*)?/i;
const DATE_WORDS = /^(?:[A-Za-z]{3,9}\.?,?\s+)?(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*|\s+)\d{4}|\d{1,2}-[A-Za-z]{3,9}-\d{4}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4})/;

/** The date of a line that says nothing but a date (a leading date line), else undefined. */
export function dateOfDateLine(line: string): string | undefined {
  if (line.length > 80) return undefined;
  const rest = line.trim().replace(DATE_LABEL, "").replace(LEADING_TIME, "");
  const m = DATE_WORDS.exec(rest);
  if (!m || !TIME_TAIL.test(rest.slice(m[0].length))) return undefined;
  return normalizeDate(m[0]);
}

/** Separators between the fields of a header line ("Nadia Rasheed | Published January 29, 2025", "Caracas - Oct 18, 2023 - 04:15 CEST"). */
// ("Emre Demir |20.08.2025": a bar needs no space around it)
const HEADER_FIELDS = /\s*[|·•]\s*|\s+\/\s+|\s+[-–—]\s+/;
/** A name before a comma: "Geneva, 30 October 2019", "Vilnius, Lithuania, Sep 22, 2018", "Nada Abdel-Salam, Tuesday 9 Sep 2025". */
const NAME_START = /^\s*\p{Lu}[\p{L}.'’ -]{0,40}\s*,/u;

/**
 * The date of a header line under the headline: a date line, a date among the line's fields, or a date
 * after a place or a name; else undefined. Every form read carries a year.
 */
export function dateOfHeaderLine(line: string): string | undefined {
  if (line.length > 160) return undefined;
  const whole = dateOfDateLine(line);
  if (whole) return whole;
  const fields = line.split(HEADER_FIELDS);
  if (fields.length > 1) {
    for (const f of fields) {
      const d = dateOfDateLine(f);
      if (d) return d;
    }
  }
  // past one to three names set off by commas, none with a digit
  let at = 0;
  for (let k = 0; k < 3; k++) {
    const comma = line.indexOf(",", at);
    if (comma < 0 || /\d/.test(line.slice(0, comma)) || !NAME_START.test(line.slice(at))) return undefined;
    const d = dateOfDateLine(line.slice(comma + 1));
    if (d) return d;
    at = comma + 1;
  }
  return undefined;
}

const DATE_LINE = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b/i;
const BYLINE = /^\s*(?:By\s+|BY\s+|Written by\s+|(?:Writer|WRITER|Author|AUTHOR|Reporter|REPORTER|Text by)\s*:\s*)(\p{Lu}[\p{L}'.-]+(?:\s+(?:\p{Lu}[\p{L}'.-]+|and|with|de|van|al|el|bin))*(?:\s*,\s*\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+)*)*)\s*(?:[,|-].{0,60}|\s+in\s+\p{Lu}[\p{L}'. -]{0,40})?$/u;
/** A name and the writer's desk on a line of its own ("Harriet Coombes Transport correspondent", "Jane Doe, Diplomatic Editor"). */
const DESK_BYLINE = /^\s*(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){1,2}?),?\s+(?:\p{Lu}?[\p{L}-]+\s+){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist)\s*$/u;
/** A line of two or three words in capitals ("MARC LÉVESQUE-DUNN"). */
const CAPS_BYLINE = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,2})\s*$/u;
/** Capitalised lines that are no names: section labels and kickers. */
const NOT_BYLINE_WORDS = /\b(NEWS|UPDATE|ANALYSIS|BREAKING|EXCLUSIVE|OPINION|LIVE|FACTBOX|EDITORIAL|COMMENT|WORLD|POLITICS|BUSINESS|SPORTS?|TOP|STORY|FEATURE|INTERVIEW|KEY|POINTS|DEAL|TALKS|WAR|PEACE|STRIKE|CEASEFIRE)\b/u;
const CREDIT_LINE = [
  /\b(?:AP|AFP|Reuters|Getty|EPA|Anadolu|Xinhua|Bloomberg|NurPhoto|SOPA)\s*(?:Photo|Images|Pictures)?\s*\/\s*\p{Lu}/u,
  /\bPhoto(?:graph)?(?:\s+credit)?\s*[:/]\s*\S/iu,
  /\bvia\s+(?:AP|AFP|Reuters|Getty Images|EPA)\s*\)?\s*$/u,
  // ("--With assistance from A and B.", "Contributing: A": a wire story's helpers at its end)
  /^\s*(?:[-–—]+\s*)?\(?(?:(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled) by|With (?:assistance|additional reporting|reporting) from|Contributing:)/i,
  /^\s*Listen to\b.{0,80}\breport\s*$/i,
  // a press release's or wire story's end mark ("ENDS", "- ends -", "-30-", "###")
  /^\s*(?:[-–—#*]+\s*)?(?:ENDS?|[Ee]nds|-?30-?|#{3})(?:\s*[-–—#*]+)?\s*$/u,
];
// "DOHA, Qatar —", "WASHINGTON (Reuters) -", "CAIRO, Aug 15 (AP) —", "KHARTOUM, Sudan, Jan. 3 -", "MANILA,
// Philippines—The" (an em dash the Philippine papers set close),
// "DOHA, Qatar, Aug 15 (Reuters) - ", "ISLAMABAD: " (South Asian papers' colon), and a line that is only a
// place and a day ("NEW DELHI, JANUARY 8"): the place, the country, the date
const DATELINE = /^\s*([A-Z][A-Z .'-]{2,30}[A-Z])(?:,\s*([A-Z][A-Za-z .'-]{1,30}?))?(?:,?\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*(?:\((?:AP|AFP|Reuters|Xinhua|Anadolu|UPI|dpa|PTI|IANS|APP)\)\s*)?(?:—\s*|[—–-]{1,2}\s+|:\s+)/;
const DATELINE_ALONE = /^\s*([A-Z][A-Z .'-]{2,30}[A-Z]),\s*()((?:[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][A-Za-z]{2,8}\.?)(?:,?\s*\d{4})?)(?:\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*$/;
/** News agencies whose name marks a dateline: "(Reuters)", "/TASS/", "Kyodo". */
const AGENCIES = "AP|AFP|Reuters|REUTERS|Xinhua|XINHUA|Anadolu|AA|UPI|dpa|DPA|PTI|IANS|APP|ANI|UNI|TASS|ITAR-TASS|ANSA|EFE|Kyodo|KYODO|Jiji|Yonhap|KCNA|IRNA|SPA|WAM|KUNA|QNA|MENA|SUNA|SANA|Petra|Bernama|BERNAMA|Antara|ANTARA|VNA|PNA|BSS|Sputnik|Interfax|RIA Novosti|Ukrinform|Lusa|LUSA|Belga|PAP|KNA|NAN|APA|Prensa Latina|Notimex|Europa Press|AMI|ANDINA|Andina|TASR|CTK|ČTK|ANGOP|Angop|APS|MAP|AIP|ACP|ENA|WAFA|NNA|INA|BTA|MTI|HINA|Tanjug|AGERPRES|Agerpres|Armenpress|AZERTAC|Azertac|Kazinform|RSS|TAP|LANA|PANA|ABI|Telam|Télam|ANP|NTB|TT|STT|Ritzau|ANA|AGI|Adnkronos|Ukrinform|BelTA|Xinhua|ISNA|Fars|Tasnim|Mehr|Saba|KPL|AKP|Bakhtar|Pajhwok";
/** A date in a dateline: "Sept. 17", "17 September", "June 9, 2014". */
const DATELINE_DATE = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)`;
/** A place in a dateline, capitalised but not all in capitals ("Berlin", "Attari", "Rio de Janeiro"). */
const DATELINE_PLACE = String.raw`[A-Z][\p{L}.'-]*(?<!'s)(?:[ -](?:[A-Z][\p{L}.'-]*(?<!'s)|de|do|da|del|es|al|el)){0,3}`;
/**
 * Datelines marked by a news agency, in the agencies' own shapes: "Berlin (dpa) -", "SOCHI, September
 * 17. /TASS/.", "Lima, Jun 9 (EFE).-", "SEOUL, Dec. 28 Kyodo -", "Attari (Punjab), Mar 14 (PTI)" and,
 * agency first, "(ANSA) - Rome, June 19 -". The agency's name is what makes a capitalised word a place.
 */
const AGENCY_MARK = String.raw`(?:\((?:${AGENCIES})\)|/(?:${AGENCIES})/|\b(?:${AGENCIES})(?=\s*[—–-]))`;
/** After a dateline's date, an agency's mark no list names: "Kidal, 23 May 2014 (AMI) -" (capitals in brackets). */
const DATED_AGENCY_MARK = String.raw`(?:${AGENCY_MARK}|\([A-Z][A-Z-]{1,7}\))`;
const AGENCY_DATELINES = [
  // with a date, the separator after the agency may be left out: "Attari (Punjab), Mar 14 (PTI) India ..."
  new RegExp(String.raw`^\s*(?<place>${DATELINE_PLACE})(?:\s*\((?<country>[A-Z][\p{L} .'-]{1,30})\))?,\s*(?<date>${DATELINE_DATE})\.?\s*${DATED_AGENCY_MARK}\s*\.?\s*(?:[—–-]{1,2}|:)?\s*`, "u"),
  // without one, it may not: "Imran Khan's Pakistan Tehreek-e-Insaf (PTI) called ..." is no dateline
  new RegExp(String.raw`^\s*(?<place>${DATELINE_PLACE})(?:\s*\((?<country>[A-Z][\p{L} .'-]{1,30})\))?\s*${AGENCY_MARK}\s*\.?\s*(?:[—–-]{1,2}|:)\s*`, "u"),
  new RegExp(String.raw`^\s*\((?:${AGENCIES})\)\s*[—–-]{1,2}\s*(?<place>${DATELINE_PLACE})(?:,\s*(?<date>${DATELINE_DATE}))?\s*[—–-]{1,2}\s*`, "u"),
];

/** A date with its year, as datelines write it: "16 February 2023", "February 10, 2024", "17.01.2016". */
const FULL_DATE = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})`;
/**
 * Datelines with a full date and no agency: "Addis Abeba, 16 February 2023 –", "Bern, 17.01.2016 -",
 * "February 10, 2024 (PORT SUDAN) –" and, alone on its line, "JUBA - 22 Feb 2020". The year is what
 * makes a capitalised opening a dateline here, where no agency's name does.
 */
const DATED_DATELINES = [
  new RegExp(String.raw`^\s*(?!By\s)(?<place>${DATELINE_PLACE})(?:,\s*(?<country>[A-Z][\p{L} .'-]{1,30}?))?,\s*(?<date>${FULL_DATE})\s*[—–-]{1,2}\s+`, "u"),
  new RegExp(String.raw`^\s*(?<date>${FULL_DATE})\s*\((?<place>[A-Z][A-Z .'-]{2,30}[A-Z])\)\s*[—–-]{1,2}\s*`, "u"),
  new RegExp(String.raw`^\s*(?<place>[A-Z][A-Z .'-]{2,30}[A-Z])\s*[—–-]{1,2}\s*(?<date>${FULL_DATE})\s*$`, "u"),
];

/** A dateline at the start of `line`: its place, the country or region after it, its date, its length. */
function readDateline(line: string): { place: string; country?: string; date?: string; length: number } | undefined {
  // an agency's shapes first: "SEOUL, Dec. 28 Kyodo -" would otherwise read "Dec." as a country
  for (const re of AGENCY_DATELINES) {
    const m = re.exec(line);
    const g = m?.groups;
    if (!m || !g?.place || NOT_DATELINE_PLACE.test(g.place.toUpperCase())) continue;
    return { place: g.place.trim(), ...(g.country ? { country: g.country.trim() } : {}), ...(g.date ? { date: g.date } : {}), length: m[0].length };
  }
  for (const re of DATED_DATELINES) {
    const m = re.exec(line);
    const g = m?.groups;
    if (!m || !g?.place || !g.date || NOT_DATELINE_PLACE.test(g.place.toUpperCase())) continue;
    return { place: g.place.trim(), ...(g.country ? { country: g.country.trim() } : {}), date: g.date, length: m[0].length };
  }
  const dl = DATELINE.exec(line) ?? DATELINE_ALONE.exec(line);
  if (dl && !NOT_DATELINE_PLACE.test(dl[1]!)) return { place: dl[1]!.trim(), ...(dl[2] ? { country: dl[2].trim() } : {}), ...(dl[3] ? { date: dl[3] } : {}), length: dl[0].length };
  return undefined;
}
/** Capitalised words that open a line but name no place. */
// ("S. SHOUKRY: Good afternoon": a transcript's speaker, an initial and a surname)
const NOT_DATELINE_PLACE = /^(THE|A|AN|IN|ON|WRITER|AUTHOR|REPORTER|EDITOR|SOURCE|PHOTO|PUBLISHED|UPDATED)\b|^[A-Z]\.\s/;

const CAPTION_DAY = new RegExp(String.raw`\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(${FULL_DATE})`);
/**
 * With no other date, a photo caption's day: "... speaks in Kabul on Monday, Sept. 19, 2022. (AP
 * Photo/...)". Wire captions date the picture, which is the story's day; a file photo's is not.
 */
function captionDate(credits: readonly string[]): string | undefined {
  for (const c of credits) {
    const m = CAPTION_DAY.exec(c);
    if (m && !/\bfile\b/i.test(c)) return normalizeDate(m[1]!);
  }
  return undefined;
}

/** A header line's numeric date whose day and month cannot be told apart ("12/03/2024"): both readings, day first. */
function ambiguousReadings(line: string): [string, string] | undefined {
  if (line.length > 80) return undefined;
  const m = /(?:^|[\s:])(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/.exec(line);
  if (!m) return undefined;
  const dayFirst = isoDate(+m[3]!, +m[2]!, +m[1]!);
  const monthFirst = isoDate(+m[3]!, +m[1]!, +m[2]!);
  return dayFirst && monthFirst && dayFirst !== monthFirst ? [dayFirst, monthFirst] : undefined;
}

const WRITTEN_DATES = new RegExp(FULL_DATE, "g");

/**
 * The one reading of an ambiguous header date whose month and year a date written out in the text
 * shares ("Issued on: 12/03/2024" and a caption's "March 11, 2024": 12 March), else undefined.
 */
function readingTheTextConfirms(readings: [string, string], text: string): string | undefined {
  const months = new Set<string>();
  for (const m of text.matchAll(WRITTEN_DATES)) {
    const d = /\d{1,2}\.\d{1,2}\.\d{4}/.test(m[0]) ? undefined : normalizeDate(m[0]);
    if (d) months.add(d.slice(0, 7));
  }
  const fits = readings.filter((r) => months.has(r.slice(0, 7)));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Reads metadata from the article text and masks what must not be read as content. */
export function readTextMetadata(text: string, knownDate?: string): TextMetadata {
  const credits: string[] = [];
  let author: string | undefined;
  let date = knownDate;
  let title: string | undefined;
  let datelinePlace: string | undefined;
  let datelineCountry: string | undefined;
  let datelineEnd: number | undefined;
  const sectionDates: SectionDate[] = [];
  const ranges: [number, number][] = [];
  const mask = (from: number, to: number) => void ranges.push([from, to]);

  let offset = 0;
  let firstContent = true;
  let contentLines = 0;
  let titleNext = false;
  let headerDated = false;
  let headerLines = 0;
  let ambiguous: [string, string] | undefined;
  const lines = text.split("\n");
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    headerLines++;
    if (firstContent) {
      firstContent = false;
      // "date 2024-08-15 <text>", or a first line that is only a date ("Published: Thu, 15 Aug 2024 10:00 GMT")
      const dm = DATE_LINE.exec(line);
      const onlyDate = dm ? undefined : dateOfDateLine(line);
      const dateEnd = dm ? dm[0].length : onlyDate ? line.length : 0;
      if (dateEnd) {
        headerDated = true;
        date ??= dm ? normalizeDate(dm[1]) : onlyDate;
        mask(lineStart, lineStart + dateEnd);
      }
      if (!dateEnd && li + 1 < lines.length && line.length < 200 && !/[.!?"”]\s*$/.test(line) && !DATELINE.test(line) && lines.slice(li + 1).some((l) => l.trim())) {
        title = line.trim();
        contentLines++;
        continue;
      }
      if (dateEnd && !line.slice(dateEnd).trim()) {
        titleNext = true;
        continue;
      }
    } else if (titleNext) {
      titleNext = false;
      if (li + 1 < lines.length && line.length < 200 && !/[.!?"”]\s*$/.test(line) && !DATELINE.test(line)) {
        title = line.trim();
        contentLines++;
        continue;
      }
    }
    // a dateline opens one of the first content lines: "DOHA, Qatar —", "CAIRO, Aug 15 (Reuters) -",
    // "NAY PYI TAW, 15 October -"
    // (a newspaper's headline, standfirst and byline may come first)
    if (datelineEnd === undefined && contentLines < 5) {
      contentLines++;
      const last = ranges[ranges.length - 1];
      const skip = last && last[0] === lineStart ? last[1] - lineStart : 0;
      const dl = readDateline(line.slice(skip));
      if (dl) {
        const base = lineStart + skip;
        datelinePlace = dl.place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
        if (dl.country) datelineCountry = dl.country;
        let length = dl.length;
        if (dl.date && !date && /\d{4}/.test(dl.date)) date = normalizeDate(dl.date);
        // the day after an agency's dateline, alone on the line: "Yangon (AFP) - 22 April 2025"
        const dayAfter = dl.date ? undefined : dateOfDateLine(line.slice(skip + dl.length));
        if (dayAfter) {
          date ??= dayAfter;
          length = line.length - skip;
        }
        datelineEnd = base + length;
        mask(base, base + length);
        continue;
      }
    }
    // a page of briefs repeats the dateline at each brief ("ZAMBOANGA CITY, Sept. 14 -- Gunfire ..."):
    // the same place in capitals opening a later line is a dateline too
    if (datelinePlace && datelineEnd !== undefined && lineStart > datelineEnd) {
      // (alone on its line too: "BISHKEK, 12 October 2020"; a brief's day dates what its text says happened
      // "on Monday", not the page's)
      // (a dated dateline of another place is a brief's too: "KYRGYZSTAN: A WEEK OF CRISIS" heads briefs
      // datelined "BISHKEK, 12 October 2020")
      const alone = DATELINE_ALONE.exec(line);
      const again = DATELINE.exec(line) ?? alone;
      const same = !!again && again[1]!.trim().toLowerCase() === datelinePlace.toLowerCase();
      if (same || alone) mask(lineStart, lineStart + again![0].length);
      const day = again?.[3] ? datedInYear(again[3], date) : undefined;
      if (day) sectionDates.push({ at: lineStart, date: day });
    }
    // a date line among the header's lines, under the headline, standfirst or byline ("Jun 13, 2023",
    // "PUBLISHED AUG 2, 2018, 8:41 PM SGT", "6:10 pm on 20 December 2022")
    if (headerLines <= 7 && !headerDated) {
      const d = dateOfHeaderLine(line);
      // ("Issued on: 12/03/2024 - 09:41": both readings, for the text's own dates to choose between)
      if (!d) ambiguous ??= ambiguousReadings(line);
      if (d) {
        headerDated = true;
        date ??= d;
        mask(lineStart, lineStart + line.length);
        continue;
      }
    }
    if (line.length <= 120) {
      const by = BYLINE.exec(line) ?? (contentLines < 5 ? DESK_BYLINE.exec(line) : null);
      if (by && !/\b(said|says|told)\b/.test(line)) {
        author ??= by[1]!.trim();
        mask(lineStart, lineStart + line.length);
        continue;
      }
      // "MARC LÉVESQUE-DUNN": a name alone in capitals near the top is the byline
      const caps = contentLines < 5 ? CAPS_BYLINE.exec(line) : null;
      if (caps && !NOT_BYLINE_WORDS.test(line)) {
        author ??= caps[1]!.trim();
        mask(lineStart, lineStart + line.length);
        continue;
      }
    }
    if (line.length <= 200 && CREDIT_LINE.some((re) => re.test(line))) {
      credits.push(line.trim());
      mask(lineStart, lineStart + line.length);
    }
  }
  date ??= captionDate(credits) ?? (ambiguous && readingTheTextConfirms(ambiguous, text));
  let masked = text;
  if (ranges.length) {
    // same length as the text: masked characters become spaces, so offsets stay valid
    let out = "";
    let at = 0;
    for (const [from, to] of ranges) {
      out += text.slice(at, from) + text.slice(from, to).replace(/[^\n\r]/g, " ");
      at = to;
    }
    masked = out + text.slice(at);
  }
  const out: TextMetadata = { masked, credits };
  if (date) out.date = date;
  if (title) out.title = title;
  if (author) out.author = author;
  if (datelinePlace) out.datelinePlace = datelinePlace;
  if (datelineCountry) out.datelineCountry = datelineCountry;
  if (datelineEnd !== undefined) out.datelineEnd = datelineEnd;
  if (sectionDates.length) out.sectionDates = sectionDates;
  return out;
}

/** A dateline's day, in the page's year when it names none ("Sept. 14" on a page of 2013). */
function datedInYear(day: string, pageDate: string | undefined): string | undefined {
  return normalizeDate(day) ?? (pageDate ? normalizeDate(`${day.trim()} ${pageDate.slice(0, 4)}`) : undefined);
}
