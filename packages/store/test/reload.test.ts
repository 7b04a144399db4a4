// Reloads skip rows whose content hash the database already holds (unchanged.ts), and still see a change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "@backchannel/store";
import { dump, generatedGraph, openCleanStore } from "./helpers.js";

let store: Store;
beforeAll(async () => {
  store = await openCleanStore();
});
afterAll(async () => {
  await store.close();
});

describe("reloading", () => {
  // 3,000 relationships: over the size from which stored hashes are read and unchanged rows not sent.
  const graph = generatedGraph(1_000);

  it("skips an unchanged graph without writing, and counts it unchanged", async () => {
    await store.load(graph);
    const before = await dump(store);
    const again = await store.load(graph);
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 1_000 });
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 3_000 });
    expect(await dump(store)).toEqual(before);
    // The same as merging every row and comparing (how reloads worked before content hashes).
    const merged = await store.load(graph, { skipUnchanged: false });
    expect(merged.relationships).toEqual({ created: 0, updated: 0, unchanged: 3_000 });
  });

  it("still merges the rows that changed", async () => {
    const changed = structuredClone(graph);
    changed.edges[5]!.attributes.evidence.push({ article: "g9", sentence: "Once more.", start: 1, end: 9, rule: "test" });
    changed.edges[6]!.attributes.cameo = "040";
    const s = await store.load(changed);
    expect(s.relationships).toEqual({ created: 0, updated: 2, unchanged: 2_998 });
    const res = await store.driver.executeQuery(
      "MATCH (:Person {id: $s})-[r:MEETS]->(:Person {id: $t}) RETURN r.sentences AS s",
      { s: changed.edges[5]!.source, t: changed.edges[5]!.target },
      { database: store.database },
    );
    expect(res.records[0]!.get("s")).toContain("Once more.");
    // Loading the original again: its rows' hashes differ from the stored ones, so they are merged, and
    // the set-union keeps the added evidence (a reload never removes anything).
    const back = await store.load(graph);
    expect(back.relationships).toEqual({ created: 0, updated: 0, unchanged: 3_000 });
    const next = await store.load(graph);
    expect(next.relationships.unchanged).toBe(3_000);
  });
});
