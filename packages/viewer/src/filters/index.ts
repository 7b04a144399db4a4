// Which nodes and edges the filters hide or fade. Pure functions of attributes and view state,
// called from the sigma reducers on every frame, so they stay cheap (no graph traversal).
import type { NodeType, RelationType } from "@backchannel/schema";
import type { EdgeAttrs, NodeAttrs } from "../graph/types.js";

export type Visibility = "visible" | "faded" | "hidden";

export interface FilterState {
  hiddenNodeTypes: readonly NodeType[];
  hiddenRelTypes: readonly RelationType[];
  dateFrom: string | null;
  dateTo: string | null;
}

/**
 * Type filters hide; the date range only fades meetings outside it (they stay in place, so the
 * picture does not reshuffle while the analyst drags the range). Undated meetings stay visible.
 */
export function nodeVisibility(attrs: Pick<NodeAttrs, "type" | "date" | "endDate">, f: FilterState): Visibility {
  if (f.hiddenNodeTypes.includes(attrs.type)) return "hidden";
  if (attrs.type === "Meeting" && attrs.date && !inRange(attrs.date, attrs.endDate ?? attrs.date, f)) return "faded";
  return "visible";
}

/** Overlap of the meeting's [start, end] with the filter's [from, to]; ISO dates compare as strings. */
export function inRange(start: string, end: string, f: Pick<FilterState, "dateFrom" | "dateTo">): boolean {
  if (f.dateFrom && end < f.dateFrom) return false;
  if (f.dateTo && start > f.dateTo) return false;
  return true;
}

/** An edge is hidden with its type or either endpoint, faded with either endpoint. */
export function edgeVisibility(type: RelationType, source: Visibility, target: Visibility, f: FilterState): Visibility {
  if (f.hiddenRelTypes.includes(type) || source === "hidden" || target === "hidden") return "hidden";
  if (source === "faded" || target === "faded") return "faded";
  return "visible";
}

/** Convenience for code that holds attributes of both endpoints. */
export function edgeVisibilityOf(e: Pick<EdgeAttrs, "type">, s: NodeAttrs, t: NodeAttrs, f: FilterState): Visibility {
  return edgeVisibility(e.type, nodeVisibility(s, f), nodeVisibility(t, f), f);
}

/** Earliest and latest meeting date in the graph, for the range inputs' bounds. */
export function dateBounds(dates: Iterable<string | undefined>): [string, string] | null {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const d of dates) {
    if (!d) continue;
    if (lo === null || d < lo) lo = d;
    if (hi === null || d > hi) hi = d;
  }
  return lo && hi ? [lo, hi] : null;
}
