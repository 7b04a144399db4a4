// Name candidates: runs of capitalised name words (with particles, hyphens and glued apostrophes)
// not taken by another mention.
import type { Token } from "../../nlp/wink.js";
import type { Candidate, RecognizeContext, TitleMention } from "../model.js";
import { amirOpensName, isNameWord } from "../tokens.js";
import { ADDRESS_FORMS, GENERATION_SUFFIX, GIVEN_NAMES, HONORIFICS, NAME_PARTICLES, OCCUPATION_NOUNS, POST_NOMINALS } from "../words.js";

/** Quotes around a nickname inside a name. */
const NICKNAME_OPEN = /^['‘"“]$/;
const NICKNAME_CLOSE = /^['’"”]$/;

/**
 * Whether a nickname inside a name opens at token j, with a name word after it: in quotes ("Olivia 'Babsy'
 * Grange", 'Mohamed Hamdan "Hemedti" Dagalo') or, in North American copy, in brackets ("Warren (Smokey)
 * Thomas").
 */
function nicknameAt(tokens: readonly Token[], covered: Uint8Array, j: number): boolean {
  const [open, nick, close, next] = [tokens[j]!, tokens[j + 1], tokens[j + 2], tokens[j + 3]];
  // ('Ronald "Bato" dela Rosa': a particle may open the surname after the nickname)
  const surname = isNameWord(next) || (!!next && NAME_PARTICLES.has(next.text) && isNameWord(tokens[j + 4]) && !covered[j + 4]);
  if (!open.space || !isNameWord(nick) || nick!.space || !close || close.space || !surname || !next!.space || next!.sent !== open.sent || covered[j + 3]) return false;
  if (NICKNAME_OPEN.test(open.text)) return NICKNAME_CLOSE.test(close.text);
  return open.text === "(" && close.text === ")" && /^\p{Lu}\p{Ll}+$/u.test(nick!.text) && !covered[j + 1];
}

/** Months' abbreviations that are also given names ("Mar Roxas", "Jun Lozada"). */
const MONTH_GIVEN_NAMES = new Set(["Mar", "Jun"]);
/** Honorifics that are also name words in the middle of a name (Somali and Arabic names). */
const MIDDLE_NAME_WORDS = new Set(["Sheikh", "Sheik", "Shaikh"]);

/** Title words that are also common surnames ("Ryan King", "Angus King"). */
const SURNAME_TITLE_WORDS = new Set(["King", "Prince", "Pope"]);

/** Words for a party's member before a name ("Democrat", "Social Democrat", "Christian Democrat"). */
const PARTY_MEMBERS = new Set(["Democrat", "Republican", "Conservative", "Socialist", "Tory", "Centrist", "Communist"]);
const PARTY_MEMBER_FIRST = new Set(["Christian", "Social", "Liberal", "Free"]);

/** Malaysian honours before a name ("Datuk Seri Anifah Aman", "Tan Sri Idrus Harun", "Tun Dr Mahathir"). */
const MALAY_HONOURS = new Set(["Datuk", "Dato", "Datin", "Seri", "Tun", "Toh"]);
/** Whether token i opens a Malaysian honour: one of MALAY_HONOURS, or "Tan" or "Puan" before "Sri" (Tan is a surname too). */
export function malayHonour(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text;
  return MALAY_HONOURS.has(t) || ((t === "Tan" || t === "Puan") && tokens[i + 1]?.text === "Sri") || (t === "Sri" && /^(Tan|Puan|Dato|Datuk)$/.test(tokens[i - 1]?.text ?? ""));
}

/**
 * The first name word of the run [i, j) past its forms of address: "Monsignor Waldemar Sommertag", "The
 * Honourable Ralph Gonsalves" (a form of address is no part of the name when at least two name words
 * follow it; in Indonesian names "Sri" is a given name, "Sri Mulyani Indrawati"); a Malaysian honour,
 * with its apostrophe, even before a single name ("Datuk Seri Azmin", "Dato' Abdul Razak").
 */
function pastFormsOfAddress(ctx: RecognizeContext, i: number, j: number): number {
  const { tokens } = ctx;
  while ((j - i >= 3 && ADDRESS_FORMS.has(tokens[i]!.text) && !(tokens[i]!.text === "Sri" && /\bIndonesia/.test(ctx.a.text))) || (j - i >= 2 && malayHonour(tokens, i)))
    i += /^['’]$/.test(tokens[i + 1]?.text ?? "") && !tokens[i + 1]!.space ? 2 : 1;
  // ("Snr-Gen Min Aung Hlaing": a rank joined by a hyphen)
  if (j - i >= 5 && HONORIFICS.has(tokens[i]!.text) && tokens[i + 1]!.text === "-" && HONORIFICS.has(tokens[i + 2]!.text)) i += 3;
  return i;
}

/** Titles that make one name after them a regnal name ("Pope Francis", "King Philippe", "Queen Elizabeth", "Patriarch Kirill"). */
const REGNAL_TITLES = new Set(["Pope", "King", "Queen", "Emperor", "Empress", "Patriarch"]);
/** A regnal number ("III", "XVI"). */
const ROMAN = /^[IVX]{1,5}$/;
/** Offices a title may end with ("Counselor of the Department", "Secretary of the Office"). */
const TITLE_OFFICE_NOUNS = new Set(["Department", "Ministry", "Office", "Bureau", "Secretariat"]);

/** Title words that do not open a title before a name ("State", "National", "Foreign" open names of bodies). */
const NOT_TITLE_START = new Set(["of", "the", "and", "for", "state", "national", "foreign", "security", "affairs", "general", "public", "special"]);

/** "Ministers" -> "Minister", "Secretaries" -> "Secretary": the singular of a plural title word. */
function singularTitleWord(word: string): string | undefined {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return undefined;
}

/**
 * A plural title opening the run of name words [i, j) ("Prime Ministers", "Foreign Ministers",
 * "Presidents"), as the singular title its names share; only before two name words, or one name and
 * "and" ("Presidents Putin and Erdogan"), and never inside a name of a body ("House of Representatives").
 */
function pluralTitleAt(ctx: RecognizeContext, i: number, j: number): TitleMention | undefined {
  const { lex, tokens } = ctx;
  if (tokens[i - 1]?.lower === "of") return undefined;
  for (let len = 1; len <= 3 && i + len < j; len++) {
    const last = singularTitleWord(tokens[i + len - 1]!.text);
    if (!last) continue;
    const words = [...tokens.slice(i, i + len - 1).map((t) => t.text), last];
    if (!lex.isTitle(words.join(" ").toLowerCase())) continue;
    const names = j - (i + len);
    if (names >= 2 || (names === 1 && tokens[j]?.lower === "and" && isNameWord(tokens[j + 1]))) return { start: i, end: i + len, title: words.join(" ") };
  }
  return undefined;
}

/**
 * Where a name goes on after the particles at token j ("bin Salman", "de la Calle", "al-Ansari", "bin
 * al-Hussein"), or j when none opens there.
 */
function pastParticles(tokens: readonly Token[], covered: Uint8Array, j: number): number {
  const t = tokens[j]!;
  if (!NAME_PARTICLES.has(t.text)) return j;
  if (isNameWord(tokens[j + 1]) && !covered[j + 1]) return j + 1;
  // "de la Calle", "van der Bellen": two particles
  const second = NAME_PARTICLES.has(tokens[j + 1]?.text ?? "") && !!tokens[j + 1]!.space;
  if (second && isNameWord(tokens[j + 2]) && !covered[j + 2]) return j + 2;
  if (tokens[j + 1]?.text === "-" && tokens[j + 2] && !covered[j + 2] && tokens[j + 2]!.cap) return j + 3;
  // "bin al-Hussein", "ibn al-Khattab": a particle before a hyphen-joined one
  if (second && tokens[j + 2]?.text === "-" && !tokens[j + 2]!.space && tokens[j + 3]?.cap && !tokens[j + 3]!.space && !covered[j + 3]) return j + 4;
  return j;
}

/**
 * Whether two name words or more from token `i` (particles between them) end at a comma a title follows:
 * a name with its office, as an address or a signature line writes it ("Mr Alberto van Klaveren Stork,
 * Minister of Foreign Affairs of Chile").
 */
function nameBeforeTitledComma(ctx: RecognizeContext, i: number): boolean {
  const { tokens, lex } = ctx;
  const sent = tokens[i]!.sent;
  let k = i;
  while (k < i + 6 && tokens[k]?.sent === sent && (isNameWord(tokens[k]) || (k > i && NAME_PARTICLES.has(tokens[k]!.text)))) k++;
  const title = tokens[k + 1];
  // (a given name or a form of address opens it: "French Aid Worker, Opposition Leader Released" is a headline)
  // ("Mark Drakeford MS, First Minister of Wales": or the letters of a seat end it)
  const opensName = GIVEN_NAMES.has(tokens[i]!.text) || HONORIFICS.has(tokens[i - 1]?.text ?? "") || ADDRESS_FORMS.has(tokens[i - 1]?.text ?? "") || POST_NOMINALS.has(tokens[k - 1]?.text ?? "");
  return opensName && k >= i + 2 && tokens[k]?.text === "," && !!title && title.sent === sent && title.cap && lex.titleWords.has(title.lower);
}

/** The name candidates of the article, and the titles that open some of them ("Secretary Blinken"). */
export function findNameCandidates(ctx: RecognizeContext): { candidates: Candidate[]; titles: readonly TitleMention[] } {
  const { a, lex, tokens, covered, headline } = ctx;
  const titles: TitleMention[] = [];
  const out: Candidate[] = [];
  const regnal: number[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    // "Sheikh Hasina": a style that is part of a leader's whole name the gazetteer knows
    if (MIDDLE_NAME_WORDS.has(tokens[i]!.text) && isNameWord(tokens[i + 1]) && !covered[i + 1] && lex.isWholeLeaderName(`${tokens[i]!.text} ${tokens[i + 1]!.text}`)) {
      out.push({ start: i, end: i + 2, words: [tokens[i]!.text, tokens[i + 1]!.text], name: `${tokens[i]!.text} ${tokens[i + 1]!.text}` });
      i++;
      continue;
    }
    // "Interior Secretary Mar Roxas", "Jun Lozada": a month's abbreviation that is also a given name
    // opens a name when a name word follows (a date has its day: "Mar 3")
    const givenMonth = MONTH_GIVEN_NAMES.has(tokens[i]!.text) && tokens[i]!.space && isNameWord(tokens[i + 1]) && tokens[i + 1]!.sent === tokens[i]!.sent && !covered[i + 1];
    if (covered[i] || (!isNameWord(tokens[i]) && !givenMonth)) continue;
    // ("Mark Drakeford MS, First Minister": the letters of a seat after a name open no name of their own)
    if (POST_NOMINALS.has(tokens[i]!.text) && isNameWord(tokens[i - 1]) && tokens[i - 1]!.sent === tokens[i]!.sent) continue;
    // "On 21 and 22 May, the Facilitator": the month next to a day or a year is a date, not Theresa May
    if (tokens[i]!.text === "May" && (tokens[i - 1]?.kind === "number" || tokens[i + 1]?.kind === "number")) continue;
    const sent = tokens[i]!.sent;
    let j = i + 1;
    // a title-case headline: one word at a time (a name known elsewhere in the article still counts);
    // not a letter's address line, "H.E. Gabriel Boric Font, President of the Republic of Chile"
    if (headline[sent] && !nameBeforeTitledComma(ctx, i)) {
      out.push({ start: i, end: j, words: [tokens[i]!.text], name: tokens[i]!.text });
      continue;
    }
    for (;;) {
      const t = tokens[j];
      // "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": inside a name, "Sheikh" is a name word (read as
      // a title elsewhere)
      if (t && t.sent === sent && MIDDLE_NAME_WORDS.has(t.text) && t.space && isNameWord(tokens[j + 1]) && tokens[j + 1]!.space && !covered[j + 1]) {
        j++;
        continue;
      }
      if (!t || t.sent !== sent || covered[j]) break;
      // ("Mark Drakeford MS": the letters of a seat end the name)
      if (POST_NOMINALS.has(t.text)) break;
      if (isNameWord(t) && t.space) {
        j++;
        continue;
      }
      // "F I Rebello", "N M Jamdar": initials written without stops ("I" and "A" too, inside a name)
      if (/^[A-Z]$/.test(t.text) && t.space && /^[A-Z]$/.test(tokens[j - 1]!.text) && isNameWord(tokens[j + 1]) && tokens[j + 1]!.space && !covered[j + 1]) {
        j++;
        continue;
      }
      // "UC spokesperson Ryan King said", "Professor Jonathan West": a title word ending a given name's
      // name, before a lower-case word or a stop
      // ("Robert R. King": over a middle initial)
      const middleInitial = j === i + 2 && /^\p{Lu}\.?$/u.test(tokens[i + 1]!.text);
      if ((j === i + 1 || middleInitial) && SURNAME_TITLE_WORDS.has(t.text) && GIVEN_NAMES.has(tokens[i]!.text) && !isNameWord(tokens[j + 1]) && tokens[j + 1]?.text !== "of") {
        j++;
        break;
      }
      if (nicknameAt(tokens, covered, j)) {
        j += 3;
        continue;
      }
      // "Dato' Abdul", "N'Diaye": an apostrophe glued to a name word (not a plural's possessive before a
      // name: "The Pirates' Þórhildur Sunna Ævarsdóttir")
      const pluralPossessive = /s$/.test(tokens[j - 1]!.text) && tokens[j + 1]?.space;
      if ((t.text === "'" || t.text === "’") && !t.space && !pluralPossessive && isNameWord(tokens[j + 1]) && !covered[j + 1]) {
        j++;
        continue;
      }
      // hyphenated and particle-joined parts: al-Ansari, Al-Ansari, bin Salman (not an acronym: "Student
      // Researchers United-UAW" is a union's name)
      if (t.text === "-" && !t.space && tokens[j + 1] && !tokens[j + 1]!.space && tokens[j + 1]!.kind === "word" && !covered[j + 1] && /^\p{L}/u.test(tokens[j + 1]!.text) && !/^\p{Lu}{2,6}$/u.test(tokens[j + 1]!.text)) {
        j += 2;
        continue;
      }
      // "Joseph R. Biden, Jr.": a generational suffix set off by a comma is part of the name
      if (t.text === "," && j - i >= 2 && GENERATION_SUFFIX.test(tokens[j + 1]?.text ?? "") && tokens[j + 1]!.sent === sent && !covered[j + 1]) {
        j += 2;
        continue;
      }
      const past = pastParticles(tokens, covered, j);
      if (past > j) {
        j = past;
        continue;
      }
      break;
    }
    i = pastFormsOfAddress(ctx, i, j);
    // ("Tun Dr Mahathir": an honour alone before another style names no one)
    if (j - i === 1 && malayHonour(tokens, i) && HONORIFICS.has(tokens[j]?.text ?? "")) {
      i = j - 1;
      continue;
    }
    // "Lawyer Edre Olalia", "Activist Maria Ressa": what the person does, capitalised at a sentence's
    // start, before a full name
    if (j - i >= 3 && OCCUPATION_NOUNS.has(tokens[i]!.lower) && /\p{Ll}/u.test(tokens[i]!.text)) i++;
    // "Counselor of the Department Derek Chollet": an office's noun ending the title before a full name
    if (j - i >= 3 && TITLE_OFFICE_NOUNS.has(tokens[i]!.text) && tokens[i - 1]?.lower === "the") i++;
    // "the Social Democrat Knut Fleckenstein", "Republican Mitt Romney": a party member's word before a full name
    if (j - i >= 4 && PARTY_MEMBER_FIRST.has(tokens[i]!.text) && tokens[i + 1]!.text === "Democrat") i += 2;
    else if (j - i >= 3 && PARTY_MEMBERS.has(tokens[i]!.text)) i++;
    // "Prime Ministers Alexis Tsipras and Zoran Zaev", "Presidents Putin and Erdogan": a plural title
    // before names is shared by them, not part of the first name
    const plural = pluralTitleAt(ctx, i, j);
    if (plural) {
      // "the Nigeria Governors' Forum": a plural possessive opens a body's name, not a title before names
      if (/^['’]$/.test(tokens[plural.end]?.text ?? "")) {
        i = j - 1;
        continue;
      }
      titles.push(plural);
      i = plural.end;
    }
    // "Secretary Blinken", "Envoy Smith": a capitalised title word is a title, not a first name
    // ("Amir-Abdollahian": a title word hyphen-joined to the next is a surname's first half)
    if (j - i >= 2 && lex.isTitle(tokens[i]!.lower) && !NOT_TITLE_START.has(tokens[i]!.lower) && !(tokens[i + 1]!.text === "-" && !tokens[i + 1]!.space) && !amirOpensName(lex, tokens, i)) {
      titles.push({ start: i, end: i + 1, title: tokens[i]!.text });
      i++;
    }
    // at most eight words ("Sabah al-Ahmad al-Jaber al-Sabah" is ten tokens), never ending on a particle
    // or a hyphen
    let words = 0;
    for (let k = i; k < j; k++) if (tokens[k]!.text !== "-" && tokens[k]!.text !== "'" && tokens[k]!.text !== "’" && ++words > 8) j = k;
    while (j - 1 > i && (tokens[j - 1]!.text === "-" || NAME_PARTICLES.has(tokens[j - 1]!.text))) j--;
    // (the nickname in quotes is no part of the name: "Olivia Grange"; one in brackets stays, as the
    // press writes the name whole: "Warren (Smokey) Thomas")
    let text = a.text.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/\s+/g, " ").replace(/ ['‘"“][^'’"”\s]+['’"”](?= )/u, "").replace(/, (?=(Jr|Sr|Jnr|Snr)\.?$)/, " ");
    // ("Gen N'Ban La." ending its sentence: the full stop is no part of the name, unlike "Jr.")
    if (tokens[j]?.sent !== tokens[j - 1]!.sent && /\p{L}{2}\.$/u.test(text) && !/\b(Jr|Sr|Snr|Jnr|Esq)\.$/.test(text)) text = text.slice(0, -1);
    // "Pope Francis", "King Philippe": a regnal name alone is no full name; the title (still read as
    // the person's role) is part of it
    // ("King Charles III", "Pope Benedict XVI": the regnal number is part of the name)
    const numbered = j - i === 2 && ROMAN.test(tokens[j - 1]!.text);
    if ((j - i === 1 || numbered) && REGNAL_TITLES.has(tokens[i - 1]?.text ?? "") && tokens[i - 1]!.sent === tokens[i]!.sent) regnal.push(out.length);
    out.push({ start: i, end: j, words: text.split(" "), name: text });
    i = j - 1;
  }
  // "Pope Francis", "King Philippe": a regnal name alone is no full name; the title (still read as the
  // person's role) is part of it, unless the article gives a longer name with that word ("King Salman
  // bin Abdulaziz ... King Salman")
  for (const r of regnal) {
    const c = out[r]!;
    if (out.some((o) => o !== c && o.words.length > 1 && o.words.includes(c.words[0]!))) continue;
    c.name = `${tokens[c.start - 1]!.text} ${c.name}`;
    c.words = c.name.split(" ");
  }
  // lower-case particle starting a single surname ("al-Nono", "al-Ansari")
  return { candidates: out, titles };
}
