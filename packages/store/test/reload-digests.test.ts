// Reloads that skip whole buckets by their stored digest (digests.ts): an unchanged graph is answered from
// the digests alone, and nothing a later load writes is ever hidden by a digest an earlier load left.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphJson } from "@backchannel/schema";
import type { Store } from "@backchannel/store";
import { dump, generatedGraph, graph, node, openCleanStore, testConnection, wipe } from "./helpers.js";

let store: Store;
beforeAll(async () => {
  store = await openCleanStore();
});
afterAll(async () => {
  await store.close();
});

const q = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await store.driver.executeQuery(cypher, params, { database: store.database })).records;
const digestProperties = async () =>
  ((await q("MATCH (d:LoadDigest) RETURN count(d) AS n, size(keys(d)) AS k"))[0]?.toObject() ?? null) as { n: unknown; k: unknown } | null;
const namesLike = async (prefix: string) => Number((await q("MATCH (n:Person) WHERE n.name STARTS WITH $p RETURN count(n) AS n", { p: prefix }))[0]!.get("n"));

/** The same graph with every person renamed: a name is overwritten by a merge, not added to. */
function renamed(g: GraphJson): GraphJson {
  const r = structuredClone(g);
  for (const n of r.nodes) n.attributes.name = `Renamed ${n.key}`;
  return r;
}

describe("reload digests", () => {
  // 1,000 nodes and 3,000 relationships: large enough to be digested.
  const big = generatedGraph(1_000);

  it("are stored by a load that completes, and an unchanged reload is answered from them", async () => {
    await wipe(store);
    await store.load(big);
    const digests = await digestProperties();
    expect(digests?.n).toBe(1);
    expect(Number(digests?.k)).toBeGreaterThan(1);
    // the digest node is bookkeeping: no count, export or emptiness check sees it
    expect(await store.counts()).toEqual({ nodes: 1_000, relationships: 3_000 });
    expect((await store.exportGraph()).nodes).toHaveLength(1_000);
    const before = await dump(store);
    const again = await store.load(big);
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 1_000 });
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 3_000 });
    expect(await dump(store)).toEqual(before);
  });

  it("never hide what a later load overwrote: its buckets are cleared, so the earlier graph is merged again", async () => {
    await wipe(store);
    await store.load(big);
    // A small load (merged directly, no digests of its own) renames one person of the big graph.
    const small = graph([node("person:p5", "Person", "Someone else", ["g5"], { aliases: ["P5"] })], []);
    await store.load(small);
    expect(await namesLike("Someone else")).toBe(1);
    const back = await store.load(big);
    expect(back.nodes).toEqual({ created: 0, updated: 1, unchanged: 999 });
    expect(await namesLike("Someone else")).toBe(0);
    // and the big graph's digests are whole again
    const next = await store.load(big);
    expect(next.nodes.updated + next.relationships.updated).toBe(0);
  });

  it("take a database loaded before digests existed (per-row hashes only) and store them on its first reload", async () => {
    await wipe(store);
    await store.load(big);
    await q("MATCH (d:LoadDigest) DELETE d");
    const first = await store.load(big);
    expect(first.relationships).toEqual({ created: 0, updated: 0, unchanged: 3_000 });
    expect((await digestProperties())?.n).toBe(1);
    const changed = structuredClone(big);
    changed.edges[9]!.attributes.evidence.push({ article: "g9", sentence: "Once more.", start: 1, end: 9, rule: "test" });
    expect((await store.load(changed)).relationships).toEqual({ created: 0, updated: 1, unchanged: 2_999 });
  });

  it("see an article's new day in the relationships dated through it", async () => {
    // Evidence without dates takes its article's publication day: the day is part of the relationship's
    // row though not of its JSON.
    const dated = structuredClone(big);
    for (let i = 0; i < 50; i++) dated.nodes.push(node(`article:g${i}`, "Article", `g${i}`, [`g${i}`], { date: "2024-05-01" }));
    await wipe(store);
    await store.load(dated);
    const redated = structuredClone(dated);
    redated.nodes.find((n) => n.key === "article:g3")!.attributes.date = "2024-04-01";
    const s = await store.load(redated);
    expect(s.relationships.updated).toBe(60); // p3, p53, ... : 20 actors of article g3, 3 relationships each
    const days = await q("MATCH (:Person {id: 'person:p3'})-[r:MEETS]->() RETURN DISTINCT toString(r.firstSeen) AS d");
    expect(days.map((r) => r.get("d"))).toEqual(["2024-04-01"]);
  });

  it("a load killed midway leaves its buckets cleared: reloading the earlier graph undoes what it overwrote", async () => {
    const many = generatedGraph(4_000, 2);
    await wipe(store);
    await store.load(many, { batchSize: 200 });
    const clean = await dump(store);
    const dir = mkdtempSync(join(tmpdir(), "bc-digest-kill-"));
    const file = join(dir, "graph.json");
    writeFileSync(file, JSON.stringify(renamed(many)));
    const conn = testConnection();
    const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database };
    const cli = join(process.cwd(), "packages/cli/bin/backchannel.js");
    const child = spawn(process.execPath, [cli, "load", file, "--batch-size", "200"], { env, stdio: "ignore" });
    const deadline = performance.now() + 60_000;
    while (performance.now() < deadline && (await namesLike("Renamed")) === 0) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    await new Promise((r) => setTimeout(r, 1_000)); // a COMMIT already sent still lands
    const overwritten = await namesLike("Renamed");
    expect(overwritten).toBeGreaterThan(0);
    const back = await store.load(many, { batchSize: 200 });
    expect(back.nodes.updated).toBe(overwritten);
    expect(await namesLike("Renamed")).toBe(0);
    // The renamed load's evidence is the same, so what stays is exactly the clean graph.
    expect(await dump(store)).toEqual(clean);
  }, 240_000);
});
