// Label placement, apart from the renderer so it can be tested without WebGL.

/**
 * Where a label goes: right of its node, or left of it when the right would run past the canvas
 * ("Qata" cut at the edge), and moved down or up to stay inside vertically.
 */
export function labelPlace(
  x: number,
  y: number,
  size: number,
  width: number,
  fontSize: number,
  canvas: { width: number; height: number },
): { x: number; y: number } {
  const right = x + size + 3;
  const left = x - size - 3 - width;
  const lx = right + width <= canvas.width - 2 || left < 2 ? Math.max(2, Math.min(right, canvas.width - 2 - width)) : left;
  const ly = Math.min(Math.max(y + fontSize / 3, fontSize + 1), canvas.height - 3);
  return { x: lx, y: ly };
}
