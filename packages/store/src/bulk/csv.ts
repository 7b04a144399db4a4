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

// Most values hold no quote: they are wrapped without a replaceAll's scan and copy.
const quote = (s: string): string => (s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`);

/** An element checked: an empty one would vanish from (and a delimiter would split) the list neo4j-admin reads back. */
function element(x: string | number): string {
  const s = typeof x === "string" ? x : String(x);
  if (s === "" || s.includes(DELIMITER)) throw new Refused("a list holds an empty string or the character U+001F");
  return s;
}

function list(xs: readonly (string | number)[]): string {
  if (xs.length === 0) return '""';
  let joined = element(xs[0] as string | number);
  for (let i = 1; i < xs.length; i++) joined += DELIMITER + element(xs[i] as string | number);
  return quote(joined);
}

/** The evidence list at offset `at` of the flattened entries (EdgeRow.e), as one quoted cell. */
function evidenceList(e: readonly string[], at: number): string {
  if (e.length === 0) return '""';
  let joined = element(e[at] as string);
  for (let i = at + EVIDENCE_STRIDE; i < e.length; i += EVIDENCE_STRIDE) joined += DELIMITER + element(e[i] as string);
  return quote(joined);
}

/** Whether a line holds a line break inside a value: only files with such lines are read in neo4j-admin's slower multi-line mode. */
const LINE_BREAK = /[\n\r]/;
const hasLineBreak = (line: string): boolean => LINE_BREAK.test(line);

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

/**
 * Buffers lines and writes them in chunks of about 512 kB (lines kept longer survive into the old
 * generation, which the graph makes costly to collect). Adding a line is synchronous (an await per row
 * cost more than building the row); the caller flushes when `add` says the buffer is full.
 */
class CsvFile {
  private chunks: string[] = [];
  private size = 0;
  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}
  static async create(file: string, header: string): Promise<CsvFile> {
    const f = new CsvFile(await open(file, "w"));
    f.add(header);
    return f;
  }
  /** Appends a line; true when the buffer should be flushed. */
  add(s: string): boolean {
    this.chunks.push(s, "\n");
    this.size += s.length;
    return this.size > 1 << 19;
  }
  async flush(): Promise<void> {
    if (!this.chunks.length) return;
    const text = this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    await this.handle.write(text);
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
// Nodes are matched to relationships by an integer import id (their place in graph.nodes), which
// neo4j-admin maps far faster than string ids and does not store (`:ID` has no property name); `id` is a
// property column of its own, the key as the transactional loader stores it.
const nodeFixed = [":ID", ":LABEL", "id", "name", "searchText", LOAD_HASH, ...NODE_LISTS.map((f) => `${f}:string[]`)];
/** Notes the empty lists of a row under its label or type (see WrittenFiles.emptyLists). */
function noteEmpty(into: Map<string, Set<string>>, kind: string, lists: [string, readonly unknown[]][]): void {
  for (const [f, xs] of lists) {
    if (xs.length) continue;
    const set = into.get(kind) ?? new Set<string>();
    set.add(f);
    into.set(kind, set);
  }
}

function propertyCells(row: NodeRow | EdgeRow, columns: [string, Column][]): string {
  let out = "";
  for (const [k, c] of columns) out += `,${c.cell(row.props[k])}`;
  return out;
}

function nodeLine(importId: number, label: string, row: NodeRow, columns: [string, Column][]): string {
  // As nodeMergeCypher's SET on creation: the name, then " | " and each alias.
  let searchText = row.name;
  for (const a of row.lists.aliases) searchText += ` | ${a}`;
  let line = `${importId},${label},${quote(row.id)},${quote(row.name)},${quote(searchText)},${quote(row.hash)}`;
  for (const f of NODE_LISTS) line += `,${list(row.lists[f])}`;
  return line + propertyCells(row, columns);
}

const edgeFixed = [":START_ID", ":END_ID", ":TYPE", LOAD_HASH, "firstSeen:date", "lastSeen:date", ...EVIDENCE_LISTS.map(([f]) => `${f}:string[]`)];
function edgeLine(source: number, target: number, type: string, row: EdgeRow, columns: [string, Column][]): string {
  const first = row.firstSeen ? String(row.firstSeen) : "";
  const last = row.lastSeen ? String(row.lastSeen) : "";
  let line = `${source},${target},${type},${quote(row.hash)},${first},${last}`;
  for (const [, at] of EVIDENCE_LISTS) line += `,${evidenceList(row.e, at)}`;
  return line + propertyCells(row, columns);
}

/**
 * The open CSV files, one per label (or type and endpoint labels) and set of property columns, and apart
 * from them the rows holding a line break, in files of their own: neo4j-admin reads a file in multi-line
 * mode (much slower, and not in parallel) only when told that it holds such rows.
 */
class CsvFiles {
  private readonly open = new Map<string, CsvFile>();
  private readonly perPrefix = new Map<string, number>();
  /** The files holding rows with a line break. */
  readonly multiline: string[] = [];

  constructor(private readonly dir: string) {}

  /**
   * Writes `line` to the file of `prefix` and these columns, created with its header the first time (its
   * path in `created` then). Returns a promise only when it has to wait (a new file, a full buffer): an
   * await per row cost more than building the row.
   */
  write(prefix: string, signature: string, header: () => string[], created: string[], line: string): Promise<void> | undefined {
    const broken = hasLineBreak(line);
    const f = this.open.get(`${prefix}|${signature}|${broken}`);
    if (!f) return this.create(prefix, signature, broken, header, created).then((g) => (g.add(line) ? g.flush() : undefined));
    return f.add(line) ? f.flush() : undefined;
  }

  private async create(prefix: string, signature: string, broken: boolean, header: () => string[], created: string[]): Promise<CsvFile> {
    const i = this.perPrefix.get(prefix) ?? 0;
    this.perPrefix.set(prefix, i + 1);
    const file = join(this.dir, `${prefix}-${i}.csv`);
    const f = await CsvFile.create(file, header().join(","));
    this.open.set(`${prefix}|${signature}|${broken}`, f);
    created.push(file);
    if (broken) this.multiline.push(file);
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
    idType: "integer",
    multilineFiles: [],
    workDir: dir,
    nodeCount: 0,
    relationshipCount: 0,
    emptyLists: new Map(),
  };
  const out = new CsvFiles(dir);
  // A node's import id and label, by key: an edge's endpoints.
  const importIdOf = new Map<string, number>();
  const labels: NodeType[] = [];
  try {
    for (const n of graph.nodes) {
      const label = n.attributes.type;
      const importId = labels.length;
      importIdOf.set(n.key, importId);
      labels.push(label);
      const row = nodeRow(n);
      const { columns, signature } = columnsOf(row.props);
      const header = () => [...nodeFixed, ...columns.map(([, c]) => c.header)];
      noteEmpty(
        files.emptyLists,
        label,
        MERGED_NODE_LISTS.map((f) => [f, row.lists[f]]),
      );
      const wait = out.write(`nodes-${label}`, signature, header, files.nodes, nodeLine(importId, label, row, columns));
      if (wait) await wait;
      if (++files.nodeCount % 10_000 === 0) onProgress?.({ phase: "nodes", done: files.nodeCount, total: graph.nodes.length });
    }
    const articleDay = articleDayOf(graph);
    for (const e of graph.edges) {
      const type = e.attributes.type;
      const row = edgeRow(e, articleDay);
      const { columns, signature } = columnsOf(row.props);
      // The contract check made sure both ends are nodes of the graph.
      const source = importIdOf.get(e.source) as number;
      const target = importIdOf.get(e.target) as number;
      const prefix = `rels-${type}-${labels[source]}-${labels[target]}`;
      const header = () => [...edgeFixed, ...columns.map(([, c]) => c.header)];
      if (!row.e.length)
        noteEmpty(
          files.emptyLists,
          type,
          EVIDENCE_LISTS.map(([name]) => [name, []]),
        );
      const wait = out.write(prefix, signature, header, files.relationships, edgeLine(source, target, type, row, columns));
      if (wait) await wait;
      if (++files.relationshipCount % 10_000 === 0) onProgress?.({ phase: "relationships", done: files.relationshipCount, total: graph.edges.length });
    }
    files.multilineFiles = out.multiline;
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
