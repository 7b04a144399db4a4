// `extract --fetch` through the CLI's entry, against a site served on 127.0.0.1 by the test: a feed
// of teasers whose pages give the articles, a URL list, the problems a run reports (naming the URL
// and the reason) while the rest goes through, and a second run that asks the site for nothing.
// `build` takes the same options through the same code (checked up to where it connects to Neo4j).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleTextsFile, type ArticleText, type GraphJson } from "@backchannel/schema";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";
import { type LocalSite, startLocalSite } from "./local-site.js";

let site: LocalSite;
let dir: string;
let inputs: string;
let err = "";

beforeAll(async () => {
  site = await startLocalSite();
  dir = mkdtempSync(join(tmpdir(), "bc-fetch-cli-"));
  inputs = join(dir, "in");
  // the feed as a reader saves it (the feed itself is an input file; --fetch fetches what it links to)
  const feed = await fetch(`${site.base}/feed.rss`).then((r) => r.text());
  site.requests.clear();
  writeFileSync(join(dir, "dispatch.rss"), feed);
  mkdirSync(inputs);
  writeFileSync(join(inputs, "dispatch.rss"), feed);
  writeFileSync(join(inputs, "reading.urls"), `# this week's reading\n${site.base}/world/cairo-truce\n\n${site.base}/report.pdf\n`);
});
afterAll(() => site.close());
beforeEach(() => {
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  // build gets as far as connecting, and nothing listens here
  vi.stubEnv("NEO4J_URI", "bolt://127.0.0.1:9");
  vi.stubEnv("NEO4J_PASSWORD", "not-used");
  vi.stubEnv("BACKCHANNEL_RETRY_SECONDS", "0");
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const texts = (out: string): ArticleText[] =>
  readFileSync(articleTextsFile(out), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ArticleText);
const edges = (out: string) => (JSON.parse(readFileSync(out, "utf8")) as GraphJson).edges.map((e) => `${e.source} ${e.attributes.type} ${e.target}`);
/**
 * These runs are about fetching: each reads its inputs on its own, without the working directory's
 * near-duplicate history (the Istanbul page read again under another id would be a copy of an earlier run's).
 */
const NO_HISTORY = ["--no-history"];
const requests = () => [...site.requests.values()].reduce((a, b) => a + b, 0);

describe("extract --fetch", () => {
  const cache = () => join(dir, "cache");
  const out = () => join(dir, "graph.json");

  it("reads the feed's articles from their pages, reports what could not be fetched, and writes the rest", async () => {
    const code = await main(["extract", inputs, "--fetch", "--cache-dir", cache(), "--out", out(), "--workers", "1", ...NO_HISTORY]);
    expect(err).toMatch(/fetch: 4 pages named: 2 fetched, 0 already in the cache, 2 failed \(cache /);
    expect(err).toContain(`skipped ${join(inputs, "dispatch.rss")}: page ${site.base}/world/gone: HTTP 404 Not Found; the feed's text was read instead`);
    expect(err).toContain(`skipped ${join(inputs, "reading.urls")}: ${site.base}/report.pdf: not an HTML page (content type application/pdf)`);
    expect(code).toBe(1);
    const byTitle = new Map(texts(out()).map((t) => [t.title, t]));
    // the page's main text, not the feed's teaser nor the site around the article
    expect(byTitle.get("Truce brokered in Cairo")!.text).toBe(
      "Egypt and Qatar broker a truce in Cairo\n\nEgypt and Qatar brokered a truce between Hamas and Israel in Cairo on Saturday.\n\n" +
        "The agreement followed a week of shuttle diplomacy & late-night calls, officials said.\n\nBoth sides agreed to meet again within a fortnight.",
    );
    expect([...byTitle.values()].map((t) => t.text).join("\n")).not.toMatch(/Read more on our site|Zembla|Harbour Dispatch$/m);
    // through a redirect; the feed has no date, the page has
    expect(byTitle.get("Talks in Istanbul")).toMatchObject({ date: "2024-03-18", url: `${site.base}/old/istanbul` });
    expect(byTitle.get("Talks in Istanbul")!.text).toContain("Turkey hosted talks between Russia and Ukraine in Istanbul on Monday.");
    // the page gone: the feed's own text
    expect(byTitle.get("Muscat meeting")!.text).toBe("Oman hosted talks between Iran and the United States in Muscat on Sunday.");
    const facts = edges(out());
    expect(facts).toContain("state:egypt MEDIATES group:hamas");
    expect(facts).toContain("state:russia MEETS state:ukraine");
    // the listed Cairo page is the feed item's page again: fetched once, and its text counted once
    expect(err).toMatch(/1 duplicates skipped/);
    expect(readdirSync(cache()).filter((f) => f.endsWith(".json"))).toHaveLength(2);
  });

  it("reads the cache on a second run: the site is asked only for what failed, and the graph is the same", async () => {
    const before = requests();
    const graph = readFileSync(out(), "utf8");
    const second = join(dir, "again.json");
    expect(await main(["extract", inputs, "--fetch", "--cache-dir", cache(), "--out", second, "--workers", "1", ...NO_HISTORY])).toBe(1);
    expect(err).toMatch(/fetch: 4 pages named: 0 fetched, 2 already in the cache, 2 failed/);
    expect(site.requests.get("/world/cairo-truce")).toBe(1);
    expect(site.requests.get("/old/istanbul")).toBe(1);
    // only the two failures were asked again
    expect(requests() - before).toBe(2);
    expect(readFileSync(second, "utf8")).toBe(graph);
  });

  it("gives up on a page after --fetch-timeout, and on one over --max-file-bytes, and goes on", async () => {
    const list = join(dir, "slow.urls");
    writeFileSync(list, `${site.base}/slow\n${site.base}/huge\n${site.base}/world/istanbul\n`);
    const o = join(dir, "slow.json");
    const t0 = performance.now();
    const code = await main([
      "extract",
      list,
      "--fetch",
      "--cache-dir",
      cache(),
      "--fetch-timeout",
      "0.5",
      "--max-file-bytes",
      "100000",
      "--out",
      o,
      ...NO_HISTORY,
    ]);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect(err).toContain(`skipped ${list}: ${site.base}/slow: timed out after 0.5 s`);
    expect(err).toContain(`skipped ${list}: ${site.base}/huge: too large (over 100000 bytes)`);
    expect(texts(o).map((t) => t.title)).toEqual(["Turkey hosts talks in Istanbul"]);
    expect(texts(o)[0]!.id).toMatch(/^slow-[0-9a-f]{10}$/);
  });

  it("without --fetch, reads the feed's own text and asks for --fetch for a URL list; nothing is fetched", async () => {
    const before = requests();
    const o = join(dir, "offline.json");
    expect(await main(["extract", inputs, "--out", o, ...NO_HISTORY])).toBe(1);
    expect(err).toContain(`skipped ${join(inputs, "reading.urls")}: a list of URLs: add --fetch to fetch its pages and read them`);
    expect(texts(o).find((t) => t.title === "Truce brokered in Cairo")!.text).toBe("A truce after a week of shuttle diplomacy. Read more on our site.");
    expect(requests()).toBe(before);
  });

  it("build takes the same options and fetches through the same code before it loads", async () => {
    const c = join(dir, "build-cache");
    const o = join(dir, "build.json");
    await expect(main(["build", join(dir, "dispatch.rss"), "--fetch", "--cache-dir", c, "--out", o, "--workers", "1", ...NO_HISTORY])).rejects.toThrow(
      /cannot reach Neo4j/,
    );
    expect(err).toMatch(/fetch: 3 pages named: 2 fetched/);
    expect(existsSync(o)).toBe(true);
    expect(edges(o)).toContain("state:egypt MEDIATES group:hamas");
  });

  it("resolves a feed's relative links against its own URL before fetching, and names a relative link it cannot resolve", async () => {
    const feeds = join(dir, "relative");
    mkdirSync(feeds);
    const relative = readFileSync(join(__dirname, "fixtures", "pages", "relative.rss"), "utf8").replaceAll("{{BASE}}", site.base);
    writeFileSync(join(feeds, "relative.rss"), relative);
    // the same feed with its self link gone: nothing to resolve against
    writeFileSync(join(feeds, "baseless.rss"), relative.replace(/<atom:link[^>]*\/>/, ""));
    site.requests.clear();
    const o = join(dir, "relative.json");
    expect(await main(["extract", feeds, "--fetch", "--cache-dir", join(dir, "relative-cache"), "--out", o, "--workers", "1", ...NO_HISTORY])).toBe(1);
    expect(site.requests.get("/world/cairo-truce")).toBe(1);
    expect(site.requests.get("/old/istanbul")).toBe(1);
    const fromRelative = texts(o).filter((t) => t.id.startsWith("relative-"));
    expect(fromRelative.map((t) => t.url)).toEqual([`${site.base}/world/cairo-truce`, `${site.base}/old/istanbul`]);
    expect(fromRelative[0]!.text).toContain("Egypt and Qatar brokered a truce between Hamas and Israel in Cairo on Saturday.");
    expect(err).toContain(
      `skipped ${join(feeds, "baseless.rss")}: page /world/cairo-truce: a relative link, and the feed gives no base URL to resolve it against (xml:base, a self link or the site's link); the feed's text was read instead`,
    );
  });

  it("lists the options in extract's and build's help", async () => {
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    for (const cmd of ["extract", "build"]) {
      expect(await main([cmd, "--help"])).toBe(0);
      for (const o of ["--fetch ", "--cache-dir DIR", "--fetch-timeout SECONDS", "--refetch"]) expect(out).toContain(o);
    }
  });
});
