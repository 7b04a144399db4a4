// Relation scoring for one article. Edges are read as facts about gold entities (through the entity
// matching); each distinct fact may satisfy one required gold entry (a maximum matching), and a fact
// that satisfies no entry, required or optional, is a false positive. A correct but redundant fact
// (a second acceptable alternative) costs nothing.
import { isActorType } from "@backchannel/schema";
import { refIds } from "./gold.js";
import { maximumMatching } from "./matching.js";
import type { Counts, Detail, GoldArticle, GoldRef, PredictedGraph, RelationCategory } from "./types.js";

/** A fact's endpoints as gold ids; null where a node matched no gold entity, "*" for a non-actor target. */
type Value = (string | null)[];

interface Fact {
  value: Value;
  label: string;
  /** Co-attendance facts can satisfy gold entries but are never counted against the prediction. */
  derived?: boolean;
}

const has = (ref: GoldRef, id: string | null) => id !== null && refIds(ref).includes(id);

/** Indices of the gold pairs a predicted pair satisfies; "*" as a gold target accepts any target. */
function pairMatches([x, y]: Value, pairs: readonly (readonly [GoldRef, GoldRef])[], ordered: boolean): number[] {
  const out: number[] = [];
  pairs.forEach(([a, b], i) => {
    if ((has(a, x ?? null) && (b === "*" || has(b, y ?? null))) || (!ordered && has(a, y ?? null) && has(b, x ?? null))) out.push(i);
  });
  return out;
}

function oneMatches([x]: Value, list: readonly GoldRef[]): number[] {
  const out: number[] = [];
  list.forEach((ref, i) => {
    if (has(ref, x ?? null)) out.push(i);
  });
  return out;
}

/** The article's facts, by category; MEETS also gets the pairs of actors at the same meeting. */
function collectFacts(article: string, graph: PredictedGraph, assigned: Map<string, string>): Record<RelationCategory, Fact[]> {
  const facts: Record<RelationCategory, Fact[]> = { MEDIATES: [], MEETS: [], DEMANDS: [], AFFILIATED_WITH: [] };
  const gid = (key: string) => assigned.get(key) ?? null;
  const isMeeting = (key: string) => graph.nodes.get(key)?.type === "Meeting";
  const attendance = new Map<string, Set<string>>();
  const attend = (meeting: string, who: string | null) => {
    const members = attendance.get(meeting) ?? new Set<string>();
    attendance.set(meeting, members);
    if (who) members.add(who);
  };
  for (const e of graph.edges) {
    if (!e.articles.has(article)) continue;
    const s = gid(e.source);
    const t = gid(e.target);
    const label = `${graph.nodes.get(e.source)?.name ?? e.source} -[${e.type}]-> ${graph.nodes.get(e.target)?.name ?? e.target}`;
    if (e.type === "MEDIATES") {
      if (isMeeting(e.target)) attend(e.target, s);
      facts.MEDIATES.push({ value: [s], label });
    } else if (e.type === "ATTENDS") {
      if (isMeeting(e.target)) attend(e.target, s);
    } else if (e.type === "MEETS") {
      if (isMeeting(e.target)) attend(e.target, s);
      else if (isMeeting(e.source)) attend(e.source, t);
      else facts.MEETS.push({ value: [s, t], label });
    } else if (e.type === "DEMANDS") {
      const targetType = graph.nodes.get(e.target)?.type;
      facts.DEMANDS.push({ value: [s, targetType !== undefined && isActorType(targetType) ? t : "*"], label });
    } else if (e.type === "AFFILIATED_WITH") {
      facts.AFFILIATED_WITH.push({ value: [s, t], label });
    }
  }
  for (const members of attendance.values()) {
    const m = [...members];
    for (let i = 0; i < m.length; i++) {
      for (let j = i + 1; j < m.length; j++) facts.MEETS.push({ value: [m[i] ?? null, m[j] ?? null], label: `co-attendance ${m[i]} + ${m[j]}`, derived: true });
    }
  }
  return facts;
}

function scoreFacts(
  facts: Fact[],
  required: readonly unknown[],
  matchesOf: (v: Value, optional: boolean) => number[],
  key: (v: Value) => string,
  note: (kind: string, what: string) => void,
): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const seen = new Set<string>();
  const options: number[][] = [];
  for (const f of facts) {
    if (f.value.some((v) => v === null)) {
      counts.fp++;
      note("unmatched-endpoint", f.label);
      continue;
    }
    if (f.value.length === 2 && f.value[0] === f.value[1]) continue;
    const k = key(f.value);
    if (seen.has(k)) continue;
    seen.add(k);
    const requiredHits = matchesOf(f.value, false);
    if (!f.derived && !requiredHits.length && !matchesOf(f.value, true).length) {
      counts.fp++;
      note("spurious", f.label);
    }
    options.push(requiredHits);
  }
  const found = new Set(maximumMatching(options, required.length).filter((j) => j >= 0));
  counts.tp = found.size;
  required.forEach((entry, i) => {
    if (found.has(i)) return;
    counts.fn++;
    note("missed", JSON.stringify(entry));
  });
  return counts;
}

const unorderedKey = (v: Value) => [...v].sort().join("|");
const orderedKey = ([x, y]: Value) => `${x}>${y}`;

export function scoreRelations(article: string, ga: GoldArticle, graph: PredictedGraph, assigned: Map<string, string>) {
  const facts = collectFacts(article, graph, assigned);
  const details: Detail[] = [];
  const noter = (category: RelationCategory) => (kind: string, what: string) => details.push({ article, category, kind, what });
  const pairs = (req: [GoldRef, GoldRef][] | undefined, opt: [GoldRef, GoldRef][] | undefined, ordered: boolean) => ({
    required: req ?? [],
    matchesOf: (v: Value, optional: boolean) => pairMatches(v, (optional ? opt : req) ?? [], ordered),
  });
  const mediates = {
    required: ga.mediates ?? [],
    matchesOf: (v: Value, optional: boolean) => oneMatches(v, (optional ? ga.optional_mediates : ga.mediates) ?? []),
  };
  const meets = pairs(ga.meets, ga.optional_meets, false);
  const demands = pairs(ga.demands, ga.optional_demands, true);
  const affiliated = pairs(ga.affiliated, ga.optional_affiliated, true);
  const counts: Record<RelationCategory, Counts> = {
    MEDIATES: scoreFacts(facts.MEDIATES, mediates.required, mediates.matchesOf, ([x]) => String(x), noter("MEDIATES")),
    MEETS: scoreFacts(facts.MEETS, meets.required, meets.matchesOf, unorderedKey, noter("MEETS")),
    DEMANDS: scoreFacts(facts.DEMANDS, demands.required, demands.matchesOf, orderedKey, noter("DEMANDS")),
    AFFILIATED_WITH: scoreFacts(facts.AFFILIATED_WITH, affiliated.required, affiliated.matchesOf, orderedKey, noter("AFFILIATED_WITH")),
  };
  return { counts, details };
}
