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
}
