// Issue 13: what one attacker's request did to the server, each reproduced on a real socket in both
// modes (and against the real Neo4j): malformed request targets, DNS rebinding, cross-site posts,
// lookup names that reached Object.prototype, queries that exhausted or hung Neo4j, Neo4j gone.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { startServer, type RunningServer } from "@backchannel/server";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import type { GraphJson } from "@backchannel/schema";
import { startBoltProxy, type BoltProxy } from "../../store/test/proxy.js";

const graph: GraphJson = {
  attributes: {},
  options: { type: "mixed", multi: true, allowSelfLoops: false },
  nodes: [
    { key: "state:qatar", attributes: { type: "State", name: "Qatar", aliases: ["Qatari"], articles: ["a1"] } },
    { key: "meeting:doha", attributes: { type: "Meeting", name: "Doha talks", aliases: [], articles: ["a1"], place: "Doha", date: "2024-08-15" } },
  ],
  edges: [{ source: "state:qatar", target: "meeting:doha", attributes: { type: "MEDIATES", evidence: [{ article: "a1", sentence: "Qatar mediates." }] } }],
};

/** One raw HTTP/1.1 request (fetch would normalise the target), answered with its status code. */
function rawStatus(port: number, target: string, headers: Record<string, string> = { Host: "127.0.0.1" }): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (c) => {
      data += c.toString("latin1");
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (m) {
        socket.destroy();
        resolve(Number(m[1]));
      }
    });
    socket.on("error", reject);
    const lines = [`GET ${target} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), "Connection: close", "", ""];
    socket.write(lines.join("\r\n"));
  });
}

const BAD_TARGETS = ["//[", "http://[", "http://%zz/", "http://0x100000000/", "/%zz", "/api/%zz"];

async function checkRequestGuards(server: RunningServer): Promise<void> {
  for (const target of BAD_TARGETS) {
    const status = await rawStatus(server.port, target);
    expect(status, target).toBeGreaterThanOrEqual(400);
    expect(status, target).toBeLessThan(500);
  }
  // Still up after all of them.
  expect((await fetch(`${server.url}api/health`)).status).toBe(200);
  // DNS rebinding: a name that is not this server's is refused; localhost, IP addresses and allowed names pass.
  expect(await rawStatus(server.port, "/api/graph", { Host: "evil.example" })).toBe(403);
  expect(await rawStatus(server.port, "/api/graph", { Host: "evil.example:8080" })).toBe(403);
  expect(await rawStatus(server.port, "/api/graph", { Host: `localhost:${server.port}` })).toBe(200);
  expect(await rawStatus(server.port, "/api/graph", { Host: "[::1]" })).toBe(200);
  expect(await rawStatus(server.port, "/api/graph", { Host: "graph.internal" })).toBe(200);
  // Wrong method: 405 naming the allowed ones.
  const put = await fetch(`${server.url}api/graph`, { method: "DELETE" });
  expect(put.status).toBe(405);
  expect(put.headers.get("allow")).toBe("GET");
  const getQuery = await fetch(`${server.url}api/query`);
  expect(getQuery.status).toBe(405);
  expect(getQuery.headers.get("allow")).toBe("POST");
  expect((await fetch(server.url, { method: "POST" })).status).toBe(405);
}

/** Bodies a page of another site can send without a preflight, and Origins of other sites. */
async function checkCrossSite(server: RunningServer, okStatus: number): Promise<void> {
  const post = (type: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/query`, { method: "POST", headers: { "content-type": type, ...headers }, body: JSON.stringify({ cypher: "RETURN 1" }) });
  for (const type of [
    "text/plain; application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "application/jsonp",
    "application/json; charset=latin1",
  ]) {
    expect((await post(type)).status, type).toBe(415);
  }
  expect((await post("application/json", { origin: "https://evil.example" })).status).toBe(403);
  expect((await post("application/json", { "sec-fetch-site": "cross-site" })).status).toBe(403);
  const host = new URL(server.url).host;
  expect((await post("application/json; charset=UTF-8", { origin: `http://${host}` })).status).toBe(okStatus);
  expect((await post("application/json")).status).toBe(okStatus);
}

async function checkPrototypeNames(server: RunningServer): Promise<void> {
  for (const name of ["constructor:x", "toString:", "__proto__:x", "hasOwnProperty:y", "constructor"]) {
    for (const kind of ["meetings", "met", "neighbours"]) {
      const r = await fetch(`${server.url}api/lookup/${kind}?name=${encodeURIComponent(name)}`);
      expect(r.status, `${kind} ${name}`).toBe(404);
    }
  }
}

describe("memory mode", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, graph, allowedHosts: ["graph.internal"] });
  });
  afterAll(() => server.close());

  it("answers malformed request targets, foreign hosts and wrong methods with 4xx and stays up", () => checkRequestGuards(server));
  it("refuses cross-site bodies and origins", () => checkCrossSite(server, 503));
  it("treats prototype names as unknown names", () => checkPrototypeNames(server));
  it("reports its health", async () => {
    expect(await (await fetch(`${server.url}api/health`)).json()).toEqual({ status: "ok", mode: "memory" });
  });
});

describe("Neo4j mode", () => {
  let server: RunningServer;
  let store: Store;
  beforeAll(async () => {
    store = await Store.open(inject("neo4j"));
    await wipeDatabase(store);
    await store.load(graph);
    server = await startServer({ port: 0, store, queryTimeoutMs: 1_500, allowedHosts: ["graph.internal"] });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const query = (cypher: string, params?: Record<string, unknown>) =>
    fetch(`${server.url}api/query`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ cypher, params }) });

  it("answers malformed request targets, foreign hosts and wrong methods with 4xx and stays up", () => checkRequestGuards(server));
  it("refuses cross-site bodies and origins", () => checkCrossSite(server, 200));
  it("treats prototype names as unknown names", () => checkPrototypeNames(server));

  it("answers queries that exhaust memory with 422, and Neo4j stays up", async () => {
    for (const cypher of [
      "RETURN size([x IN range(1, 300000000) | x]) AS n",
      'RETURN size(reduce(s = "x", i IN range(1, 30) | s + s)) AS n',
      "UNWIND range(1, 30000000) AS x RETURN size(collect(x)) AS n",
    ]) {
      const r = await query(cypher);
      expect([422, 504], cypher).toContain(r.status);
      expect(((await r.json()) as { error: string }).error, cypher).toMatch(/memory|timeout/);
      expect((await query("RETURN 1 AS one")).status, `Neo4j up after ${cypher}`).toBe(200);
    }
  });

  it("answers within the timeout, also for work Neo4j does not interrupt, and keeps serving", async () => {
    // Quadratic string building in one expression: Neo4j checks its timeout between rows, not inside
    // it. The range(1, 100000000) runs for ever; this one stops by itself after about 20 s.
    const t0 = Date.now();
    const r = await query('RETURN size(reduce(s = "", x IN range(1, 120000) | s + "xxxxxxxxxx")) AS n');
    expect(r.status).toBe(504);
    expect(Date.now() - t0).toBeLessThan(8_000);
    expect((await query("RETURN 1 AS one")).status).toBe(200);
  });

  it("refuses too deep or too long queries before Neo4j sees them, even a hundred at once", async () => {
    const deep = `RETURN ${"[".repeat(400)}1${"]".repeat(400)} AS x`;
    const answers = await Promise.all(Array.from({ length: 100 }, () => query(deep)));
    expect(answers.map((a) => a.status)).toEqual(Array(100).fill(400));
    const long = await query(`RETURN ${Array(33_330).fill("1").join("+")} AS x`);
    expect(long.status).toBe(400);
    expect((await query("RETURN 1 AS one")).status).toBe(200);
  });

  it("answers Cypher errors at run time with 400, and big integers exactly", async () => {
    for (const cypher of ["RETURN 1/0 AS x", "RETURN $missing AS x", "CALL db.index.fulltext.queryNodes('entity_names', 'AND OR (') YIELD node RETURN node"]) {
      const r = await query(cypher);
      expect(r.status, cypher).toBe(400);
    }
    const big = (await (await query("RETURN 9007199254740993 AS n, 42 AS small")).json()) as { rows: unknown[][] };
    expect(big.rows).toEqual([["9007199254740993", 42]]);
  });

  it("caps the bytes of an answer", async () => {
    const bytes = 300_000;
    const other = await startServer({ port: 0, store, queryMaxBytes: 2_000_000 });
    try {
      const r = await fetch(`${other.url}api/query`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cypher: "UNWIND range(1, 1000) AS i RETURN i, $s AS s", params: { s: "x".repeat(bytes) }, limit: 1000 }),
      });
      expect(r.status).toBe(200);
      const body = (await r.json()) as { rows: unknown[][]; truncated: boolean };
      expect(body.truncated).toBe(true);
      expect(body.rows.length).toBeLessThanOrEqual(7);
    } finally {
      await other.close();
    }
  });
});

describe("Neo4j gone", () => {
  let proxy: BoltProxy;
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    const conn = inject("neo4j");
    const url = new URL(conn.uri);
    proxy = await startBoltProxy({ host: url.hostname, port: Number(url.port) });
    store = await Store.open({ ...conn, uri: proxy.uri, retrySeconds: 0 });
    server = await startServer({ port: 0, store, queryTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await proxy.close();
  });

  it("answers 503 saying how to bring Neo4j back, and serves again once it is back", async () => {
    expect((await fetch(`${server.url}api/health`)).status).toBe(200);
    proxy.interrupt(4_000);
    for (const path of ["api/health", "api/info", "api/lookup/meetings?name=Qatar"]) {
      const r = await fetch(`${server.url}${path}`);
      expect(r.status, path).toBe(503);
      expect(((await r.json()) as { error: string }).error, path).toMatch(/neo4j start/);
    }
    await new Promise((r) => setTimeout(r, 4_500));
    expect((await fetch(`${server.url}api/health`)).status).toBe(200);
  });
});
