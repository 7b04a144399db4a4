// Batched, idempotent, incremental loading: one UNWIND ... MERGE per batch, nodes first, then relationships.
// Every statement is a set-union of what is there and what is loaded, so a load killed at any point and
// run again ends with exactly the graph a clean load gives; batches run in transaction functions, which
// the driver retries on transient errors (leader switch, restart) before giving up with an error.
import { contractProblems, GraphContractError, type GraphJson, type NodeType, type RelationType } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";
import { ensureSchema } from "./constraints.js";
import { EVIDENCE_STRIDE, MERGED_NODE_LISTS, toBatchGroups, type EdgeRow, type NodeRow } from "./rows.js";

export interface LoadOptions {
  database: string;
  /** Rows per transaction (default 5,000: fastest of 500/2,000/5,000/10,000 in `npm run bench`, see README). */
  batchSize?: number;
  /** Sessions loading batches side by side (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  onProgress?: (p: { phase: "nodes" | "relationships"; done: number; total: number }) => void;
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

/**
 * Cypher for one label (labels come from the ontology's closed list, never from input). One SET, and only
 * when something is new: an unchanged row costs an index seek and a few property reads, not a write (nor a
 * full-text index update), which keeps reloads cheap. Only the properties compared are read: reading
 * properties(n) whole would load every string of every node.
 */
export function nodeMergeCypher(label: NodeType): string {
  const fresh = MERGED_NODE_LISTS.map((f) => `[x IN row.lists.${f} WHERE NOT x IN coalesce(n.${f}, [])] AS new_${f}`).join(",\n     ");
  const anyFresh = MERGED_NODE_LISTS.map((f) => `size(new_${f})`).join(" + ");
  const sets = MERGED_NODE_LISTS.map((f) => `n.${f} = coalesce(n.${f}, []) + new_${f}`).join(",\n    ");
  const lists = MERGED_NODE_LISTS.map((f) => `${f}: $${f}[i]`).join(", ");
  return `UNWIND range(0, size($id) - 1) AS i
WITH {id: $id[i], name: $name[i], props: $props[i], lists: {${lists}}} AS row
MERGE (n:${label} {id: row.id})
WITH n, row, n.name IS NULL AS created,
     ${fresh}
WITH *, created OR n.name <> row.name OR ${anyFresh} > 0
        OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET n += row.props,
    n.name = row.name,
    n.searchText = reduce(s = row.name, a IN coalesce(n.aliases, []) + new_aliases | s + ' | ' + a),
    ${sets})
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN changed AND NOT created THEN 1 END) AS updated,
       count(*) AS total`;
}

/**
 * Analysts' Cypher reads r.articles and r.sentences (parallel lists); r.evidence keeps each whole entry as
 * JSON; r.evidenceKeys says which entries are there. Each comes from a fixed offset in the row's flat list.
 */
const EVIDENCE_LISTS = [
  ["evidenceKeys", 0],
  ["articles", 1],
  ["sentences", 2],
  ["evidence", 3],
] as const;

export function edgeMergeCypher(type: RelationType, sourceLabel: NodeType, targetLabel: NodeType): string {
  const appends = EVIDENCE_LISTS.map(([f, at]) => `r.${f} = coalesce(r.${f}, []) + [i IN fresh | row.e[i + ${at}]]`).join(",\n    ");
  return `UNWIND range(0, size($source) - 1) AS i
WITH {source: $source[i], target: $target[i], e: $e[i], props: $props[i], firstSeen: $firstSeen[i], lastSeen: $lastSeen[i]} AS row
MATCH (a:${sourceLabel} {id: row.source})
MATCH (b:${targetLabel} {id: row.target})
MERGE (a)-[r:${type}]->(b)
WITH r, row, r.evidenceKeys IS NULL AS created,
     [i IN range(0, size(row.e) - 1, ${EVIDENCE_STRIDE}) WHERE NOT row.e[i] IN coalesce(r.evidenceKeys, [])] AS fresh
WITH *, row.firstSeen IS NOT NULL AND (r.firstSeen IS NULL OR row.firstSeen < r.firstSeen) AS earlier,
     row.lastSeen IS NOT NULL AND (r.lastSeen IS NULL OR row.lastSeen > r.lastSeen) AS later
WITH *, created OR size(fresh) > 0 OR earlier OR later
        OR any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r += row.props,
    r.firstSeen = CASE WHEN earlier THEN row.firstSeen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN later THEN row.lastSeen ELSE r.lastSeen END,
    ${appends})
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN changed AND NOT created THEN 1 END) AS updated,
       count(*) AS total`;
}

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

interface Job {
  cypher: string;
  rows: (NodeRow | EdgeRow)[];
}

/**
 * A batch as parallel lists, one per field, rather than a list of maps: the driver then packs no map
 * keys per row, which made sending a batch about twice as cheap (`UNWIND range(0, size($id) - 1) AS i`
 * rebuilds the row on the server). Node lists become columns of their own.
 */
export function batchParameters(rows: readonly (NodeRow | EdgeRow)[]): Record<string, unknown[]> {
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
  }
  return out;
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
        const params = batchParameters(job.rows);
        const r = await session.executeWrite(async (tx) => {
          const res = await tx.run(job.cypher, params);
          const rec = res.records[0];
          return { created: Number(rec?.get("created") ?? 0), updated: Number(rec?.get("updated") ?? 0), total: Number(rec?.get("total") ?? 0) };
        });
        counts.created += r.created;
        counts.updated += r.updated;
        counts.unchanged += r.total - r.created - r.updated;
        progress(job.rows.length);
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
}

export async function loadGraph(driver: Driver, graph: GraphJson, opts: LoadOptions): Promise<LoadSummary> {
  const t0 = performance.now();
  // Everything Neo4j would refuse halfway (an oversize name, an attribute with an empty name, a self-loop)
  // is refused here, before the first write: a load that fails midway would fail again on every rerun.
  const problems = contractProblems(graph);
  if (problems.length) throw new GraphContractError(problems);
  const size = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  await ensureSchema(driver, opts.database);
  const groups = toBatchGroups(graph);
  const summary: LoadSummary = {
    nodes: { created: 0, updated: 0, unchanged: 0 },
    relationships: { created: 0, updated: 0, unchanged: 0 },
    ms: 0,
    relationshipsMs: 0,
  };
  const workers = opts.concurrency ?? DEFAULT_CONCURRENCY;
  const nodeJobs = groups.nodes.flatMap((g) => [...batches(g.rows, size)].map((rows) => ({ cypher: nodeMergeCypher(g.label), rows })));
  const nodeTotal = groups.nodes.reduce((s, g) => s + g.rows.length, 0);
  let done = 0;
  await runJobs(driver, opts.database, nodeJobs, workers, summary.nodes, (n) => {
    done += n;
    opts.onProgress?.({ phase: "nodes", done, total: nodeTotal });
  });
  // Relationships only once every node is in: a batch never waits for an endpoint.
  const edgeJobs = groups.edges.flatMap((g) => {
    const cypher = edgeMergeCypher(g.type, g.sourceLabel, g.targetLabel);
    return [...batches(g.rows, size)].map((rows) => ({ cypher, rows }));
  });
  const edgeTotal = groups.edges.reduce((s, g) => s + g.rows.length, 0);
  done = 0;
  const tEdges = performance.now();
  await runJobs(driver, opts.database, edgeJobs, workers, summary.relationships, (n) => {
    done += n;
    opts.onProgress?.({ phase: "relationships", done, total: edgeTotal });
  });
  summary.ms = performance.now() - t0;
  summary.relationshipsMs = performance.now() - tEdges;
  return summary;
}
