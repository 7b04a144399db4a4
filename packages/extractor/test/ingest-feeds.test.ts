// RSS 2.0 and Atom feeds: each item an article with its link, date, author, title and full text; a
// relative link resolved against the xml:base in scope and the feed's own URL.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPaths, findPageUrls } from "../src/index.js";
import { articlesFromFeed } from "../src/input/feed.js";
import { parseXml } from "../src/input/xml.js";

const FIXTURES = join(__dirname, "fixtures", "ingest");
const feed = (name: string) => articlesFromFeed(readFileSync(join(FIXTURES, name), "utf8"), name.replace(/\..*$/, ""));

describe("RSS 2.0", () => {
  const items = feed("courier.rss");

  it("makes one article per item with text, and skips an item without any", () => {
    expect(items.map((a) => a.title)).toEqual(["Norway hosts Ruritania–Elbonia talks in Oslo", "Qatar mediates between Hamas and Israel"]);
  });
  it("reads link, RFC 822 pubDate, dc:creator and the channel as source", () => {
    expect(items[0]).toMatchObject({ url: "https://courier.example/world/oslo-talks", date: "2024-03-14", author: "Marta Quill", source: "Lakeside Courier & Gazette" });
  });
  it("takes content:encoded over the description, through the HTML path", () => {
    expect(items[0]!.text).toContain("Norway hosted talks between Ruritania and Elbonia in Oslo on Wednesday.");
    expect(items[0]!.text).toContain("Émile Durand");
    expect(items[0]!.text).not.toContain("teaser");
    expect(items[0]!.text).not.toContain("Tribune Foundation");
  });
  it("falls back to an escaped-HTML description, and reads the name in an RSS author", () => {
    expect(items[1]).toMatchObject({ text: "Qatar mediated talks between Hamas and Israel in Doha on Friday, officials said.", author: "Ivo Brandt", date: "2024-03-15" });
  });
  it("gives items ids that stay when the feed changes (from the guid, else the link)", () => {
    const again = articlesFromFeed(
      readFileSync(join(FIXTURES, "courier.rss"), "utf8").replace("<item>", "<item><title>New</title><link>https://courier.example/new</link><description>Newer story.</description></item><item>"),
      "courier",
    );
    expect(again.map((a) => a.id).slice(1)).toEqual(items.map((a) => a.id));
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    expect(items[0]!.id).toMatch(/^courier-[0-9a-f]{10}$/);
  });
});

describe("Atom", () => {
  const entries = feed("wire.atom");
  it("reads the alternate link, published before updated, author name and html content", () => {
    expect(entries[0]).toMatchObject({
      title: "Egypt & Qatar broker a truce",
      url: "https://wire.example/2024/03/truce",
      date: "2024-03-16",
      author: "Lena Farr",
      source: "Harbour Wire",
      text: "Egypt and Qatar brokered a truce between Hamas and Israel in Cairo on Saturday.",
    });
  });
  it("reads xhtml content and an updated date", () => {
    expect(entries[1]).toMatchObject({ text: "Turkey hosted talks between Russia and Ukraine in Istanbul on Monday.", date: "2024-03-18", url: "https://wire.example/2024/03/istanbul" });
  });
});

describe("feeds as files", () => {
  it("extracts .rss, .atom and an .xml feed, and refuses an .xml that is no feed", async () => {
    const { graph, report } = await extractPaths(["courier.rss", "wire.atom", "feed.xml", "not-a-feed.xml"].map((f) => join(FIXTURES, f)));
    const articles = graph.nodes.filter((n) => n.attributes.type === "Article");
    expect(articles).toHaveLength(5);
    expect(articles.map((a) => a.attributes.url)).toContain("https://plain.example/1");
    expect(report.failed).toEqual([{ file: join(FIXTURES, "not-a-feed.xml"), reason: "not an RSS or Atom feed (root element <catalog>)" }]);
    const mediates = graph.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => `${e.source}>${e.target}`);
    expect(mediates).toContain("state:qatar>group:hamas");
  });
});

describe("the XML reader", () => {
  it("reads CDATA, entities, comments and self-closing tags", () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a x="1"><b>&lt;p&gt; &amp; <![CDATA[<i>raw</i> &amp;]]></b><c/><d>t</d></a>')!;
    expect(root.name).toBe("a");
    expect(root.attrs.get("x")).toBe("1");
    expect(root.children.map((c) => c.name)).toEqual(["b", "c", "d"]);
    expect(root.children[0]!.text).toBe("<p> & <i>raw</i> &amp;");
  });
  it("closes what is left open and ignores a stray end tag", () => {
    const root = parseXml("<rss><channel></item><item><title>x</title>")!;
    expect(root.children[0]!.children[0]!.children[0]!.text).toBe("x");
  });
});

describe("relative links", () => {
  const RELATIVE = join(FIXTURES, "relative");
  const read = (name: string) => articlesFromFeed(readFileSync(join(RELATIVE, name), "utf8"), name.replace(/\..*$/, ""));
  const sha10 = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 10);

  it("resolves an RSS item's link against the feed's self link, the channel's and the item's xml:base", () => {
    expect(read("bulletin.rss").map((a) => a.url)).toEqual([
      "https://bulletin.example/world/oslo-talks",
      "https://bulletin.example/feeds/next-round?ref=rss&day=2",
      "https://archive.bulletin.example/2024/march/truce.html",
      "https://mirror.example/world/mirrored",
      // an absolute link stays exactly as written (the page cache and the ids know it so)
      "HTTPS://Other.Example/World/As Written",
    ]);
  });

  it("resolves an Atom link against its own, its entry's and the feed's xml:base, the last relative to the self link", () => {
    expect(read("digest.atom").map((a) => a.url)).toEqual([
      "https://digest.example/feeds/news/ceasefire-holds",
      "https://digest.example/analysis/who-mediates",
      "https://live.digest.example/live/day-3",
    ]);
  });

  it("takes the site's link when the feed names no self link", () => {
    const xml = readFileSync(join(RELATIVE, "bulletin.rss"), "utf8").replace(/<atom:link[^>]*\/>/, "");
    expect(articlesFromFeed(xml, "bulletin")[0]!.url).toBe("https://bulletin.example/world/oslo-talks");
    expect(articlesFromFeed(xml, "bulletin")[1]!.url).toBe("https://bulletin.example/next-round?ref=rss&day=2");
  });

  it("leaves a relative link as written when there is nothing to resolve it against", () => {
    expect(read("no-base.rss").map((a) => a.url)).toEqual(["/world/talks"]);
  });

  it("keeps the ids the links as written gave (ids do not change with the resolution)", () => {
    const ids = read("bulletin.rss").map((a) => a.id);
    expect(ids.slice(0, 2)).toEqual([`bulletin-${sha10("/world/oslo-talks")}`, `bulletin-${sha10("next-round?ref=rss&day=2")}`]);
  });

  it("are what findPageUrls asks the fetcher for, and what the page source is asked", async () => {
    const found = await findPageUrls([join(RELATIVE, "bulletin.rss"), join(RELATIVE, "digest.atom")]);
    expect(found.map((f) => f.url)).toContain("https://bulletin.example/world/oslo-talks");
    expect(found.map((f) => f.url)).toContain("https://digest.example/analysis/who-mediates");
    const asked: string[] = [];
    await extractPaths([join(RELATIVE, "digest.atom")], {
      workers: 1,
      pages: (url) => {
        asked.push(url);
        return undefined;
      },
    });
    expect(asked).toEqual(["https://digest.example/feeds/news/ceasefire-holds", "https://digest.example/analysis/who-mediates", "https://live.digest.example/live/day-3"]);
  });
});
