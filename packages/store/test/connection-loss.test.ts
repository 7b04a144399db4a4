// A Neo4j that goes away during a load (a restart, a dropped connection): the loader retries its
// transaction functions and ends with exactly the graph a clean load gives, or, when Neo4j does not come
// back, fails with a clear message and a non-zero exit — never a summary that reports success.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "@backchannel/store";
import { dump, generatedGraph, openCleanStore, testConnection, wipe } from "./helpers.js";
import { startBoltProxy, type BoltProxy } from "./proxy.js";

let store: Store;
let proxy: BoltProxy;
beforeAll(async () => {
  store = await openCleanStore();
  const url = new URL(testConnection().uri);
  proxy = await startBoltProxy({ host: url.hostname, port: Number(url.port) });
});
afterAll(async () => {
  await proxy?.close();
  await store?.close();
});

describe("a load that loses Neo4j midway", () => {
  const big = generatedGraph(1_500); // 1,500 nodes, 4,500 relationships

  it("is retried when Neo4j comes back, and ends with the graph a clean load gives", async () => {
    await store.load(big, { batchSize: 500 });
    const clean = await dump(store);
    await wipe(store);

    const viaProxy = await Store.open({ ...testConnection(), uri: proxy.uri });
    let interrupted = false;
    try {
      const t0 = performance.now();
      const summary = await viaProxy.load(big, {
        batchSize: 500,
        onProgress: (p) => {
          // Once some relationships are in: every connection reset, new ones refused for 1.5 s.
          if (p.phase === "relationships" && p.done >= 1_500 && !interrupted) {
            interrupted = true;
            proxy.interrupt(1_500);
          }
        },
      });
      expect(interrupted).toBe(true);
      expect(proxy.resets()).toBeGreaterThan(0);
      expect(performance.now() - t0).toBeGreaterThan(1_500);
      // Every relationship is accounted for once, whichever batch was in flight when the connection went.
      const r = summary.relationships;
      expect(r.created + r.updated + r.unchanged).toBe(big.edges.length);
    } finally {
      await viaProxy.close();
    }
    expect(await dump(store)).toEqual(clean);
  }, 120_000);

  it("ends `backchannel load` with a clear error and exit code 1 when Neo4j does not come back", async () => {
    await wipe(store);
    const dir = mkdtempSync(join(tmpdir(), "bc-lost-"));
    const file = join(dir, "graph.json");
    writeFileSync(file, JSON.stringify(big));
    const conn = testConnection();
    // Retry for 3 s rather than the default 30: the outcome is the same, the test is shorter.
    const env = {
      ...process.env,
      BACKCHANNEL_RETRY_SECONDS: "3",
      NEO4J_URI: proxy.uri,
      NEO4J_USERNAME: conn.username,
      NEO4J_PASSWORD: conn.password,
      NEO4J_DATABASE: conn.database,
    };
    const child = spawn(process.execPath, [join(process.cwd(), "packages/cli/bin/backchannel.js"), "load", file, "--batch-size", "200"], { env });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (out += d));
    // Cut once the loader has sent a good part of the graph, and never let it back in.
    const start = proxy.bytesFromClients();
    const cut = setInterval(() => {
      if (proxy.bytesFromClients() - start > 200_000) {
        clearInterval(cut);
        proxy.interrupt(Infinity);
      }
    }, 20);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearInterval(cut);
    expect(code).toBe(1);
    expect(out).toMatch(/^backchannel: load stopped after \d+ of \d+ (nodes|relationships): .+/m);
    expect(out).toMatch(/run the same load again/);
    expect(out).not.toMatch(/^load: nodes/m); // no success summary
    const written = await store.counts();
    expect(written.relationships).toBeLessThan(big.edges.length);
  }, 120_000);
});
