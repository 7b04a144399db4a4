// Fetching the pages behind feeds and URL lists, against a site served on 127.0.0.1 by the test
// itself: what one fetch gives or refuses (timeout, size cap, HTTP errors, not HTML, other schemes,
// redirects), the polite queue, and the cache (a page fetched once is never asked for again).
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCache } from "../src/fetch/cache.js";
import { fetchPage } from "../src/fetch/fetch-page.js";
import { cachedPages, fetchPages } from "../src/fetch/index.js";
import { HostQueue } from "../src/fetch/queue.js";
import type { FetchSettings } from "../src/fetch/types.js";
import { type LocalSite, startLocalSite } from "./local-site.js";

let site: LocalSite;
beforeAll(async () => {
  site = await startLocalSite();
});
afterAll(() => site.close());

const OPTS = { timeoutMs: 5000, maxBytes: 5 * 1024 * 1024, userAgent: "Backchannel/test" };
const settings = (over: Partial<FetchSettings> = {}): FetchSettings => ({
  cacheDir: mkdtempSync(join(tmpdir(), "bc-pages-")),
  refetch: false,
  ...OPTS,
  ...over,
});
const failed = async (path: string, opts = OPTS) => {
  const r = await fetchPage(`${site.base}${path}`, opts);
  if (r.ok) throw new Error(`${path} was fetched`);
  return r.reason;
};

describe("one page", () => {
  it("gives the HTML as text, what the server said of it, and sends a User-Agent naming Backchannel", async () => {
    const r = await fetchPage(`${site.base}/world/cairo-truce`, { ...OPTS, userAgent: "Backchannel/0.1.0 (test)" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.html).toContain("Egypt and Qatar brokered a truce");
    expect(r.meta).toMatchObject({ finalUrl: `${site.base}/world/cairo-truce`, status: 200, contentType: "text/html; charset=utf-8", charset: "utf-8" });
    expect(site.userAgent).toBe("Backchannel/0.1.0 (test)");
  });
  it("decodes a page from the charset its Content-Type or a meta tag declares", async () => {
    const latin1 = await fetchPage(`${site.base}/latin1`, OPTS);
    expect(latin1.ok && latin1.html).toContain("Café talks in Bogotá.");
    expect(latin1.ok && latin1.meta.charset).toBe("iso-8859-1");
    const meta = await fetchPage(`${site.base}/meta-charset`, OPTS);
    expect(meta.ok && meta.html).toContain("\u201cCafé\u201d");
  });
  it("follows a redirect and records where it ended", async () => {
    const r = await fetchPage(`${site.base}/old/istanbul`, OPTS);
    expect(r.ok && r.meta.finalUrl).toBe(`${site.base}/world/istanbul`);
  });
  it("gives up on a page that never answers after the timeout", async () => {
    const t0 = performance.now();
    expect(await failed("/slow", { ...OPTS, timeoutMs: 300 })).toBe("timed out after 0.3 s");
    expect(performance.now() - t0).toBeLessThan(3000);
  });
  it("stops reading a body past the size cap", async () => {
    expect(await failed("/huge", { ...OPTS, maxBytes: 100_000 })).toBe("too large (over 100000 bytes)");
    expect(await failed("/declared-huge")).toBe(`too large (${50 * 1024 * 1024} bytes, limit ${5 * 1024 * 1024})`);
    // and reads it whole under the cap
    expect((await fetchPage(`${site.base}/huge`, OPTS)).ok).toBe(true);
  });
  it("refuses HTTP errors, naming the status", async () => {
    expect(await failed("/world/gone")).toBe("HTTP 404 Not Found");
    expect(await failed("/broken")).toBe("HTTP 500 Internal Server Error");
  });
  it("refuses what is not HTML", async () => {
    expect(await failed("/report.pdf")).toBe("not an HTML page (content type application/pdf)");
  });
  it("fetches only http and https", async () => {
    for (const url of ["file:///etc/passwd", "data:text/html,<p>hi</p>", "javascript:alert(1)", "ftp://example.org/a"]) {
      const r = await fetchPage(url, OPTS);
      expect(r.ok ? "fetched" : r.reason).toMatch(/^only http and https pages are fetched \(not [a-z]+:\)$/);
    }
    expect(await fetchPage("not a url", OPTS)).toEqual({ ok: false, reason: "not a valid URL" });
  });
  it("says why a host cannot be reached", async () => {
    const closed = await startLocalSite();
    await closed.close();
    const r = await fetchPage(`${closed.base}/`, OPTS);
    expect(r.ok ? "fetched" : r.reason).toMatch(/^cannot fetch: ECONNREFUSED/);
  });
});

describe("the request queue", () => {
  it("runs at most 4 at once over all hosts, and one at a time per host", async () => {
    const q = new HostQueue(4, 1);
    let active = 0;
    let most = 0;
    const perHost = new Map<string, number>();
    let mostPerHost = 0;
    const task = (host: string) => async () => {
      most = Math.max(most, ++active);
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      mostPerHost = Math.max(mostPerHost, perHost.get(host)!);
      await new Promise((r) => setTimeout(r, 5));
      perHost.set(host, perHost.get(host)! - 1);
      active--;
      return host;
    };
    const hosts = Array.from({ length: 40 }, (_, i) => `h${i % 7}`);
    expect(await Promise.all(hosts.map((h) => q.run(h, task(h))))).toEqual(hosts);
    expect(most).toBe(4);
    expect(mostPerHost).toBe(1);
  });
  it("keeps each host's order and goes on after a task fails", async () => {
    const q = new HostQueue(4, 1);
    const order: number[] = [];
    const runs = [1, 2, 3].map((n) =>
      q.run("h", async () => {
        order.push(n);
        if (n === 2) throw new Error("boom");
      }),
    );
    const settled = await Promise.allSettled(runs);
    expect(order).toEqual([1, 2, 3]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });
});

describe("fetching a run's pages into the cache", () => {
  it("asks one site one page at a time", async () => {
    const urls = Array.from({ length: 6 }, (_, i) => ({ url: `${site.base}/p/${i}`, file: "list.urls" }));
    site.maxActive = 0;
    const { summary } = await fetchPages(urls, settings());
    expect(summary).toEqual({ urls: 6, fetched: 6, cached: 0, failed: 0, disallowed: 0 });
    expect(site.maxActive).toBe(1);
  });
  it("stores each page under the hash of its URL, with what the fetch said, and never fetches it again", async () => {
    const s = settings();
    const url = `${site.base}/old/istanbul`;
    const before = site.requests.get("/old/istanbul") ?? 0;
    expect((await fetchPages([{ url, file: "f" }], s)).summary).toMatchObject({ fetched: 1, cached: 0 });
    const key = PageCache.key(url);
    // the site's robots.txt (none: a 404) is kept beside the pages, in robots/
    expect(readdirSync(s.cacheDir).sort()).toEqual([`${key}.html`, `${key}.json`, "robots"]);
    const meta = JSON.parse(readFileSync(join(s.cacheDir, `${key}.json`), "utf8"));
    expect(meta).toMatchObject({ url, finalUrl: `${site.base}/world/istanbul`, status: 200, contentType: "text/html; charset=utf-8" });
    expect(Date.parse(meta.fetchedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await fetchPages([{ url, file: "f" }], s)).summary).toMatchObject({ fetched: 0, cached: 1 });
    expect(site.requests.get("/old/istanbul")).toBe(before + 1);
    // --refetch asks again
    expect((await fetchPages([{ url, file: "f" }], { ...s, refetch: true })).summary).toMatchObject({ fetched: 1, cached: 0 });
    expect(site.requests.get("/old/istanbul")).toBe(before + 2);
  });
  it("gives extraction the cached pages and this run's problems, and keeps failures out of the cache", async () => {
    const s = settings();
    const urls = ["/world/cairo-truce", "/world/gone", "/report.pdf"].map((p) => ({ url: `${site.base}${p}`, file: "f" }));
    const { problems, summary } = await fetchPages([...urls, { url: "file:///etc/passwd", file: "f" }], s);
    expect(summary).toEqual({ urls: 4, fetched: 1, cached: 0, failed: 3, disallowed: 0 });
    const pages = cachedPages(s.cacheDir, problems);
    expect(await pages(urls[0]!.url)).toMatchObject({ html: expect.stringContaining("Egypt and Qatar brokered") });
    expect(await pages(urls[1]!.url)).toEqual({ problem: "HTTP 404 Not Found" });
    expect(await pages("file:///etc/passwd")).toEqual({ problem: "only http and https pages are fetched (not file:)" });
    expect(await pages(`${site.base}/never-asked`)).toBeUndefined();
    const key = PageCache.key(urls[0]!.url);
    expect(readdirSync(s.cacheDir).sort()).toEqual([`${key}.html`, `${key}.json`, "robots"]);
  });
});
