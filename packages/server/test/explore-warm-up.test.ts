// Explore mode at a hub, in Neo4j and in memory: a neighbourhood bigger than its cap is cut, says so, and
// keeps the same most connected nodes in both backends, with caps under and over the length the
// store pads its key lists to (one plan per statement). And the server's start-up warm-up: in the background,
// every explore question once, stopped by close().
import { type EvidenceResponse, type GraphJson, type NeighbourhoodResponse, parseGraphJson } from "@backchannel/schema";
import { type RunningServer, startServer } from "@backchannel/server";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const PEOPLE = 1_200;
const GROUPS = 5;

/** A state every one of 1,200 people meets; person i also meets the first i % 6 of 5 groups (degree 1 to 6). */
function hubGraph(): GraphJson {
  const node = (key: string, type: string, name: string) => ({ key, attributes: { type, name, aliases: [], articles: ["a1"] } });
  const edge = (source: string, target: string) => ({
    source,
    target,
    attributes: { type: "MEETS", evidence: [{ article: "a1", sentence: `${source} met ${target}.` }] },
  });
  const people = Array.from({ length: PEOPLE }, (_, i) => `person:p${String(i).padStart(4, "0")}`);
  const groups = Array.from({ length: GROUPS }, (_, j) => `group:g${j}`);
  return parseGraphJson({
    attributes: {},
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes: [
      node("state:hub", "State", "Hubland"),
      ...people.map((k, i) => node(k, "Person", `Person ${i}`)),
      ...groups.map((k, j) => node(k, "Group", `Group ${j}`)),
    ],
    edges: [...people.map((p) => edge(p, "state:hub")), ...people.flatMap((p, i) => groups.slice(0, i % 6).map((g) => edge(p, g)))],
  });
}

const degreeOf = (key: string): number => {
  if (key === "state:hub") return PEOPLE;
  if (key.startsWith("person:")) return 1 + (Number(key.slice("person:p".length)) % 6);
  const j = Number(key.slice("group:g".length));
  return Array.from({ length: PEOPLE }, (_, i) => i % 6).filter((g) => g > j).length;
};

const get = async (base: string, path: string): Promise<NeighbourhoodResponse> => {
  const r = await fetch(`${base}api/${path}`);
  expect(r.status, path).toBe(200);
  return (await r.json()) as NeighbourhoodResponse;
};
const keys = (r: NeighbourhoodResponse) => r.nodes.map((n) => n.key);

describe("explore mode at a hub, Neo4j and memory", () => {
  const graph = hubGraph();
  let store: Store;
  let neo4j: RunningServer;
  let memory: RunningServer;
  beforeAll(async () => {
    store = await Store.open(inject("neo4j"));
    await wipeDatabase(store);
    await store.ensureSchema();
    await store.load(graph);
    neo4j = await startServer({ port: 0, store, warmUp: false });
    memory = await startServer({ port: 0, graph });
  });
  afterAll(async () => {
    await neo4j?.close();
    await memory?.close();
    await store?.close();
  });

  it("cuts a hub's neighbourhood at the cap, says so, and keeps its most connected neighbours", async () => {
    for (const base of [neo4j.url, memory.url]) {
      const r = await get(base, "neighbourhood?name=state%3Ahub&depth=2&limit=500");
      expect(r.nodes).toHaveLength(500);
      expect(r.truncated).toBe(true);
      expect(r.reached).toBe(PEOPLE + 1);
      const kept = new Set(keys(r));
      expect(kept.has("state:hub")).toBe(true);
      // Depth 1 did not fit, so the walk stopped there: no group, and no dropped person more connected than a kept one.
      expect([...kept].some((k) => k.startsWith("group:"))).toBe(false);
      const keptLeast = Math.min(...[...kept].filter((k) => k !== "state:hub").map(degreeOf));
      const droppedMost = Math.max(...graph.nodes.filter((n) => n.key.startsWith("person:") && !kept.has(n.key)).map((n) => degreeOf(n.key)));
      expect(keptLeast).toBeGreaterThanOrEqual(droppedMost);
      // Every relationship among the kept nodes, and only those.
      expect(r.edges).toHaveLength(499);
      for (const e of r.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
    }
    const [a, b] = await Promise.all([neo4j.url, memory.url].map((base) => get(base, "neighbourhood?name=state%3Ahub&limit=500")));
    expect(keys(a!)).toEqual(keys(b!));
  });

  it("answers alike past the padded length (a cap over 1,000 nodes) and under it", async () => {
    for (const q of ["depth=2&limit=1500", "depth=2&limit=1205", "depth=3&limit=1000", "depth=2&limit=3"]) {
      const [a, b] = await Promise.all([neo4j.url, memory.url].map((base) => get(base, `neighbourhood?name=state%3Ahub&${q}`)));
      expect(keys(a!), q).toEqual(keys(b!));
      expect(a!.edges, q).toEqual(b!.edges);
      expect([a!.reached, a!.truncated], q).toEqual([b!.reached, b!.truncated]);
    }
    const whole = await get(neo4j.url, "neighbourhood?name=state%3Ahub&depth=2&limit=1500");
    expect(whole.nodes).toHaveLength(1 + PEOPLE + GROUPS);
    expect(whole.truncated).toBe(false);
  });

  it("answers a hub's evidence alike in both modes (as values from Neo4j, not relationships)", async () => {
    const sorted = (r: EvidenceResponse) =>
      [...r.relationships].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1));
    const [a, b] = await Promise.all(
      [neo4j.url, memory.url].map(async (base) => (await (await fetch(`${base}api/evidence?node=state%3Ahub`)).json()) as EvidenceResponse),
    );
    expect(a!.relationships).toHaveLength(PEOPLE);
    expect(a!.truncated).toBe(false);
    expect(sorted(a!)).toEqual(sorted(b!));
    expect(sorted(a!)[0]).toEqual({
      type: "MEETS",
      source: "person:p0000",
      target: "state:hub",
      evidence: [{ article: "a1", sentence: "person:p0000 met state:hub." }],
    });
  });

  it("warms up in the background: the server answers before the warm-up ends, which asks every explore question once", async () => {
    const server = await startServer({ port: 0, store });
    try {
      let done = false;
      const warmedUp = server.warmedUp!.then((r) => {
        done = true;
        return r;
      });
      expect(done).toBe(false);
      expect((await fetch(`${server.url}api/health`)).status).toBe(200);
      const report = await warmedUp;
      // The most connected actor, one walk per kind of date window, a name and evidence per label and key length.
      expect(report).toMatchObject({ centre: "state:hub", failed: 0, questions: 1 + 4 + 4 * 2 * 2 });
      expect(report.ms).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it("stops its warm-up when it closes, and warms nothing when asked not to", async () => {
    const server = await startServer({ port: 0, store });
    const warmedUp = server.warmedUp!;
    await server.close();
    // close() aborted it during its first question (the ranking) and waited for that question to end.
    expect((await warmedUp).questions).toBe(1);
    const cold = await startServer({ port: 0, store, warmUp: false });
    expect(cold.warmedUp).toBeUndefined();
    await cold.close();
    const inMemory = await startServer({ port: 0, graph });
    expect(inMemory.warmedUp).toBeUndefined();
    await inMemory.close();
  });
});
