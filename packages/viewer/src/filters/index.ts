// Which nodes and edges the filters hide or fade. Pure functions of attributes and view state,
// called from the sigma reducers on every frame, so they stay cheap (no graph traversal).
import type { NodeType, RelationType } from "@backchannel/schema";
import type { EdgeAttrs, NodeAttrs } from "../graph/types.js";
import { factInterval, isTimedRelation, meetingInterval, overlaps, type Interval } from "../time/index.js";

export type Visibility = "visible" | "faded" | "hidden";

export interface FilterState {
  hiddenNodeTypes: readonly NodeType[];
  hiddenRelTypes: readonly RelationType[];
  /** The time window, ISO days inclusive; null = open on that side. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Whether facts without a date are drawn (they cannot be placed in any window). */
  showUndated: boolean;
}

/**
 * Type filters hide; so does the time window, for dated facts outside it and, when the switch is
 * off, for undated ones. Hiding rather than fading: playback then shows the graph as it stood.
 * Positions do not depend on visibility, so the picture does not reshuffle while the window moves.
 */
export function nodeVisibility(attrs: Pick<NodeAttrs, "type" | "date" | "endDate">, f: FilterState): Visibility {
  if (f.hiddenNodeTypes.includes(attrs.type)) return "hidden";
  if (attrs.type === "Meeting" && !inWindow(meetingInterval(attrs), f)) return "hidden";
  return "visible";
}

/** A fact's interval against the window; an undated fact follows the undated switch. */
export function inWindow(interval: Interval | null, f: Pick<FilterState, "dateFrom" | "dateTo" | "showUndated">): boolean {
  return interval ? overlaps(interval, f) : f.showUndated;
}

/** An edge is hidden with its type, either endpoint or outside the time window, faded with either endpoint. */
export function edgeVisibility(e: Pick<EdgeAttrs, "type" | "firstSeen" | "lastSeen">, source: Visibility, target: Visibility, f: FilterState): Visibility {
  if (f.hiddenRelTypes.includes(e.type) || source === "hidden" || target === "hidden") return "hidden";
  if (isTimedRelation(e.type) && !inWindow(factInterval(e), f)) return "hidden";
  if (source === "faded" || target === "faded") return "faded";
  return "visible";
}

/** Convenience for code that holds attributes of both endpoints. */
export function edgeVisibilityOf(e: Pick<EdgeAttrs, "type" | "firstSeen" | "lastSeen">, s: NodeAttrs, t: NodeAttrs, f: FilterState): Visibility {
  return edgeVisibility(e, nodeVisibility(s, f), nodeVisibility(t, f), f);
}
