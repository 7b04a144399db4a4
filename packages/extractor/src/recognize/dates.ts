// Date expressions in a sentence, resolved against the article date.
import type { Analysis, Token } from "../nlp/wink.js";
import { isoDate, monthNumber, type SectionDate } from "../input/metadata.js";
import { WEEKDAY } from "./words.js";

export interface DateMention {
  start: number;
  end: number;
  /** Resolved ISO date (start), if the article date or the expression allows it. */
  date?: string;
  endDate?: string;
  /** A limit, not the day of an event: "by June 26", "until Monday", "since last week". */
  bound?: boolean;
}

/** "early", "mid" and "late" before "last month": its first, second or last third (no end day: the month's). */
const PART_OF_MONTH = new Map<string, [number, number | undefined]>([["early", [1, 10]], ["mid", [11, 20]], ["late", [21, undefined]]]);

/** Words before a date that make it a limit ("hand over records by June 26"). */
const BOUND_WORDS = new Set(["by", "until", "till", "since", "before", "after"]);

const DAY = 86400000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
let lastRef: { iso: string; ms: number } | undefined;
/** The article date in ms, remembered (one article's sentences ask for it many times). */
function refMs(iso: string): number {
  if (lastRef?.iso !== iso) lastRef = { iso, ms: toMs(iso) };
  return lastRef.ms;
}
/** Words that put a weekday ahead of the article date ("will meet ... on Friday", "is due to meet ... on Thursday"). */
const FUTURE_WORDS = new Set(["will", "shall", "'ll", "wo", "next", "due", "scheduled", "expected", "planned", "upcoming", "tomorrow"]);
/** ... and those that do after their next word ("set to", "plans to", "later this"). */
const FUTURE_PAIRS = new Map([["set", "to"], ["plans", "to"], ["plan", "to"], ["later", "this"]]);
/** Before a future word, a past that it was once ahead of ("was due to start on Sunday", "originally scheduled"). */
const PAST_OF_FUTURE = new Set(["was", "were", "had", "originally", "initially", "previously", "been"]);
/** Words that open another clause: a future word before them is not the weekday's ("said", "who will chair"). */
const CLAUSE_OPENERS = new Set([";", "said", "says", "told", "after", "before", "when", "while", "who", "which", "but"]);
/** Future markers count in the clause around the weekday (up to 14 tokens before it, 3 after), not anywhere in the sentence. */
const FUTURE_BEFORE = 14;
const FUTURE_AFTER = 3;

/** Past forms that are no participles ("met", "held"), and "-ed" verbs right after their subject ("Qatar hosted", ", signed"). */
const PAST_FORMS = new Set(["met", "held", "said", "told", "began", "led", "sent", "took", "gave", "came", "went", "spoke", "saw", "made", "left", "sat", "flew", "struck", "won"]);
const BEFORE_PARTICIPLE = new Set(["be", "been", "being", "was", "were", "is", "are", "has", "have", "had", "get", "got", "the", "a", "an"]);

function isPastVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== "word" || t.cap) return false;
  const before = tokens[k - 1];
  if (BEFORE_PARTICIPLE.has(before?.lower ?? "")) return false;
  if (PAST_FORMS.has(t.lower)) return true;
  return t.lower.length > 4 && t.lower.endsWith("ed") && !!before && (before.cap || before.text === ",");
}

function isFutureWord(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  const pair = FUTURE_PAIRS.get(w);
  const future = FUTURE_WORDS.has(w) || (pair !== undefined && pair === tokens[k + 1]?.lower);
  return future && !PAST_OF_FUTURE.has(tokens[k - 1]?.lower ?? "");
}

/** Words before a bare month's name that make it a date ("in May", "in late September"); "by May" is a deadline. */
const IN_MONTH = new Set(["in", "early", "late", "mid", "mid-", "during"]);
/**
 * A bare month's year: in a clause that looks ahead, the next such month; otherwise the last one, unless
 * it is one of the next two ("met in September" in December is this year's, "visited Sochi in May" in
 * December too, "agreed to meet again in February" in January is next month's).
 */
function monthYear(m: number, ref: number, future: boolean): number {
  const d = new Date(ref);
  const y = d.getUTCFullYear();
  const now = d.getUTCMonth() + 1;
  const ahead = (m - now + 12) % 12;
  if (future || (ahead > 0 && ahead <= 2)) return m >= now ? y : y + 1;
  return m <= now ? y : y - 1;
}

function monthRange(y: number, m: number): { date: string; endDate: string } {
  const first = Date.UTC(y, m - 1, 1);
  const last = Date.UTC(y, m, 0);
  return { date: fromMs(first), endDate: fromMs(last) };
}

/** Picks the year for a month/day without one: the one closest to the article date. */
function closestYear(m: number, d: number, articleDate?: string): string | undefined {
  if (!articleDate) return undefined;
  const y = +articleDate.slice(0, 4);
  const ref = toMs(articleDate);
  let best: string | undefined;
  let bestDiff = Infinity;
  for (const yy of [y - 1, y, y + 1]) {
    const iso = isoDate(yy, m, d);
    if (!iso) continue;
    const diff = Math.abs(toMs(iso) - ref);
    if (diff < bestDiff) {
      bestDiff = diff;
      best = iso;
    }
  }
  return best;
}

/** Per analysed article: its date, its briefs' days, and the dates found so far in each of its sentences. */
const SENTENCE_DATES = new WeakMap<Analysis, { articleDate: string | undefined; sections: readonly SectionDate[]; bySentence: (readonly DateMention[] | undefined)[] }>();

/**
 * The dates of sentence `s` (none for a sentence that does not exist), found once per article: the
 * meeting pass and the event dates of facts (resolve/event-dates.ts) ask about the same sentences.
 * The list is shared: callers read it and do not change it.
 */
export function sentenceDates(a: Analysis, s: number, articleDate: string | undefined, sections: readonly SectionDate[] = NO_SECTIONS): readonly DateMention[] {
  let memo = SENTENCE_DATES.get(a);
  if (!memo || memo.articleDate !== articleDate || memo.sections !== sections) {
    memo = { articleDate, sections, bySentence: [] };
    SENTENCE_DATES.set(a, memo);
  }
  let dates = memo.bySentence[s];
  if (!dates) {
    const sen = a.sentences[s];
    dates = sen ? findDates(a.tokens, sen.tokStart, sen.tokEnd, dayOfSection(sections, sen.start, articleDate)) : [];
    memo.bySentence[s] = dates;
  }
  return dates;
}

const NO_SECTIONS: readonly SectionDate[] = [];
/** The day a sentence's weekdays count from: its brief's, on a page of briefs, else the article's. */
function dayOfSection(sections: readonly SectionDate[], at: number, articleDate: string | undefined): string | undefined {
  let day = articleDate;
  for (const sd of sections) if (sd.at <= at) day = sd.date;
  return day;
}

/**
 * Finds date expressions in tokens [from, to); the words around a weekday decide whether it is past or ahead.
 * Without an article date, only absolute dates (with a year) resolve.
 */
export function findDates(tokens: readonly Token[], from: number, to: number, articleDate: string | undefined): DateMention[] {
  const out: DateMention[] = [];
  const isFuture = (i: number) => {
    for (let k = i - 1; k >= from && k >= i - FUTURE_BEFORE; k--) {
      // "Barnier, who will report to ministers, met Barclay on Tuesday": a past verb is the weekday's
      if (CLAUSE_OPENERS.has(tokens[k]!.lower) || isPastVerb(tokens, k)) break;
      if (isFutureWord(tokens, k)) return true;
    }
    for (let k = i + 1; k < to && k <= i + FUTURE_AFTER; k++) if (isFutureWord(tokens, k)) return true;
    return false;
  };
  const ref = articleDate ? refMs(articleDate) : NaN;
  const has = !Number.isNaN(ref);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const lw = t.lower;
    // ISO 2024-08-15 (wink may keep it as one token or split it)
    const iso = t.kind !== "punct" && t.text.length === 10 ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.text) : null;
    if (iso) {
      const d = isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
      if (d) out.push({ start: i, end: i + 1, date: d });
      continue;
    }
    const wd = t.kind === "word" ? WEEKDAY.get(lw) : undefined;
    if (wd !== undefined) {
      const m: DateMention = { start: i, end: i + 1 };
      if (has) {
        const dow = new Date(ref).getUTCDay();
        const prevLast = tokens[i - 1]?.lower === "last";
        const nextW = tokens[i - 1]?.lower === "next";
        let delta: number;
        const future = isFuture(i);
        if (nextW || (future && !prevLast)) delta = (wd - dow + 7) % 7 || 7;
        else delta = -((dow - wd + 7) % 7);
        if (future && !nextW && !prevLast && wd === dow) delta = 0;
        m.date = fromMs(ref + delta * DAY);
      }
      out.push(m);
      continue;
    }
    const mon = t.cap ? monthNumber(lw) : undefined;
    if (mon && t.cap && lw !== "may" || (lw === "may" && t.cap && (tokens[i + 1]?.kind === "number" || IN_MONTH.has(tokens[i - 1]?.lower ?? "")))) {
      const n1 = tokens[i + 1];
      if (n1 && n1.kind === "number" && /^\d{1,2}$/.test(n1.text)) {
        let end = i + 2;
        let date: string | undefined;
        const yAt = tokens[i + 2]?.text === "," ? i + 3 : i + 2;
        const y = tokens[yAt];
        if (y && /^\d{4}$/.test(y.text)) {
          date = isoDate(+y.text, mon!, +n1.text);
          end = yAt + 1;
        } else date = closestYear(mon!, +n1.text, articleDate);
        const m: DateMention = { start: i, end };
        if (date) m.date = date;
        out.push(m);
        i = end - 1;
        continue;
      }
      const p = tokens[i - 1];
      if (p && p.kind === "number" && /^\d{1,2}$/.test(p.text)) {
        const y = tokens[i + 1];
        const date = y && /^\d{4}$/.test(y.text) ? isoDate(+y.text, mon!, +p.text) : closestYear(mon!, +p.text, articleDate);
        const m: DateMention = { start: i - 1, end: y && /^\d{4}$/.test(y.text) ? i + 2 : i + 1 };
        if (date) m.date = date;
        out.push(m);
        continue;
      }
      if (n1 && /^\d{4}$/.test(n1.text)) {
        out.push({ start: i, end: i + 2, ...monthRange(+n1.text, mon!) });
        i++;
        continue;
      }
      // "in May", "in late September": the month nearest the article in the clause's tense
      // ("in April's election" names the election, not a day of this clause)
      if (has && IN_MONTH.has(tokens[i - 1]?.lower ?? "") && !/^(?:'|’)s?$/.test(n1?.text ?? "")) out.push({ start: i, end: i + 1, ...monthRange(monthYear(mon!, ref, isFuture(i)), mon!) });
      continue;
    }
    if (!has) {
      if (lw === "today" || lw === "yesterday" || lw === "tomorrow") out.push({ start: i, end: i + 1 });
      continue;
    }
    if (lw === "weekend" && tokens[i - 1]?.lower === "the" && /^(over|at|during)$/.test(tokens[i - 2]?.lower ?? "")) {
      // "over the weekend": the last one (today's, on a Saturday or Sunday), or the next in a future clause
      const dow = new Date(ref).getUTCDay();
      const sat = isFuture(i) ? ref + ((6 - dow + 7) % 7) * DAY : ref - ((dow + 1) % 7) * DAY;
      out.push({ start: i - 1, end: i + 1, date: fromMs(sat), endDate: fromMs(sat + DAY) });
    } else if (lw === "today" || lw === "tonight") out.push({ start: i, end: i + 1, date: fromMs(ref) });
    else if (lw === "yesterday") out.push({ start: i, end: i + 1, date: fromMs(ref - DAY) });
    else if (lw === "tomorrow") out.push({ start: i, end: i + 1, date: fromMs(ref + DAY) });
    else if ((lw === "last" || lw === "next" || lw === "this") && tokens[i + 1]) {
      const unit = tokens[i + 1]!.lower;
      const earlier = tokens[i - 1]?.lower === "earlier";
      const dir = lw === "last" ? -1 : lw === "next" ? 1 : 0;
      const d = new Date(ref);
      if (unit === "week") {
        const monday = ref - ((d.getUTCDay() + 6) % 7) * DAY + dir * 7 * DAY;
        const m: DateMention = { start: earlier ? i - 1 : i, end: i + 2, date: fromMs(monday) };
        m.endDate = fromMs(dir === 0 ? ref : monday + 6 * DAY);
        out.push(m);
        i++;
      } else if (unit === "month") {
        const y = d.getUTCFullYear();
        const mo = d.getUTCMonth() + 1 + dir;
        const yy = mo < 1 ? y - 1 : mo > 12 ? y + 1 : y;
        const mm = ((mo + 11) % 12) + 1;
        // "late last month", "early next month": a third of it
        const part = PART_OF_MONTH.get(tokens[i - 1]?.lower ?? "");
        const range = monthRange(yy, mm);
        if (part) {
          range.date = `${range.date.slice(0, 8)}${String(part[0]).padStart(2, "0")}`;
          if (part[1]) range.endDate = `${range.date.slice(0, 8)}${String(part[1]).padStart(2, "0")}`;
        }
        out.push({ start: earlier || part ? i - 1 : i, end: i + 2, ...range });
        i++;
      } else if (unit === "weekend") {
        const sat = ref - ((d.getUTCDay() + 1) % 7) * DAY + (dir === 1 ? 7 * DAY : 0);
        out.push({ start: i, end: i + 2, date: fromMs(sat), endDate: fromMs(sat + DAY) });
        i++;
      }
    }
  }
  for (const d of out) if (BOUND_WORDS.has(tokens[d.start - 1]?.lower ?? "")) d.bound = true;
  return out;
}
