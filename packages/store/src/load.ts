// Batched, idempotent, incremental loading: one UNWIND ... MERGE per batch, nodes first, then relationships.
// Every statement is a set-union of what is there and what is loaded, so a load killed at any point and
// run again ends with exactly the graph a clean load gives; batches run in transaction functions, which
// the driver retries on transient errors (leader switch, restart) before giving up with an error.
import { contractProblems, GraphContractError, type GraphJson, type NodeType, RELATION_ENDPOINTS, type RelationType } from "@backchannel/schema";
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { ensureSchema } from "./constraints.js";
import { edgeMergeCypher, nodeMergeCypher, PREFILTERED_LIST } from "./load-cypher.js";
import { clearDigests, edgeBucket, type GraphDigests, graphDigests, nodeBucket, storeDigests, storedDigests } from "./digests.js";
import { type BatchGroups, type EdgeBatchGroup, type EdgeRow, type NodeRow, precompute, type Settled, toBatchGroups } from "./rows.js";
import { hashScans, knownHashes, PRECHECK_MIN_ROWS } from "./unchanged.js";

export { edgeMergeCypher, nodeMergeCypher } from "./load-cypher.js";

export interface LoadOptions {
  database: string;
  /** Rows per transaction (default 5,000: fastest of 500/2,000/5,000/10,000 in `npm run bench`, see README). */
  batchSize?: number;
  /** Sessions loading batches side by side (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  onProgress?: (p: { phase: "nodes" | "relationships"; done: number; total: number }) => void;
  /**
   * Skip rows whose content hash the database already holds (default true). False merges and compares
   * every row, as loads did before content hashes: the bench's baseline.
   */
  skipUnchanged?: boolean;
}

export interface LoadCounts {
  created: number;
  updated: number;
  unchanged: number;
}
export interface LoadSummary {
  nodes: LoadCounts;
  relationships: LoadCounts;
  ms: number;
  /** Of `ms`, the relationships' part (they load after every node). */
  relationshipsMs: number;
}

export const DEFAULT_BATCH_SIZE = 5_000;
/** Sessions loading side by side: 2 gained nothing over 1 on this 2-core machine (9.9k vs 8.5k and 11.7k vs 12.8k rels/s); larger servers may differ. */
export const DEFAULT_CONCURRENCY = 1;

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

interface Job {
  cypher: string;
  rows: (NodeRow | EdgeRow)[];
  /** A node job's label (see prefilterArticles). */
  label?: NodeType;
}

/** Rows bringing at least this many article ids have them filtered against their node's on the client. */
export const PREFILTER_MIN_IDS = 32;

/**
 * Cypher has no set: \`x IN list\` scans the list, so merging a row's k article ids into a node holding m
 * costs k x m (10,000 new ids into a node holding 100,000 took 35 s). For rows bringing many ids, their
 * nodes' stored ids are read first, in the batch's own transaction, and the row is sent with only the ids
 * its node lacks (in the row's order, each once) and \`fresh\` set, which the statement appends as they
 * are: time k + m. Rows are left as they are; \`params\` (batchParameters of them) is changed, so a retried
 * transaction computes it again from the rows.
 */
async function prefilterArticles(
  tx: ManagedTransaction,
  label: NodeType,
  rows: readonly (NodeRow | EdgeRow)[],
  params: Record<string, unknown>,
): Promise<void> {
  const big: number[] = [];
  rows.forEach((r, i) => {
    if ("lists" in r && r.lists.articles.length >= PREFILTER_MIN_IDS) big.push(i);
  });
  if (big.length === 0) return;
  const ids = big.map((i) => (rows[i] as NodeRow).id);
  const res = await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, n.${PREFILTERED_LIST} AS held`, { ids });
  const held = new Map(res.records.map((r) => [r.get("id") as string, (r.get("held") as string[] | null) ?? []]));
  const articles = params[PREFILTERED_LIST] as (string[] | null)[];
  const fresh = params.fresh as (boolean | null)[];
  for (const i of big) {
    const row = rows[i] as NodeRow;
    const seen = new Set(held.get(row.id) ?? []);
    const lacking: string[] = [];
    for (const x of row.lists.articles) {
      if (seen.has(x)) continue;
      seen.add(x);
      lacking.push(x);
    }
    articles[i] = lacking;
    fresh[i] = true;
  }
}

/**
 * Neo4j's plan cache keys a statement by the sizes of its list parameters, in buckets (measured on 5.26:
 * 1, 2-11, 12-127, 128 and up), so a batch of 3 rows and one of 40 would each plan the statement anew.
 * Smaller batches are padded to this many entries (the statements read only the first $n), so every small
 * load shares one plan per statement: the one the warm-up makes.
 */
export const SMALL_BATCH_ROWS = 127;

/**
 * A batch as parallel lists, one per field, rather than a list of maps: the driver then packs no map
 * keys per row, which made sending a batch about twice as cheap (`UNWIND range(0, $n - 1) AS i`
 * rebuilds the row on the server). Node lists become columns of their own. `n` is the number of rows.
 */
export function batchParameters(rows: readonly (NodeRow | EdgeRow)[]): Record<string, unknown> {
  const out: Record<string, unknown[]> = {};
  const push = (k: string, v: unknown) => {
    const list = out[k] ?? [];
    out[k] = list;
    list.push(v);
  };
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (k === "lists") for (const [f, xs] of Object.entries(v as Record<string, string[]>)) push(f, xs);
      else push(k, v);
    }
    // a node row's articles not yet filtered against its node's (see prefilterArticles)
    if ("lists" in row) push("fresh", false);
  }
  if (rows.length < SMALL_BATCH_ROWS) for (const list of Object.values(out)) list.length = SMALL_BATCH_ROWS;
  for (const list of Object.values(out)) for (let i = rows.length; i < list.length; i++) list[i] = null;
  return { ...out, n: rows.length };
}

/** A batch that needs more memory than one transaction may use on the server (db.memory.transaction.max). */
class BatchTooLarge extends Error {}

const isMemoryLimit = (err: unknown): boolean => /MemoryPoolOutOfMemoryError|OutOfMemoryError/.test((err as { code?: string }).code ?? "");

/**
 * One batch in one transaction; when the server refuses it for its memory, each half in turn. Memory is
 * not known ahead: a statement holds what the rows bring and what their nodes and relationships already
 * hold (a hot relationship's evidence lists grow with every build), so a batch that fits into a small
 * database may not fit later, and running it again would fail again. Halves are set-unions like the whole,
 * and the refused transaction was rolled back, so the result is the same.
 */
async function runBatch(session: Session, job: Job, counts: LoadCounts, progress: (n: number) => void): Promise<void> {
  const { cypher, rows, label } = job;
  let r: { created: number; updated: number; total: number };
  try {
    r = await session.executeWrite(async (tx) => {
      try {
        const params = batchParameters(rows);
        if (label) await prefilterArticles(tx, label, rows, params);
        const res = await tx.run(cypher, params);
        const rec = res.records[0];
        return { created: Number(rec?.get("created") ?? 0), updated: Number(rec?.get("updated") ?? 0), total: Number(rec?.get("total") ?? 0) };
      } catch (err) {
        // The limit is a transient error, which the transaction function would retry as it is for
        // BACKCHANNEL_RETRY_SECONDS; an error of ours is not retried.
        if (isMemoryLimit(err)) throw new BatchTooLarge((err as Error).message.split("\n")[0]);
        throw err;
      }
    });
  } catch (err) {
    // (The limit can also strike at commit, outside the function: then it was retried, to no avail.)
    if (!(err instanceof BatchTooLarge || isMemoryLimit(err)) || rows.length === 1) throw err;
    const half = Math.ceil(rows.length / 2);
    await runBatch(session, { cypher, rows: rows.slice(0, half), label }, counts, progress);
    await runBatch(session, { cypher, rows: rows.slice(half), label }, counts, progress);
    return;
  }
  counts.created += r.created;
  counts.updated += r.updated;
  counts.unchanged += r.total - r.created - r.updated;
  progress(rows.length);
}

/**
 * Runs the jobs in order with `workers` sessions side by side. Batches are idempotent set-unions, so
 * their order does not matter; a deadlock between two workers is a transient error that the transaction
 * function retries.
 */
async function runJobs(driver: Driver, database: string, jobs: Job[], workers: number, counts: LoadCounts, progress: (n: number) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    const session = driver.session({ database });
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        await runBatch(session, job, counts, progress);
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
}

/**
 * Relationship statements: a group of the same type and endpoint labels with many rows gets its own
 * statement (one index seek per endpoint); the smaller groups of a type share one statement whose
 * endpoints are the labels the ontology allows (see edgeMergeCypher), so a small load plans few shapes.
 */
function edgeJobs(groups: EdgeBatchGroup[], size: number): Job[] {
  const jobs: Job[] = [];
  const shared = new Map<RelationType, EdgeRow[]>();
  for (const g of groups) {
    const [sources, targets] = RELATION_ENDPOINTS[g.type];
    if (g.rows.length < PRECHECK_MIN_ROWS && sources.includes(g.sourceLabel) && targets.includes(g.targetLabel)) {
      shared.set(g.type, [...(shared.get(g.type) ?? []), ...g.rows]);
      continue;
    }
    const cypher = edgeMergeCypher(g.type, g.sourceLabel, g.targetLabel);
    for (const rows of batches(g.rows, size)) jobs.push({ cypher, rows });
  }
  for (const [type, rows] of shared) {
    const cypher = edgeMergeCypher(type, ...RELATION_ENDPOINTS[type]);
    for (const batch of batches(rows, size)) jobs.push({ cypher, rows: batch });
  }
  return jobs;
}

/**
 * Which entries of a large graph lie in buckets whose stored digest matches (digests.ts), or undefined for
 * a small graph (not worth digesting: it is merged directly).
 */
async function settledBuckets(
  driver: Driver,
  database: string,
  graph: GraphJson,
): Promise<{ settled: Settled; digests: GraphDigests; all: boolean } | undefined> {
  if (graph.nodes.length + graph.edges.length < PRECHECK_MIN_ROWS) return undefined;
  const reading = storedDigests(driver, database);
  reading.catch(() => undefined); // awaited below; a failure meanwhile is no unhandled rejection
  const digests = graphDigests(graph);
  const stored = await reading;
  const matches = new Set<string>();
  for (const [name, d] of digests.digests) if (stored.get(name) === d) matches.add(name);
  const settled: Settled = {
    nodes: Uint8Array.from(digests.nodeBuckets, (b) => (matches.has(b) ? 1 : 0)),
    edges: Uint8Array.from(digests.edgeBuckets, (b) => (matches.has(b) ? 1 : 0)),
  };
  return { settled, digests, all: matches.size === digests.digests.size };
}

/** The buckets the rows to be sent fall into: their digests are cleared before the first write. */
function bucketsOf(groups: BatchGroups): Set<string> {
  const out = new Set<string>();
  for (const g of groups.nodes) for (const r of g.rows) out.add(nodeBucket(g.label, r.id));
  for (const g of groups.edges) for (const r of g.rows) out.add(edgeBucket(g.type, r.source, r.target));
  return out;
}

export async function loadGraph(driver: Driver, graph: GraphJson, opts: LoadOptions): Promise<LoadSummary> {
  const t0 = performance.now();
  const size = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const skip = opts.skipUnchanged !== false;
  const buckets = skip ? await settledBuckets(driver, opts.database, graph) : undefined;
  if (buckets?.all) {
    // The graph is what the last load of each of its buckets brought, and it completed (it passed the
    // contract check then): nothing to check, hash or send.
    const n = graph.nodes.length;
    const m = graph.edges.length;
    opts.onProgress?.({ phase: "nodes", done: n, total: n });
    opts.onProgress?.({ phase: "relationships", done: m, total: m });
    const ms = performance.now() - t0;
    return { nodes: { created: 0, updated: 0, unchanged: n }, relationships: { created: 0, updated: 0, unchanged: m }, ms, relationshipsMs: 0 };
  }
  const settled = buckets?.settled;
  // A reload reads the stored hashes (Neo4j's work) while it hashes the graph (the client's): nothing
  // is written before the contract check below.
  const scans = skip ? await hashScans(driver, opts.database, graph, settled) : undefined;
  const reading = scans ? knownHashes(driver, opts.database, scans) : undefined;
  reading?.catch(() => undefined); // awaited below; a failure meanwhile is no unhandled rejection
  const pre = scans ? await precompute(graph, scans.types, settled) : undefined;
  // Everything Neo4j would refuse halfway (an oversize name, an attribute with an empty name, a self-loop)
  // is refused here, before the first write: a load that fails midway would fail again on every rerun.
  const problems = contractProblems(graph);
  if (problems.length) throw new GraphContractError(problems);
  await ensureSchema(driver, opts.database);
  // Unchanged entries are only hashed, never turned into rows.
  const groups = toBatchGroups(graph, reading ? await reading : undefined, pre, settled);
  await clearDigests(driver, opts.database, bucketsOf(groups));
  const summary: LoadSummary = {
    nodes: { created: 0, updated: 0, unchanged: groups.unchanged.nodes },
    relationships: { created: 0, updated: 0, unchanged: groups.unchanged.edges },
    ms: 0,
    relationshipsMs: 0,
  };
  const workers = opts.concurrency ?? DEFAULT_CONCURRENCY;
  const nodeTotal = groups.nodes.reduce((s, g) => s + g.rows.length, groups.unchanged.nodes);
  let done = groups.unchanged.nodes;
  const nodeJobs: Job[] = [];
  for (const g of groups.nodes) {
    const cypher = nodeMergeCypher(g.label);
    for (const batch of batches(g.rows, size)) nodeJobs.push({ cypher, rows: batch, label: g.label });
  }
  opts.onProgress?.({ phase: "nodes", done, total: nodeTotal });
  await runJobs(driver, opts.database, nodeJobs, workers, summary.nodes, (n) => {
    done += n;
    opts.onProgress?.({ phase: "nodes", done, total: nodeTotal });
  });
  // Relationships only once every node is in: a batch never waits for an endpoint.
  const tEdges = performance.now();
  const edgeTotal = groups.edges.reduce((s, g) => s + g.rows.length, groups.unchanged.edges);
  done = groups.unchanged.edges;
  opts.onProgress?.({ phase: "relationships", done, total: edgeTotal });
  await runJobs(driver, opts.database, edgeJobs(groups.edges, size), workers, summary.relationships, (n) => {
    done += n;
    opts.onProgress?.({ phase: "relationships", done, total: edgeTotal });
  });
  // Only now, every row of the graph being in: the digests of its buckets say so from here on.
  if (buckets) await storeDigests(driver, opts.database, buckets.digests.digests);
  summary.ms = performance.now() - t0;
  summary.relationshipsMs = performance.now() - tEdges;
  return summary;
}
