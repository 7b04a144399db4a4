// The graph as the viewer holds it: the graph.json attributes (docs/ontology.md) plus
// what drawing needs (x, y, size). Colours and visibility are NOT stored: the sigma reducers derive
// them from the view state, so filtering never rewrites the graph.
import type Graph from "graphology";
import type { Evidence, NodeType, RelationType } from "@backchannel/schema";

export interface NodeAttrs {
  type: NodeType;
  name: string;
  aliases: string[];
  articles: string[];
  roles?: string[];
  place?: string;
  date?: string;
  endDate?: string;
  title?: string;
  /** Meeting without a stated day: the earliest publication that mentions it. */
  reportedBy?: string;
  /** Article: where and when it was published. */
  source?: string;
  url?: string;
  /** Layout position and drawn size (added by the viewer). */
  x: number;
  y: number;
  size: number;
  [extra: string]: unknown;
}

export interface EdgeAttrs {
  type: RelationType;
  /**
   * Absent until loaded: the page loads the graph without evidence (GET /api/graph?evidence=none)
   * and the details panel fetches it (GET /api/evidence) for what it shows.
   */
  evidence?: Evidence[];
  what?: string;
  role?: string;
  cameo?: string;
  /** The earliest and latest day of the evidence (eventDate, else date); absent when undated. */
  firstSeen?: string;
  lastSeen?: string;
  /** Index among parallel edges between the same two nodes (set by @sigma/edge-curve's indexer). */
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
  [extra: string]: unknown;
}

export type BcGraph = Graph<NodeAttrs, EdgeAttrs>;
