// The HTTP API's request and response shapes, shared with the viewer (type-only imports there).
import type { Evidence, GraphJson, NodeType, RelationType } from "@backchannel/schema";
import type { ReadOnlyQueryResult } from "@backchannel/store";

export interface InfoResponse {
  /** "neo4j": backed by a Neo4j database; "memory": a graph.json served from memory (no Cypher). */
  mode: "neo4j" | "memory";
  nodes: number;
  edges: number;
  /** Whether POST /api/query is available. */
  cypher: boolean;
}

/**
 * GET /api/graph: the whole graph (graphology serialisation, docs/ontology.md).
 * GET /api/graph?evidence=none: the same without the edges' `evidence` (most of the bytes); the
 * viewer loads that and asks /api/evidence for what the details panel shows.
 */
export type GraphResponse = GraphJson;

/** One relationship's evidence. `key` is there when the graph.json gave the edge a key of its own. */
export interface RelationshipEvidence {
  key?: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence[];
}
/**
 * GET /api/evidence?node=<key>: every relationship of the node but MENTIONED_IN (provenance);
 * GET /api/evidence?type=&source=&target=: that one relationship (none when it does not exist).
 * `truncated` when a node had more relationships than one answer carries.
 */
export interface EvidenceResponse {
  relationships: RelationshipEvidence[];
  truncated: boolean;
}

export interface SearchResult {
  key: string;
  type: NodeType;
  name: string;
  aliases: string[];
}
/** GET /api/search?q=...&limit=... */
export interface SearchResponse {
  results: SearchResult[];
}

/** POST /api/query body. */
export interface QueryRequest {
  cypher: string;
  params?: Record<string, unknown>;
  /** Row limit (default 1,000, capped). */
  limit?: number;
}
/** POST /api/query response. Rows are JSON values; nodes and relationships in them also fill `graph`. */
export type QueryResponse = ReadOnlyQueryResult;

/** Every error: 4xx/5xx with this body. `field` names the bad request field for 400s. */
export interface ErrorResponse {
  error: string;
  field?: string;
}
