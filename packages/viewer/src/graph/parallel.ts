// Parallel relationships between the same two actors (MEETS and DEMANDS both ways, say) are drawn
// as separate curves. This gives each edge of such a bundle a signed slot; the renderer turns the
// slot into a curvature. Same idea as @sigma/edge-curve's indexParallelEdgesIndex, written here so
// the core does not import sigma (which needs WebGL just to load).
import type { BcGraph } from "./types.js";

/** @sigma/edge-curve's DEFAULT_EDGE_CURVATURE. */
const BASE_CURVATURE = 0.25;

export function indexParallelEdges(graph: BcGraph): void {
  const bundles = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, s, t) => {
    const id = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const list = bundles.get(id);
    if (list) list.push(edge);
    else bundles.set(id, [edge]);
  });
  const slots = new Map<string, [number, number]>();
  for (const edges of bundles.values()) for (const [edge, slot] of parallelSlots(edges, (e) => graph.extremities(e))) slots.set(edge, slot);
  // One bulk update (one event) rather than one per edge: matters at 100,000 edges.
  graph.updateEachEdgeAttributes(
    (edge, a) => {
      const slot = slots.get(edge);
      a.parallelIndex = slot ? slot[0] : null;
      a.parallelMaxIndex = slot ? slot[1] : null;
      return a;
    },
    // "type": the renderer's program (straight or curved) follows these, and sigma re-indexes an edge
    // only for such a hint; without it, edges just added (not indexed yet) would make it throw.
    { attributes: ["parallelIndex", "parallelMaxIndex", "type"] },
  );
}

/**
 * The slots of one bundle (every edge between the same two nodes, in graph order): [index, maxIndex]
 * per edge, none for a lone edge. Curvature bends relative to the edge's own direction, so reversed
 * edges are flipped into one frame.
 */
export function parallelSlots(edges: readonly string[], extremities: (edge: string) => readonly [string, string]): [string, [number, number]][] {
  if (edges.length < 2) return [];
  const max = (edges.length - 1) / 2;
  return edges.map((edge, i) => {
    const slot = i - max;
    const [s, t] = extremities(edge);
    return [edge, [s < t ? slot : -slot, max]];
  });
}

/** Curvature for slot `index` of a bundle whose largest slot is `maxIndex` (the edge-curve example's formula). */
export function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}
