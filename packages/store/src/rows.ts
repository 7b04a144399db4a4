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
  lists: Record<(typeof MERGED_NODE_LISTS)[number], string[]>;
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

const uniq = (xs: readonly string[] | undefined): string[] => [...new Set(xs ?? [])];

export function evidenceKey(e: Evidence): string {
  return `${e.article}|${e.start ?? ""}|${e.end ?? ""}|${e.rule ?? ""}|${e.start === undefined ? e.sentence : ""}`;
}

/** Node properties the store owns: `id` is the node's key (SET n += props must never change it). */
const STORE_OWNED_NODE_PROPS = new Set<string>([...RESERVED_NODE_ATTRIBUTES, LOAD_HASH]);

export function nodeRow(n: SerializedNode): NodeRow {
  const { type: _type, name, aliases, articles, roles, credits, ...rest } = n.attributes;
  const props: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(rest)) {
    if (STORE_OWNED_NODE_PROPS.has(k) || k === "") continue;
    const p = toProperty(NODE_DATE_ATTRIBUTES.has(k) ? asDate(v) : v);
    if (p !== undefined) props[k] = p;
  }
  const row = {
    id: n.key,
    name,
    lists: { aliases: uniq(aliases), articles: uniq(articles), roles: uniq(roles), credits: uniq(credits) },
    props,
  };
  return { ...row, hash: contentHash(n.attributes.type, [JSON.stringify(row)]) };
}

/** `articleDay`: publication days of the graph's Article nodes, for evidence entries without a date. */
export function edgeRow(e: SerializedEdge, articleDay?: ArticleDay): EdgeRow {
  const { type: _type, evidence, ...rest } = e.attributes;
  const span = spanOf(evidence, e.attributes, articleDay);
  const row: EdgeRow = {
    source: e.source,
    target: e.target,
    e: [],
    props: {},
    firstSeen: span.firstSeen && isIsoDate(span.firstSeen) ? toNeo4jDate(span.firstSeen) : null,
    lastSeen: span.lastSeen && isIsoDate(span.lastSeen) ? toNeo4jDate(span.lastSeen) : null,
    hash: "",
  };
  const seen = new Set<string>();
  for (const ev of evidence) {
    const key = evidenceKey(ev);
    if (seen.has(key)) continue;
    seen.add(key);
    row.e.push(key, ev.article, ev.sentence, JSON.stringify(ev));
  }
  for (const [k, v] of Object.entries(rest)) {
    if (DERIVED_EDGE_ATTRIBUTES.has(k) || k === "") continue;
    const p = toProperty(v);
    if (p !== undefined) row.props[k] = p;
  }
  // The evidence's JSON texts already hold everything its other strings say.
  const jsons = row.e.filter((_, i) => i % EVIDENCE_STRIDE === EVIDENCE_STRIDE - 1);
  row.hash = contentHash(e.attributes.type, [JSON.stringify([row.source, row.target, row.props]), String(row.firstSeen), String(row.lastSeen), ...jsons]);
  return row;
}

/** Groups rows by label (nodes) and by (type, source label, target label) (edges), so Cypher stays static. */
export function toBatchGroups(graph: GraphJson): { nodes: NodeBatchGroup[]; edges: EdgeBatchGroup[] } {
  const labelOf = new Map<string, NodeType>();
  const nodes = new Map<NodeType, NodeRow[]>();
  for (const n of graph.nodes) {
    labelOf.set(n.key, n.attributes.type);
    const list = nodes.get(n.attributes.type) ?? [];
    list.push(nodeRow(n));
    nodes.set(n.attributes.type, list);
  }
  const articleDays = new Map<string, string>();
  for (const n of graph.nodes) if (n.attributes.type === "Article" && n.attributes.date) articleDays.set(n.key, n.attributes.date);
  const articleDay: ArticleDay = (id) => articleDays.get(articleKey(id));
  const edges = new Map<string, EdgeBatchGroup>();
  for (const e of graph.edges) {
    const sourceLabel = labelOf.get(e.source);
    const targetLabel = labelOf.get(e.target);
    if (!sourceLabel || !targetLabel) continue; // parseGraphJson rejects these before we get here
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
