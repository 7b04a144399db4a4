import type { NodeType, RelationType } from "@backchannel/schema";

/** Everything a shared link restores. Plain data (arrays, not Sets) so it serialises trivially. */
export interface ViewState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenNodeTypes: NodeType[];
  hiddenRelTypes: RelationType[];
  /** Meeting date range, ISO YYYY-MM-DD, inclusive; null = open. */
  dateFrom: string | null;
  dateTo: string | null;
  cypher: string;
  pathFrom: string | null;
  pathTo: string | null;
  /** Label density, 0 (few labels) … 10 (many). */
  labels: number;
}
