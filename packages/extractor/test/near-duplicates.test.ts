// Syndicated copies: the same wire story from several outlets is extracted once, and every copy is
// kept as a source (the first copy's Article node lists `copies`, each copy's says `duplicateOf`).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseGraphJson } from "@backchannel/schema";
import { describe, expect, it } from "vitest";
import { extractArticles, extractPaths } from "../src/index.js";
import { MIN_WORDS, NEAR_DUPLICATE_THRESHOLD, NearDuplicateIndex, signature, similarity, wordHashes } from "../src/input/near-duplicates.js";

const WIRE = join(__dirname, "fixtures", "ingest", "wire");
const files = readdirSync(WIRE)
  .sort()
  .map((f) => join(WIRE, f));

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`).join(" ");

describe("word hashes", () => {
  // the definition the one-pass scanner must reproduce: FNV-1a of each [\p{L}\p{N}]+ run of the lower-cased text
  const reference = (text: string) =>
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
      return h >>> 0;
    });
  it("are the hashes of the lower-cased words, ASCII or not", () => {
    const text = "DOHA, Jan. 16 (Reuters) - Qatar's PM met Erdoğan, Öcalan's lawyers and ÉMILE in İstanbul; 北京 talks 2nd-round, 😀 ok";
    expect(wordHashes(text)).toEqual(reference(text));
    expect(wordHashes("")).toEqual([]);
    expect(wordHashes(" , ")).toEqual([]);
  });
});

describe("MinHash similarity", () => {
  const story = words(300, 1);
  it("is 1 for the same text and near 0 for unrelated texts", () => {
    expect(similarity(signature(story)!, signature(story)!)).toBe(1);
    expect(similarity(signature(story)!, signature(words(300, 2))!)).toBeLessThan(0.1);
  });
  it("estimates the shingle overlap of a trimmed copy (300 words, the last 60 cut: Jaccard about 0.8)", () => {
    const s = similarity(signature(story)!, signature(story.split(" ").slice(0, 240).join(" "))!);
    expect(s).toBeGreaterThan(0.7);
    expect(s).toBeLessThan(0.9);
  });
  it("stays under the threshold for a text sharing less than half its shingles", () => {
    const half = `${story.split(" ").slice(0, 100).join(" ")} ${words(200, 3)}`;
    expect(similarity(signature(story)!, signature(half)!)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });
  it("gives no signature to a text too short to call a copy", () => {
    expect(signature(words(MIN_WORDS - 1, 1))).toBeUndefined();
  });
  it("is deterministic", () => {
    expect([...signature(story)!]).toEqual([...signature(story)!]);
  });
  it("finds the most similar earlier text through the bands", () => {
    const index = new NearDuplicateIndex();
    index.add("a", signature(words(300, 4))!);
    index.add("b", signature(story)!);
    expect(index.find(signature(story.split(" ").slice(20).join(" "))!)?.id).toBe("b");
    expect(index.find(signature(words(300, 5))!)).toBeUndefined();
  });
  it("finds a copy of an early text after hundreds of texts sharing a stock passage with it (full buckets keep their first texts)", () => {
    // random words (a seeded generator): no two texts share more than the stock passage
    let state = 12345;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % 1000003;
    };
    const random = (n: number) => Array.from({ length: n }, () => `r${next()}`).join(" ");
    const index = new NearDuplicateIndex();
    const stock = random(80);
    const first = `${stock} ${random(220)}`;
    index.add("t0", signature(first)!);
    for (let i = 1; i < 300; i++) index.add(`t${i}`, signature(`${stock} ${random(220)}`)!);
    expect(index.find(signature(first.split(" ").slice(0, 280).join(" "))!)?.id).toBe("t0");
    expect(index.find(signature(`${stock} ${random(220)}`)!)).toBeUndefined();
  });
});

describe("wire copies from several outlets", async () => {
  const { graph, report } = await extractPaths(files);
  const article = (id: string) => graph.nodes.find((n) => n.key === `article:${id}`)?.attributes;

  it("extracts the story once and keeps the other outlets' copies as its sources", () => {
    expect(report.copies).toBe(2);
    expect(article("01-harbour-wire")?.copies).toEqual(["02-lakeside-courier", "03-valley-times"]);
    expect(article("02-lakeside-courier")).toMatchObject({ duplicateOf: "01-harbour-wire", source: "Lakeside Courier", title: "Old enemies back at the table in Norway", url: "https://courier.example/oslo" });
    expect(article("03-valley-times")).toMatchObject({ duplicateOf: "01-harbour-wire", source: "Valley Times" });
  });
  it("keeps a different story on the same events apart", () => {
    expect(article("04-geneva-follow-up")?.duplicateOf).toBeUndefined();
    const mentioned = graph.edges.filter((e) => e.attributes.type === "MENTIONED_IN" && e.target === "article:04-geneva-follow-up");
    expect(mentioned.length).toBeGreaterThan(0);
  });
  it("counts each fact once: evidence only from the first copy, and the graph honours the contract", () => {
    const evidenceArticles = new Set(graph.edges.flatMap((e) => e.attributes.evidence.map((x) => x.article)));
    expect(evidenceArticles.has("02-lakeside-courier")).toBe(false);
    expect(evidenceArticles.has("03-valley-times")).toBe(false);
    expect(evidenceArticles.has("01-harbour-wire")).toBe(true);
    const norway = graph.edges.filter((e) => e.source === "state:norway" && e.attributes.type !== "MENTIONED_IN");
    expect(norway.length).toBeGreaterThan(0);
    expect(norway.some((e) => e.attributes.evidence.some((x) => x.article === "01-harbour-wire"))).toBe(true);
    expect(() => parseGraphJson(graph)).not.toThrow();
  });
  it("reads the same way in memory", () => {
    const text = "Norway hosted talks between Ruritania and Elbonia in Oslo on Wednesday, the first direct meeting between the two governments since their border war ended in a fragile truce last spring, officials from both sides and diplomats from several countries said.";
    const g = extractArticles([
      { id: "a", text },
      { id: "b", text: `${text} More follows.`, source: "Copy Desk", date: "Thu, 14 Mar 2024 08:00:00 GMT" },
    ]);
    expect(g.nodes.find((n) => n.key === "article:b")?.attributes).toMatchObject({ duplicateOf: "a", source: "Copy Desk", date: "2024-03-14" });
  });
});
