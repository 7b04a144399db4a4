// Reloads that change nothing: before a large group of rows is sent, the content hashes its label (or
// relationship type) already holds are read in one scan, and rows whose hash is among them are skipped
// (content-hash.ts says why that is safe). Reading one short string per node or relationship is far
// cheaper than merging and comparing every row, which is what a reload cost before.
import type { GraphJson, NodeType, RelationType } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";
import { groupSizes, type KnownHashes, LOAD_HASH, type Settled } from "./rows.js";

/** Below this many rows a group is merged directly: a small load is not worth a scan (nor its query plans). */
export const PRECHECK_MIN_ROWS = 2_000;
/** A scan reads every node of the label: only worth it when the load brings a good part of them. */
const SCAN_AT_MOST_PER_ROW = 4;
/** Hashes per joined string (the joining is quadratic in this, and cheap at a few hundred). */
const JOINED = 200;

export type HashTarget = { label: NodeType } | { type: RelationType };

const pattern = (t: HashTarget): { match: string; v: string } =>
  "label" in t ? { match: `(x:${t.label})`, v: "x" } : { match: `()-[x:${t.type}]->()`, v: "x" };

/**
 * Whether reading `target`'s stored hashes pays: not for few rows, an empty label, or a database much
 * larger than the load (an incremental load of a few thousand rows into a million-relationship graph
 * merges them instead of reading a million hashes).
 */
async function worthScanning(driver: Driver, database: string, target: HashTarget, rows: number): Promise<boolean> {
  if (rows < PRECHECK_MIN_ROWS) return false;
  const { match, v } = pattern(target);
  // count() on a bare label or type comes from Neo4j's counts store: no scan.
  const counted = await driver.executeQuery(`MATCH ${match} RETURN count(${v}) AS n`, {}, { database, routing: "READ" });
  const existing = Number(counted.records[0]?.get("n") ?? 0);
  return existing > 0 && existing <= rows * SCAN_AT_MOST_PER_ROW;
}

/** The hashes already stored on `target`'s nodes or relationships. */
async function storedHashes(driver: Driver, database: string, target: HashTarget): Promise<Set<string>> {
  const { match, v } = pattern(target);
  const hashes = new Set<string>();
  const scan = `MATCH ${match} WHERE ${v}.${LOAD_HASH} IS NOT NULL`;
  try {
    // A few hundred hashes joined into one string per record: the driver decodes each string and each
    // record at a cost that dwarfs its 27 characters (80,000 hashes: 0.9 s of client CPU as records, 0.3 s
    // as one list, 0.15 s joined). Hashes are base64url, so a space cannot occur inside one.
    const joinedScan = `${scan} WITH collect(${v}.${LOAD_HASH}) AS hs UNWIND range(0, size(hs) - 1, ${JOINED}) AS i
       RETURN reduce(s = "", h IN hs[i..i + ${JOINED}] | s + h + " ") AS joined`;
    await eachValue(driver, database, joinedScan, (joined) => {
      for (let a = 0, b = joined.indexOf(" "); b >= 0; a = b + 1, b = joined.indexOf(" ", a)) hashes.add(joined.slice(a, b));
    });
    return hashes;
  } catch (err) {
    if (!/MemoryPoolOutOfMemoryError|OutOfMemoryError/.test((err as { code?: string }).code ?? "")) throw err;
  }
  // A label or type too large for one transaction's memory to collect: one record per hash, as they come.
  hashes.clear();
  await eachValue(driver, database, `${scan} RETURN ${v}.${LOAD_HASH} AS h`, (h) => hashes.add(h));
  return hashes;
}

/**
 * Streams the first column of a read query's records. An auto-commit query, not a transaction function:
 * those retry transient errors for half a minute, and a memory limit is one.
 */
async function eachValue(driver: Driver, database: string, cypher: string, use: (value: string) => void): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    for await (const rec of session.run(cypher)) use(rec.get(0) as string);
  } finally {
    await session.close();
  }
}

/** The labels and relationship types of `graph` whose stored hashes are worth reading (see worthScanning). */
export interface HashScans {
  labels: ReadonlySet<NodeType>;
  types: ReadonlySet<RelationType>;
}

/** `settled`: entries left out of the count (their buckets' digests match, see digests.ts). */
export async function hashScans(driver: Driver, database: string, graph: GraphJson, settled?: Settled): Promise<HashScans> {
  const sizes = groupSizes(graph, settled);
  const [labels, types] = await Promise.all([
    Promise.all([...sizes.nodes].map(async ([label, n]) => ((await worthScanning(driver, database, { label }, n)) ? [label] : []))),
    Promise.all([...sizes.edges].map(async ([type, n]) => ((await worthScanning(driver, database, { type }, n)) ? [type] : []))),
  ]);
  return { labels: new Set(labels.flat()), types: new Set(types.flat()) };
}

/**
 * The stored hashes of the scans' labels and types, read side by side: Neo4j works on all of them while
 * the client hashes the graph. One scan per type covers all its endpoint labels (a relationship's hash
 * names its endpoints' keys).
 */
export async function knownHashes(driver: Driver, database: string, scans: HashScans): Promise<KnownHashes> {
  const [nodes, edges] = await Promise.all([
    Promise.all([...scans.labels].map(async (label) => [label, await storedHashes(driver, database, { label })] as const)),
    Promise.all([...scans.types].map(async (type) => [type, await storedHashes(driver, database, { type })] as const)),
  ]);
  return { nodes: new Map(nodes), edges: new Map(edges) };
}
