// Shortest paths between two actors, on the undirected view of the visible graph: "how is A
// connected to B" ignores edge direction, and hidden relation types must not carry the path.
import { UndirectedGraph } from "graphology";
import { bidirectional, singleSourceLength } from "graphology-shortest-path/unweighted";
import type { BcGraph, EdgeAttrs } from "../graph/types.js";

export interface PathResult {
  /** Number of hops. */
  length: number;
  /** One shortest path, as node keys from `from` to `to`. */
  path: string[];
  /** Every node and edge lying on some shortest path (all ties shown, not one arbitrary winner). */
  nodes: Set<string>;
  edges: Set<string>;
}

export interface PathOptions {
  /** Which edges may be walked; default all. */
  edgeFilter?: (edge: string, attrs: EdgeAttrs, source: string, target: string) => boolean;
}

export function shortestPaths(graph: BcGraph, from: string, to: string, opts: PathOptions = {}): PathResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { length: 0, path: [from], nodes: new Set([from]), edges: new Set() };

  // Simple undirected copy of the walkable part: parallel edges collapse into one step.
  const view = new UndirectedGraph();
  graph.forEachNode((n) => view.addNode(n));
  graph.forEachEdge((edge, attrs, s, t) => {
    if (s === t || (opts.edgeFilter && !opts.edgeFilter(edge, attrs, s, t))) return;
    view.mergeEdge(s, t);
  });

  const path = bidirectional(view, from, to);
  if (!path) return null;
  const length = path.length - 1;
  const ds = singleSourceLength(view, from);
  const dt = singleSourceLength(view, to);
  const nodes = new Set<string>();
  for (const n of Object.keys(ds)) {
    const a = ds[n];
    const b = dt[n];
    if (a !== undefined && b !== undefined && a + b === length) nodes.add(n);
  }
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, s, t) => {
    if (!nodes.has(s) || !nodes.has(t)) return;
    if (opts.edgeFilter && !opts.edgeFilter(edge, attrs, s, t)) return;
    const ss = ds[s]!,
      st = ds[t]!;
    if (Math.abs(ss - st) === 1 && Math.min(ss, st) + 1 + Math.min(dt[s]!, dt[t]!) === length) edges.add(edge);
  });
  return { length, path, nodes, edges };
}
