// Explore mode over Neo4j: the steps of a neighbourhood walk (exploreNeighbourhood in
// @backchannel/schema decides what is kept) and the most connected actors. Every query starts from
// nodes found through their label's id index, so a walk costs what the neighbourhood holds, not what
// the database holds.
import { type LeanEdge, type NeighbourhoodSource, NODE_TYPES, type RankedActor, RELATION_TYPES } from "@backchannel/schema";
import type { Record as Neo4jRecord } from "neo4j-driver";
import { EVIDENCE_PROPS, edgeFromProperties, nodeFromProperties } from "../rows.js";
import { inWindow, labelOfKey, ref, type RefRow, refOfRow, windowParams } from "./cypher.js";

type Read = (cypher: string, params: Record<string, unknown>) => Promise<{ records: Neo4jRecord[] }>;

/** Keys by the label their prefix names; keys without one (hand-made graphs) go to `other`, found without an index. */
function keysByLabel(keys: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = { other: [] };
  for (const t of NODE_TYPES) out[t] = [];
  for (const k of keys) out[labelOfKey(k) ?? "other"]!.push(k);
  return out;
}

/** `a`, one row per key, each found by its label's unique index (UNION ALL of one seek per label). */
const NODES_BY_KEY = `CALL {
  ${NODE_TYPES.map((t) => `UNWIND $${t} AS id MATCH (a:${t} {id: id}) RETURN a`).join(" UNION ALL ")}
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
    async step(frontier, q) {
      const res = await read(
        `${NODES_BY_KEY}
         MATCH (a)-[r${typePattern(q.types)}]-(b) WHERE ${inWindow("r")}
         WITH DISTINCT b
         RETURN b.id AS key, ${DEGREE("b")} AS degree`,
        { ...keysByLabel(frontier), ...windowParams(q) },
      );
      return res.records.map((r) => ({ key: String(r.get("key")), degree: Number(r.get("degree")) }));
    },
    async subgraph(keys, q) {
      const res = await read(
        `${NODES_BY_KEY}
         WITH collect(a) AS kept
         CALL (kept) {
           UNWIND kept AS a
           RETURN collect([labels(a)[0], a { .*, text: null }]) AS nodes
         }
         CALL (kept) {
           UNWIND kept AS a
           MATCH (a)-[r${typePattern(q.types)}]->(b) WHERE b IN kept AND ${inWindow("r")}
           RETURN collect([type(r), a.id, b.id, [k IN keys(r) WHERE NOT k IN $evidenceProps | [k, r[k]]]]) AS edges
         }
         RETURN nodes, edges`,
        { ...keysByLabel(keys), ...windowParams(q), evidenceProps: EVIDENCE_PROPS },
      );
      const rec = res.records[0];
      const nodes = ((rec?.get("nodes") as [string, Record<string, unknown>][] | undefined) ?? []).map(([label, props]) => {
        if (props.text === null) delete props.text;
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
