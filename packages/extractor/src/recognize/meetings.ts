// Meeting mentions: talks rounds, summits, meetings, visits, with their place and date.
import type { Analysis, Token } from "../nlp/wink.js";
import type { Lexicon } from "./lexicon.js";
import type { Mentions } from "./model.js";
import { sentenceDates, type DateMention } from "./dates.js";
import type { SectionDate } from "../input/metadata.js";
import { GENERATION_SUFFIX, MEETING_NOUNS, MONTH_NAMES, PLACED_MEETING_NOUNS, VENUE_NOUNS, WEEKDAY, WEEKDAY_NAMES } from "./words.js";

export interface MeetingMention {
  /** Token index of the meeting noun. */
  noun: number;
  sent: number;
  /** "talks", "meeting", "summit", "conference", "visit". */
  kind: string;
  place?: string;
  placeState?: string;
  date?: string;
  endDate?: string;
  /** Surface forms to keep as aliases ("Doha talks", "talks in Qatar", and the words the text calls it by: "final round of talks"). */
  forms: string[];
  /** "the talks", "Thursday's talks", "these negotiations": refers back to a meeting in scope. */
  definite: boolean;
  /** The place is an area the gazetteer does not know, named with a place noun ("the Gorongosa mountains"). */
  area?: boolean;
  /** A stretch of talks, not one round: "months of talks", "nine rounds of negotiations". */
  series?: boolean;
  /** The place is a seat of government ("the White House", "the Oval Office"). */
  seat?: boolean;
  /** Index into the article's merged meetings (set by mergeMeetings). */
  meeting: number;
}

export interface ArticleMeeting {
  name: string;
  /** Where it took place; none for a dated meeting the text places nowhere (see `placeless`). */
  place?: string;
  /** Named by a dated phrase with no place ("talks on Saturday"): the graph keeps it only when facts name who took part. */
  placeless?: true;
  placeState?: string;
  date?: string;
  endDate?: string;
  aliases: Set<string>;
  /** Sentences mentioning it. */
  sents: number[];
  /** Its place is a seat of government: another seat of the same state on a compatible day is the same meeting. */
  seat?: boolean;}

const MODIFIERS = new Set(
  "peace ceasefire cease-fire truce indirect direct proximity new latest fresh hostage hostages high-level emergency weekend recent first second third fourth fifth final last previous crucial key security round rounds of the a an this that these those next further technical mediated informal formal extraordinary special bilateral trilateral multilateral quadrilateral tripartite ministerial leaders' regional preliminary upcoming planned scheduled two-day three-day one-day brief landmark international humanitarian".split(" "),
);
const NOT_PLACE = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, "The", "A", "An"]);
const NOUN_FORM: Record<string, string> = {
  talks: "talks", negotiations: "talks", meeting: "meeting", meetings: "meeting", summit: "summit",
  conference: "conference", consultations: "talks", visit: "visit", signing: "signing", round: "talks",
  session: "session", sessions: "session", dialogue: "dialogue", ceremony: "signing", dinner: "meeting", lunch: "meeting",
};
const NOUN_FORM_MAP = new Map(Object.entries(NOUN_FORM));
const NOT_NOUN_BEFORE = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "'re", "'s"]);

/** Finds meeting nouns and resolves their place and date. */
export function findMeetings(a: Analysis, m: Mentions, lex: Lexicon, articleDate: string | undefined, dateline?: { place: string; end: number; country?: string }, sections?: readonly SectionDate[]): MeetingMention[] {
  const { tokens, sentences } = a;
  const out: MeetingMention[] = [];
  /** Headline meetings dated by the article's day, not by a date of their own. */
  const headlineDated = new Set<MeetingMention>();
  const placeName = (pi: number): Place => {
    const p = m.places[pi]!;
    return { name: p.name, state: p.state ?? lex.placeState.get(p.name.toLowerCase()) };
  };
  /** The dateline's city, for the lead sentence of a datelined article. */
  const leadPlace = (s: number): Place | undefined => {
    const sen = sentences[s]!;
    if (!dateline || sen.start > dateline.end + 2 || sen.end < dateline.end || s > 1) return undefined;
    const st = lex.placeState.get(dateline.place.toLowerCase());
    return st ? { name: dateline.place, state: st } : undefined;
  };
  for (let s = 0; s < sentences.length; s++) {
    const sen = sentences[s]!;
    let dates: readonly DateMention[] | undefined;
    for (let i = sen.tokStart; i < sen.tokEnd; i++) {
      const t = tokens[i]!;
      // ("was meeting Carney" is the verb too; "were met" is not a meeting)
      // (an agreement "was signed in Rabat": the signing's place; "were met" is no meeting)
      const passiveSigned = /^(signed|initialed|initialled)$/.test(t.lower) && /^(was|were|been|being)$/.test(tokens[i - 1]?.lower ?? "");
      if (isMeetingVerb(tokens, m, i) && (t.lower === "meeting" || passiveSigned || !NOT_NOUN_BEFORE.has(tokens[i - 1]?.lower ?? ""))) {
        // "Delegates ... met in the Moroccan town of Bouznika last month", "met Niger's leader in Niamey on Saturday"
        // (the lead of a datelined article signs or meets where the dateline is: "ISTANBUL, July 22 - ... signed ... on Friday")
        const place = visitedPlace(tokens, m, lex, i, placeName) ?? verbPlace(tokens, m, lex, i, sen.tokEnd, placeName) ?? placeOfThere(tokens, m, i + 1, sen.tokStart, sen.tokEnd, placeName) ?? unknownVerbPlace(tokens, m, i, sen.tokEnd) ?? placeBeforeWhere(tokens, m, lex, i, sen.tokStart, placeName) ?? travelledTo(tokens, m, i, sen.tokStart, placeName) ?? travelDestination(tokens, m, i, sen.tokStart, placeName) ?? (PAST_MEETING_VERBS.has(t.lower) ? leadPlace(s) : undefined);
        if (!place) continue;
        dates ??= sentenceDates(a, s, articleDate, sections);
        const ds = dates;
        // "met Wang Yi in Astana on 4 July and in Vientiane on 25 July": a meeting for each place
        const more = place.at === undefined ? [] : morePlaces(tokens, m, place.at, sen.tokEnd, placeName);
        // the verb's clause dates the first ("met X, Y's leader, in Niamey on Saturday"); each further place its own phrase
        // (a date in the next clause is another verb's: "met Bahceli in Ankara, and travelled to Erbil in January")
        const stop = more.length ? more[0]!.at! : clauseEnd(tokens, place.at ?? i, sen.tokEnd);
        const first = verbMeeting(i, s, place, nearestDate(ds.filter((d) => d.start < stop), i, 24), t.lower === "visited" ? "visit" : "meeting");
        // (a visit the text does not date is a tour, not an event: "Grossi visited Fukushima after presenting the report")
        if (first.kind === "visit" && !first.date) continue;
        // a headline's meeting is the day's news ("Russia and Ukraine sign grain deals in Istanbul")
        if (!first.date && articleDate && dateline && sen.end < dateline.end) {
          first.date = articleDate;
          headlineDated.add(first);
        }
        out.push(first);
        more.forEach((p, k) => {
          out.push(verbMeeting(p.at!, s, p, nearestDate(ds.filter((d) => d.start > p.at! && (k + 1 >= more.length || d.start < more[k + 1]!.at!)), p.at!, 8)));
        });
        continue;
      }
      const noun = meetingNoun(tokens, m, i, sen.tokStart, sen.tokEnd);
      if (!noun) continue;
      const { kind, placedOnly } = noun;
      let place: Place | undefined;
      const forms: string[] = [];
      // before: "Doha talks", "the Jeddah peace talks"
      let k = i - 1;
      while (k >= sen.tokStart && k > i - 5 && m.placeAt[k]! < 0 && (MODIFIERS.has(tokens[k]!.lower) || tokens[k]!.text === "-")) k--;
      if (k >= sen.tokStart && m.placeAt[k]! >= 0) {
        place = placeName(m.placeAt[k]!);
      }
      // "in Doha for indirect talks"
      if (!place && k >= sen.tokStart && tokens[k]!.lower === "for" && m.placeAt[k - 1]! >= 0) place = placeName(m.placeAt[k - 1]!);
      // "finalized on Sunday in Rome at a meeting between", "spent four days in London last week in talks with"
      // (a place right after the noun wins: "discuss the situation in Guatemala at a session in Washington")
      // after: "talks in Qatar", "meeting in the Saudi city of Jeddah", "summit held in Addis Ababa"
      if (!place) place = placeAfterNoun(tokens, m, lex, i, kind, sen.tokEnd, placeName) ?? (k > sen.tokStart ? placeBeforePhrase(tokens, m, k, sen.tokStart, placeName) : undefined);
      // "worked out in Doha, where Burns held talks with ...": the place a where-clause hangs on
      place ??= placeBeforeWhere(tokens, m, lex, i, sen.tokStart, placeName);
      place ??= placeOfThere(tokens, m, i + 1, sen.tokStart, sen.tokEnd, placeName);
      place ??= travelDestination(tokens, m, i, sen.tokStart, placeName);
      if (placedOnly && !place) continue;
      // lead sentence of a datelined article: the dateline city
      // (not when the lead places its talks elsewhere: "held talks in Manama ..., sources familiar with the meeting said")
      if (!place && !plannedTalks(tokens, i, sen.tokStart) && !out.some((x) => x.sent === s && x.place)) place = leadPlace(s);
      dates ??= sentenceDates(a, s, articleDate, sections);
      // a meeting noun's own phrase; after "following" or "after", a date before it is the later event's
      // ("will reopen the border on January 31, ... following talks in Kigali")
      // (talks still to be held take a date after them: "agreed on Tuesday to hold talks" dates the agreeing)
      const follows = followsEvent(tokens, i, sen.tokStart);
      const later = follows || (!place && plannedTalks(tokens, i, sen.tokStart));
      // (a date past another meeting noun is that one's: "the Kunming meeting followed talks in December")
      const own = dates.filter((d) => !meetingNounBetween(tokens, i, d) && (!later || d.start > i));
      // (the sides between the noun and its place push the date along: "talks between A and B opened in Kuwait on Thursday")
      // ("agreed early on Tuesday on a draft text, after a final round of talks at the interior ministry":
      // talks that led to the day's news took place by that weekday; a date written out may be weeks on)
      const best = nearestDate(own, i, Math.max(12, (place?.at ?? i) - i + 6)) ?? (follows ? weekdayBefore(tokens, dates, i) : undefined);
      const mm: MeetingMention = { noun: i, sent: s, kind, place: undefined, placeState: undefined, date: undefined, endDate: undefined, forms, definite: isDefinite(tokens, i), meeting: -1 };
      if (place) {
        mm.place = place.name;
        if (place.state) mm.placeState = place.state;
        forms.push(`${place.name} ${kind}`, `${kind} in ${place.name}`);
        if (place.venue) forms.push(`${place.venue} ${kind}`);
        if (place.seat) mm.seat = true;
      }
      if (best?.date) mm.date = best.date;
      if (best?.endDate) mm.endDate = best.endDate;
      forms.push(...phraseForms(tokens, i, sen.tokStart));
      if (tokens[i - 1]?.lower === "of" && SERIES.has(tokens[i - 2]?.lower ?? "")) mm.series = true;
      // the lead sentence's talks at the dateline's place: the news of the day
      if (!mm.date && articleDate && dateline && place && place.name.toLowerCase() === dateline.place.toLowerCase() && sen.start <= dateline.end + 2 && dateline.end <= sen.end) mm.date = articleDate;
      // a headline's placed talks are the day's news too
      if (!mm.date && articleDate && dateline && place && sen.end < dateline.end && !later && !mm.series) {
        mm.date = articleDate;
        headlineDated.add(mm);
      }
      out.push(mm);
    }
  }
  // the headline's meeting is the story's, when the story dates it ("held secret talks in Manama"
  // over "... held secret talks in Manama in January")
  for (const h of headlineDated) {
    if (out.some((x) => x.place === h.place && x.date && !headlineDated.has(x))) delete h.date;
  }
  if (dateline) placeFirstAtDateline(out, a, lex, articleDate, dateline);
  return out;
}

/** The kind of meeting the noun at `i` names, or undefined when it names none here. */
function meetingNoun(tokens: readonly Token[], m: Mentions, i: number, start: number, end: number): { kind: string; placedOnly: boolean } | undefined {
  const t = tokens[i]!;
  const placedOnly = PLACED_MEETING_NOUNS.has(t.lower);
  if (!MEETING_NOUNS.has(t.lower) && !placedOnly) return undefined;
  const kind = NOUN_FORM_MAP.get(t.lower);
  if (!kind) return undefined;
  const before = tokens[i - 1]?.lower ?? "";
  // a dialogue that is an event has its article or its name: "the dialogue between", "the Inter-Togolese Dialogue"
  if (t.lower === "dialogue" && !(DEFINITE.has(before) || /^(a|national|political|inclusive|direct)$/.test(before) || t.cap)) return undefined;
  if (NOT_NOUN_BEFORE.has(before)) return undefined;
  if (t.lower === "visit" && tokens[i + 1]?.lower !== "to") return undefined;
  if (t.lower === "round" && !isTalksRound(tokens, i, start, end)) return undefined;
  // a press conference announces what talks agreed; it is no round of them, unless the sides
  // stand together at it ("stood beside Kerry at a news conference")
  if (t.lower === "conference" && /^(press|news)$/.test(before) && !appearTogether(tokens, i - 1, start)) return undefined;
  if (t.lower === "meeting" && tokens[i + 1]?.kind === "word" && m.actorAt[i + 1]! >= 0) return undefined; // "meeting Erdogan" (verb)
  return { kind, placedOnly };
}

/**
 * A datelined article's talks are where the dateline is: the first talks the article mentions, when
 * no placed talks come before them. (A headline's talks above the dateline are not the lead's: "... in
 * China-brokered talks" over "BEIJING — ... talks in Kunming"; a headline's placed talks still say the
 * talks are elsewhere.)
 */
function placeFirstAtDateline(out: MeetingMention[], a: Analysis, lex: Lexicon, articleDate: string | undefined, dateline: { place: string; end: number; country?: string }): void {
  const { tokens, sentences } = a;
  const body = (x: MeetingMention) => sentences[x.sent]!.end >= dateline.end;
  const firstUnplaced = out.findIndex((x) => !x.place && x.kind !== "visit" && x.kind !== "conference" && body(x) && !plannedTalks(tokens, x.noun, sentences[x.sent]!.tokStart));
  const firstPlaced = out.findIndex((x) => !!x.place);
  if (firstUnplaced < 0 || (firstPlaced >= 0 && firstPlaced < firstUnplaced)) return;
  // a place the gazetteer does not know takes the state the dateline names ("CRANS-MONTANA, Switzerland")
  const st = lex.placeState.get(dateline.place.toLowerCase()) ?? (dateline.country ? lex.placeState.get(dateline.country.toLowerCase()) : undefined);
  if (!st) return;
  const first = out[firstUnplaced]!;
  first.place = dateline.place;
  first.placeState = st;
  first.forms.push(`${dateline.place} ${first.kind}`, `${first.kind} in ${dateline.place}`);
  if (!first.date && articleDate) first.date = articleDate;
}

interface Place {
  name: string;
  state: string | undefined;
  /** An area the gazetteer does not know, named with a place noun ("the Gorongosa mountains"). */
  area?: boolean;
  /** The seat of government the text names for the place ("the Oval Office" for Washington). */
  venue?: string;
  /** The token where a known place's name starts (read by a meeting verb). */
  at?: number;
  /** A seat of government stands for the place ("the Oval Office"). */
  seat?: boolean;
}
type PlaceOf = (pi: number) => Place;
const HELD_WORDS = /^(themselves|itself|were|was|are|is|will|would|be|been|being|had|have|has)$/;
/** Words a meeting noun's verb can be ("the talks resumed on Monday in Nairobi"). */
const NOUN_VERBS = new Set(["held", "taking", "to", "resumed", "reopened", "opened", "began", "begin", "begins", "continued", "continue", "ended", "concluded", "convened", "reconvened", "started", "start"]);
const TIME_WORDS = new Set(["today", "yesterday", "tonight", "again", "later", "earlier", "also", "this", "next", "last", "week", "weekend", "month", "morning", "afternoon", "evening", "night", "late", "early", ...WEEKDAY_NAMES.map((d) => d.toLowerCase())]);
const MONTHS_LOWER = new Set(MONTH_NAMES.map((mo) => mo.toLowerCase()));

/** Past time adverbials between a meeting word and its place: "today", "on Thursday", "on July 2", "this week". */
function skipTime(tokens: readonly Token[], j: number, end: number): number {
  let q = j;
  while (q < end) {
    const w = tokens[q]!;
    if (TIME_WORDS.has(w.lower) || (w.lower === "on" && (TIME_WORDS.has(tokens[q + 1]?.lower ?? "") || MONTHS_LOWER.has(tokens[q + 1]?.lower ?? ""))) || MONTHS_LOWER.has(w.lower) || (w.kind === "number" && q > j)) q++;
    else break;
  }
  return q;
}

/** "of the Bilateral Consultation Mechanism on the South China Sea in Manila": past a named body after the noun. */
function skipNamedBody(tokens: readonly Token[], j: number, end: number): number {
  if (tokens[j]?.lower !== "of") return j;
  // "a meeting of more than four hours between": a duration
  for (let q = j + 1; q < Math.min(end, j + 5); q++) if (/^(hours|minutes|days)$/.test(tokens[q]!.lower)) return q + 1;
  let q = j + 1;
  // ("an extraordinary summit of ECOWAS heads of state in the Nigerian capital")
  // ("the meeting of President Joseph R. Biden, Jr. and Chancellor Angela Merkel at the White House")
  while (q < Math.min(end, j + 12) && (tokens[q]!.cap || /^(the|of|on|for|and|'s|heads|state|government|foreign|ministers|leaders)$/.test(tokens[q]!.lower) || (tokens[q]!.text === "," && GENERATION_SUFFIX.test(tokens[q + 1]?.text ?? "")))) q++;
  return q > j + 2 ? q : j;
}

/** "talks on restoring diplomatic ties took place Thursday at ...": past the topic to the noun's verb. */
function skipTopic(tokens: readonly Token[], j: number, end: number): number {
  if (!/^(on|over|about)$/.test(tokens[j]?.lower ?? "")) return j;
  for (let q = j + 1; q < Math.min(end, j + 9); q++) {
    const w = tokens[q]!;
    if (w.kind === "punct") return j;
    if (HELD_WORDS.test(w.lower) || (NOUN_VERBS.has(w.lower) && w.lower !== "to") || (/^(took|take|takes)$/.test(w.lower) && tokens[q + 1]?.lower === "place")) return q;
  }
  return j;
}

/** The place after a meeting noun: "talks in Qatar", "talks between A and B in Doha", "talks held in", "talks hosted by Qatar". */
function placeAfterNoun(tokens: readonly Token[], m: Mentions, lex: Lexicon, i: number, kind: string, end: number, placeName: PlaceOf): Place | undefined {
  let j = skipTopic(tokens, skipNamedBody(tokens, i + 1, end), end);
  // "talks between Israel and Hamas in Doha", "talks with the rebels in Jeddah"
  if (tokens[j]?.lower === "between" || tokens[j]?.lower === "with") {
    let q = j + 1;
    // (past the sides' titles: "between U.S. President Donald Trump and North Korean leader Kim Jong Un in Singapore")
    while (q < end && q < j + 16 && (m.actorAt[q]! >= 0 || m.titleAt[q]! >= 0 || /^(and|the|,|its|their|his|her|delegations?|officials|representatives|of|from|'s|rebels|group|leaders?|leadership|counterpart|bargaining|negotiating|teams?|negotiators?|envoys?|management|unions?|members|both|sides|two|three|four|parties|all|warring|rival|government|authorities|opposition|army|military|players|senior|top|board|company|employers|workers|executives|commanders|ministers|ruling|main|political|coalition|partners|rebel|armed|other)$/.test(tokens[q]!.lower))) q++;
    // (or the verb after them: "the dialogue between the government and CONAIE opened in Quito")
    if (/^(in|at)$/.test(tokens[q]?.lower ?? "") || (q > j + 1 && (NOUN_VERBS.has(tokens[q]?.lower ?? "") || HELD_WORDS.test(tokens[q]?.lower ?? "")) && tokens[q]?.lower !== "to")) j = q;
  }
  // "the talks themselves were held at ...", "talks will be held in ...", "a round is due to take place in ..."
  if (HELD_WORDS.test(tokens[j]?.lower ?? "")) {
    let q = j;
    while (q < j + 4 && HELD_WORDS.test(tokens[q]?.lower ?? "")) q++;
    if (/^(due|scheduled|expected|set|planned)$/.test(tokens[q]?.lower ?? "") && tokens[q + 1]?.lower === "to") q += 2;
    // ("are expected to be held at Panmunjom"; "is set for November 11 in Caracas")
    while (q < j + 8 && HELD_WORDS.test(tokens[q]?.lower ?? "")) q++;
    if (/^(due|scheduled|set|planned)$/.test(tokens[q]?.lower ?? "") && tokens[q + 1]?.lower === "for") j = q + 2;
    // ("has opened at a building in the north of Quito")
    else if (tokens[q]?.lower === "held" || (q > j && NOUN_VERBS.has(tokens[q]?.lower ?? "") && tokens[q]?.lower !== "to")) j = q;
    else if (/^(take|took|taking)$/.test(tokens[q]?.lower ?? "") && tokens[q + 1]?.lower === "place") j = q + 1;
  } else if (/^(take|took|takes)$/.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "place") j++;
  const hosted = tokens[j]?.lower === "hosted";
  if (hosted || NOUN_VERBS.has(tokens[j]?.lower ?? "")) j++;
  // "talks hosted by Qatar": in the host state
  if (hosted && tokens[j]?.lower === "by" && m.placeAt[j + 1]! >= 0) return placeName(m.placeAt[j + 1]!);
  if (tokens[j]?.lower === "place") j++;
  // "the signing today in Pretoria", "talks on Thursday in Granada"
  j = skipTime(tokens, j, end);
  if (!(tokens[j] && /^(in|at|near|outside)$/.test(tokens[j]!.lower)) && !(kind === "visit" && tokens[j]?.lower === "to")) return undefined;
  for (let q = j + 1; q < Math.min(j + 10, end); q++) {
    if (m.placeAt[q]! >= 0) return { ...placeName(m.placeAt[q]!), at: q };
    const seat = seatOf(tokens, m, lex, q, j);
    if (seat) return seat;
    const w = tokens[q]!;
    // "talks in the Eritrean capital": a capital named by description
    if (w.lower === "capital" && m.actorAt[q - 1]! >= 0) {
      const dc = describedCapital(tokens, m, lex, q - 1, q + 1);
      if (dc) return dc;
    }
    // "talks in the central city of Penonomé": a place the gazetteer does not know, named as a town
    const named = townOf(tokens, m, q);
    if (named) return named;
    // an unknown place: "talks in Arlington" (one or two capitalised words, then a boundary)
    if (w.cap && w.kind === "word" && m.actorAt[q]! < 0 && !NOT_PLACE.has(w.text) && (tokens[q - 1]!.lower === "in" || tokens[q - 1]!.lower === "near") && tokens[q + 1] && (tokens[q + 1]!.kind === "punct" || !tokens[q + 1]!.cap)) {
      return { name: w.text, state: undefined };
    }
    // ("talks at the interior ministry in Paris", "a session at the board's offices in Quebec City": a
    // venue in plain words after "at", up to its place)
    const venueWord = tokens[j]!.lower === "at" && ((w.kind === "word" && !w.cap && !VENUE_STOP.has(w.lower)) || /^['’]s?$/.test(w.text));
    if (!venueWord && (w.kind === "punct" || !(MODIFIERS.has(w.lower) || PLACE_ADJ.has(w.lower) || /^(city|capital|resort|port|town|of|coastal|in)$/i.test(w.lower) || w.cap || isVenueWord(tokens, q)))) break;
  }
  // "talks with Lööf and Björklund at Rosenbad": a named venue and no known place
  return tokens[j]!.lower === "at" ? namedVenue(tokens, m, j, end, placeName) : undefined;
}

/**
 * "in Rome at a meeting", "in London last week in talks with": a place phrase, then time words, right
 * before the preposition (at `k`) that opens the meeting noun's phrase.
 */
function placeBeforePhrase(tokens: readonly Token[], m: Mentions, k: number, start: number, placeName: PlaceOf): Place | undefined {
  if (!/^(at|in|for|during)$/.test(tokens[k]!.lower)) return undefined;
  let q = k - 1;
  // (past "on Monday", "last week", "in January", "on 28 December")
  while (q > start && q >= k - 5 && (TIME_WORDS.has(tokens[q]!.lower) || MONTHS_LOWER.has(tokens[q]!.lower) || tokens[q]!.kind === "number" || ((tokens[q]!.lower === "on" || tokens[q]!.lower === "in") && q < k - 1))) q--;
  const pi = m.placeAt[q]!;
  if (q <= start || pi < 0) return undefined;
  const p = m.places[pi]!;
  // "travelled to Erbil in January for talks with": the place a traveller went to, for the talks there
  const went = tokens[p.start - 1]?.lower === "to" && TRAVEL_VERBS.has(tokens[p.start - 2]?.lower ?? "") && tokens[k]!.lower === "for";
  return went || /^(in|at)$/.test(tokens[p.start - 1]?.lower ?? "") ? placeName(pi) : undefined;
}

/** "The framework was worked out in Doha, where Burns held talks with ...": the place before the noun's where-clause. */
function placeBeforeWhere(tokens: readonly Token[], m: Mentions, lex: Lexicon, i: number, start: number, placeName: PlaceOf): Place | undefined {
  for (let k = i - 1; k > start + 1 && k > i - 14; k--) {
    const t = tokens[k]!;
    if (t.text === ";" || t.lower === "said") return undefined;
    if (t.lower !== "where") continue;
    const p = tokens[k - 1]!.text === "," ? k - 2 : k - 1;
    if (m.placeAt[p]! >= 0) return /^(in|at)$/.test(tokens[p - 1]?.lower ?? "") ? placeName(m.placeAt[p]!) : undefined;
    // "in the Oval Office, where he was meeting Carney": a seat of government
    const seat = m.actorAt[p]! >= 0 ? m.actors[m.actorAt[p]!]! : undefined;
    return seat && seat.end === p + 1 ? seatOf(tokens, m, lex, seat.start, tokens[seat.start - 1]?.lower === "the" ? seat.start - 2 : seat.start - 1) : undefined;
  }
  return undefined;
}

/** "sat down with X at the White House" */
const SIT_VERBS = new Set(["sat", "sit", "sits", "sitting"]);
const MEETING_VERBS = new Set(["met", "meet", "meets", "convened", "gathered", "reconvened", "signed", "sign", "signs", "received", "initialed", "initialled"]);
/** The verbs that report a meeting held ("they would meet again" in a lead is no meeting at the dateline). */
const PAST_MEETING_VERBS = new Set(["met", "convened", "reconvened", "signed", "initialed", "initialled"]);
/**
 * A verb that says a meeting took place: "met", "sat down with", "meeting Fu Ying" (a participle before
 * its object), "visited" with a town as its object (a dated visit: see `visitedPlace`; a country
 * visited is a journey, which the seeds' and first held-out set's annotators did not count).
 */
function isMeetingVerb(tokens: readonly Token[], m: Mentions, i: number): boolean {
  const w = tokens[i]!.lower;
  if (MEETING_VERBS.has(w)) return true;
  if (w === "visited") return m.placeAt[i + 1]! >= 0;
  if (SIT_VERBS.has(w)) return tokens[i + 1]?.lower === "down" && tokens[i + 2]?.lower === "with";
  return w === "meeting" && tokens[i + 1]?.kind === "word" && (m.actorAt[i + 1]! >= 0 || m.titleAt[i + 1]! >= 0) && !ARTICLES.has(tokens[i - 1]?.lower ?? "");
}

/** The meeting a verb says took place at `place` (token `i`: the verb, or a further place's name). */
function verbMeeting(i: number, sent: number, place: Place, d: DateMention | undefined, kind = "meeting"): MeetingMention {
  const forms = kind === "visit" ? [`${place.name} visit`, `visit to ${place.name}`] : [`${place.name} meeting`, `meeting in ${place.name}`];
  const mm: MeetingMention = { noun: i, sent, kind, place: place.name, placeState: undefined, date: undefined, endDate: undefined, forms, definite: false, meeting: -1 };
  if (place.state) mm.placeState = place.state;
  if (place.area) mm.area = true;
  if (place.seat) mm.seat = true;
  if (place.venue) mm.forms.push(`${place.venue} ${kind}`);
  if (d?.date) mm.date = d.date;
  if (d?.endDate) mm.endDate = d.endDate;
  return mm;
}

/**
 * Further places of one meeting verb, each after "and" with its own "in": "met Netanyahu in Jerusalem
 * late that night and Abbas in Ramallah on Wednesday", "met in New Delhi on 31 July and in Beijing on
 * 29 August". Between the places only time words, a date, and the next object's words.
 */
function morePlaces(tokens: readonly Token[], m: Mentions, at: number, end: number, placeName: PlaceOf): Place[] {
  const out: Place[] = [];
  let q = m.places[m.placeAt[at]!]!.end;
  while (q < end) {
    let k = q;
    while (k < end && k < q + 8 && tokens[k]!.lower !== "and" && (TIME_WORDS.has(tokens[k]!.lower) || MONTHS_LOWER.has(tokens[k]!.lower) || tokens[k]!.kind === "number" || /^(on|,|that|morning|night)$/.test(tokens[k]!.lower))) k++;
    if (tokens[k]?.lower !== "and") break;
    k++;
    while (k < end && k < q + 16 && tokens[k]!.lower !== "in" && (m.actorAt[k]! >= 0 || m.titleAt[k]! >= 0 || /^(the|his|her|their|its|'s)$/.test(tokens[k]!.lower))) k++;
    if (tokens[k]?.lower !== "in" || m.placeAt[k + 1]! < 0) break;
    out.push({ ...placeName(m.placeAt[k + 1]!), at: k + 1 });
    q = m.places[m.placeAt[k + 1]!]!.end;
  }
  return out;
}

/** Where the clause that holds token `from` ends: a semicolon, or a comma before a word that opens another clause. */
function clauseEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ";" || (t.text === "," && /^(and|but|while|before|after|then|whereas)$/.test(tokens[k + 1]?.lower ?? ""))) return k;
  }
  return end;
}

/** "flew to Moscow on Thursday and held talks there": "there" is the place the sentence went to or was in before. */
function placeOfThere(tokens: readonly Token[], m: Mentions, from: number, start: number, end: number, placeName: PlaceOf): Place | undefined {
  const j = skipTime(tokens, from, end);
  if (tokens[j]?.lower !== "there" || /^(is|was|were|are|will|would|has|have|had|'s|be|being)$/.test(tokens[j + 1]?.lower ?? "")) return undefined;
  for (let k = from - 2; k >= start; k--) {
    const pi = m.placeAt[k]!;
    if (pi >= 0 && /^(to|in|at)$/.test(tokens[m.places[pi]!.start - 1]?.lower ?? "")) return placeName(pi);
  }
  return undefined;
}

/** Verbs of travel whose "to <place>" is where the meeting that follows takes place. */
const TRAVEL_VERBS = new Set(["flew", "travelled", "traveled", "went", "headed", "returned", "came", "rushed", "hurried", "journeyed"]);
/** "Santos flew to Havana on Wednesday to meet Londoño": the place the traveller went to meet in. */
function travelledTo(tokens: readonly Token[], m: Mentions, i: number, start: number, placeName: PlaceOf): Place | undefined {
  if (tokens[i - 1]?.lower !== "to") return undefined;
  let k = i - 2;
  while (k > start && k > i - 8 && (TIME_WORDS.has(tokens[k]!.lower) || MONTHS_LOWER.has(tokens[k]!.lower) || tokens[k]!.kind === "number" || /^(on|,)$/.test(tokens[k]!.text))) k--;
  const pi = m.placeAt[k]!;
  if (pi < 0) return undefined;
  const p = m.places[pi]!;
  return tokens[p.start - 1]?.lower === "to" && TRAVEL_VERBS.has(tokens[p.start - 2]?.lower ?? "") ? { ...placeName(pi), at: p.start } : undefined;
}
/**
 * "visited Phnom Penh in February": the town visited is the verb's object. (A country visited is a
 * journey, not one meeting: "who visited China last week".)
 */
function visitedPlace(tokens: readonly Token[], m: Mentions, lex: Lexicon, i: number, placeName: PlaceOf): Place | undefined {
  if (tokens[i]!.lower !== "visited" || m.placeAt[i + 1]! < 0) return undefined;
  const place = placeName(m.placeAt[i + 1]!);
  return place.state && lex.stateName(place.state) === place.name ? undefined : { ...place, at: i + 1 };
}

/** Verbs of arrival whose "in <place>" is where the traveller then meets ("arrived in Khartoum ... and held talks"). */
const ARRIVAL_VERBS = new Set(["arrived", "landed"]);
/**
 * "flew to Khartoum on Sunday and held talks with Bashir", "arrived in Khartoum in the morning and held
 * talks with": the place the sentence's traveller went to, when the meeting is the next act of the same
 * subject (an "and" between, no clause of another subject, no other place).
 */
function travelDestination(tokens: readonly Token[], m: Mentions, i: number, start: number, placeName: PlaceOf): Place | undefined {
  let joined = false;
  for (let k = i - 1; k > start && k > i - 16; k--) {
    const w = tokens[k]!.lower;
    if (w === "and") joined = true;
    else if (/^(;|who|which|that|but|after|before|when|while|where|said|says|,)$/.test(w) && !joined) return undefined;
    const pi = m.placeAt[k]!;
    if (pi < 0) continue;
    const p = m.places[pi]!;
    const prep = tokens[p.start - 1]?.lower, verb = tokens[p.start - 2]?.lower ?? "";
    const went = (prep === "to" && TRAVEL_VERBS.has(verb)) || (prep === "in" && ARRIVAL_VERBS.has(verb));
    return went && joined ? { ...placeName(pi), at: p.start } : undefined;
  }
  return undefined;
}

/** The place of "in/at <place>" in the verb's clause (up to 16 tokens, no clause break). */
function verbPlace(tokens: readonly Token[], m: Mentions, lex: Lexicon, i: number, end: number, placeName: PlaceOf): Place | undefined {
  // "met Conte at Palazzo Chigi": a named venue, when no known place follows in the clause
  let venue: Place | undefined;
  for (let k = i + 1; k < Math.min(i + 22, end - 1); k++) {
    const t = tokens[k]!;
    if (t.text === ";" || /^(but|to|which|who|that|after|before|while|when|said|says)$/.test(t.lower)) return venue;
    // "met union leaders and the airline's management at ...": "and" joins the objects, not a new clause
    // ("met Mr Sogavare and senior ministers in Honiara": people no actor names, joined as objects)
    if (t.lower === "and" && !(m.actorAt[k + 1]! >= 0 || /^(the|its|his|her|their)$/.test(tokens[k + 1]?.lower ?? "") || OBJECT_PEOPLE.has(tokens[k + 1]?.lower ?? ""))) return venue;
    if (t.lower !== "in" && t.lower !== "at") continue;
    if (t.lower === "at") venue ??= namedVenue(tokens, m, k, end, placeName);
    for (let q = k + 1; q < Math.min(k + 7, end); q++) {
      if (m.placeAt[q]! >= 0) return { ...placeName(m.placeAt[q]!), at: q };
      const w = tokens[q]!;
      // "sign ... in the Finnish capital": a capital named only by description
      if (w.lower === "capital" && q > k + 1 && m.actorAt[q - 1]! >= 0) return describedCapital(tokens, m, lex, q - 1, q + 1);
      const seat = seatOf(tokens, m, lex, q, k);
      if (seat) return seat;
      const named = townOf(tokens, m, q);
      if (named) return named;
      if (!/^(the|a|an|city|town|capital|resort|port|coastal|of)$/.test(w.lower) && !PLACE_ADJ.has(w.lower) && !(w.kind === "word" && m.actorAt[q]! >= 0) && !isVenueWord(tokens, q)) break;
    }
    // "met ... at State House in Harare", "at Trump's golf resort in Turnberry": a venue, then its place
  }
  return venue;
}

/** The last date before token `i` written as a weekday ("on Tuesday"), if any. */
function weekdayBefore(tokens: readonly Token[], dates: readonly DateMention[], i: number): DateMention | undefined {
  let found: DateMention | undefined;
  for (const d of dates) if (d.end <= i && d.date && !d.bound && tokens.slice(d.start, d.end).some((t) => WEEKDAY.has(t.lower))) found = d;
  return found;
}

/** Words that end a venue described in plain words: a clause, a verb, a time ("at which", "at the ministry that"). */
const VENUE_STOP = new Set(["which", "that", "who", "whom", "when", "where", "while", "to", "and", "but", "or", "after", "before", "since", "said", "says", "was", "were", "is", "are", "will", "would", "had", "has", "have", "been", "request", "invitation", "behest", "end", "start", "time", "height", "same"]);

/** Words that open the people a verb's second object names ("met X and senior ministers", "and other officials"). */
const OBJECT_PEOPLE = new Set(["senior", "top", "other", "several", "officials", "ministers", "leaders", "representatives", "aides", "advisers", "advisors", "delegates", "envoys", "diplomats", "negotiators", "members", "executives", "lawmakers", "elders", "chiefs", "commanders", "community", "religious", "tribal", "business", "opposition", "union"]);

/** A venue's words, up to its place: "at his official residence in Putrajaya", "at the Capella hotel on Singapore's Sentosa island". */
const VENUE_FILLERS = new Set(["his", "her", "their", "its", "official", "presidential", "private", "golf", "luxury", "seaside", "lakeside", "state", "government", "country", "guest", "conference", "former", "military", "air", "side", "heavily", "guarded"]);
function isVenueWord(tokens: readonly Token[], q: number): boolean {
  const w = tokens[q]!.lower;
  return VENUE_NOUNS.has(w) || VENUE_FILLERS.has(w) || (w === "on" && VENUE_NOUNS.has(tokens[q - 1]?.lower ?? ""));
}

/** Capitalised words that open no venue's name. */
const NOT_VENUE = new Set([...NOT_PLACE, "Christmas", "Easter", "Eid", "Ramadan", "Noon", "Midnight", "Dawn", "Least", "Most", "First", "Last", "Times"]);

/**
 * A venue named after "at" (token `at`) that no recogniser took: "at Palazzo Chigi", "at the Oval
 * Office", "at Rosenbad, the government headquarters", "at the Kfar Maccabiah hotel". Up to five
 * capitalised words (with "of", "de" inside a name), and a venue noun after them, then a boundary; a
 * known place after it ("at State House in Harare") is read by the callers first.
 */
function namedVenue(tokens: readonly Token[], m: Mentions, at: number, end: number, placeName: PlaceOf): Place | undefined {
  let q = at + 1;
  if (tokens[q]?.lower === "the") q++;
  const first = q;
  while (q < end && q < first + 6) {
    const w = tokens[q]!;
    const inside = q > first && /^(of|de|del|des|di|da)$/.test(w.lower) && tokens[q + 1]?.cap;
    // "Al-Yamamah Palace", "the Shangri-La hotel": a hyphen inside a word
    const joined = q > first && w.text === "-" && w.start === tokens[q - 1]!.end && tokens[q + 1]?.start === w.end;
    if (!inside && !joined && !(w.kind === "word" && w.cap)) break;
    if (m.actorAt[q]! >= 0 || m.placeAt[q]! >= 0 || m.titleAt[q]! >= 0) return undefined;
    q++;
  }
  if (q === first || NOT_VENUE.has(tokens[first]!.text) || LANGUAGES.has(tokens[first]!.text)) return undefined;
  if (VENUE_NOUNS.has(tokens[q]?.lower ?? "")) q++;
  const next = tokens[q];
  // a boundary: punctuation, a lower-case word, or the end of the sentence
  if (next && q < end && !(next.kind === "punct" || !next.cap)) return undefined;
  if (next?.text === "'s" || next?.text === "’s" || next?.text === "-") return undefined;
  const name = tokens.slice(first, q).map((t, k, all) => (k === 0 || all[k - 1]!.end === t.start ? "" : " ") + t.text).join("");
  // "the Capella hotel on Singapore's Sentosa island": the known place after the venue is the place
  if (next && /^(in|on|near)$/.test(next.lower)) {
    const after = tokens[q + 1]?.lower === "the" ? q + 2 : q + 1;
    if (after < end && m.placeAt[after]! >= 0) return { ...placeName(m.placeAt[after]!), venue: name };
  }
  return { name, state: undefined };
}

/** "at the White House", "at the Kremlin": a government's seat stands for its capital (the object right after "at the"). */
function seatOf(tokens: readonly Token[], m: Mentions, lex: Lexicon, q: number, at: number): Place | undefined {
  const ai = m.actorAt[q]!;
  if (ai < 0 || q > at + 2) return undefined;
  const mention = m.actors[ai]!;
  if (mention.start !== q || mention.actor.orgKind !== "government-office" || !mention.actor.state) return undefined;
  // "at the CCMA's offices in Johannesburg": the body owns the venue; the place comes after it
  if (/^(?:'|’)s?$/.test(tokens[mention.end]?.text ?? "")) return undefined;
  const capital = lex.states.get(mention.actor.state)?.capitals[0];
  return capital ? { name: mention.surface.replace(/^the /i, ""), state: mention.actor.state, venue: mention.surface, seat: true } : undefined;
}
const LANGUAGES = new Set(["English", "Arabic", "Persian", "Farsi", "Hebrew", "Swahili", "Latin", "Dari", "Pashto", "Urdu", "Hindi", "Amharic", "Tigrinya", "Somali", "Hausa", "Kurdish"]);
const UNKNOWN_PLACE_NOUNS = new Set(["mountains", "hills", "region", "province", "district", "town", "village", "area", "forest", "valley", "camp", "county"]);
const PLACE_ADJ = new Set(["the", "remote", "northern", "southern", "eastern", "western", "central", "coastal", "rural", "mountainous", "small", "former", "northwestern", "northeastern", "southwestern", "southeastern", "north-western", "north-eastern", "south-western", "south-eastern"]);
/** "signed ... in the remote Gorongosa mountains": a place the gazetteer does not know, named with a place noun. */
function unknownVerbPlace(tokens: readonly Token[], m: Mentions, i: number, end: number): Place | undefined {
  for (let k = i + 1; k < Math.min(i + 17, end - 2); k++) {
    const t = tokens[k]!;
    if (t.text === ";" || t.text === "," || /^(and|but|to|which|who|that|after|before|while|when|said|says)$/.test(t.lower)) return undefined;
    if (t.lower !== "in" && t.lower !== "at") continue;
    let q = k + 1;
    while (q < end && PLACE_ADJ.has(tokens[q]!.lower)) q++;
    const w = tokens[q];
    if (w?.kind !== "word" || !w.cap || m.actorAt[q]! >= 0 || NOT_PLACE.has(w.text) || LANGUAGES.has(w.text)) continue;
    // "in the remote Gorongosa mountains"; "met with both sides in Seattle this week" (one word, then the clause goes on)
    const next = tokens[q + 1];
    if (UNKNOWN_PLACE_NOUNS.has(next?.lower ?? "")) return { name: w.text, state: undefined, area: true };
    if ((q === k + 1 && !!next && (/^[,.;:)]$/.test(next.text) || (next.kind === "word" && !next.cap)))) return { name: w.text, state: undefined };
  }
  return undefined;
}
/** Nouns that name a place's kind before "of" and its name ("the town of Challhuahuacho"). */
const TOWN_NOUNS = new Set(["city", "town", "village", "port", "district", "province", "municipality", "county", "island", "oasis"]);
/** "the town of Challhuahuacho", "the central city of Penonomé": an unknown place, up to three capitalised words, after a town noun and "of". */
function townOf(tokens: readonly Token[], m: Mentions, q: number): Place | undefined {
  const w = tokens[q]!;
  if (!w.cap || w.kind !== "word" || m.actorAt[q]! >= 0 || NOT_PLACE.has(w.text) || tokens[q - 1]?.lower !== "of" || !TOWN_NOUNS.has(tokens[q - 2]?.lower ?? "")) return undefined;
  let end = q + 1;
  while (end < q + 3 && tokens[end]?.cap && tokens[end]!.kind === "word" && m.actorAt[end]! < 0) end++;
  return { name: tokens.slice(q, end).map((t) => t.text).join(" "), state: undefined };
}
/** "in the Finnish capital": the capital of the state whose demonym comes right before "capital". */
function describedCapital(tokens: readonly Token[], m: Mentions, lex: Lexicon, i: number, end: number): Place | undefined {
  for (let q = i + 1; q < Math.min(i + 24, end); q++) {
    if (tokens[q]!.lower !== "capital") continue;
    const ai = m.actorAt[q - 1]!;
    const st = ai >= 0 ? m.actors[ai]!.actor : undefined;
    if (st?.type !== "State" || !st.state) return undefined;
    const cap = lex.states.get(st.state)?.capitals[0];
    return cap ? { name: cap, state: st.state } : undefined;
  }
  return undefined;
}
/** The dated mention closest to token i, within maxDist tokens. */
function nearestDate(dates: readonly DateMention[], i: number, maxDist: number): DateMention | undefined {
  let best: DateMention | undefined;
  let bestDist = maxDist;
  for (const d of dates) {
    if (!d.date || d.bound) continue;
    const dist = d.end <= i ? i - d.end : d.start - i;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

/** Words before "round" that make it a round of talks ("a fourth round", "the next round"). */
const ROUND_BEFORE = new Set(["a", "the", "this", "that", "next", "new", "latest", "last", "final", "another", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "previous", "earlier"]);
/** Words that make a sentence's "round" an election's ("the first round of voting", "a runoff"). */
const VOTE_WORDS = /^(elections?|electoral|vote|votes|voting|voters|ballots?|runoff|run-off|polls?|candidates?|presidential|primary|primaries|knockout|qualifying|tournament|match|sanctions|layoffs|fighting|strikes)$/;
/**
 * "a fourth round is due to take place in Muscat": "round" on its own names a round of talks. With
 * "of" after it the noun that follows says what ("a round of talks" is read at "talks", "a round of
 * voting" is none); a sentence about an election, a sport or sanctions has rounds of its own.
 */
function isTalksRound(tokens: readonly Token[], i: number, start: number, end: number): boolean {
  if (!ROUND_BEFORE.has(tokens[i - 1]?.lower ?? "") || /^(of|-|the|up|off|out|trip)$/.test(tokens[i + 1]?.lower ?? "")) return false;
  for (let k = start; k < end; k++) if (VOTE_WORDS.test(tokens[k]!.lower)) return false;
  return true;
}

/** Whether another meeting noun stands between the meeting noun at `i` and the date. */
function meetingNounBetween(tokens: readonly Token[], i: number, d: DateMention): boolean {
  const [from, to] = d.start > i ? [i + 1, d.start] : [d.end, i];
  for (let k = from; k < to; k++) if (NOUN_FORM_MAP.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether "following" or "after" opens the meeting noun's phrase ("following talks in Kigali", "after the summit"). */
function followsEvent(tokens: readonly Token[], i: number, sentStart: number): boolean {
  let k = i - 1;
  while (k >= sentStart && k > i - 5 && MODIFIERS.has(tokens[k]!.lower)) k--;
  // ("Today's signature follows consultations ... held in Algiers earlier this month")
  return k >= sentStart && /^(following|after|follows|followed)$/.test(tokens[k]!.lower);
}

/** Whether the sides appear together at the press conference whose first word is at `k`. */
function appearTogether(tokens: readonly Token[], k: number, sentStart: number): boolean {
  for (let q = k - 1; q >= sentStart && q >= k - 10; q--) if (/^(beside|alongside)$/.test(tokens[q]!.lower)) return true;
  return false;
}

/** Verbs that open talks, and the words that put them ahead ("to hold military talks", "will resume talks"). */
const OPENING_VERBS = new Set(["hold", "resume", "start", "begin", "open", "launch", "have", "convene", "attend", "join"]);
const AHEAD = new Set(["to", "will", "would", "could", "should", "may", "might", "shall", "'ll"]);
/** Whether the meeting noun is the object of talks still to come: they happened nowhere yet. */
function plannedTalks(tokens: readonly Token[], i: number, sentStart: number): boolean {
  for (let k = i - 1; k > sentStart && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (t.kind === "punct") return false;
    if (OPENING_VERBS.has(t.lower)) return AHEAD.has(tokens[k - 1]!.lower);
  }
  return false;
}

const ARTICLES = new Set(["the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "'s", "’s"]);
/** The names the text gives a meeting with no place: the noun as written and its modifiers ("final round of talks", "talks"). */
function phraseForms(tokens: readonly Token[], i: number, sentStart: number): string[] {
  const noun = tokens[i]!.lower;
  let k = i - 1;
  while (k >= sentStart && k > i - 5 && MODIFIERS.has(tokens[k]!.lower) && !ARTICLES.has(tokens[k]!.lower)) k--;
  const words = tokens.slice(k + 1, i + 1).map((t) => t.lower);
  while (words.length > 1 && words[0] === "of") words.shift();
  const phrase = words.join(" ");
  return phrase === noun ? [noun] : [phrase, noun];
}

const DEFINITE = new Set(["the", "these", "those", "this", "that", "their", "its", "'s", "'", "such"]);
function isDefinite(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k > i - 5 && MODIFIERS.has(tokens[k]!.lower) && !DEFINITE.has(tokens[k]!.lower)) k--;
  const t = tokens[k];
  return !!t && (DEFINITE.has(t.lower) || t.kind === "number");
}

const DAY = 86400000;
function compatible(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  return Math.abs(Date.parse(a) - Date.parse(b)) <= 3 * DAY;
}

/**
 * Merges the mentions of one article into meetings: same place (a city and its country agree) and
 * compatible dates. Mentions without a place join the meeting in scope (the nearest one before,
 * else the only one); one dated to a day that joins none is a meeting of its own (addPlaceless).
 */
export function mergeMeetings(mentions: MeetingMention[], lex: Lexicon): ArticleMeeting[] {
  const meetings: ArticleMeeting[] = [];
  const isCountry = (name: string | undefined, state?: string) => !!state && lex.stateName(state) === name;
  for (const mm of mentions) {
    if (!mm.place) continue;
    let found = -1;
    for (let k = 0; k < meetings.length; k++) {
      const g = meetings[k]!;
      // (a city and its country agree; so do two seats of one government: "the White House" and "the Oval Office")
      const samePlace = g.place === mm.place || (!!mm.placeState && g.placeState === mm.placeState && (isCountry(g.place, g.placeState) || isCountry(mm.place, mm.placeState) || (!!g.seat && !!mm.seat)));
      if (samePlace && compatible(g.date, mm.date)) {
        found = k;
        break;
      }
    }
    // "signed in Geneva ... after five days of talks at the Palais des Nations": a venue the gazetteer
    // does not know, right after a meeting in a known place, is that meeting's venue
    if (found < 0 && meetings.length) {
      const last = meetings[meetings.length - 1]!;
      // ("met ... in the Gorongosa mountains" names an area, not a venue: a meeting of its own)
      const venue = mm.area ? false : !mm.placeState ? compatible(last.date, mm.date) : mm.placeState === last.placeState && !mm.date && !isCountry(mm.place, mm.placeState);
      if (last.placeState && venue && mm.sent - last.sents[last.sents.length - 1]! <= 1) found = meetings.length - 1;
      // ("talks ... opened in Kuwait on Thursday" ... "The opening session was held on Thursday evening at Bayan
      // Palace"): an unknown venue on the very day of a meeting in a known place
      else if (!mm.placeState && !mm.area && mm.date && !mm.endDate) found = meetings.findIndex((g) => !!g.placeState && g.date === mm.date && !g.endDate);
    }
    if (found < 0) {
      const g: ArticleMeeting = { name: `${mm.place} ${mm.kind === "visit" ? "visit" : mm.kind}`, place: mm.place, placeState: undefined, date: undefined, endDate: undefined, aliases: new Set(mm.forms), sents: [mm.sent] };
      if (mm.placeState) g.placeState = mm.placeState;
      if (mm.date) g.date = mm.date;
      if (mm.endDate) g.endDate = mm.endDate;
      if (mm.seat) g.seat = true;
      meetings.push(g);
      mm.meeting = meetings.length - 1;
      continue;
    }
    const g = meetings[found]!;
    if (isCountry(g.place, g.placeState) && !isCountry(mm.place, mm.placeState)) {
      g.place = mm.place;
      g.name = `${mm.place} ${g.name.split(" ").pop()}`;
    }
    g.date ??= mm.date;
    if (!g.endDate && mm.endDate) g.endDate = mm.endDate;
    for (const f of mm.forms) g.aliases.add(f);
    g.sents.push(mm.sent);
    mm.meeting = found;
  }
  for (const mm of mentions) {
    if (mm.meeting >= 0 || !meetings.length || !mm.definite) continue;
    // anaphoric "the talks", "Thursday's talks": the meeting in scope
    // (the latest one named before whose date fits: "the talks" on Monday are not December's visit)
    let best = -1;
    for (let k = 0; k < meetings.length; k++) if (meetings[k]!.sents[0]! <= mm.sent && compatible(meetings[k]!.date, mm.date)) best = k;
    if (best < 0 && meetings.length === 1) best = 0;
    if (best >= 0 && compatible(meetings[best]!.date, mm.date)) {
      mm.meeting = best;
      const g = meetings[best]!;
      g.date ??= mm.date;
      for (const f of mm.forms) g.aliases.add(f);
      g.sents.push(mm.sent);
    }
  }
  for (const mm of mentions) addPlaceless(meetings, mm);
  for (const g of meetings) {
    g.aliases.add(g.name);
    const noun = g.name.split(" ").pop()!;
    if (g.place) g.aliases.add(`${noun} ${noun === "visit" ? "to" : "in"} ${g.place}`);
  }
  return meetings;
}

/** Words before "of talks" that make them a stretch of rounds. */
const SERIES = new Set(["hours", "days", "weeks", "months", "years", "decades", "rounds", "series", "sessions"]);
/** Kinds of meeting a dated phrase with no place makes ("a visit" names where it goes; a signing seals talks named elsewhere). */
const PLACELESS_KINDS = new Set(["talks", "meeting", "summit", "conference"]);

/**
 * "the final round of talks on Saturday", "a meeting on May 31": a dated meeting the text places
 * nowhere is an event of its own. It joins a meeting of the same day (placed or not) or starts one;
 * an undated one stays a mention, since nothing tells one undated round from another.
 */
function addPlaceless(meetings: ArticleMeeting[], mm: MeetingMention): void {
  if (mm.meeting >= 0 || mm.place || !mm.date || mm.series || !PLACELESS_KINDS.has(mm.kind)) return;
  // a month or a year ("talks in January 2022", "since September 2018") dates a process, not one round
  if (mm.endDate && Date.parse(mm.endDate) - Date.parse(mm.date) > 3 * DAY) return;
  const found = meetings.findIndex((g) => g.date === mm.date && (!g.endDate || g.endDate === mm.endDate || !mm.endDate));
  if (found >= 0) {
    const g = meetings[found]!;
    for (const f of mm.forms) g.aliases.add(f);
    g.sents.push(mm.sent);
    mm.meeting = found;
    return;
  }
  const g: ArticleMeeting = { name: `${mm.kind} on ${mm.date}`, placeless: true, date: mm.date, aliases: new Set(mm.forms), sents: [mm.sent] };
  if (mm.endDate) g.endDate = mm.endDate;
  meetings.push(g);
  mm.meeting = meetings.length - 1;
}

export type { Token };
