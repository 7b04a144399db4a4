// Reloads that change nothing: before a large group of rows is sent, the content hashes its label (or
// relationship type) already holds are read in one scan, and rows whose hash is among them are skipped
// (content-hash.ts says why that is safe). Reading one short string per node or relationship is far
// cheaper than merging and comparing every row, which is what a reload cost before.
import type { NodeType, RelationType } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";
import { LOAD_HASH } from "./rows.js";

/** Below this many rows a group is merged directly: a small load is not worth a scan (nor its query plans). */
export const PRECHECK_MIN_ROWS = 2_000;
/** A scan reads every node of the label: only worth it when the load brings a good part of them. */
const SCAN_AT_MOST_PER_ROW = 4;

export type HashTarget = { label: NodeType } | { type: RelationType };

const pattern = (t: HashTarget): { match: string; v: string } =>
  "label" in t ? { match: `(x:${t.label})`, v: "x" } : { match: `()-[x:${t.type}]->()`, v: "x" };

/**
 * The hashes already stored on `target`'s nodes or relationships, or undefined when a scan would not pay
 * (few rows, an empty label, or a database much larger than the load: an incremental load of a few
 * thousand rows into a million-relationship graph merges them instead of reading a million hashes).
 */
export async function storedHashes(driver: Driver, database: string, target: HashTarget, rows: number): Promise<Set<string> | undefined> {
  if (rows < PRECHECK_MIN_ROWS) return undefined;
  const { match, v } = pattern(target);
  // count() on a bare label or type comes from Neo4j's counts store: no scan.
  const counted = await driver.executeQuery(`MATCH ${match} RETURN count(${v}) AS n`, {}, { database, routing: "READ" });
  const existing = Number(counted.records[0]?.get("n") ?? 0);
  if (existing === 0 || existing > rows * SCAN_AT_MOST_PER_ROW) return undefined;
  const hashes = new Set<string>();
  await driver.executeQuery(
    `MATCH ${match} WHERE ${v}.${LOAD_HASH} IS NOT NULL RETURN ${v}.${LOAD_HASH} AS h`,
    {},
    {
      database,
      routing: "READ",
      // Straight into the set: no array of 100,000 records in between.
      resultTransformer: async (result) => {
        for await (const rec of result) hashes.add(rec.get(0) as string);
        return undefined;
      },
    },
  );
  return hashes;
}
