// Analysts' Cypher, run so that it can neither write, nor reach files, the network or administration,
// nor hang, nor exhaust the server. Three independent layers, any one of which refuses:
//   1. a lexical check (one statement; no LOAD CSV, periodic commit, CALL ... IN TRANSACTIONS),
//   2. EXPLAIN: the plan's query type must be read-only, and no operator may load files, call a procedure
//      outside a small allow-list, or manage transactions,
//   3. the run itself: READ access mode, a server-side transaction timeout, a row limit.
import { randomUUID } from "node:crypto";
import neo4j, { type Driver, type ResultSummary, type Session } from "neo4j-driver";
import type { QueryResult } from "@backchannel/schema";
import { DatabaseUnavailableError, isUnavailable, QueryFailedError, QueryRefusedError, QueryTimeoutError } from "./query-errors.js";
import type { QueryDrivers } from "./query-drivers.js";
import type { StuckQuery } from "./query-transaction-types.js";
import { QUERY_ID_KEY } from "./query-transactions.js";
import { toJsonValue, GraphCollector } from "./values.js";

export interface ReadOnlyQueryOptions {
  database: string;
  params?: Record<string, unknown>;
  timeoutMs?: number;
  limit?: number;
  /** Rows stop (truncated) once their JSON passes this many bytes (default DEFAULT_MAX_RESULT_BYTES). */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Longer timeouts are cut to this (Node's timers also overflow past 2^31 ms and would fire at once). */
export const MAX_TIMEOUT_MS = 600_000;
export const DEFAULT_ROW_LIMIT = 1_000;
export const MAX_ROW_LIMIT = 100_000;
export const DEFAULT_MAX_RESULT_BYTES = 32 * 1024 ** 2;
/**
 * Refused before Neo4j sees them: a 400-deep list literal overflows Neo4j's parser stack and the
 * connection never answers, and a 33,000-term sum keeps the planner busy past any timeout. Analysts'
 * queries are far shorter and shallower; long lists belong in parameters.
 */
export const MAX_QUERY_LENGTH = 10_000;
export const MAX_NESTING_DEPTH = 40;
/** Added to the timeout before the client stops waiting for a server that does not stop the query. */
const BACKSTOP_GRACE_MS = 2_000;

/** Read-only procedures an analyst may call: schema introspection and full-text search. */
export const ALLOWED_PROCEDURES = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
]);

/** Plan operators that write, load, or administer (matched on the name before "@"). */
const REFUSED_OPERATORS =
  /^(LoadCSV|Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|TransactionForeach|TransactionApply|EmptyResult|Terminate|ShowTransactions|ShowSettings|ShowServers|ShowDatabase|ShowUsers|ShowRoles|ShowPrivileges|ShowCurrentUser|LockNodes|Eager.*Write)/;

/** Removes string literals, quoted identifiers' contents and comments, so keywords inside them don't count. */
export function stripLiteralsAndComments(cypher: string): string {
  let out = "";
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i]!;
    const next = cypher[i + 1];
    if (c === "/" && next === "/") {
      while (i < cypher.length && cypher[i] !== "\n") i++;
      out += " ";
    } else if (c === "/" && next === "*") {
      const end = cypher.indexOf("*/", i + 2);
      i = end < 0 ? cypher.length : end + 2;
      out += " ";
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== c) j += cypher[j] === "\\" && c !== "`" ? 2 : 1;
      out += c === "`" ? "`x`" : "''";
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The deepest nesting of brackets, parentheses and braces (literals and comments already removed). */
export function nestingDepth(bare: string): number {
  let depth = 0;
  let max = 0;
  for (const c of bare) {
    if (c === "(" || c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return max;
}

export function lexicalCheck(cypher: string): void {
  if (!cypher.trim()) throw new QueryRefusedError("the query is empty");
  if (cypher.length > MAX_QUERY_LENGTH) {
    throw new QueryRefusedError(`the query is ${cypher.length} characters long; at most ${MAX_QUERY_LENGTH} are allowed (pass long lists as parameters)`);
  }
  // NFKC folds full-width and compatibility letters, so "ＣＲＥＡＴＥ" cannot slip past a keyword check.
  const bare = stripLiteralsAndComments(cypher.normalize("NFKC")).replace(/;\s*$/, "");
  const depth = nestingDepth(bare);
  if (depth > MAX_NESTING_DEPTH) throw new QueryRefusedError(`the query nests brackets ${depth} deep; at most ${MAX_NESTING_DEPTH} levels are allowed`);
  if (bare.includes(";")) throw new QueryRefusedError("only one statement per query is allowed");
  const checks: [RegExp, string][] = [
    [/\bLOAD\s+CSV\b/i, "LOAD CSV reads files or URLs and is not allowed"],
    [/\bPERIODIC\s+COMMIT\b/i, "USING PERIODIC COMMIT is not allowed"],
    [/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i, "CALL { ... } IN TRANSACTIONS is not allowed"],
    [/^\s*(EXPLAIN|PROFILE)\b/i, "EXPLAIN and PROFILE are added by Backchannel; send the query alone"],
    [/^\s*:/, "client commands (:use, :param ...) are not Cypher"],
  ];
  for (const [re, why] of checks) if (re.test(bare)) throw new QueryRefusedError(why);
}

interface PlanLike {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanLike[];
}

export function planProblems(plan: PlanLike | false | undefined): string[] {
  const problems: string[] = [];
  const walk = (p: PlanLike) => {
    const op = p.operatorType.split("@")[0] ?? p.operatorType;
    if (REFUSED_OPERATORS.test(op)) problems.push(`${op} is not allowed in a read-only query`);
    if (op === "ProcedureCall") {
      const details = String(p.arguments?.Details ?? p.arguments?.details ?? p.arguments?.Signature ?? "");
      const name = details.trim().split(/[(\s]/)[0] ?? "";
      if (!ALLOWED_PROCEDURES.has(name)) problems.push(`procedure ${name || "(unknown)"} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(", ")}`);
    }
    for (const c of p.children ?? []) walk(c);
  };
  if (plan) walk(plan);
  return problems;
}

/** Checks a query without running it. Throws QueryRefusedError with the reason. */
export async function checkReadOnly(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  metadata: Record<string, string> = {},
): Promise<void> {
  lexicalCheck(cypher);
  let summary: ResultSummary;
  try {
    // Planning alone can take long (huge expressions): the EXPLAIN has the query's timeout too.
    const res = await session.run(`EXPLAIN ${cypher}`, params, { timeout: timeoutMs, metadata });
    summary = res.summary;
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    if (isUnavailable(err) || /TransactionTimedOut|Terminated/i.test(code)) throw err;
    throw new QueryRefusedError(`Cypher error: ${(err as Error).message.split("\n")[0]}`);
  }
  if (summary.queryType !== "r") {
    const kinds: Record<string, string> = { w: "writes", rw: "reads and writes", s: "is a schema or administration command" };
    throw new QueryRefusedError(`the query ${kinds[summary.queryType] ?? "is not read-only"}; only read queries are allowed`);
  }
  const problems = planProblems(summary.plan as PlanLike | false);
  if (problems.length) throw new QueryRefusedError(problems[0]!);
}

/** A Neo4j error of the run as one of the query path's errors (or unchanged when it is none of them). */
function classify(err: unknown, timeoutMs: number): unknown {
  if (err instanceof QueryRefusedError || err instanceof QueryTimeoutError) return err;
  const code = (err as { code?: string }).code ?? "";
  const first = String((err as Error).message ?? err).split("\n")[0];
  if (/TransactionTimedOut|Terminated/i.test(code)) return new QueryTimeoutError(timeoutMs);
  if (/AccessMode|Forbidden|WriteOnReadOnly/i.test(code)) return new QueryRefusedError(`refused by the server: ${first}`);
  if (/MemoryPoolOutOfMemoryError|OutOfMemoryError/.test(code)) {
    return new QueryFailedError(`the query needs more memory than one query may use on this server (${first}); narrow it or aggregate less`, "memory");
  }
  if (isUnavailable(err)) return new DatabaseUnavailableError(`Neo4j is not reachable: ${first}`);
  if (code.startsWith("Neo.ClientError.")) return new QueryFailedError(`Cypher error: ${first}`, "cypher");
  return err;
}

/** Rows of the result up to the row limit and the byte budget; `truncated` when either stopped them. */
async function collectRows(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  metadata: Record<string, string>,
  timeoutMs: number,
  limit: number,
  maxBytes: number,
) {
  const result = session.run(cypher, params, { timeout: timeoutMs, metadata });
  const collector = new GraphCollector();
  const rows: unknown[][] = [];
  let columns: string[] = [];
  let truncated = false;
  let bytes = 0;
  for await (const record of result) {
    if (!columns.length) columns = [...record.keys].map(String);
    if (rows.length >= limit) {
      truncated = true;
      break;
    }
    const row = record.keys.map((k) => toJsonValue(record.get(k), collector));
    // The answer is JSON in the end: counting it as it grows keeps a result of huge rows from filling memory.
    bytes += JSON.stringify(row).length;
    if (bytes > maxBytes && rows.length > 0) {
      truncated = true;
      break;
    }
    rows.push(row);
  }
  if (!columns.length) columns = ((await result.keys()) ?? []).map(String);
  const graph = await collector.resolve(session);
  return { columns, rows, truncated, graph };
}

/**
 * Runs an analyst's query. `onStuck` hears of a query the client stopped waiting for (Neo4j did not stop
 * it at its timeout), so a watchdog can look for its transaction on the server.
 */
export async function runReadOnlyQuery(
  drivers: QueryDrivers,
  cypher: string,
  opts: ReadOnlyQueryOptions,
  onStuck?: (query: StuckQuery) => void,
): Promise<QueryResult> {
  const t0 = performance.now();
  const timeoutMs = Math.min(Math.max(1, Math.floor(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS)), MAX_TIMEOUT_MS);
  const limit = Math.min(Math.max(1, opts.limit ?? DEFAULT_ROW_LIMIT), MAX_ROW_LIMIT);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_RESULT_BYTES;
  const params = opts.params ?? {};
  lexicalCheck(cypher); // before a connection is taken
  const driver: Driver = drivers.current();
  // Small fetches: a thousand rows of half a megabyte each would be half a gigabyte in one batch.
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(limit + 1, 100) });
  // Its transactions carry this id, so SHOW TRANSACTIONS finds exactly this query if it outlives its timeout.
  const queryId = randomUUID();
  const metadata = { [QUERY_ID_KEY]: queryId };
  const work = (async () => {
    await checkReadOnly(session, cypher, params, timeoutMs, metadata);
    return collectRows(session, cypher, params, metadata, timeoutMs, limit, maxBytes);
  })();
  // The server enforces the timeout, but some work ignores it (an expression evaluated in one go, a parser
  // that never returns). Then the client stops waiting and drops the connection with the driver.
  let timer: NodeJS.Timeout | undefined;
  let stuck = false;
  const backstop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stuck = true;
      reject(new QueryTimeoutError(timeoutMs));
    }, timeoutMs + BACKSTOP_GRACE_MS);
  });
  try {
    const r = await Promise.race([work, backstop]);
    return { ...r, elapsedMs: performance.now() - t0 };
  } catch (err) {
    throw classify(err, timeoutMs);
  } finally {
    clearTimeout(timer);
    if (stuck) {
      work.catch(() => undefined);
      void session.close().catch(() => undefined);
      drivers.discard(driver);
      onStuck?.({ queryId, cypher, timeoutMs });
    } else {
      await session.close().catch(() => undefined);
    }
  }
}
