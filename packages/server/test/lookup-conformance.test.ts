// One lookup contract, two backends: the store's Cypher lookups over Neo4j and the server's graphology
// lookups over a graph.json in memory must give the same answers on the same graph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Fact, type GraphJson, type LookupBackend, parseGraphJson } from "@backchannel/schema";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MemoryGraph } from "../src/memory-backend.js";

const seeds = parseGraphJson(JSON.parse(readFileSync(join(__dirname, "fixtures/seeds.graph.json"), "utf8")));

/** A fact as both backends must state it: endpoints, via, attributes and evidence, order aside. */
const factKey = (f: Fact) =>
  JSON.stringify([
    f.type,
    f.from.key,
    f.to.key,
    f.via?.key ?? null,
    f.what ?? null,
    f.role ?? null,
    f.cameo ?? null,
    f.evidence.map((e) => `${e.article}|${e.sentence}`).sort(),
  ]);
const factSet = (facts: Fact[]) => facts.map(factKey).sort();
const pathSet = (paths: Fact[][]) => paths.map((p) => p.map((f) => `${f.from.key}-${f.type}-${f.to.key}`).join(" / ")).sort();

/** Every question of the contract, on every actor and meeting of the graph. */
function questions(graph: GraphJson): [string, (L: LookupBackend) => Promise<unknown>][] {
  const actors = graph.nodes.filter((n) => ["Person", "State", "Group"].includes(n.attributes.type)).map((n) => n.key);
  const meetings = graph.nodes.filter((n) => n.attributes.type === "Meeting").map((n) => n.key);
  const q: [string, (L: LookupBackend) => Promise<unknown>][] = [["mediators", async (L) => factSet(await L.mediators())]];
  for (const m of meetings) q.push([`mediators --meeting ${m}`, async (L) => factSet(await L.mediators({ meeting: m }))]);
  for (const a of actors) {
    q.push([`meetings ${a}`, async (L) => factSet(await L.meetings(a))]);
    q.push([`timeline ${a}`, async (L) => (await L.timeline(a)).map((f) => f.to.date ?? "")]);
    q.push([`met ${a}`, async (L) => factSet(await L.met(a))]);
    for (const d of ["by", "of", "both"] as const) q.push([`demands ${a} --${d}`, async (L) => factSet(await L.demands(a, d))]);
    q.push([`affiliations ${a}`, async (L) => factSet(await L.affiliations(a))]);
    q.push([`neighbours ${a}`, async (L) => factSet(await L.neighbours(a))]);
  }
  // Names and aliases resolve to the same node, or fail alike (the message may differ).
  const named = graph.nodes.filter((n) => n.attributes.type !== "Article").flatMap((n) => [n.attributes.name, ...n.attributes.aliases]);
  for (const name of new Set(named)) {
    q.push([
      `neighbours "${name}"`,
      async (L) => {
        try {
          return factSet(await L.neighbours(name));
        } catch (e) {
          return `error: ${(e as Error).name}`;
        }
      },
    ]);
  }
  const pairs = actors.slice(0, 8).flatMap((a, i) => actors.slice(i + 1, 8).map((b) => [a, b] as const));
  for (const [a, b] of pairs) {
    q.push([`mediators --between ${a} ${b}`, async (L) => factSet(await L.mediators({ between: [a, b] }))]);
    q.push([`paths ${a} ${b}`, async (L) => pathSet(await L.paths(a, b))]);
  }
  return q;
}

describe("lookup conformance: Neo4j and memory answer alike", () => {
  let store: Store;
  const memory = new MemoryGraph(seeds);
  beforeAll(async () => {
    store = await Store.open(inject("neo4j"));
    await wipeDatabase(store);
    await store.load(seeds);
  });
  afterAll(async () => {
    await store?.close();
  });

  it("on every lookup of every actor and meeting of the seeds' graph", async () => {
    const differ: string[] = [];
    let answered = 0;
    for (const [name, ask] of questions(seeds)) {
      const [neo, mem] = [await ask(store.lookups), await ask(memory)];
      if (JSON.stringify(neo) !== JSON.stringify(mem)) differ.push(`${name}\n  neo4j:  ${JSON.stringify(neo)}\n  memory: ${JSON.stringify(mem)}`);
      if (Array.isArray(neo) && neo.length) answered++;
    }
    expect(answered).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });
});
