import type { NodeType, RelationType } from "@backchannel/schema";

/** Everything a shared link restores. Plain data (arrays, not Sets) so it serialises trivially. */
export interface ViewState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenNodeTypes: NodeType[];
  hiddenRelTypes: RelationType[];
  /** The time window over facts' dates, ISO YYYY-MM-DD, inclusive; null = open (the whole span). */
  dateFrom: string | null;
  dateTo: string | null;
  /** Facts without a date are shown unless switched off. */
  showUndated: boolean;
  cypher: string;
  pathFrom: string | null;
  pathTo: string | null;
  /** Label density, 0 (few labels) … 10 (many). */
  labels: number;
  /**
   * Explore mode: the page draws neighbourhoods fetched from the server instead of the whole graph.
   * null = decided by the graph's size; true or false = asked for.
   */
  explore: boolean | null;
  /** Explore mode: the nodes whose neighbourhood is drawn, in the order they were opened (the first at `depth`, the rest one step). */
  open: string[];
  /** Explore mode: how many steps from the first node, 1 to 3. */
  depth: number;
  /** Explore mode: nodes taken off the picture; expansions do not bring them back. */
  hidden: string[];
  /**
   * The camera to restore (a saved view's `cam`); applied once the graph is drawn, then cleared: the
   * camera moves too often to follow it in the URL.
   */
  camera: { x: number; y: number; ratio: number } | null;
  /** Node size: by degree (relationships), or by betweenness among actors (brokers). */
  sizeBy: "degree" | "betweenness";
  /** Node colour: by type, or by Louvain community among actors. */
  colourBy: "type" | "community";
  /** Explore mode: nodes held in place by the layout and kept when a new start replaces the picture. */
  pinned: string[];
}
