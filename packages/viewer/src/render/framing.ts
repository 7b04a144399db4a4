// Framing: a camera that shows a set of nodes (the selection and its neighbours, a path, the whole
// graph for an export) inside the part of the canvas that no panel covers, measured in sigma's own
// coordinates (framed graph <-> viewport), so what is asked for is what ends up on screen.
import type { CameraState } from "sigma/types";

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of `canvas` the panels leave free: each panel that overlaps it cuts away the side it sits
 * nearest to (the legend the top, a drawer on the right the right side), then `pad` all round.
 */
export function freeArea(canvas: Rect, panels: readonly Rect[], pad = 0): Rect {
  const free = { ...canvas };
  for (const p of panels) {
    if (p.right <= free.left || p.left >= free.right || p.bottom <= free.top || p.top >= free.bottom) continue;
    // How far each side would move to clear the panel; the cheapest cut wins.
    const cuts = [
      { side: "top", cost: p.bottom - free.top },
      { side: "bottom", cost: free.bottom - p.top },
      { side: "left", cost: p.right - free.left },
      { side: "right", cost: free.right - p.left },
    ].sort((a, b) => a.cost / span(a.side, free) - b.cost / span(b.side, free));
    const cut = cuts[0]!;
    if (cut.side === "top") free.top = p.bottom;
    else if (cut.side === "bottom") free.bottom = p.top;
    else if (cut.side === "left") free.left = p.right;
    else free.right = p.left;
  }
  return { left: free.left + pad, top: free.top + pad, right: free.right - pad, bottom: free.bottom - pad };
}

/** A cut is judged against the free extent it takes from: a third of a narrow height costs more than of a wide width. */
function span(side: string, r: Rect): number {
  return Math.max(1, side === "top" || side === "bottom" ? r.bottom - r.top : r.right - r.left);
}

/** What fitCamera needs of sigma (the renderer, or a stand-in in unit tests). */
export interface Projection {
  framedGraphToViewport(p: { x: number; y: number }, o: { cameraState: CameraState }): { x: number; y: number };
  viewportToFramedGraph(p: { x: number; y: number }, o: { cameraState: CameraState }): { x: number; y: number };
  getDimensions(): { width: number; height: number };
}

/**
 * The camera that puts every point (framed-graph coordinates, as sigma's display data holds them)
 * inside `area` (viewport pixels), as close as `minRatio` allows (one lone node is not blown up).
 */
export function fitCamera(sigma: Projection, points: readonly { x: number; y: number }[], area: Rect, minRatio = 0.2): CameraState | null {
  if (!points.length) return null;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const unit: CameraState = { ...centre, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: unit });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: unit });
  // Pixels grow as the ratio shrinks: the ratio that makes the box's extent fit the area's.
  const w = Math.max(area.right - area.left, 1);
  const hgt = Math.max(area.bottom - area.top, 1);
  const ratio = Math.max(Math.abs(b.x - a.x) / w, Math.abs(b.y - a.y) / hgt, minRatio);
  // The box's centre would land on the viewport's centre: move the camera so it lands on the area's.
  const { width, height } = sigma.getDimensions();
  const target = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
  const shifted = sigma.viewportToFramedGraph({ x: width - target.x, y: height - target.y }, { cameraState: { ...centre, ratio, angle: 0 } });
  return { x: shifted.x, y: shifted.y, ratio, angle: 0 };
}
