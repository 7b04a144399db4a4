// Near-duplicates across runs: the history (input/history.ts) keeps the signatures of the articles a
// run extracted, so a syndicated copy that arrives in a later run is kept as a copy of the article
// extracted before, not extracted again. Re-running the same inputs changes nothing, a history read
// back from its file acts as the one its writer held, and a write torn by a crash is skipped.
import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseGraphJson } from "@backchannel/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleHistory, extractPaths } from "../src/index.js";

const WIRE = join(__dirname, "fixtures", "ingest", "wire");
const ORIGINAL = join(WIRE, "01-harbour-wire.md");
const COPIES = [join(WIRE, "02-lakeside-courier.md"), join(WIRE, "03-valley-times.md")];
const OTHER_STORY = join(WIRE, "04-geneva-follow-up.md");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "backchannel-history-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One run the way the CLI does it: extract with the history, then record what was extracted. */
async function run(paths: string[], history: ArticleHistory, opts: { workers?: number } = {}) {
  const r = await extractPaths(paths, { history, workers: opts.workers ?? 1 });
  const recorded = await history.record(r.originals);
  return { ...r, recorded };
}

const node = (g: { nodes: { key: string; attributes: Record<string, unknown> }[] }, id: string) => g.nodes.find((n) => n.key === `article:${id}`)?.attributes;

describe("a copy arriving in a later run", () => {
  it("is kept as a copy of the article the first run extracted, and not extracted again", async () => {
    const file = join(dir, "later.jsonl");
    const first = await run([ORIGINAL, OTHER_STORY], await ArticleHistory.open(file));
    expect(first.recorded).toBe(2);
    expect(first.report.copies).toBe(0);

    const second = await run(COPIES, await ArticleHistory.open(file));
    expect(second.report).toMatchObject({ articlesRead: 2, copies: 2, earlierCopies: 2, relationships: 0 });
    expect(second.recorded).toBe(0);
    const g = second.graph;
    // the original's node as the first run wrote it, now listing both copies
    const { copies, ...original } = node(g, "01-harbour-wire")!;
    expect(copies).toEqual(["02-lakeside-courier", "03-valley-times"]);
    expect(original).toEqual(node(first.graph, "01-harbour-wire"));
    expect(node(g, "02-lakeside-courier")).toMatchObject({ duplicateOf: "01-harbour-wire", source: "Lakeside Courier", title: "Old enemies back at the table in Norway" });
    expect(node(g, "03-valley-times")).toMatchObject({ duplicateOf: "01-harbour-wire", source: "Valley Times" });
    // no facts, no mentions: the copies' text was not read again
    expect(g.edges).toEqual([]);
    expect(g.nodes.map((n) => n.key).sort()).toEqual(["article:01-harbour-wire", "article:02-lakeside-courier", "article:03-valley-times"]);
    expect(() => parseGraphJson(g)).not.toThrow();
  });

  it("is extracted as before without a history (each run on its own)", async () => {
    const alone = await extractPaths(COPIES, { workers: 1 });
    expect(alone.report).toMatchObject({ copies: 1, earlierCopies: 0 });
    expect(alone.graph.edges.some((e) => e.attributes.evidence.some((x) => x.article === "02-lakeside-courier"))).toBe(true);
    expect(alone.originals).toEqual([]);
  });

  it("gives the graph of one run over all the inputs when the original is read again with its copies", async () => {
    const file = join(dir, "again.jsonl");
    const once = await extractPaths([ORIGINAL, ...COPIES, OTHER_STORY], { workers: 1 });
    await run([ORIGINAL], await ArticleHistory.open(file));
    // the copy first, then the original read again: the copy is the earlier run's, the original is itself
    const again = await run([COPIES[0]!, ORIGINAL, COPIES[1]!, OTHER_STORY], await ArticleHistory.open(file));
    expect(again.report).toMatchObject({ copies: 2, earlierCopies: 1 });
    expect(node(again.graph, "01-harbour-wire")).toEqual(node(once.graph, "01-harbour-wire"));
    expect(again.graph.edges.map((e) => e.attributes.evidence.map((x) => x.article))).toEqual(once.graph.edges.map((e) => e.attributes.evidence.map((x) => x.article)));
  });
});

describe("running again", () => {
  it("gives the same graph and leaves the history file as it was (idempotent)", async () => {
    const file = join(dir, "rerun.jsonl");
    const inputs = [ORIGINAL, ...COPIES, OTHER_STORY];
    const first = await run(inputs, await ArticleHistory.open(file));
    const bytes = await readFile(file);
    for (const workers of [1, 2]) {
      const again = await run(inputs, await ArticleHistory.open(file), { workers });
      expect(again.recorded).toBe(0);
      expect(JSON.stringify(again.graph)).toBe(JSON.stringify(first.graph));
      expect(await readFile(file)).toEqual(bytes);
    }
  });

  it("acts the same whether the history is read back from its file or kept in memory (deterministic)", async () => {
    const file = join(dir, "replay.jsonl");
    const kept = ArticleHistory.inMemory();
    const written = await ArticleHistory.open(file);
    for (const batch of [[OTHER_STORY], [ORIGINAL], COPIES]) {
      const fromMemory = await run(batch, kept);
      const fromFile = await run(batch, await ArticleHistory.open(file));
      await written.record(fromFile.originals);
      expect(JSON.stringify(fromFile.graph)).toBe(JSON.stringify(fromMemory.graph));
    }
    expect((await ArticleHistory.open(file)).size).toBe(kept.size);
  });

  it("replaces an article whose text changed: a copy of its old text is no longer its copy", async () => {
    const file = join(dir, "changed.jsonl");
    const story = join(dir, "story.md");
    await writeFile(story, await readFile(ORIGINAL, "utf8"));
    await run([story], await ArticleHistory.open(file));
    await writeFile(story, await readFile(OTHER_STORY, "utf8"));
    const changed = await run([story], await ArticleHistory.open(file));
    expect(changed.recorded).toBe(1);
    const later = await run(COPIES, await ArticleHistory.open(file));
    expect(later.report).toMatchObject({ copies: 1, earlierCopies: 0 });
    expect(node(later.graph, "story")).toBeUndefined();
  });

  it("does not record an original that failed to extract: its later copy is extracted", async () => {
    const file = join(dir, "failed.jsonl");
    const history = await ArticleHistory.open(file);
    const r = await extractPaths([ORIGINAL, OTHER_STORY], { history, workers: 1, testHooks: { throwOn: "01-harbour-wire" } });
    expect(r.report.failed.map((f) => f.reason)).toEqual([expect.stringMatching(/extraction failed for article 01-harbour-wire/)]);
    expect(r.originals.map((a) => a.id)).toEqual(["04-geneva-follow-up"]);
    await history.record(r.originals);
    const later = await run([COPIES[0]!], await ArticleHistory.open(file));
    expect(later.report.copies).toBe(0);
    expect(later.graph.edges.length).toBeGreaterThan(0);
  });
});

describe("the history file", () => {
  it("survives a write torn by a crash: the torn line is skipped and the next write starts a line of its own", async () => {
    const file = join(dir, "torn.jsonl");
    await run([ORIGINAL], await ArticleHistory.open(file));
    const whole = await readFile(file, "utf8");
    // what a crash in the middle of the next append leaves: half a line, no line break
    const line = whole.split("\n")[1]!;
    await appendFile(file, line.slice(0, 200));
    const reopened = await ArticleHistory.open(file);
    expect(reopened.damaged).toBe(1);
    expect(reopened.has("01-harbour-wire")).toBe(true);
    await run([OTHER_STORY], reopened);
    const after = await ArticleHistory.open(file);
    expect(after.damaged).toBe(1);
    expect([after.has("01-harbour-wire"), after.has("04-geneva-follow-up")]).toEqual([true, true]);
    const later = await run(COPIES, after);
    expect(later.report.earlierCopies).toBe(2);
  });

  it("is refused, naming the file, when it is not a history of this version", async () => {
    const file = join(dir, "notes.jsonl");
    await writeFile(file, '{"some":"other file"}\n');
    await expect(ArticleHistory.open(file)).rejects.toThrow(/notes\.jsonl is not a near-duplicate history of this version/);
  });

  it("starts empty when the file does not exist, and is made with its header on the first write", async () => {
    const file = join(dir, "sub", "new.jsonl");
    const h = await ArticleHistory.open(file);
    expect(h.size).toBe(0);
    await run([ORIGINAL], h);
    const lines = (await readFile(file, "utf8")).split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ history: "backchannel near-duplicates", version: 1, signatureSize: 128 });
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: "01-harbour-wire", node: { name: "Ruritania and Elbonia meet in Oslo", source: "Harbour Wire", date: "2024-03-14" } });
    expect(lines[2]).toBe("");
  });
});
