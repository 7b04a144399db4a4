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

/**
 * Every shortest path as its relationships, as the CLI's `path` lists them (parallel relationships make
 * paths of their own), ordered by their steps like the lookups (`from TYPE to / …`), at most `limit`.
 */
export function pathsOf(graph: BcGraph, result: PathResult, from: string, to: string, limit = 10): string[][] {
  if (result.length === 0) return [];
  // Distance from `from` along the shortest-path edges: each step goes one further.
  const depth = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= result.length; d++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachEdge(n, (e, _a, s, t) => {
        const m = s === n ? t : s;
        if (!result.edges.has(e) || depth.has(m)) return;
        depth.set(m, d);
        next.push(m);
      });
    frontier = next;
  }
  const stepKey = (e: string) => `${graph.source(e)} ${graph.getEdgeAttribute(e, "type")} ${graph.target(e)} / `;
  const found: { key: string; edges: string[] }[] = [];
  const walk = (n: string, acc: string[]) => {
    if (found.length >= 1000) return;
    if (n === to) return void found.push({ key: acc.map(stepKey).join(""), edges: acc });
    graph.forEachEdge(n, (e, _a, s, t) => {
      const m = s === n ? t : s;
      if (result.edges.has(e) && depth.get(m) === depth.get(n)! + 1) walk(m, [...acc, e]);
    });
  };
  walk(from, []);
  found.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return found.slice(0, limit).map((p) => p.edges);
}
