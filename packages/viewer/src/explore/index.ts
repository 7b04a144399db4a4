// Explore mode: for graphs too big to draw whole, the page holds only the neighbourhoods the analyst
// opened, fetched from the server (GET /api/neighbourhood), never the whole graph. The picture is a
// function of the view state (open nodes, depth, hidden, pinned, filters), so a URL restores it.
import type { InfoResponse, NeighbourhoodResponse } from "../api/index.js";
import { edgeKey, mergeGraphJson } from "../graph/index.js";
import type { BcGraph } from "../graph/types.js";
import type { ViewState } from "../state/types.js";

/**
 * Past this the page starts in explore mode: sigma's maintainers advise staying under 10^4 nodes and
 * 10^5 edges, and the full view was measured fluid up to 20,000 nodes and 100,000 edges.
 */
export const EXPLORE_OVER = { nodes: 20_000, edges: 100_000 } as const;

/** Explore mode when asked for (URL), else when the graph is over the threshold. */
export function exploreWanted(info: Pick<InfoResponse, "nodes" | "edges">, asked: boolean | null): boolean {
  if (asked !== null) return asked;
  return info.nodes > EXPLORE_OVER.nodes || info.edges > EXPLORE_OVER.edges;
}

/** What the last drawing left out: a neighbourhood cut at the server's cap. */
export interface ExploreReport {
  truncated: { name: string; reached: number; shown: number }[];
  failed: string | null;
}

/**
 * Takes every node and edge out of the graph but those in `nodes` and `edges`, in one go. Sigma (3.0)
 * indexes the whole graph again, synchronously, on every dropNode and dropEdge event, so dropping k items
 * one by one costs k passes over the graph (a new start replacing 500 nodes and 1,100 edges took 0.9 s of
 * main thread); a clear is one event, and what stays comes back through add events, which sigma indexes
 * one item at a time. Attributes (positions, pins, fetched evidence) and edge keys come back as they were.
 */
function keepOnly(graph: BcGraph, nodes: ReadonlyMap<string, unknown>, edges: ReadonlyMap<string, unknown>): void {
  const keptNodes = graph.filterNodes((n) => nodes.has(n)).map((n) => [n, graph.getNodeAttributes(n)] as const);
  const keptEdges = graph
    .filterEdges((e) => edges.has(e))
    .map((e) => ({ key: e, source: graph.source(e), target: graph.target(e), undirected: graph.isUndirected(e), attributes: graph.getEdgeAttributes(e) }));
  graph.clear();
  for (const [n, a] of keptNodes) graph.addNode(n, a);
  for (const e of keptEdges) {
    if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
}

/**
 * Makes the graph hold exactly the union of the answers, minus hidden nodes: nodes already drawn keep
 * their place, new ones appear next to their neighbours, nodes no answer holds any more (a closed
 * start, a narrower filter) go.
 */
export function applyNeighbourhoods(graph: BcGraph, answers: NeighbourhoodResponse[], s: Pick<ViewState, "hidden" | "pinned">): void {
  const hidden = new Set(s.hidden);
  const nodes = new Map<string, NeighbourhoodResponse["nodes"][number]>();
  for (const a of answers) for (const n of a.nodes) if (!hidden.has(n.key)) nodes.set(n.key, n);
  const edges = new Map<string, NeighbourhoodResponse["edges"][number]>();
  for (const a of answers)
    for (const e of a.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.key ?? edgeKey(e.attributes.type, e.source, e.target), e);
  if (graph.someEdge((e) => !edges.has(e)) || graph.someNode((n) => !nodes.has(n))) keepOnly(graph, nodes, edges);
  const fresh = { nodes: [...nodes.values()].filter((n) => !graph.hasNode(n.key)), edges: [...edges].filter(([k]) => !graph.hasEdge(k)).map(([, e]) => e) };
  // Lean edges: evidence comes later from GET /api/evidence, as in the full view. Merged even when
  // nothing is new: sizes and parallel curves follow what was dropped too.
  mergeGraphJson(fresh as never, graph);
  // Read by the layout only, never by the renderer: set without an update event (as evidence is).
  const pinned = new Set(s.pinned);
  graph.forEachNode((n, a) => {
    a.fixed = pinned.has(n);
  });
}
