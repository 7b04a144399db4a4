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

function tooLong(value: unknown, max: number): boolean {
  if (typeof value === "string") return value.length > max;
  if (Array.isArray(value)) return value.some((v) => tooLong(v, max));
  if (value && typeof value === "object") return Object.values(value).some((v) => tooLong(v, max));
  return false;
}

function attributeProblems(label: string, attributes: Record<string, unknown>, indexed: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [k, v] of Object.entries(attributes)) {
    if (k.trim() === "") problems.push(`${label}: an attribute has an empty name`);
    else if (tooLong(v, indexed.includes(k) ? MAX_INDEXED_STRING_LENGTH : MAX_STRING_LENGTH)) {
      problems.push(`${label}: attribute ${k} is longer than ${indexed.includes(k) ? MAX_INDEXED_STRING_LENGTH : MAX_STRING_LENGTH} characters`);
    }
  }
  return problems;
}

export function limitProblems(graph: CheckedGraph): string[] {
  const problems: string[] = [];
  for (const n of graph.nodes) {
    const label = `node ${n.key.slice(0, 80)}`;
    if (n.key.length > MAX_INDEXED_STRING_LENGTH) problems.push(`${label}…: key longer than ${MAX_INDEXED_STRING_LENGTH} characters`);
    for (const k of RESERVED_NODE_ATTRIBUTES) {
      if (Object.hasOwn(n.attributes, k)) problems.push(`${label}: attribute ${k} is reserved (a node's key is its id)`);
    }
    problems.push(...attributeProblems(label, n.attributes, ["name", "aliases"]));
  }
  const edgeKeys = new Set<string>();
  for (const e of graph.edges) {
    const label = `edge ${e.source.slice(0, 80)}-[${e.attributes.type}]->${e.target.slice(0, 80)}`;
    if (e.source === e.target) problems.push(`${label}: a relationship from a node to itself (self-loop)`);
    if (e.key !== undefined) {
      if (edgeKeys.has(e.key)) problems.push(`${label}: duplicate edge key ${e.key.slice(0, 80)}`);
      edgeKeys.add(e.key);
    }
    problems.push(...attributeProblems(label, e.attributes, []));
  }
  return problems;
}
