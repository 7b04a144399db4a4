// The program for edges that are not drawn (filtered out, or all of them while a big graph's layout
// runs). Sigma's own programs keep a hidden edge in their buffers as a zero-size shape and still run
// the vertex shader for it on every frame and picking pass; with software WebGL that made 100,000
// hidden edges cost seconds per frame. Edges of this type take no buffer space and draw nothing.
import type { AbstractEdgeProgram } from "sigma/rendering";

export class HiddenEdgeProgram implements AbstractEdgeProgram {
  drawLabel = undefined;
  reallocate(_capacity: number): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}
