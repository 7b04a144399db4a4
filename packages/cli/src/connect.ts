// Where Neo4j is: NEO4J_URI and friends when set (Aura, a cluster, Docker), else the local server that
// `backchannel neo4j start` runs (started on demand for commands that need it).
import { connectionFromEnv, LauncherError, resolveConnection, restartLocalNeo4j } from "@backchannel/neo4j-local";
import { type ConnectionSettings, Store } from "@backchannel/store";
import { stripControls } from "./format.js";

export async function openStore(opts: { start: boolean; log: (m: string) => void }): Promise<Store> {
  const conn = await resolveConnection({ start: opts.start, log: opts.log, afterStart: warmUp });
  if (!process.env.NEO4J_URI && conn.managed) opts.log(`using the local Neo4j at ${conn.uri}`);
  return Store.open({ ...conn, retrySeconds: retrySeconds(process.env.BACKCHANNEL_RETRY_SECONDS) });
}

/** Plans the loader's statements on a server just started, so the first small build is not spent planning. */
export async function warmUp(c: ConnectionSettings): Promise<void> {
  const store = await Store.open(c);
  try {
    const r = await store.warmUp();
    log(`Neo4j warmed up (${r.statements} statements planned in ${Math.round(r.ms)} ms)`);
  } finally {
    await store.close();
  }
}

/**
 * What the server's query watchdog calls to free a core that a runaway query holds: a restart of the
 * local Neo4j, with its warm-up. Undefined when NEO4J_URI is set: a server someone else runs is never
 * restarted from here (the watchdog then only reports it).
 */
export function localNeo4jRestart(): (() => Promise<void>) | undefined {
  if (connectionFromEnv()) return undefined;
  return async () => {
    const c = await restartLocalNeo4j({ log });
    // Planned after the API answers again: reads need no warm-up, and it takes seconds.
    void warmUp(c).catch((err: unknown) => log(`warm-up after the restart failed: ${(err as Error).message.split("\n")[0]}`));
  };
}

/** BACKCHANNEL_RETRY_SECONDS: how long a write keeps retrying while Neo4j restarts (default 30). */
export function retrySeconds(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 30;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new LauncherError(`Invalid BACKCHANNEL_RETRY_SECONDS: ${JSON.stringify(value)} (expected a number of seconds, 0 or more).`);
  return n;
}

export { LauncherError };

/** Messages go to stderr, so stdout carries data alone and pipes; names from articles in them are text, never escapes. */
export const log = (m: string): void => {
  process.stderr.write(`${stripControls(m)}\n`);
};

/** Runs `fn` with a store, closing it afterwards; `start` starts the local Neo4j when it is not running. */
export async function withStore<T>(start: boolean, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ start, log });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
