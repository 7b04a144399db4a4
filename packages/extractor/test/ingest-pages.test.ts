// Pages behind feed items and URL lists, read from a page source (what the CLI's cache of fetched
// pages gives; here a map, so nothing touches the network): the page's main text under the item's
// id, metadata filled from the page only where the feed has none, problems naming the URL.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleText } from "@backchannel/schema";
import { extractPaths, findPageUrls, type PageLookup, type PageSource } from "../src/index.js";

const FIXTURES = join(__dirname, "fixtures", "pages");
const FEED = join(FIXTURES, "harbour.rss");
const LIST = join(FIXTURES, "reading.urls");
const BASE = "https://dispatch.example/world/2024/03/";
const page = (name: string): PageLookup => ({ html: readFileSync(join(FIXTURES, name), "utf8") });

/** The pages a fetch would have stored, and the one it could not get. */
const STORED: Record<string, PageLookup> = {
  [`${BASE}cairo-truce`]: page("cairo-truce.html"),
  [`${BASE}istanbul-talks`]: page("istanbul-talks.html"),
  [`${BASE}muscat`]: { problem: "HTTP 404 Not Found" },
  [`${BASE}geneva`]: page("geneva.html"),
};
const source =
  (pages: Record<string, PageLookup>): PageSource =>
  (url) =>
    pages[url];

async function extract(paths: string[], pages?: PageSource) {
  const texts: ArticleText[] = [];
  const r = await extractPaths(paths, { workers: 1, ...(pages ? { pages } : {}), onArticleText: (t) => texts.push(t) });
  return { ...r, texts, byTitle: new Map(texts.map((t) => [t.title, t])) };
}

describe("a feed whose items' pages were fetched", () => {
  it("reads each item's text from its page's main content, not the feed's teaser nor the site around it", async () => {
    const { byTitle } = await extract([FEED], source(STORED));
    const cairo = byTitle.get("Truce brokered in Cairo")!;
    expect(cairo.text).toContain("Egypt and Qatar brokered a truce between Hamas and Israel in Cairo on Saturday.");
    expect(cairo.text).toContain("shuttle diplomacy & late-night calls");
    expect(cairo.text).not.toMatch(/Read the full story|Related stories|Zembla|cookies|Privacy|Fenwick|dataLayer|<p>/);
  });
  it("keeps the feed item's id, so a feed read with and without pages names the same articles", async () => {
    const withPages = await extract([FEED], source(STORED));
    const without = await extract([FEED]);
    const ids = (t: ArticleText[]) => t.map((a) => a.id).sort();
    expect(ids(withPages.texts).filter((id) => ids(without.texts).includes(id))).toHaveLength(without.texts.length);
    expect(withPages.texts.every((t) => /^harbour-[0-9a-f]{10}$/.test(t.id))).toBe(true);
  });
  it("keeps the feed's title, date and author, and takes the page's only where the item has none", async () => {
    const { byTitle } = await extract([FEED], source(STORED));
    expect(byTitle.get("Truce brokered in Cairo")).toMatchObject({ date: "2024-03-16", source: "Harbour Dispatch", url: `${BASE}cairo-truce` });
    const { graph } = await extract([FEED], source(STORED));
    const article = (title: string) => graph.nodes.find((n) => n.attributes.type === "Article" && n.attributes.title === title)!.attributes;
    expect(article("Truce brokered in Cairo").author).toBe("Nadia Okafor");
    // no date nor author in the feed: the page's
    expect(byTitle.get("Talks in Istanbul")).toMatchObject({ date: "2024-03-18" });
    expect(article("Talks in Istanbul").author).toBe("Selim Aydin");
  });
  it("puts the facts the page states into the graph", async () => {
    const { graph } = await extract([FEED], source(STORED));
    const edges = graph.edges.map((e) => `${e.source} ${e.attributes.type} ${e.target}`);
    expect(edges).toContain("state:egypt MEDIATES group:hamas");
    expect(edges).toContain("state:turkey MEDIATES meeting:istanbul-2024-03-18");
    expect(edges).toContain("state:russia MEETS state:ukraine");
    const without = await extract([FEED]);
    expect(without.graph.edges.map((e) => `${e.source} ${e.attributes.type} ${e.target}`)).not.toContain("state:egypt MEDIATES group:hamas");
  });
  it("keeps the feed's text of an item whose page could not be fetched, and names the URL and the reason", async () => {
    const { byTitle, report } = await extract([FEED], source(STORED));
    expect(byTitle.get("Muscat meeting")!.text).toBe("Oman hosted talks between Iran and the United States in Muscat on Sunday.");
    expect(report.failed).toEqual([{ file: FEED, reason: `page ${BASE}muscat: HTTP 404 Not Found; the feed's text was read instead` }]);
  });
  it("reads an item with only a link from its page, and leaves it out, saying so, when there is none", async () => {
    expect((await extract([FEED], source(STORED))).byTitle.get("Geneva round")!.text).toContain("Switzerland hosted talks between Armenia and Azerbaijan");
    const { byTitle, report } = await extract([FEED], source({ ...STORED, [`${BASE}geneva`]: { problem: "timed out after 15 s" } }));
    expect(byTitle.has("Geneva round")).toBe(false);
    expect(report.failed.map((f) => f.reason)).toContain(`page ${BASE}geneva: timed out after 15 s; the item has no text of its own and was left out`);
    // without pages, the feed reads as it always did: the link-only item skipped, silently
    const without = await extract([FEED]);
    expect(without.texts.map((t) => t.title)).toEqual(["Truce brokered in Cairo", "Talks in Istanbul", "Muscat meeting"]);
    expect(without.report.failed).toEqual([]);
  });
  it("keeps the item's own text when the page holds less of it (a consent wall)", async () => {
    const wall = { html: "<html><body><main><p>Please accept our cookies to continue.</p></main></body></html>" };
    const { byTitle } = await extract([FEED], source({ ...STORED, [`${BASE}muscat`]: wall }));
    expect(byTitle.get("Muscat meeting")!.text).toBe("Oman hosted talks between Iran and the United States in Muscat on Sunday.");
  });
  it("reports a page with no visible text against the item, naming the URL", async () => {
    const { report } = await extract([FEED], source({ ...STORED, [`${BASE}muscat`]: { html: "<html><head><title>x</title></head><body></body></html>" } }));
    expect(report.failed.map((f) => f.reason)).toEqual([`page ${BASE}muscat: HTML has no visible text; the feed's text was read instead`]);
  });
});

describe("URL lists", () => {
  const dir = mkdtempSync(join(tmpdir(), "backchannel-urls-"));
  it("make an article of each listed page, with an id from the list's name and the URL", async () => {
    const { texts, report } = await extract([LIST], source(STORED));
    expect(report.failed).toEqual([]);
    expect(texts.map((t) => t.title)).toEqual(["Egypt and Qatar broker a truce in Cairo", "Turkey hosts talks in Istanbul"]);
    expect(texts.every((t) => /^reading-[0-9a-f]{10}$/.test(t.id))).toBe(true);
    expect(texts[0]).toMatchObject({ url: `${BASE}cairo-truce`, date: "2024-03-16", source: "Harbour Dispatch" });
    // ids stay when the list changes
    const longer = join(dir, "reading.urls");
    writeFileSync(longer, `${BASE}geneva\n${readFileSync(LIST, "utf8")}`);
    const again = await extract([longer], source(STORED));
    expect(again.texts.slice(1).map((t) => t.id)).toEqual(texts.map((t) => t.id));
  });
  it("reports a line that is no http(s) URL and a page that could not be fetched, and reads the rest", async () => {
    const list = join(dir, "mixed.urls");
    writeFileSync(list, `${BASE}cairo-truce\nfile:///etc/passwd\n${BASE}muscat\n`);
    const { texts, report } = await extract([list], source(STORED));
    expect(texts).toHaveLength(1);
    expect(report.failed).toEqual([
      { file: list, reason: 'line 2: not an absolute http(s) URL ("file:///etc/passwd")' },
      { file: list, reason: `${BASE}muscat: HTTP 404 Not Found` },
    ]);
  });
  it("without pages, a .urls file asks for --fetch, and a .txt of URLs stays a text", async () => {
    const txt = join(dir, "links.txt");
    writeFileSync(txt, `# reading\n${BASE}cairo-truce\n\n${BASE}istanbul-talks\n`);
    const { texts, report } = await extract([LIST, txt]);
    expect(report.failed).toEqual([{ file: LIST, reason: "a list of URLs: add --fetch to fetch its pages and read them" }]);
    expect(texts.map((t) => t.id)).toEqual(["links"]);
    const fetched = await extract([txt], source(STORED));
    expect(fetched.texts.map((t) => t.title)).toEqual(["Egypt and Qatar broker a truce in Cairo", "Turkey hosts talks in Istanbul"]);
  });
  it("a .txt with prose is text even with pages", async () => {
    const txt = join(dir, "note.txt");
    writeFileSync(txt, `${BASE}cairo-truce\nQatar mediated talks between Hamas and Israel in Doha on Friday.\n`);
    const { texts } = await extract([txt], source(STORED));
    expect(texts.map((t) => t.id)).toEqual(["note"]);
  });
});

describe("findPageUrls", () => {
  it("lists feed items' links and listed URLs, each once, in input order, and nothing from other files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "backchannel-find-"));
    writeFileSync(join(dir, "a.txt"), "Just prose, https://example.org/not-a-list mentioned.\n");
    writeFileSync(join(dir, "b.txt"), "https://other.example/story\n");
    const found = await findPageUrls([FEED, LIST, dir]);
    expect(found.map((f) => f.url)).toEqual([
      `${BASE}cairo-truce`,
      `${BASE}istanbul-talks`,
      `${BASE}muscat`,
      `${BASE}geneva`,
      "https://other.example/story",
    ]);
    expect(found[0]!.file).toBe(FEED);
  });
});
