// A batch that needs more memory than one transaction may use on the server is loaded in halves. The
// pipeline bench (docs/benchmarks.md) found it: a build of 10,000 articles into a database of 100,000 failed
// with "db.memory.transaction.max threshold reached" on a batch of its hottest relationships (each holding
// hundreds of evidence entries already), and running it again failed the same way. This test runs a local
// Neo4j of its own with a small heap (a quarter of it per transaction), on free ports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LocalNeo4jOptions, startLocalNeo4j, stopLocalNeo4j } from "@backchannel/neo4j-local";
import type { GraphJson } from "@backchannel/schema";
import { Store } from "@backchannel/store";
import { edge, graph, node } from "./helpers.js";

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolvePort(port));
    });
  });

/** 400 relationships with 60 evidence entries of about 2 kB each: some 100 MB in one batch of 5,000 rows. */
function heavyGraph(): GraphJson {
  const people = 401;
  const nodes = Array.from({ length: people }, (_, i) => node(`person:p${i}`, "Person", `Person ${i}`, ["a0"]));
  const edges = [];
  for (let i = 0; i < 400; i++) {
    const e = edge(`person:p${i}`, `person:p${i + 1}`, "MEETS", "a0", `Person ${i} met Person ${i + 1}.`);
    for (let k = 1; k < 60; k++) {
      const sentence = `Person ${i} met Person ${i + 1} again (${k}), ${"and talked for a long time ".repeat(75)}.`;
      e.attributes.evidence.push({ article: `a${k}`, sentence, start: 0, end: sentence.length, rule: "test" });
    }
    edges.push(e);
  }
  return graph(nodes, edges);
}

const dataDir = mkdtempSync(join(tmpdir(), "backchannel-load-memory-"));
let opts: LocalNeo4jOptions;
let store: Store;

beforeAll(async () => {
  // The shared test server's resolved classpath, when there is one, spares a Maven run.
  const cached = join(process.cwd(), ".backchannel", "test-neo4j", "classpath-5.26.30.txt");
  if (existsSync(cached)) copyFileSync(cached, join(dataDir, "classpath-5.26.30.txt"));
  // db.memory.transaction.max is a quarter of the heap: 64 MB.
  opts = { dataDir, boltPort: await freePort(), httpPort: await freePort(), heap: "256m", pagecache: "64m" };
  // No retries of transient errors worth waiting for: the memory limit must not be retried as it is.
  store = await Store.open({ ...(await startLocalNeo4j(opts)), retrySeconds: 1 });
}, 600_000);

afterAll(async () => {
  await store?.close();
  await stopLocalNeo4j(opts);
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe("a batch over the server's memory for one transaction", () => {
  it("is loaded in halves, with the same result", async () => {
    const g = heavyGraph();
    const s = await store.load(g);
    expect(s.relationships).toEqual({ created: 400, updated: 0, unchanged: 0 });
    const r = await store.driver.executeQuery("MATCH ()-[r:MEETS]->() RETURN count(r) AS n, sum(size(r.evidence)) AS e", {}, { database: store.database });
    expect(r.records[0]!.get("n")).toBe(400);
    expect(r.records[0]!.get("e")).toBe(400 * 60);
    // Loading it again is a no-op, as for any batch.
    const again = await store.load(g, { skipUnchanged: false });
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 400 });
  }, 300_000);
});
