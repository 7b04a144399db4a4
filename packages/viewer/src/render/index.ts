// Sigma setup. The graph keeps data; how it looks (colour, fading, hiding, labels) comes from the
// reducers below, which read the current view model: changing a filter is a refresh, not a rewrite.
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData, PartialButFor } from "sigma/types";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { NODE_COLORS, RELATION_COLORS, type NodeType } from "@backchannel/schema";
import { edgeVisibility, nodeVisibility, type FilterState, type Visibility } from "../filters/index.js";
import type { BcGraph, EdgeAttrs, NodeAttrs } from "../graph/types.js";
import { curvatureFor } from "../graph/parallel.js";
import { communityColor, type NetworkMeasures, sizeForBetweenness } from "../analysis/index.js";
import { HiddenEdgeProgram } from "./hidden-edge-program.js";
import { labelPlace } from "./labels.js";

export type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

/** What the reducers need to know besides the attributes. */
export interface ViewModel {
  filters: FilterState;
  /** When set, everything outside it fades (selection neighbourhood, path, query result). */
  focus: { nodes: Set<string>; edges: Set<string> } | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** 0 … 10 */
  labels: number;
  /** Skip drawing edges (a big graph while the layout runs: each redraw would cost more than a step). */
  hideEdges?: boolean;
  /** Size by betweenness and colour by community (when measured): what the controls ask for. */
  sizeBy?: "degree" | "betweenness";
  colourBy?: "type" | "community";
  measures?: NetworkMeasures | null;
}

/** Nodes outside the actor network (meetings, articles) when colouring by community. */
export const NO_COMMUNITY = "#9aa0a6";

/** A node's size and colour before focus and selection: degree and type, or brokerage and community. */
function looks(node: string, a: NodeAttrs, m: ViewModel): { size: number; color: string } {
  const ms = m.measures;
  const b = ms?.betweenness.get(node);
  const size = m.sizeBy === "betweenness" && ms ? (b === undefined ? 3 : sizeForBetweenness(b, ms.maxBetweenness)) : a.size;
  const c = ms?.community.get(node);
  const color = m.colourBy === "community" && ms ? (c === undefined ? NO_COMMUNITY : communityColor(c)) : NODE_COLORS[a.type];
  return { size, color };
}

export const FADED_NODE = "#e4e4e4";
export const FADED_EDGE = "#efefef";
/** One letter per type, drawn inside labelled nodes so type does not rely on colour alone. */
export const TYPE_GLYPH: Record<NodeType, string> = { Person: "P", State: "S", Group: "G", Meeting: "M", Article: "A" };

export function labelSettings(labels: number): Partial<Settings> {
  return {
    // 0 → only big nodes labelled, 10 → nearly all.
    labelRenderedSizeThreshold: 12 - labels * 1.1,
    labelDensity: 0.15 + labels * 0.12,
    labelGridCellSize: 120 - labels * 6,
  };
}

type NodeData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { bcType?: NodeType };

/** Where each label went in the last frame (canvas pixels): read by tests, cleared before each render. */
export const labelBoxes: { label: string; node: { x: number; y: number }; left: number; right: number; top: number; bottom: number }[] = [];

/** Labels with a white halo (readable over edges) and the type glyph inside the node. */
function drawNodeLabel(ctx: CanvasRenderingContext2D, data: NodeData, settings: Settings): void {
  if (data.bcType && data.size >= 7) {
    ctx.font = `bold ${Math.round(data.size * 1.1)}px ${settings.labelFont}`;
    ctx.fillStyle = "#fff";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(TYPE_GLYPH[data.bcType], data.x, data.y + 0.5);
    ctx.textAlign = "left";
    ctx.textBaseline = "alphabetic";
  }
  if (!data.label) return;
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = ctx.measureText(data.label).width;
  // The label canvas is scaled by the pixel ratio: its size in CSS pixels is what the node positions use.
  const ratio = globalThis.devicePixelRatio || 1;
  const { x, y } = labelPlace(data.x, data.y, data.size, width, size, { width: ctx.canvas.width / ratio, height: ctx.canvas.height / ratio });
  labelBoxes.push({ label: data.label, node: { x: data.x, y: data.y }, left: x, right: x + width, top: y - size, bottom: y + size / 3 });
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.9)";
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = "#222";
  ctx.fillText(data.label, x, y);
}

export function createRenderer(container: HTMLElement, graph: BcGraph, model: () => ViewModel): Renderer {
  // Sigma reduces every node before the edges, so the edge reducer reads the endpoints' visibility
  // from this cache instead of recomputing it twice per edge.
  const visibility = new Map<string, Visibility>();
  const nodeVis = (n: string, m: ViewModel): Visibility => visibility.get(n) ?? nodeVisibility(graph.getNodeAttributes(n), m.filters);
  // Big graphs: edges and labels are skipped while the camera moves, so panning stays fluid.
  const large = graph.size > 20_000;
  const settings: Partial<Settings<NodeAttrs, EdgeAttrs>> = {
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    zIndex: true,
    defaultNodeType: "circle",
    defaultEdgeType: "arrow",
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      line: EdgeRectangleProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
      hidden: HiddenEdgeProgram,
    },
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "500",
    defaultDrawNodeLabel: drawNodeLabel as never,
    ...labelSettings(model().labels),
    nodeReducer: (node, a): Partial<NodeDisplayData> & { bcType: NodeType } => {
      const m = model();
      const vis: Visibility = nodeVisibility(a, m.filters);
      visibility.set(node, vis);
      const look = looks(node, a, m);
      const base = { x: a.x, y: a.y, size: look.size, type: "circle", bcType: a.type, label: a.name };
      if (vis === "hidden") return { ...base, hidden: true, label: null };
      const inFocus = m.focus ? m.focus.nodes.has(node) : true;
      if (vis === "faded" || !inFocus) return { ...base, color: FADED_NODE, label: null, zIndex: 0 };
      const selected = node === m.selectedNode;
      return {
        ...base,
        color: look.color,
        zIndex: m.focus ? 2 : 1,
        forceLabel: Boolean(m.focus) && (selected || m.focus!.nodes.size <= 60),
        highlighted: selected,
        size: selected ? look.size * 1.3 : look.size,
      };
    },
    edgeReducer: (edge, a): Partial<EdgeDisplayData> & { curvature?: number } => {
      const m = model();
      // A fresh object: sigma fills in defaults on what reducers return.
      if (m.hideEdges) return { hidden: true, type: "hidden" };
      const [s, t] = graph.extremities(edge);
      const vis = edgeVisibility(a, nodeVis(s, m), nodeVis(t, m), m.filters);
      // Parallel edges (several relations between two actors) curve apart; a lone edge stays straight.
      const parallel = typeof a.parallelIndex === "number" && typeof a.parallelMaxIndex === "number";
      const arrow = a.type !== "MEETS"; // MEETS is symmetric
      const type = parallel ? (arrow ? "curvedArrow" : "curved") : arrow ? "arrow" : "line";
      const curvature = parallel ? curvatureFor(a.parallelIndex as number, a.parallelMaxIndex as number) : 0;
      if (vis === "hidden") return { hidden: true, type: "hidden" };
      const inFocus = m.focus ? m.focus.edges.has(edge) : true;
      if (vis === "faded" || !inFocus) return { type, curvature, color: FADED_EDGE, size: 1, zIndex: 0 };
      return { type, curvature, color: RELATION_COLORS[a.type], size: edge === m.selectedEdge ? 4 : m.focus ? 2.5 : 1.5, zIndex: 1 };
    },
  };
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, settings);
  renderer.on("beforeRender", () => {
    labelBoxes.length = 0;
  });
  return renderer;
}
