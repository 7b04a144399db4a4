// The Cypher pieces every lookup shares, and records back into facts: endpoints as small maps, the
// date window as one WHERE fragment, Neo4j dates back to ISO strings.
import { type Fact, type DateWindow, type NodeRef, type NodeType, spanOf } from "@backchannel/schema";
import neo4j from "neo4j-driver";
import { evidenceFromProperties } from "../rows.js";

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

/** What a ref() map comes back as. */
export interface RefRow {
  id: unknown;
  name: unknown;
  date: unknown;
  place: unknown;
  label: unknown;
}

export const refOfRow = (m: RefRow): NodeRef => {
  const r: NodeRef = { key: String(m.id), type: (typeof m.label === "string" ? m.label : "Group") as NodeType, name: String(m.name ?? m.id) };
  const date = isoDay(m.date);
  if (date) r.date = date;
  if (typeof m.place === "string") r.place = m.place;
  return r;
};

/** The fields every fact query returns: `r` the relationship, `s`/`t` its endpoints, optional `via`. */
export const FACT_RETURN = `type(r) AS type, ${ref("startNode(r)")} AS s, ${ref("endNode(r)")} AS t, properties(r) AS p`;

/**
 * `r` was seen in the window $since..$until (see DateWindow). firstSeen/lastSeen are Neo4j dates; a
 * relationship without them compares as null and is left out, as soon as either end is given.
 */
export const inWindow = (r: string) => `(($since IS NULL OR ${r}.lastSeen >= date($since)) AND ($until IS NULL OR ${r}.firstSeen <= date($until)))`;

export const windowParams = (w: DateWindow | undefined) => ({ since: w?.since ?? null, until: w?.until ?? null });

export interface RecordLike {
  get(k: string): unknown;
  has(k: string): boolean;
}

export function toFact(rec: RecordLike): Fact {
  const p = rec.get("p") as Record<string, unknown>;
  const evidence = evidenceFromProperties(p);
  const fact: Fact = {
    type: String(rec.get("type")),
    from: refOfRow(rec.get("s") as RefRow),
    to: refOfRow(rec.get("t") as RefRow),
    evidence,
  };
  if (typeof p.what === "string") fact.what = p.what;
  if (typeof p.role === "string") fact.role = p.role;
  if (typeof p.cameo === "string") fact.cameo = p.cameo;
  if (rec.has("via") && rec.get("via")) fact.via = refOfRow(rec.get("via") as RefRow);
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
