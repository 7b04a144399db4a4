// ForceAtlas2 in a web worker (the page stays responsive), stopped when positions settle or after
// a time budget, then a noverlap pass (also in a worker) so labels and discs do not pile up.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import NoverlapLayout from "graphology-layout-noverlap/worker";
import type { BcGraph } from "../graph/types.js";

export { placeNewNodes, seededPosition } from "./positions.js";

export interface LayoutEvents {
  onRunning?: (running: boolean) => void;
  /** Called once per stop: why, and how many position updates the worker delivered. */
  onStop?: (info: { reason: "converged" | "timeout" | "user"; iterations: number; ms: number }) => void;
}

/** Mean squared displacement per node below this (relative to the graph's extent²) counts as settled. */
const SETTLED = 1e-6;
const SAMPLE = 2000;

export class LayoutController {
  private fa2: FA2Layout | null = null;
  private noverlap: NoverlapLayout | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private iterations = 0;
  private startedAt = 0;
  private readonly countIteration = () => { this.iterations++; };

  constructor(private readonly graph: BcGraph, private readonly events: LayoutEvents = {}, private readonly pixelScale: () => number = () => 1) {
    graph.on("eachNodeAttributesUpdated", this.countIteration);
  }

  isRunning(): boolean {
    return Boolean(this.fa2?.isRunning());
  }

  /** Starts FA2; `budgetMs` defaults to a few seconds more for bigger graphs. */
  start(budgetMs = Math.min(4000 + this.graph.order * 1.5, 30_000)): void {
    if (this.isRunning() || this.graph.order === 0) return;
    this.noverlap?.kill();
    this.noverlap = null;
    this.fa2?.kill();
    const settings = forceAtlas2.inferSettings(this.graph);
    this.fa2 = new FA2Layout(this.graph, {
      settings: { ...settings, barnesHutOptimize: this.graph.order > 500, gravity: 1, adjustSizes: false },
      // Provenance edges pull weakly, so articles do not knot the actors together.
      getEdgeWeight: (_e, attrs) => (attrs.type === "MENTIONED_IN" ? 0.1 : 1),
    });
    this.iterations = 0;
    this.startedAt = performance.now();
    this.fa2.start();
    this.events.onRunning?.(true);

    let previous = this.sample();
    let previousIterations = 0;
    this.timer = setInterval(() => {
      const now = this.sample();
      // Only judge once the worker has delivered steps since the last look (it may start slowly).
      const stepped = this.iterations - previousIterations;
      const settled = stepped >= 20 && performance.now() - this.startedAt > 1500 && movement(previous, now) < SETTLED;
      if (stepped > 0) previous = now;
      previousIterations = this.iterations;
      if (settled) this.stop("converged");
      else if (performance.now() - this.startedAt > budgetMs) this.stop("timeout");
    }, 500);
  }

  stop(reason: "converged" | "timeout" | "user" = "user"): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.fa2) return;
    this.fa2.kill();
    this.fa2 = null;
    this.events.onStop?.({ reason, iterations: this.iterations, ms: performance.now() - this.startedAt });
    this.events.onRunning?.(false);
    this.removeOverlaps();
  }

  toggle(): void {
    if (this.isRunning()) this.stop("user");
    else this.start();
  }

  /** Node sizes are in pixels, positions in graph units: scale sizes to graph units first. */
  private removeOverlaps(): void {
    const k = this.pixelScale();
    this.noverlap = new NoverlapLayout(this.graph, {
      settings: { margin: 2, ratio: 1.1 },
      inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: (a.size as number) * k }),
      outputReducer: (_key, a) => ({ x: a.x, y: a.y }),
      onConverged: () => { this.noverlap?.kill(); this.noverlap = null; },
    });
    this.noverlap.start();
  }

  kill(): void {
    this.stop("user");
    this.noverlap?.kill();
    this.graph.off("eachNodeAttributesUpdated", this.countIteration);
  }

  /** Positions of up to SAMPLE nodes plus the extent, to measure how much the layout still moves. */
  private sample(): { xs: Float64Array; ys: Float64Array; extent: number } {
    const n = Math.min(this.graph.order, SAMPLE);
    const step = Math.max(1, Math.floor(this.graph.order / n));
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    let i = 0, k = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    this.graph.forEachNode((_n, a) => {
      if (k++ % step !== 0 || i >= n) return;
      xs[i] = a.x; ys[i] = a.y; i++;
      minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
    });
    return { xs, ys, extent: Math.max(maxX - minX, maxY - minY, 1e-9) };
  }
}

function movement(a: { xs: Float64Array; ys: Float64Array; extent: number }, b: { xs: Float64Array; ys: Float64Array; extent: number }): number {
  const n = Math.min(a.xs.length, b.xs.length);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (a.xs[i]! - b.xs[i]!) ** 2 + (a.ys[i]! - b.ys[i]!) ** 2;
  return sum / n / (b.extent * b.extent);
}
