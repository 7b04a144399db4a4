// ForceAtlas2 in a web worker, so the page stays responsive, then a noverlap pass (also in a worker)
// so discs do not pile up. Both run on a light copy of the graph (positions, sizes, edges only):
// the worker then steps as fast as it can, and the drawn graph takes the new positions at most a
// few times a second — on a big graph each redraw costs far more than a layout step.
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import NoverlapLayout from "graphology-layout-noverlap/worker";
import type { BcGraph } from "../graph/types.js";

export { placeNewNodes, seededPosition } from "./positions.js";

export type StopReason = "converged" | "timeout" | "user";
export interface LayoutEvents {
  onRunning?: (running: boolean) => void;
  /** Called once per stop: why, and how many steps the worker made. */
  onStop?: (info: { reason: StopReason; iterations: number; ms: number }) => void;
}

type Pos = { x: number; y: number; size: number; fixed?: boolean };

/** Mean squared displacement per node between checks, relative to the extent², below which the layout has settled. */
const SETTLED = 1e-6;
const SAMPLE = 2000;
const CHECK_MS = 500;
/** Nodes and edges copied per slice when building a big graph's layout copy (about 50 ms each). */
const COPY_SLICE = 10_000;

/**
 * Fills `copy` with the positions, sizes and edges FA2 needs, yielding every `slice` items. Edges
 * merge (one per pair, undirected); provenance edges pull weakly, so articles do not knot the actors
 * together. An edge whose end is not in the copy (the graph grew meanwhile) waits for the next run.
 */
export function* copyForLayout(graph: BcGraph, copy: Graph<Pos>, slice: number): Generator<void, void, void> {
  let n = 0;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    // A pinned node (explore mode) stays where it is: FA2 moves the others around it.
    copy.addNode(node, { x: a.x, y: a.y, size: a.size, ...(a.fixed === true ? { fixed: true } : {}) });
    if (++n % slice === 0) yield;
  }
  for (const { source: s, target: t, attributes: a } of graph.edgeEntries()) {
    if (s !== t && copy.hasNode(s) && copy.hasNode(t)) copy.mergeEdge(s, t, { weight: a.type === "MENTIONED_IN" ? 0.1 : 1 });
    if (++n % slice === 0) yield;
  }
}

export class LayoutController {
  private fa2: FA2Layout | null = null;
  private noverlap: NoverlapLayout | null = null;
  private copy: Graph<Pos> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private syncTimer: ReturnType<typeof setInterval> | null = null;
  private iterations = 0;
  private startedAt = 0;
  private run = 0;

  /** Layout steps made by the worker in the current (or last) run. */
  get steps(): number {
    return this.iterations;
  }

  constructor(
    private readonly graph: BcGraph,
    private readonly events: LayoutEvents = {},
    private readonly pixelScale: () => number = () => 1,
  ) {}

  /** A start asked for after the next frame (startAfterFrame), not begun yet: cancels it. */
  private pending: (() => void) | null = null;

  /** Running, or about to start (startAfterFrame): either way "Stop layout" stops it. */
  isRunning(): boolean {
    return Boolean(this.pending || this.fa2?.isRunning());
  }

  /**
   * Starts once the next frame is out: building the layout's copy of a big graph takes the main
   * thread for a while, and the first picture does not need the layout. A stop() or start() in
   * between cancels it.
   */
  startAfterFrame(budgetMs?: number): void {
    this.cancelPending();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just before the frame is drawn; the timeout runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        this.pending = null;
        this.start(budgetMs);
      }, 0);
    });
    this.pending = () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }

  /** Cancels a pending start; true when there was one. */
  private cancelPending(): boolean {
    if (!this.pending) return false;
    this.pending();
    this.pending = null;
    return true;
  }

  /** How often the drawn graph takes the copy's positions: every frame on small graphs. */
  private syncEveryMs(): number {
    const load = this.graph.order + this.graph.size;
    return load < 5_000 ? 16 : load < 30_000 ? 100 : 1000;
  }

  /**
   * Starts FA2; `budgetMs` defaults to a few seconds, more for bigger graphs. The layout's copy of a
   * big graph is built in slices between which the page handles input (one go took 0.7 s of main
   * thread on 20,000 nodes and 100,000 edges); the layout counts as running meanwhile.
   */
  start(budgetMs = Math.min(4000 + this.graph.order * 1.5, 30_000)): void {
    this.cancelPending();
    if (this.isRunning() || this.graph.order === 0) return;
    this.killWorkers();
    this.run++;
    const copy = new Graph<Pos>({ type: "undirected", multi: false, allowSelfLoops: false });
    const steps = copyForLayout(this.graph, copy, COPY_SLICE);
    if (this.graph.order + this.graph.size <= COPY_SLICE) {
      for (const _ of steps);
      this.begin(copy, budgetMs);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (steps.next().done) {
        this.pending = null;
        this.begin(copy, budgetMs);
      } else timer = setTimeout(next, 0);
    };
    this.pending = () => clearTimeout(timer);
    this.events.onRunning?.(true);
    next();
  }

  private begin(copy: Graph<Pos>, budgetMs: number): void {
    copy.on("eachNodeAttributesUpdated", () => {
      this.iterations++;
    });
    this.copy = copy;
    const settings = forceAtlas2.inferSettings(copy);
    this.fa2 = new FA2Layout(copy, { settings: { ...settings, barnesHutOptimize: copy.order > 500, gravity: 1 }, getEdgeWeight: "weight" });
    this.iterations = 0;
    this.startedAt = performance.now();
    this.fa2.start();
    this.syncTimer = setInterval(() => this.sync(), this.syncEveryMs());
    this.events.onRunning?.(true);

    let previous = sample(copy);
    let previousIterations = 0;
    this.timer = setInterval(() => {
      const now = sample(copy);
      // Only judge once the worker has made steps since the last look (it may start slowly).
      const stepped = this.iterations - previousIterations;
      const settled = stepped >= 20 && performance.now() - this.startedAt > 1500 && movement(previous, now) < SETTLED;
      if (stepped > 0) previous = now;
      previousIterations = this.iterations;
      if (settled) this.stop("converged");
      else if (performance.now() - this.startedAt > budgetMs) this.stop("timeout");
    }, CHECK_MS);
  }

  stop(reason: StopReason = "user"): void {
    if (this.stopFa2(reason)) this.removeOverlaps();
  }

  /**
   * Stops whatever runs (FA2, a start about to begin, the overlap pass) and its redraws, keeping the
   * positions reached, without an overlap pass: for when a new run follows shortly (explore mode is
   * fetching nodes to add). Each redraw until then is a frame of software GL (0.15 s for 1,100 edges
   * on the bench's machine) that the new drawing, and the answer it waits for, queue behind.
   */
  halt(): void {
    // Not synced: the picture stays as last drawn (at most one sync old), and syncing would redraw it.
    this.stopFa2("user", false);
    this.killWorkers();
    this.copy = null;
  }

  /** Stops FA2 (or its pending start): true when FA2 was running. */
  private stopFa2(reason: StopReason, sync = true): boolean {
    const wasPending = this.cancelPending();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.fa2) {
      // Stopped before it began: say so, so the view stops waiting for it (a big graph's edges).
      if (wasPending) this.events.onRunning?.(false);
      return false;
    }
    this.fa2.kill();
    this.fa2 = null;
    if (sync) this.sync();
    this.events.onStop?.({ reason, iterations: this.iterations, ms: performance.now() - this.startedAt });
    this.events.onRunning?.(false);
    return true;
  }

  toggle(): void {
    if (this.isRunning()) this.stop("user");
    else this.start();
  }

  /** Copies positions from the layout copy to the drawn graph: one update event, one redraw. */
  private sync(): void {
    const copy = this.copy;
    if (!copy) return;
    this.graph.updateEachNodeAttributes(
      (n, a) => {
        // Pinned nodes keep their place (noverlap, unlike FA2, does not know about pins).
        if (copy.hasNode(n) && a.fixed !== true) {
          const p = copy.getNodeAttributes(n);
          a.x = p.x;
          a.y = p.y;
        }
        return a;
      },
      { attributes: ["x", "y"] },
    );
  }

  /** Node sizes are in pixels, positions in graph units: scale sizes to graph units first. */
  private removeOverlaps(): void {
    const copy = this.copy;
    if (!copy) return;
    const k = this.pixelScale();
    const run = this.run;
    this.noverlap = new NoverlapLayout(copy, {
      settings: { margin: 2, ratio: 1.1 },
      inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: (a.size as number) * k }),
      outputReducer: (_key, a) => ({ x: a.x, y: a.y }),
      onConverged: () => this.finish(run),
    });
    this.noverlap.start();
    // Noverlap may not converge on a crowded graph: cap it.
    setTimeout(() => this.finish(run), 3000);
  }

  private finish(run: number): void {
    if (this.fa2 || run !== this.run) return;
    this.noverlap?.kill();
    this.noverlap = null;
    this.sync();
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
    this.copy = null;
  }

  private killWorkers(): void {
    this.fa2?.kill();
    this.fa2 = null;
    this.noverlap?.kill();
    this.noverlap = null;
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
  }

  kill(): void {
    this.stop("user");
    this.killWorkers();
  }
}

/** Positions of up to SAMPLE nodes plus the extent, to measure how much the layout still moves. */
function sample(graph: Graph<Pos>): { xs: Float64Array; ys: Float64Array; extent: number } {
  const n = Math.min(graph.order, SAMPLE);
  const step = Math.max(1, Math.floor(graph.order / n));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let i = 0,
    k = 0;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    if (k++ % step !== 0 || i >= n) return;
    xs[i] = a.x;
    ys[i] = a.y;
    i++;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return { xs, ys, extent: Math.max(maxX - minX, maxY - minY, 1e-9) };
}

function movement(a: { xs: Float64Array; ys: Float64Array; extent: number }, b: { xs: Float64Array; ys: Float64Array; extent: number }): number {
  const n = Math.min(a.xs.length, b.xs.length);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (a.xs[i]! - b.xs[i]!) ** 2 + (a.ys[i]! - b.ys[i]!) ** 2;
  return sum / n / (b.extent * b.extent);
}
