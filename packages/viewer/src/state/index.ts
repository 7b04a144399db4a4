// View state <-> URL hash, so a view can be shared and restored. Pure: no window access here.
import { isNodeType, isRelationType, type NodeType, type RelationType } from "@backchannel/schema";
import type { ViewState } from "./types.js";

export type { ViewState } from "./types.js";

/** Articles and MENTIONED_IN are provenance: hidden until asked for, or every actor is a hub. */
export const DEFAULT_STATE: Readonly<ViewState> = Object.freeze({
  selectedNode: null,
  selectedEdge: null,
  hiddenNodeTypes: ["Article"] as NodeType[],
  hiddenRelTypes: ["MENTIONED_IN"] as RelationType[],
  dateFrom: null,
  dateTo: null,
  showUndated: true,
  cypher: "",
  pathFrom: null,
  pathTo: null,
  labels: 5,
  explore: null,
  open: [] as string[],
  depth: 2,
  hidden: [] as string[],
  pinned: [] as string[],
  sizeBy: "degree",
  colourBy: "type",
  camera: null,
});

export function defaultState(): ViewState {
  return {
    ...DEFAULT_STATE,
    hiddenNodeTypes: [...DEFAULT_STATE.hiddenNodeTypes],
    hiddenRelTypes: [...DEFAULT_STATE.hiddenRelTypes],
    open: [],
    hidden: [],
    pinned: [],
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Encodes only what differs from the defaults, so links stay short. Hidden-type lists are written
 * whenever they differ ("hide=" with an empty value means "nothing hidden").
 */
export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.selectedNode) p.set("node", s.selectedNode);
  if (s.selectedEdge) p.set("edge", s.selectedEdge);
  if (!sameSet(s.hiddenNodeTypes, DEFAULT_STATE.hiddenNodeTypes)) p.set("hide", s.hiddenNodeTypes.join(","));
  if (!sameSet(s.hiddenRelTypes, DEFAULT_STATE.hiddenRelTypes)) p.set("hiderel", s.hiddenRelTypes.join(","));
  if (s.dateFrom) p.set("from", s.dateFrom);
  if (s.dateTo) p.set("to", s.dateTo);
  if (!s.showUndated) p.set("undated", "hide");
  if (s.pathFrom) p.set("pathFrom", s.pathFrom);
  if (s.pathTo) p.set("pathTo", s.pathTo);
  if (s.cypher) p.set("q", s.cypher);
  if (s.labels !== DEFAULT_STATE.labels) p.set("labels", String(s.labels));
  if (s.explore !== null) p.set("explore", s.explore ? "1" : "0");
  if (s.open.length) p.set("open", s.open.join(" "));
  if (s.depth !== DEFAULT_STATE.depth) p.set("depth", String(s.depth));
  if (s.hidden.length) p.set("hidden", s.hidden.join(" "));
  if (s.pinned.length) p.set("pinned", s.pinned.join(" "));
  if (s.sizeBy !== DEFAULT_STATE.sizeBy) p.set("size", s.sizeBy);
  if (s.colourBy !== DEFAULT_STATE.colourBy) p.set("colour", s.colourBy);
  if (s.camera) p.set("cam", [s.camera.x, s.camera.y, s.camera.ratio].map((n) => Number(n.toFixed(5))).join(","));
  return p.toString();
}

/** Decodes a hash or query string ("#a=b" / "?a=b" / "a=b"); anything malformed falls back to defaults. */
export function decodeState(text: string): ViewState {
  const p = new URLSearchParams(text.replace(/^[#?]/, ""));
  const s = defaultState();
  s.selectedNode = p.get("node") || null;
  s.selectedEdge = p.get("edge") || null;
  const hide = p.get("hide");
  if (hide !== null) s.hiddenNodeTypes = unique(hide.split(",").filter(isNodeType));
  const hiderel = p.get("hiderel");
  if (hiderel !== null) s.hiddenRelTypes = unique(hiderel.split(",").filter(isRelationType));
  const from = p.get("from");
  const to = p.get("to");
  if (from && ISO.test(from)) s.dateFrom = from;
  if (to && ISO.test(to)) s.dateTo = to;
  s.showUndated = p.get("undated") !== "hide";
  s.pathFrom = p.get("pathFrom") || null;
  s.pathTo = p.get("pathTo") || null;
  s.cypher = p.get("q") ?? "";
  const labels = Number(p.get("labels"));
  if (p.has("labels") && Number.isFinite(labels)) s.labels = Math.max(0, Math.min(10, Math.round(labels)));
  const explore = p.get("explore");
  // "?explore" (no value) asks for explore mode too: the short form an analyst types.
  s.explore = explore === null ? null : explore !== "0";
  // Keys are separated by spaces: they may hold commas, never spaces (ids.ts slugs them).
  const keys = (name: string) => unique((p.get(name) ?? "").split(" ").filter(Boolean));
  s.open = keys("open");
  s.hidden = keys("hidden");
  s.pinned = keys("pinned");
  if (p.get("size") === "betweenness") s.sizeBy = "betweenness";
  if (p.get("colour") === "community") s.colourBy = "community";
  const cam = (p.get("cam") ?? "").split(",").map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0) s.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  const depth = Number(p.get("depth"));
  if (p.has("depth") && Number.isFinite(depth)) s.depth = Math.max(1, Math.min(3, Math.round(depth)));
  return s;
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
