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

export function contractProblems(graph: GraphJson): string[] {
  const problems: string[] = [];
  const types = new Map<string, NodeType>();
  for (const n of graph.nodes) {
    if (types.has(n.key)) problems.push(`node ${n.key}: duplicate key`);
    types.set(n.key, n.attributes.type);
  }
  const seen = new Set<string>();
  for (const e of graph.edges) {
    const t: RelationType = e.attributes.type;
    const s = types.get(e.source);
    const d = types.get(e.target);
    // Built only for a problem: this loop runs for every edge of every load.
    const label = () => `edge ${e.source}-[${t}]->${e.target}`;
    if (!s || !d) {
      problems.push(`${label()}: unknown endpoint`);
      continue;
    }
    const [from, to] = RELATION_ENDPOINTS[t];
    if (!from.includes(s) || !to.includes(d)) problems.push(`${label()}: ${t} cannot join ${s} to ${d}`);
    const id = `${t}|${e.source}|${e.target}`;
    if (seen.has(id)) problems.push(`${label()}: one relationship per (type, source, target) expected`);
    seen.add(id);
  }
  problems.push(...limitProblems(graph));
  return problems;
}
