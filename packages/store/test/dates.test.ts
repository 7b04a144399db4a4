// Time on facts in Neo4j: days are Neo4j `date` values (so Cypher's date functions apply), an
// incremental load keeps the earliest firstSeen and the latest lastSeen, and graph.json comes back
// with the same ISO strings it went in with.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseGraphJson, type SerializedEdge } from "@backchannel/schema";
import type { Store } from "@backchannel/store";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graph, openCleanStore } from "./helpers.js";

const dated = parseGraphJson(JSON.parse(readFileSync(join(__dirname, "../../server/test/fixtures/dated.graph.json"), "utf8")));

let store: Store;
beforeAll(async () => {
  store = await openCleanStore();
  await store.load(dated);
});
afterAll(async () => {
  await store.close();
});

const q = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await store.driver.executeQuery(cypher, params, { database: store.database })).records;

const demand = (evidence: { article: string; sentence: string; date?: string; eventDate?: string }[], extra: Record<string, unknown> = {}): SerializedEdge =>
  ({ source: "group:hamas", target: "state:israel", attributes: { type: "DEMANDS", what: "a permanent ceasefire", evidence, ...extra } }) as SerializedEdge;

describe("dates in Neo4j", () => {
  it("stores node dates and relationship firstSeen/lastSeen as Neo4j dates", async () => {
    const [m] = await q("MATCH (m:Meeting {id: 'meeting:cairo-2024-05-02'}) RETURN m.date AS d, m.endDate AS e");
    expect(neo4j.isDate(m!.get("d"))).toBe(true);
    expect(String(m!.get("e"))).toBe("2024-05-03");
    const [p] = await q("MATCH (m:Meeting {id: 'meeting:paris-meeting'}) RETURN m.reportedBy AS r");
    expect(neo4j.isDate(p!.get("r"))).toBe(true);
    const [a] = await q("MATCH (a:Article {id: 'article:a4'}) RETURN a.date AS d");
    expect(String(a!.get("d"))).toBe("2024-08-10");
    // The query of docs/ontology.md: date comparison, not string comparison.
    const rows = await q("MATCH (s)-[r:MEDIATES]->(t) WHERE r.firstSeen >= date('2024-05-01') RETURN s.id AS s, t.id AS t ORDER BY t");
    expect(rows.map((r) => `${r.get("s")} ${r.get("t")}`)).toEqual(["state:egypt meeting:cairo-2024-05-02", "state:egypt state:united-states"]);
  });

  it("derives firstSeen/lastSeen from the evidence's days (eventDate, else date) when the edge has none", async () => {
    const [r] = await q("MATCH (:State {id: 'state:qatar'})-[r:MEDIATES]->(:Meeting {id: 'meeting:doha-2024-01-15'}) RETURN r.firstSeen AS f, r.lastSeen AS l");
    expect([String(r!.get("f")), String(r!.get("l"))]).toEqual(["2024-01-15", "2024-01-15"]);
    const [u] = await q("MATCH (:State {id: 'state:qatar'})-[r:MEETS]->(:Group {id: 'group:hamas'}) RETURN r.firstSeen AS f");
    expect(u!.get("f")).toBeNull(); // undated evidence: no dates at all
  });

  it("gives graph.json back with ISO strings, the same as loaded", async () => {
    const out = await store.exportGraph();
    const cairo = out.nodes.find((n) => n.key === "meeting:cairo-2024-05-02")!;
    expect(cairo.attributes).toMatchObject({ date: "2024-05-02", endDate: "2024-05-03" });
    const inEdge = dated.edges.find((e) => e.source === "group:hamas" && e.attributes.type === "DEMANDS")!;
    const outEdge = out.edges.find((e) => e.source === "group:hamas" && e.target === "state:israel" && e.attributes.type === "DEMANDS")!;
    expect(outEdge.attributes.firstSeen).toBe("2024-01-16");
    expect(outEdge.attributes.lastSeen).toBe("2024-08-10");
    expect(parseGraphJson(out).edges.length).toBe(dated.edges.length);
    expect(outEdge.attributes.evidence).toEqual(inEdge.attributes.evidence);
  });

  it("on an incremental load keeps the earliest firstSeen and the latest lastSeen", async () => {
    const hamas = { key: "group:hamas", attributes: { type: "Hamas", name: "Hamas", aliases: [], articles: [] } };
    const israel = { key: "state:israel", attributes: { type: "State", name: "Israel", aliases: [], articles: [] } };
    const nodes = [{ ...hamas, attributes: { ...hamas.attributes, type: "Group" } }, israel] as never;
    // Later evidence: lastSeen moves on, firstSeen stays.
    await store.load(graph(nodes, [demand([{ article: "a9", sentence: "Hamas still demands a permanent ceasefire.", date: "2024-11-02" }])]));
    // Earlier evidence with the edge's own (earlier) firstSeen: firstSeen moves back, lastSeen stays.
    await store.load(
      graph(nodes, [
        demand([{ article: "a0", sentence: "Hamas first demanded a ceasefire.", date: "2023-12-01" }], { firstSeen: "2023-11-30", lastSeen: "2023-12-01" }),
      ]),
    );
    const [r] = await q(
      "MATCH (:Group {id: 'group:hamas'})-[r:DEMANDS]->(:State {id: 'state:israel'}) RETURN r.firstSeen AS f, r.lastSeen AS l, size(r.evidence) AS n",
    );
    expect([String(r!.get("f")), String(r!.get("l")), Number(r!.get("n"))]).toEqual(["2023-11-30", "2024-11-02", 4]);
    const facts = await store.lookups.demands("Hamas", "by");
    expect(facts[0]).toMatchObject({ firstSeen: "2023-11-30", lastSeen: "2024-11-02" });
    // A reload of the same changes nothing.
    const again = await store.load(graph(nodes, [demand([{ article: "a9", sentence: "Hamas still demands a permanent ceasefire.", date: "2024-11-02" }])]));
    expect(again.relationships).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });
});
