// graph.json -> neo4j-admin import CSVs holding exactly what the transactional loader stores (rows.ts and
// load-cypher.ts): the same rows, so the same properties, searchText, content hashes, evidence lists and
// Neo4j dates. A node file per label and set of property types, a relationship file per type and set of
// property types (one column cannot hold two types), each with its own header line.
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { GraphJson, NodeType } from "@backchannel/schema";
import neo4j from "neo4j-driver";
import { EVIDENCE_LISTS } from "../load-cypher.js";
import { articleDayOf, EVIDENCE_STRIDE, edgeRow, LOAD_HASH, MERGED_NODE_LISTS, nodeRow, SPARSE_NODE_LISTS, type EdgeRow, type NodeRow } from "../rows.js";
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

/** A row's property columns, sorted by name: rows with the same headers share a file. */
function columnsOf(props: Record<string, unknown>): { columns: [string, Column][]; signature: string } {
  const columns = Object.keys(props)
    .sort()
    .map((k): [string, Column] => [k, columnOf(k, props[k])]);
  return { columns, signature: columns.map(([, c]) => c.header).join(",") };
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

/** The open CSV files, one per label (or type and endpoint labels) and set of property columns. */
class CsvFiles {
  private readonly open = new Map<string, CsvFile>();
  private readonly perPrefix = new Map<string, number>();

  constructor(private readonly dir: string) {}

  /** The file of `prefix` and these columns, created with its header the first time; its path in `created` then. */
  async get(prefix: string, signature: string, header: () => string[], created: string[]): Promise<CsvFile> {
    const key = `${prefix}|${signature}`;
    let f = this.open.get(key);
    if (!f) {
      const i = this.perPrefix.get(prefix) ?? 0;
      this.perPrefix.set(prefix, i + 1);
      const file = join(this.dir, `${prefix}-${i}.csv`);
      f = await CsvFile.create(file, header().join(","));
      this.open.set(key, f);
      created.push(file);
    }
    return f;
  }

  async close(): Promise<void> {
    for (const f of this.open.values()) await f.close();
    this.open.clear();
  }
}

/**
 * Writes the CSVs into `dir`, or says why this graph must take the transactional path. Each row is built,
 * written and dropped before the next (never all of them at once: with the graph, they would not fit in
 * Node's default heap from about a million relationships with their sentences). The caller has checked the
 * graph's contract, which refuses two edges of one type between the same nodes (an import would make two
 * relationships of them, where MERGE makes one).
 */
export async function writeImportFiles(
  graph: GraphJson,
  dir: string,
  onProgress?: (p: { phase: "nodes" | "relationships"; done: number; total: number }) => void,
): Promise<WrittenFiles | BulkRefusal> {
  const files: WrittenFiles = {
    nodes: [],
    relationships: [],
    arrayDelimiter: ARRAY_DELIMITER_ARG,
    workDir: dir,
    nodeCount: 0,
    relationshipCount: 0,
    emptyLists: new Map(),
  };
  const out = new CsvFiles(dir);
  const labelOf = new Map<string, NodeType>();
  try {
    for (const n of graph.nodes) {
      const label = n.attributes.type;
      labelOf.set(n.key, label);
      const row = nodeRow(n);
      const { columns, signature } = columnsOf(row.props);
      const f = await out.get(`nodes-${label}`, signature, () => [...nodeFixed, ...columns.map(([, c]) => c.header)], files.nodes);
      noteEmpty(
        files.emptyLists,
        label,
        MERGED_NODE_LISTS.map((f) => [f, row.lists[f]]),
      );
      await f.line(nodeLine(label, row, columns));
      if (++files.nodeCount % 10_000 === 0) onProgress?.({ phase: "nodes", done: files.nodeCount, total: graph.nodes.length });
    }
    const articleDay = articleDayOf(graph);
    for (const e of graph.edges) {
      const type = e.attributes.type;
      const row = edgeRow(e, articleDay);
      const { columns, signature } = columnsOf(row.props);
      const prefix = `rels-${type}-${labelOf.get(e.source)}-${labelOf.get(e.target)}`;
      const f = await out.get(prefix, signature, () => [...edgeFixed, ...columns.map(([, c]) => c.header)], files.relationships);
      if (!row.e.length)
        noteEmpty(
          files.emptyLists,
          type,
          EVIDENCE_LISTS.map(([name]) => [name, []]),
        );
      await f.line(edgeLine(type, row, columns));
      if (++files.relationshipCount % 10_000 === 0) onProgress?.({ phase: "relationships", done: files.relationshipCount, total: graph.edges.length });
    }
  } catch (e) {
    if (e instanceof Refused) return { refused: e.message };
    throw e;
  } finally {
    await out.close();
  }
  onProgress?.({ phase: "nodes", done: files.nodeCount, total: graph.nodes.length });
  onProgress?.({ phase: "relationships", done: files.relationshipCount, total: graph.edges.length });
  return files;
}
