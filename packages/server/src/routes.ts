// The API's endpoints: a path, and a handler per method (any other method is a 405 naming these).
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type ArticleResponse,
  type EvidenceResponse,
  type HealthResponse,
  type InfoResponse,
  type LookupBackend,
  type LookupResponse,
  type NeighbourhoodResponse,
  QueryRequestSchema,
  type QueryResponse,
  type SearchResponse,
  type TopActorsResponse,
} from "@backchannel/schema";
import type { Store } from "@backchannel/store";
import { ArticleTextFile } from "./article-texts.js";
import { neo4jEvidence, type EvidenceQuery } from "./evidence.js";
import { HttpError, readJsonBody, sendJson, sendJsonText } from "./http.js";
import type { MemoryGraph } from "./memory-backend.js";
import { openApiDocument } from "./openapi.js";
import type { ServerOptions } from "./types.js";
import {
  ArticleParamsSchema,
  EvidenceParamsSchema,
  GraphParamsSchema,
  LOOKUP_KINDS,
  LookupParamsSchema,
  type LookupParams,
  NeighbourhoodParamsSchema,
  TopActorsParamsSchema,
  SearchParamsSchema,
  parseOrThrow,
  type LookupKind,
} from "./validate.js";

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, params: Record<string, string>) => Promise<void>;
export interface Route {
  path: string | RegExp;
  methods: Partial<Record<"GET" | "POST", Handler>>;
}

export type Backend = { store: Store; memory?: undefined } | { store?: undefined; memory: MemoryGraph };

/** What brings the local Neo4j back, said in every 503 that Neo4j's absence causes. */
export const NEO4J_DOWN =
  "Neo4j is not reachable (stopped or crashed). Start it again with `npx backchannel neo4j start` " +
  "(or rerun `npm start` / `backchannel serve`); this server reconnects by itself.";

const query = (url: URL) => Object.fromEntries(url.searchParams);

export function apiRoutes(opts: ServerOptions, b: Backend): Route[] {
  const { store, memory } = b;
  const articleTexts = !store && opts.articleTextsFile ? new ArticleTextFile(opts.articleTextsFile) : undefined;
  return [
    { path: "/api/openapi.json", methods: { GET: async (_q, res) => sendJson(res, 200, openApiDocument()) } },
    {
      path: "/api/health",
      methods: {
        GET: async (_q, res) => {
          const up = store ? await store.ping() : true;
          const body: HealthResponse = up ? { status: "ok", mode: store ? "neo4j" : "memory" } : { status: "unavailable", mode: "neo4j", error: NEO4J_DOWN };
          sendJson(res, up ? 200 : 503, body);
        },
      },
    },
    {
      path: "/api/info",
      methods: {
        GET: async (_q, res) => {
          const counts = store ? await store.counts() : { nodes: memory.graph.nodes.length, relationships: memory.graph.edges.length };
          const body: InfoResponse = { mode: store ? "neo4j" : "memory", nodes: counts.nodes, edges: counts.relationships, cypher: Boolean(store) };
          sendJson(res, 200, body);
        },
      },
    },
    {
      path: "/api/graph",
      methods: {
        GET: async (_q, res, url) => {
          const { evidence } = parseOrThrow(GraphParamsSchema, query(url));
          if (!store) return sendJsonText(res, 200, evidence === "none" ? memory.leanGraphJson : memory.graphJson);
          const { graph, truncated } = await store.exportGraphPage({ evidence: evidence !== "none", ...(opts.graphLimit ? { limit: opts.graphLimit } : {}) });
          sendJson(res, 200, { ...graph, truncated });
        },
      },
    },
    {
      path: "/api/evidence",
      methods: {
        GET: async (_q, res, url) => {
          const p = parseOrThrow(EvidenceParamsSchema, query(url));
          const q: EvidenceQuery = p.node !== undefined ? { node: p.node } : { type: p.type!, source: p.source!, target: p.target! };
          const body: EvidenceResponse = store ? await neo4jEvidence(store, q, opts.queryTimeoutMs) : memory.evidence(q);
          sendJson(res, 200, body);
        },
      },
    },
    {
      path: "/api/article",
      methods: {
        GET: async (_q, res, url) => {
          const { id } = parseOrThrow(ArticleParamsSchema, query(url));
          const text = store ? await store.articleText(id) : await articleTexts?.get(id);
          if (!text)
            throw new HttpError(
              404,
              `no text for article ${id}: texts come from \`extract\` or \`build\` (written beside graph.json, loaded into Neo4j)`,
              "id",
            );
          const body: ArticleResponse = text;
          sendJson(res, 200, body);
        },
      },
    },
    {
      path: "/api/search",
      methods: {
        GET: async (_q, res, url) => {
          const p = parseOrThrow(SearchParamsSchema, query(url));
          const results = store ? (await store.lookups.search(p.q, p.limit)).map(({ score: _s, date: _d, place: _p, ...r }) => r) : memory.search(p.q, p.limit);
          const body: SearchResponse = { results };
          sendJson(res, 200, body);
        },
      },
    },
    {
      path: "/api/neighbourhood",
      methods: {
        GET: async (_q, res, url) => {
          const { name, ...q } = parseOrThrow(NeighbourhoodParamsSchema, query(url));
          const body: NeighbourhoodResponse = await (store ? store.lookups : memory).neighbourhood(name, q);
          sendJson(res, 200, body);
        },
      },
    },
    {
      path: "/api/top-actors",
      methods: {
        GET: async (_q, res, url) => {
          const { limit } = parseOrThrow(TopActorsParamsSchema, query(url));
          const body: TopActorsResponse = { actors: await (store ? store.lookups : memory).topActors(limit) };
          sendJson(res, 200, body);
        },
      },
    },
    {
      path: "/api/query",
      methods: {
        POST: async (req, res) => {
          const body = parseOrThrow(QueryRequestSchema, await readJsonBody(req));
          if (!store)
            throw new HttpError(503, "the Cypher box needs Neo4j: this server serves a graph.json from memory (run `backchannel serve` without --graph)");
          const out: QueryResponse = await store.query(body.cypher, {
            params: body.params ?? {},
            limit: body.limit ?? opts.queryRowLimit,
            timeoutMs: opts.queryTimeoutMs,
            ...(opts.queryMaxBytes ? { maxBytes: opts.queryMaxBytes } : {}),
          });
          sendJson(res, 200, out);
        },
      },
    },
    {
      path: /^\/api\/lookup\/([^/]*)$/,
      methods: {
        GET: async (_q, res, url, params) => {
          const kind = params.kind as LookupKind;
          if (!LOOKUP_KINDS.includes(kind)) throw new HttpError(404, `unknown lookup ${kind}; known: ${LOOKUP_KINDS.join(", ")}`);
          const p = parseOrThrow(LookupParamsSchema, query(url));
          sendJson(res, 200, await runLookup(store ? store.lookups : memory, kind, p));
        },
      },
    },
  ];
}

export function findRoute(routes: Route[], pathname: string): { methods: Route["methods"]; params: Record<string, string> } | undefined {
  for (const r of routes) {
    if (r.path === pathname) return { methods: r.methods, params: {} };
    if (r.path instanceof RegExp) {
      const m = r.path.exec(pathname);
      if (m) return { methods: r.methods, params: { kind: m[1] ?? "" } };
    }
  }
  return undefined;
}

/** What both backends answer: the store's Cypher lookups and the in-memory graphology ones. */
async function runLookup(L: LookupBackend, kind: LookupKind, p: LookupParams): Promise<LookupResponse> {
  const need = (v: string | undefined, field: string): string => {
    if (!v) throw new HttpError(400, `${field}: required for the ${kind} lookup`, field);
    return v;
  };
  const w = { ...(p.since ? { since: p.since } : {}), ...(p.until ? { until: p.until } : {}) };
  switch (kind) {
    case "mediators":
      return { facts: await L.mediators({ ...w, ...(p.meeting ? { meeting: p.meeting } : p.name && p.other ? { between: [p.name, p.other] } : {}) }) };
    case "meetings":
      return { facts: await L.meetings(need(p.name, "name"), w) };
    case "met":
      return { facts: await L.met(need(p.name, "name"), w) };
    case "demands":
      return { facts: await L.demands(need(p.name, "name"), p.direction, w) };
    case "affiliations":
      return { facts: await L.affiliations(need(p.name, "name"), w) };
    case "neighbours":
      return { facts: await L.neighbours(need(p.name, "name"), w) };
    case "paths":
      return { paths: await L.paths(need(p.name, "name"), need(p.other, "other"), w) };
    case "timeline":
      return { facts: await L.timeline(need(p.name, "name"), w) };
    case "changes":
      return L.changes({ from: need(p.from, "from"), to: need(p.to, "to"), ...(p.name ? { name: p.name } : {}) });
  }
}
