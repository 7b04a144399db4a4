// The requests that draw an explore state, apart from drawing them: the page's first script
// (main.ts) sends them before the rest of the viewer has loaded.
import { RELATION_TYPES } from "@backchannel/schema";
import type { NeighbourhoodParams } from "../api/index.js";
import type { ViewState } from "../state/types.js";

/** The requests that draw a state: the first open node at its depth, each expansion one step, pinned nodes alone. */
export function neighbourhoodRequests(s: ViewState): NeighbourhoodParams[] {
  const types = RELATION_TYPES.filter((t) => !s.hiddenRelTypes.includes(t) && !(t === "MENTIONED_IN" && s.hiddenNodeTypes.includes("Article")));
  if (!types.length) return [];
  const window = { ...(s.dateFrom ? { since: s.dateFrom } : {}), ...(s.dateTo ? { until: s.dateTo } : {}) };
  const open = s.open.filter((k) => !s.hidden.includes(k));
  const out: NeighbourhoodParams[] = open.map((name, i) => ({ name, depth: i === 0 ? s.depth : 1, types, ...window }));
  // A pinned node outside every neighbourhood stays on its own: the centre of a walk capped at one node.
  for (const k of s.pinned) if (!open.includes(k)) out.push({ name: k, depth: 1, types, ...window, limit: 1 });
  return out;
}
