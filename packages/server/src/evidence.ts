// Evidence apart from the graph: the viewer loads the graph without it (GET /api/graph?evidence=none,
// most of the bytes) and asks GET /api/evidence for the node or relationship the details panel shows.
import { type Evidence, type EvidenceResponse, type GraphJson, NODE_TYPES, type NodeType, type RelationshipEvidence } from "@backchannel/schema";
import type { Store } from "@backchannel/store";

/** The graph with every edge's `evidence` left out (no longer a contract graph.json: for the viewer only). */
export function withoutEvidence(graph: GraphJson): GraphJson {
  return { ...graph, edges: graph.edges.map(({ attributes: { evidence: _e, ...rest }, ...edge }) => ({ ...edge, attributes: rest as never })) };
}

/** Rows one answer carries at most: a node with more relationships gets `truncated`. */
export const EVIDENCE_ROW_LIMIT = 10_000;

export type EvidenceQuery = { node: string } | { type: string; source: string; target: string };

/** `(a:State {id: $a})` for a key "state:…" (keys carry their label, packages/schema ids.ts), so the id index is used. */
function nodePattern(variable: string, key: string): string {
  const label: NodeType | undefined = NODE_TYPES.find((t) => key.startsWith(`${t.toLowerCase()}:`));
  return label ? `(${variable}:${label} {id: $${variable}})` : `(${variable} {id: $${variable}})`;
}

/** Neo4j mode: the same answer as MemoryGraph.evidence, through the store's read-only query path. */
export async function neo4jEvidence(store: Store, q: EvidenceQuery, timeoutMs?: number): Promise<EvidenceResponse> {
  const [cypher, params] =
    "node" in q
      ? [`MATCH ${nodePattern("a", q.node)}-[r]-() WHERE NOT r:MENTIONED_IN RETURN r`, { a: q.node }]
      : [`MATCH ${nodePattern("a", q.source)}-[r]->${nodePattern("b", q.target)} WHERE type(r) = $type RETURN r`, { a: q.source, b: q.target, type: q.type }];
  const res = await store.query(cypher, { params, limit: EVIDENCE_ROW_LIMIT, timeoutMs });
  const relationships = res.graph.edges.map(
    (e): RelationshipEvidence => ({
      type: e.attributes.type,
      source: e.source,
      target: e.target,
      evidence: (e.attributes.evidence as Evidence[] | undefined) ?? [],
    }),
  );
  return { relationships, truncated: res.truncated };
}
