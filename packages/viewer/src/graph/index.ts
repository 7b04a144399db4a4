// Loading graph.json (graphology's serialisation) into a graphology graph the renderer can draw.
import Graph from "graphology";
import { isNodeType, isRelationType, type GraphJson } from "@backchannel/schema";
import type { BcGraph, EdgeAttrs, NodeAttrs } from "./types.js";
import { placeNewNodes } from "../layout/positions.js";
import { indexParallelEdges } from "./parallel.js";

export type { BcGraph, NodeAttrs, EdgeAttrs } from "./types.js";
export { curvatureFor } from "./parallel.js";

/** Node size by degree. MENTIONED_IN is left out: every actor has articles, that says nothing. */
export function sizeForDegree(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(degree), 28);
}

export function newGraph(): BcGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: "mixed", multi: true, allowSelfLoops: true });
}

/**
 * Merges serialised nodes and edges into `graph` (creating it when absent). Existing nodes keep their
 * positions; new ones are placed near their neighbours so a growing graph does not jump.
 * Tolerant by design: unknown types and dangling edges are skipped, not fatal, because a viewer
 * should show what it can of a slightly broken graph.
 */
export function mergeGraphJson(json: Pick<GraphJson, "nodes" | "edges">, graph: BcGraph = newGraph()): BcGraph {
  const added: string[] = [];
  for (const n of json.nodes) {
    const a = n.attributes as Record<string, unknown>;
    if (typeof a.type !== "string" || !isNodeType(a.type)) continue;
    const clean = {
      ...a,
      type: a.type,
      name: typeof a.name === "string" && a.name ? a.name : n.key,
      aliases: Array.isArray(a.aliases) ? a.aliases.filter((s): s is string => typeof s === "string") : [],
      articles: Array.isArray(a.articles) ? a.articles.filter((s): s is string => typeof s === "string") : [],
    } as NodeAttrs;
    if (graph.hasNode(n.key)) {
      const { x, y, size } = graph.getNodeAttributes(n.key);
      graph.replaceNodeAttributes(n.key, { ...clean, x, y, size });
    } else {
      graph.addNode(n.key, { ...clean, x: NaN, y: NaN, size: 4 });
      added.push(n.key);
    }
  }
  for (const e of json.edges) {
    const a = e.attributes as Record<string, unknown>;
    if (typeof a.type !== "string" || !isRelationType(a.type)) continue;
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const key = e.key ?? edgeKey(a.type, e.source, e.target);
    const attrs = { ...a, type: a.type, evidence: Array.isArray(a.evidence) ? a.evidence : [] } as EdgeAttrs;
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attrs);
    else if (e.undirected) graph.addUndirectedEdgeWithKey(key, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(key, e.source, e.target, attrs);
  }
  placeNewNodes(graph, added);
  updateSizes(graph);
  indexParallelEdges(graph);
  return graph;
}

/** One relationship per (type, source, target) in the contract, so that triple is a stable key. */
export function edgeKey(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

export function updateSizes(graph: BcGraph): void {
  const degree = new Map<string, number>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.type === "MENTIONED_IN") return;
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
  });
  graph.updateEachNodeAttributes((n, a) => ({ ...a, size: sizeForDegree(degree.get(n) ?? 0) }), { attributes: ["size"] });
}

/** Meeting date range [date, endDate] of a node, or null when it has no date. */
export function nodeDates(attrs: NodeAttrs): [string, string] | null {
  if (!attrs.date) return null;
  return [attrs.date, attrs.endDate ?? attrs.date];
}
