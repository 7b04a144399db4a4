// Relationship lookups against the real Neo4j, on a small hand-made negotiation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NameResolutionError, type Store } from "@backchannel/store";
import { firstGraph, openCleanStore, secondGraph } from "./helpers.js";

let store: Store;
beforeAll(async () => {
  store = await openCleanStore();
  await store.load(firstGraph());
  await store.load(secondGraph());
});
afterAll(async () => {
  await store.close();
});

describe("lookups", () => {
  it("resolves names through aliases, surnames and keys", async () => {
    expect((await store.lookups.resolve("Qatari")).key).toBe("state:qatar");
    expect((await store.lookups.resolve("Kirby")).key).toBe("person:john-kirby");
    expect((await store.lookups.resolve("the White House")).key).toBe("group:white-house");
    expect((await store.lookups.resolve("state:egypt")).name).toBe("Egypt");
  });

  it("says clearly when a name is unknown", async () => {
    await expect(store.lookups.resolve("Atlantis")).rejects.toThrow(NameResolutionError);
    await expect(store.lookups.resolve("Atlantis")).rejects.toThrow(/no actor or meeting called "Atlantis"/);
  });

  it("answers the same by key as by name, and still says when a key is unknown", async () => {
    // A key skips name resolution (one round trip); the answers must not differ.
    const byName = await store.lookups.neighbours("Qatar");
    expect(await store.lookups.neighbours("state:qatar")).toEqual(byName);
    expect(await store.lookups.met("state:qatar")).toEqual(await store.lookups.met("Qatar"));
    expect(await store.lookups.demands("group:hamas", "by")).toHaveLength(1);
    expect(await store.lookups.affiliations("state:egypt")).toEqual([]); // exists, has none
    await expect(store.lookups.neighbours("person:nobody-at-all")).rejects.toThrow(NameResolutionError);
  });

  it("lists the mediators of a meeting with evidence from every article", async () => {
    const facts = await store.lookups.mediators({ meeting: "Doha talks" });
    expect(facts.map((f) => f.from.name)).toEqual(["Egypt", "Qatar"]);
    const qatar = facts.find((f) => f.from.name === "Qatar")!;
    expect(qatar.evidence.map((e) => e.article).sort()).toEqual(["a1", "a2"]);
    expect(qatar.cameo).toBe("045");
  });

  it("finds mediators between two parties through the meetings they attend", async () => {
    const facts = await store.lookups.mediators({ between: ["Israel", "Qatar"] });
    expect(facts.map((f) => f.from.name)).toContain("Egypt");
  });

  it("lists an actor's meetings with dates and places", async () => {
    const facts = await store.lookups.meetings("Israel");
    expect(facts).toHaveLength(1);
    expect(facts[0]!.to).toMatchObject({ name: "Doha talks", date: "2024-08-15", place: "Doha" });
    expect(facts[0]!.type).toBe("ATTENDS");
  });

  it("answers who met whom, directly and through a shared meeting", async () => {
    const facts = await store.lookups.met("Qatar");
    const names = facts.map((f) => (f.from.key === "state:qatar" ? f.to.name : f.from.name));
    expect(names).toContain("William Burns");
    const via = facts.filter((f) => f.via);
    expect(via.length).toBeGreaterThan(0);
    expect(via[0]!.via!.name).toBe("Doha talks");
  });

  it("lists demands by and of an actor with what is demanded", async () => {
    const by = await store.lookups.demands("Hamas", "by");
    expect(by).toHaveLength(1);
    expect(by[0]).toMatchObject({ what: "a permanent ceasefire", to: { name: "Israel" } });
    expect(await store.lookups.demands("Hamas", "of")).toHaveLength(0);
    expect(await store.lookups.demands("Israel", "of")).toHaveLength(1);
  });

  it("lists affiliations with roles", async () => {
    const facts = await store.lookups.affiliations("John Kirby");
    expect(facts[0]).toMatchObject({ type: "AFFILIATED_WITH", role: "spokesman", to: { name: "White House" } });
  });

  it("lists neighbours without MENTIONED_IN", async () => {
    const facts = await store.lookups.neighbours("Qatar");
    expect(facts.every((f) => f.type !== "MENTIONED_IN")).toBe(true);
    expect(facts.map((f) => f.type).sort()).toEqual(["MEDIATES", "MEETS"]);
  });

  it("finds the shortest paths between two actors", async () => {
    const paths = await store.lookups.paths("William Burns", "Egypt");
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]!.length).toBe(3); // Burns - Qatar - Doha talks - Egypt
    expect(paths[0]!.every((f) => f.evidence.length > 0)).toBe(true);
  });

  it("gives an actor's timeline in date order, with every type of fact", async () => {
    const facts = await store.lookups.timeline("Egypt");
    expect(facts.map((f) => f.to.date)).toEqual(["2024-08-15"]);
    // Burns has no meeting, but a MEETS; Kirby only an affiliation: both are on their timelines.
    expect((await store.lookups.timeline("William Burns")).map((f) => f.type)).toEqual(["MEETS"]);
    expect((await store.lookups.timeline("Kirby")).map((f) => f.type)).toEqual(["AFFILIATED_WITH"]);
  });

  it("names each party Qatar met once, though Egypt took part in the Doha talks twice over", async () => {
    // Egypt mediates the Doha talks that Qatar mediates: one row for Egypt, not one per way in.
    const facts = await store.lookups.met("Qatari");
    const others = facts.map((f) => (f.from.key === "state:qatar" ? f.to.key : f.from.key));
    expect(others.sort()).toEqual(["person:william-burns", "state:egypt", "state:israel"]);
    expect(new Set(others).size).toBe(others.length);
  });

  it("carries each evidence entry's article title and date", async () => {
    const [fact] = await store.lookups.demands("Hamas", "by");
    expect(fact!.evidence[0]).toMatchObject({ article: "a1", title: "Talks resume", date: "2024-08-16" });
  });
});

describe("lookups in one round trip", () => {
  it("still read an article's details for evidence whose relationship lacks its articles list, and tell no path from no node", async () => {
    // Written by hand, as an analyst might: JSON evidence but no `articles` (the loader always writes
    // it), between two people linked to nothing else.
    const sentence = "Hand A met Hand B.";
    await store.driver.executeQuery(
      `CREATE (:Person {id: 'person:hand-a', name: 'Hand A', aliases: []})-[:MEETS {evidence: [$json]}]->(:Person {id: 'person:hand-b', name: 'Hand B', aliases: []})`,
      { json: JSON.stringify({ article: "a1", sentence, start: 0, end: sentence.length, rule: "hand" }) },
      { database: store.database },
    );
    try {
      const [fact] = await store.lookups.neighbours("person:hand-a");
      expect(fact!.evidence[0]).toMatchObject({ article: "a1", sentence, title: "Talks resume", date: "2024-08-16" });
      const [path] = await store.lookups.paths("person:hand-a", "person:hand-b");
      expect(path![0]!.evidence[0]).toMatchObject({ title: "Talks resume" });
      expect(await store.lookups.paths("person:hand-a", "state:qatar")).toEqual([]);
      await expect(store.lookups.paths("person:hand-a", "person:nobody-at-all")).rejects.toThrow(NameResolutionError);
      expect(await store.lookups.affiliations("person:hand-b")).toEqual([]);
    } finally {
      await store.driver.executeQuery("MATCH (n:Person) WHERE n.id IN ['person:hand-a', 'person:hand-b'] DETACH DELETE n", {}, { database: store.database });
    }
  });
});

describe("exportGraph", () => {
  it("gives the graph as graph.json, and without evidence the same graph less every edge's evidence", async () => {
    const full = await store.exportGraph();
    const lean = await store.exportGraph({ evidence: false });
    const byEdge = (g: typeof full) => g.edges.map((e) => JSON.stringify([e.source, e.target, e.attributes.type])).sort();
    expect(byEdge(lean)).toEqual(byEdge(full));
    expect(lean.nodes).toEqual(full.nodes);
    const mediates = full.edges.find((e) => e.source === "state:qatar" && e.attributes.type === "MEDIATES")!;
    expect(mediates.attributes.evidence.length).toBeGreaterThan(0);
    const leanMediates = lean.edges.find((e) => e.source === "state:qatar" && e.attributes.type === "MEDIATES")!;
    const { evidence: _e, ...rest } = mediates.attributes;
    expect(leanMediates.attributes).toEqual(rest);
    expect(JSON.stringify(lean)).not.toContain(mediates.attributes.evidence[0]!.sentence);
  });
});
