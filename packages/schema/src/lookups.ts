// What a lookup answers, the same from Neo4j (store) and from a graph in memory (server), and what
// the CLI prints and the HTTP API returns.
import type { Evidence } from "./graph.js";
import type { NodeType } from "./ontology.js";

/** A node as a lookup names it: enough to print and to link, not the whole node. */
export interface NodeRef {
  key: string;
  type: NodeType;
  name: string;
  date?: string;
  place?: string;
}

/** One relationship as a lookup answers it, with its evidence. */
export interface Fact {
  type: string;
  from: NodeRef;
  to: NodeRef;
  what?: string;
  role?: string;
  cameo?: string;
  /** For facts derived through a meeting (co-attendance): the meeting. */
  via?: NodeRef;
  evidence: Evidence[];
}
