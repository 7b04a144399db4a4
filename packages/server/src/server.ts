// The HTTP API and the viewer's static files, on 127.0.0.1 by default. Neo4j credentials stay here:
// the browser only ever talks to /api.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ErrorResponse, type HealthResponse, parseGraphJson } from "@backchannel/schema";
import { DatabaseUnavailableError, isUnavailable, NameResolutionError, QueryFailedError, QueryRefusedError, QueryTimeoutError } from "@backchannel/store";
import { readFile } from "node:fs/promises";
import { HttpError, sendJson, serveStatic } from "./http.js";
import { MemoryGraph } from "./memory-backend.js";
import { allowedHostNames, checkHost, checkOrigin, parseTarget } from "./request-guard.js";
import { apiRoutes, findRoute, NEO4J_DOWN } from "./routes.js";
import type { RunningServer, ServerOptions } from "./types.js";
import { QueryWatchdog } from "./watchdog.js";
import { warmUpExplore } from "./warm-up.js";

export type { RunningServer, ServerOptions } from "./types.js";

/** An error as the answer a client gets: never a 5xx for what the client sent. */
function errorAnswer(err: unknown): { status: number; body: Record<string, unknown>; headers?: Record<string, string> } | undefined {
  if (err instanceof HttpError) return { status: err.status, body: { error: err.message, ...(err.field ? { field: err.field } : {}) }, headers: err.headers };
  if (err instanceof QueryRefusedError) return { status: 400, body: { error: err.message, field: "cypher" } };
  if (err instanceof QueryFailedError) return { status: err.reason === "memory" ? 422 : 400, body: { error: err.message, field: "cypher" } };
  if (err instanceof QueryTimeoutError) return { status: 504, body: { error: err.message } };
  if (err instanceof NameResolutionError) return nameErrorAnswer(err);
  if (err instanceof DatabaseUnavailableError || isUnavailable(err)) return { status: 503, body: { error: NEO4J_DOWN } };
  return undefined;
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
  const routes = apiRoutes(opts, opts.store ? { store: opts.store } : { memory: memory! });
  const hostNames = allowedHostNames(host, opts.allowedHosts);
  const watchdog = opts.store ? new QueryWatchdog(opts.store, opts.watchdog) : undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Every check inside the error handling: a request that breaks one gets a 4xx, never a crash.
    checkHost(req, hostNames);
    const url = parseTarget(req);
    const method = req.method ?? "GET";
    if (url.pathname.startsWith("/api/")) {
      const route = findRoute(routes, url.pathname);
      if (!route) throw new HttpError(404, `no such endpoint: ${method} ${url.pathname}`);
      const run = route.methods[method as keyof typeof route.methods];
      if (!run) {
        const allow = Object.keys(route.methods).join(", ");
        throw new HttpError(405, `${method} is not allowed here; use ${allow}`, undefined, { Allow: allow });
      }
      if (method !== "GET") checkOrigin(req);
      if (watchdog?.restarting && url.pathname !== "/api/openapi.json") return sendRestarting(res, url.pathname);
      return run(req, res, url, route.params);
    }
    if (method !== "GET" && method !== "HEAD") throw new HttpError(405, "method not allowed", undefined, { Allow: "GET, HEAD" });
    if (opts.staticDir && (await serveStatic(opts.staticDir, url.pathname, res))) return;
    throw new HttpError(404, opts.staticDir ? "not found" : "the viewer is not built (run `npm run build`)");
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.end();
      const answer = errorAnswer(err);
      if (answer) return sendJson(res, answer.status, answer.body, answer.headers);
      console.error(`backchannel serve: ${req.method} ${JSON.stringify(req.url)}: ${(err as Error).message}`);
      sendJson(res, 500, { error: "internal error; see the server's log" });
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 8080, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  // After listening, never awaited here: the warm-up must not delay the start, and requests that come
  // during it are served beside it.
  const stopWarmUp = new AbortController();
  const warmedUp =
    opts.store && opts.warmUp !== false
      ? warmUpExplore(opts.store, { timeoutMs: opts.queryTimeoutMs, signal: stopWarmUp.signal }).then((r) => {
          if (r.failed && !stopWarmUp.signal.aborted) console.error(`backchannel serve: explore warm-up: ${r.failed} of ${r.questions} questions failed`);
          return r;
        })
      : undefined;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    ...(warmedUp ? { warmedUp } : {}),
    close: async () => {
      stopWarmUp.abort();
      await warmedUp;
      await new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      });
      await watchdog?.close();
    },
  };
}

const RESTARTING = "Neo4j is restarting: a query kept one of its cores busy after its timeout, which only a restart stops. Try again in a minute.";

/** While the watchdog restarts the local Neo4j, every request that needs it gets 503 (health in its own shape). */
function sendRestarting(res: ServerResponse, pathname: string): void {
  const headers = { "Retry-After": "30" };
  const health: HealthResponse = { status: "unavailable", mode: "neo4j", error: RESTARTING };
  sendJson(res, 503, pathname === "/api/health" ? health : { error: RESTARTING }, headers);
}

/** An ambiguous name is a conflict the caller settles by picking a candidate (409); an unknown one is 404, maybe with suggestions. */
function nameErrorAnswer(err: NameResolutionError): { status: number; body: ErrorResponse } {
  if (err.kind === "ambiguous") return { status: 409, body: { error: err.message, field: "name", candidates: err.candidates } };
  return { status: 404, body: { error: err.message, field: "name", ...(err.candidates.length ? { suggestions: err.candidates } : {}) } };
}
