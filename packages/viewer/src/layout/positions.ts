// Initial positions: deterministic (seeded by the node key) so the first frame is immediate and a
// reload draws the same picture; new nodes go next to the neighbours already placed.
import type { BcGraph } from "../graph/types.js";

/** FNV-1a hash → [0, 1). Seeds positions by key, so they do not depend on load order. */
export function hashUnit(text: string, salt = 0): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x100000000;
}

/** A point in a disc whose area grows with the node count (keeps density constant). */
export function seededPosition(key: string, nodeCount: number): { x: number; y: number } {
  const radius = 10 * Math.sqrt(Math.max(nodeCount, 1));
  const r = radius * Math.sqrt(hashUnit(key, 1));
  const angle = 2 * Math.PI * hashUnit(key, 2);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/**
 * Places the `added` nodes (whose x/y are not numbers yet): at the centroid of their already-placed
 * neighbours plus a small seeded offset, else at a seeded spot in the disc. Two passes so that
 * chains of new nodes still land near the old part of the graph.
 */
export function placeNewNodes(graph: BcGraph, added: readonly string[]): void {
  const placed = (n: string) => Number.isFinite(graph.getNodeAttribute(n, "x"));
  const hadPositions = graph.order > added.length;
  let pending = added.filter((n) => !placed(n));
  for (let pass = 0; pass < 2 && hadPositions; pass++) {
    const next: string[] = [];
    for (const node of pending) {
      let sx = 0,
        sy = 0,
        count = 0;
      graph.forEachNeighbor(node, (_nb, a) => {
        if (Number.isFinite(a.x)) {
          sx += a.x;
          sy += a.y;
          count++;
        }
      });
      if (count === 0) {
        next.push(node);
        continue;
      }
      const angle = 2 * Math.PI * hashUnit(node, 3);
      graph.mergeNodeAttributes(node, { x: sx / count + 3 * Math.cos(angle), y: sy / count + 3 * Math.sin(angle) });
    }
    pending = next;
  }
  for (const node of pending) graph.mergeNodeAttributes(node, seededPosition(node, graph.order));
}
