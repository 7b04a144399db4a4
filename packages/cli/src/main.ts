// The `backchannel` command line. Each command is a small function; argument parsing is node:util's.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { extractPaths, writeGraphJson } from "@backchannel/extractor";
import { ensureNeo4jArtifacts, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "@backchannel/neo4j-local";
import { type Fact, GraphContractError, type GraphJson, parseGraphJson } from "@backchannel/schema";
import { startServer } from "@backchannel/server";
import { type LoadSummary, NameResolutionError, QueryRefusedError, QueryTimeoutError, type Store } from "@backchannel/store";
import { LauncherError, openStore } from "./connect.js";
import { render, type OutputFormat } from "./format.js";
import { progressBar } from "./progress.js";

const USAGE = `backchannel: news articles about mediation and negotiation, as a knowledge graph in Neo4j

Usage:
  backchannel extract <paths...> --out graph.json     read articles (.txt .md .html .json .jsonl, folders too)
  backchannel load <graph.json> [--batch-size N]       load into Neo4j (idempotent, incremental)
  backchannel build <paths...> [--out graph.json]      extract + load
  backchannel query "<cypher>" [--param k=v ...] [--format table|json|csv] [--limit N] [--timeout MS]
  backchannel serve [--port 8080] [--host 127.0.0.1] [--graph graph.json] [--open]
  backchannel neo4j start|stop|status|fetch

Lookups (every answer carries its evidence sentences and article ids; add --format json|csv):
  backchannel mediators [--meeting <meeting>] [--between <a> <b>]
  backchannel meetings <actor>          backchannel timeline <actor>
  backchannel met <actor>               backchannel affiliations <actor>
  backchannel demands <actor> [--by|--of]
  backchannel neighbours <name>         backchannel path <a> <b>

Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; when NEO4J_URI is unset a local
Neo4j 5.26 Community server is started from Maven Central artifacts (Java 17 and mvn needed).
`;

const log = (m: string) => process.stderr.write(`${m}\n`);

class UsageError extends Error {}

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;
type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parse(args: string[], options: OptionSpec): { values: ParsedValues; positionals: string[] } {
  try {
    const r = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: r.values as ParsedValues, positionals: r.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function outputFormat(v: unknown): OutputFormat {
  const f = String(v ?? "table");
  if (f !== "table" && f !== "json" && f !== "csv") throw new UsageError(`--format must be table, json or csv (got "${f}")`);
  return f;
}

/** --param name=value: the value is JSON when it parses as JSON (numbers, lists, maps), else a string. */
export function parseParams(list: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of list) {
    const eq = p.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param expects name=value (got "${p}")`);
    const raw = p.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // Not JSON: a plain string.
    }
    out[p.slice(0, eq)] = value;
  }
  return out;
}

async function readGraph(file: string): Promise<GraphJson> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not JSON: ${(e as Error).message}`);
  }
  try {
    return parseGraphJson(value);
  } catch (e) {
    if (e instanceof GraphContractError) throw new Error(`${file}: ${e.message}`);
    throw e;
  }
}

async function withStore<T>(start: boolean, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ start, log });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

// ---- commands -------------------------------------------------------------------------------

async function cmdExtract(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string", short: "o" }, "max-file-bytes": { type: "string" } });
  if (!positionals.length) throw new UsageError("extract needs at least one file or folder");
  const out = (values.out as string | undefined) ?? "graph.json";
  const { failed } = await extractTo(positionals, out, values["max-file-bytes"] as string | undefined);
  return failed ? 1 : 0;
}

async function extractTo(paths: string[], out: string, maxBytes?: string): Promise<{ graph: GraphJson; failed: number }> {
  const bar = progressBar("extract");
  const t0 = performance.now();
  const { graph, report } = await extractPaths(paths, {
    ...(maxBytes ? { maxFileBytes: Number(maxBytes) } : {}),
    onProgress: (p) => bar.update(p.articles, 0, `${p.files} files, ${p.failed} failed`),
  });
  bar.done();
  await writeGraphJson(graph, out);
  for (const f of report.failed) log(`  skipped ${f.file}: ${f.reason}`);
  log(
    `extract: ${report.articlesRead} articles read from ${report.files} files, ${report.duplicates} duplicates skipped, ` +
      `${report.failed.length} failed; ${report.nodes} nodes and ${report.relationships} relationships written to ${out} ` +
      `(${Math.round(performance.now() - t0)} ms)`,
  );
  return { graph, failed: report.failed.length };
}

async function loadInto(store: Store, graph: GraphJson, batchSize?: number): Promise<void> {
  const bar = progressBar("load");
  let at = { phase: "nodes", done: 0, total: graph.nodes.length };
  let s: LoadSummary;
  try {
    s = await store.load(graph, {
      ...(batchSize ? { batchSize } : {}),
      onProgress: (p) => {
        at = p;
        bar.update(p.done, p.total, p.phase);
      },
    });
  } catch (err) {
    bar.done();
    // Every batch is its own transaction: what was committed stays, and loading is idempotent.
    throw new Error(
      `load stopped after ${at.done} of ${at.total} ${at.phase}: ${(err as Error).message.split("\n")[0]}\n` +
        "Batches already written stay; run the same load again once Neo4j is reachable to complete it.",
    );
  }
  bar.done();
  const c = (x: { created: number; updated: number; unchanged: number }) => `${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`;
  log(`load: nodes ${c(s.nodes)}; relationships ${c(s.relationships)} (${Math.round(s.ms)} ms)`);
}

async function cmdLoad(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { "batch-size": { type: "string" } });
  if (positionals.length !== 1) throw new UsageError("load needs exactly one graph.json");
  const graph = await readGraph(positionals[0]!);
  const batch = values["batch-size"] ? Number(values["batch-size"]) : undefined;
  await withStore(true, (s) => loadInto(s, graph, batch));
  return 0;
}

async function cmdBuild(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string", short: "o" }, "max-file-bytes": { type: "string" } });
  if (!positionals.length) throw new UsageError("build needs at least one file or folder");
  const out = (values.out as string | undefined) ?? join(".backchannel", "graph.json");
  const { graph, failed } = await extractTo(positionals, out, values["max-file-bytes"] as string | undefined);
  await withStore(true, (s) => loadInto(s, graph));
  return failed ? 1 : 0;
}

async function cmdQuery(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    param: { type: "string", multiple: true, short: "p" },
    format: { type: "string", short: "f" },
    limit: { type: "string" },
    timeout: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError('query needs one Cypher string: backchannel query "MATCH (n) RETURN n.name LIMIT 5"');
  const format = outputFormat(values.format);
  const params = parseParams((values.param as string[] | undefined) ?? []);
  const r = await withStore(false, (s) =>
    s.query(positionals[0]!, {
      params,
      ...(values.limit ? { limit: Number(values.limit) } : {}),
      ...(values.timeout ? { timeoutMs: Number(values.timeout) } : {}),
    }),
  );
  process.stdout.write(render(format, r.columns, r.rows, { columns: r.columns, rows: r.rows, truncated: r.truncated }));
  log(`${r.rows.length} row${r.rows.length === 1 ? "" : "s"}${r.truncated ? " (truncated: raise --limit)" : ""}, ${Math.round(r.elapsedMs)} ms`);
  return 0;
}

export function viewerDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@backchannel/viewer/package.json")), "dist");
}

async function cmdServe(args: string[]): Promise<number> {
  const { values } = parse(args, {
    port: { type: "string" },
    host: { type: "string" },
    graph: { type: "string" },
    open: { type: "boolean" },
  });
  const port = values.port ? Number(values.port) : 8080;
  const host = (values.host as string | undefined) ?? "127.0.0.1";
  const graphFile = values.graph as string | undefined;
  const store = graphFile ? undefined : await openStore({ start: true, log });
  const server = await startServer({
    host,
    port,
    staticDir: viewerDir(),
    ...(graphFile ? { graph: await readGraph(graphFile) } : {}),
    ...(store ? { store } : {}),
  });
  log(`backchannel: serving the viewer${graphFile ? ` for ${graphFile} (memory mode, no Cypher)` : ""} at`);
  process.stdout.write(`${server.url}\n`);
  if (values.open) openBrowser(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await store?.close();
  return 0;
}

function openBrowser(url: string): void {
  if (!process.env.DISPLAY && process.platform === "linux") return;
  const cmd = process.platform === "darwin" ? "open" : process.platform === "win32" ? "start" : "xdg-open";
  import("node:child_process").then(({ spawn }) =>
    spawn(cmd, [url], { stdio: "ignore", detached: true })
      .on("error", () => undefined)
      .unref(),
  );
}

async function cmdNeo4j(args: string[]): Promise<number> {
  const sub = args[0];
  if (sub === "start") {
    const r = await startLocalNeo4j({ log });
    log(r.alreadyRunning ? `Neo4j already running (pid ${r.pid})` : `Neo4j started (pid ${r.pid})`);
    process.stdout.write(`${r.uri}\n`);
    return 0;
  }
  if (sub === "stop") {
    const r = await stopLocalNeo4j({ log });
    log(r.stopped ? "Neo4j stopped" : "Neo4j was not running");
    return 0;
  }
  if (sub === "status") {
    if (process.env.NEO4J_URI) log(`NEO4J_URI is set: commands use ${process.env.NEO4J_URI}; the local server below is not used`);
    const s = await localNeo4jStatus({});
    process.stdout.write(
      s.running ? `running: pid ${s.pid}, ${s.uri}, Neo4j ${s.version}, data in ${s.dataDir}\n` : `not running (Neo4j ${s.version}, data in ${s.dataDir})\n`,
    );
    return 0;
  }
  if (sub === "fetch") {
    await ensureNeo4jArtifacts({ log });
    log("Neo4j artifacts are in the local Maven repository");
    return 0;
  }
  throw new UsageError("neo4j needs start, stop, status or fetch");
}

// ---- lookups --------------------------------------------------------------------------------

const FACT_COLUMNS = ["relation", "from", "to", "detail", "articles", "evidence"];

function factRow(f: Fact): unknown[] {
  const detail = [
    f.what && `what: ${f.what}`,
    f.role && `role: ${f.role}`,
    f.to.type === "Meeting" && [f.to.date, f.to.place].filter(Boolean).join(" "),
    f.via && `via ${f.via.name}${f.via.date ? ` (${f.via.date})` : ""}`,
  ]
    .filter(Boolean)
    .join("; ");
  return [f.type, f.from.name, f.to.name, detail, [...new Set(f.evidence.map((e) => e.article))].join(" "), f.evidence[0]?.sentence ?? ""];
}

async function cmdLookup(kind: string, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: "string", short: "f" },
    meeting: { type: "string" },
    between: { type: "boolean" },
    by: { type: "boolean" },
    of: { type: "boolean" },
  });
  const format = outputFormat(values.format);
  const one = () => {
    if (positionals.length !== 1) throw new UsageError(`${kind} needs one name (quote names with spaces)`);
    return positionals[0]!;
  };
  const result = await withStore(false, async (s): Promise<Fact[] | Fact[][]> => {
    const L = s.lookups;
    switch (kind) {
      case "mediators":
        if (values.between || positionals.length === 2) {
          if (positionals.length !== 2) throw new UsageError("mediators --between needs two names");
          return L.mediators({ between: [positionals[0]!, positionals[1]!] });
        }
        return L.mediators(values.meeting ? { meeting: values.meeting as string } : {});
      case "meetings":
        return L.meetings(one());
      case "timeline":
        return L.timeline(one());
      case "met":
        return L.met(one());
      case "demands":
        return L.demands(one(), values.by ? "by" : values.of ? "of" : "both");
      case "affiliations":
        return L.affiliations(one());
      case "neighbours":
      case "neighbors":
        return L.neighbours(one());
      case "path":
        if (positionals.length !== 2) throw new UsageError("path needs two names");
        return L.paths(positionals[0]!, positionals[1]!);
      default:
        throw new UsageError(`unknown command ${kind}`);
    }
  });
  if (kind === "path") {
    const paths = result as Fact[][];
    const rows = paths.flatMap((p, i) => p.map((f) => [i + 1, ...factRow(f)]));
    process.stdout.write(render(format, ["path", ...FACT_COLUMNS], rows, paths));
    log(`${paths.length} shortest path${paths.length === 1 ? "" : "s"}`);
  } else {
    const facts = result as Fact[];
    process.stdout.write(render(format, FACT_COLUMNS, facts.map(factRow), facts));
    log(`${facts.length} fact${facts.length === 1 ? "" : "s"}`);
  }
  return 0;
}

const LOOKUPS = new Set(["mediators", "meetings", "timeline", "met", "demands", "affiliations", "neighbours", "neighbors", "path"]);

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === "help" || cmd === "--help" || cmd === "-h") {
      process.stdout.write(USAGE);
      return cmd ? 0 : 2;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(USAGE);
      return 0;
    }
    switch (cmd) {
      case "extract":
        return await cmdExtract(rest);
      case "load":
        return await cmdLoad(rest);
      case "build":
        return await cmdBuild(rest);
      case "query":
        return await cmdQuery(rest);
      case "serve":
        return await cmdServe(rest);
      case "neo4j":
        return await cmdNeo4j(rest);
      default:
        if (LOOKUPS.has(cmd)) return await cmdLookup(cmd, rest);
        throw new UsageError(`unknown command "${cmd}" (see backchannel --help)`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      log(`backchannel: ${err.message}`);
      return 2;
    }
    if (err instanceof QueryRefusedError) {
      log(`backchannel: query refused: ${err.message}`);
      return 1;
    }
    if (err instanceof QueryTimeoutError || err instanceof NameResolutionError || err instanceof LauncherError) {
      log(`backchannel: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
