// GET /api/openapi.json: the API described for client generators and API tools, generated from the
// same zod schemas that validate requests (./validate.ts) and type responses (@backchannel/schema),
// so the document cannot drift from what the server accepts and answers.
import {
  ArticleResponseSchema,
  ErrorResponseSchema,
  EvidenceResponseSchema,
  GraphResponseSchema,
  HealthResponseSchema,
  InfoResponseSchema,
  LookupResponseSchema,
  NeighbourhoodResponseSchema,
  QueryRequestSchema,
  QueryResultSchema,
  SearchResponseSchema,
  TopActorsResponseSchema,
} from "@backchannel/schema";
import { z } from "zod";
import {
  ArticleParamsSchema,
  EvidenceParamsSchema,
  GraphParamsSchema,
  LOOKUP_KINDS,
  LookupParamsSchema,
  NeighbourhoodParamsSchema,
  SearchParamsSchema,
  TopActorsParamsSchema,
} from "./validate.js";

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (what OpenAPI 3.1 uses) of a zod schema, as a request (`input`) or a response (`output`). */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** Query parameters from a zod object schema: one parameter per property. */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const s = jsonSchema(schema, "input");
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries((s.properties ?? {}) as Record<string, JsonSchema>).map(([name, p]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema: p,
  }));
}

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema: jsonSchema(schema, "output") } } });
const ERRORS = {
  "400": json(ErrorResponseSchema, "a request field is missing or invalid; `field` names it"),
  "404": json(ErrorResponseSchema, "an unknown name, key or endpoint"),
};

function build(): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Backchannel API",
      version: "0.1.0",
      description:
        "A knowledge graph of negotiations read from news articles: the graph, evidence, search, read-only Cypher and lookups. " +
        "Every endpoint answers 403 to a Host header that does not name the server (DNS rebinding), 405 (with Allow) to another method, " +
        "and 503 while Neo4j is not reachable.",
    },
    paths: {
      "/api/health": {
        get: {
          summary: "whether the server can answer: in Neo4j mode, whether Neo4j does",
          responses: {
            "200": json(HealthResponseSchema, "up"),
            "503": json(HealthResponseSchema, "Neo4j is not reachable; `error` says how to bring it back"),
          },
        },
      },
      "/api/info": {
        get: { summary: "mode, node and edge counts, whether Cypher is available", responses: { "200": json(InfoResponseSchema, "the server") } },
      },
      "/api/graph": {
        get: {
          summary:
            "the whole graph as graphology JSON; evidence=none leaves the edges' evidence out; `truncated` when Neo4j mode stopped at its cap (200,000 nodes or relationships)",
          parameters: queryParameters(GraphParamsSchema),
          responses: { "200": json(GraphResponseSchema, "the graph (docs/ontology.md)"), "400": ERRORS["400"] },
        },
      },
      "/api/article": {
        get: {
          summary: "an article's text (evidence offsets point into it), title, date, source and url",
          parameters: queryParameters(ArticleParamsSchema),
          responses: {
            "200": json(ArticleResponseSchema, "the article"),
            "400": ERRORS["400"],
            "404": json(ErrorResponseSchema, "no such article, or no text for it"),
          },
        },
      },
      "/api/evidence": {
        get: {
          summary: "the evidence of a node's relationships (node), or of one relationship (type, source, target)",
          parameters: queryParameters(EvidenceParamsSchema),
          responses: { "200": json(EvidenceResponseSchema, "relationships with their evidence"), "400": ERRORS["400"] },
        },
      },
      "/api/search": {
        get: {
          summary: "nodes by name or alias",
          parameters: queryParameters(SearchParamsSchema),
          responses: { "200": json(SearchResponseSchema, "matching nodes"), "400": ERRORS["400"] },
        },
      },
      "/api/neighbourhood": {
        get: {
          summary:
            "explore mode: the nodes within `depth` steps of a node over the relationship types asked for (seen in the since/until window), and the relationships among them, without evidence; at most `limit` nodes, nearest and most connected first",
          parameters: queryParameters(NeighbourhoodParamsSchema),
          responses: {
            "200": json(NeighbourhoodResponseSchema, "the neighbourhood; `truncated` when the cap left nodes out"),
            ...ERRORS,
            "409": json(ErrorResponseSchema, "a name that fits several nodes: `candidates` lists them"),
          },
        },
      },
      "/api/top-actors": {
        get: {
          summary: "explore mode's starting points: the most connected actors (relationships but MENTIONED_IN)",
          parameters: queryParameters(TopActorsParamsSchema),
          responses: { "200": json(TopActorsResponseSchema, "actors with their degree, most first"), "400": ERRORS["400"] },
        },
      },
      "/api/query": {
        post: {
          summary: "read-only Cypher (Neo4j mode only)",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchema(QueryRequestSchema, "input") } } },
          responses: {
            "200": json(QueryResultSchema, "columns, rows, and the nodes and relationships they contain"),
            "400": json(ErrorResponseSchema, "refused (it could write, load files or call a procedure; too long or too deeply nested) or a Cypher error"),
            "403": json(ErrorResponseSchema, "sent by a page of another site (Origin)"),
            "415": json(ErrorResponseSchema, "the body is not application/json"),
            "422": json(ErrorResponseSchema, "the query needs more memory than one query may use"),
            "503": json(ErrorResponseSchema, "no Cypher: the server serves a graph.json from memory, or Neo4j is not reachable"),
            "504": json(ErrorResponseSchema, "the query ran out of time"),
          },
        },
      },
      "/api/lookup/{kind}": {
        get: {
          summary: "a ready question: facts with their evidence (paths: lists of facts)",
          parameters: [
            { name: "kind", in: "path", required: true, schema: { type: "string", enum: [...LOOKUP_KINDS] } },
            ...queryParameters(LookupParamsSchema),
          ],
          responses: {
            "200": json(LookupResponseSchema, "facts; paths for the paths lookup; started and stopped for changes"),
            ...ERRORS,
            "409": json(ErrorResponseSchema, "a name that fits several nodes: `candidates` lists them"),
          },
        },
      },
      "/api/openapi.json": { get: { summary: "this document", responses: { "200": { description: "OpenAPI 3.1" } } } },
    },
  };
}

let cached: JsonSchema | undefined;
/** Built on first request and kept: the schemas do not change while the server runs. */
export function openApiDocument(): JsonSchema {
  cached ??= build();
  return cached;
}
