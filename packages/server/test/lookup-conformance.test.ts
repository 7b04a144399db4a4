// One lookup contract, two backends: the store's Cypher lookups over Neo4j and the server's graphology
// lookups over a graph.json in memory must give the same answers on the same graph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Changes,
  type DateWindow,
  EXPLORE_DEFAULT_TYPES,
  type ExploreBackend,
  type Fact,
  type GraphJson,
  type LookupBackend,
  type NameResolutionError,
  type NeighbourhoodResponse,
  parseGraphJson,
} from "@backchannel/schema";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MemoryGraph } from "../src/memory-backend.js";

const fixture = (name: string) => parseGraphJson(JSON.parse(readFileSync(join(__dirname, "fixtures", name), "utf8")));
const seeds = fixture("seeds.graph.json");
/** Four dated articles over eight months, PART_OF edges, a meeting known only by reportedBy, an undated fact. */
const dated = fixture("dated.graph.json");

/** A fact as both backends must state it: endpoints, via, attributes, dates and evidence with its article's title, date and source. */
const factKey = (f: Fact) =>
  JSON.stringify([
    f.type,
    f.from.key,
    f.to.key,
    f.via?.key ?? null,
    f.what ?? null,
    f.role ?? null,
    f.cameo ?? null,
    f.firstSeen ?? null,
    f.lastSeen ?? null,
    f.evidence.map((e) => `${e.article}|${e.sentence}|${e.title ?? ""}|${e.date ?? ""}|${e.eventDate ?? ""}|${e.source ?? ""}`).sort(),
  ]);
const factSet = (facts: Fact[]) => facts.map(factKey).sort();
/** In order, for lookups whose order is part of the answer (timeline, meetings). */
const factList = (facts: Fact[]) => facts.map(factKey);
const pathSet = (paths: Fact[][]) => paths.map((p) => p.map((f) => `${f.from.key}-${f.type}-${f.to.key}`).join(" / ")).sort();
const failure = async (ask: () => Promise<unknown>) => {
  try {
    return await ask();
  } catch (e) {
    const err = e as NameResolutionError;
    return `error: ${err.name} ${err.kind ?? ""} ${(err.candidates ?? []).map((c) => c.key).join(",")}`;
  }
};

/** Every question of the contract, on every actor and meeting of the graph. */
function questions(graph: GraphJson, w: DateWindow = {}): [string, (L: LookupBackend) => Promise<unknown>][] {
  const actors = graph.nodes.filter((n) => ["Person", "State", "Group"].includes(n.attributes.type)).map((n) => n.key);
  const meetings = graph.nodes.filter((n) => n.attributes.type === "Meeting").map((n) => n.key);
  const q: [string, (L: LookupBackend) => Promise<unknown>][] = [["mediators", async (L) => factSet(await L.mediators(w))]];
  for (const m of meetings) q.push([`mediators --meeting ${m}`, async (L) => factSet(await L.mediators({ ...w, meeting: m }))]);
  for (const a of actors) {
    q.push([`meetings ${a}`, async (L) => factList(await L.meetings(a, w))]);
    q.push([`timeline ${a}`, async (L) => factList(await L.timeline(a, w))]);
    q.push([`met ${a}`, async (L) => factSet(await L.met(a, w))]);
    for (const d of ["by", "of", "both"] as const) q.push([`demands ${a} --${d}`, async (L) => factSet(await L.demands(a, d, w))]);
    q.push([`affiliations ${a}`, async (L) => factSet(await L.affiliations(a, w))]);
    q.push([`neighbours ${a}`, async (L) => factSet(await L.neighbours(a, w))]);
  }
  // Names and aliases resolve to the same node, or fail alike (the message may differ).
  const named = graph.nodes.filter((n) => n.attributes.type !== "Article").flatMap((n) => [n.attributes.name, ...n.attributes.aliases]);
  // And names as analysts type them: mistyped, codes, plurals, titles, ambiguous (the same node, or the same candidates).
  const typed = ["Quatar", "Burnz", "Hamaz", "Wiliam Burns", "USA", "the Americans", "KSA", "Mossad chief", "US envoy", "Qatari prime minister", "Atlantis"];
  for (const name of [...new Set(named), ...typed]) q.push([`neighbours "${name}"`, (L) => failure(async () => factSet(await L.neighbours(name, w)))]);
  const pairs = actors.slice(0, 8).flatMap((a, i) => actors.slice(i + 1, 8).map((b) => [a, b] as const));
  for (const [a, b] of [...pairs, ["state:israel", "group:hamas"] as const, ["person:john-kirby", "group:hamas"] as const]) {
    q.push([`mediators --between ${a} ${b}`, (L) => failure(async () => factSet(await L.mediators({ ...w, between: [a, b] })))]);
    q.push([`paths ${a} ${b}`, (L) => failure(async () => pathSet(await L.paths(a, b, w)))]);
  }
  for (const [from, to] of [
    ["2024-05-01", "2024-08-31"],
    ["2024-01-01", "2024-01-31"],
    ["2025-01-01", "2025-12-31"],
  ]) {
    const show = (c: Changes) => ({ started: factList(c.started), stopped: factList(c.stopped) });
    q.push([`changes ${from} ${to}`, async (L) => show(await L.changes({ from: from!, to: to! }))]);
    for (const a of actors.slice(0, 6)) q.push([`changes ${from} ${to} ${a}`, async (L) => show(await L.changes({ from: from!, to: to!, name: a }))]);
  }
  return q;
}

async function differences(store: Store, memory: MemoryGraph, qs: [string, (L: LookupBackend & ExploreBackend) => Promise<unknown>][]) {
  const differ: string[] = [];
  let answered = 0;
  for (const [name, ask] of qs) {
    const [neo, mem] = [await ask(store.lookups), await ask(memory)];
    if (JSON.stringify(neo) !== JSON.stringify(mem)) differ.push(`${name}\n  neo4j:  ${JSON.stringify(neo)}\n  memory: ${JSON.stringify(mem)}`);
    if ((Array.isArray(neo) && neo.length) || (neo as { edges?: unknown[] })?.edges?.length) answered++;
  }
  return { differ, answered };
}

/** Explore mode: neighbourhoods at every depth, with types, windows and caps, and the ranked actors. */
function exploreQuestions(graph: GraphJson, w: DateWindow = {}): [string, (L: ExploreBackend) => Promise<unknown>][] {
  const starts = graph.nodes.filter((n) => n.attributes.type !== "Article").map((n) => n.key);
  const shape = (r: NeighbourhoodResponse) => ({
    centre: r.centre.key,
    nodes: r.nodes.map((n) => [n.key, n.attributes.type, n.attributes.name, n.attributes.date ?? null]),
    edges: r.edges.map((e) => [
      e.attributes.type,
      e.source,
      e.target,
      e.attributes.firstSeen ?? null,
      e.attributes.lastSeen ?? null,
      e.attributes.what ?? null,
    ]),
    reached: r.reached,
    truncated: r.truncated,
  });
  const q: [string, (L: ExploreBackend) => Promise<unknown>][] = [["top-actors 15", async (L) => L.topActors(15)]];
  for (const key of starts) {
    for (const depth of [1, 2, 3]) {
      q.push([`neighbourhood ${key} ${depth}`, async (L) => shape(await L.neighbourhood(key, { ...w, depth, types: EXPLORE_DEFAULT_TYPES, limit: 500 }))]);
    }
    q.push([`neighbourhood ${key} 2 capped`, async (L) => shape(await L.neighbourhood(key, { ...w, depth: 2, types: EXPLORE_DEFAULT_TYPES, limit: 4 }))]);
    q.push([
      `neighbourhood ${key} 2 MEDIATES|ATTENDS`,
      async (L) => shape(await L.neighbourhood(key, { ...w, depth: 2, types: ["MEDIATES", "ATTENDS"], limit: 500 })),
    ]);
  }
  return q;
}

/**
 * A hub whose neighbours tie on degree (1, 2 or 3 relationships), some of them with keys that name no
 * label (a hand-made graph), walked with caps from 1 to 40: the store ranks and cuts each step in
 * Cypher and sends only the nodes that can make the cut, ties included, so where a cap falls inside a
 * run of equal degrees both backends must still keep the same nodes.
 */
function tiedGraph(): GraphJson {
  const node = (key: string, type: "Person" | "State" | "Meeting", name: string) => ({ key, attributes: { type, name, aliases: [], articles: [] } });
  const nodes = [node("state:hub", "State", "Hub"), node("state:far", "State", "Far"), node("meeting:m", "Meeting", "Talks")];
  const edges: GraphJson["edges"] = [];
  const edge = (source: string, target: string, type: "MEETS" | "ATTENDS") =>
    edges.push({ source, target, attributes: { type, evidence: [{ article: "a1", sentence: `${source} ${type} ${target}.` }] } });
  for (let i = 0; i < 30; i++) {
    const key = i % 4 === 0 ? `hand-made ${i}` : `person:p${String(i).padStart(2, "0")}`;
    nodes.push(node(key, "Person", `P ${i}`));
    edge(key, "state:hub", "MEETS");
    if (i % 3 !== 0) edge(key, "meeting:m", "ATTENDS");
    if (i % 5 === 0) edge(key, "state:far", "MEETS");
  }
  return parseGraphJson({ attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes, edges });
}

describe("lookup conformance: Neo4j and memory answer alike", () => {
  let store: Store;
  beforeAll(async () => {
    store = await Store.open(inject("neo4j"));
  });
  afterAll(async () => {
    await store?.close();
  });

  it("on every lookup of every actor and meeting of the seeds' graph", async () => {
    await wipeDatabase(store);
    await store.load(seeds);
    const { differ, answered } = await differences(store, new MemoryGraph(seeds), questions(seeds));
    expect(answered).toBeGreaterThan(100);
    expect(differ).toEqual([]);
    const explore = await differences(store, new MemoryGraph(seeds), exploreQuestions(seeds));
    expect(explore.answered).toBeGreaterThan(50);
    expect(explore.differ).toEqual([]);
  }, 600_000);

  it("on a dated graph with PART_OF: every lookup, with and without date windows, and changes", async () => {
    await wipeDatabase(store);
    await store.load(dated);
    const memory = new MemoryGraph(dated);
    const windows: DateWindow[] = [{}, { since: "2024-05-01" }, { until: "2024-02-01" }, { since: "2024-02-01", until: "2024-05-02" }];
    for (const w of windows) {
      const { differ, answered } = await differences(store, memory, questions(dated, w));
      expect(answered, JSON.stringify(w)).toBeGreaterThan(10);
      expect(differ, JSON.stringify(w)).toEqual([]);
      const explore = await differences(store, memory, exploreQuestions(dated, w));
      expect(explore.answered, JSON.stringify(w)).toBeGreaterThan(5);
      expect(explore.differ, JSON.stringify(w)).toEqual([]);
    }
  }, 600_000);

  it("on neighbourhoods cut inside runs of equal degrees, keys without a label among them", async () => {
    const tied = tiedGraph();
    await wipeDatabase(store);
    await store.load(tied);
    const memory = new MemoryGraph(tied);
    // "P 4" by name: its key names no label (a start is resolved by name or by a key with a label).
    const starts = ["state:hub", "P 4", "meeting:m"];
    const q: [string, (L: ExploreBackend) => Promise<unknown>][] = [];
    for (const key of starts)
      for (const depth of [1, 2, 3])
        for (const limit of [1, 2, 4, 7, 10, 13, 20, 25, 31, 40])
          q.push([
            `neighbourhood ${key} ${depth} limit ${limit}`,
            async (L) => {
              const r = await L.neighbourhood(key, { depth, types: EXPLORE_DEFAULT_TYPES, limit });
              return {
                nodes: r.nodes.map((n) => n.key),
                edges: r.edges.map((e) => `${e.attributes.type} ${e.source} ${e.target}`),
                reached: r.reached,
                truncated: r.truncated,
              };
            },
          ]);
    const { differ, answered } = await differences(store, memory, q);
    expect(answered).toBeGreaterThan(q.length / 2);
    expect(differ).toEqual([]);
    // The hub's 30 neighbours at a cap of 10: cut, all 31 reached, the most connected kept.
    const hub = await store.lookups.neighbourhood("state:hub", { depth: 1, types: EXPLORE_DEFAULT_TYPES, limit: 10 });
    expect([hub.truncated, hub.reached, hub.nodes.length]).toEqual([true, 31, 10]);
  }, 600_000);
});
