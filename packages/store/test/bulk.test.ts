// A first load through neo4j-admin import gives exactly the graph the transactional loader gives, and
// incremental transactional loads work on top of it. The import stops and starts its server, so this
// test runs a local Neo4j of its own in a temporary folder, on free ports, next to the shared test server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importIntoLocalNeo4j, type LocalNeo4jOptions, startLocalNeo4j, stopLocalNeo4j } from "@backchannel/neo4j-local";
import type { GraphJson } from "@backchannel/schema";
import { Store } from "@backchannel/store";
import { dump, firstGraph, generatedGraph, graph, openCleanStore, secondGraph } from "./helpers.js";

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolvePort(port));
    });
  });

/** The seeds-like graph, a generated one, and property values of every type a graph may carry. */
function mixedGraph(): GraphJson {
  const a = firstGraph();
  const b = generatedGraph(300, 3);
  const g = graph([...a.nodes, ...b.nodes], [...a.edges, ...b.edges]);
  const qatar = g.nodes.find((n) => n.key === "state:qatar")!;
  Object.assign(qatar.attributes, {
    population: 2_700_000,
    ratio: 0.25,
    member: true,
    scores: [1, 2.5],
    note: "",
    codes: ["QA", "QAT"],
    quoted: 'say "yes", then\nno',
  });
  // an original with a syndicated copy: `copies` is a merged list both ways, absent where there is none
  g.nodes.push(
    {
      key: "article:wire-1",
      attributes: { type: "Article", name: "Talks in Oslo", aliases: [], articles: ["wire-1"], source: "Harbour Wire", copies: ["copy-2"] },
    },
    { key: "article:copy-2", attributes: { type: "Article", name: "Oslo talks", aliases: [], articles: ["copy-2"], duplicateOf: "wire-1", source: "Courier" } },
  );
  const firstEdge = g.edges[0]!;
  Object.assign(firstEdge.attributes, { firstSeen: "2024-08-01", weight: 3, flags: ["x", "y"] });
  firstEdge.attributes.evidence.push({ article: "a1", sentence: 'A "quoted", comma; line\nbreak.', start: 3, end: 9, rule: "other", date: "2024-08-10" });
  return g;
}

const dataDir = mkdtempSync(join(tmpdir(), "backchannel-bulk-"));
let opts: LocalNeo4jOptions;
let bulk: Store;
let tx: Store;

beforeAll(async () => {
  // The shared test server's resolved classpath, when there is one, spares a Maven run.
  const cached = join(process.cwd(), ".backchannel", "test-neo4j", "classpath-5.26.30.txt");
  if (existsSync(cached)) copyFileSync(cached, join(dataDir, "classpath-5.26.30.txt"));
  opts = { dataDir, boltPort: await freePort(), httpPort: await freePort(), heap: "512m", pagecache: "128m" };
  bulk = await Store.open(await startLocalNeo4j(opts));
  tx = await openCleanStore();
}, 600_000);

afterAll(async () => {
  await bulk?.close();
  await tx?.close();
  await stopLocalNeo4j(opts);
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe("bulk first load", () => {
  it("imports the same graph the transactional loader writes, property for property", async () => {
    const g = mixedGraph();
    expect(await bulk.isEmpty()).toBe(true);
    const r = await bulk.bulkLoad(g, { workDir: join(dataDir, "import-work"), importer: (files) => importIntoLocalNeo4j(opts, files).then(() => undefined) });
    if (r.refused !== undefined) throw new Error(r.refused);
    expect(r.summary.nodes).toEqual({ created: g.nodes.length, updated: 0, unchanged: 0 });
    expect(r.summary.relationships).toEqual({ created: g.edges.length, updated: 0, unchanged: 0 });
    await tx.load(g);
    const bulkDump = await dump(bulk);
    expect(bulkDump.length).toBe(g.nodes.length + g.edges.length);
    expect(bulkDump).toEqual(await dump(tx));
    // The schema is there too: constraints, name indexes and the full-text index.
    const idx = await bulk.driver.executeQuery(
      "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN collect(name) AS n",
      {},
      { database: bulk.database },
    );
    expect((idx.records[0]!.get("n") as string[]).sort()).toEqual(
      [
        "article_id",
        "article_name",
        "entity_names",
        "group_id",
        "group_name",
        "meeting_id",
        "meeting_name",
        "person_id",
        "person_name",
        "state_id",
        "state_name",
      ].sort(),
    );
    expect(existsSync(join(dataDir, "import-work"))).toBe(false);
  }, 600_000);

  it("takes incremental transactional loads afterwards, idempotently", async () => {
    const again = await bulk.load(mixedGraph());
    expect(again.nodes.created + again.nodes.updated).toBe(0);
    expect(again.relationships.created + again.relationships.updated).toBe(0);
    const s = await bulk.load(secondGraph());
    expect(s.nodes.created).toBe(1);
    expect(s.relationships.created).toBe(1);
    await tx.load(secondGraph());
    expect(await dump(bulk)).toEqual(await dump(tx));
    // a later run's copy of the imported original: added to its copies on both
    const laterCopy = graph(
      [
        {
          key: "article:wire-1",
          attributes: { type: "Article", name: "Talks in Oslo", aliases: [], articles: ["wire-1"], source: "Harbour Wire", copies: ["copy-3"] },
        },
        { key: "article:copy-3", attributes: { type: "Article", name: "Norway talks", aliases: [], articles: ["copy-3"], duplicateOf: "wire-1" } },
      ],
      [],
    );
    expect((await bulk.load(laterCopy)).nodes).toMatchObject({ created: 1, updated: 1 });
    await tx.load(laterCopy);
    const copies = await bulk.query("MATCH (a:Article {id: 'article:wire-1'}) RETURN a.copies");
    expect([...(copies.rows[0]![0] as string[])].sort()).toEqual(["copy-2", "copy-3"]);
    expect(await dump(bulk)).toEqual(await dump(tx));
    const before = await dump(bulk);
    const twice = await bulk.load(secondGraph());
    expect(twice.nodes.created + twice.nodes.updated + twice.relationships.created + twice.relationships.updated).toBe(0);
    expect(await dump(bulk)).toEqual(before);
    expect(await bulk.loadArticleTexts([{ id: "a1", text: "The text." }])).toBe(1);
  }, 300_000);

  it("refuses what an import cannot store exactly (the transactional loader takes it instead)", async () => {
    const g = firstGraph();
    g.nodes[0]!.attributes.aliases = ["a\u001fb"];
    const r = await bulk.bulkLoad(g, { workDir: join(dataDir, "refused"), importer: () => Promise.reject(new Error("must not import")) });
    expect(r.refused).toMatch(/U\+001F/);
  });
});
