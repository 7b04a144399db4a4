// Time on facts end to end: three dated articles over six months (a `date:` line heading each .txt),
// extracted, loaded into Neo4j and served from memory. Until the extractor dates evidence entries
// itself, each entry takes its article's publication day; both backends must date, filter and
// compare facts alike (memory mode asked over HTTP, as the viewer and clients ask it).
import { join } from "node:path";
import { extractPaths } from "@backchannel/extractor";
import type { Changes, Fact, GraphJson } from "@backchannel/schema";
import { type RunningServer, startServer } from "@backchannel/server";
import { type Lookups, Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const pair = (f: Fact) => `${f.from.name} ${f.type} ${f.to.name}`;
let graph: GraphJson;
let store: Store;
let memory: RunningServer;

beforeAll(async () => {
  ({ graph } = await extractPaths([join(__dirname, "../fixtures/dated-corpus")], { workers: 1 }));
  store = await Store.open(inject("neo4j"));
  await wipeDatabase(store);
  await store.load(graph);
  memory = await startServer({ port: 0, graph });
}, 300_000);
afterAll(async () => {
  await memory?.close();
  await store?.close();
});

describe("a dated corpus, in both backends", () => {
  /** The store's answer, checked against memory mode's answer to GET /api/lookup/<path>. */
  const both = async <T extends Fact[] | Changes>(ask: (L: Lookups) => Promise<T>, path: string): Promise<T> => {
    const neo = await ask(store.lookups);
    const body = (await (await fetch(`${memory.url}api/lookup/${path}`)).json()) as { facts: Fact[] } | Changes;
    expect(neo).toEqual("facts" in body ? body.facts : body);
    return neo;
  };

  it("dates each fact by its articles: Egypt's mediation of the Cairo talks ran from April to July", async () => {
    const facts = await both((L) => L.mediators({ meeting: "Cairo talks" }), "mediators?meeting=Cairo%20talks");
    expect(facts.map((f) => [pair(f), f.firstSeen, f.lastSeen])).toEqual([["Egypt MEDIATES Cairo talks", "2024-04-15", "2024-07-02"]]);
    expect(facts[0]!.evidence.map((e) => [e.title, e.date])).toContainEqual(["Talks stall in Cairo", "2024-07-02"]);
  });

  it("lists a timeline in date order and filters it by --since and --until", async () => {
    const all = await both((L) => L.timeline("Egypt"), "timeline?name=Egypt");
    const days = all.map((f) => f.firstSeen ?? "");
    expect(days).toEqual([...days].sort());
    expect(days[0]).toBe("2024-01-20");
    const summer = await both((L) => L.timeline("Egypt", { since: "2024-06-01" }), "timeline?name=Egypt&since=2024-06-01");
    expect(summer.length).toBeGreaterThan(0);
    expect(summer.length).toBeLessThan(all.length);
    expect(summer.every((f) => (f.lastSeen ?? "") >= "2024-06-01")).toBe(true);
    expect(await both((L) => L.timeline("Egypt", { until: "2023-12-31" }), "timeline?name=Egypt&until=2023-12-31")).toEqual([]);
  });

  it("says who stopped mediating and what began in a window", async () => {
    const c = await both((L) => L.changes({ from: "2024-04-01", to: "2024-07-31" }), "changes?from=2024-04-01&to=2024-07-31");
    expect(c.stopped.filter((f) => f.type === "MEDIATES").map((f) => f.from.name)).toContain("Qatar");
    expect(c.started.map(pair)).toContain("Israel DEMANDS Hamas");
    expect(c.started.every((f) => f.firstSeen! >= "2024-04-01" && f.firstSeen! <= "2024-07-31")).toBe(true);
  });
});
