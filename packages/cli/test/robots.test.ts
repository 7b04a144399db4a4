// robots.txt: how a file is read (RFC 9309: groups, the fetcher's own group over `*`, the longest rule
// winning, wildcards), and what fetching does with it against sites served on 127.0.0.1 by the test:
// a disallowed page is never asked for and is reported naming the URL, the robots.txt and its rule; a
// redirect into a disallowed path is stopped before it is followed; a site's robots.txt is asked for
// once per run and kept with the pages for later runs; a site whose robots.txt cannot be read is left
// alone; --ignore-robots fetches anyway.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ArticleText, articleTextsFile } from "@backchannel/schema";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchPages } from "../src/fetch/index.js";
import { decidingRule, parseRobots, patternMatches, productToken, rulesFor } from "../src/fetch/robots.js";
import type { FetchSettings } from "../src/fetch/types.js";
import { main } from "../src/main.js";
import { type LocalSite, startLocalSite } from "./local-site.js";

const ROBOTS = `# written for the tests
User-agent: *
Disallow: /

User-agent: SomeOtherBot
User-agent: backchannel
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
`;

describe("reading a robots.txt", () => {
  it("takes the groups naming the fetcher's product token, case-insensitively and combined, over `*`", () => {
    const groups = parseRobots(`${ROBOTS}\nUser-agent: BackChannel/2.0\nDisallow: /drafts\n`);
    expect(productToken("Backchannel/0.1.0 (news articles to a knowledge graph)")).toBe("Backchannel");
    expect(rulesFor(groups, "Backchannel").map((r) => r.line)).toEqual([
      "Disallow: /private/",
      "Allow: /private/open",
      "Disallow: /*.pdf$",
      "Disallow: /drafts",
    ]);
    expect(rulesFor(groups, "OtherCrawler").map((r) => r.line)).toEqual(["Disallow: /"]);
    expect(rulesFor(parseRobots("User-agent: x\nDisallow: /\n"), "Backchannel")).toEqual([]);
  });

  it("lets the longest matching rule decide, an allow winning a tie", () => {
    const rules = rulesFor(parseRobots(ROBOTS), "Backchannel");
    const allowed = (p: string) => !(decidingRule(rules, p)?.allow === false);
    expect(allowed("/world/cairo-truce")).toBe(true);
    expect(allowed("/private/dossier")).toBe(false);
    expect(allowed("/private/open/brief")).toBe(true);
    expect(allowed("/report.pdf")).toBe(false);
    expect(allowed("/report.pdf?download=1")).toBe(true);
    const tie = rulesFor(parseRobots("User-agent: *\nDisallow: /page\nAllow: /page\n"), "Backchannel");
    expect(decidingRule(tie, "/page")?.allow).toBe(true);
  });

  it("reads wildcards, end anchors, comments, field names in any case, a BOM, and an empty Disallow as nothing", () => {
    expect(patternMatches("/*/talks", "/world/talks/today")).toBe(true);
    expect(patternMatches("/*/talks$", "/world/talks/today")).toBe(false);
    expect(patternMatches("/a*b*c", "/axxbyyc")).toBe(true);
    expect(patternMatches("/a*b*c", "/axxbyy")).toBe(false);
    const groups = parseRobots("\uFEFFUSER-AGENT: *   # everyone\ndisallow: /x # not this\nDisallow:\nSitemap: https://example.org/s.xml\n");
    expect(rulesFor(groups, "Backchannel").map((r) => r.line)).toEqual(["Disallow: /x"]);
    // rules before any user-agent line belong to no group
    expect(parseRobots("Disallow: /\n")).toEqual([]);
  });

  it("stays linear on a pattern built to backtrack", () => {
    const t0 = performance.now();
    expect(patternMatches(`/${"*a".repeat(200)}b`, `/${"a".repeat(2000)}`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("fetching with robots.txt", () => {
  let site: LocalSite;
  beforeAll(async () => {
    site = await startLocalSite({ robots: ROBOTS });
  });
  afterAll(() => site.close());
  const settings = (over: Partial<FetchSettings> = {}): FetchSettings => ({
    cacheDir: mkdtempSync(join(tmpdir(), "bc-robots-")),
    refetch: false,
    timeoutMs: 5000,
    maxBytes: 5 * 1024 * 1024,
    userAgent: "Backchannel/0.1.0 (test)",
    ...over,
  });
  const urls = (...paths: string[]) => paths.map((p) => ({ url: `${site.base}${p}`, file: "reading.urls" }));

  it("does not ask for a disallowed page, and says which robots.txt rule disallows it", async () => {
    site.requests.clear();
    const s = settings();
    const { problems, summary } = await fetchPages(urls("/world/cairo-truce", "/private/dossier", "/private/open/brief", "/to-private"), s);
    expect(summary).toEqual({ urls: 4, fetched: 2, cached: 0, failed: 2, disallowed: 2 });
    expect(problems.get(`${site.base}/private/dossier`)).toBe(
      `disallowed by ${site.base}/robots.txt ("Disallow: /private/" for Backchannel); not fetched (--ignore-robots fetches it anyway)`,
    );
    // a redirect into the private section is not followed
    expect(problems.get(`${site.base}/to-private`)).toBe(
      `redirected to ${site.base}/private/dossier, disallowed by ${site.base}/robots.txt ("Disallow: /private/" for Backchannel); not fetched (--ignore-robots fetches it anyway)`,
    );
    expect(site.requests.get("/private/dossier")).toBeUndefined();
    expect(site.requests.get("/private/open/brief")).toBe(1);
    // once per site per run, and kept with the pages
    expect(site.requests.get("/robots.txt")).toBe(1);
    expect(readdirSync(join(s.cacheDir, "robots"))).toHaveLength(1);
  });

  it("reads the kept robots.txt on a later run, and asks again with --refetch", async () => {
    const s = settings();
    await fetchPages(urls("/world/cairo-truce"), s);
    site.requests.clear();
    const later = await fetchPages(urls("/world/istanbul", "/private/later"), s);
    expect(later.summary).toMatchObject({ fetched: 1, disallowed: 1 });
    expect(site.requests.get("/robots.txt")).toBeUndefined();
    await fetchPages(urls("/world/istanbul"), { ...s, refetch: true });
    expect(site.requests.get("/robots.txt")).toBe(1);
  });

  it("fetches a disallowed page with --ignore-robots, without asking for robots.txt", async () => {
    site.requests.clear();
    const { summary } = await fetchPages(urls("/private/dossier"), settings({ ignoreRobots: true }));
    expect(summary).toEqual({ urls: 1, fetched: 1, cached: 0, failed: 0, disallowed: 0 });
    expect(site.requests.get("/robots.txt")).toBeUndefined();
    expect(site.requests.get("/private/dossier")).toBe(1);
  });

  it("fetches everything from a site without a robots.txt (404), and nothing from one whose robots.txt fails (503)", async () => {
    const open = await startLocalSite({ robots: { status: 404 } });
    const down = await startLocalSite({ robots: { status: 503 } });
    try {
      const s = settings();
      const free = await fetchPages([{ url: `${open.base}/private/dossier`, file: "a.urls" }], s);
      expect(free.summary).toMatchObject({ fetched: 1, failed: 0 });
      const shut = await fetchPages([{ url: `${down.base}/world/cairo-truce`, file: "b.urls" }], s);
      expect(shut.summary).toMatchObject({ fetched: 0, failed: 1, disallowed: 1 });
      expect(shut.problems.get(`${down.base}/world/cairo-truce`)).toBe(
        `${down.base}/robots.txt could not be read (HTTP 503 Service Unavailable): the site is taken to disallow everything; not fetched (--ignore-robots fetches it anyway)`,
      );
      expect(down.requests.get("/world/cairo-truce")).toBeUndefined();
      // a failure is not kept: the next run asks again
      await fetchPages([{ url: `${down.base}/world/cairo-truce`, file: "b.urls" }], s);
      expect(down.requests.get("/robots.txt")).toBe(2);
    } finally {
      await open.close();
      await down.close();
    }
  });
});

describe("extract --fetch and robots.txt", () => {
  let site: LocalSite;
  let dir: string;
  let err = "";
  beforeAll(async () => {
    site = await startLocalSite({ robots: ROBOTS });
    dir = mkdtempSync(join(tmpdir(), "bc-robots-cli-"));
  });
  afterAll(() => site.close());
  beforeEach(() => {
    err = "";
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  const texts = (out: string) =>
    readFileSync(articleTextsFile(out), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ArticleText);

  it("reports each page robots.txt disallows, naming the list and the URL, and reads the rest", async () => {
    const list = join(dir, "reading.urls");
    writeFileSync(list, `${site.base}/world/istanbul\n${site.base}/private/dossier\n`);
    const out = join(dir, "graph.json");
    expect(await main(["extract", list, "--fetch", "--cache-dir", join(dir, "cache"), "--out", out, "--workers", "1", "--no-history"])).toBe(1);
    expect(err).toMatch(/fetch: 2 pages named: 1 fetched, 0 already in the cache, 1 failed \(1 disallowed by robots\.txt\)/);
    expect(err).toContain(`skipped ${list}: ${site.base}/private/dossier: disallowed by ${site.base}/robots.txt ("Disallow: /private/" for Backchannel)`);
    expect(texts(out).map((t) => t.title)).toEqual(["Turkey hosts talks in Istanbul"]);
  });

  it("fetches them with --ignore-robots, which needs --fetch", async () => {
    const list = join(dir, "reading.urls");
    const out = join(dir, "ignored.json");
    expect(await main(["extract", list, "--fetch", "--ignore-robots", "--cache-dir", join(dir, "cache"), "--out", out, "--workers", "1", "--no-history"])).toBe(
      0,
    );
    expect(err).toMatch(/fetch: 2 pages named: 1 fetched, 1 already in the cache, 0 failed \(robots\.txt ignored\)/);
    expect(texts(out)).toHaveLength(2);
    expect(await main(["extract", list, "--ignore-robots"])).toBe(2);
    expect(err).toContain("--ignore-robots needs --fetch");
    expect(existsSync(join(dir, "cache", "robots"))).toBe(true);
  });
});
