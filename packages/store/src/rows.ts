// graph.json -> parameter rows for Neo4j, and Neo4j records -> graph.json. Pure functions, no driver
// (neo4j-driver's value types aside: dates go to Neo4j as dates).
import {
  type ArticleDay,
  articleKey,
  NODE_TYPES,
  RELATION_TYPES,
  RESERVED_NODE_ATTRIBUTES,
  type Evidence,
  type GraphJson,
  isIsoDate,
  type NodeType,
  type RelationType,
  type SerializedEdge,
  type SerializedNode,
  spanOf,
} from "@backchannel/schema";
import neo4j, { type Date as Neo4jDate } from "neo4j-driver";
import { contentHash } from "./content-hash.js";

/** Node attributes that are lists merged as sets on every load (never overwritten). */
export const MERGED_NODE_LISTS = ["aliases", "articles", "roles", "credits"] as const;
/**
 * Lists merged as sets like MERGED_NODE_LISTS, but stored only once they hold something: an Article's
 * `copies` (its syndicated copies), which later runs add to when a copy of an article already loaded
 * arrives. Overwriting would drop the copies earlier loads brought; storing [] on every node, as the
 * lists above are, would add a property to every node and every exported graph.
 */
export const SPARSE_NODE_LISTS = ["copies"] as const;
/** Every list a node row carries apart from its properties. */
export type NodeListName = (typeof MERGED_NODE_LISTS)[number] | (typeof SPARSE_NODE_LISTS)[number];
/**
 * Where each node and relationship keeps the content hash of the last row merged into it (see
 * content-hash.ts): a reload skips rows whose hash is already there. Store-owned, like searchText.
 */
export const LOAD_HASH = "loadHash";
type Scalar = string | number | boolean | string[] | number[] | Neo4jDate<number>;

/**
 * Attributes that are days (ISO in graph.json) and Neo4j `date` values in the database, so Cypher's
 * date functions and comparisons apply (docs/ontology.md).
 */
const NODE_DATE_ATTRIBUTES = new Set(["date", "endDate", "reportedBy"]);

/** An ISO day as a Neo4j date; anything else as it was. */
export function toNeo4jDate(v: string): Neo4jDate<number> {
  const [y, m, d] = v.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}
const asDate = (v: unknown): unknown => (typeof v === "string" && isIsoDate(v) ? toNeo4jDate(v) : v);
/** A Neo4j date back to its ISO day (graph.json keeps days as strings); anything else as it was. */
const fromDate = (v: unknown): unknown => (v && typeof v === "object" && neo4j.isDate(v) ? String(v) : v);

export interface NodeRow {
  id: string;
  name: string;
  lists: Record<NodeListName, string[]>;
  props: Record<string, Scalar>;
  /** Content hash of everything above and the label (see content-hash.ts). */
  hash: string;
}

/** Strings per evidence entry in EdgeRow.e: its key, article, sentence, and the whole entry as JSON. */
export const EVIDENCE_STRIDE = 4;

export interface EdgeRow {
  source: string;
  target: string;
  /**
   * The evidence, flattened: [key, article, sentence, json, key, article, ...]. One flat list per row
   * rather than four parallel ones, because the driver packs every nested list and map one by one and
   * parameter packing is a large part of a load's time. The key identifies an entry: one already on
   * the relationship is not added again.
   */
  e: string[];
  props: Record<string, Scalar>;
  /**
   * firstSeen and lastSeen (the relationship's own, else from its evidence's days), apart from the
   * other properties: a load keeps the earlier firstSeen and the later lastSeen of what the database
   * holds and what it brings, where other properties are overwritten.
   */
  firstSeen: Neo4jDate<number> | null;
  lastSeen: Neo4jDate<number> | null;
  /** Content hash of everything above and the type (see content-hash.ts). */
  hash: string;
}

/** Edge attributes the store derives from the evidence itself (never copied from the input). */
const DERIVED_EDGE_ATTRIBUTES = new Set(["articles", "sentences", "evidenceKeys", "firstSeen", "lastSeen", LOAD_HASH]);

export interface NodeBatchGroup {
  label: NodeType;
  rows: NodeRow[];
}
export interface EdgeBatchGroup {
  type: RelationType;
  sourceLabel: NodeType;
  targetLabel: NodeType;
  rows: EdgeRow[];
}

/** Neo4j properties take primitives and homogeneous lists of them; anything else is kept as JSON text. */
function toProperty(value: unknown): Scalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "object" && neo4j.isDate(value)) return value as unknown as Neo4jDate<number>;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) return value as number[];
  return JSON.stringify(value);
}

/** The list without repeats. Most lists have none and are short: they are returned as they are, with no Set. */
function uniq(xs: readonly string[] | undefined): string[] {
  if (!xs) return [];
  if (xs.length > 16) return [...new Set(xs)];
  for (let i = 1; i < xs.length; i++) for (let j = 0; j < i; j++) if (xs[i] === xs[j]) return [...new Set(xs)];
  return xs as string[];
}

export function evidenceKey(e: Evidence): string {
  return `${e.article}|${e.start ?? ""}|${e.end ?? ""}|${e.rule ?? ""}|${e.start === undefined ? e.sentence : ""}`;
}

/** Node properties the store owns: `id` is the node's key (SET n += props must never change it). */
const STORE_OWNED_NODE_PROPS = new Set<string>([...RESERVED_NODE_ATTRIBUTES, LOAD_HASH]);

/** Node attributes that are not properties of their own: the type is the label, the others row fields. */
const NODE_ROW_FIELDS = new Set(["type", "name", "aliases", "articles", "roles", "credits"]);

export function nodeRow(n: SerializedNode): NodeRow {
  const a = n.attributes;
  const props: Record<string, Scalar> = {};
  // for...in rather than a rest object and its entries: a reload runs this for every node.
  for (const k in a) {
    if (NODE_ROW_FIELDS.has(k) || STORE_OWNED_NODE_PROPS.has(k) || k === "") continue;
    const v = (a as Record<string, unknown>)[k];
    const p = toProperty(NODE_DATE_ATTRIBUTES.has(k) ? asDate(v) : v);
    if (p !== undefined) props[k] = p;
  }
  const merged = { aliases: uniq(a.aliases), articles: uniq(a.articles), roles: uniq(a.roles), credits: uniq(a.credits) };
  // `copies` was a plain property before it was merged as a list: it is hashed where it was (in props,
  // at its place), so every row that did not change keeps the hash databases already hold.
  const hash = contentHash(a.type, [JSON.stringify({ id: n.key, name: a.name, lists: merged, props })]);
  let copies: string[] = [];
  if (props.copies !== undefined) {
    copies = uniq(a.copies);
    delete props.copies;
  }
  const lists: NodeRow["lists"] = Object.assign(merged, { copies });
  return { id: n.key, name: a.name, lists, props, hash };
}

/** An edge's own properties: everything but its type, its evidence and what the store derives from the evidence. */
function edgeProps(attributes: SerializedEdge["attributes"]): Record<string, Scalar> {
  const props: Record<string, Scalar> = {};
  for (const k in attributes) {
    if (k === "type" || k === "evidence" || DERIVED_EDGE_ATTRIBUTES.has(k) || k === "") continue;
    const p = toProperty(attributes[k]);
    if (p !== undefined) props[k] = p;
  }
  return props;
}

/** firstSeen and lastSeen as ISO days, or null (days that are not valid ISO days are not stored). */
export function edgeDays(e: SerializedEdge, articleDay?: ArticleDay): [string | null, string | null] {
  const span = spanOf(e.attributes.evidence, e.attributes, articleDay);
  return [span.firstSeen && isIsoDate(span.firstSeen) ? span.firstSeen : null, span.lastSeen && isIsoDate(span.lastSeen) ? span.lastSeen : null];
}

/**
 * The hash of an edge row from its parts (a valid ISO day prints as itself, as the Neo4j date it becomes
 * does). The evidence's JSON texts already hold everything its other strings say.
 */
function edgeContentHash(e: SerializedEdge, props: Record<string, Scalar>, days: [string | null, string | null], jsons: string[]): string {
  // The same text as JSON.stringify([source, target, props]); most edges have no props, and two strings
  // are cheaper to write than an array.
  let empty = true;
  for (const _ in props) {
    empty = false;
    break;
  }
  const ends = empty ? `[${JSON.stringify(e.source)},${JSON.stringify(e.target)},{}]` : JSON.stringify([e.source, e.target, props]);
  return contentHash(e.attributes.type, [ends, String(days[0]), String(days[1]), ...jsons]);
}

/** `articleDay`: publication days of the graph's Article nodes, for evidence entries without a date. */
export function edgeRow(e: SerializedEdge, articleDay?: ArticleDay): EdgeRow {
  const days = edgeDays(e, articleDay);
  const row: EdgeRow = {
    source: e.source,
    target: e.target,
    e: [],
    props: edgeProps(e.attributes),
    firstSeen: days[0] ? toNeo4jDate(days[0]) : null,
    lastSeen: days[1] ? toNeo4jDate(days[1]) : null,
    hash: "",
  };
  const seen = new Set<string>();
  const jsons: string[] = [];
  for (const ev of e.attributes.evidence) {
    const key = evidenceKey(ev);
    if (seen.has(key)) continue;
    seen.add(key);
    const json = JSON.stringify(ev);
    jsons.push(json);
    row.e.push(key, ev.article, ev.sentence, json);
  }
  row.hash = edgeContentHash(e, row.props, days, jsons);
  return row;
}

/**
 * edgeRow(e).hash without building the row (no Neo4j dates, no flattened evidence): what a reload
 * computes for every edge, most of which it then skips.
 */
export function edgeHash(e: SerializedEdge, articleDay?: ArticleDay): string {
  const evidence = e.attributes.evidence;
  const jsons: string[] = [];
  if (evidence.length === 1) jsons.push(JSON.stringify(evidence[0]));
  else {
    const seen = new Set<string>();
    for (const ev of evidence) {
      const key = evidenceKey(ev);
      if (seen.has(key)) continue;
      seen.add(key);
      jsons.push(JSON.stringify(ev));
    }
  }
  return edgeContentHash(e, edgeProps(e.attributes), edgeDays(e, articleDay), jsons);
}

/**
 * Hashes the database already holds, per label and per relationship type (unchanged.ts reads them): a
 * row whose hash is among them is skipped without being built.
 */
export interface KnownHashes {
  nodes: ReadonlyMap<NodeType, ReadonlySet<string>>;
  edges: ReadonlyMap<RelationType, ReadonlySet<string>>;
}

export interface BatchGroups {
  nodes: NodeBatchGroup[];
  edges: EdgeBatchGroup[];
  /** Rows left out because `known` holds their hash. */
  unchanged: { nodes: number; edges: number };
}

/**
 * Entries whose bucket digest the database holds (digests.ts): settled, never hashed nor sent. 1 at an
 * entry's index when it is settled.
 */
export interface Settled {
  nodes: Uint8Array;
  edges: Uint8Array;
}

/** Rows per label and per relationship type, counted without building any: what decides which hashes to read. */
export function groupSizes(graph: GraphJson, settled?: Settled): { nodes: Map<NodeType, number>; edges: Map<RelationType, number> } {
  const nodes = new Map<NodeType, number>();
  const edges = new Map<RelationType, number>();
  graph.nodes.forEach((n, i) => {
    if (!settled?.nodes[i]) nodes.set(n.attributes.type, (nodes.get(n.attributes.type) ?? 0) + 1);
  });
  graph.edges.forEach((e, i) => {
    if (!settled?.edges[i]) edges.set(e.attributes.type, (edges.get(e.attributes.type) ?? 0) + 1);
  });
  return { nodes, edges };
}

/**
 * What a reload computes for every entry before it knows which are stored: every node's row (its hash
 * needs most of it) and every edge's hash. `precompute` makes it in slices, so the driver reads the stored
 * hashes from Neo4j meanwhile.
 */
export interface Precomputed {
  nodeRows: NodeRow[];
  edgeHashes: string[];
}

/** Publication days of the graph's Article nodes, for evidence entries without a date; none without dated articles. */
export function articleDayOf(graph: GraphJson): ArticleDay | undefined {
  const days = new Map<string, string>();
  for (const n of graph.nodes) if (n.attributes.type === "Article" && n.attributes.date) days.set(n.key, n.attributes.date);
  return days.size ? (id) => days.get(articleKey(id)) : undefined;
}

/** Entries between two turns of the event loop while precomputing (about 10 ms of work each). */
const SLICE = 2_000;
const nextTurn = (): Promise<void> => new Promise((r) => setImmediate(r));

/** `types`: the relationship types whose stored hashes are being read (no other edge's hash is looked at). */
export async function precompute(graph: GraphJson, types: ReadonlySet<RelationType>, settled?: Settled): Promise<Precomputed> {
  const nodeRows: NodeRow[] = new Array(graph.nodes.length);
  const edgeHashes: string[] = new Array(graph.edges.length);
  for (let i = 0; i < graph.nodes.length; i++) {
    if (i % SLICE === 0) await nextTurn();
    if (!settled?.nodes[i]) nodeRows[i] = nodeRow(graph.nodes[i]!);
  }
  const articleDay = articleDayOf(graph);
  for (let i = 0; i < graph.edges.length; i++) {
    if (i % SLICE === 0) await nextTurn();
    const e = graph.edges[i]!;
    if (types.has(e.attributes.type) && !settled?.edges[i]) edgeHashes[i] = edgeHash(e, articleDay);
  }
  return { nodeRows, edgeHashes };
}

/**
 * Groups rows by label (nodes) and by (type, source label, target label) (edges), so Cypher stays static.
 * With `known`, a node or edge whose hash the database holds is counted as unchanged and gets no row,
 * as is a settled one; `pre` is what `precompute` made for this graph.
 */
export function toBatchGroups(graph: GraphJson, known?: KnownHashes, pre?: Precomputed, settled?: Settled): BatchGroups {
  const unchanged = { nodes: 0, edges: 0 };
  const labelOf = new Map<string, NodeType>();
  const nodes = new Map<NodeType, NodeRow[]>();
  for (let i = 0; i < graph.nodes.length; i++) {
    const n = graph.nodes[i]!;
    const label = n.attributes.type;
    labelOf.set(n.key, label);
    if (settled?.nodes[i]) {
      unchanged.nodes++;
      continue;
    }
    const row = pre ? pre.nodeRows[i]! : nodeRow(n);
    if (known?.nodes.get(label)?.has(row.hash)) {
      unchanged.nodes++;
      continue;
    }
    const list = nodes.get(label) ?? [];
    list.push(row);
    nodes.set(label, list);
  }
  const articleDay = articleDayOf(graph);
  const edges = new Map<string, EdgeBatchGroup>();
  for (let i = 0; i < graph.edges.length; i++) {
    const e = graph.edges[i]!;
    const sourceLabel = labelOf.get(e.source);
    const targetLabel = labelOf.get(e.target);
    if (!sourceLabel || !targetLabel) continue; // parseGraphJson rejects these before we get here
    if (settled?.edges[i]) {
      unchanged.edges++;
      continue;
    }
    const stored = known?.edges.get(e.attributes.type);
    if (stored?.has(pre ? pre.edgeHashes[i]! : edgeHash(e, articleDay))) {
      unchanged.edges++;
      continue;
    }
    const k = `${e.attributes.type}|${sourceLabel}|${targetLabel}`;
    let group = edges.get(k);
    if (!group) {
      group = { type: e.attributes.type, sourceLabel, targetLabel, rows: [] };
      edges.set(k, group);
    }
    group.rows.push(edgeRow(e, articleDay));
  }
  // Rows in key order: neighbouring rows touch neighbouring index pages and records.
  for (const g of edges.values()) g.rows.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1));
  return {
    nodes: NODE_TYPES.filter((t) => nodes.has(t)).map((label) => ({ label, rows: nodes.get(label)! })),
    edges: [...edges.values()].sort((a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type)),
    unchanged,
  };
}

// ---- Neo4j -> graph.json ------------------------------------------------------------------

const INTERNAL_NODE_PROPS = new Set(["id", "searchText", LOAD_HASH]);
/** Where a relationship keeps its evidence in Neo4j (see edgeMergeCypher). */
export const EVIDENCE_PROPS = ["evidenceKeys", "evidence", "articles", "sentences"];
const INTERNAL_EDGE_PROPS = new Set([...EVIDENCE_PROPS, LOAD_HASH]);

export function nodeFromProperties(label: string, props: Record<string, unknown>): SerializedNode {
  const attributes: Record<string, unknown> = { type: label, aliases: [], articles: [] };
  for (const [k, v] of Object.entries(props)) if (!INTERNAL_NODE_PROPS.has(k)) attributes[k] = fromDate(v);
  return { key: String(props.id), attributes: attributes as SerializedNode["attributes"] };
}

export function evidenceFromProperties(props: Record<string, unknown>): Evidence[] {
  const json = Array.isArray(props.evidence) ? (props.evidence as string[]) : [];
  const out: Evidence[] = [];
  for (const s of json) {
    try {
      out.push(JSON.parse(s) as Evidence);
    } catch {
      // A hand-written relationship without JSON evidence: fall back to the parallel lists below.
    }
  }
  if (out.length) return out;
  const articles = (props.articles as string[] | undefined) ?? [];
  const sentences = (props.sentences as string[] | undefined) ?? [];
  return articles.map((article, i) => ({ article, sentence: sentences[i] ?? "" }));
}

export function edgeFromProperties(type: string, source: string, target: string, props: Record<string, unknown>): SerializedEdge {
  const attributes: Record<string, unknown> = { type, evidence: evidenceFromProperties(props) };
  for (const [k, v] of Object.entries(props)) if (!INTERNAL_EDGE_PROPS.has(k)) attributes[k] = fromDate(v);
  return { source, target, attributes: attributes as SerializedEdge["attributes"] };
}
