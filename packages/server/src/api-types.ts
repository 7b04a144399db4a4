// The HTTP API's request and response shapes, shared with the viewer (type-only imports there).
import type { GraphJson, NodeType } from "@backchannel/schema";
import type { ReadOnlyQueryResult } from "@backchannel/store";

export interface InfoResponse {
  /** "neo4j": backed by a Neo4j database; "memory": a graph.json served from memory (no Cypher). */
  mode: "neo4j" | "memory";
  nodes: number;
  edges: number;
  /** Whether POST /api/query is available. */
  cypher: boolean;
}

/** GET /api/graph: the whole graph (graphology serialisation, ../shared/ONTOLOGY.md). */
export type GraphResponse = GraphJson;

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
