// Analysts' Cypher, run so that it can neither write, nor reach files, the network or administration,
// nor hang, nor exhaust the server. Three independent layers, any one of which refuses:
//   1. a lexical check (one statement; no LOAD CSV, periodic commit, CALL ... IN TRANSACTIONS),
//   2. EXPLAIN: the plan's query type must be read-only, and no operator may load files, call a procedure
//      outside a small allow-list, or manage transactions,
//   3. the run itself: READ access mode, a server-side transaction timeout, a row limit.
import neo4j, { type Driver, type ResultSummary, type Session } from "neo4j-driver";
import type { QueryResult } from "@backchannel/schema";
import { toJsonValue, GraphCollector } from "./values.js";

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

export interface ReadOnlyQueryOptions {
  database: string;
  params?: Record<string, unknown>;
  timeoutMs?: number;
  limit?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_ROW_LIMIT = 1_000;
export const MAX_ROW_LIMIT = 100_000;

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

export function lexicalCheck(cypher: string): void {
  if (!cypher.trim()) throw new QueryRefusedError("the query is empty");
  // NFKC folds full-width and compatibility letters, so "ＣＲＥＡＴＥ" cannot slip past a keyword check.
  const bare = stripLiteralsAndComments(cypher.normalize("NFKC")).replace(/;\s*$/, "");
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
export async function checkReadOnly(session: Session, cypher: string, params: Record<string, unknown>): Promise<void> {
  lexicalCheck(cypher);
  let summary: ResultSummary;
  try {
    const res = await session.run(`EXPLAIN ${cypher}`, params);
    summary = res.summary;
  } catch (err) {
    throw new QueryRefusedError(`Cypher error: ${(err as Error).message.split("\n")[0]}`);
  }
  if (summary.queryType !== "r") {
    const kinds: Record<string, string> = { w: "writes", rw: "reads and writes", s: "is a schema or administration command" };
    throw new QueryRefusedError(`the query ${kinds[summary.queryType] ?? "is not read-only"}; only read queries are allowed`);
  }
  const problems = planProblems(summary.plan as PlanLike | false);
  if (problems.length) throw new QueryRefusedError(problems[0]!);
}

export async function runReadOnlyQuery(driver: Driver, cypher: string, opts: ReadOnlyQueryOptions): Promise<QueryResult> {
  const t0 = performance.now();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const limit = Math.min(Math.max(1, opts.limit ?? DEFAULT_ROW_LIMIT), MAX_ROW_LIMIT);
  const params = opts.params ?? {};
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(limit + 1, 1000) });
  // The server enforces the timeout; the client timer is the backstop when the server cannot be reached.
  let timedOut = false;
  const backstop = setTimeout(() => {
    timedOut = true;
    void session.close();
  }, timeoutMs + 2_000);
  try {
    await checkReadOnly(session, cypher, params);
    const result = session.run(cypher, params, { timeout: timeoutMs });
    const collector = new GraphCollector();
    const rows: unknown[][] = [];
    let columns: string[] = [];
    let truncated = false;
    for await (const record of result) {
      if (!columns.length) columns = [...record.keys].map(String);
      if (rows.length >= limit) {
        truncated = true;
        break;
      }
      rows.push(record.keys.map((k) => toJsonValue(record.get(k), collector)));
    }
    if (!columns.length) columns = ((await result.keys()) ?? []).map(String);
    const graph = await collector.resolve(session);
    return { columns, rows, truncated, graph, elapsedMs: performance.now() - t0 };
  } catch (err) {
    if (err instanceof QueryRefusedError) throw err;
    const code = (err as { code?: string }).code ?? "";
    if (timedOut || /TransactionTimedOut|Terminated/i.test(code)) throw new QueryTimeoutError(timeoutMs);
    if (/AccessMode|Forbidden|WriteOnReadOnly/i.test(code)) throw new QueryRefusedError(`refused by the server: ${(err as Error).message}`);
    throw err;
  } finally {
    clearTimeout(backstop);
    await session.close().catch(() => undefined);
  }
}
