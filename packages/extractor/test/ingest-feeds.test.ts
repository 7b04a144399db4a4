// RSS 2.0 and Atom feeds: each item an article with its link, date, author, title and full text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPaths } from "../src/index.js";
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
