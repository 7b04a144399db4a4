// Reloads skip rows whose content hash the database already holds (unchanged.ts), and still see a change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphJson, SerializedEdge, SerializedNode } from "@backchannel/schema";
import type { Store } from "@backchannel/store";
import { edgeHash, edgeRow, nodeRow, toBatchGroups } from "@backchannel/store/internal";
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

describe("content hashes", () => {
  const nodes: SerializedNode[] = [
    {
      key: "meeting:doha",
      attributes: { type: "Meeting", name: "Doha talks", aliases: ["Doha", "Doha"], articles: ["a1"], place: "Doha", date: "2024-08-15", extra: { x: 1 } },
    },
    { key: "person:x", attributes: { type: "Person", name: "X", aliases: [], articles: ["a1", "a2", "a1"], roles: ["envoy"] } },
  ];
  const days: Record<string, string> = { "article:a1": "2024-08-14" };
  const articleDay = (a: string) => days[`article:${a}`];
  const edges: SerializedEdge[] = [
    {
      source: "state:qatar",
      target: "meeting:doha",
      attributes: {
        type: "MEDIATES",
        what: "talks",
        evidence: [
          { article: "a1", sentence: "Qatar mediates.", start: 0, end: 15, rule: "r" },
          { article: "a1", sentence: "Qatar mediates.", start: 0, end: 15, rule: "r" },
          { article: "a2", sentence: "Again.", date: "2024-09-01" },
        ],
      },
    },
    { source: "person:x", target: "person:y", attributes: { type: "MEETS", firstSeen: "2020-01-02", evidence: [{ article: "a9", sentence: "Met." }] } },
    { source: "person:x", target: "person:y", attributes: { type: "MEETS", evidence: [{ article: "a9", sentence: "Met.", eventDate: "0033-01-05" }] } },
    // Texts JSON escapes, and properties of the edge's own.
    {
      source: 'person:"x"',
      target: "person:y\\",
      attributes: { type: "MEETS", cameo: "040", n: 2, evidence: [{ article: "a9", sentence: 'Met "x"\n\u0001.' }] },
    },
  ];

  it("are the ones databases already hold (computed before reloads stopped building rows), with or without the row", () => {
    // Recorded from the loader before edgeHash existed: a database it loaded still has its rows skipped.
    expect(nodes.map((n) => nodeRow(n).hash)).toEqual(["_PZ_4nj0q6vQgIA_Fq3BKI75nAk", "dFj_tKgJELcblrYRoBzxbLBMb-Y"]);
    expect(edges.slice(0, 3).map((e) => edgeRow(e, articleDay).hash)).toEqual([
      "xfhyzTvuoY8LtieU41_oCYySikE",
      "Y85FAvdu1xs90AvmCM9FcBAd0-I",
      "5iwc1ry23oJSlcLVPma38jXNyUA",
    ]);
    for (const e of edges) expect(edgeHash(e, articleDay)).toBe(edgeRow(e, articleDay).hash);
    for (const e of generatedGraph(50, 3).edges) expect(edgeHash(e)).toBe(edgeRow(e).hash);
  });

  it("stay the same for an Article with copies now that copies are merged as a list (recorded when they were a plain property)", () => {
    const original: SerializedNode = {
      key: "article:wire-1",
      attributes: {
        type: "Article",
        name: "Talks in Oslo",
        aliases: [],
        articles: ["wire-1"],
        title: "Talks in Oslo",
        date: "2024-03-14",
        source: "Harbour Wire",
        copies: ["copy-2", "copy-3"],
      },
    };
    const copy: SerializedNode = {
      key: "article:copy-2",
      attributes: { type: "Article", name: "Oslo talks", aliases: [], articles: ["copy-2"], duplicateOf: "wire-1", source: "Courier" },
    };
    expect([nodeRow(original).hash, nodeRow(copy).hash]).toEqual(["mvr_bNTZOL4OQo6HBvCJR14sTJQ", "eDwNtHgxV8Zy_F0zdP4_H3M049I"]);
    // merged as a list, not set as a property
    expect(nodeRow(original).lists.copies).toEqual(["copy-2", "copy-3"]);
    expect(nodeRow(original).props).not.toHaveProperty("copies");
    expect(nodeRow(copy).lists.copies).toEqual([]);
    // and a change to them is a change of the hash
    const more = structuredClone(original);
    more.attributes.copies = ["copy-2", "copy-3", "copy-4"];
    expect(nodeRow(more).hash).not.toBe(nodeRow(original).hash);
  });

  it("let a reload skip exactly the unchanged entries, dated through their articles or not", () => {
    const g: GraphJson = {
      attributes: {},
      options: { type: "mixed", multi: true, allowSelfLoops: false },
      nodes: [
        ...nodes,
        { key: "state:qatar", attributes: { type: "State", name: "Qatar", aliases: [], articles: ["a1"] } },
        { key: "person:y", attributes: { type: "Person", name: "Y", aliases: [], articles: ["a9"] } },
        { key: "article:a1", attributes: { type: "Article", name: "A1", aliases: [], articles: [], date: "2024-08-14" } },
      ],
      edges: [edges[0]!, edges[1]!],
    };
    const all = toBatchGroups(g);
    const known = {
      nodes: new Map(all.nodes.map((n) => [n.label, new Set(n.rows.map((r) => r.hash))])),
      edges: new Map(all.edges.map((x) => [x.type, new Set(x.rows.map((r) => r.hash))])),
    };
    const skipped = toBatchGroups(g, known);
    expect(skipped.unchanged).toEqual({ nodes: 5, edges: 2 });
    expect(skipped.nodes).toEqual([]);
    expect(skipped.edges).toEqual([]);
    // The article's day is part of the hash of an edge whose evidence has none: a new day is a change.
    const redated = structuredClone(g);
    redated.nodes[4]!.attributes.date = "2024-08-13";
    const again = toBatchGroups(redated, known);
    expect(again.unchanged).toEqual({ nodes: 4, edges: 1 });
    expect(again.edges.map((x) => x.rows.map((r) => r.firstSeen?.toString()))).toEqual([["2024-08-13"]]);
  });
});
