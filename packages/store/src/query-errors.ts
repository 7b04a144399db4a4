// Errors of the read-only query path, each one a kind of answer the server and the CLI give.

/** The query was refused before it ran (it could write, is too long or too deep, or does not parse). */
export class QueryRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QueryRefusedError";
  }
}

export class QueryTimeoutError extends Error {
  constructor(ms: number) {
    super(`query stopped: it ran longer than the ${ms} ms timeout`);
    this.name = "QueryTimeoutError";
  }
}

/**
 * The query ran and Neo4j refused it: a Cypher error at run time (division by zero, a missing parameter,
 * bad full-text syntax), or a memory limit (`memory`), which says the query asks too much of the server.
 */
export class QueryFailedError extends Error {
  constructor(
    message: string,
    readonly reason: "cypher" | "memory",
  ) {
    super(message);
    this.name = "QueryFailedError";
  }
}

/** Neo4j cannot be reached (stopped, crashed, restarting): the answer is 503, not a query error. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** True for a driver error that says Neo4j is gone rather than that the query was wrong. */
export function isUnavailable(err: unknown): boolean {
  return UNAVAILABLE_CODES.has((err as { code?: string } | null)?.code ?? "");
}
