// graph.json: graphology's serialisation of the Backchannel graph, validated with zod.
import { z } from "zod";
import { limitProblems, MAX_INDEXED_STRING_LENGTH } from "./graph-limits.js";
import { NODE_TYPES, RELATION_TYPES, RELATION_ENDPOINTS, type NodeType, type RelationType } from "./ontology.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");

export const EvidenceSchema = z.object({
  article: z.string().min(1),
  sentence: z.string(),
  /** The sentence's character offsets in the article text. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** The extraction rule that fired. */
  rule: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** The article's publication date. */
  date: isoDate.optional(),
  /** The day the sentence says the event happened ("on Thursday", "on 15 August"), resolved against the article's date. */
  eventDate: isoDate.optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const NodeAttributesSchema = z
  .object({
    type: z.enum(NODE_TYPES),
    name: z.string().min(1).max(MAX_INDEXED_STRING_LENGTH),
    aliases: z.array(z.string().max(MAX_INDEXED_STRING_LENGTH)),
    articles: z.array(z.string()),
    roles: z.array(z.string()).optional(),
    place: z.string().optional(),
    date: isoDate.optional(),
    endDate: isoDate.optional(),
    reportedBy: isoDate.optional(),
    title: z.string().optional(),
    source: z.string().optional(),
    url: z.string().optional(),
    author: z.string().optional(),
    credits: z.array(z.string()).optional(),
    /** On an Article: ids of its syndicated copies (near-duplicates not extracted again). */
    copies: z.array(z.string()).optional(),
    /** On an Article: the id of the article whose text it copies (it has no facts of its own). */
    duplicateOf: z.string().optional(),
  })
  .passthrough();
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

export const EdgeAttributesSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    evidence: z.array(EvidenceSchema).min(1),
    what: z.string().optional(),
    role: z.string().optional(),
    cameo: z.string().optional(),
    firstSeen: isoDate.optional(),
    lastSeen: isoDate.optional(),
  })
  .passthrough();
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

export const SerializedNodeSchema = z.object({ key: z.string().min(1), attributes: NodeAttributesSchema });
export const SerializedEdgeSchema = z.object({
  key: z.string().optional(),
  source: z.string().min(1),
  target: z.string().min(1),
  undirected: z.boolean().optional(),
  attributes: EdgeAttributesSchema,
});
export type SerializedNode = z.infer<typeof SerializedNodeSchema>;
export type SerializedEdge = z.infer<typeof SerializedEdgeSchema>;

export const GraphJsonSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).default({}),
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }).default({ type: "mixed", multi: true, allowSelfLoops: false }),
  nodes: z.array(SerializedNodeSchema),
  edges: z.array(SerializedEdgeSchema),
});
export type GraphJson = z.infer<typeof GraphJsonSchema>;

export const GRAPH_OPTIONS = { type: "mixed", multi: true, allowSelfLoops: false } as const;

export class GraphContractError extends Error {
  constructor(public readonly problems: string[]) {
    super(`graph.json breaks the contract: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ""}`);
    this.name = "GraphContractError";
  }
}

/**
 * Parses and checks a graph.json value: shape (zod), then what zod cannot see:
 * unknown endpoints, endpoint types allowed for the relationship, duplicate keys, and what Neo4j or the
 * memory server would refuse (graph-limits.ts).
 */
export function parseGraphJson(value: unknown): GraphJson {
  const parsed = GraphJsonSchema.safeParse(value);
  if (!parsed.success) {
    throw new GraphContractError(parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
  }
  const problems = contractProblems(parsed.data);
  if (problems.length) throw new GraphContractError(problems);
  return parsed.data;
}

const edgeLabel = (e: GraphJson["edges"][number]): string => `edge ${e.source}-[${e.attributes.type}]->${e.target}`;

// Runs for every node and edge of every load, reloads of 120,000 relationships included. A relationship's
// identity (type, source, target) is a number made of its endpoints' indexes and its type's, and repeats
// are found by sorting those numbers: a Set of 120,000 keys cost ten times as much, strings or numbers.
export function contractProblems(graph: GraphJson): string[] {
  const problems: string[] = [];
  const index = new Map<string, number>();
  const types: NodeType[] = [];
  for (const n of graph.nodes) {
    if (index.has(n.key)) problems.push(`node ${n.key}: duplicate key`);
    index.set(n.key, types.length);
    types.push(n.attributes.type);
  }
  const ids = new Float64Array(graph.edges.length);
  // Exact below 2^53: a million nodes give 10^12 pairs, times 7 types.
  const idOf = (si: number, di: number, t: RelationType) => (si * types.length + di) * RELATION_TYPES.length + RELATION_TYPES.indexOf(t);
  let count = 0;
  for (const e of graph.edges) {
    const t: RelationType = e.attributes.type;
    const si = index.get(e.source);
    const di = index.get(e.target);
    if (si === undefined || di === undefined) {
      problems.push(`${edgeLabel(e)}: unknown endpoint`);
      continue;
    }
    const s = types[si]!;
    const d = types[di]!;
    const [from, to] = RELATION_ENDPOINTS[t];
    if (!from.includes(s) || !to.includes(d)) problems.push(`${edgeLabel(e)}: ${t} cannot join ${s} to ${d}`);
    ids[count++] = idOf(si, di, t);
  }
  const sorted = ids.subarray(0, count).sort();
  let repeats = false;
  for (let i = 1; i < count && !repeats; i++) repeats = sorted[i] === sorted[i - 1];
  if (repeats) {
    // Rare: name every repeated edge, in graph order.
    const seen = new Set<number>();
    for (const e of graph.edges) {
      const si = index.get(e.source);
      const di = index.get(e.target);
      if (si === undefined || di === undefined) continue;
      const id = idOf(si, di, e.attributes.type);
      if (seen.has(id)) problems.push(`${edgeLabel(e)}: one relationship per (type, source, target) expected`);
      seen.add(id);
    }
  }
  problems.push(...limitProblems(graph));
  return problems;
}
