// Batched, idempotent, incremental loading: UNWIND $rows ... MERGE, nodes first, then relationships.
// Every statement is a set-union of what is there and what is loaded, so a load killed at any point and
// run again ends with exactly the graph a clean load gives; batches run in transaction functions, which
// the driver retries on transient errors (leader switch, restart) before giving up with an error.
import type { GraphJson, NodeType, RelationType } from "@backchannel/schema";
import type { Driver } from "neo4j-driver";
import { ensureSchema } from "./constraints.js";
import { MERGED_NODE_LISTS, toBatchGroups, type EdgeRow, type NodeRow } from "./rows.js";

export interface LoadOptions {
  database: string;
  /** Rows per transaction. 2,000 measured best on the bench graph (see README, `npm run bench`). */
  batchSize?: number;
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
}

export const DEFAULT_BATCH_SIZE = 2_000;

/** Cypher for one label; labels come from the ontology's closed list, never from input. */
export function nodeMergeCypher(label: NodeType): string {
  const lists = MERGED_NODE_LISTS.map(
    (f) => `n.${f} = coalesce(n.${f}, []) + [x IN row.lists.${f} WHERE NOT x IN coalesce(n.${f}, [])]`,
  ).join(",\n    ");
  return `UNWIND $rows AS row
OPTIONAL MATCH (old:${label} {id: row.id})
WITH row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (n:${label} {id: row.id})
SET n.name = row.name,
    ${lists}
SET n += row.props
SET n.searchText = reduce(s = n.name, a IN n.aliases | s + ' | ' + a)
WITH before, properties(n) AS after
RETURN count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated,
       count(*) AS total`;
}

const EVIDENCE_LISTS = ["articles", "sentences", "starts", "ends", "rules", "confidences", "evidence"] as const;

export function edgeMergeCypher(type: RelationType, sourceLabel: NodeType, targetLabel: NodeType): string {
  const appends = EVIDENCE_LISTS.map((f) => `r.${f} = coalesce(r.${f}, []) + [i IN fresh | row.${f}[i]]`).join(",\n    ");
  return `UNWIND $rows AS row
MATCH (a:${sourceLabel} {id: row.source})
MATCH (b:${targetLabel} {id: row.target})
OPTIONAL MATCH (a)-[old:${type}]->(b)
WITH a, b, row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (a)-[r:${type}]->(b)
WITH r, row, before, [i IN range(0, size(row.keys) - 1) WHERE NOT row.keys[i] IN coalesce(r.evidenceKeys, [])] AS fresh
SET r.evidenceKeys = coalesce(r.evidenceKeys, []) + [i IN fresh | row.keys[i]],
    ${appends}
SET r += row.props
WITH before, properties(r) AS after
RETURN count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated,
       count(*) AS total`;
}

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function runBatches<R extends NodeRow | EdgeRow>(
  driver: Driver,
  database: string,
  cypher: string,
  rows: R[],
  size: number,
  counts: LoadCounts,
  progress: (n: number) => void,
): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const batch of batches(rows, size)) {
      const r = await session.executeWrite(async (tx) => {
        const res = await tx.run(cypher, { rows: batch });
        const rec = res.records[0];
        return { created: Number(rec?.get("created") ?? 0), updated: Number(rec?.get("updated") ?? 0), total: Number(rec?.get("total") ?? 0) };
      });
      counts.created += r.created;
      counts.updated += r.updated;
      counts.unchanged += r.total - r.created - r.updated;
      progress(batch.length);
    }
  } finally {
    await session.close();
  }
}

export async function loadGraph(driver: Driver, graph: GraphJson, opts: LoadOptions): Promise<LoadSummary> {
  const t0 = performance.now();
  const size = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  await ensureSchema(driver, opts.database);
  const groups = toBatchGroups(graph);
  const summary: LoadSummary = {
    nodes: { created: 0, updated: 0, unchanged: 0 },
    relationships: { created: 0, updated: 0, unchanged: 0 },
    ms: 0,
  };
  const nodeTotal = groups.nodes.reduce((s, g) => s + g.rows.length, 0);
  let done = 0;
  for (const g of groups.nodes) {
    await runBatches(driver, opts.database, nodeMergeCypher(g.label), g.rows, size, summary.nodes, (n) => {
      done += n;
      opts.onProgress?.({ phase: "nodes", done, total: nodeTotal });
    });
  }
  const edgeTotal = groups.edges.reduce((s, g) => s + g.rows.length, 0);
  done = 0;
  for (const g of groups.edges) {
    const cypher = edgeMergeCypher(g.type, g.sourceLabel, g.targetLabel);
    await runBatches(driver, opts.database, cypher, g.rows, size, summary.relationships, (n) => {
      done += n;
      opts.onProgress?.({ phase: "relationships", done, total: edgeTotal });
    });
  }
  summary.ms = performance.now() - t0;
  return summary;
}
