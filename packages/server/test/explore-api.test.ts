// Explore mode's endpoints on a real socket, in both modes over the seeds' graph: GET /api/neighbourhood,
// GET /api/top-actors, and GET /api/graph saying when it is truncated. (Both backends' answers are
// compared on every node in lookup-conformance.test.ts; this checks what they answer.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type GraphResponse, type NeighbourhoodResponse, parseGraphJson, type TopActorsResponse } from "@backchannel/schema";
import { type RunningServer, startServer } from "@backchannel/server";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const seeds = parseGraphJson(JSON.parse(readFileSync(join(__dirname, "fixtures", "seeds.graph.json"), "utf8")));
const get = async <T>(base: string, path: string): Promise<{ status: number; body: T }> => {
  const r = await fetch(`${base}api/${path}`);
  return { status: r.status, body: (await r.json()) as T };
};
const keys = (r: NeighbourhoodResponse) => r.nodes.map((n) => n.key).sort();

function explores(base: () => string): void {
  it("draws Qatar's neighbourhood at depth 1, and more at depth 2", async () => {
    const one = await get<NeighbourhoodResponse>(base(), "neighbourhood?name=Qatar");
    expect(one.status).toBe(200);
    expect(one.body.centre.key).toBe("state:qatar");
    expect(keys(one.body)).toEqual([
      "meeting:doha-talks",
      "meeting:paris-meeting",
      "person:william-burns",
      "state:egypt",
      "state:israel",
      "state:qatar",
      "state:united-states",
    ]);
    expect(one.body.truncated).toBe(false);
    expect(one.body.reached).toBe(7);
    // No evidence (fetched per node by the viewer), no provenance by default, every edge among the nodes.
    expect(one.body.edges.length).toBeGreaterThan(6);
    for (const e of one.body.edges) {
      expect(e.attributes).not.toHaveProperty("evidence");
      expect(e.attributes.type).not.toBe("MENTIONED_IN");
      expect(keys(one.body)).toContain(e.source);
      expect(keys(one.body)).toContain(e.target);
    }
    const two = await get<NeighbourhoodResponse>(base(), "neighbourhood?name=state%3Aqatar&depth=2");
    expect(keys(two.body)).toEqual(expect.arrayContaining(keys(one.body)));
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    expect(keys(two.body)).toContain("group:hamas");
  });

  it("walks only the relationship types asked for, and caps the nodes nearest first", async () => {
    const mediates = await get<NeighbourhoodResponse>(base(), "neighbourhood?name=Qatar&types=MEDIATES");
    expect(mediates.body.edges.every((e) => e.attributes.type === "MEDIATES")).toBe(true);
    expect(keys(mediates.body)).toContain("meeting:doha-talks");
    expect(keys(mediates.body)).not.toContain("state:israel");
    const capped = await get<NeighbourhoodResponse>(base(), "neighbourhood?name=Qatar&depth=3&limit=3");
    expect(capped.body.truncated).toBe(true);
    expect(capped.body.nodes).toHaveLength(3);
    expect(capped.body.reached).toBe(7);
    // The two most connected neighbours of Qatar (degree 10 each), ties by key.
    expect(keys(capped.body)).toEqual(["state:egypt", "state:qatar", "state:united-states"]);
    const articles = await get<NeighbourhoodResponse>(base(), "neighbourhood?name=Qatar&types=MENTIONED_IN");
    expect(articles.body.nodes.some((n) => n.attributes.type === "Article")).toBe(true);
  });

  it("refuses bad requests naming the field, and unknown names with 404", async () => {
    for (const [q, field] of [
      ["", "name"],
      ["name=Qatar&depth=4", "depth"],
      ["name=Qatar&depth=0", "depth"],
      ["name=Qatar&types=LIKES", "types"],
      ["name=Qatar&limit=0", "limit"],
      ["name=Qatar&since=2024-09-01&until=2024-01-01", "until"],
    ] as const) {
      const r = await get<{ field: string }>(base(), `neighbourhood?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.field, q).toBe(field);
    }
    expect((await get(base(), "neighbourhood?name=Atlantis")).status).toBe(404);
    expect((await get(base(), "top-actors?limit=0")).status).toBe(400);
  });

  it("ranks the most connected actors", async () => {
    const top = await get<TopActorsResponse>(base(), "top-actors?limit=4");
    expect(top.body.actors.map((a) => [a.key, a.degree])).toEqual([
      ["state:egypt", 10],
      ["state:united-states", 10],
      ["state:israel", 7],
      ["state:qatar", 7],
    ]);
  });
}

describe("explore mode, memory", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, graph: seeds });
  });
  afterAll(() => server.close());
  explores(() => server.url);

  it("says the graph is whole", async () => {
    const g = await get<GraphResponse>(server.url, "graph?evidence=none");
    expect(g.body.truncated).toBe(false);
    expect(g.body.nodes).toHaveLength(seeds.nodes.length);
  });
});

describe("explore mode, Neo4j", () => {
  let store: Store;
  let server: RunningServer;
  let capped: RunningServer;
  beforeAll(async () => {
    store = await Store.open(inject("neo4j"));
    await wipeDatabase(store);
    await store.ensureSchema();
    await store.load(seeds);
    server = await startServer({ port: 0, store });
    capped = await startServer({ port: 0, store, graphLimit: 20 });
  });
  afterAll(async () => {
    await server?.close();
    await capped?.close();
    await store?.close();
  });
  explores(() => server.url);

  it("says when /api/graph stops at its cap instead of cutting silently", async () => {
    const whole = await get<GraphResponse>(server.url, "graph?evidence=none");
    expect(whole.body.truncated).toBe(false);
    expect(whole.body.nodes).toHaveLength(seeds.nodes.length);
    const cut = await get<GraphResponse>(capped.url, "graph?evidence=none");
    expect(cut.body.truncated).toBe(true);
    expect(cut.body.nodes).toHaveLength(20);
    expect(cut.body.edges.length).toBeLessThanOrEqual(20);
    const full = await get<GraphResponse>(capped.url, "graph");
    expect(full.body.truncated).toBe(true);
  });
});
