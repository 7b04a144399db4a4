// Splits an evidence sentence into plain and marked segments: the names of the two endpoints and
// the relation's verb. Returns data, not HTML: the UI turns segments into text nodes and <mark>s,
// so article text can never become markup.
import type { RelationType } from "@backchannel/schema";

export type MarkKind = "source" | "target" | "verb" | "what";
export interface Segment {
  text: string;
  mark: MarkKind | null;
}

/** Word stems that carry each relation, matched at word starts, case-insensitively. */
export const RELATION_VERBS: Record<RelationType, string[]> = {
  MEDIATES: ["mediat", "broker", "facilitat", "intermediar", "go-between"],
  MEETS: ["met", "meet", "talks", "held talks", "discuss", "hosted", "visit"],
  DEMANDS: ["demand", "call for", "called for", "calls for", "urg", "insist", "press"],
  ATTENDS: ["attend", "join", "participat", "took part", "take part", "talks", "delegation"],
  AFFILIATED_WITH: ["spokes", "director", "minister", "president", "envoy", "head", "leader", "chief", "official"],
  PART_OF: ["ministry", "agency", "office", "wing", "department"],
  MENTIONED_IN: [],
};

export interface MarkTerm {
  text: string;
  kind: MarkKind;
  /** Stems match as word prefixes ("mediat" → "mediators"); names match whole words. */
  stem?: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A letter or digit of any script: what a name may not touch on either side (JS \b knows ASCII only). */
const WORD = /[\p{L}\p{N}]/u;
/** What a stem may go on with ("mediat" → "mediators", "go-between"). */
const STEM_TAIL = /[\p{L}-]/u;

/** The code point that ends just before `at`, as a string ("" at the start). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return "";
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

/** The code point that starts at `at`, as a string ("" at the end). */
function charAt(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/** Where a match of a term's body from `start` to `end` ends once its tail is read, or -1 when a letter or digit follows it. */
function matchEnd(sentence: string, end: number, stem: boolean): number {
  if (stem) {
    let at = end;
    for (let c = charAt(sentence, at); c && STEM_TAIL.test(c); c = charAt(sentence, at)) at += c.length;
    return at;
  }
  // A possessive ("Kirby's", "Kirby’s") is part of the name when nothing word-like follows it.
  const tail = sentence.slice(end, end + 2).toLowerCase();
  if ((tail === "'s" || tail === "’s") && !WORD.test(charAt(sentence, end + 2))) return end + 2;
  return WORD.test(charAt(sentence, end)) ? -1 : end;
}

/**
 * The term's body as a regular expression, case-insensitive, without the Unicode flag: the word
 * boundaries are checked apart (WORD, compiled once). Compiling \p{L} classes under the flags "iu"
 * for every term took 1–3 ms per evidence sentence (every relationship names other actors), seconds
 * for the details panel of a node of 500 relationships. Kept per body, so a node's own names compile once.
 */
const bodies = new Map<string, RegExp>();
function bodyPattern(text: string): RegExp {
  let re = bodies.get(text);
  if (!re) {
    if (bodies.size >= 2000) bodies.clear();
    re = new RegExp(escapeRegExp(text).replace(/\s+/g, "\\s+"), "gi");
    bodies.set(text, re);
  }
  return re;
}

/**
 * Marks every occurrence of the terms. Longer terms win over shorter overlapping ones
 * ("John Kirby" over "Kirby"); overlaps are resolved left to right. A name matches as a whole word
 * (with a possessive), a stem as the start of one; letters and digits of every script count.
 */
export function highlightSegments(sentence: string, terms: readonly MarkTerm[]): Segment[] {
  const usable = terms.filter((t) => t.text.trim().length >= 2).sort((a, b) => b.text.length - a.text.length);
  const spans: { start: number; end: number; kind: MarkKind }[] = [];
  for (const t of usable) {
    const re = bodyPattern(t.text.trim());
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = WORD.test(charBefore(sentence, start)) ? -1 : matchEnd(sentence, start + m[0].length, t.stem === true);
      // Not a match here: look again from the next character, as a regular expression would.
      if (end < 0) {
        re.lastIndex = start + 1;
        continue;
      }
      re.lastIndex = end;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, kind: t.kind });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ text: sentence.slice(at, s.start), mark: null });
    out.push({ text: sentence.slice(s.start, s.end), mark: s.kind });
    at = s.end;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), mark: null });
  return out;
}

/** Segments already computed, per evidence entry: its sentence and terms, and what they gave. */
const marked = new WeakMap<object, { sentence: string; terms: string; segments: Segment[] }>();

/**
 * highlightSegments, computed once per `entry` (an evidence entry, which lives as long as the graph
 * keeps it) for a sentence and set of terms. The details panel is built again whenever the graph or
 * its evidence changes (an expansion, evidence that arrived), and would mark every sentence of the
 * node again.
 */
export function highlightEntry(entry: object, sentence: string, terms: readonly MarkTerm[]): Segment[] {
  const key = JSON.stringify(terms);
  const done = marked.get(entry);
  if (done && done.sentence === sentence && done.terms === key) return done.segments;
  const segments = highlightSegments(sentence, terms);
  marked.set(entry, { sentence, terms: key, segments });
  return segments;
}

/** The terms for one relationship: both endpoints' names and aliases, the verbs, and `what`. */
export function termsForRelation(
  type: RelationType,
  source: { name: string; aliases?: string[] },
  target: { name: string; aliases?: string[] },
  what?: string,
): MarkTerm[] {
  const names = (n: { name: string; aliases?: string[] }, kind: MarkKind) => [n.name, ...(n.aliases ?? [])].map((text) => ({ text, kind }));
  return [
    ...names(source, "source"),
    ...names(target, "target"),
    ...RELATION_VERBS[type].map((text) => ({ text, kind: "verb" as const, stem: true })),
    ...(what ? [{ text: what, kind: "what" as const }] : []),
  ];
}
