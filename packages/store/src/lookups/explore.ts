// Explore mode over Neo4j: the steps of a neighbourhood walk (exploreNeighbourhood in
// @backchannel/schema decides what is kept) and the most connected actors. Every query starts from
// nodes found through their label's id index, so a walk costs what the neighbourhood holds, not what
// the database holds.
import { type LeanEdge, type NeighbourhoodSource, type RankedActor, RELATION_TYPES } from "@backchannel/schema";
import type { Record as Neo4jRecord } from "neo4j-driver";
import { EVIDENCE_PROPS, edgeFromProperties, LOAD_HASH, nodeFromProperties } from "../rows.js";
import { inWindow, LABEL_OF_PREFIX, labelOfKey, ref, type RefRow, refOfRow, windowParams } from "./cypher.js";

type Read = (cypher: string, params: Record<string, unknown>) => Promise<{ records: Neo4jRecord[] }>;

/**
 * Neo4j caches a plan per statement and per size bucket of each list parameter (1, 2–10, 11–100,
 * 101–1,000, 1,001–10,000, ...: measured on 5.26), and planning the walk's statements takes about
 * 0.5 s each on the bench's machine. A walk's key lists grow from 1 to its cap (500 by default), so
 * the first walk of each size bucket paid that again; a hub's first expansion (one key, then 500)
 * took 0.7 s where the next took 0.15 s. Padded to this length with a key no node has (""), every
 * list up to it falls in one bucket: one plan per statement, which the server's warm-up can make.
 */
export const KEY_LIST_LENGTH = 1_001;

/** The keys padded to KEY_LIST_LENGTH (a longer list is left as it is: only caps over 1,000 make one). */
export function padKeys(keys: string[]): string[] {
  while (keys.length < KEY_LIST_LENGTH) keys.push("");
  return keys;
}

/**
 * The keys as the walk's queries take them: `keys`, every key whose prefix names a label, `first` of
 * them the ones to start from (`from`'s), and `other`, `from`'s keys without such a prefix (hand-made
 * graphs), found without an index. `keys` is padded (padKeys) past its `first`: the padding is never
 * sought, and no node's key is "".
 *
 * One list of keys rather than one per label: with one list per label most walks met a new
 * combination of size buckets, and a new plan (a degree-0 actor's depth-1 walk took 0.8 s the first
 * time, 0.05 s after). `other` is not padded: each of its keys is sought without an index, and it is
 * empty on graphs the loader wrote.
 */
function keyParams(from: readonly string[], also: Iterable<string> = []): { keys: string[]; first: number; other: string[] } {
  const keys: string[] = [];
  const other: string[] = [];
  for (const k of from) (labelOfKey(k) ? keys : other).push(k);
  const first = keys.length;
  const listed = new Set(from);
  for (const k of also) if (!listed.has(k)) keys.push(k);
  return { keys: padKeys(keys), first, other };
}

/** `a`, one row per key of `$keys[..$first]` and `$other`, each found by its label's unique index (UNION ALL of one seek per label). */
const NODES_BY_KEY = `CALL {
  ${[...LABEL_OF_PREFIX].map(([prefix, t]) => `UNWIND $keys[..toInteger($first)] AS id WITH id WHERE id STARTS WITH "${prefix}:" MATCH (a:${t} {id: id}) RETURN a`).join(" UNION ALL ")}
  UNION ALL UNWIND $other AS id MATCH (a {id: id}) RETURN a
}`;

/**
 * The relationship types as a pattern (`:MEDIATES|MEETS`): a typed expand reads only those chains of
 * a dense node. Safe to splice: every name is checked against the ontology first.
 */
function typePattern(types: readonly string[]): string {
  const known = types.filter((t) => (RELATION_TYPES as readonly string[]).includes(t));
  if (!known.length) throw new Error("a neighbourhood needs at least one relationship type");
  return `:${known.join("|")}`;
}

/** Degree as both backends count it: every relationship but MENTIONED_IN (two degree reads, no expand). */
const DEGREE = (n: string) => `COUNT { (${n})--() } - COUNT { (${n})-[:MENTIONED_IN]-() }`;

export function neo4jNeighbourhoodSource(read: Read): NeighbourhoodSource {
  return {
    async step(frontier, q, kept, room) {
      // Degrees are counted and ranked here, and only the nodes that can make the cut cross the wire,
      // in one record: a hub's 16,000 neighbours as records took longer to decode than to find.
      const res = await read(
        `${NODES_BY_KEY}
         MATCH (a)-[r${typePattern(q.types)}]-(b) WHERE ${inWindow("r")}
         WITH DISTINCT b WHERE NOT b.id IN $keys AND NOT b.id IN $other
         WITH b.id AS key, ${DEGREE("b")} AS degree
         ORDER BY degree DESC
         WITH collect([key, degree]) AS found
         RETURN size(found) AS total,
                CASE WHEN $room = 0 THEN [] WHEN size(found) <= $room THEN found ELSE [x IN found WHERE x[1] >= found[toInteger($room) - 1][1]] END AS found`,
        { ...keyParams(frontier, kept), room, ...windowParams(q) },
      );
      const rec = res.records[0];
      const found = ((rec?.get("found") as [string, unknown][] | undefined) ?? []).map(([key, degree]) => ({ key: String(key), degree: Number(degree) }));
      return { found, total: Number(rec?.get("total") ?? 0) };
    },
    async subgraph(keys, q) {
      const res = await read(
        `${NODES_BY_KEY}
         WITH collect(a) AS kept
         CALL (kept) {
           UNWIND kept AS a
           RETURN collect([labels(a)[0], a { .*, text: null, searchText: null, loadHash: null }]) AS nodes
         }
         CALL (kept) {
           UNWIND kept AS a
           MATCH (a)-[r${typePattern(q.types)}]->(b) WHERE b IN kept AND ${inWindow("r")}
           RETURN collect([type(r), a.id, b.id, [k IN keys(r) WHERE NOT k IN $internalProps | [k, r[k]]]]) AS edges
         }
         RETURN nodes, edges`,
        { ...keyParams(keys), ...windowParams(q), internalProps: [...EVIDENCE_PROPS, LOAD_HASH] },
      );
      const rec = res.records[0];
      const nodes = ((rec?.get("nodes") as [string, Record<string, unknown>][] | undefined) ?? []).map(([label, props]) => {
        // Left out of the projection above (text and search text are long, the hash is the loader's).
        for (const k of ["text", "searchText", "loadHash"]) if (props[k] === null) delete props[k];
        return nodeFromProperties(label ?? "Group", props);
      });
      const edges = ((rec?.get("edges") as [string, string, string, [string, unknown][]][] | undefined) ?? []).map(([type, s, t, props]): LeanEdge => {
        const { evidence: _none, ...attributes } = edgeFromProperties(type, s, t, Object.fromEntries(props)).attributes;
        return { source: s, target: t, attributes: attributes as LeanEdge["attributes"] };
      });
      return { nodes, edges };
    },
  };
}

/** The `limit` actors with the most relationships but MENTIONED_IN, most first, ties by key. */
export async function neo4jTopActors(read: Read, limit: number): Promise<RankedActor[]> {
  const res = await read(
    `CALL { MATCH (n:Person) RETURN n UNION ALL MATCH (n:State) RETURN n UNION ALL MATCH (n:Group) RETURN n }
     WITH n, ${DEGREE("n")} AS degree
     ORDER BY degree DESC, n.id LIMIT toInteger($limit)
     RETURN ${ref("n")} AS n, degree`,
    { limit },
  );
  return res.records.map((r) => ({ ...refOfRow(r.get("n") as RefRow), degree: Number(r.get("degree")) }));
}
