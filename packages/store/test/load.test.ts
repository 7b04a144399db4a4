// Loading against the real Neo4j: idempotent, incremental, and crash-safe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SerializedNode } from "@backchannel/schema";
import type { Store } from "@backchannel/store";
import { dump, firstGraph, generatedGraph, graph, openCleanStore, secondGraph, testConnection, wipe as wipeStore } from "./helpers.js";

let store: Store;
beforeAll(async () => {
  store = await openCleanStore();
});
afterAll(async () => {
  await store.close();
});

const wipe = () => wipeStore(store);

describe("loading", () => {
  it("creates constraints and a full-text index, idempotently", async () => {
    await store.ensureSchema();
    await store.ensureSchema();
    const res = await store.driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names", {}, { database: store.database });
    const names = res.records[0]!.get("names") as string[];
    for (const l of ["person", "state", "group", "meeting", "article"]) expect(names).toContain(`${l}_id`);
    const idx = await store.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names", {}, { database: store.database });
    expect(idx.records[0]!.get("names")).toContain("entity_names");
  });

  it("loads a graph and loading it again changes nothing", async () => {
    await wipe();
    const first = await store.load(firstGraph());
    expect(first.nodes.created).toBe(8);
    expect(first.relationships.created).toBe(6);
    const before = await dump(store);
    const counts = await store.counts();
    const again = await store.load(firstGraph());
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 8 });
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 6 });
    expect(await store.counts()).toEqual(counts);
    expect(await dump(store)).toEqual(before);
  });

  it("keeps evidence as parallel lists an analyst can query", async () => {
    const res = await store.driver.executeQuery(
      "MATCH (:Group {id: 'group:hamas'})-[r:DEMANDS]->(:State {id: 'state:israel'}) RETURN r.articles AS a, r.sentences AS s, r.what AS what",
      {},
      { database: store.database },
    );
    const rec = res.records[0]!;
    expect(rec.get("a")).toEqual(["a1"]);
    expect(rec.get("s")).toEqual(["Hamas demands a permanent ceasefire from Israel."]);
    expect(rec.get("what")).toBe("a permanent ceasefire");
  });

  it("adds a second graph: aliases, articles and evidence merged without duplicates", async () => {
    const s = await store.load(secondGraph());
    expect(s.nodes.created).toBe(1); // William Burns
    expect(s.relationships.created).toBe(1); // Burns MEETS Qatar
    const q = await store.driver.executeQuery(
      `MATCH (q:State {id: 'state:qatar'})-[r:MEDIATES]->(:Meeting)
       RETURN q.aliases AS aliases, q.articles AS articles, r.articles AS ev, size(r.sentences) AS n`,
      {},
      { database: store.database },
    );
    const rec = q.records[0]!;
    expect([...(rec.get("aliases") as string[])].sort()).toEqual(["Qatari", "Qataris"]);
    expect([...(rec.get("articles") as string[])].sort()).toEqual(["a1", "a2"]);
    expect([...(rec.get("ev") as string[])].sort()).toEqual(["a1", "a2"]);
    expect(rec.get("n")).toBe(2);
    // And once more: nothing changes.
    const before = await dump(store);
    const again = await store.load(secondGraph());
    expect(again.nodes.created + again.nodes.updated + again.relationships.created + again.relationships.updated).toBe(0);
    expect(await dump(store)).toEqual(before);
  });

  it("merges an Article's copies as a set: a later load's copies are added, never replace what is there", async () => {
    await wipe();
    const article = (key: string, extra: Record<string, unknown>): SerializedNode => ({
      key: `article:${key}`,
      attributes: { type: "Article", name: key, aliases: [], articles: [key], ...extra },
    });
    // the original as a first run wrote it, with one copy; then a later run's copy of it
    const first = graph(
      [
        article("wire-1", { title: "Talks in Oslo", source: "Harbour Wire", copies: ["copy-2"] }),
        article("copy-2", { duplicateOf: "wire-1", source: "Courier" }),
      ],
      [],
    );
    const later = graph(
      [
        article("wire-1", { title: "Talks in Oslo", source: "Harbour Wire", copies: ["copy-3"] }),
        article("copy-3", { duplicateOf: "wire-1", source: "Valley Times" }),
      ],
      [],
    );
    await store.load(first);
    const copiesOf = async () => {
      const r = await store.driver.executeQuery(
        "MATCH (a:Article {id: 'article:wire-1'}) RETURN a.copies AS c, a.title AS t",
        {},
        { database: store.database },
      );
      return { copies: [...(r.records[0]!.get("c") as string[])].sort(), title: r.records[0]!.get("t") };
    };
    const s = await store.load(later);
    expect(s.nodes).toMatchObject({ created: 1, updated: 1 });
    expect(await copiesOf()).toEqual({ copies: ["copy-2", "copy-3"], title: "Talks in Oslo" });
    // the first graph again: nothing to add, nothing lost (only the hash of the row last merged is rewritten)
    const content = async () => (await dump(store)).map((l) => l.replace(/"loadHash":"[^"]*",/, ""));
    const before = await content();
    const again = await store.load(first);
    expect(again.nodes.created + again.nodes.updated).toBe(0);
    expect(await content()).toEqual(before);
    expect(await copiesOf()).toEqual({ copies: ["copy-2", "copy-3"], title: "Talks in Oslo" });
    // only an Article that has copies holds the list: no node gets an empty one
    const holders = await store.driver.executeQuery("MATCH (n) WHERE n.copies IS NOT NULL RETURN collect(n.id) AS ids", {}, { database: store.database });
    expect(holders.records[0]!.get("ids")).toEqual(["article:wire-1"]);
    // and an export gives the merged list back
    const exported = await store.exportGraph();
    expect([...(exported.nodes.find((n) => n.key === "article:wire-1")!.attributes.copies as string[])].sort()).toEqual(["copy-2", "copy-3"]);
    expect(exported.nodes.find((n) => n.key === "article:copy-2")!.attributes).not.toHaveProperty("copies");
  });

  it("a loader killed with SIGKILL mid-load and run again ends with the graph a clean load gives", async () => {
    const big = generatedGraph(4_000, 2); // 4,000 nodes, 12,000 relationships
    const dir = mkdtempSync(join(tmpdir(), "bc-kill-"));
    const file = join(dir, "graph.json");
    writeFileSync(file, JSON.stringify(big));

    await wipe();
    await store.load(big, { batchSize: 200 });
    const clean = await dump(store);

    await wipe();
    const conn = testConnection();
    const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database };
    const cli = join(process.cwd(), "packages/cli/bin/backchannel.js");
    // Kill once the loader has written some relationships but not all of them.
    const child = spawn(process.execPath, [cli, "load", file, "--batch-size", "200"], { env, stdio: "ignore" });
    const deadline = performance.now() + 60_000;
    let partial = 0;
    while (performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      partial = (await store.counts()).relationships;
      if (partial > 0) break;
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    // A batch whose COMMIT was already sent still commits on the server after the client died:
    // count once the database has stopped changing.
    let afterKill = await store.counts();
    for (let stable = 0; stable < 3; ) {
      await new Promise((r) => setTimeout(r, 300));
      const now = await store.counts();
      stable = now.relationships === afterKill.relationships ? stable + 1 : 0;
      afterKill = now;
    }
    expect(afterKill.relationships).toBeGreaterThan(0);
    expect(afterKill.relationships).toBeLessThan(big.edges.length);

    const rerun = await store.load(big, { batchSize: 200 });
    expect(rerun.relationships.created).toBe(big.edges.length - afterKill.relationships);
    expect(await dump(store)).toEqual(clean);
  }, 240_000);
});

describe("loading what Neo4j would refuse (issue 13)", () => {
  it("refuses, before any write, a graph whose attributes would override a key or that Neo4j cannot store", async () => {
    await wipe();
    await store.load(firstGraph());
    const before = await dump(store);
    const g = firstGraph();
    const bad = [
      // An `id` attribute would have taken Egypt's key (SET n += props) and broken every later load.
      (x: typeof g) => Object.assign(x.nodes[0]!.attributes, { id: "state:egypt" }),
      // A 1 MB name fails on Neo4j's index after earlier batches are written: a partial load, every time.
      (x: typeof g) => Object.assign(x.nodes[x.nodes.length - 1]!.attributes, { name: "n".repeat(1_000_000) }),
      (x: typeof g) => Object.assign(x.nodes[0]!.attributes, { "": "empty key" }),
      (x: typeof g) =>
        x.edges.push({ source: "state:qatar", target: "state:qatar", attributes: { type: "MEETS", evidence: [{ article: "a1", sentence: "s" }] } }),
    ];
    for (const [i, spoil] of bad.entries()) {
      const x = firstGraph();
      spoil(x);
      await expect(store.load(x), `case ${i}`).rejects.toThrow(/node|edge/);
      expect(await dump(store), `case ${i}`).toEqual(before);
    }
  });

  it("never lets an attribute change a node's key, even when the graph skips validation", async () => {
    const { nodeRow } = await import("@backchannel/store/internal");
    const n = firstGraph().nodes[0]!;
    const row = nodeRow({ key: n.key, attributes: { ...n.attributes, id: "state:egypt", searchText: "x", "": 1 } as typeof n.attributes });
    expect(row.id).toBe("state:qatar");
    expect(Object.keys(row.props)).not.toContain("id");
    expect(Object.keys(row.props)).not.toContain("searchText");
    expect(Object.keys(row.props)).not.toContain("");
  });
});
