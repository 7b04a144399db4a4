// The HTTP API's response shapes: the server answers with them, the viewer and any other client
// read them, and the server's OpenAPI document (GET /api/openapi.json) is generated from them.
import { z } from "zod";
import { ArticleTextSchema } from "./article-texts.js";
import { EvidenceSchema, GraphJsonSchema, SerializedEdgeSchema, SerializedNodeSchema } from "./graph.js";
import { ChangesSchema, FactSchema, NodeRefSchema } from "./lookups/index.js";
import { NODE_TYPES, RELATION_TYPES } from "./ontology.js";

/** GET /api/article?id=: an article's text (evidence offsets point into it) and what is known of it. */
export const ArticleResponseSchema = ArticleTextSchema;
export type ArticleResponse = z.infer<typeof ArticleResponseSchema>;

export const InfoResponseSchema = z.object({
  /** "neo4j": backed by a Neo4j database; "memory": a graph.json served from memory (no Cypher). */
  mode: z.enum(["neo4j", "memory"]),
  nodes: z.number().int(),
  edges: z.number().int(),
  /** Whether POST /api/query is available. */
  cypher: z.boolean(),
});
export type InfoResponse = z.infer<typeof InfoResponseSchema>;

/** GET /api/health: 200 with "ok" while the server can answer, 503 with "unavailable" while Neo4j cannot. */
export const HealthResponseSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  mode: z.enum(["neo4j", "memory"]),
  /** Why not, and what brings it back (only when unavailable). */
  error: z.string().optional(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

/**
 * GET /api/graph: the whole graph (graphology serialisation, docs/ontology.md).
 * GET /api/graph?evidence=none: the same without the edges' `evidence` (most of the bytes); the
 * viewer loads that and asks /api/evidence for what the details panel shows.
 * `truncated` says whether the answer holds the whole graph.
 */
export const GraphResponseSchema = GraphJsonSchema.extend({
  /**
   * True when the server stopped short of the whole graph (Neo4j mode caps what one answer carries):
   * the viewer says so, and explore mode (GET /api/neighbourhood) is the way to see the rest.
   */
  truncated: z.boolean().optional(),
});
export type GraphResponse = z.infer<typeof GraphResponseSchema>;

/** One relationship's evidence. `key` is there when the graph.json gave the edge a key of its own. */
export const RelationshipEvidenceSchema = z.object({
  key: z.string().optional(),
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type RelationshipEvidence = z.infer<typeof RelationshipEvidenceSchema>;

/**
 * GET /api/evidence?node=<key>: every relationship of the node but MENTIONED_IN (provenance);
 * GET /api/evidence?type=&source=&target=: that one relationship (none when it does not exist).
 * `truncated` when a node had more relationships than one answer carries.
 */
export const EvidenceResponseSchema = z.object({
  relationships: z.array(RelationshipEvidenceSchema),
  truncated: z.boolean(),
});
export type EvidenceResponse = z.infer<typeof EvidenceResponseSchema>;

export const SearchResultSchema = z.object({
  key: z.string(),
  type: z.enum(NODE_TYPES),
  name: z.string(),
  aliases: z.array(z.string()),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** GET /api/search?q=...&limit=... */
export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

/** POST /api/query body. */
export const QueryRequestSchema = z.object({
  cypher: z.string().min(1, "cypher must not be empty").max(100_000),
  params: z.record(z.string(), z.unknown()).optional(),
  /** Row limit (default 1,000, capped). */
  limit: z.number().int().min(1).max(100_000).optional(),
});
export type QueryRequest = z.infer<typeof QueryRequestSchema>;

/** The answer to a read-only Cypher query. Rows are JSON values; nodes and relationships in them also fill `graph`. */
export const QueryResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  truncated: z.boolean(),
  graph: z.object({ nodes: z.array(SerializedNodeSchema), edges: z.array(SerializedEdgeSchema) }),
  elapsedMs: z.number(),
});
export type QueryResult = z.infer<typeof QueryResultSchema>;
/** POST /api/query response. */
export type QueryResponse = QueryResult;

/** GET /api/lookup/<kind>: facts, for `paths` the shortest paths as lists of facts, for `changes` what started and stopped. */
export const LookupResponseSchema = z.union([z.object({ facts: z.array(FactSchema) }), z.object({ paths: z.array(z.array(FactSchema)) }), ChangesSchema]);
export type LookupResponse = z.infer<typeof LookupResponseSchema>;

/**
 * Every error: 4xx/5xx with this body. `field` names the bad request field for 400s. A name that
 * matches several nodes (409) lists them in `candidates`; an unknown one (404) may come with
 * `suggestions` (did you mean).
 */
export const ErrorResponseSchema = z.object({
  error: z.string(),
  field: z.string().optional(),
  candidates: z.array(NodeRefSchema).optional(),
  suggestions: z.array(NodeRefSchema).optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
