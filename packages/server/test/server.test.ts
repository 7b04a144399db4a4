// The HTTP API on a real socket: memory mode (graph.json) and Neo4j mode (the test server).
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type RunningServer } from "@backchannel/server";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import {
  type EvidenceResponse,
  EvidenceResponseSchema,
  type GraphJson,
  GraphResponseSchema,
  InfoResponseSchema,
  LookupResponseSchema,
  NeighbourhoodResponseSchema,
  QueryResultSchema,
  SearchResponseSchema,
  TopActorsResponseSchema,
} from "@backchannel/schema";
import type { z } from "zod";

const graph: GraphJson = {
  attributes: {},
  options: { type: "mixed", multi: true, allowSelfLoops: false },
  nodes: [
    { key: "state:qatar", attributes: { type: "State", name: "Qatar", aliases: ["Qatari"], articles: ["a1"] } },
    { key: "meeting:doha", attributes: { type: "Meeting", name: "Doha talks", aliases: [], articles: ["a1"], place: "Doha", date: "2024-08-15" } },
    { key: "person:x", attributes: { type: "Person", name: "<img src=x onerror=alert(1)>", aliases: [], articles: ["a1"] } },
  ],
  edges: [
    {
      source: "state:qatar",
      target: "meeting:doha",
      attributes: { type: "MEDIATES", evidence: [{ article: "a1", sentence: "Qatar mediates the Doha talks." }], cameo: "045" },
    },
  ],
};

const dir = mkdtempSync(join(tmpdir(), "bc-server-"));
const staticDir = join(dir, "www");
mkdirSync(staticDir);
writeFileSync(join(staticDir, "index.html"), "<!doctype html><title>viewer</title>");
writeFileSync(join(dir, "secret.txt"), "not for the web");

const post = (url: string, body: unknown, type = "application/json") =>
  fetch(url, { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : JSON.stringify(body) });

/**
 * GET /api/openapi.json describes every endpoint, and real answers have exactly the documented
 * shape: parsing with the schema the document is generated from keeps every field (zod drops
 * undocumented ones, so an answer with a field the document lacks would not come back equal).
 */
async function checkOpenApi(base: string, cypher: boolean): Promise<void> {
  const r = await fetch(`${base}api/openapi.json`);
  expect(r.status).toBe(200);
  const doc = (await r.json()) as {
    openapi: string;
    paths: Record<string, Record<string, { parameters?: { name: string; required: boolean; schema: { enum?: string[] } }[] }>>;
  };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths).sort()).toEqual([
    "/api/article",
    "/api/evidence",
    "/api/graph",
    "/api/health",
    "/api/info",
    "/api/lookup/{kind}",
    "/api/neighbourhood",
    "/api/openapi.json",
    "/api/query",
    "/api/search",
    "/api/top-actors",
  ]);
  expect(doc.paths["/api/neighbourhood"]!.get!.parameters!.map((p) => [p.name, p.required])).toEqual([
    ["name", true],
    ["depth", false],
    ["types", false],
    ["since", false],
    ["until", false],
    ["limit", false],
  ]);
  const lookupParams = doc.paths["/api/lookup/{kind}"]!.get!.parameters!;
  expect(lookupParams.find((p) => p.name === "kind")?.schema.enum).toEqual([
    "mediators",
    "meetings",
    "met",
    "demands",
    "affiliations",
    "neighbours",
    "paths",
    "timeline",
    "changes",
  ]);
  expect(doc.paths["/api/search"]!.get!.parameters!.map((p) => [p.name, p.required])).toEqual([
    ["q", true],
    ["limit", false],
  ]);
  const same = async (schema: z.ZodType, path: string, init?: RequestInit) => {
    const res = await fetch(`${base}${path}`, init);
    expect(res.status, path).toBe(200);
    const body = await res.json();
    expect(schema.parse(body), path).toEqual(body);
  };
  await same(InfoResponseSchema, "api/info");
  await same(GraphResponseSchema, "api/graph");
  await same(EvidenceResponseSchema, "api/evidence?node=state%3Aqatar");
  await same(SearchResponseSchema, "api/search?q=qatar");
  await same(LookupResponseSchema, "api/lookup/mediators?meeting=Doha%20talks");
  await same(LookupResponseSchema, "api/lookup/paths?name=Qatar&other=Doha%20talks");
  await same(NeighbourhoodResponseSchema, "api/neighbourhood?name=Qatar&depth=2");
  await same(TopActorsResponseSchema, "api/top-actors");
  if (cypher) {
    await same(QueryResultSchema, "api/query", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cypher: "MATCH (s:State)-[r]->(m) RETURN s, r, m" }),
    });
  }
}

/** The lean graph and GET /api/evidence: the same answers in both modes. */
async function checkEvidenceApi(base: string): Promise<void> {
  const full = (await (await fetch(`${base}api/graph`)).json()) as GraphJson;
  expect(full.edges[0]!.attributes.evidence[0]!.sentence).toBe("Qatar mediates the Doha talks.");
  const lean = (await (await fetch(`${base}api/graph?evidence=none`)).json()) as GraphJson;
  expect(lean.nodes.map((n) => n.key).sort()).toEqual(full.nodes.map((n) => n.key).sort());
  expect(lean.edges).toHaveLength(1);
  expect(lean.edges[0]!.attributes).not.toHaveProperty("evidence");
  expect(lean.edges[0]!.attributes).toMatchObject({ type: "MEDIATES", cameo: "045" });
  expect(JSON.stringify(lean)).not.toContain("Qatar mediates");

  const ofNode = (await (await fetch(`${base}api/evidence?node=state%3Aqatar`)).json()) as EvidenceResponse;
  expect(ofNode).toEqual({
    relationships: [
      {
        type: "MEDIATES",
        source: "state:qatar",
        target: "meeting:doha",
        evidence: [expect.objectContaining({ article: "a1", sentence: "Qatar mediates the Doha talks." })],
      },
    ],
    truncated: false,
  });
  // Both directions: the meeting sees the same relationship.
  const ofMeeting = (await (await fetch(`${base}api/evidence?node=meeting%3Adoha`)).json()) as EvidenceResponse;
  expect(ofMeeting.relationships.map((r) => r.source)).toEqual(["state:qatar"]);
  const one = (await (await fetch(`${base}api/evidence?type=MEDIATES&source=state%3Aqatar&target=meeting%3Adoha`)).json()) as EvidenceResponse;
  expect(one.relationships.map((r) => r.evidence[0]!.sentence)).toEqual(["Qatar mediates the Doha talks."]);
  // Wrong type or direction: no such relationship, an empty answer (not an error).
  for (const q of [
    "type=MEETS&source=state%3Aqatar&target=meeting%3Adoha",
    "type=MEDIATES&source=meeting%3Adoha&target=state%3Aqatar",
    "node=state%3Aatlantis",
  ]) {
    const r = await fetch(`${base}api/evidence?${q}`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as EvidenceResponse).relationships).toEqual([]);
  }
  // Bad requests: 400 naming the field.
  for (const [q, field] of [
    ["", "type"],
    ["type=MEDIATES&source=state%3Aqatar", "target"],
    ["node=state%3Aqatar&type=MEDIATES", "type"],
    ["type=LIKES&source=a&target=b", "type"],
    ["node=", "node"],
  ] as const) {
    const r = await fetch(`${base}api/evidence?${q}`);
    expect(r.status, q).toBe(400);
    expect(await r.json()).toMatchObject({ field });
  }
  const badGraph = await fetch(`${base}api/graph?evidence=some`);
  expect(badGraph.status).toBe(400);
  expect(await badGraph.json()).toMatchObject({ field: "evidence" });
}

describe("memory mode", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, staticDir, graph });
  });
  afterAll(() => server.close());

  it("binds 127.0.0.1 by default", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves info, the graph and search", async () => {
    expect(await (await fetch(`${server.url}api/info`)).json()).toEqual({ mode: "memory", nodes: 3, edges: 1, cypher: false });
    const g = (await (await fetch(`${server.url}api/graph`)).json()) as GraphJson;
    expect(g.nodes).toHaveLength(3);
    const s = (await (await fetch(`${server.url}api/search?q=qatari`)).json()) as { results: { key: string }[] };
    expect(s.results.map((r) => r.key)).toEqual(["state:qatar"]);
  });

  it("answers a bad request with 400 naming the field", async () => {
    const r = await fetch(`${server.url}api/search?q=`);
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ field: "q" });
    const bad = await post(`${server.url}api/query`, { cypher: 42 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: "cypher" });
    const notJson = await post(`${server.url}api/query`, "{oops");
    expect(notJson.status).toBe(400);
    const body = await notJson.text();
    expect(body).not.toMatch(/at .*\.js:\d+/); // no stack
  });

  it("describes itself in OpenAPI 3.1, and answers in the documented shapes", async () => {
    await checkOpenApi(server.url, false);
  });

  it("says the Cypher box needs Neo4j", async () => {
    const r = await post(`${server.url}api/query`, { cypher: "RETURN 1" });
    expect(r.status).toBe(503);
    expect(((await r.json()) as { error: string }).error).toMatch(/needs Neo4j/);
  });

  it("answers lookups from memory, with evidence", async () => {
    const r = await fetch(`${server.url}api/lookup/mediators?meeting=Doha%20talks`);
    const body = (await r.json()) as { facts: { from: { name: string }; evidence: { sentence: string }[] }[] };
    expect(body.facts.map((f) => f.from.name)).toEqual(["Qatar"]);
    expect(body.facts[0]!.evidence[0]!.sentence).toBe("Qatar mediates the Doha talks.");
    const meetings = (await (await fetch(`${server.url}api/lookup/meetings?name=Qatari`)).json()) as { facts: { to: { date: string } }[] };
    expect(meetings.facts[0]!.to.date).toBe("2024-08-15");
    expect((await fetch(`${server.url}api/lookup/met?name=Atlantis`)).status).toBe(404);
  });

  it("serves the graph without evidence and the evidence per node or relationship", async () => {
    await checkEvidenceApi(server.url);
  });

  it("gives a relationship's own key back, and leaves provenance out of a node's evidence", async () => {
    const withArticle: GraphJson = {
      ...graph,
      nodes: [...graph.nodes, { key: "article:a1", attributes: { type: "Article", name: "a1", aliases: [], articles: [] } }],
      edges: [
        { key: "own-key", ...graph.edges[0]! },
        { source: "state:qatar", target: "article:a1", attributes: { type: "MENTIONED_IN", evidence: [{ article: "a1", sentence: "Qatar is named." }] } },
      ],
    };
    const other = await startServer({ port: 0, graph: withArticle });
    try {
      const ofNode = (await (await fetch(`${other.url}api/evidence?node=state%3Aqatar`)).json()) as EvidenceResponse;
      expect(ofNode.relationships.map((r) => [r.key, r.type])).toEqual([["own-key", "MEDIATES"]]);
      const mention = (await (await fetch(`${other.url}api/evidence?type=MENTIONED_IN&source=state%3Aqatar&target=article%3Aa1`)).json()) as EvidenceResponse;
      expect(mention.relationships).toEqual([
        { type: "MENTIONED_IN", source: "state:qatar", target: "article:a1", evidence: [{ article: "a1", sentence: "Qatar is named." }] },
      ]);
    } finally {
      await other.close();
    }
  });

  it("serves the viewer with a strict CSP and never files outside it", async () => {
    const r = await fetch(server.url);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    const traversal = await fetch(`${server.url}..%2Fsecret.txt`);
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain("not for the web");
  });
});

describe("Neo4j mode", () => {
  let server: RunningServer;
  let store: Store;
  beforeAll(async () => {
    store = await Store.open(inject("neo4j"));
    await wipeDatabase(store);
    await store.load(graph);
    server = await startServer({ port: 0, staticDir, store, queryTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it("runs read-only Cypher with parameters and returns the subgraph", async () => {
    const r = await post(`${server.url}api/query`, { cypher: "MATCH (s:State {name: $n})-[r]->(m) RETURN s, r, m", params: { n: "Qatar" } });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { rows: unknown[][]; graph: GraphJson; truncated: boolean };
    expect(body.rows).toHaveLength(1);
    expect(body.graph.nodes.map((n) => n.key).sort()).toEqual(["meeting:doha", "state:qatar"]);
    expect(body.truncated).toBe(false);
  });

  it("describes itself in OpenAPI 3.1, and answers in the documented shapes", async () => {
    await checkOpenApi(server.url, true);
  });

  it("refuses a write with 400 and a clear message", async () => {
    const r = await post(`${server.url}api/query`, { cypher: "MATCH (n) DETACH DELETE n" });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toMatch(/read/);
    expect((await store.counts()).nodes).toBe(3);
  });

  it("serves lookups with evidence, and 404 for an unknown name", async () => {
    const r = await fetch(`${server.url}api/lookup/mediators?meeting=Doha%20talks`);
    const body = (await r.json()) as { facts: { from: { name: string }; evidence: { sentence: string }[] }[] };
    expect(body.facts[0]!.from.name).toBe("Qatar");
    expect(body.facts[0]!.evidence[0]!.sentence).toBe("Qatar mediates the Doha talks.");
    const unknown = await fetch(`${server.url}api/lookup/meetings?name=Atlantis`);
    expect(unknown.status).toBe(404);
    const missing = await fetch(`${server.url}api/lookup/meetings`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ field: "name" });
  });

  it("serves the graph without evidence and the evidence per node or relationship", async () => {
    await checkEvidenceApi(server.url);
  });

  it("never sends Neo4j credentials to the browser", async () => {
    const { password } = inject("neo4j");
    for (const path of ["api/info", "api/graph", "api/search?q=Qatar"]) {
      expect(await (await fetch(`${server.url}${path}`)).text()).not.toContain(password);
    }
  });
});
