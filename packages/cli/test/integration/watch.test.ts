// `backchannel watch`: files dropped into a folder are extracted and loaded as they arrive, each
// reported; a changed file updates its article; nothing is read twice.
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeWatchResult } from "../../src/run-commands.js";
import type { WatchResult } from "../../src/types.js";
import { watchFolder } from "../../src/watch.js";

const INGEST = join(__dirname, "../../../extractor/test/fixtures/ingest");

let dir: string;
let store: Store;
const results: WatchResult[] = [];
let scans = 0;
const stop = new AbortController();
let watching: Promise<void>;

/** Waits until `ok` holds, checking after each scan of the folder (at most 30 s). */
async function until(ok: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (!(await ok())) {
    if (performance.now() > deadline) throw new Error("timed out waiting for the watch");
    const seen = scans;
    while (scans === seen && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }
}

const articleCount = async () => {
  const r = await store.query("MATCH (a:Article) RETURN count(a) AS n");
  return Number(r.rows[0]![0]);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "backchannel-watch-"));
  store = await Store.open(inject("neo4j"));
  await wipeDatabase(store);
  await writeFile(join(dir, "first.txt"), "Qatar mediated talks between Israel and Hamas in Doha on Thursday, officials said.\n");
  watching = watchFolder(dir, store, { intervalMs: 150, signal: stop.signal, onResult: (r) => results.push(r), onScan: () => scans++ });
}, 120_000);
afterAll(async () => {
  stop.abort();
  await watching;
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("watch", () => {
  it("reads the files already there", async () => {
    await until(() => results.length >= 1);
    expect(results[0]).toMatchObject({ file: join(dir, "first.txt"), articles: 1 });
    expect(await articleCount()).toBe(1);
  });

  it("loads a feed and a saved page dropped in later, and the graph grows", async () => {
    const before = await store.counts();
    await copyFile(join(INGEST, "courier.rss"), join(dir, "courier.rss"));
    await copyFile(join(INGEST, "saved-page.html"), join(dir, "saved-page.html"));
    await until(() => results.length >= 3);
    expect(
      results
        .slice(1)
        .map((r) => r.file)
        .sort(),
    ).toEqual([join(dir, "courier.rss"), join(dir, "saved-page.html")]);
    expect(await articleCount()).toBe(4);
    const after = await store.counts();
    expect(after.nodes).toBeGreaterThan(before.nodes);
    expect(after.relationships).toBeGreaterThan(before.relationships);
    expect(describeWatchResult(results.find((r) => r.file.endsWith(".rss"))!)).toMatch(
      /courier\.rss: 2 articles, \d+ nodes, \d+ relationships; nodes \d+ created/,
    );
  });

  it("reads a changed file again (its article updated, not doubled) and leaves unchanged ones alone", async () => {
    await writeFile(join(dir, "first.txt"), "Qatar mediated talks between Israel and Hamas in Doha on Thursday, officials said. Egypt attended.\n");
    await until(() => results.length >= 4);
    expect(results[3]).toMatchObject({ file: join(dir, "first.txt"), articles: 1 });
    expect(await articleCount()).toBe(4);
    const r = await store.query("MATCH (s:State {name: 'Egypt'})-[:MENTIONED_IN]->(a:Article) RETURN a.id AS id");
    expect(r.rows.map((row) => row[0])).toEqual(["article:first"]);
    // a few more scans: nothing is read again
    const n = results.length;
    const at = scans;
    await until(() => scans >= at + 3);
    expect(results.length).toBe(n);
  });

  it("reports a file it cannot read and keeps watching", async () => {
    await writeFile(join(dir, "notes.docx"), "not an article");
    await until(() => results.some((r) => r.file.endsWith("notes.docx")));
    const bad = results.find((r) => r.file.endsWith("notes.docx"))!;
    expect(bad.failed[0]?.reason).toMatch(/unknown extension/);
    expect(describeWatchResult(bad)).toMatch(/notes\.docx: 0 articles.*skipped unknown extension/);
  });
});
