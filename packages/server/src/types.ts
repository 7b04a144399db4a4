import type { GraphJson } from "@backchannel/schema";
import type { Store } from "@backchannel/store";
import type { WarmUpReport } from "./warm-up.js";

export interface ServerOptions {
  host?: string;
  port?: number;
  /** The built viewer (packages/viewer/dist). */
  staticDir?: string;
  /** Memory mode: serve this graph.json (path or value) without Neo4j. */
  graphFile?: string;
  graph?: GraphJson;
  /** Memory mode: the article texts `extract` wrote beside graph.json (GET /api/article); none, no texts. */
  articleTextsFile?: string;
  /** Neo4j mode. */
  store?: Store;
  /** Neo4j mode: nodes, and relationships, GET /api/graph carries at most (default 200,000); past it the answer says `truncated`. */
  graphLimit?: number;
  /** Cypher defaults for POST /api/query. */
  queryTimeoutMs?: number;
  queryRowLimit?: number;
  /** POST /api/query stops adding rows (truncated) once they pass this many bytes of JSON. */
  queryMaxBytes?: number;
  /**
   * Host names the server answers to besides localhost, IP addresses and the bound address (a proxy's
   * or this machine's name). Requests naming any other host are refused: DNS rebinding.
   */
  allowedHosts?: readonly string[];
  /**
   * Neo4j mode: ask explore mode's questions once at start-up, in the background, so that Neo4j has
   * planned their statements before a user asks (warm-up.ts). Default true.
   */
  warmUp?: boolean;
  /** Neo4j mode: what to do about queries Neo4j keeps running past their timeout (watchdog.ts). */
  watchdog?: WatchdogOptions;
}

export interface WatchdogOptions {
  /**
   * Restarts the Neo4j the store talks to. Give it only for the project's own local server (the CLI
   * does when NEO4J_URI is not set); without it the watchdog terminates and logs, never restarts.
   */
  restartNeo4j?: () => Promise<void>;
  /** How long after the client gave up on a query its transaction may still run (default 5 s). */
  graceMs?: number;
  /** Where the watchdog reports (default stderr). */
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Neo4j mode with `warmUp`: the start-up warm-up, under way or done (it never rejects). */
  warmedUp?: Promise<WarmUpReport>;
  close(): Promise<void>;
}
