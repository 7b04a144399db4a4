// The HTTP API's request and response shapes: the server answers with them, the viewer and any
// other client read them. Types only.
import type { Evidence, GraphJson, SerializedEdge, SerializedNode } from "./graph.js";
import type { Fact } from "./lookups.js";
import type { NodeType, RelationType } from "./ontology.js";

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

/** The answer to a read-only Cypher query. Rows are JSON values; nodes and relationships in them also fill `graph`. */
export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  graph: { nodes: SerializedNode[]; edges: SerializedEdge[] };
  elapsedMs: number;
}
/** POST /api/query response. */
export type QueryResponse = QueryResult;

/** GET /api/lookup/<kind>: facts, or for `paths` the shortest paths as lists of facts. */
export type LookupResponse = { facts: Fact[] } | { paths: Fact[][] };

/** Every error: 4xx/5xx with this body. `field` names the bad request field for 400s. */
export interface ErrorResponse {
  error: string;
  field?: string;
}
