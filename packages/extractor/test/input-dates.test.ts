// Publication dates in every form articles arrive with: JSON fields (ISO and RSS's RFC 822),
// JSON-LD, meta tags, <time datetime>, Markdown front matter and a leading date line; and the
// relative days of the text ("on Saturday") resolved against them.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPaths } from "../src/index.js";
import { dateOfDateLine, normalizeDate } from "../src/input/metadata.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "backchannel-dates-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BODY = "Qatar hosted talks between Israel and Hamas in Doha on Saturday.";

async function articleDate(name: string, content: string) {
  await writeFile(join(dir, name), content);
  const { graph } = await extractPaths([join(dir, name)]);
  const article = graph.nodes.find((n) => n.attributes.type === "Article")!;
  const meeting = graph.nodes.find((n) => n.attributes.type === "Meeting");
  return { date: article.attributes.date, title: article.attributes.title, source: article.attributes.source, meetingDate: meeting?.attributes.date };
}

describe("normalizeDate", () => {
  it.each([
    ["Thu, 15 Aug 2024 10:00:00 GMT", "2024-08-15"],
    ["Sat, 3 Feb 2024 07:00:00 +0000", "2024-02-03"],
    ["2024-08-15T23:30:00-04:00", "2024-08-15"],
    ["Thursday, August 15, 2024", "2024-08-15"],
    ["15 Aug. 2024", "2024-08-15"],
    ["15.08.2024", "2024-08-15"],
    ["2024/8/5", "2024-08-05"],
    ["31 February 2024", undefined],
    ["yesterday", undefined],
  ])("%s -> %s", (value, iso) => {
    expect(normalizeDate(value)).toBe(iso);
  });
});

describe("a leading date line", () => {
  it.each([
    ["15 August 2024", "2024-08-15"],
    ["Published: Thu, 15 Aug 2024 10:00 GMT", "2024-08-15"],
    ["August 15, 2024 at 10:02 a.m. EDT", "2024-08-15"],
    ["Updated 2024-08-15", "2024-08-15"],
    ["15 August 2024 talks resumed in Doha", undefined],
    ["Doha, 15 August 2024", undefined],
  ])("%j -> %s", (line, iso) => {
    expect(dateOfDateLine(line)).toBe(iso);
  });
});

describe("article dates from each input form", () => {
  it("reads an RSS pubDate in a JSON article and resolves 'on Saturday' against it", async () => {
    const got = await articleDate("rss.json", JSON.stringify({ title: "T", pubDate: "Mon, 19 Aug 2024 08:00:00 GMT", text: BODY }));
    expect(got).toMatchObject({ date: "2024-08-19", meetingDate: "2024-08-17" });
  });

  it("reads JSON-LD datePublished, headline and publisher before meta tags", async () => {
    const html = `<html><head><title>Site | Page</title>
<meta property="article:published_time" content="2024-08-01">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
{"@type":"NewsArticle","headline":"Talks in Doha","datePublished":"2024-08-19T08:00:00Z","publisher":{"@type":"Organization","name":"The Daily Example"}}]}</script>
</head><body><p>${BODY}</p></body></html>`;
    const got = await articleDate("ld.html", html);
    expect(got).toMatchObject({ date: "2024-08-19", source: "The Daily Example", meetingDate: "2024-08-17" });
  });

  it("reads a meta tag whatever the order of its attributes", async () => {
    const got = await articleDate("meta.html", `<html><head><meta content="2024-08-19T08:00:00Z" property="article:published_time"></head><body><p>${BODY}</p></body></html>`);
    expect(got.date).toBe("2024-08-19");
  });

  it("reads <time datetime> in the body", async () => {
    const got = await articleDate("time.html", `<html><body><article><time class="pub" datetime="2024-08-19T08:00:00+02:00">19 August</time><p>${BODY}</p></article></body></html>`);
    expect(got).toMatchObject({ date: "2024-08-19", meetingDate: "2024-08-17" });
  });

  it("reads a leading date line in plain text and masks it", async () => {
    const got = await articleDate("line.txt", `Monday, 19 August 2024\n\n${BODY}`);
    expect(got).toMatchObject({ date: "2024-08-19", meetingDate: "2024-08-17" });
  });

  it("reads Markdown front matter", async () => {
    const got = await articleDate("fm.md", `---\ntitle: Talks\ndate: Mon, 19 Aug 2024 08:00:00 GMT\n---\n\n${BODY}\n`);
    expect(got).toMatchObject({ date: "2024-08-19", meetingDate: "2024-08-17" });
  });
});
