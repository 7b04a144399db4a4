// The bulk path of a first load: CSVs, neo4j-admin import (through the caller's importer, which owns the
// server), then the schema. For the local server only, into an empty database (the import replaces it):
// the CLI decides when (see docs/architecture.md, Loading).
import { mkdir, rm } from "node:fs/promises";
import { contractProblems, GraphContractError, type GraphJson, NODE_TYPES } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";
import { ensureSchema } from "../constraints.js";
import { writeImportFiles } from "./csv.js";
import type { BulkLoadOptions, BulkLoadResult } from "./types.js";

/**
 * Sets the lists neo4j-admin left out (it stores no empty array) to [], as the transactional loader has
 * them. Only labels and types that had an empty list are scanned.
 */
async function setEmptyLists(driver: Driver, database: string, empty: Map<string, Set<string>>): Promise<void> {
  const session = driver.session({ database }); // CALL { } IN TRANSACTIONS needs an auto-commit query
  try {
    for (const [kind, fields] of empty) {
      const isNode = (NODE_TYPES as readonly string[]).includes(kind);
      const match = isNode ? `MATCH (x:${kind})` : `MATCH ()-[x:${kind}]->()`;
      const missing = [...fields].map((f) => `x.${f} IS NULL`).join(" OR ");
      const sets = [...fields].map((f) => `x.${f} = coalesce(x.${f}, [])`).join(", ");
      // Two transactions at a time, each node or relationship set once (no locks shared): 5.6-5.8 s for
      // 270,000 nodes against 6.9-11.6 s one 10,000-row transaction after another (at load average 5 to 8).
      await session.run(`${match} WHERE ${missing} CALL { WITH x SET ${sets} } IN 2 CONCURRENT TRANSACTIONS OF 20000 ROWS`);
    }
  } finally {
    await session.close();
  }
}

/**
 * Writes the graph as import CSVs, runs the importer, and creates the constraints and indexes on what it
 * imported. `driver` reaches the server after the importer restarted it (the driver reconnects). Returns
 * the same summary as a transactional load (everything created), or why the graph cannot be imported
 * exactly as the transactional loader would store it (nothing was touched then).
 */
export async function bulkLoadGraph(driver: Driver, database: string, graph: GraphJson, opts: BulkLoadOptions): Promise<BulkLoadResult> {
  const t0 = performance.now();
  const problems = contractProblems(graph);
  if (problems.length) throw new GraphContractError(problems);
  await mkdir(opts.workDir, { recursive: true });
  try {
    const files = await writeImportFiles(graph, opts.workDir, opts.onProgress);
    if ("refused" in files) return files;
    const csvMs = performance.now() - t0;
    opts.onProgress?.({ phase: "import", done: 0, total: 1 });
    const tImport = performance.now();
    await opts.importer(files);
    const importMs = performance.now() - tImport;
    // The import starts the database's transaction ids over: bookmarks from before it name transactions
    // the new database never had, and a query waiting for one would fail.
    const bookmarks = driver.executeQueryBookmarkManager;
    await bookmarks.updateBookmarks(await bookmarks.getBookmarks(), []);
    opts.onProgress?.({ phase: "import", done: 1, total: 1 });
    const tSchema = performance.now();
    await ensureSchema(driver, database);
    const schemaMs = performance.now() - tSchema;
    await setEmptyLists(driver, database, files.emptyLists);
    const ms = performance.now() - t0;
    const emptyListsMs = performance.now() - tSchema - schemaMs;
    return {
      summary: {
        nodes: { created: files.nodeCount, updated: 0, unchanged: 0 },
        relationships: { created: files.relationshipCount, updated: 0, unchanged: 0 },
        ms,
        relationshipsMs: 0,
      },
      importMs,
      phases: { csvMs, importerMs: importMs, schemaMs, emptyListsMs },
    };
  } finally {
    if (!opts.keepFiles) await rm(opts.workDir, { recursive: true, force: true });
  }
}
