// Types of the graph builder: the nodes and relationships it accumulates before writing graph.json.
import type { Evidence, NodeType, RelationType } from "@backchannel/schema";
import type { OriginalNode } from "../input/history-types.js";

/** One node as the builder accumulates it across articles. */
export interface NodeRec {
  key: string;
  type: NodeType;
  name: string;
  aliases: Set<string>;
  articles: string[];
  roles?: Set<string>;
  place?: string;
  date?: string;
  endDate?: string;
  /** The earliest publication date of the articles naming it (written for undated meetings). */
  reportedBy?: string;
  extra?: Record<string, unknown>;
}

export interface EdgeRec {
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence[];
  what?: string[];
  role?: string[];
  cameo?: string;
  /** Earliest and latest date of all its sightings (each one's event day, else its article's date). */
  firstSeen?: string;
  lastSeen?: string;
}

/** A syndicated copy of an admitted article: its own metadata, the text not extracted again. */
export interface ArticleCopy {
  id: string;
  /** The id of the article it copies. */
  of: string;
  /**
   * The original's Article node when an earlier run extracted it: written with this copy in its
   * `copies` when this run's graph does not hold the original.
   */
  original?: OriginalNode;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  author?: string;
}
