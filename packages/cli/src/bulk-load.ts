// When `load` and `build` take the bulk path (neo4j-admin import) instead of the transactional loader:
// only into the local server this CLI manages (it must be stopped for the import), and only when its
// database is empty (the import replaces it) or --bulk says to replace it. Otherwise, and when the graph
// cannot be imported exactly, the transactional loader runs, and the CLI says why.
import { mkdtemp } from "node:fs/promises";
import { join } from "node:path";
import { importIntoLocalNeo4j, resolveOptions } from "@backchannel/neo4j-local";
import type { GraphJson } from "@backchannel/schema";
import type { BulkFiles, LoadSummary, Store } from "@backchannel/store";
import { log } from "./connect.js";
import { progressBar } from "./progress.js";

/**
 * An import restarts the server and then sets the empty lists it leaves out and builds the indexes: on
 * this 2-core machine (busy), 120,000 relationships took 31.6 s through the import against 14.1 s with
 * transactions, and 1,000,000 took 112 s, about what transactions take (docs/benchmarks.md). So the
 * import is taken by itself only from a million relationships; --bulk takes it at any size.
 */
export const BULK_MIN_RELATIONSHIPS = 1_000_000;

export type BulkDecision = { bulk: true; replacing: boolean } | { bulk: false; why?: string };

/**
 * `isEmpty` asks the database (only when it matters); `requested`: --bulk was given (it replaces a
 * non-empty local database, and imports a graph of any size).
 */
export async function decideBulk(
  isEmpty: () => Promise<boolean>,
  requested: boolean,
  relationships: number,
  env: Record<string, string | undefined> = process.env,
): Promise<BulkDecision> {
  if (env.NEO4J_URI)
    return requested ? { bulk: false, why: "--bulk is for the local server only (NEO4J_URI is set): loading with transactions" } : { bulk: false };
  if (requested) return { bulk: true, replacing: !(await isEmpty()) };
  if (relationships < BULK_MIN_RELATIONSHIPS) return { bulk: false };
  if (!(await isEmpty()))
    return { bulk: false, why: "the local database already holds a graph: merging into it with transactions (--bulk replaces it instead)" };
  return { bulk: true, replacing: false };
}

/** Where a bulk load's time went: the CLI's summary says it, and the pipeline bench prints it. */
export interface BulkTimings {
  /** Writing the import CSVs. */
  csvMs: number;
  /** Stopping the server, neo4j-admin import, starting it again (with `adminMs` inside). */
  restartMs: number;
  /** neo4j-admin itself. */
  adminMs: number;
  /** Constraints, indexes, and the empty lists the import leaves out. */
  schemaMs: number;
  /** Planning the small-load statements on the restarted server. */
  warmUpMs: number;
}

export interface BulkOutcome {
  summary: LoadSummary;
  timings: BulkTimings;
  /** The CSVs, when `keepFiles` asked for them (the pipeline bench imports them again as its baseline). */
  files?: BulkFiles;
}

/** The bulk load with a progress bar; undefined (and a message) when the graph has to go the transactional way. */
export async function bulkLoadInto(store: Store, graph: GraphJson, replacing: boolean, opts: { keepFiles?: boolean } = {}): Promise<BulkOutcome | undefined> {
  const bar = progressBar("load");
  // Beside the local database: the same disk, and never inside the repository's sources.
  const workDir = await mkdtemp(join(resolveOptions({}).paths.dataDir, "import-"));
  log(`load: first load into the local database${replacing ? " (replacing what it held, --bulk)" : ""}: neo4j-admin import (the server restarts)`);
  const t0 = performance.now();
  let csvMs = 0;
  let adminMs = 0;
  let files: BulkFiles | undefined;
  try {
    const r = await store.bulkLoad(graph, {
      workDir,
      keepFiles: opts.keepFiles === true,
      // No warm-up as the server comes back: the schema created after the import would void its plans.
      importer: async (f) => {
        csvMs = performance.now() - t0;
        files = f;
        adminMs = (await importIntoLocalNeo4j({ log }, f)).importMs;
      },
      onProgress: (p) => bar.update(p.done, p.total, p.phase === "import" ? "importing" : `writing ${p.phase}`),
    });
    bar.done();
    if (r.refused !== undefined) {
      log(`load: cannot bulk import this graph exactly (${r.refused}); loading with transactions`);
      return undefined;
    }
    const schemaMs = r.summary.ms - csvMs - r.importMs;
    log(
      `load: CSVs written in ${sec(csvMs)}, stop, import and start ${sec(r.importMs)} (neo4j-admin ${sec(adminMs)}), ` +
        `constraints, indexes and empty lists ${sec(schemaMs)}`,
    );
    const w = await store.warmUp();
    log(`Neo4j warmed up (${w.statements} statements planned in ${Math.round(w.ms)} ms)`);
    const timings = { csvMs, restartMs: r.importMs, adminMs, schemaMs, warmUpMs: w.ms };
    return { summary: r.summary, timings, ...(opts.keepFiles && files ? { files } : {}) };
  } catch (e) {
    bar.done();
    throw e;
  }
}

const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
