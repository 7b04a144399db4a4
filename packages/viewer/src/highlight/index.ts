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

/**
 * Marks every occurrence of the terms. Longer terms win over shorter overlapping ones
 * ("John Kirby" over "Kirby"); overlaps are resolved left to right.
 */
export function highlightSegments(sentence: string, terms: readonly MarkTerm[]): Segment[] {
  const usable = terms.filter((t) => t.text.trim().length >= 2).sort((a, b) => b.text.length - a.text.length);
  const spans: { start: number; end: number; kind: MarkKind }[] = [];
  for (const t of usable) {
    const body = escapeRegExp(t.text.trim()).replace(/\s+/g, "\\s+");
    // \p{L}-aware word boundaries: JS \b only knows ASCII letters.
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}${t.stem ? "[\\p{L}-]*" : "(?:'s|’s)?(?![\\p{L}\\p{N}])"}`, "giu");
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || spans.some((s) => start < s.end && end > s.start)) continue;
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
 * node again, one Unicode regular expression per term and sentence.
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
