// `watch` with a near-duplicate history: a syndicated copy dropped into the folder after its original
// was read (a later cycle) is loaded as a copy of that original, not extracted again: no facts of its
// own, the original's Article lists it in `copies`, and the original's node is otherwise unchanged. A
// watch started again reads its history back: the folder read again changes nothing, and a copy that
// arrives then joins the copies already loaded.
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ArticleHistory } from "@backchannel/extractor";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { WatchResult } from "../../src/types.js";
import { watchFolder } from "../../src/watch.js";

const WIRE = join(__dirname, "../../../extractor/test/fixtures/ingest/wire");

let dir: string;
let historyFile: string;
let store: Store;

/** A watch of `dir` with the history read from its file, as `backchannel watch` starts one. */
class Watch {
  readonly results: WatchResult[] = [];
  scans = 0;
  private readonly stop = new AbortController();
  private running: Promise<void> | undefined;

  async start(): Promise<this> {
    const history = await ArticleHistory.open(historyFile);
    this.running = watchFolder(dir, store, {
      intervalMs: 150,
      history,
      signal: this.stop.signal,
      onResult: (r) => this.results.push(r),
      onScan: () => this.scans++,
    });
    return this;
  }

  async end(): Promise<void> {
    this.stop.abort();
    await this.running;
  }

  /** Waits until `n` files were read and one more scan has passed (at most 30 s). */
  async read(n: number): Promise<void> {
    const deadline = performance.now() + 30_000;
    while (this.results.length < n) {
      if (performance.now() > deadline) throw new Error(`timed out waiting for the watch to read ${n} files (${this.results.length} read)`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const value = async (cypher: string) => (await store.query(cypher)).rows[0]?.[0];
const original = async () =>
  (await store.query("MATCH (a:Article {id: 'article:01-harbour-wire'}) RETURN properties(a) AS p")).rows[0]![0] as Record<string, unknown>;

let watch: Watch;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "backchannel-watch-copies-"));
  historyFile = join(dir, ".state", "signatures.jsonl");
  store = await Store.open(inject("neo4j"));
  await wipeDatabase(store);
  watch = await new Watch().start();
}, 120_000);
afterAll(async () => {
  await watch?.end();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("watch: a copy arriving in a later cycle", () => {
  let before: Record<string, unknown>;
  let relationships: number;

  it("reads the original and records it in the history", async () => {
    await copyFile(join(WIRE, "01-harbour-wire.md"), join(dir, "01-harbour-wire.md"));
    await watch.read(1);
    expect(watch.results[0]).toMatchObject({ articles: 1, copies: 0, failed: [] });
    expect(watch.results[0]!.relationships).toBeGreaterThan(0);
    expect((await ArticleHistory.open(historyFile)).has("01-harbour-wire")).toBe(true);
    before = await original();
    relationships = Number(await value("MATCH ()-[r]->() RETURN count(r)"));
  });

  it("loads the copy as a copy of the original: no facts of its own, listed in the original's copies", async () => {
    await copyFile(join(WIRE, "02-lakeside-courier.md"), join(dir, "02-lakeside-courier.md"));
    await watch.read(2);
    expect(watch.results[1]).toMatchObject({ file: join(dir, "02-lakeside-courier.md"), articles: 1, copies: 1, relationships: 0, failed: [] });
    const copy = (await store.query("MATCH (a:Article {id: 'article:02-lakeside-courier'}) RETURN a.duplicateOf, a.source, a.title")).rows[0];
    expect(copy).toEqual(["01-harbour-wire", "Lakeside Courier", "Old enemies back at the table in Norway"]);
    expect(await value("MATCH (:Article {id: 'article:02-lakeside-courier'})-[r]-() RETURN count(r)")).toBe(0);
    expect(Number(await value("MATCH ()-[r]->() RETURN count(r)"))).toBe(relationships);
    const { copies, loadHash: _h1, ...now } = await original();
    const { loadHash: _h0, ...then } = before;
    expect(copies).toEqual(["02-lakeside-courier"]);
    // the original's name, title, source, text and the rest are what the first cycle loaded
    expect(now).toEqual(then);
  });

  it("after a restart reads the folder again changing nothing, and adds a later copy to the original's copies", async () => {
    await watch.end();
    const articles = async () => Number(await value("MATCH (a:Article) RETURN count(a)"));
    const lines = (await readFile(historyFile, "utf8")).split("\n").filter(Boolean).length;
    watch = await new Watch().start();
    // the first scan reads every file again: the original is itself, the copy still a copy
    await watch.read(2);
    const byFile = new Map(watch.results.map((r) => [r.file, r]));
    expect(byFile.get(join(dir, "01-harbour-wire.md"))).toMatchObject({ articles: 1, copies: 0 });
    expect(byFile.get(join(dir, "02-lakeside-courier.md"))).toMatchObject({ articles: 1, copies: 1, relationships: 0 });
    expect([await articles(), Number(await value("MATCH ()-[r]->() RETURN count(r)"))]).toEqual([2, relationships]);
    expect((await readFile(historyFile, "utf8")).split("\n").filter(Boolean).length).toBe(lines);

    await copyFile(join(WIRE, "03-valley-times.md"), join(dir, "03-valley-times.md"));
    await watch.read(3);
    expect(watch.results[2]).toMatchObject({ file: join(dir, "03-valley-times.md"), copies: 1, relationships: 0 });
    const { copies, loadHash: _h1, ...now } = await original();
    const { loadHash: _h0, ...then } = before;
    // merged with the copy an earlier load brought, not replacing it
    expect([...(copies as string[])].sort()).toEqual(["02-lakeside-courier", "03-valley-times"]);
    expect(now).toEqual(then);
    expect(await articles()).toBe(3);
  });
});
