// The HTTP API and the viewer's static files, on 127.0.0.1 by default. Neo4j credentials stay here:
// the browser only ever talks to /api.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type ErrorResponse,
  type EvidenceResponse,
  type GraphJson,
  type InfoResponse,
  type LookupBackend,
  type LookupResponse,
  parseGraphJson,
  QueryRequestSchema,
  type QueryResponse,
  type SearchResponse,
} from "@backchannel/schema";
import { NameResolutionError, QueryRefusedError, QueryTimeoutError, type Store } from "@backchannel/store";
import { readFile } from "node:fs/promises";
import { neo4jEvidence, type EvidenceQuery } from "./evidence.js";
import { HttpError, readJsonBody, sendJson, sendJsonText, serveStatic } from "./http.js";
import { MemoryGraph } from "./memory-backend.js";
import { openApiDocument } from "./openapi.js";
import {
  EvidenceParamsSchema,
  GraphParamsSchema,
  LOOKUP_KINDS,
  LookupParamsSchema,
  type LookupParams,
  SearchParamsSchema,
  parseOrThrow,
  type LookupKind,
} from "./validate.js";

export interface ServerOptions {
  host?: string;
  port?: number;
  /** The built viewer (packages/viewer/dist). */
  staticDir?: string;
  /** Memory mode: serve this graph.json (path or value) without Neo4j. */
  graphFile?: string;
  graph?: GraphJson;
  /** Neo4j mode. */
  store?: Store;
  /** Cypher defaults for POST /api/query. */
  queryTimeoutMs?: number;
  queryRowLimit?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  let memory: MemoryGraph | undefined;
  if (!opts.store) {
    const graph = opts.graph ?? (opts.graphFile ? parseGraphJson(JSON.parse(await readFile(opts.graphFile, "utf8"))) : undefined);
    if (!graph) throw new Error("startServer needs a store (Neo4j) or a graph (memory mode)");
    memory = new MemoryGraph(graph);
    void memory.graphJson; // serialise at start-up, not on the first page load
    void memory.leanGraphJson; // what the viewer loads
  }
  const store = opts.store;

  const api = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /api/openapi.json") return sendJson(res, 200, openApiDocument());
    if (route === "GET /api/info") {
      const counts = store ? await store.counts() : { nodes: memory!.graph.nodes.length, relationships: memory!.graph.edges.length };
      const body: InfoResponse = { mode: store ? "neo4j" : "memory", nodes: counts.nodes, edges: counts.relationships, cypher: Boolean(store) };
      return sendJson(res, 200, body);
    }
    if (route === "GET /api/graph") {
      const { evidence } = parseOrThrow(GraphParamsSchema, Object.fromEntries(url.searchParams));
      if (!store) return sendJsonText(res, 200, evidence === "none" ? memory!.leanGraphJson : memory!.graphJson);
      return sendJson(res, 200, await store.exportGraph({ evidence: evidence !== "none" }));
    }
    if (route === "GET /api/evidence") {
      const p = parseOrThrow(EvidenceParamsSchema, Object.fromEntries(url.searchParams));
      const q: EvidenceQuery = p.node !== undefined ? { node: p.node } : { type: p.type!, source: p.source!, target: p.target! };
      const body: EvidenceResponse = store ? await neo4jEvidence(store, q, opts.queryTimeoutMs) : memory!.evidence(q);
      return sendJson(res, 200, body);
    }
    if (route === "GET /api/search") {
      const p = parseOrThrow(SearchParamsSchema, Object.fromEntries(url.searchParams));
      const results = store ? (await store.lookups.search(p.q, p.limit)).map(({ score: _s, date: _d, place: _p, ...r }) => r) : memory!.search(p.q, p.limit);
      const body: SearchResponse = { results };
      return sendJson(res, 200, body);
    }
    if (route === "POST /api/query") {
      const body = parseOrThrow(QueryRequestSchema, await readJsonBody(req));
      if (!store) throw new HttpError(503, "the Cypher box needs Neo4j: this server serves a graph.json from memory (run `backchannel serve` without --graph)");
      const r = await store.query(body.cypher, {
        params: body.params ?? {},
        limit: body.limit ?? opts.queryRowLimit,
        timeoutMs: opts.queryTimeoutMs,
      });
      const out: QueryResponse = r;
      return sendJson(res, 200, out);
    }
    const lookup = /^GET \/api\/lookup\/([a-z]+)$/.exec(route);
    if (lookup) {
      const kind = lookup[1] as LookupKind;
      if (!LOOKUP_KINDS.includes(kind)) throw new HttpError(404, `unknown lookup ${kind}; known: ${LOOKUP_KINDS.join(", ")}`);
      const p = parseOrThrow(LookupParamsSchema, Object.fromEntries(url.searchParams));
      return sendJson(res, 200, await runLookup(store ? store.lookups : memory!, kind, p));
    }
    throw new HttpError(404, `no such endpoint: ${req.method} ${url.pathname}`);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const handle = async () => {
      if (url.pathname.startsWith("/api/")) return api(req, res, url);
      if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "method not allowed");
      if (opts.staticDir && (await serveStatic(opts.staticDir, url.pathname, res))) return;
      throw new HttpError(404, opts.staticDir ? "not found" : "the viewer is not built (run `npm run build`)");
    };
    handle().catch((err: unknown) => {
      if (res.headersSent) return res.end();
      if (err instanceof HttpError) return sendJson(res, err.status, { error: err.message, ...(err.field ? { field: err.field } : {}) });
      if (err instanceof QueryRefusedError) return sendJson(res, 400, { error: err.message, field: "cypher" });
      if (err instanceof QueryTimeoutError) return sendJson(res, 408, { error: err.message });
      if (err instanceof NameResolutionError) return sendJson(res, ...nameErrorResponse(err));
      console.error(`backchannel serve: ${req.method} ${url.pathname}: ${(err as Error).message}`);
      sendJson(res, 500, { error: "internal error; see the server's log" });
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 8080, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** An ambiguous name is a conflict the caller settles by picking a candidate (409); an unknown one is 404, maybe with suggestions. */
function nameErrorResponse(err: NameResolutionError): [number, ErrorResponse] {
  if (err.kind === "ambiguous") return [409, { error: err.message, field: "name", candidates: err.candidates }];
  return [404, { error: err.message, field: "name", ...(err.candidates.length ? { suggestions: err.candidates } : {}) }];
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
