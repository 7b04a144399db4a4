// The commands that extract, load, query, serve and run the local Neo4j. Each takes arguments the
// command table has already parsed and checked.
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type ArticleHistory, type ExtractReport, extractPaths, type KnownArticle, type PageSource, writeGraphJson } from "@backchannel/extractor";
import { ensureNeo4jArtifacts, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "@backchannel/neo4j-local";
import { articleTextsFile, GraphContractError, type GraphJson, parseGraphJson } from "@backchannel/schema";
import { startServer } from "@backchannel/server";
import type { LoadSummary, Store } from "@backchannel/store";
import { UsageError } from "./args.js";
import { ArticleTextWriter, readArticleTexts } from "./article-texts.js";
import { type BulkOutcome, bulkLoadInto, decideBulk } from "./bulk-load.js";
import { localNeo4jRestart, log, openStore, warmUp, withStore } from "./connect.js";
import { DEFAULT_CACHE_DIR, DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_PAGE_BYTES, type FetchSettings, preparePages } from "./fetch/index.js";
import { type OutputFormat, render } from "./format.js";
import { historyOf, remember } from "./history.js";
import { progressBar } from "./progress.js";
import type { ParsedArgs, WatchResult } from "./types.js";
import { version } from "./version.js";
import { watchFolder } from "./watch.js";

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

/** --workers N, or the number of cores. */
export function workersOf(a: ParsedArgs): number {
  return (a.values.workers as number | undefined) ?? availableParallelism();
}

/** What extract and build read and how (the same path for both). */
export interface ExtractJob {
  paths: string[];
  out: string;
  workers: number;
  maxFileBytes?: number;
  /** With --fetch: how the pages behind feeds and URL lists are fetched before extraction. */
  fetch?: FetchSettings;
  /** The articles earlier runs extracted (absent with --no-history). */
  history?: ArticleHistory;
}

/** --fetch and its settings, or undefined without it. */
export function fetchSettingsOf(a: ParsedArgs): FetchSettings | undefined {
  if (!a.values.fetch) return undefined;
  const seconds = a.values["fetch-timeout"] as number | undefined;
  return {
    cacheDir: (a.values["cache-dir"] as string | undefined) ?? DEFAULT_CACHE_DIR,
    timeoutMs: seconds === undefined ? DEFAULT_FETCH_TIMEOUT_MS : Math.round(seconds * 1000),
    maxBytes: (a.values["max-file-bytes"] as number | undefined) ?? DEFAULT_MAX_PAGE_BYTES,
    refetch: a.values.refetch === true,
    ignoreRobots: a.values["ignore-robots"] === true,
    userAgent: `Backchannel/${version()} (news articles to a knowledge graph; fetches the pages its user's feeds and URL lists name)`,
  };
}

/** Fetches what the inputs name into the cache; the page source extraction then reads. */
async function fetchInputPages(job: ExtractJob, settings: FetchSettings): Promise<PageSource> {
  const bar = progressBar("fetch");
  const t0 = performance.now();
  const { pages, summary } = await preparePages(job.paths, settings, job.maxFileBytes, (done, total, failed) => bar.update(done, total, `${failed} failed`));
  bar.done();
  log(
    `fetch: ${summary.urls} pages named: ${summary.fetched} fetched, ${summary.cached} already in the cache, ${summary.failed} failed` +
      `${summary.disallowed ? ` (${summary.disallowed} disallowed by robots.txt)` : ""}${settings.ignoreRobots ? " (robots.txt ignored)" : ""} ` +
      `(cache ${settings.cacheDir}, ${Math.round(performance.now() - t0)} ms)`,
  );
  return pages;
}

/** What extract and build did: the graph, how many inputs failed, the run's originals for the history, and where the time went. */
export interface Extracted {
  graph: GraphJson;
  failed: number;
  originals: KnownArticle[];
  report: ExtractReport;
  /** Reading and extracting (the texts file written alongside). */
  extractMs: number;
  /** Writing graph.json. */
  writeMs: number;
}

/** Extracts what the job names and writes graph.json and the article texts beside it (exported for the pipeline bench). */
export async function extractTo(job: ExtractJob): Promise<Extracted> {
  const { out, maxFileBytes } = job;
  const pages = job.fetch ? await fetchInputPages(job, job.fetch) : undefined;
  const bar = progressBar("extract");
  const t0 = performance.now();
  await mkdir(dirname(out), { recursive: true });
  const texts = new ArticleTextWriter(articleTextsFile(out));
  const { graph, report, originals } = await extractPaths(job.paths, {
    ...(maxFileBytes ? { maxFileBytes } : {}),
    ...(pages ? { pages } : {}),
    ...(job.history ? { history: job.history } : {}),
    workers: job.workers,
    onProgress: (p) => bar.update(p.articles, 0, `${p.files} files, ${p.failed} failed`),
    onArticleText: (t) => texts.write(t),
  });
  bar.done();
  await texts.close();
  const t1 = performance.now();
  await writeGraphJson(graph, out);
  const t2 = performance.now();
  for (const f of report.failed) log(`  skipped ${f.file}: ${f.reason}`);
  log(
    `extract: ${report.articlesRead} articles read from ${report.files} files, ${report.duplicates} duplicates skipped, ` +
      `${report.copies} near-duplicate copies kept as sources of the first${report.earlierCopies ? ` (${report.earlierCopies} of articles extracted before)` : ""}, ` +
      `${report.failed.length} failed; ${report.nodes} nodes and ${report.relationships} relationships written to ${out} ` +
      `(article texts in ${texts.file}) ` +
      `(${Math.round(t2 - t0)} ms, ${report.threads ? `${report.threads} worker threads` : "one thread"})`,
  );
  return { graph, failed: report.failed.length, originals, report, extractMs: t1 - t0, writeMs: t2 - t1 };
}

/** extract's and build's arguments as a job. */
async function jobOf(a: ParsedArgs, out: string, historyByDefault: boolean): Promise<ExtractJob> {
  const maxFileBytes = a.values["max-file-bytes"] as number | undefined;
  const fetch = fetchSettingsOf(a);
  const history = await historyOf(a, historyByDefault);
  return {
    paths: a.positionals,
    out,
    workers: workersOf(a),
    ...(maxFileBytes ? { maxFileBytes } : {}),
    ...(fetch ? { fetch } : {}),
    ...(history ? { history } : {}),
  };
}

/** The texts written beside a graph.json, onto its Article nodes (the viewer's reading pane); how many. */
export async function loadTextsInto(store: Store, graphFile: string): Promise<number> {
  const file = articleTextsFile(graphFile);
  if (!existsSync(file)) return 0;
  const n = await store.loadArticleTexts(readArticleTexts(file));
  log(`load: ${n} article texts from ${file}`);
  return n;
}

const summaryLine = (s: LoadSummary): string => {
  const c = (x: { created: number; updated: number; unchanged: number }) => `${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`;
  return `load: nodes ${c(s.nodes)}; relationships ${c(s.relationships)} (${Math.round(s.ms)} ms)`;
};

/** How a graph went in: through neo4j-admin import (with where its time went), or with transactions. */
export type LoadOutcome = { path: "bulk"; summary: LoadSummary; bulk: BulkOutcome } | { path: "transactions"; summary: LoadSummary };

/** load's and build's loading step (exported for the pipeline bench, which keeps the bulk path's CSVs with `keepFiles`). */
export async function loadInto(store: Store, graph: GraphJson, opts: { batchSize?: number; bulk?: boolean; keepFiles?: boolean } = {}): Promise<LoadOutcome> {
  // A first load into the local server goes through neo4j-admin import (bulk-load.ts says when).
  const decision = await decideBulk(() => store.isEmpty(), opts.bulk === true, graph.edges.length);
  if (!decision.bulk && decision.why) log(`load: ${decision.why}`);
  const imported = decision.bulk ? await bulkLoadInto(store, graph, decision.replacing, { keepFiles: opts.keepFiles === true }) : undefined;
  if (imported) {
    log(summaryLine(imported.summary));
    return { path: "bulk", summary: imported.summary, bulk: imported };
  }
  const bar = progressBar("load");
  let at = { phase: "nodes", done: 0, total: graph.nodes.length };
  let s: LoadSummary;
  try {
    s = await store.load(graph, {
      ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
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
  log(summaryLine(s));
  return { path: "transactions", summary: s };
}

export async function runExtract(a: ParsedArgs): Promise<number> {
  const job = await jobOf(a, (a.values.out as string | undefined) ?? "graph.json", false);
  const { failed, originals } = await extractTo(job);
  // graph.json is written: its articles are what a later run's copies are copies of
  await remember(job.history, originals);
  return failed ? 1 : 0;
}

export async function runLoad(a: ParsedArgs): Promise<number> {
  const file = a.positionals[0]!;
  const graph = await readGraph(file);
  await withStore(true, async (s) => {
    await loadInto(s, graph, { batchSize: a.values["batch-size"] as number | undefined, bulk: a.values.bulk === true });
    await loadTextsInto(s, file);
  });
  return 0;
}

export async function runBuild(a: ParsedArgs): Promise<number> {
  const out = (a.values.out as string | undefined) ?? join(".backchannel", "graph.json");
  if (a.values.out === undefined && existsSync(out)) log(`build: replacing ${out} (the last build's graph.json; --out FILE keeps it)`);
  const job = await jobOf(a, out, true);
  const { graph, failed, originals } = await extractTo(job);
  await withStore(true, async (s) => {
    await loadInto(s, graph, { bulk: a.values.bulk === true });
    await loadTextsInto(s, out);
  });
  // only once loaded: a later copy is kept as a copy of an article the database holds
  await remember(job.history, originals);
  return failed ? 1 : 0;
}

/** One line per file the watch read: what it held and what loading it changed. */
export function describeWatchResult(r: WatchResult): string {
  const problems = r.failed.map((f) => `; skipped ${f.file === r.file ? "" : `${f.file}: `}${f.reason}`).join("");
  const copies = r.copies ? `, ${r.copies} copies of earlier articles` : "";
  const disallowed = r.fetched?.disallowed ? ` (${r.fetched.disallowed} disallowed by robots.txt)` : "";
  const pages = r.fetched ? `, pages: ${r.fetched.fetched} fetched, ${r.fetched.cached} already in the cache, ${r.fetched.failed} failed${disallowed}` : "";
  const load = r.load
    ? `; nodes ${r.load.nodes.created} created, ${r.load.nodes.updated} updated; relationships ${r.load.relationships.created} created, ${r.load.relationships.updated} updated`
    : "";
  return `watch: ${r.file}: ${r.articles} articles${copies}${pages}, ${r.nodes} nodes, ${r.relationships} relationships${load}${problems}`;
}

export async function runWatch(a: ParsedArgs): Promise<number> {
  const folder = a.positionals[0]!;
  const st = await stat(folder).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError(`watch needs a folder (${folder} is ${st ? "not a folder" : "not found"})`);
  const interval = a.values.interval as number | undefined;
  const maxFileBytes = a.values["max-file-bytes"] as number | undefined;
  const history = await historyOf(a, true);
  const fetch = fetchSettingsOf(a);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await withStore(true, async (s) => {
      log(
        `watch: reading ${folder} and every new or changed file in it${fetch ? `, fetching the pages feeds and URL lists name (cache ${fetch.cacheDir})` : ""}; Ctrl-C stops`,
      );
      await watchFolder(folder, s, {
        signal: stop.signal,
        ...(interval ? { intervalMs: interval } : {}),
        ...(maxFileBytes ? { maxFileBytes } : {}),
        ...(history ? { history } : {}),
        ...(fetch ? { fetch } : {}),
        onResult: (r) => log(describeWatchResult(r)),
      });
    });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  log("watch: stopped");
  return 0;
}

export async function runQuery(a: ParsedArgs): Promise<number> {
  const format = (a.values.format as OutputFormat | undefined) ?? "table";
  const params = parseParams((a.values.param as string[] | undefined) ?? []);
  const limit = a.values.limit as number | undefined;
  const timeoutMs = a.values.timeout as number | undefined;
  const r = await withStore(false, (s) => s.query(a.positionals[0]!, { params, ...(limit ? { limit } : {}), ...(timeoutMs ? { timeoutMs } : {}) }));
  process.stdout.write(render(format, r.columns, r.rows, { columns: r.columns, rows: r.rows, truncated: r.truncated }));
  log(`${r.rows.length} row${r.rows.length === 1 ? "" : "s"}${r.truncated ? " (truncated: raise --limit)" : ""}, ${Math.round(r.elapsedMs)} ms`);
  return 0;
}

export function viewerDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@backchannel/viewer/package.json")), "dist");
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

export async function runServe(a: ParsedArgs): Promise<number> {
  const port = (a.values.port as number | undefined) ?? 8080;
  const host = (a.values.host as string | undefined) ?? "127.0.0.1";
  const graphFile = a.values.graph as string | undefined;
  const graph = graphFile ? await readGraph(graphFile) : undefined;
  const store = graph ? undefined : await openStore({ start: true, log });
  const allowedHosts = (a.values["allow-host"] as string[] | undefined) ?? [];
  const texts = graphFile && existsSync(articleTextsFile(graphFile)) ? { articleTextsFile: articleTextsFile(graphFile) } : {};
  const queryTimeoutMs = a.values["query-timeout"] as number | undefined;
  // The watchdog may restart Neo4j only when it is the local server this CLI runs (see connect.ts).
  const neo4j = store ? { store, watchdog: { restartNeo4j: localNeo4jRestart(), log }, ...(queryTimeoutMs ? { queryTimeoutMs } : {}) } : {};
  const server = await startServer({ host, port, staticDir: viewerDir(), allowedHosts, ...(graph ? { graph } : {}), ...neo4j, ...texts });
  log(`backchannel: serving the viewer${graphFile ? ` for ${graphFile} (memory mode, no Cypher)` : ""} at`);
  process.stdout.write(`${server.url}\n`);
  if (a.values.open) openBrowser(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await store?.close();
  // Neo4j is a server of its own: stopping the viewer must not stop it, but should not leave it unsaid.
  if (store && !process.env.NEO4J_URI) log("backchannel: stopped. The local Neo4j keeps running; `npx backchannel neo4j stop` stops it.");
  else log("backchannel: stopped.");
  return 0;
}

export async function runNeo4j(a: ParsedArgs): Promise<number> {
  const sub = a.positionals[0];
  if (sub === "start") {
    const r = await startLocalNeo4j({ log, afterStart: warmUp });
    log(r.alreadyRunning ? `Neo4j already running (pid ${r.pid})` : `Neo4j started (pid ${r.pid})`);
    process.stdout.write(`${r.uri}\n`);
  } else if (sub === "stop") {
    const r = await stopLocalNeo4j({ log });
    log(r.stopped ? "Neo4j stopped" : "Neo4j was not running");
  } else if (sub === "status") {
    if (process.env.NEO4J_URI) log(`NEO4J_URI is set: commands use ${process.env.NEO4J_URI}; the local server below is not used`);
    const s = await localNeo4jStatus({});
    process.stdout.write(
      s.running ? `running: pid ${s.pid}, ${s.uri}, Neo4j ${s.version}, data in ${s.dataDir}\n` : `not running (Neo4j ${s.version}, data in ${s.dataDir})\n`,
    );
  } else {
    await ensureNeo4jArtifacts({ log });
    log("Neo4j artifacts are in the local Maven repository");
  }
  return 0;
}
