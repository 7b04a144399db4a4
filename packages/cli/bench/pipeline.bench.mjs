#!/usr/bin/env node
// The pipeline at scale (issue 12): generated articles built end to end with the CLI's own build steps
// (packages/cli/src/run-commands.ts: extractTo, loadInto, loadTextsInto), as `backchannel build` runs them:
//   1. a first build of --n articles (default 100,000): extraction on the extractor's worker threads,
//      graph.json and the article texts written, then the bulk first load (neo4j-admin import) into an
//      empty database, and the texts;
//   2. a later build of --increment more articles (default n/10, the same generator's stream, so none
//      repeats) on top of the loaded database: the transactional loader, as builds into a non-empty
//      database take it.
// Baselines measured in the same run: the wink-nlp pass alone on the same articles (the extractor bench's
// own phase); a bare neo4j-admin import of the very CSVs the bulk load wrote; a bare UNWIND ... CREATE of the
// increment's relationships (nodes already in, no MERGE, no properties: the store bench's floor).
// Peak memory: the RSS of every process, sampled every 200 ms and bucketed by phase, and each build
// process's own high-water mark (worker threads are threads of it). Neo4j's heap and page cache are set.
//
//   npm run build && node packages/cli/bench/pipeline.bench.mjs [--n 100000] [--increment N] [--workers N]
//   npm run bench -- pipeline --n 2000
// Env: BACKCHANNEL_BENCH_N, BACKCHANNEL_BENCH_BOLT_PORT / _HTTP_PORT (37687 / 37474), BACKCHANNEL_BENCH_KEEP=1
// keeps the bench folder (.backchannel/bench-pipeline) after the run; a run always starts from a clean one.
import { fork, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, mkdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const cliDist = join(here, "..", "dist");
const extractorBench = join(root, "packages", "extractor", "bench");
const benchDir = join(root, ".backchannel", "bench-pipeline");
const SERVER = {
  dataDir: join(benchDir, "neo4j"),
  boltPort: Number(process.env.BACKCHANNEL_BENCH_BOLT_PORT ?? 37687),
  httpPort: Number(process.env.BACKCHANNEL_BENCH_HTTP_PORT ?? 37474),
  // As the store bench: sized for a graph of a million relationships and more with their sentences.
  heap: "2g",
  pagecache: "2g",
};
const log = (m) => process.stderr.write(`${m}\n`);
const now = () => performance.timeOrigin + performance.now();
const fmt = (x) => Math.round(x).toLocaleString("en-US");
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

/** What the build processes need: the local-server settings the CLI reads, pointed at the bench's own server. */
function childEnv() {
  const env = {
    ...process.env,
    BACKCHANNEL_NEO4J_DIR: SERVER.dataDir,
    BACKCHANNEL_NEO4J_BOLT_PORT: String(SERVER.boltPort),
    BACKCHANNEL_NEO4J_HTTP_PORT: String(SERVER.httpPort),
    BACKCHANNEL_NEO4J_HEAP: SERVER.heap,
    BACKCHANNEL_NEO4J_PAGECACHE: SERVER.pagecache,
  };
  // The bulk path needs the local server's files: a NEO4J_URI would send the loads elsewhere, transactionally.
  for (const k of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[k];
  return env;
}

// ---- the build processes (this file run with --phase) ------------------------------------------------

/** One build's extraction, timed as extract and write graph.json, with its CPU (worker threads included). */
async function extractPhase(cli, corpus, out, workers, phases) {
  const c0 = process.cpuUsage();
  const t0 = now();
  const ex = await cli.extractTo({ paths: [corpus], out, workers });
  const cpu = process.cpuUsage(c0);
  phases.push({ name: "extract", start: t0, ms: ex.extractMs }, { name: "write graph.json", start: t0 + ex.extractMs, ms: ex.writeMs });
  const r = ex.report;
  return {
    ex,
    extraction: {
      articles: r.articlesRead,
      skipped: r.duplicates + r.copies,
      threads: r.threads,
      nodes: ex.graph.nodes.length,
      relationships: ex.graph.edges.length,
      cpuMs: (cpu.user + cpu.system) / 1000,
      graphBytes: statSync(out).size,
    },
  };
}

/** `backchannel build` of the corpus into the empty bench database: the bulk path, its CSVs kept for the baseline. */
async function firstBuild({ corpus, out, workers }) {
  const cli = await import(join(cliDist, "run-commands.js"));
  const { openStore, log: cliLog } = await import(join(cliDist, "connect.js"));
  const { BULK_MIN_RELATIONSHIPS } = await import(join(cliDist, "bulk-load.js"));
  const phases = [];
  const { ex, extraction } = await extractPhase(cli, corpus, out, workers, phases);
  let t = now();
  // As build does when no server runs: start it (and plan the loader's statements) on demand.
  const store = await openStore({ start: true, log: cliLog });
  phases.push({ name: "server start and warm-up", start: t, ms: now() - t });
  try {
    if (!(await store.isEmpty())) throw new Error("the bench database is not empty");
    t = now();
    // From a million relationships an empty database takes the bulk path by itself; below, --bulk asks for it.
    const requested = ex.graph.edges.length < BULK_MIN_RELATIONSHIPS;
    const outcome = await cli.loadInto(store, ex.graph, { bulk: requested, keepFiles: true });
    if (outcome.path !== "bulk") throw new Error("the first load did not take the bulk path");
    const b = outcome.bulk.timings;
    for (const [name, ms] of [
      ["bulk: write CSVs", b.csvMs],
      ["bulk: stop, neo4j-admin import, start", b.restartMs],
      ["bulk: constraints, indexes, empty lists", b.schemaMs],
      ["bulk: warm-up", b.warmUpMs],
    ]) {
      phases.push({ name, start: t, ms });
      t += ms;
    }
    t = now();
    const texts = await cli.loadTextsInto(store, out);
    phases.push({ name: "article texts", start: t, ms: now() - t });
    const bulk = { ...b, ms: outcome.summary.ms, requested, files: outcome.bulk.files };
    return { phases, extraction, bulk, texts };
  } finally {
    await store.close();
  }
}

/**
 * The floor under the transactional loader (as the store bench's): the same relationships as bare
 * `UNWIND ... CREATE` in batches, their nodes already in, no MERGE and no properties. It adds copies of
 * them to the database, which the bare import after it replaces.
 */
async function bareCreateFloor(store, graph, batchSize = 5_000) {
  const label = new Map(graph.nodes.map((n) => [n.key, n.attributes.type]));
  const groups = new Map();
  for (const e of graph.edges) {
    const k = `${e.attributes.type}|${label.get(e.source)}|${label.get(e.target)}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(e);
  }
  const session = store.driver.session({ database: store.database });
  const t0 = performance.now();
  try {
    for (const [k, edges] of groups) {
      const [type, s, t] = k.split("|");
      const cypher = `UNWIND range(0, size($source) - 1) AS i MATCH (a:${s} {id: $source[i]}) MATCH (b:${t} {id: $target[i]}) CREATE (a)-[:${type}]->(b)`;
      for (let i = 0; i < edges.length; i += batchSize) {
        const batch = edges.slice(i, i + batchSize);
        await session.executeWrite((tx) => tx.run(cypher, { source: batch.map((e) => e.source), target: batch.map((e) => e.target) }));
      }
    }
  } finally {
    await session.close();
  }
  return performance.now() - t0;
}

/** `backchannel build` of the increment on top of the loaded database (transactions), then the floor. */
async function incrementBuild({ corpus, out, workers }) {
  const cli = await import(join(cliDist, "run-commands.js"));
  const { openStore, log: cliLog } = await import(join(cliDist, "connect.js"));
  const phases = [];
  const { ex, extraction } = await extractPhase(cli, corpus, out, workers, phases);
  const store = await openStore({ start: true, log: cliLog });
  try {
    let t = now();
    const outcome = await cli.loadInto(store, ex.graph);
    if (outcome.path !== "transactions") throw new Error("the load on top of a loaded database did not take transactions");
    phases.push({ name: "transactional load", start: t, ms: now() - t });
    t = now();
    const texts = await cli.loadTextsInto(store, out);
    phases.push({ name: "article texts", start: t, ms: now() - t });
    t = now();
    const floorMs = await bareCreateFloor(store, ex.graph);
    phases.push({ name: "baseline: bare UNWIND CREATE", start: t, ms: floorMs });
    const s = outcome.summary;
    return { phases, extraction, load: { ms: s.ms, relationshipsMs: s.relationshipsMs, nodes: s.nodes, relationships: s.relationships }, texts, floorMs };
  } finally {
    await store.close();
  }
}

async function childMain(name, job) {
  const result = await (name === "first-build" ? firstBuild(job) : incrementBuild(job));
  const cpu = process.cpuUsage();
  process.send({ result: { ...result, maxRssBytes: process.resourceUsage().maxRSS * 1024, cpuMs: (cpu.user + cpu.system) / 1000 } }, () => process.exit(0));
}

// ---- memory: every process of the pipeline, sampled ----------------------------------------------------

const PAGE = 4096;
/** Resident bytes of a process (statm's second field), or undefined when it is gone. */
function rssOf(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
  } catch {
    return undefined;
  }
}

function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
}

function childrenOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Samples every 200 ms the build process (main thread and worker threads: one process), the Neo4j server
 * (its pid file: the bulk load restarts it) and a neo4j-admin import the build process runs (its child).
 */
function startSampler() {
  const samples = [];
  let buildPid;
  const pidFile = join(SERVER.dataDir, "neo4j.pid");
  const tick = () => {
    const t = now();
    if (buildPid !== undefined) {
      const rss = rssOf(buildPid);
      if (rss !== undefined) samples.push({ t, role: "bench", rss });
    }
    // neo4j-admin: a child of the build process (the bulk load) or of this one (the bare import).
    for (const c of [...(buildPid === undefined ? [] : childrenOf(buildPid)), ...childrenOf(process.pid)]) {
      const r = rssOf(c);
      if (r !== undefined && commandOf(c).includes("AdminTool")) samples.push({ t, role: "neo4j-admin", rss: r });
    }
    const serverPid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").trim()) : undefined;
    const r = serverPid ? rssOf(serverPid) : undefined;
    if (r !== undefined) samples.push({ t, role: "neo4j", rss: r });
  };
  const timer = setInterval(tick, 200);
  const loads = [];
  const loadTimer = setInterval(() => loads.push(loadavg()[0]), 5_000);
  return {
    samples,
    loads,
    watch: (pid) => {
      buildPid = pid;
    },
    stop: () => {
      clearInterval(timer);
      clearInterval(loadTimer);
    },
  };
}

/** The highest sample of each role inside [start, start + ms]. */
function peaksIn(samples, start, ms) {
  const peak = {};
  for (const s of samples) if (s.t >= start && s.t <= start + ms) peak[s.role] = Math.max(peak[s.role] ?? 0, s.rss);
  return peak;
}

// ---- the orchestrator -----------------------------------------------------------------------------------

function runChild(name, job, sampler) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--phase", name, JSON.stringify(job)], {
      env: childEnv(),
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    sampler.watch(child.pid);
    let result;
    child.on("message", (m) => (result = m.result));
    child.on("error", reject);
    child.on("exit", (code) => {
      sampler.watch(undefined);
      if (code === 0 && result) resolve(result);
      else reject(new Error(`${name} failed (exit ${code})`));
    });
  });
}

/** The extractor bench's wink-only phase (its own process, one thread) on the same articles. */
function winkBaseline(corpus) {
  const t = now();
  const r = spawnSync(process.execPath, [join(extractorBench, "extract.bench.mjs"), "--phase", "wink", corpus, "-", "1"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error("the wink baseline failed");
  return { ...JSON.parse(r.stdout.trim().split("\n").pop()), start: t };
}

/** A bare neo4j-admin import of the CSVs the bulk load wrote (stop, import, start: the tool timed alone). */
async function bareImport(files) {
  const { importIntoLocalNeo4j } = await import("@backchannel/neo4j-local");
  const t = now();
  const r = await importIntoLocalNeo4j({ ...SERVER, log }, files);
  return { start: t, ms: now() - t, adminMs: r.importMs };
}

function options() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const n = Number(opt("n", process.env.BACKCHANNEL_BENCH_N ?? "100000"));
  const increment = Number(opt("increment", String(Math.max(1, Math.round(n / 10)))));
  const workers = Number(opt("workers", String(availableParallelism())));
  for (const [k, v] of Object.entries({ n, increment, workers })) if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a whole number >= 1`);
  return { n, increment, workers };
}

async function cleanStart() {
  const { ensureNeo4jArtifacts, stopLocalNeo4j } = await import("@backchannel/neo4j-local");
  await stopLocalNeo4j({ ...SERVER, log }); // a server an interrupted run left behind
  rmSync(benchDir, { recursive: true, force: true });
  mkdirSync(benchDir, { recursive: true });
  // Resolving the jars (mvn, offline when ~/.m2 has them) is setup, not part of any measured phase.
  await ensureNeo4jArtifacts({ ...SERVER, log });
}

async function main() {
  const { n, increment, workers } = options();
  const load0 = loadavg();
  const startedAt = new Date().toISOString();
  log(`pipeline bench: ${fmt(n)} articles + ${fmt(increment)} on top, ${workers} workers; load average ${load0.map((x) => x.toFixed(2)).join(" ")}`);
  await cleanStart();
  const corpus = join(benchDir, "corpus.jsonl");
  const incrementCorpus = join(benchDir, "increment.jsonl");
  const { writeCorpus } = await import(join(extractorBench, "corpus.mjs"));
  const tGen = now();
  await writeCorpus([
    { file: corpus, count: n },
    { file: incrementCorpus, count: increment },
  ]);
  const generate = { start: tGen, ms: now() - tGen, bytes: statSync(corpus).size + statSync(incrementCorpus).size };
  const sampler = startSampler();
  const { stopLocalNeo4j } = await import("@backchannel/neo4j-local");
  try {
    const wink = winkBaseline(corpus);
    const first = await runChild("first-build", { corpus, out: join(benchDir, "graph.json"), workers }, sampler);
    const later = await runChild("increment-build", { corpus: incrementCorpus, out: join(benchDir, "increment.graph.json"), workers }, sampler);
    const bare = await bareImport(first.bulk.files);
    sampler.stop();
    const load1 = loadavg();
    report({ n, increment, workers, startedAt, load0, load1, generate, wink, first, later, bare, sampler });
  } finally {
    sampler.stop();
    await stopLocalNeo4j({ ...SERVER, log });
    if (process.env.BACKCHANNEL_BENCH_KEEP !== "1") rmSync(benchDir, { recursive: true, force: true });
  }
}

// ---- the report ------------------------------------------------------------------------------------------

function phaseTable(generate, first, later, bare, samples) {
  const rows = [["generate the corpora", generate.start, generate.ms, `${mb(generate.bytes)} of JSONL`]];
  for (const p of first.phases) rows.push([`first build: ${p.name}`, p.start, p.ms]);
  for (const p of later.phases) rows.push([`increment: ${p.name}`, p.start, p.ms]);
  rows.push(["baseline: bare neo4j-admin import (stop, import, start)", bare.start, bare.ms, `neo4j-admin ${sec(bare.adminMs)}`]);
  console.log(`${"phase".padEnd(58)} ${"time".padStart(9)}   peak RSS: build process, Neo4j server, neo4j-admin`);
  for (const [name, start, ms, note] of rows) {
    const p = peaksIn(samples, start, ms);
    const mem = ["bench", "neo4j", "neo4j-admin"].map((r) => (p[r] ? mb(p[r]) : "-").padStart(8)).join(" ");
    console.log(`${name.padEnd(58)} ${sec(ms).padStart(9)}   ${mem}${note ? `   ${note}` : ""}`);
  }
}

function report({ n, increment, workers, startedAt, load0, load1, generate, wink, first, later, bare, sampler }) {
  const la = (l) => l.map((x) => x.toFixed(2)).join(" / ");
  const x = first.extraction;
  const y = later.extraction;
  console.log(
    `\npipeline: ${fmt(n)} articles, then ${fmt(increment)} more on top; ${workers} worker threads; started ${startedAt}; ` +
      `Neo4j heap ${SERVER.heap} and page cache ${SERVER.pagecache} (configured; neo4j-admin runs with the same heap)`,
  );
  console.log(
    `load average (1 / 5 / 15 min): ${la(load0)} at start, ${la(load1)} at the end, 1-min between ${Math.min(...sampler.loads).toFixed(1)} and ${Math.max(...sampler.loads).toFixed(1)}`,
  );
  console.log(
    `graph: ${fmt(x.nodes)} nodes, ${fmt(x.relationships)} relationships, graph.json ${mb(x.graphBytes)}; increment ${fmt(y.nodes)} nodes, ${fmt(y.relationships)} relationships`,
  );
  phaseTable(generate, first, later, bare, sampler.samples);
  ratios({ n, x, wink, first, later, bare });
  const peak = (role) => Math.max(0, ...sampler.samples.filter((s) => s.role === role).map((s) => s.rss));
  console.log(
    `peak RSS: first build process ${mb(first.maxRssBytes)} (main thread and its worker threads; its own high-water mark), increment build ${mb(later.maxRssBytes)}, ` +
      `wink baseline ${fmt(wink.rssMB)} MB, this process (generating the corpora) ${mb(process.resourceUsage().maxRSS * 1024)}; Neo4j server ${mb(peak("neo4j"))}, neo4j-admin ${mb(peak("neo4j-admin"))} (sampled every 200 ms)`,
  );
  const skipped = x.skipped + y.skipped;
  console.log(
    `extracted ${fmt(x.articles - x.skipped)} of ${fmt(n)} and ${fmt(y.articles - y.skipped)} of ${fmt(increment)} articles (${skipped} skipped by the input gate)`,
  );
  if (skipped > (n + increment) / 100) {
    console.log("the generated corpus repeats itself: these rates do not measure extraction");
    process.exitCode = 1;
  }
}

function ratios({ n, x, wink, first, later, bare }) {
  // Both rates include graph.json, as the extractor bench's end-to-end figure does; the CPU is the process's (worker threads included).
  const extractMs = first.phases.find((p) => p.name === "extract").ms;
  const writeMs = first.phases.find((p) => p.name === "write graph.json").ms;
  const winkRate = (wink.articles / wink.ms) * 1000;
  console.log(
    `extraction and graph.json: ${fmt((n / (extractMs + writeMs)) * 1000)} articles/s wall on ${x.threads ? `${x.threads} worker threads` : "the main thread (under 5,000 articles)"}, ` +
      `${fmt((n / x.cpuMs) * 1000)} per CPU-second (extraction alone ${fmt((n / extractMs) * 1000)}/s wall); ` +
      `wink pass alone (1 thread): ${fmt(winkRate)}/s wall, ${fmt((wink.articles / wink.cpuMs) * 1000)} per CPU-second; ` +
      `extraction = ${(x.cpuMs / wink.cpuMs).toFixed(2)}x the wink pass's CPU, ${((extractMs + writeMs) / wink.ms).toFixed(2)}x its wall time`,
  );
  const b = first.bulk;
  const rels = x.relationships;
  console.log(
    `bulk first load: ${fmt(rels)} rels + ${fmt(x.nodes)} nodes in ${sec(b.ms)} end to end (CSVs, stop, import, start, constraints, indexes, empty lists; ` +
      `${b.requested ? "--bulk, the graph is under a million relationships" : "taken by itself: empty database, a million relationships or more"}) = ${fmt((rels / b.ms) * 1000)} rels/s ` +
      `(target >= 50,000); bare neo4j-admin import of the same CSVs ${sec(bare.adminMs)}: ${(b.ms / bare.adminMs).toFixed(2)}x (target <= 1.5x); ` +
      `against the neo4j-admin run inside it (${sec(b.adminMs)}) ${(b.ms / b.adminMs).toFixed(2)}x; with the warm-up ${sec(b.ms + b.warmUpMs)}`,
  );
  const l = later.load;
  const yr = later.extraction.relationships;
  const txRate = (yr / l.ms) * 1000;
  const floorRate = (yr / later.floorMs) * 1000;
  console.log(
    `transactional load on top (${fmt(yr)} rels, ${l.relationships.created} created, ${l.relationships.updated} updated, ${l.relationships.unchanged} unchanged; ` +
      `nodes ${l.nodes.created} created, ${l.nodes.updated} updated): ${sec(l.ms)} = ${fmt(txRate)} rels/s, ${(txRate / ((rels / b.ms) * 1000)).toFixed(2)}x the bulk load's rate; ` +
      `nodes ${sec(l.ms - l.relationshipsMs)}, relationships ${sec(l.relationshipsMs)}; ` +
      `relationship phase ${fmt((yr / l.relationshipsMs) * 1000)} rels/s against the bare UNWIND CREATE floor ${fmt(floorRate)} rels/s ` +
      `(${(((yr / l.relationshipsMs) * 1000 * 100) / floorRate).toFixed(0)}% of it)`,
  );
  const total = first.phases.reduce((a, p) => a + p.ms, 0);
  console.log(`first build end to end (extract, graph.json, server start, bulk load, texts): ${sec(total)} = ${fmt((n / total) * 1000)} articles/s`);
  console.log(`the whole bench, baselines included: ${sec(now() - performance.timeOrigin)}`);
}

if (process.argv[2] === "--phase") {
  childMain(process.argv[3], JSON.parse(process.argv[4])).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
