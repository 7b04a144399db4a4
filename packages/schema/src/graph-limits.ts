// What Neo4j or the memory server would refuse, found before anything is written: an attribute with an
// empty key, one named like a node's key, a self-loop, two edges with one key, a string too long to
// index (a name, an alias, a key) or to store. Each problem names its node or edge.

/** The parts of a graph.json these checks read (graph.ts's GraphJson fits; no import back into graph.ts). */
interface CheckedGraph {
  nodes: readonly { key: string; attributes: Record<string, unknown> }[];
  edges: readonly { key?: string | undefined; source: string; target: string; attributes: Record<string, unknown> & { type: string } }[];
}

/** Indexed strings (keys, names, aliases): Neo4j's range index refuses keys over about 8 KB. */
export const MAX_INDEXED_STRING_LENGTH = 2_000;
/** Any other string (a sentence, a title): generous, but a megabyte of text is not an attribute. */
export const MAX_STRING_LENGTH = 100_000;
/** Attribute names the store keeps for itself: a node's `id` is its key, `searchText` feeds the full-text index. */
export const RESERVED_NODE_ATTRIBUTES = ["id", "searchText"] as const;

// These run over every node and edge of every load (a reload of 120,000 relationships included), so
// they allocate nothing on the way: no entry lists, no value arrays, labels built only for a problem.

function tooLong(value: unknown, max: number): boolean {
  if (typeof value === "string") return value.length > max;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (tooLong(value[i], max)) return true;
    return false;
  }
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const k in o) if (tooLong(o[k], max)) return true;
  }
  return false;
}

function attributeProblems(label: () => string, attributes: Record<string, unknown>, indexed: readonly string[], problems: string[]): void {
  for (const k in attributes) {
    if (k.trim() === "") {
      problems.push(`${label()}: an attribute has an empty name`);
      continue;
    }
    const max = indexed.includes(k) ? MAX_INDEXED_STRING_LENGTH : MAX_STRING_LENGTH;
    if (tooLong(attributes[k], max)) problems.push(`${label()}: attribute ${k} is longer than ${max} characters`);
  }
}

const NODE_INDEXED = ["name", "aliases"];
const NO_INDEXED: string[] = [];

export function limitProblems(graph: CheckedGraph): string[] {
  const problems: string[] = [];
  for (const n of graph.nodes) {
    const label = () => `node ${n.key.slice(0, 80)}`;
    if (n.key.length > MAX_INDEXED_STRING_LENGTH) problems.push(`${label()}…: key longer than ${MAX_INDEXED_STRING_LENGTH} characters`);
    for (const k of RESERVED_NODE_ATTRIBUTES) {
      if (Object.hasOwn(n.attributes, k)) problems.push(`${label()}: attribute ${k} is reserved (a node's key is its id)`);
    }
    attributeProblems(label, n.attributes, NODE_INDEXED, problems);
  }
  const edgeKeys = new Set<string>();
  for (const e of graph.edges) {
    const label = () => `edge ${e.source.slice(0, 80)}-[${e.attributes.type}]->${e.target.slice(0, 80)}`;
    if (e.source === e.target) problems.push(`${label()}: a relationship from a node to itself (self-loop)`);
    if (e.key !== undefined) {
      if (edgeKeys.has(e.key)) problems.push(`${label()}: duplicate edge key ${e.key.slice(0, 80)}`);
      edgeKeys.add(e.key);
    }
    attributeProblems(label, e.attributes, NO_INDEXED, problems);
  }
  return problems;
}
