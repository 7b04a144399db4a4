// graph.json -> neo4j-admin import CSVs holding exactly what the transactional loader stores (rows.ts and
// load-cypher.ts): the same rows, so the same properties, searchText, content hashes, evidence lists and
// Neo4j dates. A node file per label and set of property types, a relationship file per type and set of
// property types (one column cannot hold two types), each with its own header line.
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { GraphJson } from "@backchannel/schema";
import neo4j from "neo4j-driver";
import { EVIDENCE_LISTS } from "../load-cypher.js";
import { EVIDENCE_STRIDE, LOAD_HASH, MERGED_NODE_LISTS, SPARSE_NODE_LISTS, toBatchGroups, type EdgeRow, type NodeRow } from "../rows.js";
import type { BulkRefusal, WrittenFiles } from "./types.js";

/** The unit separator: no article text has one, and a value that does sends the graph to the transactional loader. */
const DELIMITER = "\u001f";
const ARRAY_DELIMITER_ARG = "U+001F";
/** Attribute names that are safe in a CSV header without quoting or escaping. */
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

class Refused extends Error {}

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;

function list(xs: readonly (string | number)[]): string {
  for (const x of xs) {
    const s = String(x);
    // An empty element would vanish from (and a delimiter would split) the list neo4j-admin reads back.
    if (s === "" || s.includes(DELIMITER)) throw new Refused("a list holds an empty string or the character U+001F");
  }
  return quote(xs.join(DELIMITER));
}

type Column = { header: string; cell: (v: unknown) => string };

/** The header type and the cell of a property value, as rows.ts's toProperty made it. */
function columnOf(key: string, v: unknown): Column {
  if (!SAFE_NAME.test(key)) throw new Refused(`the attribute name ${JSON.stringify(key).slice(0, 60)} needs quoting in a CSV header`);
  if (typeof v === "string") return { header: key, cell: (x) => quote(x as string) };
  if (typeof v === "number") return { header: `${key}:double`, cell: (x) => String(x) };
  if (typeof v === "boolean") return { header: `${key}:boolean`, cell: (x) => String(x) };
  if (neo4j.isDate(v as object)) return { header: `${key}:date`, cell: (x) => String(x) };
  if (Array.isArray(v) && v.length && typeof v[0] === "number") return { header: `${key}:double[]`, cell: (x) => list(x as number[]) };
  if (Array.isArray(v)) return { header: `${key}:string[]`, cell: (x) => list(x as string[]) };
  throw new Refused(`the attribute ${key} has a value of no CSV type`);
}

/** Buffers lines and writes them in large chunks. */
class CsvFile {
  private chunks: string[] = [];
  private size = 0;
  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}
  static async create(file: string, header: string): Promise<CsvFile> {
    const f = new CsvFile(await open(file, "w"));
    await f.line(header);
    return f;
  }
  async line(s: string): Promise<void> {
    this.chunks.push(s, "\n");
    this.size += s.length;
    if (this.size > 1 << 20) await this.flush();
  }
  private async flush(): Promise<void> {
    await this.handle.write(this.chunks.join(""));
    this.chunks = [];
    this.size = 0;
  }
  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

/** Rows grouped by the file they go to: one per distinct set of property columns. */
function byColumns<R extends { props: Record<string, unknown> }>(rows: R[]): Map<string, { columns: [string, Column][]; rows: R[] }> {
  const out = new Map<string, { columns: [string, Column][]; rows: R[] }>();
  for (const row of rows) {
    const columns = Object.keys(row.props)
      .sort()
      .map((k): [string, Column] => [k, columnOf(k, row.props[k])]);
    const sig = columns.map(([, c]) => c.header).join(",");
    const group = out.get(sig) ?? { columns, rows: [] };
    group.rows.push(row);
    out.set(sig, group);
  }
  return out;
}

/**
 * Every node list as a column. neo4j-admin stores no property for an empty array: the merged lists are
 * set to [] afterwards (as the transactional loader stores them), the sparse ones stay absent (as it leaves them).
 */
const NODE_LISTS = [...MERGED_NODE_LISTS, ...SPARSE_NODE_LISTS] as const;
const nodeFixed = ["id:ID", ":LABEL", "name", "searchText", LOAD_HASH, ...NODE_LISTS.map((f) => `${f}:string[]`)];
/** Notes the empty lists of a row under its label or type (see WrittenFiles.emptyLists). */
function noteEmpty(into: Map<string, Set<string>>, kind: string, lists: [string, readonly unknown[]][]): void {
  for (const [f, xs] of lists) {
    if (xs.length) continue;
    const set = into.get(kind) ?? new Set<string>();
    set.add(f);
    into.set(kind, set);
  }
}

function nodeLine(label: string, row: NodeRow, columns: [string, Column][]): string {
  // As nodeMergeCypher's SET on creation: the name, then " | " and each alias.
  const searchText = [row.name, ...row.lists.aliases].join(" | ");
  const fixed = [quote(row.id), label, quote(row.name), quote(searchText), quote(row.hash), ...NODE_LISTS.map((f) => list(row.lists[f]))];
  return [...fixed, ...columns.map(([k, c]) => c.cell(row.props[k]))].join(",");
}

const edgeFixed = [":START_ID", ":END_ID", ":TYPE", LOAD_HASH, "firstSeen:date", "lastSeen:date", ...EVIDENCE_LISTS.map(([f]) => `${f}:string[]`)];
function edgeLine(type: string, row: EdgeRow, columns: [string, Column][]): string {
  const part = (at: number) => row.e.filter((_, i) => i % EVIDENCE_STRIDE === at);
  const fixed = [
    quote(row.source),
    quote(row.target),
    type,
    quote(row.hash),
    row.firstSeen ? String(row.firstSeen) : "",
    row.lastSeen ? String(row.lastSeen) : "",
    ...EVIDENCE_LISTS.map(([, at]) => list(part(at))),
  ];
  return [...fixed, ...columns.map(([k, c]) => c.cell(row.props[k]))].join(",");
}

/** Writes the CSVs into `dir`, or says why this graph must take the transactional path. */
export async function writeImportFiles(
  graph: GraphJson,
  dir: string,
  onProgress?: (p: { phase: "nodes" | "relationships"; done: number; total: number }) => void,
): Promise<WrittenFiles | BulkRefusal> {
  const groups = toBatchGroups(graph);
  const files: WrittenFiles = {
    nodes: [],
    relationships: [],
    arrayDelimiter: ARRAY_DELIMITER_ARG,
    workDir: dir,
    nodeCount: 0,
    relationshipCount: 0,
    emptyLists: new Map(),
  };
  const write = async (name: string, header: string[], lines: Iterable<string>, phase: "nodes" | "relationships", total: number) => {
    const file = join(dir, `${name}.csv`);
    const out = await CsvFile.create(file, header.join(","));
    try {
      for (const l of lines) {
        await out.line(l);
        const n = phase === "nodes" ? ++files.nodeCount : ++files.relationshipCount;
        if (n % 10_000 === 0) onProgress?.({ phase, done: n, total });
      }
    } finally {
      await out.close();
    }
    return file;
  };
  try {
    for (const g of groups.nodes) {
      let i = 0;
      for (const { columns, rows } of byColumns(g.rows).values()) {
        const lines = (function* () {
          for (const r of rows) {
            noteEmpty(
              files.emptyLists,
              g.label,
              MERGED_NODE_LISTS.map((f) => [f, r.lists[f]]),
            );
            yield nodeLine(g.label, r, columns);
          }
        })();
        files.nodes.push(await write(`nodes-${g.label}-${i++}`, [...nodeFixed, ...columns.map(([, c]) => c.header)], lines, "nodes", graph.nodes.length));
      }
    }
    // MERGE makes one relationship of two edges with the same type and endpoints; an import would make two.
    const seen = new Set<string>();
    for (const g of groups.edges) {
      for (const r of g.rows) {
        const k = `${g.type}|${r.source}|${r.target}`;
        if (seen.has(k)) throw new Refused(`two ${g.type} edges join ${r.source} and ${r.target}`);
        seen.add(k);
      }
      let i = 0;
      for (const { columns, rows } of byColumns(g.rows).values()) {
        const lines = (function* () {
          for (const r of rows) {
            if (!r.e.length)
              noteEmpty(
                files.emptyLists,
                g.type,
                EVIDENCE_LISTS.map(([f]) => [f, []]),
              );
            yield edgeLine(g.type, r, columns);
          }
        })();
        const name = `rels-${g.type}-${g.sourceLabel}-${g.targetLabel}-${i++}`;
        files.relationships.push(await write(name, [...edgeFixed, ...columns.map(([, c]) => c.header)], lines, "relationships", graph.edges.length));
      }
    }
  } catch (e) {
    if (e instanceof Refused) return { refused: e.message };
    throw e;
  }
  onProgress?.({ phase: "nodes", done: files.nodeCount, total: graph.nodes.length });
  onProgress?.({ phase: "relationships", done: files.relationshipCount, total: graph.edges.length });
  return files;
}
