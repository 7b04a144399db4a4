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

/**
 * A relationship's evidence as the loader stores it (the store's edgeMergeCypher, read back by its
 * evidenceFromProperties): one JSON string per entry, or, on a hand-written relationship, parallel
 * lists of articles and sentences.
 */
function evidenceOf(json: unknown, articles: unknown, sentences: unknown): Evidence[] {
  const out: Evidence[] = [];
  for (const s of Array.isArray(json) ? json : []) {
    try {
      out.push(JSON.parse(String(s)) as Evidence);
    } catch {
      // Not JSON: a hand-written relationship; the lists below say what it has.
    }
  }
  if (out.length) return out;
  const said = Array.isArray(sentences) ? sentences : [];
  return (Array.isArray(articles) ? articles : []).map((article, i) => ({ article: String(article), sentence: String(said[i] ?? "") }));
}

/**
 * Neo4j mode: the same answer as MemoryGraph.evidence, through the store's read-only query path (its
 * timeout, row limit and watchdog). A node's relationships come back as plain values, not as
 * relationships: the query path turns each relationship into a graph edge with its two nodes looked up
 * again, which for a hub's 10,000 relationships took 1 to 1.6 s of the server's one thread (on the
 * bench's machine at load 8), and an Expand clicked meanwhile waited for it; as values, 0.2 to 0.4 s.
 */
export async function neo4jEvidence(store: Store, q: EvidenceQuery, timeoutMs?: number): Promise<EvidenceResponse> {
  if ("node" in q) {
    const res = await store.query(
      `MATCH ${nodePattern("a", q.node)}-[r]-() WHERE NOT r:MENTIONED_IN
       RETURN elementId(r) AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r.evidence AS evidence, r.articles AS articles, r.sentences AS sentences`,
      { params: { a: q.node }, limit: EVIDENCE_ROW_LIMIT, timeoutMs },
    );
    // A relationship from the node to itself matches twice (once each way): it is one relationship.
    const seen = new Set<unknown>();
    const relationships: RelationshipEvidence[] = [];
    for (const [id, type, source, target, evidence, articles, sentences] of res.rows) {
      if (seen.has(id)) continue;
      seen.add(id);
      relationships.push({
        type: String(type) as RelationshipEvidence["type"],
        source: String(source),
        target: String(target),
        evidence: evidenceOf(evidence, articles, sentences),
      });
    }
    return { relationships, truncated: res.truncated };
  }
  const res = await store.query(`MATCH ${nodePattern("a", q.source)}-[r]->${nodePattern("b", q.target)} WHERE type(r) = $type RETURN r`, {
    params: { a: q.source, b: q.target, type: q.type },
    limit: EVIDENCE_ROW_LIMIT,
    timeoutMs,
  });
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
