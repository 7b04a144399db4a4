/** An analyst's query that the client stopped waiting for: Neo4j may still be evaluating it. */
export interface StuckQuery {
  /** The id the query's transactions carry in their metadata (`backchannelQuery`). */
  queryId: string;
  cypher: string;
  timeoutMs: number;
}

/** A transaction Neo4j lists for an analyst's query (`SHOW TRANSACTIONS`). */
export interface QueryTransaction {
  transactionId: string;
  /** Neo4j's status, e.g. "Running" or "Terminated with reason: ...", which a looping expression ignores. */
  status: string;
  elapsedMs: number;
}
