// The Cypher pieces every lookup shares, and records back into facts: endpoints as small maps, the
// date window as one WHERE fragment, Neo4j dates back to ISO strings.
import { type Fact, type DateWindow, type NodeRef, type NodeType, spanOf } from "@backchannel/schema";
import neo4j from "neo4j-driver";
import { evidenceFromProperties } from "../rows.js";
import type { FactRow, FactTable, RefRow } from "./types.js";

export type { RefRow } from "./types.js";

/** A Neo4j Date (or a string) as ISO `YYYY-MM-DD`; anything else as undefined. */
export function isoDay(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && neo4j.isDate(v)) return String(v);
  return undefined;
}

/**
 * A node as the few fields a NodeRef needs: a whole node would also carry its aliases, articles and
 * search text, which every fact would send again for each endpoint.
 */
export const ref = (n: string) => `{id: ${n}.id, name: ${n}.name, date: ${n}.date, place: ${n}.place, label: head(labels(${n}))}`;

export const refOfRow = (m: RefRow): NodeRef => {
  const r: NodeRef = { key: String(m.id), type: (typeof m.label === "string" ? m.label : "Group") as NodeType, name: String(m.name ?? m.id) };
  const date = isoDay(m.date);
  if (date) r.date = date;
  if (typeof m.place === "string") r.place = m.place;
  return r;
};

/**
 * The Article nodes of r's articles, in the fact's own query: asked for in a second read, they made
 * every lookup two round trips, and a round trip is most of a lookup's time (docs/benchmarks.md).
 * Keyed like articleKey(); an article without a node is simply absent. Its variables are named so
 * that no query that uses FACT names its own alike (Cypher refuses a subquery's shadowing names).
 */
const ARTICLES = (r: string) =>
  `COLLECT { UNWIND coalesce(${r}.articles, []) AS articleId WITH DISTINCT articleId
     MATCH (article:Article {id: 'article:' + articleId}) RETURN [article.id, article.title, article.date, article.source] }`;

/**
 * One fact as a map (a FactRow): `r` the relationship; `via`, a meeting the fact was found through (a
 * ref()). `properties(r)` rather than a projection of the properties toFact() reads: it also carries
 * `evidenceKeys`, `sentences` and `loadHash`, but Neo4j reads a projection's properties one by one,
 * and that measured slower on the bench's graph (0.94 against 0.85 ms per neighbours call, p50).
 */
export const FACT = (r: string, via?: string) =>
  `{type: type(${r}), s: ${ref(`startNode(${r})`)}, t: ${ref(`endNode(${r})`)}, p: properties(${r}), a: ${ARTICLES(r)}${via ? `, via: ${via}` : ""}}`;

/**
 * The facts of the rows before it (each binds `r`, and `via`, a meeting node or null, when `via`),
 * as one map `answer` (a FactTable): each fact a list that names its nodes by element id, and each
 * node once. A row per fact, each with its endpoints' ref() maps, sent a person's 50 shared-meeting
 * facts with the meeting's map 100 times; the driver's decoding of those maps was most of `met`'s
 * time (4.3 ms against 2.6 ms for the table, p50, on the bench's graph).
 */
export const FACT_TABLE = (via: boolean) =>
  `WITH collect([type(r), elementId(startNode(r)), elementId(endNode(r)), properties(r), ${ARTICLES("r")}${via ? ", elementId(via)" : ""}]) AS facts,
        collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r))${via ? " + collect(DISTINCT via)" : ""} AS ends
   RETURN {facts: facts, nodes: [node IN COLLECT { UNWIND ends AS e RETURN DISTINCT e } | [elementId(node), node.id, node.name, node.date, node.place, head(labels(node))]]} AS answer`;

/** A FactTable's facts as FactRows. */
export function factRowsOf(table: FactTable): FactRow[] {
  const nodes = new Map(table.nodes.map(([e, id, name, date, place, label]) => [e, { id, name, date, place, label }]));
  const node = (e: unknown): RefRow => nodes.get(e) ?? { id: null, name: null, date: null, place: null, label: null };
  return table.facts.map(([type, s, t, p, a, via]) => ({ type, s: node(s), t: node(t), p, a, ...(via ? { via: node(via) } : {}) }));
}

/**
 * `r` was seen in the window $since..$until (see DateWindow). firstSeen/lastSeen are Neo4j dates; a
 * relationship without them compares as null and is left out, as soon as either end is given.
 */
export const inWindow = (r: string) => `(($since IS NULL OR ${r}.lastSeen >= date($since)) AND ($until IS NULL OR ${r}.firstSeen <= date($until)))`;

export const windowParams = (w: DateWindow | undefined) => ({ since: w?.since ?? null, until: w?.until ?? null });

/** The fact in a FactRow, its evidence as stored (withArticles() adds what the Article nodes say). */
export function toFact(row: FactRow): Fact {
  const p = row.p;
  const evidence = evidenceFromProperties(p);
  const fact: Fact = {
    type: String(row.type),
    from: refOfRow(row.s),
    to: refOfRow(row.t),
    evidence,
  };
  if (typeof p.what === "string") fact.what = p.what;
  if (typeof p.role === "string") fact.role = p.role;
  if (typeof p.cameo === "string") fact.cameo = p.cameo;
  if (row.via) fact.via = refOfRow(row.via);
  const own = { firstSeen: isoDay(p.firstSeen), lastSeen: isoDay(p.lastSeen) };
  Object.assign(fact, spanOf(evidence, { ...(own.firstSeen ? { firstSeen: own.firstSeen } : {}), ...(own.lastSeen ? { lastSeen: own.lastSeen } : {}) }));
  return fact;
}

/** Lucene query syntax escaped, as a phrase, so user input is data. */
export function lucenePhrase(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&")}"`;
}

/** A Map, not an object literal: "constructor:x" or "__proto__:x" must find nothing, not Object.prototype's members. */
export const LABEL_OF_PREFIX: ReadonlyMap<string, NodeType> = new Map<string, NodeType>([
  ["person", "Person"],
  ["state", "State"],
  ["group", "Group"],
  ["meeting", "Meeting"],
  ["article", "Article"],
]);

/** The label a key carries ("state:qatar" -> State), when it is a key. */
export function labelOfKey(name: string): NodeType | undefined {
  return name.includes(":") ? LABEL_OF_PREFIX.get(name.split(":")[0] ?? "") : undefined;
}
