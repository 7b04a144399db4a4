// Saved web pages: entities decoded case-sensitively, titles without the site's name, Open Graph and
// JSON-LD metadata, and the site around the article (navigation, cookie banners, share bars, byline
// boxes, related stories, footers) kept away from the extractor.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPaths } from "../src/index.js";
import { isBoilerplateName } from "../src/input/boilerplate.js";
import { articleFromHtml, decodeEntities } from "../src/input/formats.js";
import { cleanTitle } from "../src/input/title.js";

const FIXTURES = join(__dirname, "fixtures", "ingest");
const page = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

describe("HTML entities", () => {
  it("decodes every named reference, case-sensitively, and numeric ones", () => {
    expect(decodeEntities("&copy; 2024 &Eacute;mile &eacute;mile &amp; &#8212; &#x2014; &hellip; &COPY;")).toBe("© 2024 Émile émile & — — … ©");
    expect(decodeEntities("&Sigma;&sigma; &rarr; &frac12; &ZeroWidthSpace;")).toBe("Σσ → ½ \u200b");
  });
  it("leaves what is no reference alone", () => {
    expect(decodeEntities("AT&T & partners; &unknownthing;")).toBe("AT&T & partners; &unknownthing;");
  });
  it("reads a page's text and title with their entities resolved", () => {
    const a = articleFromHtml(page("entities-only.html"), "e");
    expect(a.text).toContain("Émile met émile in the café & both signed © and © forms.");
    expect(a.text).toContain("<tags> stay as text");
    expect(a.title).toBe("Café talks – Émile & the © question");
  });
});

describe("page titles", () => {
  const ctx = { siteNames: ["Lakeside Courier"], headlines: [] };
  it.each([
    ["Talks resume | Lakeside Courier", "Talks resume"],
    ["Talks resume - Lakeside Courier", "Talks resume"],
    ["Talks resume — The Lakeside Courier", "Talks resume"],
    ["Lakeside Courier | Talks resume", "Talks resume"],
    ["Talks resume in Oslo | World | Lakeside Courier", "Talks resume in Oslo"],
    ["Talks resume in Oslo | Daily Nation", "Talks resume in Oslo"],
  ])("%s is the headline %s", (title, headline) => {
    expect(cleanTitle(title, ctx)).toBe(headline);
  });
  it("keeps a dash that is part of the headline", () => {
    expect(cleanTitle("Sudan talks - a timeline of failures", ctx)).toBe("Sudan talks - a timeline of failures");
    expect(cleanTitle("Ceasefire holds - for now", ctx)).toBe("Ceasefire holds - for now");
  });
  it("drops an unknown site when the page states the headline elsewhere", () => {
    expect(cleanTitle("Ceasefire holds - Harbour Gazette Online Edition", { siteNames: [], headlines: ["Ceasefire holds"] })).toBe("Ceasefire holds");
  });
});

describe("a saved news page", () => {
  const a = articleFromHtml(page("saved-page.html"), "saved-page");

  it("reads Open Graph and JSON-LD metadata", () => {
    expect(a.title).toBe("Mediators bring Ruritania and Elbonia back to the table");
    expect(a.source).toBe("Lakeside Courier");
    expect(a.url).toBe("https://courier.example/world/talks-resume");
    expect(a.date).toBe("2024-03-14");
  });
  it("takes the author from the byline box, not from a profile URL", () => {
    expect(a.author).toBe("Marta Quill");
  });
  it("keeps the article's paragraphs with their entities resolved", () => {
    expect(a.text).toContain("Norway hosted talks between Ruritania and Elbonia in Oslo on Wednesday");
    expect(a.text).toContain("Émile Durand, said both delegations had agreed to meet again next month & to exchange prisoners");
    expect(a.text).toContain("“This is a beginning, not an end,” Durand said—adding that the talks would continue in Geneva…");
  });
  it.each([
    ["the cookie banner", "Digital Privacy Council"],
    ["the navigation", "Business"],
    ["the share bar", "Tribune Foundation"],
    ["the related stories", "Zembla Alliance"],
    ["the newsletter box", "Harbour Press Trust"],
    ["the most-read list", "Grand Fenwick"],
    ["the footer", "Nation Media Group"],
    ["the byline box", "Marta Quill"],
  ])("drops %s", (_what, words) => {
    expect(a.text).not.toContain(words);
  });
  it("gives the extractor no node from the site around the article", async () => {
    const { graph } = await extractPaths([join(FIXTURES, "saved-page.html")]);
    const names = graph.nodes.map((n) => n.attributes.name);
    expect(names.some((n) => /Nation Media|Zembla|Fenwick|Tribune|Privacy Council/.test(n))).toBe(false);
    const article = graph.nodes.find((n) => n.attributes.type === "Article")!;
    expect(article.attributes).toMatchObject({ title: a.title, source: "Lakeside Courier", author: "Marta Quill", date: "2024-03-14" });
  });
});

describe("boilerplate names", () => {
  it.each(["cookie-banner", "relatedStories", "share_bar", "newsletter-signup", "most-read", "ad-slot", "site-footer"])("%s is boilerplate", (n) => {
    expect(isBoilerplateName(n)).toBe(true);
  });
  it.each(["story-body", "shared-content", "navigator-note", "has-sidebar", "is-sharing", "article-text", "leading-paragraph"])("%s is not", (n) => {
    expect(isBoilerplateName(n)).toBe(false);
  });
  it("keeps a page whose wrappers all look like boilerplate rather than dropping the article", () => {
    const html = `<html><body><div class="sidebar-layout"><p>${"Egypt hosted talks between Israel and Hamas in Cairo on Monday. ".repeat(5)}</p></div></body></html>`;
    expect(articleFromHtml(html, "x").text).toContain("Egypt hosted talks");
  });
  it("keeps the article when a page's <article> is only a teaser", () => {
    const body = "Qatar mediated between the two sides in Doha for a third day. ".repeat(8);
    const html = `<html><body><article class="teaser"><p>Read this too.</p></article><div class="content"><p>${body}</p></div></body></html>`;
    expect(articleFromHtml(html, "x").text).toContain("Qatar mediated");
  });
});
