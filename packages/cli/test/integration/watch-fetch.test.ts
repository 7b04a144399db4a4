// `watch --fetch`: a feed or a URL list dropped into the watched folder has the pages it names fetched
// (from a site the test serves on 127.0.0.1) into the same page cache `extract --fetch` uses, and its
// articles are read from them and loaded; a page that cannot be fetched is reported naming its URL,
// and the rest goes through; a page already in the cache is not asked for again.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeWatchResult, fetchSettingsOf } from "../../src/run-commands.js";
import type { WatchResult } from "../../src/types.js";
import { watchFolder } from "../../src/watch.js";
import { type LocalSite, startLocalSite } from "../local-site.js";

let site: LocalSite;
let dir: string;
let cache: string;
let store: Store;
const results: WatchResult[] = [];
const stop = new AbortController();
let watching: Promise<void>;

async function read(n: number): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (results.length < n) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for the watch to read ${n} files (${results.length} read)`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const articleText = async (title: string) =>
  (await store.query("MATCH (a:Article {title: $title}) RETURN a.text", { params: { title } })).rows.map((r) => r[0] as string | null);

beforeAll(async () => {
  site = await startLocalSite();
  const root = await mkdtemp(join(tmpdir(), "backchannel-watch-fetch-"));
  dir = join(root, "inbox");
  cache = join(root, "cache");
  await mkdir(dir);
  store = await Store.open(inject("neo4j"));
  await wipeDatabase(store);
  // the settings `backchannel watch inbox --fetch --cache-dir DIR` runs with
  const fetch = fetchSettingsOf({ positionals: [dir], values: { fetch: true, "cache-dir": cache, "fetch-timeout": 5 } })!;
  watching = watchFolder(dir, store, { intervalMs: 150, fetch, signal: stop.signal, onResult: (r) => results.push(r) });
}, 120_000);
afterAll(async () => {
  stop.abort();
  await watching;
  await store?.close();
  await site?.close();
  if (dir) await rm(join(dir, ".."), { recursive: true, force: true });
});

describe("watch --fetch", () => {
  it("fetches the pages behind a feed's items, reads the articles from them, and reports the page it could not fetch", async () => {
    const feed = await fetch(`${site.base}/feed.rss`).then((r) => r.text());
    site.requests.clear();
    await writeFile(join(dir, "dispatch.rss"), feed);
    await read(1);
    const r = results[0]!;
    expect(r).toMatchObject({ file: join(dir, "dispatch.rss"), articles: 3, fetched: { urls: 3, fetched: 2, cached: 0, failed: 1 } });
    expect(r.failed).toEqual([
      { file: join(dir, "dispatch.rss"), reason: `page ${site.base}/world/gone: HTTP 404 Not Found; the feed's text was read instead` },
    ]);
    expect(describeWatchResult(r)).toMatch(/dispatch\.rss: 3 articles, pages: 2 fetched, 0 already in the cache, 1 failed, \d+ nodes/);
    // the page's text, not the feed's teaser
    expect(await articleText("Truce brokered in Cairo")).toEqual([
      expect.stringContaining("Egypt and Qatar brokered a truce between Hamas and Israel in Cairo on Saturday."),
    ]);
    expect((await articleText("Truce brokered in Cairo"))[0]).not.toMatch(/Read more on our site|Zembla/);
    const facts = await store.query("MATCH (:State {name: 'Egypt'})-[r:MEDIATES]->(:Group {name: 'Hamas'}) RETURN count(r)");
    expect(facts.rows[0]![0]).toBe(1);
    // the cache is the one `extract --fetch` keeps: a page and its record per URL fetched
    expect((await readdir(cache)).filter((f) => f.endsWith(".json"))).toHaveLength(2);
    expect(site.userAgent).toMatch(/^Backchannel\//);
  });

  it("reads a URL list dropped in later, asking the site only for the page the cache does not hold", async () => {
    site.requests.clear();
    await writeFile(join(dir, "reading.urls"), `# this week's reading\n${site.base}/world/cairo-truce\n${site.base}/world/istanbul\n`);
    await read(2);
    expect(results[1]).toMatchObject({ file: join(dir, "reading.urls"), articles: 2, failed: [], fetched: { urls: 2, fetched: 1, cached: 1, failed: 0 } });
    expect(site.requests.get("/world/cairo-truce")).toBeUndefined();
    expect(site.requests.get("/world/istanbul")).toBe(1);
    const listed = await store.query("MATCH (a:Article) WHERE a.id STARTS WITH 'article:reading-' RETURN a.title ORDER BY a.title");
    expect(listed.rows.map((row) => row[0])).toEqual(["Egypt and Qatar broker a truce in Cairo", "Turkey hosts talks in Istanbul"]);
  });
});
