// The query watchdog. Neo4j checks a query's timeout (and TERMINATE TRANSACTIONS) between rows, not
// inside one expression, so `reduce(s = "", x IN range(1, 100000000) | s + "x")` keeps evaluating on
// one of its cores long after the client answered 504. When such a query's transaction is still
// listed a grace period after the client gave up, the watchdog asks Neo4j to terminate it; when that
// does not stop it either, it restarts the Neo4j, but only one the caller said it may restart (the
// project's own local server, which the CLI knows about). Any other it reports in the log.
import type { Store, StuckQuery } from "@backchannel/store";
import type { WatchdogOptions } from "./types.js";

/** After the client gave up (the query's timeout plus 2 s), how long Neo4j may take to end the query itself. */
export const DEFAULT_WATCHDOG_GRACE_MS = 5_000;
/** After TERMINATE TRANSACTIONS, how long before the query counts as unstoppable. */
const TERMINATE_WAIT_MS = 2_000;
/** After a restart, how long to wait for the store's own connections to answer again. */
const RECONNECT_MS = 30_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());
const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
const shortQuery = (cypher: string): string => JSON.stringify(cypher.length > 200 ? `${cypher.slice(0, 200)}...` : cypher);

export class QueryWatchdog {
  private restartRun: Promise<void> | undefined;
  private readonly checks = new Set<Promise<void>>();
  private closed = false;
  private readonly stopListening: () => void;
  private readonly log: (message: string) => void;
  private readonly graceMs: number;

  constructor(
    private readonly store: Store,
    private readonly opts: WatchdogOptions = {},
  ) {
    this.log = opts.log ?? ((m) => console.error(m));
    this.graceMs = opts.graceMs ?? DEFAULT_WATCHDOG_GRACE_MS;
    this.stopListening = store.onStuckQuery((q) => this.watch(q));
  }

  /** True while the watchdog restarts Neo4j: the API answers 503 meanwhile. */
  get restarting(): boolean {
    return this.restartRun !== undefined;
  }

  /** Stops listening and waits for what is under way (a restart is finished, not left half done). */
  async close(): Promise<void> {
    this.closed = true;
    this.stopListening();
    await Promise.allSettled([...this.checks]);
  }

  private watch(query: StuckQuery): void {
    const check = this.check(query).catch((err: unknown) => this.log(`query watchdog: could not check a stuck query: ${firstLine(err)}`));
    this.checks.add(check);
    void check.finally(() => this.checks.delete(check));
  }

  private async check(query: StuckQuery): Promise<void> {
    await sleep(this.graceMs);
    if (this.closed || this.restarting) return;
    const running = await this.store.queryTransactions(query.queryId);
    if (!running.length) return; // It ended by itself.
    // Try the gentle way first: it stops a query that is between rows (say, one stuck waiting on a lock).
    await this.store.terminateTransactions(running.map((t) => t.transactionId));
    await sleep(TERMINATE_WAIT_MS);
    if (this.closed || this.restarting) return;
    const still = await this.store.queryTransactions(query.queryId);
    if (!still.length) {
      this.log(`query watchdog: terminated a query still running after its ${query.timeoutMs} ms timeout: ${shortQuery(query.cypher)}`);
      return;
    }
    const what =
      `a query is still running ${Math.round((still[0]?.elapsedMs ?? 0) / 1000)} s after it started (timeout ${query.timeoutMs} ms), ` +
      `and TERMINATE TRANSACTIONS did not stop it (${still.map((t) => t.transactionId).join(", ")}: ${still[0]?.status}): ${shortQuery(query.cypher)}`;
    if (!this.opts.restartNeo4j) {
      this.log(
        `query watchdog: ${what}. Neo4j evaluates it on one of its cores until it ends. This server restarts only the local ` +
          "Neo4j that Backchannel runs, never one given through NEO4J_URI: restart that Neo4j to free the core.",
      );
      return;
    }
    this.restartRun ??= this.restart(what).finally(() => {
      this.restartRun = undefined;
    });
    await this.restartRun;
  }

  private async restart(what: string): Promise<void> {
    this.log(`query watchdog: ${what}. Restarting the local Neo4j to free the core; the API answers 503 meanwhile.`);
    const t0 = performance.now();
    try {
      await this.opts.restartNeo4j!();
    } catch (err) {
      this.log(`query watchdog: restarting the local Neo4j failed: ${firstLine(err)}. Start it with \`npx backchannel neo4j start\`.`);
      return;
    }
    // Until the store's own connections answer, requests would fail anyway: keep answering 503.
    const deadline = Date.now() + RECONNECT_MS;
    while (!(await this.store.ping()) && Date.now() < deadline) await sleep(500);
    this.log(`query watchdog: the local Neo4j is back after ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  }
}
