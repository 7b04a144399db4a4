// Loading graph.json (graphology's serialisation) into a graphology graph the renderer can draw.
import Graph from "graphology";
import { isNodeType, isRelationType, type GraphJson } from "@backchannel/schema";
import type { BcGraph, EdgeAttrs, NodeAttrs } from "./types.js";
import { placeNewNodes, seededPosition } from "../layout/positions.js";
import { indexParallelEdges, parallelSlots } from "./parallel.js";

export type { BcGraph, NodeAttrs, EdgeAttrs } from "./types.js";
export { curvatureFor } from "./parallel.js";

/** Node size by degree. MENTIONED_IN is left out: every actor has articles, that says nothing. */
export function sizeForDegree(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(degree), 28);
}

export function newGraph(): BcGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: "mixed", multi: true, allowSelfLoops: true });
}

type NodeJson = Pick<GraphJson, "nodes">["nodes"][number];
type EdgeJson = Pick<GraphJson, "edges">["edges"][number];
/** Node attributes before layout: everything but x, y and size. */
type CleanNode = Pick<NodeAttrs, "type" | "name" | "aliases" | "articles"> & Record<string, unknown>;

/** A serialised node's attributes as the viewer keeps them, or null when its type is unknown. */
function cleanNode(n: NodeJson): CleanNode | null {
  const a = n.attributes as Record<string, unknown>;
  if (typeof a.type !== "string" || !isNodeType(a.type)) return null;
  return {
    ...a,
    type: a.type,
    name: typeof a.name === "string" && a.name ? a.name : n.key,
    aliases: Array.isArray(a.aliases) ? a.aliases.filter((s): s is string => typeof s === "string") : [],
    articles: Array.isArray(a.articles) ? a.articles.filter((s): s is string => typeof s === "string") : [],
  };
}

/**
 * A serialised edge's key and attributes, or null when its type is unknown. Evidence left out (the
 * lean graph) stays absent, meaning "not loaded yet"; anything else that is not a list is none.
 */
function cleanEdge(e: EdgeJson): { key: string; attrs: EdgeAttrs } | null {
  const a = e.attributes as Record<string, unknown>;
  if (typeof a.type !== "string" || !isRelationType(a.type)) return null;
  const attrs = { ...a, type: a.type } as EdgeAttrs;
  if ("evidence" in a) attrs.evidence = Array.isArray(a.evidence) ? a.evidence : [];
  return { key: e.key ?? edgeKey(a.type, e.source, e.target), attrs };
}

/**
 * Merges serialised nodes and edges into `graph` (creating it when absent). Existing nodes keep their
 * positions; new ones are placed near their neighbours so a growing graph does not jump.
 * Tolerant by design: unknown types and dangling edges are skipped, not fatal, because a viewer
 * should show what it can of a slightly broken graph.
 * Into an empty graph (the page load) this takes the one-pass route of loadGraphJson, same result.
 */
export function mergeGraphJson(json: Pick<GraphJson, "nodes" | "edges">, graph: BcGraph = newGraph()): BcGraph {
  return graph.order === 0 && graph.size === 0 ? loadGraphJson(json, graph) : mergeIncrementally(json, graph);
}

/** The general merge: add or replace, then place the new nodes, then size and index the whole graph. */
export function mergeIncrementally(json: Pick<GraphJson, "nodes" | "edges">, graph: BcGraph): BcGraph {
  const added: string[] = [];
  for (const n of json.nodes) {
    const clean = cleanNode(n);
    if (!clean) continue;
    if (graph.hasNode(n.key)) {
      const { x, y, size } = graph.getNodeAttributes(n.key);
      graph.replaceNodeAttributes(n.key, { ...clean, x, y, size });
    } else {
      graph.addNode(n.key, { ...clean, x: NaN, y: NaN, size: 4 });
      added.push(n.key);
    }
  }
  for (const e of json.edges) {
    const clean = cleanEdge(e);
    if (!clean) continue;
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const { key, attrs } = clean;
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attrs);
    else if (e.undirected) graph.addUndirectedEdgeWithKey(key, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(key, e.source, e.target, attrs);
  }
  placeNewNodes(graph, added);
  updateSizes(graph);
  indexParallelEdges(graph);
  return graph;
}

/**
 * The page load: the whole graph into an empty `graph` in one pass over the nodes and one over the
 * edges, counting degrees and parallel bundles on the way (by node number, not by key string), then
 * one update of every node (position, size). mergeIncrementally would then update every node and
 * edge three more times (placeNewNodes, updateSizes, indexParallelEdges), most of a second at
 * 100,000 edges. Same result as mergeIncrementally into an empty graph (a unit test compares them).
 */
export function loadGraphJson(json: Pick<GraphJson, "nodes" | "edges">, graph: BcGraph = newGraph()): BcGraph {
  if (graph.order !== 0 || graph.size !== 0) throw new Error("loadGraphJson needs an empty graph");
  const number = new Map<string, number>();
  for (const n of json.nodes) {
    const clean = cleanNode(n);
    if (!clean) continue;
    // A repeated key keeps its place and takes the last attributes, as a merge would.
    if (number.has(n.key)) graph.replaceNodeAttributes(n.key, { ...clean, x: NaN, y: NaN, size: 4 });
    else {
      number.set(n.key, number.size);
      graph.addNode(n.key, { ...clean, x: NaN, y: NaN, size: 4 });
    }
  }
  const order = number.size;
  const degree = new Uint32Array(order);
  // Edges per unordered pair of nodes (lo * order + hi): the first edge's key, then a list.
  const bundles = new Map<number, string | string[]>();
  for (const e of json.edges) {
    const clean = cleanEdge(e);
    if (!clean) continue;
    const s = number.get(e.source);
    const t = number.get(e.target);
    if (s === undefined || t === undefined) continue;
    const { key, attrs } = clean;
    attrs.parallelIndex = null;
    attrs.parallelMaxIndex = null;
    if (graph.hasEdge(key)) {
      graph.replaceEdgeAttributes(key, attrs);
      continue;
    }
    if (e.undirected) graph.addUndirectedEdgeWithKey(key, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(key, e.source, e.target, attrs);
    if (attrs.type !== "MENTIONED_IN") {
      degree[s]!++;
      degree[t]!++;
    }
    const pair = s < t ? s * order + t : t * order + s;
    const seen = bundles.get(pair);
    if (seen === undefined) bundles.set(pair, key);
    else if (typeof seen === "string") bundles.set(pair, [seen, key]);
    else seen.push(key);
  }
  for (const edges of bundles.values()) {
    if (typeof edges === "string") continue;
    for (const [edge, [index, max]] of parallelSlots(edges, (x) => graph.extremities(x))) {
      graph.mergeEdgeAttributes(edge, { parallelIndex: index, parallelMaxIndex: max });
    }
  }
  graph.updateEachNodeAttributes((key, a) => {
    const p = seededPosition(key, order);
    a.x = p.x;
    a.y = p.y;
    a.size = sizeForDegree(degree[number.get(key)!]!);
    return a;
  });
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
  // No hint: sigma then re-indexes every node, which nodes just added (not indexed yet) need; with a
  // "size" hint it repaints in place and throws on them (a merge that adds nodes: reload, Cypher, explore).
  graph.updateEachNodeAttributes((n, a) => ({ ...a, size: sizeForDegree(degree.get(n) ?? 0) }));
}

/** Meeting date range [date, endDate] of a node, or null when it has no date. */
export function nodeDates(attrs: NodeAttrs): [string, string] | null {
  if (!attrs.date) return null;
  return [attrs.date, attrs.endDate ?? attrs.date];
}
