// Article texts end to end: `extract` writes them beside graph.json, evidence offsets point into them,
// the store puts them on Article nodes (and keeps them out of the exported graph), and the server
// answers GET /api/article from Neo4j and from memory alike.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type ArticleText, articleTextsFile, type GraphJson } from "@backchannel/schema";
import { type RunningServer, startServer } from "@backchannel/server";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const run = promisify(execFile);
const CLI = join(__dirname, "../../bin/backchannel.js");
const SEEDS = join(__dirname, "../../../../seeds");

let dir: string;
let graph: GraphJson;
let texts: ArticleText[];
let store: Store;
let memory: RunningServer;
let neo: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "backchannel-texts-"));
  const out = join(dir, "graph.json");
  // --no-history: the seeds on their own, whatever the working directory's earlier runs extracted
  await run(process.execPath, [CLI, "extract", SEEDS, "--out", out, "--workers", "1", "--no-history"]);
  graph = JSON.parse(await readFile(out, "utf8")) as GraphJson;
  texts = (await readFile(articleTextsFile(out), "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ArticleText);
  store = await Store.open(inject("neo4j"));
  await wipeDatabase(store);
  await store.load(graph);
  await store.loadArticleTexts(texts);
  memory = await startServer({ port: 0, graph, articleTextsFile: articleTextsFile(out) });
  neo = await startServer({ port: 0, store });
}, 300_000);
afterAll(async () => {
  await memory?.close();
  await neo?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("article texts", () => {
  it("are written beside graph.json, one per article, and every evidence offset points at its sentence", () => {
    const articles = graph.nodes.filter((n) => n.attributes.type === "Article");
    expect(texts.map((t) => `article:${t.id}`).sort()).toEqual(articles.map((a) => a.key).sort());
    const byId = new Map(texts.map((t) => [t.id, t.text]));
    let checked = 0;
    for (const e of graph.edges)
      for (const ev of e.attributes.evidence) {
        if (ev.start === undefined || ev.end === undefined) continue;
        expect(byId.get(ev.article)!.slice(ev.start, ev.end)).toBe(ev.sentence);
        checked++;
      }
    expect(checked).toBeGreaterThan(50);
  });

  it("are served by GET /api/article from memory and from Neo4j alike, and 404 when unknown", async () => {
    const t = texts.find((x) => x.date) ?? texts[0]!;
    for (const server of [memory, neo]) {
      const r = await fetch(`${server.url}api/article?id=${encodeURIComponent(t.id)}`);
      expect(r.status).toBe(200);
      const body = (await r.json()) as ArticleText;
      expect(body).toMatchObject({ id: t.id, text: t.text, ...(t.date ? { date: t.date } : {}) });
      const missing = await fetch(`${server.url}api/article?id=no-such-article`);
      expect(missing.status).toBe(404);
    }
  });

  it("stay out of the graph Neo4j exports", async () => {
    const exported = await store.exportGraph();
    const article = exported.nodes.find((n) => n.attributes.type === "Article")!;
    expect(article.attributes).not.toHaveProperty("text");
    expect(await store.articleText(article.key)).toMatchObject({ text: expect.any(String) });
  });
});
