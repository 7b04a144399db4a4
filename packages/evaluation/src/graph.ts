// Reads a graph.json for scoring. Leniently on purpose: a graph that breaks the contract is still
// scored, and what breaks it is listed, so a half-broken extractor run still tells you something.
import type { PredictedEdge, PredictedGraph, PredictedNode } from "./types.js";

export class GraphShapeError extends Error {
  constructor() {
    super("graph must be graphology JSON with nodes[] and edges[]");
    this.name = "GraphShapeError";
  }
}

type Loose = Record<string, unknown>;
const asObject = (x: unknown): Loose => (typeof x === "object" && x !== null ? (x as Loose) : {});
const asString = (x: unknown): string | undefined => (typeof x === "string" ? x : undefined);
const asStrings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : []);

export function readPredictedGraph(value: unknown): PredictedGraph {
  const graph = asObject(value);
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) throw new GraphShapeError();
  const problems: string[] = [];
  const nodes = new Map<string, PredictedNode>();
  for (const raw of graph.nodes) {
    const n = asObject(raw);
    const a = asObject(n.attributes);
    const key = String(n.key);
    if (typeof a.type !== "string" || typeof a.name !== "string") problems.push(`node ${key}: missing type or name`);
    if (!Array.isArray(a.articles)) problems.push(`node ${key}: missing articles[]`);
    nodes.set(key, {
      key,
      type: asString(a.type),
      name: asString(a.name) ?? "",
      aliases: asStrings(a.aliases),
      articles: asStrings(a.articles),
      place: asString(a.place),
      date: asString(a.date),
    });
  }
  const edges: PredictedEdge[] = [];
  for (const raw of graph.edges) {
    const e = asObject(raw);
    const a = asObject(e.attributes);
    const source = String(e.source);
    const target = String(e.target);
    const evidence = Array.isArray(a.evidence) ? a.evidence.map(asObject) : [];
    if (typeof a.type !== "string") problems.push(`edge ${source}->${target}: missing type`);
    if (!evidence.length || evidence.some((x) => typeof x.article !== "string" || typeof x.sentence !== "string")) {
      problems.push(`edge ${source}-[${String(a.type)}]->${target}: evidence must be [{article, sentence}]`);
    }
    if (!nodes.has(source) || !nodes.has(target)) problems.push(`edge ${source}->${target}: unknown endpoint`);
    edges.push({
      source,
      target,
      type: asString(a.type),
      articles: new Set(evidence.map((x) => asString(x.article)).filter((x): x is string => x !== undefined)),
      what: asString(a.what),
    });
  }
  return { nodes, edges, problems };
}
