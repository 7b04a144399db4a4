// Time on facts (docs/ontology.md): a relationship is dated by [firstSeen, lastSeen], a meeting by
// [date, endDate]. Pure functions over ISO days, so the slider, the histogram, playback and the
// filters agree on one definition of "in the window".
import type { Evidence, RelationType } from "@backchannel/schema";
import type { BcGraph, EdgeAttrs, NodeAttrs } from "../graph/types.js";
import type { Bucket, Interval, TimeProfile, TimeWindow } from "./types.js";

export type { Bucket, Interval, TimeProfile, TimeWindow } from "./types.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function isIsoDay(x: unknown): x is string {
  return typeof x === "string" && ISO.test(x);
}

/** Days since 1970-01-01 (UTC, so no time zone shifts a day): the slider's integer scale. */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  return dayFromNumber(dayNumber(iso) + n);
}

/** The same day n months later, clamped to the month's length (Jan 31 + 1 month = Feb 29 in 2024). */
export function addMonths(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + n;
  const first = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(Number(iso.slice(8, 10)), last));
  return first.toISOString().slice(0, 10);
}

/**
 * MENTIONED_IN is provenance, not a fact about the negotiation: it carries no dates of its own and
 * is neither windowed nor counted as undated.
 */
export function isTimedRelation(type: RelationType): boolean {
  return type !== "MENTIONED_IN";
}

/** A relationship's interval, or null when it has no dated evidence. */
export function factInterval(a: Pick<EdgeAttrs, "firstSeen" | "lastSeen">): Interval | null {
  if (!isIsoDay(a.firstSeen)) return null;
  const end = isIsoDay(a.lastSeen) && a.lastSeen >= a.firstSeen ? a.lastSeen : a.firstSeen;
  return { start: a.firstSeen, end };
}

/**
 * A meeting's interval, or null when the text gave no day. `reportedBy` only bounds the meeting
 * from above (it happened on or before), so such a meeting counts as undated.
 */
export function meetingInterval(a: Pick<NodeAttrs, "date" | "endDate">): Interval | null {
  if (!isIsoDay(a.date)) return null;
  return { start: a.date, end: isIsoDay(a.endDate) && a.endDate >= a.date ? a.endDate : a.date };
}

/** Whether the interval overlaps the window (open ends are unbounded). */
export function overlaps(i: Interval, w: TimeWindow): boolean {
  if (w.dateFrom && i.end < w.dateFrom) return false;
  if (w.dateTo && i.start > w.dateTo) return false;
  return true;
}

/** Every fact's interval, the span they cover and the number of undated facts (one pass). */
export function timeProfile(graph: BcGraph): TimeProfile {
  const dated: Interval[] = [];
  let undated = 0;
  graph.forEachEdge((_e, a) => {
    if (!isTimedRelation(a.type)) return;
    const i = factInterval(a);
    if (i) dated.push(i);
    else undated++;
  });
  graph.forEachNode((_n, a) => {
    if (a.type !== "Meeting") return;
    const i = meetingInterval(a);
    if (i) dated.push(i);
    else undated++;
  });
  return { span: spanOf(dated), dated, undated };
}

export function spanOf(intervals: Iterable<Interval>): Interval | null {
  let span: Interval | null = null;
  for (const i of intervals) {
    if (!span) span = { ...i };
    else {
      if (i.start < span.start) span.start = i.start;
      if (i.end > span.end) span.end = i.end;
    }
  }
  return span;
}

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** Whole months between two days' months (Jan → Mar = 2). */
export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/**
 * Month buckets covering the span; over long spans several months per bucket so the bars stay
 * wide enough to read and click (at most `maxBuckets`).
 */
export function monthBuckets(span: Interval, maxBuckets = 48): Bucket[] {
  const months = monthsBetween(span.start, span.end) + 1;
  const per = bucketMonths(span, maxBuckets);
  const buckets: Bucket[] = [];
  for (let m = 0; m < months; m += per) {
    const start = addMonths(monthStart(span.start), m);
    const end = addDays(addMonths(start, per), -1);
    buckets.push({ start, end, label: per === 1 ? start.slice(0, 7) : `${start.slice(0, 7)} – ${end.slice(0, 7)}` });
  }
  return buckets;
}

/** Months per histogram bucket, which is also playback's step. */
export function bucketMonths(span: Interval, maxBuckets = 48): number {
  return Math.max(1, Math.ceil((monthsBetween(span.start, span.end) + 1) / maxBuckets));
}

/**
 * How many items fall in each bucket. An interval counts in every bucket it overlaps, so a bar is
 * what the window would show if it were set to that bucket.
 */
export function bucketCounts(buckets: readonly Bucket[], intervals: Iterable<Interval>): number[] {
  const counts = buckets.map(() => 0);
  for (const i of intervals) {
    for (let b = 0; b < buckets.length; b++) {
      if (overlaps(i, { dateFrom: buckets[b]!.start, dateTo: buckets[b]!.end })) counts[b]!++;
    }
  }
  return counts;
}

/**
 * Playback's next window: the same length, `months` later, clamped to the span's end. Null once the
 * window has reached the end (playback stops there).
 */
export function stepWindow(w: Interval, span: Interval, months: number): Interval | null {
  if (w.end >= span.end) return null;
  const start = addMonths(w.start, months);
  if (start > span.end) return null;
  return { start, end: clampEnd(addDays(addMonths(addDays(w.end, 1), months), -1), span) };
}

/**
 * Where playback begins: from the current window, unless it already ends at the span's end or
 * covers all of it, in which case one step's length from the span's start.
 */
export function playStart(w: Interval, span: Interval, months: number): Interval {
  if (w.end < span.end && !(w.start <= span.start && w.end >= span.end)) return w;
  return { start: span.start, end: clampEnd(addDays(addMonths(span.start, months), -1), span) };
}

/** A window's end held inside the span (ISO days compare as strings, so no Math.min). */
function clampEnd(end: string, span: Interval): string {
  if (end > span.end) return span.end;
  return end;
}

/** An evidence entry's day: when the event happened if the sentence says, else publication. */
export function evidenceDay(ev: Pick<Evidence, "date" | "eventDate">): string | null {
  if (isIsoDay(ev.eventDate)) return ev.eventDate;
  return isIsoDay(ev.date) ? ev.date : null;
}

/** Evidence in date order, undated last; entries of one day keep their order (the sort is stable). */
export function orderEvidence<T extends Pick<Evidence, "date" | "eventDate">>(evidence: readonly T[]): T[] {
  return [...evidence].sort((a, b) => {
    const da = evidenceDay(a);
    const db = evidenceDay(b);
    if (da === db) return 0;
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  });
}
