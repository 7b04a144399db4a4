#!/usr/bin/env node
// Explore mode benchmark (run after `npm run build`): a generated graph of 1,000,000 relationships with
// uneven degrees, bulk-loaded into a real Neo4j 5.26 Community server that the bench starts, served by
// the real server in Neo4j mode to headless Chromium (software WebGL). Prints, against the full view's
// first frame of the 20,000-node / 100,000-edge graph measured in the same run (memory mode, as the
// viewer bench does):
//   neighbourhood   navigation start → the first frame on screen holding an actor's depth-2
//                   neighbourhood, for actors of different degrees (target < 1 s)
//   expansion       a click on Expand → the frame on screen holding the new nodes (target < 0.5 s)
//   server          GET /api/neighbourhood at depth 1, 2 and 3 on 20 actors of different degrees,
//                   p50/p95, against GET /api/health (a `RETURN 1` through the same server) and a bare
//                   `RETURN 1` from the driver
// Env: BACKCHANNEL_BENCH_BOLT_PORT / BACKCHANNEL_BENCH_HTTP_PORT (47687 / 47474), BENCH_EXPLORE_EDGES
// (1,000,000), BACKCHANNEL_BENCH_KEEP_NEO4J=1 leaves the bench's Neo4j running (a later run reuses the
// graph it holds), CHROMIUM_PATH, BENCH_DEBUG.
import { join, resolve, dirname } from "node:path";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { importIntoLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from "@backchannel/neo4j-local";
import { startServer } from "@backchannel/server";
import { Store } from "@backchannel/store";
import { generateGraph, generateSkewedGraph } from "./graphs.mjs";
import { CHROMIUM_ARGS } from "./chromium.mjs";

const viewerDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(viewerDir, "../..");
const EDGES = Number(process.env.BENCH_EXPLORE_EDGES ?? 1_000_000);
const NEO4J = {
  dataDir: join(repoRoot, ".backchannel", "bench-explore-neo4j"),
  boltPort: Number(process.env.BACKCHANNEL_BENCH_BOLT_PORT ?? 47687),
  httpPort: Number(process.env.BACKCHANNEL_BENCH_HTTP_PORT ?? 47474),
  heap: "2g",
  pagecache: "2g",
  log: (m) => process.stderr.write(`[bench neo4j] ${m}\n`),
};
const ARGS = CHROMIUM_ARGS;
const log = (m) => process.stderr.write(`${m}\n`);
const fmt = (n) => Math.round(n).toLocaleString("en-US");
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : Number.NaN;
};
const median = (xs) => quantile(xs, 0.5);

/** Degree as explore mode counts it (every relationship; the graph has no MENTIONED_IN), actors only, most first. */
function rankActors(graph) {
  const degree = new Map();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return graph.nodes
    .filter((n) => n.attributes.type !== "Meeting")
    .map((n) => ({ key: n.key, degree: degree.get(n.key) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : 1));
}

/** `count` actors spread over the ranks on a log scale: the hubs, the middle and the many with a few relationships. */
function spread(ranked, count, offset = 0) {
  const out = [];
  let last = -1;
  for (let i = 0; i < count; i++) {
    last = Math.min(ranked.length - 1, Math.max(last + 1, Math.floor(ranked.length ** (i / (count - 1))) - 1 + offset));
    out.push(ranked[last]);
  }
  return out;
}

/** Loads the generated graph through neo4j-admin import, unless the bench server holds it already (a kept server). */
async function loadGraph(store, graph) {
  const have = await store.counts();
  if (have.nodes === graph.nodes.length && have.relationships === graph.edges.length) {
    console.log(`explore  reusing the ${fmt(graph.edges.length)}-relationship graph the bench's Neo4j holds`);
    return;
  }
  const t0 = performance.now();
  const r = await store.bulkLoad(graph, {
    workDir: join(NEO4J.dataDir, "bench-import"),
    importer: async (files) => {
      await importIntoLocalNeo4j(NEO4J, files);
    },
  });
  if (r.refused !== undefined) throw new Error(`bulk import refused: ${r.refused}`);
  console.log(
    `explore  bulk-loaded ${fmt(graph.edges.length)} rels + ${fmt(graph.nodes.length)} nodes in ${((performance.now() - t0) / 1000).toFixed(1)} s (neo4j-admin ${(r.importMs / 1000).toFixed(1)} s)`,
  );
}

async function timed(fn) {
  const t0 = performance.now();
  const out = await fn();
  return { ms: performance.now() - t0, out };
}

/**
 * GET /api/neighbourhood at depths 1–3 over `actors`, each call timed on the client over loopback (the
 * server's own time plus a local round trip), against GET /api/health (a `RETURN 1` through the same
 * server, auth, routing and JSON) and a bare `RETURN 1` from the driver, interleaved so load weighs on
 * all alike.
 */
async function serverTimes(url, store, actors) {
  const get = async (path) => {
    const res = await fetch(url + path);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const health = [];
  const bolt = [];
  const byDepth = { 1: [], 2: [], 3: [] };
  for (const depth of [1, 2, 3]) {
    for (const a of actors) {
      const r = await timed(() => get(`api/neighbourhood?name=${encodeURIComponent(a.key)}&depth=${depth}`));
      byDepth[depth].push({ ...a, ms: r.ms, nodes: r.out.nodes.length, edges: r.out.edges.length, reached: r.out.reached, truncated: r.out.truncated });
      health.push((await timed(() => get("api/health"))).ms);
      bolt.push((await timed(() => store.driver.executeQuery("RETURN 1", {}, { database: store.database, routing: "READ" }))).ms);
    }
  }
  return { byDepth, health, bolt };
}

function printServerTimes({ byDepth, health, bolt }) {
  const h50 = median(health);
  console.log(
    `server   baseline GET /api/health (RETURN 1 through the server) p50 ${h50.toFixed(1)} ms p95 ${quantile(health, 0.95).toFixed(1)} ms; bare RETURN 1 from the driver p50 ${median(bolt).toFixed(1)} ms p95 ${quantile(bolt, 0.95).toFixed(1)} ms`,
  );
  for (const [depth, rows] of Object.entries(byDepth)) {
    const ms = rows.map((r) => r.ms);
    console.log(
      `server   GET /api/neighbourhood depth ${depth}: p50 ${median(ms).toFixed(1)} ms p95 ${quantile(ms, 0.95).toFixed(1)} ms max ${Math.max(...ms).toFixed(1)} ms ` +
        `(${(median(ms) / h50).toFixed(1)}x / ${(quantile(ms, 0.95) / quantile(health, 0.95)).toFixed(1)}x RETURN 1 through the server); ` +
        `nodes p50 ${median(rows.map((r) => r.nodes))}, ${rows.filter((r) => r.truncated).length} of ${rows.length} cut at the cap`,
    );
  }
  console.log("server   per actor (degree: ms / nodes / reached at depth 1, 2, 3):");
  for (let i = 0; i < byDepth[1].length; i++) {
    const cells = [1, 2, 3].map((d) => {
      const r = byDepth[d][i];
      return `${r.ms.toFixed(0).padStart(5)} ms ${String(r.nodes).padStart(4)}/${String(r.reached).padEnd(6)}${r.truncated ? "cut" : "   "}`;
    });
    console.log(`server     ${byDepth[1][i].key.padEnd(16)} ${String(byDepth[1][i].degree).padStart(6)}: ${cells.join(" | ")}`);
  }
}

/** Opens a page with a frame-gap monitor and the page's own errors on stderr. */
async function newPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  if (process.env.BENCH_DEBUG) page.on("console", (m) => console.error("console:", m.text()));
  return page;
}

const marks = (page, names) =>
  page.evaluate((ns) => Object.fromEntries(ns.map((n) => [n, performance.getEntriesByName(`backchannel:${n}`).at(-1)?.startTime ?? null])), names);

/** The full view's first frame (navigation start → the frame after sigma's first draw), as the viewer bench measures it. */
async function fullViewFirstFrames(browser, runs) {
  const dir = mkdtempSync(join(tmpdir(), "bc-explore-bench-"));
  const file = join(dir, "full.graph.json");
  writeFileSync(file, JSON.stringify(generateGraph(20_000, 100_000)));
  const server = await startServer({ port: 0, staticDir: join(viewerDir, "dist"), graphFile: file });
  const out = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await newPage(browser);
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName("backchannel:first-frame").length > 0, undefined, { timeout: 120_000 });
      const m = await marks(page, ["data", "graph", "first-frame"]);
      out.push({ firstFrame: m["first-frame"], data: m.data, build: m.graph - m.data });
      await page.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Waits for an explore drawing whose frame began after `after` (page time) and reads its marks. */
async function exploreFrame(page, after) {
  await page.waitForFunction((t) => (performance.getEntriesByName("backchannel:explore-frame").at(-1)?.startTime ?? -1) > t, after, {
    timeout: 60_000,
    polling: 20,
  });
  return page.evaluate(() => {
    const at = (n) => performance.getEntriesByName(`backchannel:${n}`).at(-1);
    const frame = at("explore-frame");
    const requests = performance
      .getEntriesByType("resource")
      .filter((r) => r.name.includes("/api/"))
      .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd }));
    return { data: at("explore-data").startTime, drawn: at("explore-drawn").startTime, frame: frame.startTime, ...frame.detail, requests };
  });
}

/**
 * One actor: the page opened on its depth-2 neighbourhood (the URL a shared link or a saved view
 * gives), timed from navigation start; then, once the layout had a second, Expand on the drawn
 * neighbour with the most relationships, timed from the click.
 */
async function exploreActor(browser, url, actor, degreeOf) {
  const page = await newPage(browser);
  try {
    await page.goto(`${url}#explore=1&open=${encodeURIComponent(actor.key)}`);
    const first = await exploreFrame(page, 0);
    const neighbourhoodRequest = first.requests.find((r) => r.path === "/api/neighbourhood");
    const info = first.requests.find((r) => r.path === "/api/info");
    await page.waitForTimeout(1000);
    const drawn = await page.evaluate(() => window.__backchannel.graph.nodes());
    const actors = drawn
      .filter((k) => k !== actor.key && !k.startsWith("meeting:"))
      .sort((a, b) => (degreeOf.get(a) ?? 0) - (degreeOf.get(b) ?? 0) || (a < b ? -1 : 1));
    // Two expansions: a typical drawn actor (median degree), then the most connected one.
    const picks = [...new Set([actors[Math.floor(actors.length / 2)], actors.at(-1)])].filter(Boolean);
    const expand = [];
    let before = first.nodes;
    for (const pick of picks) {
      await page.evaluate((k) => window.__backchannel.app.selectNode(k), pick);
      await page.waitForSelector("#explore-expand");
      // The click's time, taken by the page itself as the click reaches the button. On the document, not
      // the button: the details panel is built again when the node's evidence arrives, and a listener on
      // the button it replaced never hears the click (the last click's mark was read instead).
      await page.evaluate(() => {
        performance.clearMarks("bench:click");
        const mark = (e) => {
          if (e.target?.id !== "explore-expand") return;
          performance.mark("bench:click");
          document.removeEventListener("click", mark, { capture: true });
        };
        document.addEventListener("click", mark, { capture: true });
      });
      await page.click("#explore-expand");
      const clicked = await page.evaluate(() => performance.getEntriesByName("bench:click").at(-1)?.startTime);
      if (clicked === undefined) throw new Error(`the click on Expand (${pick}) was not seen`);
      const r = await exploreFrame(page, clicked);
      const req = r.requests.filter((x) => x.path === "/api/neighbourhood").at(-1);
      await page.waitForTimeout(1000);
      // Other requests under way between the click and the frame (the selected node's evidence, asked at
      // the selection, or asked again for the new relationships): they share the server's cores. Read
      // after the wait, as a request is listed once answered.
      const beside = await page.evaluate(
        ([from, to]) =>
          performance
            .getEntriesByType("resource")
            .filter((e) => e.name.includes("/api/") && !e.name.includes("/api/neighbourhood") && e.startTime < to && e.responseEnd > from)
            .map((e) => `${new URL(e.name).pathname.slice(5)} ${Math.round(e.startTime - from)}..${Math.round(e.responseEnd - from)}`),
        [clicked, r.frame],
      );
      expand.push({
        key: pick,
        degree: degreeOf.get(pick) ?? 0,
        ms: r.frame - clicked,
        fetch: req.end - clicked,
        build: r.drawn - r.data,
        nodes: r.nodes - before,
        beside,
      });
      before = r.nodes;
    }
    return {
      ...actor,
      ms: first.frame,
      info: info ? info.end : Number.NaN,
      fetch: neighbourhoodRequest ? neighbourhoodRequest.end - neighbourhoodRequest.start : Number.NaN,
      fetchEnd: neighbourhoodRequest ? neighbourhoodRequest.end : Number.NaN,
      build: first.drawn - first.data,
      nodes: first.nodes,
      edges: first.edges,
      expand,
    };
  } finally {
    await page.close();
  }
}

function printBrowser(full, explored) {
  const ff = median(full.map((r) => r.firstFrame));
  console.log(
    `viewer   full view first frame (20,000 nodes / 100,000 edges, memory mode), median of ${full.length}: ${fmt(ff)} ms ` +
      `(runs ${full.map((r) => fmt(r.firstFrame)).join(" / ")} ms; fetch + parse ${fmt(median(full.map((r) => r.data)))} ms, build ${fmt(median(full.map((r) => r.build)))} ms)`,
  );
  console.log("viewer   depth-2 neighbourhood, navigation start → frame on screen (info answered / neighbourhood fetched / graph built and drawn):");
  for (const r of explored)
    console.log(
      `viewer     ${r.key.padEnd(16)} degree ${String(r.degree).padStart(6)}: ${fmt(r.ms).padStart(5)} ms (info at ${fmt(r.info)} ms, fetch ${fmt(r.fetch)} ms ending at ${fmt(r.fetchEnd)} ms, build+draw ${fmt(r.build)} ms) ` +
        `${r.nodes} nodes ${r.edges} edges; ${(r.ms / ff).toFixed(2)}x the full view`,
    );
  console.log("viewer   expansion, click → frame on screen holding the new nodes (fetch / build+draw):");
  for (const r of explored)
    for (const x of r.expand)
      console.log(
        `viewer     ${x.key.padEnd(16)} degree ${String(x.degree).padStart(6)}: ${fmt(x.ms).padStart(5)} ms (fetched at ${fmt(x.fetch)} ms, build+draw ${fmt(x.build)} ms${x.beside.length ? `; beside it, ms from the click: ${x.beside.join(", ")}` : ""}) +${x.nodes} nodes; ${(x.ms / ff).toFixed(3)}x the full view`,
      );
  const first = explored.map((r) => r.ms);
  const exp = explored.flatMap((r) => r.expand.map((x) => x.ms));
  const verdict = (ok) => (ok ? "met" : "NOT met");
  console.log(
    `explore  depth-2 neighbourhood first frame: median ${fmt(median(first))} ms, max ${fmt(Math.max(...first))} ms over ${first.length} actors; ` +
      `${(median(first) / ff).toFixed(2)}x the full view's first frame (${fmt(ff)} ms); target < 1 s: ${verdict(Math.max(...first) < 1000)}`,
  );
  console.log(
    `explore  expansion: median ${fmt(median(exp))} ms, max ${fmt(Math.max(...exp))} ms over ${exp.length} expansions; ` +
      `${(median(exp) / ff).toFixed(3)}x the full view's first frame; target < 0.5 s: ${verdict(Math.max(...exp) < 500)}`,
  );
}

async function main() {
  const graph = generateSkewedGraph(EDGES);
  const ranked = rankActors(graph);
  log(`explore: generated ${fmt(graph.nodes.length)} nodes, ${fmt(graph.edges.length)} relationships; top degree ${ranked[0].degree}`);
  const conn = await startLocalNeo4j(NEO4J);
  const managed = !conn.alreadyRunning;
  const store = await Store.open(conn);
  let server;
  let browser;
  try {
    await loadGraph(store, graph);
    const degreeOf = new Map(ranked.map((a) => [a.key, a.degree]));
    graph.nodes.length = 0;
    graph.edges.length = 0;
    // A running server has the store in its page cache (Neo4j reloads it after a restart): read
    // everything once. Its plans are only those the server makes itself: a kept Neo4j forgets the last
    // run's, and the server's own start-up warm-up (packages/server/src/warm-up.ts) is all the walk
    // gets before it is measured, as a user's server a few seconds after it started.
    await store.driver.executeQuery("MATCH (n) WITH n, n.name AS x MATCH (n)-[r]->() RETURN count(r.evidence)", {}, { database: store.database });
    await store.driver.executeQuery("CALL db.clearQueryCaches()", {}, { database: store.database });
    server = await startServer({ port: 0, staticDir: join(viewerDir, "dist"), store });
    const warm = await server.warmedUp;
    console.log(
      `server   start-up warm-up: ${warm?.questions} questions (${warm?.failed} failed) in ${fmt(warm?.ms ?? 0)} ms, in the background, on ${warm?.centre}`,
    );
    const measured = spread(ranked, 20);
    const times = await serverTimes(server.url, store, measured);
    printServerTimes(times);

    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
    const full = await fullViewFirstFrames(browser, 3);
    // Five actors from the hub down to one with a handful of relationships; one page load first warms the browser's cache of the viewer's files.
    await exploreActor(browser, server.url, ranked[5], degreeOf);
    const explored = [];
    for (const a of spread(ranked, 5, 2)) explored.push(await exploreActor(browser, server.url, a, degreeOf));
    printBrowser(full, explored);
  } finally {
    await browser?.close();
    await server?.close();
    await store.close();
    if (managed && process.env.BACKCHANNEL_BENCH_KEEP_NEO4J !== "1") await stopLocalNeo4j(NEO4J);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
