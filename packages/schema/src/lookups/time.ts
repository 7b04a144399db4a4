// Time on facts, computed the same way by both backends: a fact's span from its evidence, whether it
// meets a window, and the order a timeline lists facts in.
import type { Evidence } from "../graph.js";
import type { ChangesQuery, DateWindow } from "./contract.js";
import type { Fact, NodeRef } from "./facts.js";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** An article's publication day by article id (from its Article node), for entries that do not carry it. */
export type ArticleDay = (article: string) => string | undefined;

/**
 * The day an evidence entry is about: the event's day when the sentence gives it, else the article's
 * (the entry's own `date`, else its Article node's).
 */
export function evidenceDay(e: Pick<Evidence, "article" | "date" | "eventDate">, articleDay?: ArticleDay): string | undefined {
  return e.eventDate ?? e.date ?? articleDay?.(e.article);
}

export interface Span {
  firstSeen?: string;
  lastSeen?: string;
}

/**
 * A relationship's span: its own firstSeen/lastSeen when it has them (the extractor sets them), else
 * the earliest and latest day of its evidence. Neo4j (at load) and memory mode both go through here.
 */
export function spanOf(evidence: readonly Pick<Evidence, "article" | "date" | "eventDate">[], own: Span = {}, articleDay?: ArticleDay): Span {
  let first = own.firstSeen;
  let last = own.lastSeen;
  if (first && last) return { firstSeen: first, lastSeen: last };
  for (const e of evidence) {
    const d = evidenceDay(e, articleDay);
    if (!d) continue;
    if (!own.firstSeen && (!first || d < first)) first = d;
    if (!own.lastSeen && (!last || d > last)) last = d;
  }
  const out: Span = {};
  if (first) out.firstSeen = first;
  if (last) out.lastSeen = last;
  return out;
}

export const hasWindow = (w: DateWindow | undefined): boolean => Boolean(w?.since || w?.until);

/** Whether a fact was seen in the window (see DateWindow); every fact is, without one. */
export function inWindow(span: Span, w: DateWindow | undefined): boolean {
  if (!hasWindow(w)) return true;
  if (!span.firstSeen || !span.lastSeen) return false;
  return (!w!.since || span.lastSeen >= w!.since) && (!w!.until || span.firstSeen <= w!.until);
}

/** `changes`: "started" when first seen in [from, to], "stopped" when last seen before `from`. */
export function changeOf(span: Span, q: ChangesQuery): "started" | "stopped" | undefined {
  if (span.firstSeen && span.firstSeen >= q.from && span.firstSeen <= q.to) return "started";
  if (span.lastSeen && span.lastSeen < q.from) return "stopped";
  return undefined;
}

const meetingDay = (n: NodeRef): string | undefined => (n.type === "Meeting" ? n.date : undefined);

/** The day a timeline files a fact under: when it was first seen, else its meeting's day. */
export function factDay(f: Fact): string | undefined {
  return f.firstSeen ?? meetingDay(f.to) ?? meetingDay(f.from) ?? (f.via ? meetingDay(f.via) : undefined);
}

/** Timeline order: by day (undated last), then type and names, so both backends list alike. */
export function compareFactsByDate(a: Fact, b: Fact): number {
  const da = factDay(a) ?? "9999-99-99";
  const db = factDay(b) ?? "9999-99-99";
  return da < db ? -1 : da > db ? 1 : compareFacts(a, b);
}

/** A stable order with no dates involved: type, then the endpoints' names and keys. */
export function compareFacts(a: Fact, b: Fact): number {
  const ka = [a.type, a.from.name, a.to.name, a.from.key, a.to.key, a.via?.key ?? ""];
  const kb = [b.type, b.from.name, b.to.name, b.from.key, b.to.key, b.via?.key ?? ""];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1;
    if (ka[i]! > kb[i]!) return 1;
  }
  return 0;
}
