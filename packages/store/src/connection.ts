// One driver per process; every query names the database so NEO4J_DATABASE is honoured everywhere.
import neo4j, { type Driver } from "neo4j-driver";

export interface ConnectionSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** How long transaction functions keep retrying while Neo4j is unreachable or restarting (default 30). */
  retrySeconds?: number;
}

export function openDriver(c: ConnectionSettings): Driver {
  return neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), {
    // Retries of transaction functions (executeRead/executeWrite) on transient errors and restarts.
    maxTransactionRetryTime: (c.retrySeconds ?? 30) * 1000,
    connectionAcquisitionTimeout: 30_000,
    disableLosslessIntegers: true,
    userAgent: "backchannel",
  });
}
