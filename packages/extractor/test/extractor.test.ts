import { describe, expect, it } from "vitest";
import { mkdtemp, writeFile, mkdir, readFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parseGraphJson, type GraphJson } from "@backchannel/schema";
import { extractArticles, extractPaths, writeGraphJson } from "../src/index.js";
import { readTextMetadata } from "../src/input/metadata.js";
import { analyse } from "../src/nlp/wink.js";
// The project's scorer, by relative path: the extractor package keeps schema as its only workspace dependency.
import { scoreGraph } from "../../evaluation/src/index.js";

const SEEDS = join(__dirname, "../../../seeds");
const HELDOUT = join(__dirname, "fixtures/heldout");
const HELDOUT2 = join(__dirname, "fixtures/heldout2");
const SEEDS_GOLD = join(__dirname, "../../evaluation/gold/seeds.gold.json");

/** Scores a graph.json written to disk (the file, as a user would score it) against a gold file. */
const scoreReport = (gold: string, graph: string) => scoreGraph(JSON.parse(readFileSync(gold, "utf8")), JSON.parse(readFileSync(graph, "utf8")));
const scoreFile = (gold: string, graph: string) => scoreReport(gold, graph).result;

const node = (g: GraphJson, key: string) => g.nodes.find((n) => n.key === key);
const edge = (g: GraphJson, type: string, s: string, t: string) => g.edges.find((e) => e.attributes.type === type && e.source === s && e.target === t);

describe("nlp", () => {
  it("keeps character offsets and re-joins split letters", () => {
    const a = analyse("Turkish President Recep Tayyip Erdoğan met Abbas.\nHe said so.");
    const erd = a.tokens.find((t) => t.text.startsWith("Erdo"))!;
    expect(erd.text).toBe("Erdoğan");
    for (const t of a.tokens) expect(a.text.slice(t.start, t.end)).toBe(t.text);
    expect(a.sentences.length).toBe(2);
  });
  it("does not end a sentence at the dot of a name's abbreviation, unless a sentence opener follows", () => {
    expect(analyse("David Zaslav of Warner Bros. Discovery and Donna Langley of NBCUniversal joined the talks.").sentences.length).toBe(1);
    expect(analyse("The deal was signed by Acme Bros. The union said it would vote.").sentences.length).toBe(2);
  });
});

describe("metadata", () => {
  it("reads a leading date line, bylines and credits, and masks them", () => {
    const text = " date 2024-02-02 Qatar said.\n\nBy Nathan Morley\n\nAP Photo/Fatima Shbair\n\nReporting by Doina Chiacu; editing by Mark Heinrich";
    const m = readTextMetadata(text);
    expect(m.date).toBe("2024-02-02");
    expect(m.author).toBe("Nathan Morley");
    expect(m.credits.length).toBe(2);
    expect(m.masked.length).toBe(text.length);
    expect(m.masked).not.toContain("Shbair");
    expect(m.masked).not.toContain("Morley");
  });
  it("reads a name alone in capitals near the top as the byline, not a section label", () => {
    const m = readTextMetadata("NHL, players reach tentative deal\n\nMARC LÉVESQUE-DUNN\n\nNEW YORK — The lockout is over.");
    expect(m.author).toBe("MARC LÉVESQUE-DUNN");
    expect(m.masked).not.toContain("MARC");
    expect(readTextMetadata("Talks resume\n\nBREAKING NEWS\n\nThe talks resumed.").author).toBeUndefined();
  });
  it("masks a wire story's helpers at its end", () => {
    const m = readTextMetadata("Oil deal done\n\nThe producers agreed.\n\n--With assistance from Ana Ruiz-Bell and Tomas Ek.\n\nContributing: Lee Park");
    expect(m.masked).not.toMatch(/Ruiz-Bell|Lee Park/);
    expect(m.credits.length).toBe(2);
  });
  it("masks a press release's end mark", () => {
    expect(readTextMetadata("Unions and employers agree\n\nThe unions met the employers.\n\nENDS\n\n- ends -\n").masked).not.toMatch(/ENDS|ends/);
  });
  it("reads a dateline place", () => {
    expect(readTextMetadata("DOHA, Qatar — Mediators met.").datelinePlace).toBe("Doha");
    // an em dash set close, as the Philippine papers do
    expect(readTextMetadata("MANILA, Philippines—The Philippines and the United States signed the pact.").datelinePlace).toBe("Manila");
    // day before month, no agency
    const m = readTextMetadata("NAY PYI TAW, 15 October - President Thein Sein signed the accord.");
    expect(m.datelinePlace).toBe("Nay Pyi Taw");
    expect(m.masked).not.toContain("NAY PYI TAW");
  });
});

describe("extractArticles", () => {
  const g = extractArticles([
    { id: "a1", date: "2024-08-16", text: "Norway's special envoy Tor Wennesland met with Sudanese army chief Abdel Fattah al-Burhan in Port Sudan on Thursday. Wennesland said the talks were useful. Washington says it backs the talks." },
    { id: "a2", text: "Qatar, Egypt and the United States, serving as mediators, hosted talks between Israel and Hamas in Doha on Sunday. Hamas demanded a permanent ceasefire." },
    { id: "a3", text: "Qatar, Egypt and the United States, serving as mediators, hosted talks between Israel and Hamas in Doha on Sunday. Hamas demanded a permanent ceasefire." },
  ]);
  it("satisfies the contract", () => {
    expect(() => parseGraphJson(g)).not.toThrow();
  });
  it("types states, capital metonymy, groups and persons with roles and affiliations", () => {
    expect(node(g, "state:norway")?.attributes.type).toBe("State");
    expect(node(g, "state:united-states")?.attributes.aliases).toContain("Washington");
    const p = g.nodes.find((n) => n.attributes.name === "Tor Wennesland");
    expect(p?.attributes.type).toBe("Person");
    expect(p?.attributes.aliases).toContain("Wennesland");
    expect(p?.attributes.roles?.join(" ")).toMatch(/envoy/);
    expect(edge(g, "AFFILIATED_WITH", p!.key, "state:norway")).toBeTruthy();
  });
  it("extracts meetings, mediators, meets and demands with provenance", () => {
    const mediates = g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => e.source);
    expect(new Set(mediates)).toEqual(new Set(["state:qatar", "state:egypt", "state:united-states"]));
    const meeting = g.nodes.find((n) => n.attributes.type === "Meeting" && n.attributes.place === "Doha");
    expect(meeting).toBeTruthy();
    expect(edge(g, "MEETS", "state:israel", "group:hamas") ?? edge(g, "MEETS", "group:hamas", "state:israel")).toBeTruthy();
    const d = edge(g, "DEMANDS", "group:hamas", "state:israel");
    expect(d?.attributes.what).toMatch(/permanent ceasefire/);
    for (const e of g.edges) {
      for (const ev of e.attributes.evidence) {
        expect(typeof ev.rule).toBe("string");
        const text = ev.article === "a1" ? "" : "x";
        void text;
        expect(ev.end! >= ev.start!).toBe(true);
      }
    }
  });
  it("resolves a weekday against the article date", () => {
    const m = g.nodes.find((n) => n.attributes.type === "Meeting" && n.attributes.place === "Port Sudan");
    if (m) expect(m.attributes.date).toBe("2024-08-15");
  });
  it("counts identical articles once", () => {
    const art = g.nodes.filter((n) => n.attributes.type === "Article");
    expect(art.length).toBe(2);
  });
  it("evidence offsets point at the sentence in the article text", () => {
    const text = "Qatar, Egypt and the United States, serving as mediators, hosted talks between Israel and Hamas in Doha on Sunday. Hamas demanded a permanent ceasefire.";
    const d = edge(g, "DEMANDS", "group:hamas", "state:israel")!;
    const ev = d.attributes.evidence[0]!;
    expect(text.slice(ev.start!, ev.end!)).toBe(ev.sentence);
  });
});

describe("extractPaths", () => {
  it("reads what crawlers and feeds write: news-please, schema.org NewsArticle", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bc-crawl-"));
    const newsPlease = {
      title: "Talks resume in Doha",
      maintext: "Qatar mediated talks between Israel and Hamas in Doha on Monday.",
      date_publish: "2024-08-16 09:30:00",
      source_domain: "example.com",
      authors: ["A. Writer", "B. Writer"],
      url: "https://example.com/a",
    };
    const schemaOrg = { "@type": "NewsArticle", headline: "Oman steps in", articleBody: "Oman mediated between Iran and the United States.", datePublished: "2021-04-06T10:00:00Z" };
    await writeFile(join(dir, "crawl.jsonl"), `${JSON.stringify({ id: "np", ...newsPlease })}\n${JSON.stringify({ id: "so", ...schemaOrg })}\n`);
    const { graph, report } = await extractPaths([dir]);
    expect(report.failed).toEqual([]);
    const np = node(graph, "article:np")!.attributes as Record<string, unknown>;
    expect(np).toMatchObject({ title: "Talks resume in Doha", date: "2024-08-16", source: "example.com", author: "A. Writer, B. Writer", url: "https://example.com/a" });
    expect(node(graph, "article:so")!.attributes).toMatchObject({ title: "Oman steps in", date: "2021-04-06" });
    expect(edge(graph, "MEDIATES", "state:oman", "state:iran") ?? edge(graph, "MEDIATES", "state:oman", "state:united-states")).toBeDefined();
  });

  it("reads every format, reports bad files by name, and streams JSONL", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bc-extract-"));
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "a.txt"), "Qatar's prime minister met Hamas leaders in Doha.");
    await writeFile(join(dir, "sub", "b.md"), "---\ntitle: T\ndate: 2024-01-02\n---\n# T\n\nEgypt hosted talks between **Israel** and Hamas.");
    await writeFile(join(dir, "c.html"), "<html><head><title>X</title><script>Kagame met Tshisekedi</script></head><body><p>Angola mediated between Congo and Rwanda.</p></body></html>");
    await writeFile(join(dir, "d.json"), JSON.stringify([{ id: "d1", text: "Norway facilitated talks between Colombia and the ELN." }, { body: "Turkey hosted Russia and Ukraine." }]));
    await writeFile(join(dir, "e.jsonl"), '{"text":"Oman mediated between Saudi Arabia and the Houthis."}\nnot json\n{"title":"no text"}\n');
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "bin.txt"), Buffer.from([0x48, 0x00, 0x01, 0x02]));
    await writeFile(join(dir, "bad.txt"), Buffer.from([0x48, 0xff, 0xfe, 0x41]));
    await writeFile(join(dir, "broken.json"), "{ nope");
    await writeFile(join(dir, "notes.pdf"), "x");
    await writeFile(join(dir, "big.txt"), "Qatar mediated. ".repeat(200));
    const { graph, report } = await extractPaths([dir, join(dir, "missing.txt")], { maxFileBytes: 1000 });
    expect(() => parseGraphJson(graph)).not.toThrow();
    const reasons = Object.fromEntries(report.failed.map((f) => [f.file.split("/").pop(), f.reason]));
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["bin.txt"]).toMatch(/binary/);
    expect(reasons["bad.txt"]).toMatch(/UTF-8/);
    expect(reasons["broken.json"]).toMatch(/JSON/);
    expect(reasons["notes.pdf"]).toMatch(/extension/);
    expect(reasons["big.txt"]).toMatch(/too large/);
    expect(reasons["missing.txt"]).toMatch(/cannot read/);
    expect(reasons["e.jsonl"]).toMatch(/line 2.*malformed JSON.*line 3.*no text/);
    const ids = graph.nodes.filter((n) => n.attributes.type === "Article").map((n) => n.key).sort();
    expect(ids).toEqual(["article:a", "article:b", "article:c", "article:d-2", "article:d1", "article:e-1"]);
    expect(graph.nodes.some((n) => n.attributes.name === "Paul Kagame")).toBe(false);
    expect(report.articlesRead).toBe(6);
    const out = join(dir, "out", "graph.json");
    await writeGraphJson(graph, out);
    expect(parseGraphJson(JSON.parse(await readFile(out, "utf8")))).toBeTruthy();
  });
});

describe("scores", () => {
  const score = async (dir: string, gold: string) => {
    const { graph } = await extractPaths([dir]);
    const tmp = await mkdtemp(join(tmpdir(), "bc-score-"));
    await writeGraphJson(graph, join(tmp, "g.json"));
    return scoreFile(gold, join(tmp, "g.json"));
  };
  it("seeds: entities >= 0.95, relations >= 0.85", async () => {
    const r = await score(SEEDS, SEEDS_GOLD);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.85);
  });
  it("held-out fixtures: entities >= 0.85, relations >= 0.70", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bc-heldout-"));
    for (const f of readdirSync(HELDOUT)) if (f !== "gold.json") await writeFile(join(dir, f), readFileSync(join(HELDOUT, f)));
    const r = await score(dir, join(HELDOUT, "gold.json"));
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.7);
  });
  // Second held-out set: written and annotated before the extractor saw it (blind score in gold.about:
  // entities 0.899, relations 0.538); rules were tuned against it afterwards, so the thresholds sit
  // a little under what the extractor reaches now (entities ~0.98, relations ~0.88), not at the
  // product targets.
  it("held-out set 2 (other conflicts): entities >= 0.93, relations >= 0.80", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bc-heldout2-"));
    for (const f of readdirSync(HELDOUT2)) if (f !== "gold.json") await writeFile(join(dir, f), readFileSync(join(HELDOUT2, f)));
    const r = await score(dir, join(HELDOUT2, "gold.json"));
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.8);
  });
});

/** Extracts a held-out fixture folder (every file but gold.json) and scores it against its gold. */
async function scoreHeldout(folder: string, transform: (text: string) => string = (t) => t) {
  const dir = await mkdtemp(join(tmpdir(), "bc-heldout-"));
  for (const f of readdirSync(folder)) if (f !== "gold.json") await writeFile(join(dir, f), transform(readFileSync(join(folder, f), "utf8")));
  const { graph } = await extractPaths([dir]);
  await writeGraphJson(graph, join(dir, "g.json"));
  const report = scoreReport(join(folder, "gold.json"), join(dir, "g.json"));
  return { ...report.result, demandWhat: report.demandWhat };
}

describe("scores (third held-out set)", () => {
  const HELDOUT3 = join(__dirname, "fixtures/heldout3");
  // Annotated blind after the heldout2 work (blind: entities 0.897, relations 0.657; see gold.about),
  // then tuned on: thresholds under what the extractor reaches now (entities ~0.97, relations ~0.84).
  it("held-out set 3: entities >= 0.93, relations >= 0.75", async () => {
    const r = await scoreHeldout(HELDOUT3);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.75);
  });
});

describe("held-out set 4 (blind: entities 0.865, relations 0.678)", () => {
  const HELDOUT4 = join(__dirname, "fixtures/heldout4");
  // Annotated blind after the heldout3 work (see gold.about), then tuned on: thresholds under what the
  // extractor reaches now (entities ~0.97, relations ~0.88).
  it("held-out set 4: entities >= 0.93, relations >= 0.80", async () => {
    const r = await scoreHeldout(HELDOUT4);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.8);
  });
});

describe("held-out set 5", () => {
  const HELDOUT5 = join(__dirname, "fixtures/heldout5");
  // Annotated blind (see gold.about: entities 0.942, relations 0.784 blind), then tuned on: thresholds
  // under what the extractor reaches now (entities ~0.98, relations ~0.91).
  it("held-out set 5: entities >= 0.95, relations >= 0.87", async () => {
    const r = await scoreHeldout(HELDOUT5);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.87);
  });
});

describe("held-out set 6", () => {
  const HELDOUT6 = join(__dirname, "fixtures/heldout6");
  // Annotated blind (see gold.about: entities 0.907, relations 0.703 blind), then tuned on: thresholds
  // under what the extractor reaches now (entities ~0.945, relations ~0.89).
  it("held-out set 6: entities >= 0.93, relations >= 0.87", async () => {
    const r = await scoreHeldout(HELDOUT6);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.87);
  });
});

describe("held-out set 7", () => {
  const HELDOUT7 = join(__dirname, "fixtures/heldout7");
  // Annotated blind (see gold.about: entities 0.867, relations 0.448 blind), then partly tuned on:
  // thresholds just under what the extractor reaches now (entities ~0.936, relations ~0.611).
  it("held-out set 7: entities >= 0.92, relations >= 0.60", async () => {
    const r = await scoreHeldout(HELDOUT7);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.92);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.6);
  });
});

describe("held-out set 8", () => {
  const HELDOUT8 = join(__dirname, "fixtures/heldout8");
  // Annotated blind (see gold.about: entities 0.894, relations 0.656 blind), then partly tuned on:
  // thresholds just under what the extractor reaches now (entities ~0.925, relations ~0.833).
  it("held-out set 8: entities >= 0.91, relations >= 0.82", async () => {
    const r = await scoreHeldout(HELDOUT8);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.91);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.82);
  });
});

describe("held-out set 9", () => {
  const HELDOUT9 = join(__dirname, "fixtures/heldout9");
  // Annotated blind (see gold.about: entities 0.927, relations 0.774 blind), then partly tuned on:
  // thresholds just under what the extractor reaches now (entities ~0.978, relations ~0.939).
  it("held-out set 9: entities >= 0.96, relations >= 0.92", async () => {
    const r = await scoreHeldout(HELDOUT9);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.96);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.92);
  });
});

describe("held-out set 10 (widened styles; blind: entities 0.855, relations 0.746)", () => {
  const HELDOUT10 = join(__dirname, "fixtures/heldout10");
  // Annotated blind (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.910, relations ~0.919, the wording of demands ~0.61 mean token F1).
  it("held-out set 10: entities >= 0.89, relations >= 0.90, demand wording >= 0.58", async () => {
    const r = await scoreHeldout(HELDOUT10);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.89);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.58);
  });
});

describe("held-out set 11 (widened styles; blind: entities 0.882 / 0.907, relations 0.695 / 0.702)", () => {
  const HELDOUT11 = join(__dirname, "fixtures/heldout11");
  // Scored blind at two commits (see gold.about), then partly tuned on: thresholds just under what the
  // extractor reaches now (entities ~0.920, relations ~0.818, the wording of demands ~0.48).
  it("held-out set 11: entities >= 0.90, relations >= 0.80, demand wording >= 0.46", async () => {
    const r = await scoreHeldout(HELDOUT11);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.8);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.46);
  });
});

describe("held-out set 12 (widened styles, by a helper that never saw the extractor; blind: entities 0.931, relations 0.832)", () => {
  const HELDOUT12 = join(__dirname, "fixtures/heldout12");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.951, relations ~0.875, the wording of demands ~0.634).
  it("held-out set 12: entities >= 0.94, relations >= 0.86, demand wording >= 0.61", async () => {
    const r = await scoreHeldout(HELDOUT12);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.86);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.61);
  });
});

describe("held-out set 13 (widened styles, by a helper that never saw the extractor; blind: entities 0.912, relations 0.677)", () => {
  const HELDOUT13 = join(__dirname, "fixtures/heldout13");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.951, relations ~0.851, the wording of demands ~0.659).
  it("held-out set 13: entities >= 0.94, relations >= 0.84, demand wording >= 0.64", async () => {
    const r = await scoreHeldout(HELDOUT13);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.84);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.64);
  });
});

describe("held-out set 14 (widened styles, by a helper that never saw the extractor; blind: entities 0.863, relations 0.600)", () => {
  const HELDOUT14 = join(__dirname, "fixtures/heldout14");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.913, relations ~0.785, the wording of demands ~0.574).
  it("held-out set 14: entities >= 0.90, relations >= 0.77, demand wording >= 0.55", async () => {
    const r = await scoreHeldout(HELDOUT14);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.77);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.55);
  });
});

describe("held-out set 15 (widened styles, by a helper that never saw the extractor; blind: entities 0.884, relations 0.645)", () => {
  const HELDOUT15 = join(__dirname, "fixtures/heldout15");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.930, relations ~0.778, the wording of demands ~0.620).
  it("held-out set 15: entities >= 0.91, relations >= 0.76, demand wording >= 0.60", async () => {
    const r = await scoreHeldout(HELDOUT15);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.91);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.76);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.6);
  });
});

describe("held-out set 16 (wire copy, statements and newspaper reports, by a helper that never saw the extractor; blind: entities 0.888, relations 0.679)", () => {
  const HELDOUT16 = join(__dirname, "fixtures/heldout16");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.940, relations ~0.789, the wording of demands ~0.692).
  it("held-out set 16: entities >= 0.92, relations >= 0.775, demand wording >= 0.67", async () => {
    const r = await scoreHeldout(HELDOUT16);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.92);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.775);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.67);
  });
});

describe("held-out set 17 (24 short excerpts in the styles of 24 outlets, by a helper that never saw the extractor; blind: entities 0.883, relations 0.660)", () => {
  const HELDOUT17 = join(__dirname, "fixtures/heldout17");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.918, relations ~0.761, the wording of demands ~0.544).
  it("held-out set 17: entities >= 0.90, relations >= 0.745, demand wording >= 0.52", async () => {
    const r = await scoreHeldout(HELDOUT17);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.745);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.52);
  });
});

describe("held-out set 18 (24 excerpts in the styles of 24 outlets, by a helper that never saw the extractor; blind: entities 0.921, relations 0.788)", () => {
  const HELDOUT18 = join(__dirname, "fixtures/heldout18");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.941, relations ~0.837, the wording of demands ~0.603).
  it("held-out set 18: entities >= 0.93, relations >= 0.825, demand wording >= 0.57", async () => {
    const r = await scoreHeldout(HELDOUT18);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.825);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.57);
  });
});

describe("held-out set 19 (press releases, live blogs, state media and features, by a helper that never saw the extractor; blind: entities 0.839, relations 0.622)", () => {
  const HELDOUT19 = join(__dirname, "fixtures/heldout19");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.887, relations ~0.726, the wording of demands ~0.592).
  it("held-out set 19: entities >= 0.88, relations >= 0.71, demand wording >= 0.58", async () => {
    const r = await scoreHeldout(HELDOUT19);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.88);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.71);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.58);
  });
});

describe("held-out set 20 (long features, an interview, a timeline, translated agency copy, parliamentary reports, by a helper that never saw the extractor; blind: entities 0.837, relations 0.613)", () => {
  const HELDOUT20 = join(__dirname, "fixtures/heldout20");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.871, relations ~0.751, the wording of demands ~0.497).
  it("held-out set 20: entities >= 0.86, relations >= 0.745, demand wording >= 0.49", async () => {
    const r = await scoreHeldout(HELDOUT20);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.86);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.745);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.49);
  });
});

describe("held-out set 21 (ordinary daily wire and newspaper copy, by a helper that never saw the extractor; blind: entities 0.811, relations 0.672)", () => {
  const HELDOUT21 = join(__dirname, "fixtures/heldout21");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.856, relations ~0.766, the wording of demands ~0.666).
  it("held-out set 21: entities >= 0.85, relations >= 0.76, demand wording >= 0.66", async () => {
    const r = await scoreHeldout(HELDOUT21);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.76);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.66);
  });
});

describe("held-out set 22 (daily wire and newspaper copy, briefs, statements, an analysis and a Q&A, by a helper that never saw the extractor; blind: entities 0.848, relations 0.651)", () => {
  const HELDOUT22 = join(__dirname, "fixtures/heldout22");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.890, relations ~0.770, the wording of demands ~0.513).
  it("held-out set 22: entities >= 0.885, relations >= 0.765, demand wording >= 0.50", async () => {
    const r = await scoreHeldout(HELDOUT22);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.885);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.765);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.5);
  });
});

describe("held-out set 23 (daily wire, newspaper and broadcast copy, a live blog, a union release and a joint media release, by a helper that never saw the extractor; blind: entities 0.786, relations 0.657)", () => {
  const HELDOUT23 = join(__dirname, "fixtures/heldout23");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.848, relations ~0.757, the wording of demands ~0.608).
  it("held-out set 23: entities >= 0.84, relations >= 0.75, demand wording >= 0.60", async () => {
    const r = await scoreHeldout(HELDOUT23);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.84);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.75);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.6);
  });
});

describe("held-out set 24 (daily copy, two features, a facilitator's communiqué, a Security Council press statement and a briefing transcript, by a helper that never saw the extractor; blind: entities 0.798, relations 0.637)", () => {
  const HELDOUT24 = join(__dirname, "fixtures/heldout24");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.835, relations ~0.727, the wording of demands ~0.525).
  it("held-out set 24: entities >= 0.83, relations >= 0.72, demand wording >= 0.52", async () => {
    const r = await scoreHeldout(HELDOUT24);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.83);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.72);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.52);
  });
});

describe("held-out set 25 (mainstream news on headline negotiations, two briefs, an explainer, an analysis, a UN envoy's press release and a joint statement, by a helper that never saw the extractor; blind: entities 0.871, relations 0.788)", () => {
  const HELDOUT25 = join(__dirname, "fixtures/heldout25");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.889, relations ~0.834, the wording of demands ~0.677).
  it("held-out set 25: entities >= 0.88, relations >= 0.82, demand wording >= 0.65", async () => {
    const r = await scoreHeldout(HELDOUT25);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.88);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.82);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.65);
  });
});

describe("held-out set 26 (wire and newspaper copy on negotiations of 2012-2019, two briefs, an analysis, a ministry press release and an EU statement, by a helper that never saw the extractor; blind: entities 0.884, relations 0.750)", () => {
  const HELDOUT26 = join(__dirname, "fixtures/heldout26");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.894, relations ~0.786, the wording of demands ~0.580).
  it("held-out set 26: entities >= 0.885, relations >= 0.775, demand wording >= 0.57", async () => {
    const r = await scoreHeldout(HELDOUT26);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.885);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.775);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.57);
  });
});

describe("held-out set 27 (wire copy with datelines, press releases, a brief, a feature, a Q&A, a live blog and an analysis on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.892, relations 0.720)", () => {
  const HELDOUT27 = join(__dirname, "fixtures/heldout27");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.898, relations ~0.750, the wording of demands ~0.537).
  it("held-out set 27: entities >= 0.89, relations >= 0.74, demand wording >= 0.53", async () => {
    const r = await scoreHeldout(HELDOUT27);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.89);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.74);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.53);
  });
});

describe("held-out set 28 (wire copy with datelines, bylines and captions, statements, briefs, a feature, a Q&A, a live blog and an analysis on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.870, relations 0.726)", () => {
  const HELDOUT28 = join(__dirname, "fixtures/heldout28");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.890, relations ~0.810, the wording of demands ~0.617).
  it("held-out set 28: entities >= 0.885, relations >= 0.80, demand wording >= 0.61", async () => {
    const r = await scoreHeldout(HELDOUT28);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.885);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.8);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.61);
  });
});

describe("held-out set 29 (wire copy, a White House readout, a joint statement, a state-media wire, a timeline, a live blog, an interview, a Q&A, an analysis and briefs on negotiations of 2015-2025, by a helper that never saw the extractor; blind: entities 0.864, relations 0.682)", () => {
  const HELDOUT29 = join(__dirname, "fixtures/heldout29");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.879, relations ~0.756, the wording of demands ~0.516).
  it("held-out set 29: entities >= 0.875, relations >= 0.75, demand wording >= 0.51", async () => {
    const r = await scoreHeldout(HELDOUT29);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.875);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.75);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.51);
  });
});

describe("held-out set 30 (wire copy, a live blog, an interview, a Q&A, a timeline, a press release, joint texts and a brief on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.877, relations 0.672)", () => {
  const HELDOUT30 = join(__dirname, "fixtures/heldout30");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.886, relations ~0.723, the wording of demands ~0.544).
  it("held-out set 30: entities >= 0.88, relations >= 0.715, demand wording >= 0.535", async () => {
    const r = await scoreHeldout(HELDOUT30);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.88);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.715);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.535);
  });
});

describe("held-out set 31 (wire copy, a live blog, a timeline, a Q&A, press releases, a joint communiqué, an interview, a feature and briefs on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.858, relations 0.707)", () => {
  const HELDOUT31 = join(__dirname, "fixtures/heldout31");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.871, relations ~0.766, the wording of demands ~0.577).
  it("held-out set 31: entities >= 0.865, relations >= 0.76, demand wording >= 0.57", async () => {
    const r = await scoreHeldout(HELDOUT31);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.865);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.76);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.57);
  });
});

describe("held-out set 32 (24 outlets' and issuing bodies' styles on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.813, relations 0.657)", () => {
  const HELDOUT32 = join(__dirname, "fixtures/heldout32");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.860, relations ~0.732, the wording of demands ~0.650).
  it("held-out set 32: entities >= 0.85, relations >= 0.725, demand wording >= 0.64", async () => {
    const r = await scoreHeldout(HELDOUT32);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.725);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.64);
  });
});

describe("held-out set 33 (wire stories, a timeline, a Q&A, a live blog, press releases and statements on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.865, relations 0.695)", () => {
  const HELDOUT33 = join(__dirname, "fixtures/heldout33");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.901, relations ~0.768, the wording of demands ~0.574).
  it("held-out set 33: entities >= 0.895, relations >= 0.76, demand wording >= 0.565", async () => {
    const r = await scoreHeldout(HELDOUT33);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.895);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.76);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.565);
  });
});

describe("held-out set 34 (wire copy, a royal communiqué, a joint statement, analyses, a live blog, a Q&A, a timeline, an interview and a translated piece on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.876, relations 0.624)", () => {
  const HELDOUT34 = join(__dirname, "fixtures/heldout34");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.895, relations ~0.727, the wording of demands ~0.499).
  it("held-out set 34: entities >= 0.89, relations >= 0.72, demand wording >= 0.49", async () => {
    const r = await scoreHeldout(HELDOUT34);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.89);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.72);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.49);
  });
});

describe("held-out set 35 (wire copy, briefs, a feature, a Q&A, a timeline, a live blog, an interview, press releases and translated pieces on negotiations of 2015-2025, by a helper that never saw the extractor; blind: entities 0.859, relations 0.721)", () => {
  const HELDOUT35 = join(__dirname, "fixtures/heldout35");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.869, relations ~0.759, the wording of demands ~0.546).
  it("held-out set 35: entities >= 0.86, relations >= 0.75, demand wording >= 0.54", async () => {
    const r = await scoreHeldout(HELDOUT35);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.86);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.75);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.54);
  });
});

describe("held-out set 36 (wire copy, a timeline, a live blog, a Q&A, a radio interview, an EU statement, a media release, translated pieces, trade press, an analysis and a feature on negotiations of 2013-2025, by a helper that never saw the extractor; blind: entities 0.855, relations 0.694)", () => {
  const HELDOUT36 = join(__dirname, "fixtures/heldout36");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.870, relations ~0.754, the wording of demands ~0.506).
  it("held-out set 36: entities >= 0.865, relations >= 0.75, demand wording >= 0.50", async () => {
    const r = await scoreHeldout(HELDOUT36);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.865);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.75);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.5);
  });
});

describe("held-out set 37 (Xinhua, Kyodo, Anadolu, TASS and Yonhap wire copy, a Security Council press statement, a joint communiqué, an explainer, a question-time exchange, a press-conference transcript, a newsletter item, an editorial and a profile on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.860, relations 0.655)", () => {
  const HELDOUT37 = join(__dirname, "fixtures/heldout37");
  // Scored blind once (see gold.about), then tuned on: thresholds just under what the extractor reaches
  // now (entities ~0.883, relations ~0.759, the wording of demands ~0.537).
  it("held-out set 37: entities >= 0.88, relations >= 0.755, demand wording >= 0.53", async () => {
    const r = await scoreHeldout(HELDOUT37);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.88);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.755);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.53);
  });
});

describe("held-out set 38 (wire copy with a Reuters trailer, a joint statement, a factbox, a union bulletin, a translated AFP piece, a live blog, a Q&A, a TV transcript, a court-ruling summary, an op-ed and a photo story on negotiations of 2017-2024, by a helper that never saw the extractor; blind: entities 0.843, relations 0.711)", () => {
  const HELDOUT38 = join(__dirname, "fixtures/heldout38");
  // Scored blind once (see gold.about: entities 0.843, relations 0.711, the wording of demands 0.419);
  // thresholds raised as the extractor is tuned on the set (0.871 / 0.775 / 0.498 after the first round,
  // 0.875 / 0.784 / 0.498 after the heldout39 round).
  it("held-out set 38: entities >= 0.87, relations >= 0.78, demand wording >= 0.49", async () => {
    const r = await scoreHeldout(HELDOUT38);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.87);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.78);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.49);
  });
});

describe("held-out set 39 (wire and newspaper copy of fourteen outlets with datelines and credits, a press release, a joint statement, an analysis, a Q&A interview, a feature and a captions gallery on negotiations of 2012-2024, by a helper that never saw the extractor; blind: entities 0.862, relations 0.659)", () => {
  const HELDOUT39 = join(__dirname, "fixtures/heldout39");
  // Scored blind once (see gold.about: entities 0.862, relations 0.659, the wording of demands 0.528);
  // thresholds raised as the extractor is tuned on the set (0.871 / 0.723 / 0.599 after the first round).
  it("held-out set 39: entities >= 0.865, relations >= 0.715, demand wording >= 0.59", async () => {
    const r = await scoreHeldout(HELDOUT39);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.865);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.715);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.59);
  });
});

describe("held-out set 40 (wire and newspaper copy of fifteen outlets with datelines and credits, a captions gallery, an analysis, a feature, a government release and a Q&A interview on negotiations of 2013-2023, by a helper that never saw the extractor; blind: entities 0.858, relations 0.689)", () => {
  const HELDOUT40 = join(__dirname, "fixtures/heldout40");
  // Scored blind once (see gold.about: entities 0.858, relations 0.689, the wording of demands 0.491);
  // thresholds raised as the extractor is tuned on the set (0.868 / 0.724 / 0.539 after the first round,
  // 0.878 / 0.743 / 0.549 after the heldout41 round).
  it("held-out set 40: entities >= 0.87, relations >= 0.735, demand wording >= 0.54", async () => {
    const r = await scoreHeldout(HELDOUT40);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.87);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.735);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.54);
  });
});

describe("held-out set 41 (wire and newspaper copy of fifteen outlets with datelines and credits, a press release, an analysis, a feature, a captions gallery and a Q&A interview on negotiations of 2013-2025, by a helper that never saw the extractor; blind: entities 0.830, relations 0.604)", () => {
  const HELDOUT41 = join(__dirname, "fixtures/heldout41");
  // Scored blind once (see gold.about: entities 0.830, relations 0.604, the wording of demands 0.515);
  // thresholds raised as the extractor is tuned on the set (0.851 / 0.669 / 0.582 after the first round).
  it("held-out set 41: entities >= 0.845, relations >= 0.665, demand wording >= 0.575", async () => {
    const r = await scoreHeldout(HELDOUT41);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.845);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.665);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.575);
  });
});

describe("held-out set 42 (wire and newspaper copy of fifteen outlets with datelines and credits, a press release, an analysis, a feature, a Q&A interview and a captions gallery on negotiations of 2013-2023, by a helper that never saw the extractor; blind: entities 0.849, relations 0.665)", () => {
  const HELDOUT42 = join(__dirname, "fixtures/heldout42");
  // Scored blind once (see gold.about: entities 0.849, relations 0.665, the wording of demands 0.417);
  // thresholds raised as the extractor is tuned on the set (0.858 / 0.722 / 0.464 after the first round).
  it("held-out set 42: entities >= 0.855, relations >= 0.72, demand wording >= 0.46", async () => {
    const r = await scoreHeldout(HELDOUT42);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.855);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.72);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.46);
  });
});

describe("held-out set 43 (wire and newspaper copy of fifteen outlets, a press release, a live blog, a page of briefs, a briefing transcript and an analysis on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.875, relations 0.619)", () => {
  const HELDOUT43 = join(__dirname, "fixtures/heldout43");
  // Scored blind once (see gold.about: entities 0.875, relations 0.619, the wording of demands 0.442);
  // thresholds raised as the extractor is tuned on the set (0.888 / 0.690 / 0.481 after the first round,
  // 0.888 / 0.701 / 0.513 after the heldout44 round, 0.888 / 0.723 / 0.524 after the heldout45 round).
  it("held-out set 43: entities >= 0.885, relations >= 0.715, demand wording >= 0.52", async () => {
    const r = await scoreHeldout(HELDOUT43);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.885);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.715);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.52);
  });
});

describe("held-out set 44 (wire and newspaper copy of fifteen outlets, an analysis, a live blog, a Q&A interview, a joint statement and a page of briefs on negotiations of 2013-2025, by a helper that never saw the extractor; blind: entities 0.841, relations 0.656)", () => {
  const HELDOUT44 = join(__dirname, "fixtures/heldout44");
  // Scored blind once (see gold.about: entities 0.841, relations 0.656, the wording of demands 0.341);
  // thresholds raised as the extractor is tuned on the set (0.847 / 0.733 / 0.421 after the first round,
  // 0.854 / 0.740 / 0.444 after the heldout45 round, 0.860 / 0.747 / 0.452 after the heldout46 round,
  // 0.862 / 0.754 / 0.464 after the heldout47 round, 0.869 / 0.760 / 0.482 after the heldout48 round,
  // 0.869 / 0.764 / 0.505 after the heldout49 round).
  it("held-out set 44: entities >= 0.865, relations >= 0.76, demand wording >= 0.50", async () => {
    const r = await scoreHeldout(HELDOUT44);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.865);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.76);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.5);
  });
});

describe("held-out set 45 (wire and newspaper copy of fifteen outlets, a page of briefs, a Q&A interview, an analysis, a joint statement and a live blog on negotiations of 2012-2023, by a helper that never saw the extractor; blind: entities 0.850, relations 0.641)", () => {
  const HELDOUT45 = join(__dirname, "fixtures/heldout45");
  // Scored blind once (see gold.about: entities 0.850, relations 0.641, the wording of demands 0.492);
  // thresholds raised as the extractor is tuned on the set (0.865 / 0.693 / 0.520 after the first round,
  // 0.881 / 0.724 / 0.557 after the heldout46 round, 0.883 / 0.733 / 0.557 after the heldout47 round,
  // 0.887 / 0.740 / 0.557 after the heldout48 round).
  it("held-out set 45: entities >= 0.88, relations >= 0.735, demand wording >= 0.55", async () => {
    const r = await scoreHeldout(HELDOUT45);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.88);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.735);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.55);
  });
});

describe("held-out set 46 (wire and newspaper copy of fifteen outlets, a live blog, a joint statement, an analysis, a Q&A interview and a page of briefs on negotiations of 2012-2022, by a helper that never saw the extractor; blind: entities 0.861, relations 0.689)", () => {
  const HELDOUT46 = join(__dirname, "fixtures/heldout46");
  // Scored blind once (see gold.about: entities 0.861, relations 0.689, the wording of demands 0.447);
  // thresholds raised as the extractor is tuned on the set (0.882 / 0.748 / 0.509 after the first round,
  // 0.886 / 0.775 / 0.584 after the heldout47 round, 0.892 / 0.788 / 0.591 after the heldout48 round,
  // 0.892 / 0.807 / 0.591 after the heldout49 round).
  it("held-out set 46: entities >= 0.885, relations >= 0.80, demand wording >= 0.585", async () => {
    const r = await scoreHeldout(HELDOUT46);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.885);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.8);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.585);
  });
});

describe("held-out set 47 (wire and newspaper copy of fifteen outlets, a press release, a live blog, an analysis, a Q&A interview and a page of briefs on negotiations of 2012-2023, by a helper that never saw the extractor; blind: entities 0.820, relations 0.626)", () => {
  const HELDOUT47 = join(__dirname, "fixtures/heldout47");
  // Scored blind once (see gold.about: entities 0.820, relations 0.626, the wording of demands 0.425);
  // thresholds raised as the extractor is tuned on the set (0.851 / 0.677 / 0.513 after the first round,
  // 0.851 / 0.695 / 0.550 after the heldout48 round).
  it("held-out set 47: entities >= 0.845, relations >= 0.69, demand wording >= 0.545", async () => {
    const r = await scoreHeldout(HELDOUT47);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.845);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.69);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.545);
  });
});

describe("held-out set 48 (wire and newspaper copy of fifteen outlets, a live blog, a page of briefs, an analysis, a Q&A interview and a joint statement on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.829, relations 0.634)", () => {
  const HELDOUT48 = join(__dirname, "fixtures/heldout48");
  // Scored blind once (see gold.about: entities 0.829, relations 0.634, the wording of demands 0.478);
  // thresholds raised as the extractor is tuned on the set (0.845 / 0.719 / 0.535 after the first round,
  // 0.855 / 0.743 / 0.586 after the heldout49 round).
  it("held-out set 48: entities >= 0.85, relations >= 0.735, demand wording >= 0.575", async () => {
    const r = await scoreHeldout(HELDOUT48);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.735);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.575);
  });
});

describe("held-out set 49 (wire and newspaper copy of fifteen outlets, a captions gallery, a live blog, a page of briefs, a Q&A interview and an analysis on negotiations of 2013-2025, by a helper that never saw the extractor; blind: entities 0.880, relations 0.780)", () => {
  const HELDOUT49 = join(__dirname, "fixtures/heldout49");
  // Scored blind once (see gold.about: entities 0.880, relations 0.780, the wording of demands 0.606);
  // thresholds raised as the extractor is tuned on the set (0.898 / 0.834 / 0.670 after the first round,
  // 0.907 / 0.840 / 0.670 after the heldout50 round).
  it("held-out set 49: entities >= 0.90, relations >= 0.835, demand wording >= 0.66", async () => {
    const r = await scoreHeldout(HELDOUT49);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.835);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.66);
  });
});

describe("held-out set 50 (wire and newspaper copy of fifteen outlets, a live blog, an analysis, a Q&A interview, a page of briefs and a UN press release on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.863, relations 0.712)", () => {
  const HELDOUT50 = join(__dirname, "fixtures/heldout50");
  // Scored blind once (see gold.about: entities 0.863, relations 0.712, the wording of demands 0.430);
  // thresholds raised as the extractor is tuned on the set (0.886 / 0.755 / 0.476 after the first round,
  // 0.893 / 0.771 / 0.476 after the heldout51 round, 0.899 / 0.797 / 0.536 after the heldout54 round).
  it("held-out set 50: entities >= 0.89, relations >= 0.79, demand wording >= 0.53", async () => {
    const r = await scoreHeldout(HELDOUT50);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.89);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.79);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.53);
  });
});

describe("held-out set 51 (wire and newspaper copy of fifteen outlets, a live blog, an analysis, a Q&A interview, a page of briefs and a press release on negotiations of 2013-2025, by a helper that never saw the extractor; blind: entities 0.846, relations 0.629)", () => {
  const HELDOUT51 = join(__dirname, "fixtures/heldout51");
  // Scored blind once (see gold.about: entities 0.846, relations 0.629, the wording of demands 0.350);
  // thresholds raised as the extractor is tuned on the set (0.864 / 0.695 / 0.376 after the first round,
  // 0.864 / 0.715 / 0.438 after the heldout53 round, 0.870 / 0.735 / 0.451 after the heldout54 round).
  it("held-out set 51: entities >= 0.865, relations >= 0.73, demand wording >= 0.45", async () => {
    const r = await scoreHeldout(HELDOUT51);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.865);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.73);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.45);
  });
});

describe("held-out set 52 (wire and newspaper copy, a live blog, an analysis, a Q&A interview, a page of briefs and a joint statement on negotiations of 2013-2025, by a helper that never saw the extractor; blind: entities 0.827, relations 0.654)", () => {
  const HELDOUT52 = join(__dirname, "fixtures/heldout52");
  // Scored blind once (see gold.about: entities 0.827, relations 0.654, the wording of demands 0.399);
  // thresholds raised as the extractor is tuned on the set (0.839 / 0.699 / 0.409 after the first round,
  // 0.848 / 0.721 / 0.436 after the second, 0.848 / 0.723 / 0.436 after the heldout53 round, 0.852 / 0.727 /
  // 0.436 after the heldout54 round).
  it("held-out set 52: entities >= 0.85, relations >= 0.725, demand wording >= 0.43", async () => {
    const r = await scoreHeldout(HELDOUT52);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.725);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.43);
  });
});

describe("held-out set 53 (wire and newspaper copy, a live blog, an analysis, a Q&A interview, a page of briefs and a press release on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.839, relations 0.693)", () => {
  const HELDOUT53 = join(__dirname, "fixtures/heldout53");
  // Scored blind once (see gold.about: entities 0.839, relations 0.693, the wording of demands 0.564);
  // thresholds raised as the extractor is tuned on the set (0.851 / 0.750 / 0.614 after its round, 0.851 /
  // 0.757 / 0.634 after the heldout54 round, 0.851 / 0.762 / 0.643 after the heldout55 round, 0.857 / 0.781 /
  // 0.663 after the heldout56 round).
  it("held-out set 53: entities >= 0.85, relations >= 0.775, demand wording >= 0.655", async () => {
    const r = await scoreHeldout(HELDOUT53);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.775);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.655);
  });
});

describe("held-out set 54 (wire and newspaper copy, a live blog, an analysis, a Q&A interview, a page of briefs and a joint statement on negotiations of 2013-2024, by a helper that never saw the extractor; blind: entities 0.825, relations 0.702)", () => {
  const HELDOUT54 = join(__dirname, "fixtures/heldout54");
  // Scored blind once (see gold.about: entities 0.825, relations 0.702, the wording of demands 0.531);
  // thresholds raised as the extractor is tuned on the set (0.842 / 0.782 / 0.600 after its round, 0.844 /
  // 0.794 / 0.624 after the heldout55 round).
  it("held-out set 54: entities >= 0.84, relations >= 0.79, demand wording >= 0.62", async () => {
    const r = await scoreHeldout(HELDOUT54);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.84);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.79);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.62);
  });
});

describe("held-out set 55 (wire and newspaper copy, a live blog, an analysis, a Q&A interview, a page of briefs and a joint statement on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.826, relations 0.680)", () => {
  const HELDOUT55 = join(__dirname, "fixtures/heldout55");
  // Scored blind once (see gold.about: entities 0.826, relations 0.680, the wording of demands 0.467);
  // thresholds raised as the extractor is tuned on the set (0.839 / 0.732 / 0.487 after its round, 0.854 /
  // 0.751 / 0.497 after the heldout56 round).
  it("held-out set 55: entities >= 0.85, relations >= 0.745, demand wording >= 0.49", async () => {
    const r = await scoreHeldout(HELDOUT55);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.745);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.49);
  });
});

describe("held-out set 56 (wire and newspaper copy, a live blog, an analysis, a Q&A interview, a page of briefs and a joint press release on negotiations of 2012-2022, by a helper that never saw the extractor; blind: entities 0.860, relations 0.677)", () => {
  const HELDOUT56 = join(__dirname, "fixtures/heldout56");
  // Scored blind once (see gold.about: entities 0.860, relations 0.677, the wording of demands 0.463);
  // thresholds raised as the extractor is tuned on the set (0.882 / 0.764 / 0.544 after its round).
  it("held-out set 56: entities >= 0.875, relations >= 0.755, demand wording >= 0.535", async () => {
    const r = await scoreHeldout(HELDOUT56);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.875);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.755);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.535);
  });
});

describe("held-out set 57 (wire and newspaper copy, briefs, a live blog, an analysis, an interview and a joint statement on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.870, relations 0.600)", () => {
  const HELDOUT57 = join(__dirname, "fixtures/heldout57");
  // Scored blind once (see gold.about: entities 0.870, relations 0.600, the wording of demands 0.383);
  // thresholds raised as the extractor is tuned on the set (0.903 / 0.723 / 0.502 after its round).
  it("held-out set 57: entities >= 0.895, relations >= 0.715, demand wording >= 0.495", async () => {
    const r = await scoreHeldout(HELDOUT57);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.895);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.715);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.495);
  });
});

describe("held-out set 58 (wire copy, a press release, a joint statement, an analysis, a Q&A, a live blog, briefs and a feature on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.874, relations 0.735)", () => {
  const HELDOUT58 = join(__dirname, "fixtures/heldout58");
  // Scored blind once (see gold.about: entities 0.874, relations 0.735, the wording of demands 0.563);
  // thresholds raised as the extractor is tuned on the set (0.888 / 0.799 / 0.652 after its round).
  it("held-out set 58: entities >= 0.88, relations >= 0.79, demand wording >= 0.645", async () => {
    const r = await scoreHeldout(HELDOUT58);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.88);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.79);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.645);
  });
});

describe("held-out set 59 (wire copy of five agencies, newspaper copy, a UN press release, a joint media release, an analysis, an explainer, a Q&A, a live blog and a feature on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.879, relations 0.733)", () => {
  const HELDOUT59 = join(__dirname, "fixtures/heldout59");
  // Scored blind once (see gold.about: entities 0.879, relations 0.733, the wording of demands 0.495);
  // thresholds raised as the extractor is tuned on the set (0.884 / 0.786 / 0.552 after its round).
  it("held-out set 59: entities >= 0.875, relations >= 0.775, demand wording >= 0.545", async () => {
    const r = await scoreHeldout(HELDOUT59);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.875);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.775);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.545);
  });
});

describe("held-out set 60 (wire copy of seven agencies, newspaper copy, a joint statement, a press-conference transcript, a live blog, a page of briefs, an explainer, an analysis and a translated piece on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.861, relations 0.640)", () => {
  const HELDOUT60 = join(__dirname, "fixtures/heldout60");
  // Scored blind once (see gold.about: entities 0.861, relations 0.640, the wording of demands 0.400);
  // thresholds raised as the extractor is tuned on the set (0.876 / 0.749 / 0.556 after its round).
  it("held-out set 60: entities >= 0.865, relations >= 0.735, demand wording >= 0.535", async () => {
    const r = await scoreHeldout(HELDOUT60);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.865);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.735);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.535);
  });
});

describe("held-out set 61 (wire copy of five agencies, newspaper copy, a government news release, a joint statement, a press-conference transcript, a live blog, a page of briefs, a feature, an explainer, an analysis and a translated piece on negotiations of 2012-2025, by a helper that never saw the extractor; blind: entities 0.798, relations 0.642)", () => {
  const HELDOUT61 = join(__dirname, "fixtures/heldout61");
  // Scored blind once (see gold.about: entities 0.798, relations 0.642, the wording of demands 0.438);
  // thresholds raised as the extractor is tuned on the set (0.830 / 0.705 / 0.551 after its round).
  it("held-out set 61: entities >= 0.820, relations >= 0.690, demand wording >= 0.530", async () => {
    const r = await scoreHeldout(HELDOUT61);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.82);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.69);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.53);
  });
});

describe("held-out set 62 (wire copy of four agencies, newspaper copy, a government news release, a joint communiqué, an NGO statement, a press-conference transcript, a parliament's record, a radio script, a live blog, a newsletter, a page of briefs, a feature, an explainer, an analysis, a court report and a translated piece on negotiations of 2018-2025, by a helper that never saw the extractor; blind: entities 0.814, relations 0.593)", () => {
  const HELDOUT62 = join(__dirname, "fixtures/heldout62");
  // Scored blind once (see gold.about: entities 0.814, relations 0.593, the wording of demands 0.429);
  // thresholds raised as the extractor is tuned on the set (0.844 / 0.652 / 0.503 after its round).
  it("held-out set 62: entities >= 0.830, relations >= 0.640, demand wording >= 0.480", async () => {
    const r = await scoreHeldout(HELDOUT62);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.83);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.64);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.48);
  });
});

describe("held-out set 63 (wire copy of three agencies, two translated wires, a newspaper report, an open letter, a TV and a podcast transcript, an op-ed, a company's press release, a live blog, a fact-check, a timeline, a weekly digest, a union's statement, a UN briefing note, a court report, a feature and a joint statement on negotiations of 2017-2025, by a helper that never saw the extractor; blind: entities 0.770, relations 0.548)", () => {
  const HELDOUT63 = join(__dirname, "fixtures/heldout63");
  // Scored blind once (see gold.about: entities 0.770, relations 0.548, the wording of demands 0.396);
  // thresholds raised as the extractor is tuned on the set (0.832 / 0.664 / 0.462 after its round).
  it("held-out set 63: entities >= 0.820, relations >= 0.650, demand wording >= 0.440", async () => {
    const r = await scoreHeldout(HELDOUT63);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.82);
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.65);
    expect(r.demandWhat?.meanF1).toBeGreaterThanOrEqual(0.44);
  });
});

describe("mediation news shapes (appositives, relative clauses, passives, conditions)", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const rel = (g: GraphJson, type: string) => g.edges.filter((e) => e.attributes.type === type).map((e) => `${e.source} ${e.target}`);
  const mediators = (g: GraphJson) => [...new Set(g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => e.source))].sort();
  it("reads the parties a meeting is 'of' as meeting, and no meeting where one body meets alone", () => {
    expect(rel(one("The meeting of President Joseph Biden and Chancellor Angela Merkel at the White House ended on Thursday."), "ATTENDS")).toHaveLength(2);
    const caucus = one("The new offer was agreed by council leaders at an emergency meeting of Cosla on Wednesday, after the Scottish Government said it would pay.");
    expect(caucus.nodes.filter((n) => n.attributes.type === "Meeting")).toEqual([]);
  });
  it("reads a dateline at a capital another state's city shares as that city's, and a region's people as no state", () => {
    const g = one("VICTORIA — British Columbia's New Democrats and Greens have reached an agreement, Premier Christy Clark's office said. British Columbians will not vote again. The vote left Clark's Liberals with 43 seats, the most of any party in a Canadian province this year. Premier Christy Clark said she would not resign.");
    expect(g.nodes.filter((n) => n.attributes.type === "State").map((n) => n.attributes.name)).toEqual(["Canada"]);
    // (the Greens of a Canadian story are Canada's; a plural party owned by a person's name is the person's)
    expect(rel(g, "AFFILIATED_WITH")).toContain("person:christy-clark group:liberal-party-of-canada");
    expect(g.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(["group:green-party-of-canada", "group:new-democratic-party"]));
    const states = (text: string) => one(text).nodes.filter((n) => n.attributes.type === "State").map((n) => n.attributes.name);
    expect(states("VICTORIA — British Columbia's two smaller parties reached an agreement. Premier Christy Clark said she would not resign.")).toEqual([]);
  });
  it("reads 'the Amazon' as the river, and a company's name opening a longer body's name as that body's", () => {
    const g = one("Leaders met at the mouth of the Amazon for the summit of the Amazon Cooperation Treaty Organization. Amazon Web Services said it would help.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort()).toEqual(["Amazon Cooperation Treaty Organization", "Amazon Web Services"]);
  });
  it("reads Commonwealth copy's bare 'Government' mid-sentence as the state's, and a bare 'Treasury' of a story naming no American as no U.S. Treasury", () => {
    const g = one("President Hakainde Hichilema said Zambia would pay US$2 billion. The opposition UPND urged Government to table the deal. Government officials said Treasury would set up a team.");
    expect(rel(g, "DEMANDS")).toEqual(["group:united-party-for-national-development state:zambia"]);
    expect(g.nodes.filter((n) => n.attributes.type !== "Article").map((n) => n.attributes.name).sort()).toEqual(["Hakainde Hichilema", "Treasury", "United Party for National Development", "Zambia"]);
    // (keyed by its state, so that two states' treasuries stay two nodes)
    expect(g.nodes.map((n) => n.key)).toContain("group:zambia-treasury");
  });
  it("reads a company's name right after a noun for its kind, and its later uses", () => {
    const g = one("Federal officials and the utility Northwind on Wednesday signed the deal. The host broadcaster UA:PBC agreed. Northwind will transfer its licence. The company's founder, John Smith, spoke.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name)).toEqual(["Northwind"]);
    expect(rel(g, "AFFILIATED_WITH")).toEqual(["person:john-smith group:northwind"]);
  });
  it("reads 'the government' of a story that names no state as the one government it names as a body", () => {
    const g = one("The Welsh Government tabled a pay offer to the nurses. The Royal College of Nursing (RCN) leads the nurses' side. Andrew Davies, the Welsh Conservative leader, demanded that the government explain the delay.");
    expect(rel(g, "DEMANDS")).toEqual(["person:andrew-davies group:welsh-government"]);
  });
  it("reads a people's plural with 'for' and a cause as a body's name, and 'the organization' as the aid body named before", () => {
    const g = one("Ana Ruiz leads the group Venezuelans for Democracy. Israelis for Peace marched. Venezuelans for years have emigrated.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort()).toEqual(["Israelis for Peace", "Venezuelans for Democracy"]);
    const icrc = one('The ELN released the two soldiers to the International Committee of the Red Cross. Its head in Bogota, Lorenzo Caraffi, said the organization had acted "as a neutral intermediary."');
    expect(rel(icrc, "MEDIATES")).toEqual(["group:icrc group:eln"]);
  });
  it("reads a release's quote block: the speaker's line over each quotation, its names and bodies whole ('Dallas Smith, president, Nanwakolas Council -')", () => {
    const text = "The Government of British Columbia and First Nations announced agreements that set the strictest standards in North America.\n\nQuotes:\n\nDallas Smith, president, Nanwakolas Council -\n\"We now call on the Province to pass the legislation without delay.\"\n\nArt Sterritt, former executive director, Coastal First Nations -\n\"We stand together.\"";
    const g = one(text);
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort()).toEqual(["British Columbia", "Coastal First Nations", "Nanwakolas Council"]);
    expect(g.nodes.filter((n) => n.attributes.type === "State").map((n) => n.attributes.name)).toEqual([]);
    expect(rel(g, "DEMANDS")).toEqual(["person:dallas-smith group:british-columbia"]);
    // the body set off after the title ends the speaker's line
    expect(rel(g, "AFFILIATED_WITH")).toContain("person:dallas-smith group:nanwakolas-council");
  });
  it("reads a region's prime minister and president as its heads ('AJK Prime Minister X', 'Navarre President Y'), not a party's or a union's president", () => {
    const g = one("Talks on Azad Jammu and Kashmir (AJK) went on. AJK Prime Minister Chaudhry Anwarul Haq urged calm. Navarre President Uxue Barkos welcomed the deal. Aimal Wali Khan, the Khyber Pakhtunkhwa president of the Awami National Party, objected.");
    expect(rel(g, "AFFILIATED_WITH").sort()).toEqual(["person:aimal-wali-khan group:awami-national-party", "person:chaudhry-anwarul-haq group:azad-kashmir", "person:uxue-barkos group:navarre"]);
  });
  it("reads a ministry of two portfolios whole, though the first is also a company's head noun ('Ministry of Petroleum and Energy')", () => {
    const g = one("Norway's Ministry of Petroleum and Energy signed the agreement. The Ministry of Petroleum and Saudi Aramco agreed.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort()).toEqual(["Ministry of Petroleum", "Ministry of Petroleum and Energy", "Saudi Aramco"]);
  });
  it("reads a state's name described as a capital of a region as a town ('Trinidad, the capital of Beni department')", () => {
    const g = one("A meeting of ministers in Trinidad, the capital of Beni department, ended without agreement. Bolivia's planning minister flew back to La Paz.");
    expect(g.nodes.filter((n) => n.attributes.type === "State").map((n) => n.attributes.name)).toEqual(["Bolivia"]);
  });
  it("reads a name opening with a Spanish plural article as a body's, never a person's, and leaves a village of that name alone", () => {
    const g = one("Talks ended. The bishop said Los Tlacos insisted that their rivals stop taxing farmers. Los Ardillos and the army clashed near the village of Las Mercedes. Los Tlacos and Los Ardillos deny it.");
    expect(g.nodes.filter((n) => n.attributes.type !== "Article").map((n) => `${n.attributes.type} ${n.attributes.name}`).sort()).toEqual(["Group Los Ardillos", "Group Los Tlacos"]);
    // a name said once may be a site's
    expect(one("MMG Limited runs Las Bambas.").nodes.filter((n) => n.attributes.name === "Las Bambas")).toEqual([]);
  });

  it("reads a co-president in apposition as the one who acts, and a party's members in the plural as no person", () => {
    const g = one("Talks ended. Cédric Wermuth, co-president of the Social Democrats, demanded a parliamentary inquiry into the collapse.");
    expect(g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.name)).toEqual(["Cédric Wermuth"]);
    expect(g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => e.source)).toEqual(["person:cedric-wermuth"]);
  });

  it("reads a union's name that lists its trades with commas whole, up to its head noun", () => {
    const g = one("Talks ended. Members of the Bakery, Confectionery, Tobacco Workers and Grain Millers International Union ratified the agreement.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name)).toEqual(["Bakery, Confectionery, Tobacco Workers and Grain Millers International Union"]);
  });

  it("reads a camel-case name the story comes back to as a body's, the longer name's when one was read, and not a branded thing's", () => {
    const groups = (text: string) => one(text).nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort();
    expect(groups("Talks ended. NagaCorp laid off 1,329 workers. NagaCorp says it paid compensation. The broadcaster JioStar said it wanted a schedule.")).toEqual(["JioStar", "NagaCorp"]);
    expect(groups("Talks ended. NunatuKavut Community Council President Todd Russell spoke. Russell said NunatuKavut supported the deal.")).toEqual(["NunatuKavut Community Council"]);
    expect(groups("Talks ended. Seven captains will not wear the \"OneLove\" armband. Germany wore the \"OneLove\" armband before.")).toEqual([]);
    // a family name's capital inside is no firm's
    expect(groups("Talks ended. Kevin McCarthy spoke. McCarthy said it was over.")).toEqual([]);
  });

  it("reads the ICC of a cricket story as the International Cricket Council, and a region's head by its possessive or 'the head of'", () => {
    const g = one("The PCB chairman, Mohsin Naqvi, held talks. Jay Shah took over as ICC chair on 1 December. The deal was signed in Magas by Ingushetia's leader, Yunus-Bek Yevkurov, and the head of Chechnya, Ramzan Kadyrov.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort()).toEqual(["Chechnya", "Ingushetia", "International Cricket Council", "Pakistan Cricket Board"]);
    expect(rel(g, "AFFILIATED_WITH")).toEqual(expect.arrayContaining(["person:yunus-bek-yevkurov group:ingushetia", "person:ramzan-kadyrov group:chechnya"]));
  });

  it("reads a body named for a cause by the people it gathers ('Jewish Voice for Peace', 'Brown Students for Israel')", () => {
    const g = one("Brown Students for Israel criticized the deal. Jewish Voice for Peace called on university presidents to negotiate. Students for Justice in Palestine and Veterans for Peace marched. Lawyers for David Toren went to court.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort()).toEqual(["Brown Students for Israel", "Jewish Voice for Peace", "Students for Justice in Palestine", "Veterans for Peace"]);
  });
  it("reads a meeting off 'told X at a meeting', and leaves a 'told X to' to the demand rules", () => {
    const g = one("Judge Nili Arad told Histadrut chairman Ofer Eini to continue negotiating. Arad told Finance Minister Yuval Steinitz at a meeting in Jerusalem that the court expected an answer.");
    expect(rel(g, "DEMANDS")).toEqual(["person:nili-arad person:ofer-eini"]);
    expect(rel(g, "MEETS")).toEqual(["person:nili-arad person:yuval-steinitz"]);
  });
  it("reads a platform that carries what is said as no actor, and one acted on as an actor", () => {
    const groups = (text: string) => one(text).nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name);
    expect(groups("Prime Minister Narendra Modi welcomed the agreement on Twitter. A Telegram post said so.")).toEqual([]);
    expect(groups("The Government calls on Facebook and Twitter to conclude agreements with news businesses.")).toEqual(["Facebook", "Twitter"]);
  });
  it("reads an unknown acronym after an office and 'of' as a body ('the Director General of NITDA, X')", () => {
    const g = one("The Technical Team was chaired by the Director General of NITDA, Kashifu Inuwa Abdullahi, and held talks.");
    expect(g.nodes.map((n) => n.key)).toContain("group:nitda");
  });
  it("reads 'the company' as the one company of its own sentence when two were named before", () => {
    const g = one("Facebook blocked news in Canada. The deal follows talks with Google executives, including Kent Walker, the company's president of global affairs.");
    expect(rel(g, "AFFILIATED_WITH")).toEqual(["person:kent-walker group:google"]);
  });
  it("reads 'the Federal Government of Nigeria' as the state, and no body of that name", () => {
    const g = one("The Federal Government of Nigeria has asked Twitter to register a local entity. The Federal Government thanked the company.");
    expect(g.nodes.filter((n) => n.attributes.type !== "Article").map((n) => n.key).sort()).toEqual(["group:twitter", "state:nigeria"]);
    expect(rel(g, "DEMANDS")).toEqual(["state:nigeria group:twitter"]);
  });
  it("reads officials met in a capital as its state's, not officials in another city", () => {
    expect(rel(one("US envoy Victoria Nuland held talks with officials in Kyiv and Warsaw on Monday."), "MEETS")).toEqual(["person:victoria-nuland state:ukraine", "person:victoria-nuland state:poland"]);
    expect(rel(one("US envoy Victoria Nuland met senior officials in Geneva on Monday."), "MEETS")).toEqual([]);
  });
  it("reads 'the government' opening a story datelined at a capital as that state's, before any state is named", () => {
    expect(rel(one("KABUL, Dec 23 (Reuters) - The government and the Taliban held talks on Monday."), "MEETS")).toEqual(["state:afghanistan group:taliban"]);
    // (not at another city of the state, whose "government" may be a province's)
    expect(rel(one("KANDAHAR, Dec 23 (Reuters) - The government and the Taliban held talks on Monday."), "MEETS")).toEqual([]);
  });
  it("reads 'the union' as the union of its own sentence, not a party named before whose name holds the word", () => {
    const g = one("Lufthansa and the flight attendants' union UFO have agreed to settle their dispute through mediation. Federal Transport Minister Andreas Scheuer (CSU) urged both sides to talk. Lufthansa broke off talks in the summer after a dispute over UFO's leadership, insisting that the union first clarify who is entitled to represent it.");
    expect(rel(g, "DEMANDS").filter((x) => x.startsWith("group:lufthansa"))).toEqual(["group:lufthansa group:ufo"]);
  });
  it("reads an acronym the article defines for a known party wherever it stands, though an outlet shares it (PTI)", () => {
    expect(rel(one("The Pakistan Tehreek-e-Insaf (PTI) met on Monday. The PTI asked Israel to release the prisoners."), "DEMANDS")).toEqual(["group:pakistan-tehreek-e-insaf state:israel"]);
  });
  it("reads 'the party' as the one party named before, or the one of its own sentence, not as an appositive", () => {
    const aff = (text: string) => rel(one(text), "AFFILIATED_WITH");
    expect(aff("The Pakistan Tehreek-e-Insaf (PTI) met on Monday. The party's chairman Gohar Ali Khan announced it.")).toEqual(["person:gohar-ali-khan group:pakistan-tehreek-e-insaf"]);
    expect(aff("The PPP's Raja Pervaiz Ashraf spoke. The Pakistan Tehreek-e-Insaf (PTI) met. PTI founder Imran Khan called off talks after the deadline lapsed, the party's chairman Gohar Ali Khan said.").filter((x) => x.startsWith("person:gohar"))).toEqual(["person:gohar-ali-khan group:pakistan-tehreek-e-insaf"]);
    // (two parties named before, neither in its sentence: neither)
    expect(aff("The Pakistan Peoples Party spoke. The Pakistan Tehreek-e-Insaf met. The party's chairman Gohar Ali Khan said so.").filter((x) => x.startsWith("person:gohar"))).toEqual([]);
  });
  it("reads a state's name with an airline's word as the carrier, the state no actor there ('China Airlines')", () => {
    const g = one("Taipei, June 24 (CNA) China Airlines accepted all seven demands of the Taoyuan Flight Attendants Union.");
    expect(g.nodes.filter((n) => n.attributes.type === "State").map((n) => n.attributes.name)).toEqual([]);
    expect(g.nodes.some((n) => n.attributes.name === "China Airlines" && n.attributes.type === "Group")).toBe(true);
  });
  it("reads a body's name opening with a place whose name holds a particle ('Lanao del Sur Provincial Crisis Management Committee')", () => {
    const g = one("The Lanao del Sur Provincial Crisis Management Committee, headed by Governor Mamintal Adiong Jr., pressed the military to allow more aid.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name)).toContain("Lanao del Sur Provincial Crisis Management Committee");
  });
  it("reads a school named after its place as one body ('University of Hawaii', 'University of Johannesburg')", () => {
    const g = one("University of Hawaii President David Lassner met the University of Johannesburg's vice-chancellor.");
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort()).toEqual(["University of Hawaii", "University of Johannesburg"]);
    expect(rel(g, "AFFILIATED_WITH")).toEqual(["person:david-lassner group:university-of-hawaii"]);
  });
  it("reads a seat's building as the place of talks, not a body ('at Parliament House', 'Parliament Buildings')", () => {
    const groups = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name);
    expect(groups(one("The two committees held talks at Parliament House on Monday."))).toEqual([]);
    expect(groups(one("Talks were held at Parliament Buildings in Nairobi between the two coalitions."))).toEqual([]);
    expect(groups(one("The National Assembly passed the bill at Parliament House."))).toEqual(["National Assembly"]);
  });
  it("reads a state's name or demonym before a sport's association as that state's own body, the state no actor there", () => {
    const g = one("The Palestinian Football Association asked FIFA to suspend the Israel Football Association.");
    expect(g.nodes.filter((n) => n.attributes.type !== "Article").map((n) => n.attributes.name).sort()).toEqual(["FIFA", "Israel Football Association", "Palestinian Football Association"]);
    expect(rel(g, "DEMANDS")).toEqual(["group:palestinian-football-association group:fifa"]);
  });
  it("reads a shuttling go-between as meeting each side named, over a side's seat, not sides a clause names after a pair", () => {
    const meets = (text: string) => rel(one(text), "MEETS").sort();
    expect(meets("Ronald Sanders shuttled between Michel Martelly's office and the Organization of American States for two days.")).toEqual([
      "person:ronald-sanders group:oas",
      "person:ronald-sanders person:michel-martelly",
    ]);
    expect(meets("Thabo Mbeki's panel met both sides. Since then the panel's officials have shuttled between the two camps, and Mbeki gave the opposition written assurances.")).toEqual([]);
  });
  it("reads the sides of talks a third party brought about as meeting, those named among one side not with each other", () => {
    const g = one("The deal was reached in talks brokered by the Labour Department between the Union of Hong Kong Dockers and the four contractors, among them Global Stevedoring Service and Everbest Port Services.");
    expect(rel(g, "MEETS").sort()).toEqual(["group:union-of-hong-kong-dockers group:everbest-port-services", "group:union-of-hong-kong-dockers group:global-stevedoring-service"]);
  });
  it("keeps guests received for separate talks apart: they meet the host, neither each other nor at one meeting", () => {
    const g = one("European Council President Charles Michel hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan for separate talks in Brussels.");
    expect(rel(g, "MEETS").sort()).toEqual(["person:charles-michel person:ilham-aliyev", "person:charles-michel person:nikol-pashinyan"]);
    expect(rel(g, "ATTENDS")).toEqual([]);
  });
  it("reads 'the President of the Republic' as the president named before, and a verb after 'and' as the subject's, not an infinitive's", () => {
    const g = one("President Mohamed Ould Abdel Aziz arrived on Friday. On Thursday in Bamako, the President of the Republic held talks with Mali's President Ibrahim Boubacar Keita.");
    expect(rel(g, "MEETS")).toEqual(["person:mohamed-ould-abdel-aziz person:ibrahim-boubacar-keita"]);
    const urged = one("President Mohamed Ould Abdel Aziz urged Mali to return to the table and called on Niger to respect the commitments.");
    expect(rel(urged, "DEMANDS").sort()).toEqual(["person:mohamed-ould-abdel-aziz state:mali", "person:mohamed-ould-abdel-aziz state:niger"]);
    // a table the sides are urged back to is no meeting
    expect(rel(urged, "MEETS")).toEqual([]);
    // "the President of the Republic, X,": the name right there, not the president named before
    const named = one("Former Gabonese President Ali Bongo Ondimba arrived in Luanda on Friday, following the mediation of the President of the Republic, João Lourenço.");
    expect(rel(named, "MEDIATES").some((r) => r.startsWith("person:ali-bongo-ondimba"))).toBe(false);
  });
  it("reads 'the head of state' and 'the head of government' as the president or prime minister named before", () => {
    const demands = (text: string) => rel(one(text), "DEMANDS");
    expect(demands("President Anibal Cavaco Silva met the parties. Prime Minister Antonio Costa asked the head of state to appoint a government.")).toEqual(["person:antonio-costa person:anibal-cavaco-silva"]);
    expect(demands("Prime Minister Antonio Costa met the parties. President Anibal Cavaco Silva asked the head of government to resign.")).toEqual(["person:anibal-cavaco-silva person:antonio-costa"]);
    // no head named before: no one to stand for
    expect(demands("The unions asked the head of state to intervene.")).toEqual([]);
  });
  it("reads 'the President of <a named body>' as that body's officer, not the president named before", () => {
    const g = one("The mission was received by the President of the Transition, Colonel Mamadi Doumbouya. The President of the ECOWAS Commission, H.E. Dr Omar Alieu Touray, commends the Mediator and calls on the authorities of Guinea to respect the timetable.");
    expect(rel(g, "DEMANDS")).toEqual(["group:ecowas-commission state:guinea"]);
  });
  it("reads mediators in appositives and relative clauses", () => {
    expect(mediators(one("Chad and Sudan signed a truce in Tripoli. It was witnessed by the chief mediator, former Malian military ruler Gen. Amadou Keita, who was appointed by the African Union."))).toEqual(["group:african-union", "person:amadou-keita"]);
    expect(mediators(one("Peru and Chile ended their talks in Lima, concluding a final round of negotiations brokered by the departing Secretary General, Hugo Larrain."))).toContain("person:hugo-larrain");
    expect(mediators(one("The deal was announced in Belfast by Paul Hendry, the former Canadian senator who has chaired the negotiations since 2019."))).toEqual(["person:paul-hendry"]);
    expect(mediators(one("Chad and Sudan met in Tripoli. Ali Bongo, who took over as facilitator last year, summoned the parties."))).toEqual(["person:ali-bongo"]);
  });
  it("reads go-betweens, ranks before a mediator's name, and chairing a group's talks", () => {
    expect(mediators(one("Chad and Sudan met in Tripoli. Norway and Ghana acted as go-betweens during the night."))).toEqual(["state:ghana", "state:norway"]);
    const g = one("Chad and Sudan signed a truce in Tripoli. It was witnessed by the chief mediator, Lt-Gen (Rtd) Amadou Keita, who steered the talks.");
    expect(mediators(g)).toEqual(["person:amadou-keita"]);
    expect(g.nodes.filter((x) => x.attributes.type === "Person").map((x) => x.key)).toEqual(["person:amadou-keita"]);
    expect(mediators(one("Chad and Sudan signed a truce. The envoy Amadou Keita has chaired the group's talks since June."))).toEqual(["person:amadou-keita"]);
  });
  it("reads persons set off by 'of <group>' or a kind-of-person appositive, the head of 'the government of X', and an ambassador's own state", () => {
    const aff = (g: GraphJson) => rel(g, "AFFILIATED_WITH");
    expect(aff(one("Ali Saleh, of the Justice and Equality Movement, demanded that Khartoum lift its blockade."))).toEqual(["person:ali-saleh group:jem"]);
    expect(aff(one("The team included Hamas leader Omar Nasr and Ziad Hamdan of Islamic Jihad."))).toContain("person:ziad-hamdan group:palestinian-islamic-jihad");
    expect(one("Paul Hendry, a Canadian lawyer who has advised both sides, said he expected an answer.").nodes.map((x) => x.key)).toContain("person:paul-hendry");
    expect(aff(one("The Chadian government of Omar Nasr Fadel did not send a representative."))).toEqual(["person:omar-nasr-fadel state:chad"]);
    expect(one("Talks with the Government of National Unity resumed.").nodes.filter((x) => x.attributes.type === "Person")).toEqual([]);
    expect(aff(one("Chad's ambassador to Sudan, Omar Fadel, represented N'Djamena."))).toEqual(["person:omar-fadel state:chad"]);
  });
  it("reads '<Place> People's Republic' as a group, and does not read 'asked X to agree to talks' as a meeting", () => {
    const g = one("Omar Fadel, of the Donetsk People's Republic, demanded that Kiev lift its blockade.");
    expect(g.nodes.filter((x) => x.attributes.type === "Group").map((x) => x.attributes.name)).toEqual(["Donetsk People's Republic"]);
    expect(rel(g, "AFFILIATED_WITH")).toEqual(["person:omar-fadel group:donetsk-peoples-republic"]);
    expect(one("The People's Republic of China and Laos signed a deal.").nodes.filter((x) => x.attributes.type === "Group")).toEqual([]);
    expect(rel(one("The declaration asked the governments of Chad and Sudan to agree to talks with the rebels."), "MEETS")).toEqual([]);
  });
  it("reads organisations named by an appositive or after a political adjective and group noun", () => {
    const groups = (g: GraphJson) => g.nodes.filter((x) => x.attributes.type === "Group").map((x) => x.attributes.name).sort();
    expect(groups(one("The meeting was organized by Tavanu, a Chadian citizens' network that campaigns for peace. Tavanu's coordinator spoke."))).toEqual(["Tavanu"]);
    expect(groups(one("The leftist coalition Morena and the banned party Kalo welcomed the declaration."))).toEqual(["Kalo", "Morena"]);
    expect(groups(one("Smith, a group leader, said so."))).toEqual([]);
  });
  it("affiliates a title phrase's owner over a nationality after the comma, and over capitalised portfolio words", () => {
    const aff = (g: GraphJson) => rel(g, "AFFILIATED_WITH");
    expect(aff(one("The OSCE's envoy, Swiss diplomat Anna Keller, has chaired the group's talks since June."))).toEqual(["person:anna-keller group:osce"]);
    expect(aff(one("Swiss diplomat Anna Keller arrived."))).toEqual(["person:anna-keller state:switzerland"]);
    expect(aff(one("Norway's International Development minister, Anna Keller, was in Nairobi for the signing."))).toEqual(["person:anna-keller state:norway"]);
  });
  it("reads a capital as the subject of a reported clause ('said Washington \"supports\"')", () => {
    const states = (g: GraphJson) => g.nodes.filter((x) => x.attributes.type === "State").map((x) => x.key);
    expect(states(one('A spokeswoman said Washington "strongly supports" the ceasefire.'))).toEqual(["state:united-states"]);
    expect(states(one("Officials said Moscow would respond."))).toEqual(["state:russia"]);
    expect(states(one("He said in Moscow that talks were useful."))).toEqual([]);
  });
  it("reads good offices and intermediaries", () => {
    expect(mediators(one("The accord between Iran and Iraq was reached with Algeria's good offices."))).toEqual(["state:algeria"]);
    expect(mediators(one("Chad and Sudan met in Tripoli, and thanked Oman, whose good offices brought them back to the table."))).toContain("state:oman");
    expect(mediators(one("Chad and Sudan never met; they talked through the good offices of Norway."))).toEqual(["state:norway"]);
  });
  it("does not read the last word of an unrecognised name as the mediator, nor the appointer of a mediator", () => {
    expect(mediators(one("Talks between Chad and Sudan were conducted under the auspices of the Regional Peace Initiative on Burundi."))).not.toContain("state:burundi");
    expect(mediators(one("Chad and Sudan held talks in Tripoli. The European Union appointed a mediator last week."))).not.toContain("group:european-union");
  });
  it("reads meetings in passives and across a table", () => {
    expect(rel(one("Egyptian President Omar Nasr sat across from Israeli Prime Minister Dan Levy on Saturday."), "MEETS")).toContain("person:omar-nasr person:dan-levy");
    expect(rel(one("Libyan Foreign Minister Ali Saleh arrived. The deputy foreign minister, Omar Fadel, was received by Ali Saleh in Tripoli."), "MEETS")).toContain("person:omar-fadel person:ali-saleh");
    expect(rel(one("Chadian minister Ahmed Saleh arrived. Libyan envoy Omar Fadel held talks with Mr. Saleh."), "MEETS")).toContain("person:omar-fadel person:ahmed-saleh");
    expect(rel(one("The proposal was welcomed by Hamas on Monday."), "MEETS")).toEqual([]);
    expect(rel(one("Negotiations conducted between Chad and Sudan resumed in Tripoli."), "MEETS")).toEqual(["state:chad state:sudan"]);
  });
  it("reads a body named before a leader's title wherever else the article names it ('Gazprom chief executive ... Gazprom had demanded')", () => {
    const text = "In Berlin, Gazprom chief executive Alexei Miller met Naftogaz chief Andriy Kobolyev. Gazprom had demanded that Naftogaz withdraw its claims.";
    expect(rel(one(text), "DEMANDS")).toEqual(["group:gazprom group:naftogaz"]);
  });
  it("reads no meeting between two officers of one body set beside each other ('together with Naftogaz's executive director')", () => {
    const g = one("Gazprom chief executive Alexei Miller and Naftogaz chief executive Andriy Kobolyev sat across the table on Friday, together with Naftogaz's executive director, Yuriy Vitrenko.");
    expect(rel(g, "MEETS")).toContain("person:alexei-miller person:yuriy-vitrenko");
    expect(rel(g, "MEETS")).not.toContain("person:andriy-kobolyev person:yuriy-vitrenko");
  });
  it("reads a demand of a person set off by an appositive before 'to' ('pressed X, the most hesitant of ..., to break ranks')", () => {
    expect(rel(one("Naftali Bennett leads Yamina. Likud also pressed Yamina's Nir Orbach, the most hesitant of Bennett's lawmakers, to break ranks."), "DEMANDS")).toEqual(["group:likud person:nir-orbach"]);
  });
  it("reads the actor's people after its name as the actor ('urged the Hamas leadership to', 'pressed the Israeli negotiating team to')", () => {
    expect(rel(one("Israel and Hamas held talks in Doha. Qatar urged the Hamas leadership to accept the proposal."), "DEMANDS")).toEqual(["state:qatar group:hamas"]);
    expect(rel(one("Israel and Hamas held talks in Doha. Egypt urged Israeli negotiators to return."), "DEMANDS")).toEqual(["state:egypt state:israel"]);
  });
  it("reads a quotation's speaker past an unread title ('vice-captain David Warner said'), and 'he' after that speaker", () => {
    expect(rel(one('"We want Cricket Australia to respect the partnership," vice-captain David Warner said in May.'), "DEMANDS")).toEqual(["person:david-warner group:cricket-australia"]);
    const g = one('The Australian Cricketers\' Association rejected the offer. "This is their decision, not ours," Cricket Australia chief executive James Sutherland said, and he urged the players to accept the offer.');
    expect(rel(g, "DEMANDS")).toEqual(["person:james-sutherland group:australian-cricketers-association"]);
  });
  it("reads 'he' as the speaker named after a long quotation and its verb ('\"...,\" said Michel Murray, the union adviser. He called on')", () => {
    const g = one('Talks between the Maritime Employers Association (MEA) and CUPE Local 375 ended. "The employers knew Ottawa would come to their rescue," said Michel Murray, the CUPE union adviser. He called on the MEA to restore the job-security clause.');
    expect(rel(g, "DEMANDS")).toEqual(["person:michel-murray group:maritime-employers-association"]);
  });
  it("reads an 'Association of Civil Aviators' as a union ('the union') and Avianca as the airline", () => {
    const g = one("The Colombian Association of Civil Aviators (ACDAC) called off its strike at Avianca. Talks between the airline and the union broke down in October.");
    expect(rel(g, "MEETS")).toEqual(["group:avianca group:colombian-association-of-civil-aviators"]);
  });
  it("reads 'the Liberal government' of a Canadian story as Canada, not the party", () => {
    const g = one("OTTAWA - Dockworkers struck in Montreal, Canada. The Bloc Québécois said it would vote against the bill. Leader Yves-François Blanchet urged the Liberal government to give mediation more time.");
    expect(rel(g, "DEMANDS")).toEqual(["person:yves-francois-blanchet state:canada"]);
  });
  it("reads no demand of a union's officer on its own members", () => {
    const g = one('UAW President Shawn Fain met Ford. "We will stay out as long as we have to," Fain told a rally. He called on members at plants not yet on strike to be ready to walk out.');
    expect(rel(g, "DEMANDS")).toEqual([]);
  });
  it("reads talks held 'on Sunday night with' someone", () => {
    expect(rel(one("Sudanese commander Mohamed Hamdan Dagalo held separate talks on Sunday night with rebel leader Minni Minnawi in Juba."), "MEETS")).toEqual(["person:mohamed-hamdan-dagalo person:minni-minnawi"]);
  });
  it("reads every party of a trilateral meeting as meeting the others, titles of listed persons each their own", () => {
    const g = one("A trilateral meeting with U.S. Secretary of State Marco Rubio, Turkish Foreign Minister Hakan Fidan and Ukrainian Defence Minister Rustem Umerov took place in Istanbul.");
    expect(rel(g, "MEETS")).toEqual(["person:marco-rubio person:hakan-fidan", "person:marco-rubio person:rustem-umerov", "person:hakan-fidan person:rustem-umerov"]);
  });
  it("reads no meeting between two unions on one side of talks ('talks between the government and the ZNP and the FZZ')", () => {
    const g = one("Talks between the government and the Polish Teachers' Union and the Trade Unions Forum broke down on April 7.");
    expect(rel(g, "MEETS")).not.toContain("group:polish-teachers-union group:trade-unions-forum");
  });
  it("reads conditions and refusals as demands, and 'urged X in December to'", () => {
    expect(rel(one("Iran had conditioned the release on American guarantees."), "DEMANDS")).toEqual(["state:iran state:united-states"]);
    expect(rel(one("Croatian President Ivo Maras refused to sign unless Serbia handed back the region."), "DEMANDS")).toEqual(["person:ivo-maras state:serbia"]);
    expect(rel(one("Croatian President Ivo Maras refused to sign the text on Monday."), "DEMANDS")).toEqual([]);
    expect(rel(one("Secretary of State Ann Boyd urged Iran in December to accept the offer."), "DEMANDS")).toEqual(["person:ann-boyd state:iran"]);
  });
});

describe("recall mechanisms", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const aff = (g: GraphJson, person: string) => g.edges.filter((e) => e.attributes.type === "AFFILIATED_WITH" && e.source === `person:${person}`).map((e) => e.target);
  const rel = (g: GraphJson, type: string) => g.edges.filter((e) => e.attributes.type === type).map((e) => `${e.source} ${e.target}`);
  it("gives a titled known leader the state the text leaves unnamed, over a guess from context", () => {
    const g = one("Chilean and Peruvian officials met in Lima on Monday. President Michelle Bachelet said the talks had gone well, and Prime Minister Justin Trudeau welcomed them.");
    expect(aff(g, "michelle-bachelet")).toEqual(["state:chile"]);
    expect(aff(g, "justin-trudeau")).toEqual(["state:canada"]);
  });
  it("reads 'Its <title>, X' as the subject of the sentence before", () => {
    const g = one("The Pacific Fishing Association, the industry's lobby, had urged Congress to intervene. Its chairman, Tom Hale, welcomed the deal.");
    expect(aff(g, "tom-hale")).toEqual(["group:pacific-fishing-association"]);
  });
  it("reads a hyphenated acronym defined after a name", () => {
    const g = one("The union, the Maritime Workers Federation (MWF-SU), struck a deal in Lima. MWF-SU President Ana Ruiz said members would vote.");
    expect(aff(g, "ana-ruiz")).toEqual(["group:maritime-workers-federation"]);
  });
  it("reads an unknown acronym before an office word as an organisation, not the end of a hyphenated one", () => {
    const g = one("ILA President Harold Daggett said the strike would go on. SMART-TD President Jeremy Ferguson backed the deal.");
    expect(aff(g, "harold-daggett")).toEqual(["group:ila"]);
    expect(g.nodes.some((n) => n.key === "group:td")).toBe(false);
  });
  it("reads 'the <ACRONYM>' and 'the <Name> institute' as organisations, and an acronym of a body's initials as that body", () => {
    const g = one("Jeffrey Donaldson of the UUP walked out. Terje Rod-Larsen, director of the Fafo institute, hosted the talks. The Harbour Pilots Association rejected the offer, and the HPA said it would strike. The CEO said the GDP fell.");
    const groups = g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.key);
    expect(groups).toEqual(expect.arrayContaining(["group:uup", "group:fafo", "group:harbour-pilots-association"]));
    expect(groups).not.toContain("group:hpa");
    expect(groups).not.toContain("group:ceo");
    expect(g.nodes.some((n) => n.key === "person:fafo")).toBe(false);
  });
  it("reads 'the union' and 'the alliance' as the body last named with that word, and not when two fit", () => {
    const g = one("The Longshore Workers Union and the Maritime Employers Alliance met in Vancouver. The union has demanded protection from automation, which the alliance has rejected.");
    expect(rel(g, "DEMANDS")).toContain("group:longshore-workers-union group:maritime-employers-alliance");
    const two = one("The Longshore Workers Union and the Teachers Union met the Maritime Employers Alliance. The union has demanded protection from automation.");
    expect(rel(two, "DEMANDS")).toEqual([]);
  });
  it("keeps a state's organ's own words as one of its names ('foreign ministry' of 'South Korea's foreign ministry')", () => {
    const g = one("South Korea's foreign ministry called on both sides to continue their dialogue.");
    const organ = g.nodes.find((n) => n.attributes.type === "Group")!;
    expect(organ.attributes.aliases).toContain("foreign ministry");
    // a body that is no state's organ keeps only what the text wrote
    const body = one("Hamas's armed wing said the truce held.").nodes.filter((n) => n.attributes.type === "Group");
    expect(body.flatMap((n) => n.attributes.aliases ?? [])).not.toContain("armed wing");
  });
  it("reads a demand's subject past ', and <title>, <name>,' and past 'and other agencies', and 'both warring parties' as the two sides", () => {
    const salame = one("Fayez al-Serraj and Khalifa Haftar will meet in Moscow. Both have been invited, and the United Nations envoy for Libya, Ghassan Salame, has urged Serraj to attend.");
    expect(rel(salame, "DEMANDS")).toEqual(["person:ghassan-salame person:fayez-al-serraj"]);
    const wfp = one("The World Food Programme and other agencies have urged Ethiopia to allow convoys.");
    expect(rel(wfp, "DEMANDS")).toEqual(["group:wfp state:ethiopia"]);
    const warring = one("Sudan's army and the RSF fought on. The U.S. State Department urged both warring parties to return to the Jeddah talks.");
    expect(rel(warring, "DEMANDS").sort()).toEqual(["group:state-department group:rsf", "group:state-department group:sudanese-armed-forces"]);
    // a relative clause between the addressees and "to": the demand is what follows the "to"
    const aoun = one("Israel and Lebanon agreed to extend the truce. Lebanon's president, Joseph Aoun, urged the United States and France, which sponsored the agreement, to press Israel to honor the deadline.");
    const asked = aoun.edges.find((e) => e.attributes.type === "DEMANDS" && e.source === "person:joseph-aoun" && e.target === "state:france");
    expect(asked?.attributes.what).toBe("press Israel to honor the deadline");
    // the demand inside a relative clause ends where an auxiliary and a participle resume the main clause
    const uaf = one("The Ukrainian Association of Football (UAF), whose president Andriy Pavelko has urged FIFA to expel Russian teams, has welcomed the stand.");
    expect(uaf.edges.find((e) => e.attributes.type === "DEMANDS")?.attributes.what).toBe("expel Russian teams");
  });
  it("reads 'the league' as a body the gazetteer also names so, the one whose head noun it is when two fit", () => {
    // the NFL is also the National Football League; the NFL Players Association's League is no head noun
    const g = one("The NFL and the referees reached a deal. The NFL Players Association had urged the league to end the lockout.");
    expect(rel(g, "DEMANDS")).toEqual(["group:nfl-players-association group:nfl"]);
    // whose body stands between "the" and the noun; a noun before a name describes that name
    const whose = one("The Harbour Workers Union and the Port Employers Association met. The employers' association called on the union to accept the offer.");
    expect(rel(whose, "DEMANDS")).toEqual(["group:port-employers-association group:harbour-workers-union"]);
    const described = one("The Writers Guild ended its strike. The actors' union SAG-AFTRA called on the studios to return to talks.");
    expect(rel(described, "DEMANDS").filter((r) => r.startsWith("group:writers-guild"))).toEqual([]);
  });
  it("reads a body named after two states joined by a hyphen as one name ('the US-China Business Council'), not after 'on'", () => {
    const names = (text: string) => one(text).nodes.filter((n) => n.attributes.type !== "Article").map((n) => n.attributes.name).sort();
    expect(names("The US-China Business Council urged both governments to agree.")).toEqual(["US-China Business Council"]);
    expect(names("The Working Mechanism on India-China Border Affairs met in Beijing.")).toEqual(expect.arrayContaining(["China", "India"]));
  });
  it("reads a body's name across 'of <state>' ('Stage Directors Guild of America'), but not a government's", () => {
    const g = one("The Stage Directors Guild of America reached a deal with the studios. The Government of Sudan met the SPLM.");
    const keys = g.nodes.map((n) => n.key);
    expect(keys).toContain("group:stage-directors-guild-of-america");
    expect(keys).not.toContain("state:united-states");
    expect(keys).toContain("state:sudan");
  });
  it("reads bodies named 'General … Congress' and '<State> People's …' whole, not a rank and a name or a state", () => {
    const g = one("The General National Congress rejected the plan. Aref al-Zouka of the General People's Congress spoke. The Sudan People's Liberation Movement met Khartoum. General Khalifa Haftar said no.");
    const keys = g.nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(["group:general-national-congress", "group:general-peoples-congress", "group:sudan-peoples-liberation-movement", "person:khalifa-haftar"]));
    expect(keys).not.toContain("person:national");
    expect(keys).not.toContain("group:congress");
  });
  it("ends a body's name at its head noun before 'and', and reads a lower-case 'party' before an acronym", () => {
    const g = one("Mohammed Shuaib of the House of Representatives and Saleh al-Makhzoum of the General National Congress signed. Two MPs from the Peace and Democracy party (BDP) visited. The BDP's co-chair Selahattin Demirtas spoke.");
    const keys = g.nodes.map((n) => n.key);
    expect(keys).not.toContain("group:house-of-representatives-and-saleh");
    expect(aff(g, "saleh-al-makhzoum")).toEqual(["group:general-national-congress"]);
    expect(aff(g, "selahattin-demirtas")).toEqual(["group:peace-and-democracy-party"]);
  });
  it("reads 'Central American' and 'South American' as regions, not the United States", () => {
    const g = one("Alvaro de Soto, the personal representative for the Central American peace process, met Latin American and South American leaders.");
    expect(g.nodes.some((n) => n.key === "state:united-states")).toBe(false);
  });
  it("keeps a long name with particles whole ('Sabah al-Ahmad al-Jaber al-Sabah')", () => {
    const g = one("Emir Sheikh Sabah al-Ahmad al-Jaber al-Sabah opened the talks in Kuwait.");
    expect(g.nodes.map((n) => n.attributes.name)).toContain("Sabah al-Ahmad al-Jaber al-Sabah");
  });
  it("knows the parties of labour disputes and their executives' titles", () => {
    const g = one("Boeing chief executive Kelly Ortberg met the Machinists union. Disney CEO Bob Iger spoke.");
    expect(aff(g, "kelly-ortberg")).toEqual(["group:boeing"]);
    expect(aff(g, "bob-iger")).toEqual(["group:disney"]);
  });
  it("reads 'co-facilitated by' and 'the mediator appointed by' as mediation", () => {
    const g = one("The talks in Lusaka were co-facilitated by the African Union and the United Nations. They were chaired by Joseph Banda, the mediator appointed by the East African Community.");
    const meds = g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => e.source);
    expect(meds).toEqual(expect.arrayContaining(["group:african-union", "group:un", "person:joseph-banda"]));
  });
  it("reads 'sat down with' as meeting and a patronymic name by its given name", () => {
    const g = one("President Sheikh Tamim bin Hamad Al Thani sat down with Iranian Foreign Minister Ali Rezaei in Doha. Sheikh Tamim later met Israeli officials.");
    expect(rel(g, "MEETS").some((x) => x.includes("person:tamim-bin-hamad-al-thani") && x.includes("person:ali-rezaei"))).toBe(true);
    expect(g.nodes.some((n) => n.key === "person:tamim")).toBe(false);
  });
  it("reads the heads of two opposing delegations as meeting", () => {
    const g = one("Talks opened in Geneva on Monday. The Chilean delegation was headed by Foreign Minister Ana Lopez. The Peruvian team was led by Jorge Ruiz, Peru's trade minister.");
    const meets = g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => [e.source, e.target].sort().join(" "));
    expect(meets).toContain("person:ana-lopez person:jorge-ruiz");
  });
  it("gives a bare organisation title the organisation named with the same title elsewhere", () => {
    const g = one("The envoy of the UN Secretary-General met both sides in Geneva. Secretary-General Maria Costa said on Friday that the talks would resume.");
    expect(aff(g, "maria-costa")).toEqual(["group:un"]);
  });
  it("reads a parenthesised qualifier after 'Party of <state>' as another name of the party", () => {
    const g = one("The government signed a deal with the Workers Party of Peru (Leninist) on Monday. Leninist chairman Jorge Ruiz welcomed it.");
    const groups = g.nodes.filter((x) => x.attributes.type === "Group").map((x) => x.attributes.name);
    expect(groups).toContain("Workers Party of Peru");
    expect(aff(g, "jorge-ruiz")).toEqual(["group:workers-party-of-peru"]);
  });
  it("resolves later bare uses of a 'better known as' name to the person", () => {
    const g = one("Rebel chairman Jorge Ruiz, better known as Condor, met the Chilean delegation in Lima. Condor demanded that Chile release prisoners.");
    const d = g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => e.source);
    expect(d).toContain("person:jorge-ruiz");
  });
  it("reads the subject of a reported clause after 'said' as a person", () => {
    const g = one("The French presidency said Jean Dupont had spoken with both leaders on Friday.");
    expect(g.nodes.some((x) => x.key === "person:jean-dupont")).toBe(true);
  });
  it("shares one plural title between two named persons, respectively", () => {
    const g = one("The foreign ministers of Chile and Peru, Ana Lopez and Jorge Ruiz, met in Lima on Monday.");
    expect(aff(g, "ana-lopez")).toEqual(["state:chile"]);
    expect(aff(g, "jorge-ruiz")).toEqual(["state:peru"]);
  });
  it("reads 'X and his deputy, Y' from X's affiliation", () => {
    const g = one("The deal was brokered by U.S. envoy Richard Holbrooke. Holbrooke and his deputy, Christopher Hill, shuttled between the delegations.");
    expect(aff(g, "christopher-hill")).toEqual(["state:united-states"]);
  });
  it("reads the state of '<title> of <state>, <honorific> X'", () => {
    const g = one("The Emir of Qatar, Sheikh Tamim Al Thani, received the two leaders in Doha.");
    expect(aff(g, "tamim-al-thani")).toEqual(["state:qatar"]);
  });
  it("reads a title tied by his/her from the person it refers to", () => {
    const g = one("The talks were chaired by the U.N. chief and his special adviser on the island, Karl Berg.");
    expect(aff(g, "karl-berg")).toEqual(["group:un"]);
  });
  it("finds persons without a title as objects of person verbs, and 'X said Y must' demands", () => {
    const g = one("The rebels toppled Omar Haddad in 2011. Opposition leader Lena Moss said the government of Chile must resign.");
    expect(node(g, "person:omar-haddad")?.attributes.type).toBe("Person");
    expect(g.edges.some((e) => e.attributes.type === "DEMANDS" && e.source === "person:lena-moss" && e.target === "state:chile")).toBe(true);
  });
  it("'the two sides' are the pair of an earlier 'talks between A and B', not the most mentioned states", () => {
    const g = one("Chile welcomed the news. Chile and Bolivia said talks between Peru and the Tupac Amaru Revolutionary Movement would open in Lima on Monday. Chile also urged calm and Chile offered help. Bolivia agreed. The two sides met again on Tuesday.");
    const meets = g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => [e.source, e.target].sort().join(" "));
    expect(meets).not.toContain("state:bolivia state:chile");
  });
  it("places a meeting named only by description ('in the Finnish capital')", () => {
    const g = one("Indonesia and the rebels will sign the accord in the Finnish capital on August 15.");
    const m = g.nodes.find((n) => n.attributes.type === "Meeting");
    expect(m?.attributes.place).toBe("Helsinki");
    expect(m?.attributes.date).toBe("2024-08-15");
  });
  it("reads persons named in a list after a plural noun of persons, with the state or group of each", () => {
    const g = one("Two former premiers, Ana Lopez and Jorge Ruiz, led the delegations. Four commanders of the Tupac Amaru Revolutionary Movement — Luis Vega, Raul Soto and Marta Diaz — signed. The summit drew three presidents: Chile's Pedro Mora, the bloc's chairman, Carlos Peña of Peru and Evo Ramos of Bolivia.");
    const persons = g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.key);
    expect(persons).toEqual(expect.arrayContaining(["person:ana-lopez", "person:jorge-ruiz", "person:luis-vega", "person:raul-soto", "person:marta-diaz", "person:pedro-mora", "person:carlos-pena", "person:evo-ramos"]));
    expect(aff(g, "raul-soto")).toEqual(["group:tupac-amaru-revolutionary-movement"]);
    expect(aff(g, "carlos-pena")).toEqual(["state:peru"]);
    expect(aff(g, "pedro-mora")).toEqual(["state:chile"]);
  });
  it("reads organisation names that open with a demonym or hold 'in', defined by ', or X' / ', known as X'", () => {
    const g = one("The Chileans United for Justice and Land, or CUJL, and the Front for Renewal in Peru, known as FRP, met in Lima. Ana Lopez of the Women in Mediation Network said the CUJL would sign.");
    const groups = g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name);
    expect(groups).toEqual(expect.arrayContaining(["Chileans United for Justice and Land", "Front for Renewal in Peru", "Women in Mediation Network"]));
    expect(groups).not.toContain("Front for Renewal");
  });
  it("does not read 'Northern Ireland' as Ireland", () => {
    const g = one("Talks on Northern Ireland resumed in Belfast on Monday.");
    expect(g.nodes.some((n) => n.key === "state:ireland")).toBe(false);
  });
  it("reads 'a demand pressed by A and by B' as demands of both, not of each other", () => {
    const g = one("Peru and Chile met in Lima. Prisoners will be freed, a demand pressed hard by the Tupac Amaru Revolutionary Movement and by the Workers Party of Peru.");
    const d = g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => `${e.source} ${e.target}`);
    expect(d.some((x) => x.startsWith("group:tupac-amaru-revolutionary-movement "))).toBe(true);
    expect(d).not.toContain("group:tupac-amaru-revolutionary-movement group:workers-party-of-peru");
  });
  it("resolves 'the guerrillas' to the armed group the article names", () => {
    const g = one("The Popular Liberation Army (EPL) met government negotiators in Lima. The Peruvian government insisted that the guerrillas lay down their arms.");
    expect(g.edges.some((e) => e.attributes.type === "DEMANDS" && e.target === "group:popular-liberation-army")).toBe(true);
  });
  it("resolves 'the kidnappers' to the armed group named before, never to a party", () => {
    const g = one("Abu Sayyaf freed ten Indonesian sailors on Sunday, the Liberal Party said. The kidnappers had demanded 50 million pesos for the crew's freedom.");
    const d = g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => e.source);
    expect(d).toEqual(["group:abu-sayyaf"]);
  });
  it("resolves 'the delegation' to the actor of the last delegation named", () => {
    const g = one("A delegation from the African Union arrived in Niamey on Saturday. The delegation, led by Amos Kato, also visited ousted President Mohamed Bazoum.");
    expect(g.edges.some((e) => e.attributes.type === "MEETS" && [e.source, e.target].includes("group:african-union") && [e.source, e.target].includes("person:mohamed-bazoum"))).toBe(true);
  });
});

describe("person names broken by common words", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const persons = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.name).sort();
  it("keeps a lower-case particle inside a name ('arap', as 'van', 'von', 'bin', 'al-')", () => {
    expect(persons(one("Kenyan President Daniel arap Moi attended the ceremony."))).toEqual(["Daniel arap Moi"]);
    expect(persons(one("Commission President Ursula von der Leyen and Crown Prince Mohammed bin Salman met Sudanese leader Hassan al-Turabi."))).toEqual(["Hassan al-Turabi", "Mohammed bin Salman", "Ursula von der Leyen"]);
    // a particle without a name after it ends the name
    expect(persons(one("President Daniel Kibet arap the next day said so."))).toEqual(["Daniel Kibet"]);
  });
  it("reads the person a person told, and its surname alone later, even when the surname is an English word", () => {
    const g = one("Jimmy Carter told Menachem Begin on the tenth day that the talks would end. Begin refused to dismantle the settlements.");
    expect(persons(g)).toEqual(["Jimmy Carter", "Menachem Begin"]);
    expect(g.nodes.find((n) => n.key === "person:menachem-begin")?.attributes.aliases).toContain("Begin");
    // sources tell news outlets: not persons
    expect(persons(one("Diplomatic sources told Gulf Horizon on Monday that the talks would end."))).toEqual([]);
  });
  it("keeps an honorific and a hard-wrapped line in the sentence, but not a paragraph or a new capitalised line", () => {
    const a = analyse("The chief said he will keep Mr.\nde Soto in charge. Talks went on\nbetween the sides.\nReagan Takes Office\nBy John Smith\n\nand more.");
    const sents = a.sentences.map((s) => a.text.slice(s.start, s.end));
    expect(sents).toEqual(["The chief said he will keep Mr.\nde Soto in charge.", "Talks went on\nbetween the sides.", "Reagan Takes Office", "By John Smith", "and more."]);
  });
});

describe("acronyms defined in the article", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const meetsOf = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`);
  const groups = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort();
  it("gives an acronym that spells only the words after 'of' to those words ('X of the Shiromani Akali Dal (SAD)')", () => {
    const g = one("Former minister Harsimrat Kaur Badal of the Shiromani Akali Dal (SAD) urged Prime Minister Narendra Modi to talk to the farmers.");
    expect(groups(g)).toEqual(["Shiromani Akali Dal"]);
    expect(g.nodes.some((n) => n.attributes.type === "Person" && n.attributes.name === "Harsimrat Kaur Badal")).toBe(true);
  });
  it("reads a company's distinctive first word alone as the company, not inside another name", () => {
    const g = one("Kaiser Permanente and the unions reached a deal. Labor Secretary Julie Su met separately with Kaiser executives on Thursday.");
    expect(g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`)).toEqual(["person:julie-su group:kaiser-permanente"]);
    // a first word many names share names none of them
    const united = one("United Airlines met the pilots of the Air Line Pilots Association on Monday. United urged ALPA to accept the offer.");
    expect(united.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => e.source)).toEqual([]);
    // the last word of a name no reading took is not the company's
    const w = one("The Wrestling Federation of India met. United World Wrestling called for elections.");
    expect(w.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name)).toEqual(["Wrestling Federation of India"]);
  });
  it("reads 'the group' as the last body named when no armed group or party was", () => {
    const demands = one("OPEC and its allies met on Thursday. At a marathon videoconference, the group asked Mexico to cut output.").edges.filter((e) => e.attributes.type === "DEMANDS");
    expect(demands.map((e) => `${e.source} ${e.target}`)).toEqual(["group:opec state:mexico"]);
  });
  it("reads a body the gazetteer knows by its head noun, then 'of' and a state, as that state's own body", () => {
    const g = one("The Football Association of Ireland (FAI) met the players' union. The FAI said it would pay.");
    expect(groups(g)).toContain("Football Association of Ireland");
    expect(groups(g)).not.toContain("Football Association");
    expect(g.nodes.some((n) => n.attributes.type === "State")).toBe(false);
  });
  it("reads an acronym defined after a name the gazetteer knows as that name, over another body's acronym", () => {
    const demands = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => `${e.source} ${e.target}`);
    expect(demands(one("Mineral Resources Minister Ngoako Ramatlhodi met the union. The Democratic Alliance (DA) called on Ramatlhodi to return to the talks."))).toEqual([
      "group:democratic-alliance person:ngoako-ramatlhodi",
    ]);
    // "PTI" is also the Press Trust of India, which is never an actor
    expect(groups(one("Imran Khan's Pakistan Tehreek-e-Insaf (PTI) called on the Election Commission to act. The PTI said it would protest."))).toContain("Pakistan Tehreek-e-Insaf");
  });
  it("reads 'the union' as a federation of musicians or other workers named before", () => {
    const meets = one("The Minnesota Orchestral Association and the American Federation of Musicians agreed to a deal. George Mitchell held talks with the union.").edges.filter((e) => e.attributes.type === "MEETS");
    expect(meets.map((e) => `${e.source} ${e.target}`)).toContain("person:george-mitchell group:american-federation-of-musicians");
  });
  it("reads the employer of staff 'employed by the contractor X', and 'the X workers' committee' as a body of its own facing X", () => {
    const g = one("Security staff employed by the contractor Eulen went on strike on Monday. The Eulen workers' committee met Eulen in Barcelona on Friday.");
    expect(groups(g)).toEqual(["Eulen", "Eulen workers' committee"]);
    const meets = g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`);
    expect(meets).toEqual(["group:eulen-workers-committee group:eulen"]);
  });
  it("reads 'the government' before any state is named as the state the whole story names most, not an official's", () => {
    const demands = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => `${e.source} ${e.target}`);
    const kenya = "Raila Odinga signed the pact in Nairobi on Friday. He urged the government to compensate the families. Kenya must heal, he said. Kenyans cheered.";
    expect(demands(one(kenya))).toEqual(["person:raila-odinga state:kenya"]);
    // a state named only as the qualifier of an official's title is no evidence of where the story is set
    const dhaka = "Mirza Fakhrul Islam Alamgir spoke on Friday. He urged the government to step down. The US Assistant Secretary of State Nisha Biswal also called. The US Ambassador Dan Mozena agreed.";
    expect(demands(one(dhaka))).not.toContain("person:mirza-fakhrul-islam-alamgir state:united-states");
  });
  it("reads a name after a humanitarian body's noun over 'of the', and the whole name again later, not its first word", () => {
    expect(groups(one("Korkie was killed, the relief agency Doctors of the World said. The charity Friends of the Earth agreed."))).toEqual(["Doctors of the World", "Friends of the Earth"]);
    const meets = one("Korkie was killed, the relief agency Helpers of the Sahel said. Helpers of the Sahel met AQAP in Sanaa.").edges.filter((e) => e.attributes.type === "MEETS");
    expect(meets.map((e) => `${e.source} ${e.target}`)).toEqual(["group:helpers-of-the-sahel group:aqap"]);
  });
  it("reads a name after a campaign, lobby or business group's noun as a body, and no armed one", () => {
    const g = one("Campaign group Avaaz urged Brazil to halt the logging. The pressure group Momentum backed the strikers. The kidnappers had demanded a ransom.");
    expect(groups(g)).toEqual(["Avaaz", "Momentum"]);
    // (an armed group would be the one "the kidnappers" stand for)
    expect(g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => e.source)).toEqual(["group:avaaz"]);
  });
  it("reads a body's initials used bare later as the body, its words in capitals spelt whole ('Universities UK ... UUK')", () => {
    const g = one("The union held talks with Universities UK. The union had demanded that UUK withdraw its plan. The Union of Hong Kong Dockers met the employer. UHKD leader Stanley Ho spoke.");
    expect(g.nodes.find((n) => n.attributes.name === "Universities UK")?.attributes.aliases).toContain("UUK");
    expect(g.nodes.find((n) => n.attributes.name === "Union of Hong Kong Dockers")?.attributes.aliases).toContain("UHKD");
    expect(g.nodes.some((n) => n.attributes.name === "UUK" || n.attributes.name === "UHKD")).toBe(false);
  });
  it("reads a party's name before a namesake's acronym in brackets as that namesake ('Justice and Development Party (PJD)')", () => {
    const g = one("Rabat - Saad-Eddine El Othmani said his Justice and Development Party (PJD) had reached a deal. The Justice and Development Party will lead.");
    expect(groups(g)).toEqual(["Justice and Development Party (Morocco)"]);
  });
  it("knows the main political parties of 2012-2025 by name", () => {
    expect(groups(one("Labour's shadow health secretary criticised the Conservative Party, the Scottish National Party and the Bharatiya Janata Party."))).toEqual([
      "Bharatiya Janata Party",
      "Conservative Party",
      "Scottish National Party",
    ]);
  });
  it("lets a defined acronym win over a gazetteer entry with the same acronym", () => {
    const g = one("Two rebel groups, the Forces for the Defence of Democracy (FDD) and the National Liberation Forces (FNL), stayed out. The FDD said it would fight on.");
    expect(groups(g)).toEqual(["Forces for the Defence of Democracy", "National Liberation Forces"]);
    expect(g.nodes.find((n) => n.attributes.name === "Forces for the Defence of Democracy")?.attributes.aliases).toContain("FDD");
    // without a definition, the gazetteer's reading stands
    expect(groups(one("The FDD said sanctions on Iran should stay."))).toEqual(["Foundation for Defense of Democracies"]);
  });
  it("reads an acronym the article's own name spells as that name, over the gazetteer's body with the same letters", () => {
    // "SAA" is also the Syrian Arab Army's; the headline writes it before the lead spells it out
    const g = one("SAA strike ends\n\nThe strike at South African Airways ended on Friday. SAA said flights would resume.");
    expect(groups(g)).toEqual(["South African Airways"]);
  });
  it("opens a body's name with the whole of a state's name of two words, and takes an acronym written as a word", () => {
    const g = one("The South African Cabin Crew Association (Sacca) said its members would return. Sacca also demanded that the airline pay an 8% rise.");
    expect(groups(g)).toEqual(["South African Cabin Crew Association"]);
    expect(g.nodes.find((n) => n.attributes.name === "South African Cabin Crew Association")?.attributes.aliases).toContain("Sacca");
  });
  it("reads 'the company', 'the airline' and 'union leaders' as the bodies named before", () => {
    const affiliations = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "AFFILIATED_WITH").map((e) => `${e.source} ${e.target}`);
    expect(affiliations(one("Verizon refused to budge. Lowell McAdam, the company's chief executive, said the offer was final."))).toEqual(["person:lowell-mcadam group:verizon"]);
    const g = one("South African Airways and the National Union of Metalworkers of South Africa (Numsa) failed to agree. Pravin Gordhan met union leaders and the airline's management in Pretoria on Friday.");
    expect(meetsOf(g)).toEqual(expect.arrayContaining(["person:pravin-gordhan group:south-african-airways", "person:pravin-gordhan group:numsa"]));
    // two companies named: "the company" is neither
    expect(affiliations(one("Boeing and Airbus both bid. Jane Roe, the company's chief executive, said the offer was final."))).toEqual([]);
  });
  it("names a body of another organisation's people with that organisation, and 'the referees' and 'the armed groups' as the bodies named before", () => {
    const demands = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => `${e.source} ${e.target}`).sort();
    const g = one("The NFL locked out the NFL Referees Association (NFLRA) in June. The referees had demanded that the league keep their pension plan. The NFLRA said talks went on.");
    expect(groups(g)).toEqual(["NFL", "NFL Referees Association"]);
    expect(demands(g)).toEqual(["group:nfl-referees-association group:nfl"]);
    const armed = one("The FPRC, the UPC and the Anti-Balaka signed the deal with the government of the Central African Republic. During the talks the armed groups pressed the government to grant an amnesty.");
    expect(demands(armed)).toEqual(expect.arrayContaining(["group:anti-balaka state:central-african-republic", "group:union-for-peace-in-the-central-african-republic state:central-african-republic"]));
  });
  it("reads a team's captain and coach as titles before the name", () => {
    const persons = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.name);
    expect(persons(one("Captain Simon Kjaer had urged the federation to accept the offer."))).toEqual(["Simon Kjaer"]);
    expect(persons(one("Coach Volker Finke said the row would not affect the team."))).toEqual(["Volker Finke"]);
    // "Not" opens no body's name
    expect(groups(one("Przino deal buys Macedonia time, Not Trust"))).toEqual([]);
    // a company's legal suffix makes a body, not a person; the Treasurer is a state's minister
    expect(groups(one("Mitsubishi Corp owns a stake in the mine. MMG Limited runs Las Bambas."))).toEqual(["MMG Limited", "Mitsubishi Corp"]);
    expect(persons(one("Australia passed the code. The Treasurer spoke with Facebook's chief executive, Mark Zuckerberg."))).toEqual(["Mark Zuckerberg"]);
    // a known leader's surname before "government" names the leader's state
    const states = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "State").map((n) => n.attributes.name);
    expect(states(one("The Netanyahu government rejected the proposal."))).toEqual(["Israel"]);
    expect(groups(one("The Morrison Government called on Facebook to restore news."))).toEqual(["Facebook"]);
  });
  it("resolves 'the rebels' to the armed group named before, not a later party", () => {
    const g = one("The rebel group, the Forces for the Defence of Democracy (FDD), stayed out. The Front for Democracy in Burundi (FRODEBU), the largest party at the talks, insisted on a date. President Bill Clinton urged the rebels to lay down their arms.");
    const d = g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => e.target);
    expect(d).toContain("group:forces-for-the-defence-of-democracy");
    expect(d).not.toContain("group:front-for-democracy-in-burundi");
  });
});

describe("names spelling their acronym, titles before objects, pronouns after an unnamed subject", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const groups = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort();
  const meets = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`);
  it("reads a name whose initials spell the acronym after it as one body, over the state or body inside it", () => {
    const g = one("Police were arming supporters of Metsing's Lesotho Congress for Democracy (LCD), the army said. The LCD denied it.");
    expect(groups(g)).toEqual(["Lesotho Congress for Democracy"]);
    expect(g.edges.filter((e) => e.attributes.type === "PART_OF")).toEqual([]);
    // initials that do not spell it, an agreement's name and a state's organ keep their readings
    expect(groups(one("Supporters of the Lesotho Congress for Democracy (LDC) marched."))).not.toContain("Lesotho Congress for Democracy");
    expect(groups(one("Leaders signed the Maseru Facilitation Declaration (MFD) in Lesotho."))).toEqual([]);
    expect(groups(one("The talks were held under the facilitation of the Royal Norwegian Government (RNG) in Oslo."))).not.toContain("Royal Norwegian Government");
  });
  it("reads 'the Council', 'the guild' as the last organisation named with that head noun", () => {
    const demanders = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => e.source);
    expect(demanders(one("The UN Security Council met on Friday. In its resolution, the Council called on Morocco to resume negotiations."))).toEqual(["group:un-security-council"]);
    expect(demanders(one("The Writers Guild of America reached a deal. The guild had demanded that Netflix share data."))).toEqual(["group:wga"]);
    // part of another name, or with no such organisation named before: no reference
    expect(demanders(one("The UN Security Council met. The Council of Europe called on Morocco to resume negotiations."))).not.toContain("group:un-security-council");
    expect(demanders(one("Hamas met Qatar. The Council called on Israel to stop."))).toEqual([]);
  });
  it("reads 'Senate Majority Leader' as the chamber and a title, and 'the Official Opposition' as no person", () => {
    const g = one("Kenya Kwanza's team includes Senate Majority Leader Aaron Cheruiyot. The ruling side wants to entrench the Office of the Leader of the Official Opposition.");
    expect(g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.name)).toEqual(["Aaron Cheruiyot"]);
    expect(groups(g)).toEqual(["Kenya Kwanza", "Senate"]);
  });
  it("reads a one-word company's name before a place noun as the place ('the Amazon province')", () => {
    expect(groups(one("A soldier was killed in the Amazon province of Sucumbios."))).toEqual([]);
    expect(groups(one("Amazon workers went on strike in Alabama."))).toEqual(["Amazon"]);
  });
  it("reads no person in an office's name ('the Ministry of Foreign Affairs of the State of Qatar welcomes')", () => {
    const persons = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.name);
    expect(persons(one("The Ministry of Foreign Affairs of the State of Qatar welcomes the signing. Dr. Mutlaq Al-Qahtani, Special Envoy for Mediation in Conflict Resolution, led the team."))).toEqual(["Mutlaq Al-Qahtani"]);
  });
  it("reads a bare 'the two' before its verb as the two persons named last", () => {
    const g = one("Rached Ghannouchi sat down with Beji Caid Essebsi in a Paris hotel. The two later held separate talks with Algeria's president, Abdelaziz Bouteflika, in Algiers.");
    expect(meets(g)).toContain("person:rached-ghannouchi person:abdelaziz-bouteflika");
    expect(meets(g)).toContain("person:beji-caid-essebsi person:abdelaziz-bouteflika");
    // "the two" before a noun other than the persons' is no pair of them
    expect(meets(one("Rached Ghannouchi sat down with Beji Caid Essebsi. The two parties later met Abdelaziz Bouteflika."))).not.toContain("person:rached-ghannouchi person:abdelaziz-bouteflika");
  });
  it("reads a state's name after a title and before a surname as the person's given name", () => {
    const persons = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.name);
    expect(persons(one("Defence Minister Israel Katz ordered the military to respond."))).toEqual(["Israel Katz"]);
    expect(persons(one("National Rally president Jordan Bardella said he would not negotiate."))).toEqual(["Jordan Bardella"]);
    // without a title, or before a place noun, it is the state
    expect(persons(one("Israel Katz met Hamas."))).toEqual([]);
    // without a title but with the surname written alone elsewhere, it is the person's
    const folau = one("Israel Folau and Rugby Australia settled their dispute, with an apology for any hurt caused to Folau.");
    expect(persons(folau)).toEqual(["Israel Folau"]);
    expect(folau.nodes.map((n) => n.key)).not.toContain("state:israel");
    // a place's noun written alone later is no surname ("Sydney Harbour ... the Harbour")
    expect(persons(one("Sydney Harbour was calm on Monday, though the Harbour froze later."))).toEqual([]);
    expect(groups(one("Prime Minister Benjamin Netanyahu flew to the Jordan Valley."))).toEqual([]);
    expect(one("Prime Minister Benjamin Netanyahu flew to the Jordan Valley.").nodes.map((n) => n.key)).toContain("state:jordan");
  });
  it("reads a church's body named by its bishops or an 'Episcopal Conference' as an organisation, not an event", () => {
    expect(groups(one("The Episcopal Conference of Ecuador mediated the talks."))).toContain("Episcopal Conference of Ecuador");
    // (a state's name right before the body's name opens it: the Lesotho Conference of Catholic Bishops)
    expect(groups(one("The Lesotho Conference of Catholic Bishops called for calm."))).toContain("Lesotho Conference of Catholic Bishops");
    expect(groups(one("Talks included the National Order of Lawyers and others."))).toEqual(["National Order of Lawyers"]);
    // a conference that is an event stays no body; "Executive Order" and a decoration are no bodies
    expect(groups(one("The Geneva Peace Conference opened on Monday. Biden signed an Executive Order on Tuesday. He was given the Order of Zayed."))).toEqual([]);
  });
  it("reads an unknown acronym in apposition to a body noun as an organisation, and no other", () => {
    expect(groups(one("Colombia's main business association, ANDI, urged the government to settle the dispute."))).toEqual(["ANDI"]);
    // not after a noun for a body
    expect(groups(one("Colombia's main product, ANDI, sold well."))).toEqual([]);
  });
  it("reads a titled person's name before 'of' and a body as the person, not the body's name", () => {
    expect(groups(one("Commissioner Rob Manfred of Major League Baseball spoke with the union."))).toEqual(["Major League Baseball"]);
  });
  it("reads a person after capitalised title words the gazetteer does not list whole", () => {
    const g = one("Agriculture Minister Narendra Singh Tomar led the government side. Tomar met Home Minister Amit Shah on Monday.");
    expect(meets(g)).toContain("person:narendra-singh-tomar person:amit-shah");
  });
  it("leaves 'he' unread after a subject that is a role no named person holds", () => {
    const g = one("Amos Hochstein, a senior adviser to Biden, flew to Beirut. The envoy also met Prime Minister Najib Mikati before flying to Israel, where he met Prime Minister Benjamin Netanyahu.");
    expect(meets(g)).not.toContain("person:najib-mikati person:benjamin-netanyahu");
    // a named subject still stands for "he"
    const h = one("Amos Hochstein met Prime Minister Najib Mikati before flying to Israel, where he met Prime Minister Benjamin Netanyahu.");
    expect(meets(h)).toContain("person:amos-hochstein person:benjamin-netanyahu");
  });
});

describe("pairs of officials, forms of address, double surnames", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const meets = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`);
  const persons = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.name).sort();
  it("reads 'the two presidents' and 'the two prime ministers' as the two persons named last", () => {
    expect(meets(one("Guyana's President Irfaan Ali and Venezuela's President Nicolas Maduro arrived. The two Presidents then met for two hours."))).toEqual(["person:irfaan-ali person:nicolas-maduro"]);
    expect(meets(one("Greek Prime Minister Alexis Tsipras called Macedonian Prime Minister Zoran Zaev. The two prime ministers will meet at Lake Prespa."))).toEqual(["person:alexis-tsipras person:zoran-zaev"]);
  });
  it("continues a list of persons each followed by a title in apposition ('A, the premier of X, and B, a former minister')", () => {
    const g = one("Deutsche Bahn and the GDL union settled. The two sides spent weeks in talks moderated by Daniel Guenther, the premier of the northern state of Schleswig-Holstein, and Thomas de Maiziere, a former federal interior minister.");
    const mediators = [...new Set(g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => e.source))].sort();
    expect(mediators).toEqual(["person:daniel-guenther", "person:thomas-de-maiziere"]);
  });
  it("continues a list over 'and then'", () => {
    const g = one("Prime Minister Ralph Gonsalves received President Irfaan Ali of Guyana and then President Nicolas Maduro of Venezuela.");
    expect(meets(g)).toEqual(expect.arrayContaining(["person:ralph-gonsalves person:irfaan-ali", "person:ralph-gonsalves person:nicolas-maduro"]));
  });
  it("reads 'In May,' as a month, and May as a person elsewhere", () => {
    expect(persons(one("In May, Lieutenant General Faiz Hameed led an official team to Kabul."))).toEqual(["Faiz Hameed"]);
    expect(persons(one("Theresa May met Donald Tusk in Brussels. May said no."))).toEqual(["Donald Tusk", "Theresa May"]);
  });
  it("leaves a form of address out of the name, and keeps one-word names after it", () => {
    expect(persons(one("The nuncio, Monsignor Waldemar Sommertag, attended with The Honourable Roosevelt Skerrit."))).toEqual(["Roosevelt Skerrit", "Waldemar Sommertag"]);
    expect(persons(one("The signing was held under the patronage of His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar."))).toEqual(["Tamim bin Hamad Al Thani"]);
  });
  it("reads the names in a list of labelled items, which is no headline, and 'MP' as a title", () => {
    const g = one("Who was at the table?\n\n- Morocco: Foreign Minister Nasser Bourita\n- Algeria: Foreign Minister Abdelkader Messahel\n");
    expect(persons(g)).toEqual(["Abdelkader Messahel", "Nasser Bourita"]);
    expect(persons(one("Independent MP Amineh Kakabaveh urged Sweden to reject the deal."))).toEqual(["Amineh Kakabaveh"]);
  });
  it("gives a person set off after a possessive title the owner's affiliation ('Erdogan's spokesman, Ibrahim Kalin')", () => {
    const aff = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "AFFILIATED_WITH").map((e) => `${e.source} ${e.target}`);
    expect(aff(one("Recep Tayyip Erdogan met Joe Biden. Erdogan's spokesman, Ibrahim Kalin, said so."))).toContain("person:ibrahim-kalin state:turkey");
    // no title between: no affiliation from the possessive
    expect(aff(one("Joe Biden met Xi Jinping. Biden's decision, Xi Jinping said, was wrong."))).not.toContain("person:xi-jinping state:united-states");
  });
  it("does not make co-travellers meet each other ('Swedish and Finnish delegations travelled to Ankara for talks with ...')", () => {
    const g = one("Swedish and Finnish delegations travelled to Ankara for talks with Deputy Foreign Minister Sedat Onal.");
    expect(meets(g)).not.toContain("state:sweden state:finland");
  });
  it("reads a plural title before names as their shared title, not part of the first name", () => {
    const g = one("Presidents Vladimir Putin and Recep Tayyip Erdogan met in Sochi. Foreign Ministers Sergei Lavrov and Mevlut Cavusoglu attended.");
    expect(persons(g)).toEqual(["Mevlut Cavusoglu", "Recep Tayyip Erdogan", "Sergei Lavrov", "Vladimir Putin"]);
    expect(meets(g)).toEqual(["person:vladimir-putin person:recep-tayyip-erdogan"]);
    expect(persons(one("The deal was signed as Prime Ministers Alexis Tsipras and Zoran Zaev looked on."))).toEqual(["Alexis Tsipras", "Zoran Zaev"]);
    // the name of a body keeps its plural ("House of Representatives Speaker Mike Johnson")
    expect(persons(one("House of Representatives Speaker Mike Johnson met Ukrainian officials."))).toEqual(["Mike Johnson"]);
  });
  it("knows a person named with two surnames by the first ('President Maduro' after 'Nicolás Maduro Moros')", () => {
    const g = one("Nicolás Maduro Moros, President of Venezuela, arrived. President Maduro called on Guyana to return to talks.");
    expect(persons(g)).toEqual(["Nicolás Maduro Moros"]);
    // a reading from a full name wins over that guess
    expect(persons(one("Narendra Singh Tomar and Manmohan Singh spoke. Singh said no."))).toEqual(["Manmohan Singh", "Narendra Singh Tomar"]);
  });
});

describe("labour disputes: workplaces and 'the union'", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const groups = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort();
  const demands = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => `${e.source} ${e.target}`).sort();
  const text =
    "About 70,000 members of the Association of Mineworkers and Construction Union (AMCU) at Anglo American Platinum (Amplats), Impala Platinum (Implats) and Lonmin have been on strike since January. The union wants Amplats, Implats and Lonmin to double the basic wage.";
  it("reads the employers listed after 'members at', with the clippings they go by", () => {
    const g = one(text);
    expect(groups(g)).toEqual(["Anglo American Platinum", "Association of Mineworkers and Construction Union", "Impala Platinum", "Lonmin"]);
    expect(g.nodes.find((n) => n.attributes.name === "Anglo American Platinum")?.attributes.aliases).toEqual(["Amplats"]);
    // a state alone is no workplace; a bracketed word that is no clipping of the name is no alias
    expect(groups(one("Dockworkers at Qatar's ports walked out."))).toEqual([]);
    expect(one("Workers at Impala Platinum (Rustenburg) struck.").nodes.find((n) => n.attributes.name === "Impala Platinum")?.attributes.aliases).toEqual([]);
  });
  it("reads a region's name opening a body's name as part of it, and the body's officers", () => {
    expect(groups(one("The West Virginia Education Association and the California Teachers Association called off the strike."))).toEqual(["California Teachers Association", "West Virginia Education Association"]);
    // a place that opens no body's name stays a place; a state stays an actor of its own
    expect(groups(one("Teachers in West Virginia called off the strike."))).toEqual([]);
    expect(groups(one("Kenya National Hospital doctors called off the strike."))).not.toContain("Kenya National Hospital");
    const g = one("The Hong Kong Federation of Students met officials. Federation secretary general Alex Chow Yong-kang led the students.");
    expect(g.edges.filter((e) => e.attributes.type === "AFFILIATED_WITH").map((e) => `${e.source} ${e.target}`)).toEqual(["person:alex-chow-yong-kang group:hong-kong-federation-of-students"]);
  });
  it("reads a transit agency as a body, the body whose title an appositive gives, and a programme agreed", () => {
    const g = one("The deal was struck after talks in Newark between NJ Transit and the Brotherhood of Locomotive Engineers and Trainmen. Tom Haas, the BLET's general chairman at NJ Transit, said the union had won.");
    expect(g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`)).toEqual(["group:nj-transit group:blet"]);
    expect(g.edges.filter((e) => e.attributes.type === "AFFILIATED_WITH").map((e) => `${e.source} ${e.target}`)).toEqual(["person:tom-haas group:blet"]);
    expect(one("Fianna Fáil, Fine Gael and the Green Party have agreed a draft programme for government.").edges.filter((e) => e.attributes.type === "MEETS")).toHaveLength(3);
  });
  it("reads 'the union' as the trade union named last", () => {
    expect(demands(one(text))).toEqual([
      "group:association-of-mineworkers-and-construction-union group:anglo-american-platinum",
      "group:association-of-mineworkers-and-construction-union group:impala-platinum",
      "group:association-of-mineworkers-and-construction-union group:lonmin",
    ]);
  });
  it("reads 'the (three) companies' and 'the automakers' as the employers named before, all on one side", () => {
    const strike = "The UAW struck General Motors, Ford and Stellantis on Friday.";
    expect(demands(one(`${strike} The union has demanded that the three companies raise wages by 40%.`))).toEqual([
      "group:uaw group:ford",
      "group:uaw group:general-motors",
      "group:uaw group:stellantis",
    ]);
    expect(demands(one(`${strike} President Joe Biden urged the automakers to go further.`))).toEqual(["person:joe-biden group:ford", "person:joe-biden group:general-motors", "person:joe-biden group:stellantis"]);
    // a count that does not fit is no reference; employers do not meet or make demands of one another
    expect(demands(one(`${strike} The union has demanded that the two companies raise wages.`))).not.toContain("group:uaw group:stellantis");
    const g = one(`${strike} The automakers returned to the table on Sunday. Ford urged GM to hold firm.`);
    expect(g.edges.filter((e) => e.attributes.type === "MEETS" && e.source !== "group:uaw" && e.target !== "group:uaw")).toEqual([]);
    expect(demands(g)).not.toContain("group:ford group:general-motors");
  });
});

describe("demands of people no actor names", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const demands = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => `${e.source} ${e.target}`).sort();
  it("reads 'urged lawmakers to' as a demand of no one named: the article", () => {
    const g = one("Argentina agreed to pay Elliott Management. Finance Minister Alfonso Prat-Gay urged lawmakers to approve the repeal quickly.");
    expect(demands(g)).toEqual(["person:alfonso-prat-gay article:a"]);
    expect(g.edges.find((e) => e.target === "article:a" && e.attributes.type === "DEMANDS")?.attributes.what).toBe("approve the repeal quickly");
  });
  it("reads 'urged Japanese nationals not to' as a demand of no one named, not of the demonym's state", () => {
    const g = one("Chief Cabinet Secretary Yoshihide Suga said Japan had asked Qatar to help. Suga urged Japanese nationals not to travel abroad for any reason.");
    expect(demands(g)).toContain("person:yoshihide-suga article:a");
    expect(g.edges.find((e) => e.source === "person:yoshihide-suga" && e.attributes.type === "DEMANDS")?.attributes.what).toBe("not to travel abroad for any reason");
    // a sector's firms after the demonym ("Malaysian employers"); the wording starts after their "to",
    // not inside a range between commas ("British businesses, from farmers to tech start-ups, to start")
    const firms = one("Malaysia signed the memorandum. Human Resources Minister M. Saravanan urged Malaysian employers to register through the official system.");
    expect(demands(firms)).toContain("person:m-saravanan article:a");
    const range = one("Britain signed the deal. Trade Secretary Liz Truss urged British businesses, from farmers to tech start-ups, to start preparing now.");
    expect(range.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => e.attributes.what)).not.toContain("tech start-ups, to start preparing now");
  });
  it("reads 'urged the unions to' and 'the labour leaders to' as demands of every union named", () => {
    const g = one("Finance Minister Ngozi Okonjo-Iweala met the Nigeria Labour Congress and the Nigerian Union of Teachers. She urged the unions to call off the strike.");
    expect(demands(g)).toEqual(["person:ngozi-okonjo-iweala group:nigerian-union-of-teachers", "person:ngozi-okonjo-iweala group:nlc"]);
  });
  it("reads the international community, rich countries and lenders, and workers across a region as people no actor names", () => {
    expect(demands(one("Sudan and the rebels signed. Abdel Fattah al-Burhan urged the international community to lift sanctions."))).toEqual(["person:abdel-fattah-al-burhan article:a"]);
    expect(demands(one("Argentina and its creditors talked. Pope Francis called on rich countries and lenders to show solidarity."))).toEqual(["person:pope-francis article:a"]);
    // asked to refrain
    const g = one("Iran and the powers met in Geneva. Prime Minister Benjamin Netanyahu had urged the powers not to sign what he called a bad deal.");
    expect(g.edges.find((e) => e.source === "person:benjamin-netanyahu" && e.attributes.type === "DEMANDS")?.attributes.what).toBe("not to sign what he called a bad deal");
  });
  it("reads 'the unions' and 'the two unions' as every union named, as subject and addressee", () => {
    const g = one("Transnet met the United National Transport Union and the South African Transport and Allied Workers Union. The unions had demanded a double-digit increase. Minister Pravin Gordhan urged the two unions to accept the offer.");
    expect(demands(g)).toEqual([
      "group:south-african-transport-and-allied-workers-union group:transnet",
      "group:united-national-transport-union group:transnet",
      "person:pravin-gordhan group:south-african-transport-and-allied-workers-union",
      "person:pravin-gordhan group:united-national-transport-union",
    ]);
    // their people too
    const h = one("The Moroccan Labour Union and the Moroccan Workers' Union struck. Head of Government Aziz Akhannouch met the unions' leaders in Rabat.");
    expect(h.edges.filter((e) => e.attributes.type === "MEETS").map((e) => e.target).sort()).toEqual(["group:moroccan-labour-union", "group:moroccan-workers-union"]);
    // unions the gazetteer knows as unions, whatever their names say ("the two unions": the FNSEA and JA)
    const fr = one("Arnaud Rousseau, president of the FNSEA, spoke with the president of Jeunes Agriculteurs, Arnaud Gaillot. Prime Minister Gabriel Attal met the leaders of the two unions at Matignon.");
    expect(fr.edges.filter((e) => e.attributes.type === "MEETS" && e.source === "person:gabriel-attal").map((e) => e.target).sort()).toEqual(["group:fnsea", "group:jeunes-agriculteurs"]);
    // "Union officials" opening a sentence
    const sc = one("Unison and GMB suspended the strikes. Union officials had met Cosla negotiators several times.");
    expect(sc.edges.filter((e) => e.attributes.type === "MEETS" && e.target === "group:cosla").map((e) => e.source).sort()).toEqual(["group:gmb", "group:unison"]);
  });
  it("reads 'Its representatives' as the body the sentence before opened with, and the actor before a possessive appositive", () => {
    expect(demands(one("Sudan and South Sudan met. The Alliance of Opposition Parties was left out of the deal. Its representatives insisted that any arrangement include the alliance."))).toEqual(["group:alliance-of-opposition-parties state:sudan"]);
    expect(demands(one("South Sudan and the SPLM-IO talked in Khartoum. The SPLM-IO, Riek Machar's movement, wants the government to reform the army."))).toEqual(["group:splm-io state:south-sudan"]);
    // negotiators and the media: people no actor names
    expect(demands(one("Asean and China agreed on a draft. Philippine Foreign Secretary Alan Peter Cayetano urged the negotiators to keep up the pace."))).toEqual(["person:alan-peter-cayetano article:a"]);
  });
  it("reads a demand quoted from its 'to' without the quotation's marks", () => {
    const g = one('Israel and Hamas talked. President Isaac Herzog called on all sides "to act responsibly and come back to the dialogue."');
    expect(g.edges.find((e) => e.attributes.type === "DEMANDS")?.attributes.what).toBe("act responsibly and come back to the dialogue");
  });
  it("reads 'the Prime Minister' as the person who holds that title", () => {
    expect(demands(one("Prime Minister Rishi Sunak presented the deal. For Labour, Sir Keir Starmer urged the Prime Minister to put the national interest first."))).toEqual(["person:keir-starmer person:rishi-sunak"]);
  });
  it("reads no demand of a body on its own members", () => {
    expect(demands(one("Nigeria and the unions talked. The oil workers' association said it had told its members in the oil fields to be ready to halt production."))).toEqual([]);
  });
  it("reads a coordinated verb's subject outside the quotation before it ('\"Tunisians are tired,\" he said, and told ...')", () => {
    const g = one('Ahmed Mestiri chaired the dialogue. "The parties must understand that Tunisians are tired of waiting," he said then, and told the party leaders to come back only when they were ready.');
    expect(demands(g)).toEqual(["person:ahmed-mestiri article:a"]);
  });
  it("reads 'called on right-wing lawmakers to' the same way, its wording ending where a clause with its own subject starts", () => {
    const g = one('Benjamin Netanyahu and Naftali Bennett talked. Netanyahu called on right-wing lawmakers to oppose what he called "a dangerous government," and his allies have spent the week besieging their homes.');
    expect(demands(g)).toEqual(["person:benjamin-netanyahu article:a"]);
    expect(g.edges.find((e) => e.attributes.type === "DEMANDS")?.attributes.what).toBe('oppose what he called "a dangerous government,"');
  });
  it("reads a demand with no other side in the article as a demand of the article", () => {
    expect(demands(one("Hamas called for a ceasefire."))).toEqual(["group:hamas article:a"]);
  });
  it("reads 'all parties' as the two sides only when it is a call's addressee", () => {
    const talks = "Saudi Arabia and the Houthis held talks in Muscat.";
    expect(demands(one(`${talks} Qatar called on all parties to return to negotiations.`))).toEqual(["state:qatar group:houthis", "state:qatar state:saudi-arabia"]);
    // "all parties in Northern Ireland": parties named by where they are, not the sides of these talks
    // (a demand of people no actor names: the article's)
    expect(demands(one(`${talks} Rishi Sunak urged all parties in Northern Ireland to restore power-sharing.`))).toEqual(["person:rishi-sunak article:a"]);
    const g = one("ASEAN leaders agreed that an envoy would facilitate dialogue among all parties in Myanmar.");
    expect(g.edges.filter((e) => e.attributes.type === "MEETS")).toEqual([]);
  });
  it("takes no subject for a coordinated verb from a noun's match ('welcomed the Omani mediation and urged')", () => {
    const g = one("Saudi Arabia and the Houthis held talks. Hans Grundberg said he welcomed the Omani mediation and urged the parties to seize the opportunity.");
    expect(demands(g)).toEqual(["person:hans-grundberg group:houthis", "person:hans-grundberg state:saudi-arabia"]);
  });
});

describe("subjects of a demand over a title appositive and an adverb", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const demands = (g: GraphJson) => g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => `${e.source} ${e.target}`).sort();
  it("reads the person a sentence-opening title phrase names as the subject", () => {
    const talks = "Ryanair met the Irish Air Line Pilots' Association on Friday.";
    expect(demands(one(`${talks} Ryanair's chief people officer, Eddie Wilson, has insisted that any new system must not hand control of base transfers to the union.`))).toEqual([
      "person:eddie-wilson group:irish-air-line-pilots-association",
    ]);
    const chile = "Chile's government met the opposition parties.";
    expect(demands(one(`${chile} The president of the Socialist Party (PS), Álvaro Elizalde, asked the Government to put an end to the violations.`))).toEqual(["person:alvaro-elizalde state:chile"]);
    // a relative clause after the person: its own subject ("whose government"), not the person
    const g = one("Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, whose government has hosted the Taliban's political office since 2013, called the agreement historic.");
    expect(g.edges.filter((e) => e.attributes.type === "MEETS")).toEqual([]);
  });
  it("reads two persons each set off by a title appositive ('The head of X, A, and Y's aide, MP B, met')", () => {
    const g = one("Joseph Aoun was elected. The head of Hezbollah's parliamentary bloc, Mohammad Raad, and Berri's political aide, MP Ali Hassan Khalil, met Aoun in the parliament building.");
    const meets = g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`).sort();
    expect(meets).toEqual(["person:ali-hassan-khalil person:joseph-aoun", "person:mohammad-raad person:joseph-aoun"]);
  });
  it("reads no meeting of the subjects when the verb's object is a name no mention reads", () => {
    // "Aoun" names two persons of the article: the object is unread, yet it is there
    const g = one("Michel Aoun and Joseph Aoun were named. Mohammad Raad and Ali Hassan Khalil met Aoun in the parliament building.");
    expect(g.edges.filter((e) => e.attributes.type === "MEETS")).toEqual([]);
  });
  it("reads the main clause's subject for a participle clause opening the sentence ('After meeting X, Y declared')", () => {
    const g = one("Senegal and the MFDC signed in Bissau. After meeting President Umaro Sissoco Embaló on Thursday, César Atoute Badiate declared himself ready.");
    const meets = g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`);
    expect(meets).toContain("person:cesar-atoute-badiate person:umaro-sissoco-embalo");
  });
  it("reads 'has since asked' as one predicate", () => {
    expect(demands(one("Uhuru Kenyatta met Raila Odinga. Mr Kalonzo Musyoka has since asked Mr Odinga to explain what he agreed to."))).toEqual(["person:kalonzo-musyoka person:raila-odinga"]);
  });
});

describe("title-case headlines", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const names = (g: GraphJson) => g.nodes.filter((n) => n.attributes.type !== "Article" && n.attributes.type !== "Meeting").map((n) => `${n.attributes.type} ${n.attributes.name}`).sort();
  it("does not read title-case headline words as names, but keeps names known from the body", () => {
    const g = one("Hostages Freed as Reagan Takes Office; Algeria's Role Credited\n\nThe hostages were freed minutes after President Ronald Reagan was sworn in.");
    expect(names(g)).toEqual(["Person Ronald Reagan", "State Algeria"]);
  });
  it("still reads names in a sentence-case headline and in body sentences", () => {
    const g = one("Hostages freed as Peace Monitoring Office opens\n\nThe Peace Monitoring Office said the hostages were freed.");
    expect(names(g)).toContain("Group Peace Monitoring Office");
  });
});

describe("lists of mediators with per-person titles", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const mediators = (g: GraphJson) => [...new Set(g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => e.source))].sort();
  it("reads every titled person of the list", () => {
    const g = one("He handed his proposals to three Chadian intermediaries, Foreign Minister Ali Saleh, the Chadian Ambassador to Paris, Omar Fadel, and the central bank governor, Karim Haddad, who carried them between Iran and Iraq.");
    expect(mediators(g)).toEqual(["person:ali-saleh", "person:karim-haddad", "person:omar-fadel", "state:chad"]);
  });
  it("does not list persons reached through a clause, nor an appositive without a closing 'and'", () => {
    expect(mediators(one("He handed his proposals to the Chadian intermediary, Foreign Minister Ali Saleh, the Chadian Ambassador to Paris, who met Omar Fadel, and the central bank governor, who told Karim Haddad, about Iran and Iraq."))).not.toContain("person:omar-fadel");
    expect(mediators(one("He handed his proposals to the Chadian intermediary, Foreign Minister Ali Saleh, the Chadian Ambassador to Paris, Omar Fadel, said the talks between Iran and Iraq would resume."))).toEqual(["person:ali-saleh", "state:chad"]);
  });
});

describe("plural references to persons", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const rel = (g: GraphJson, type: string) => g.edges.filter((e) => e.attributes.type === type).map((e) => `${e.source} ${e.target}`).sort();
  it("reads 'the two men' and 'both men' as the two persons named last", () => {
    expect(rel(one("Egyptian President Anwar Sadat arrived on Monday. Israel's defense minister, Ezer Weizman, developed a rapport with Sadat, and the two men held talks on several evenings."), "MEETS")).toEqual(["person:anwar-sadat person:ezer-weizman"]);
    expect(rel(one("Egyptian President Anwar Sadat met Israeli Prime Minister Menachem Begin. Both men later held talks with Jordan."), "MEETS")).toEqual(["person:anwar-sadat person:menachem-begin", "person:anwar-sadat state:jordan", "person:menachem-begin state:jordan"]);
    // over a sentence that names no person
    const over = "President Alassane Ouattara met former President Henri Konan Bédié on Wednesday. The meeting came after mediation by West African leaders. Ghana's President Nana Akufo-Addo had urged the two men to meet.";
    expect(rel(one(over), "DEMANDS").sort()).toEqual(["person:nana-akufo-addo person:alassane-ouattara", "person:nana-akufo-addo person:henri-konan-bedie"]);
  });
  it("reads 'both prime ministers' as the two persons named last who hold that office", () => {
    const g = one("Prime Minister Imran Khan spoke to Prime Minister Narendra Modi on Monday. Saudi Arabia's Minister of State for Foreign Affairs, Adel al-Jubeir, arrived with a message from Crown Prince Mohammed bin Salman. The United Arab Emirates' crown prince, Sheikh Mohamed bin Zayed, also telephoned both prime ministers.");
    expect(rel(g, "MEETS").filter((x) => x.startsWith("person:mohamed-bin-zayed")).sort()).toEqual(["person:mohamed-bin-zayed person:imran-khan", "person:mohamed-bin-zayed person:narendra-modi"]);
  });
  it("reads 'The Government delegation' and a bare 'the Government' as the state the article is about", () => {
    expect(rel(one("Yemeni officials and the Houthis met in Geneva, with Yemen's government under pressure. The Government delegation called for the release of prisoners held by the Houthis."), "DEMANDS")).toEqual(["state:yemen group:houthis"]);
    // no state in the article: nobody to stand for
    expect(rel(one("The Houthis met in Geneva. The Government delegation called for the release of prisoners held by the Houthis."), "DEMANDS")).toEqual([]);
    // British and translated copy capitalise a bare "the Government" too; not "the Government of X" nor
    // "Government House", which name something else
    expect(rel(one("Yemen and the Houthis met in Geneva. The Government called for the release of prisoners held by the Houthis."), "DEMANDS")).toEqual(["state:yemen group:houthis"]);
    expect(rel(one("Yemen and the Houthis met in Geneva. The Government House guards called for the release of prisoners held by the Houthis."), "DEMANDS")).toEqual([]);
  });
  it("reads 'the two leaders' as two leaders named together, else as the two parties", () => {
    const cyprus = "The talks in Switzerland ended without agreement after President Nicos Anastasiades and Turkish Cypriot leader Mustafa Akinci failed to bridge their differences. The two leaders had resumed their negotiations at Mont Pelerin on Sunday.";
    expect(rel(one(cyprus), "MEETS")).toEqual(["person:nicos-anastasiades person:mustafa-akinci"]);
    // two aides of one delegation named together are no two leaders: the article's two parties are
    const aides = "President Donald Trump flew to Hanoi to meet North Korea. Kim brought his aides Kim Yong Chol and Ri Yong Ho. The two leaders met one on one.";
    expect(rel(one(aides), "MEETS")).toContain("state:north-korea state:united-states");
    expect(rel(one(aides), "MEETS")).not.toContain("person:kim-yong-chol person:ri-yong-ho");
  });
  it("reads nothing when fewer than two persons are in reach", () => {
    expect(rel(one("Israeli defense minister Ezer Weizman arrived in Cairo, and the two men held talks on several evenings."), "MEETS")).toEqual([]);
    expect(rel(one("Egyptian President Anwar Sadat arrived. Nothing happened for a week. Jordan sent a letter. Israeli defense minister Ezer Weizman was late, and the two men held talks."), "MEETS")).toEqual([]);
  });
});

describe("chairing is not always mediating", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const mediators = (g: GraphJson) => [...new Set(g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => e.source))].sort();
  it("does not read a party to the dispute chairing a meeting as a mediator", () => {
    expect(mediators(one("Saudi Arabia will reopen its border with Qatar, ending a rift between Saudi Arabia and Qatar. Saudi Arabia had demanded that Qatar close Al Jazeera. Saudi Crown Prince Mohammed bin Salman will chair the meeting on Tuesday."))).toEqual([]);
  });
  it("still reads an outsider chairing a meeting as a mediator", () => {
    expect(mediators(one("Iran and the United States resumed talks in Vienna. Swiss envoy Hans Meier chaired the meeting on Tuesday."))).toEqual(["person:hans-meier", "state:switzerland"]);
    expect(mediators(one("Iran and the United States resumed talks in Vienna on the nuclear deal. EU coordinator Enrique Mora chaired the meeting of the Joint Commission on Tuesday."))).toEqual(["group:eu", "person:enrique-mora"]);
  });
});

describe("robustness (property)", () => {
  const words = ["Qatar", "Hamas", "met", "with", "the", "said", "Mr.", "President", "talks", "in", "Doha", "on", "Thursday", ",", ".", "'s", "mediators", "demanded", "between", "and", "Foreign", "Ministry", "Erdoğan", "al-", "John", "Smith", "\n", "—", "(", ")", "-brokered", "Washington", "says", "U.S.", "envoy", "army", "the rebels", "led by", "\u0000", "😀", "\ud800"];
  it("never throws and always honours the contract on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(...words), fc.string({ unit: "binary" })), { maxLength: 60 }),
        fc.option(fc.constantFrom("2024-08-15", "2023-02-29", "bogus"), { nil: undefined }),
        (parts, date) => {
          const text = parts.join(" ");
          const g = extractArticles([{ id: "p", text, ...(date ? { date } : {}) }, { id: "q", text: text.toUpperCase() }]);
          parseGraphJson(g);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("reads a text that opens with a comma or a closing parenthesis (counterexamples the property found)", () => {
    for (const text of [", said", ", led by Qatar , said", ",", ") said", "'s the , met"]) expect(() => parseGraphJson(extractArticles([{ id: "p", text }]))).not.toThrow();
  });
});

/** Word-wraps every line at `width` columns, like fold -s: what plain-text archives and feeds do. */
function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      for (const word of line.split(" ")) {
        if (cur && cur.length + 1 + word.length > width) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      out.push(cur);
      return out.join("\n");
    })
    .join("\n");
}

describe("typesetting an article does not change what is read", () => {
  const HELDOUT8 = join(__dirname, "fixtures/heldout8");
  it("score as the same articles written a paragraph per line (72 and 60 columns)", async () => {
    const plain = await scoreHeldout(HELDOUT8);
    for (const width of [72, 60]) {
      const wrapped = await scoreHeldout(HELDOUT8, (t) => hardWrap(t, width));
      expect(wrapped.entities.f1).toBe(plain.entities.f1);
      expect(wrapped.relations.f1).toBe(plain.relations.f1);
    }
  });

  it("curly apostrophes score as straight ones (\"Izetbegovic’s delegation also pressed for\")", async () => {
    const plain = await scoreHeldout(HELDOUT8);
    const curly = await scoreHeldout(HELDOUT8, (t) => t.replace(/'/g, "\u2019"));
    expect(curly.entities.f1).toBe(plain.entities.f1);
    expect(curly.relations.f1).toBe(plain.relations.f1);
  });
});

describe("sides, acronyms and durations in wire copy", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2016-11-22" }]);
  const rel = (g: GraphJson, type: string) => g.edges.filter((e) => e.attributes.type === type).map((e) => `${e.source} ${e.target}`).sort();
  it("does not read a state named only as where talks were held as one of 'both leaders'", () => {
    const g = one("The Cyprus talks in Switzerland ended without agreement on Tuesday. Nicos Anastasiades and Turkish Cypriot leader Mustafa Akinci failed to bridge their differences. The talks in Switzerland were the longest yet. Akel leader Andros Kyprianou urged both leaders to resume negotiations.");
    const targets = rel(g, "DEMANDS").map((x) => x.split(" ")[1]);
    expect(targets).toContain("state:cyprus");
    expect(targets).not.toContain("state:switzerland");
  });
  it("reads an acronym British copy writes in title case ('the Farc') as the body", () => {
    const g = one("President Juan Manuel Santos met the rebels in Havana. Santos has so far refused, insisting that the Farc first agree to disarm.");
    expect(rel(g, "DEMANDS")).toContain("person:juan-manuel-santos group:farc");
    // an acronym that is an English word stays a word
    expect(one("The Accord was signed in Havana by Santos.").nodes.some((n) => n.key === "group:african-centre-for-the-constructive-resolution-of-disputes")).toBe(false);
  });
  it("reads the subject past a duration ('had spent nearly two weeks negotiating with')", () => {
    expect(rel(one("UN special envoy Jamal Benomar had spent nearly two weeks negotiating with the Houthis in Saada."), "MEETS")).toEqual(["person:jamal-benomar group:houthis"]);
  });
});

describe("titled speakers after a clause, opening places and organ members", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2024-03-01" }]);
  const rel = (g: GraphJson, type: string) => g.edges.filter((e) => e.attributes.type === type).map((e) => `${e.source} ${e.target}`).sort();
  it("ends a demand before a long titled attribution (', Foreign Office spokeswoman X said')", () => {
    const g = one("Pakistan expects India to honour the Indus Waters Treaty, Foreign Office spokeswoman Mumtaz Zahra Baloch said.");
    expect(g.edges.find((e) => e.attributes.type === "DEMANDS")?.attributes.what).toBe("honour the Indus Waters Treaty");
  });
  it("does not join the last party of 'between A and B' to a titled speaker after its comma", () => {
    expect(rel(one("The Vatican offered to mediate between Russia and Ukraine, Foreign Minister Sergei Lavrov said."), "MEDIATES")).toEqual(["state:holy-see state:russia", "state:holy-see state:ukraine"]);
    // a title before the body still joins it to the person after the comma
    const g = one("The head of the rebel Free Syrian Army, General Salim Idriss, called on the United States to keep the threat of force on the table.");
    expect(rel(g, "DEMANDS")).toEqual(["person:salim-idriss state:united-states"]);
  });
  it("does not read a state opening the sentence after 'In' and a comma as the subject of a coordinated verb", () => {
    const g = one("Lebanon and Israel signed the deal. In Israel, opposition leader Benjamin Netanyahu called the agreement a surrender to Hezbollah and demanded that the accord be put to a vote in the Knesset.");
    expect(rel(g, "DEMANDS").map((x) => x.split(" ")[0])).toEqual(["person:benjamin-netanyahu"]);
  });
  it("reads a member of a body's organ before the name ('Hamas political bureau member X', 'Fatah central committee member Y')", () => {
    expect(rel(one("Hamas political bureau member Bassem Naim said the group had accepted the proposal."), "AFFILIATED_WITH")).toEqual(["person:bassem-naim group:hamas"]);
    expect(rel(one("Fatah central committee member Jibril Rajoub said the talks would go on."), "AFFILIATED_WITH")).toEqual(["person:jibril-rajoub group:fatah"]);
    // a participle after a comma is no title ("standing beside")
    expect(rel(one("Mohamed Kamel Amr, standing beside US Secretary of State Hillary Clinton, said the truce would hold."), "AFFILIATED_WITH")).toEqual(["person:hillary-clinton state:united-states"]);
  });
  it("reads 'the Government of Malaysia' after a verb as the state", () => {
    const g = one("The Philippines and the MILF concluded the talks in Kuala Lumpur. The talks were facilitated by the Government of Malaysia.");
    expect(rel(g, "MEDIATES")).toEqual(["state:malaysia meeting:kuala-lumpur-talks"]);
  });
  it("reads what a union is seeking when it is the restoration of pensions", () => {
    expect(rel(one("The United Auto Workers is seeking restoration of pensions from General Motors."), "DEMANDS")).toEqual(["group:uaw group:general-motors"]);
  });
  it("reads a quotation after 'X told reporters in Pristina:' as X's words", () => {
    const g = one('Kosovo Prime Minister Albin Kurti met Serbian President Aleksandar Vucic. Kurti told reporters in Pristina on Monday: "We want Serbia to recognise Kosovo."');
    expect(rel(g, "DEMANDS")).toEqual(["person:albin-kurti state:serbia"]);
  });
});

describe("the heldout60 round: regions by their formal name, transcripts' initialled speakers, court mediators", () => {
  const one = (text: string) => extractArticles([{ id: "a", text, date: "2020-08-20" }]);
  const rel = (g: GraphJson, type: string) => g.edges.filter((e) => e.attributes.type === type).map((e) => `${e.source} ${e.target}`).sort();
  it("reads 'The State of Michigan' as the region acting, and its bare name later as the same", () => {
    const g = one("The State of Michigan has agreed to pay $600 million to Flint residents. Michigan officials said the money would be paid next year.");
    expect(g.nodes.filter((n) => n.key === "group:michigan")).toHaveLength(1);
    expect(g.edges.filter((e) => e.source === "group:michigan" && e.attributes.type === "MENTIONED_IN")).toHaveLength(1);
    // the sovereign state's formal name stays the state
    expect(one("The State of Israel has agreed to the plan.").nodes.some((n) => n.key === "state:israel")).toBe(true);
  });
  it("reads 'S. SHOUKRY:' in a transcript as the speaker's turn, not as a dateline", () => {
    const text = "Greek Foreign Minister Nikos Dendias and Egyptian Foreign Minister Sameh Shoukry met in Cairo.\n\nS. SHOUKRY: We call on Turkey to respect the agreement.\n\nN. DENDIAS: We urge Libya to stop.\n";
    expect(rel(one(text), "DEMANDS")).toEqual(["person:nikos-dendias state:libya", "person:sameh-shoukry state:turkey"]);
  });
  it("reads 'all the states of the region' as addressees no actor names", () => {
    const g = one("Greece and Egypt signed the agreement in Cairo. Egyptian Foreign Minister Sameh Shoukry called on all the states of the region to respect it.");
    expect(rel(g, "DEMANDS")).toEqual(["person:sameh-shoukry article:a"]);
    // an "of" phrase naming a body is the addressee's
    expect(rel(one("Egypt hosted the talks. Sameh Shoukry called on the leaders of Hamas to accept the plan."), "DEMANDS")).toEqual(["person:sameh-shoukry group:hamas"]);
  });
  it("reads a party's acronym after a person's name as the person's party, and after the party's short name as the party", () => {
    const g = one("Environment Minister Svenja Schulze (SPD) and Social Democrat (SPD) leader Martin Schulz received the report.");
    expect(g.nodes.find((n) => n.attributes.name === "Svenja Schulze")?.attributes.type).toBe("Person");
    expect(rel(g, "AFFILIATED_WITH")).toContain("person:svenja-schulze group:social-democratic-party-of-germany");
    expect(rel(g, "AFFILIATED_WITH")).toContain("person:martin-schulz group:social-democratic-party-of-germany");
  });
  it("reads 'Saxony's state premier X' as the region's head, and no list's next title as an appositive", () => {
    expect(rel(one("Saxony's state premier Michael Kretschmer urged the federal government to give legal guarantees."), "AFFILIATED_WITH")).toEqual(["person:michael-kretschmer group:saxony"]);
    const g = one("The commission worked under four chairs: former chancellery chief Ronald Pofalla, former Brandenburg state premier Matthias Platzeck and the economist Barbara Praetorius. Greenpeace chief Martin Kaiser backed the report.");
    expect(rel(g, "AFFILIATED_WITH").filter((x) => x.startsWith("person:ronald-pofalla"))).toEqual([]);
    // a former head's region acts in nothing
    expect(one("The two arbitrators were former Saxony state premier Georg Milbradt and Hans-Henning Luehr.").nodes.some((n) => n.key === "group:saxony")).toBe(false);
  });
  it("reads a body named 'Consortium for the Protection of X', a minister who 'chaired as mediator', and shepherds as people no actor names", () => {
    const g = one("The president of the Consortium for the Protection of Pecorino Romano, Salvatore Palitta, said the processors could not go further.");
    expect(rel(g, "AFFILIATED_WITH")).toEqual(["person:salvatore-palitta group:consortium-for-the-protection-of-pecorino-romano"]);
    const talks = one("Sardinian sheep farmers rejected the offer made during talks in Rome on Thursday that Interior Minister Matteo Salvini chaired as mediator between the shepherds and the cheesemakers. Salvini said: \"I now ask the shepherds to give this proposal a chance.\"");
    expect(rel(talks, "MEDIATES").map((x) => x.split(" ")[0])).toContain("person:matteo-salvini");
    expect(rel(talks, "DEMANDS")).toEqual(["person:matteo-salvini article:a"]);
  });
  it("reads 'both gangs' as the two gangs the article names, not the state they face", () => {
    const g = one("The gangs MS-13 and Barrio 18 announced a truce with the Honduran government on Tuesday. Honduras said it would not negotiate. Bishop Romulo Emiliani, who met leaders of both gangs in prison, called it a miracle.");
    expect(rel(g, "MEETS").filter((x) => x.startsWith("person:romulo-emiliani"))).toEqual(["person:romulo-emiliani group:barrio-18", "person:romulo-emiliani group:ms-13"]);
  });
  it("reads a company's name without its tail word, 'the company' after it, and a city's government", () => {
    const g = one("Workers returned to Yue Yuen Industrial's factories. Yue Yuen said most staff were back. The company held talks with worker representatives, under the supervision of the Dongguan city government.");
    expect(g.edges.filter((e) => e.source === "group:yue-yuen-industrial" && e.attributes.type === "MENTIONED_IN")).toHaveLength(1);
    expect(g.nodes.some((n) => n.attributes.name === "Yue Yuen")).toBe(false);
    expect(rel(g, "MEDIATES")).toContain("group:dongguan group:yue-yuen-industrial");
  });
  it("gives a quotation after 'X said:' to X, not to the next paragraph's speaker", () => {
    const text = 'The deal was negotiated by U.S. Secretary of Commerce Gina M. Raimondo and U.S. Trade Representative Katherine Tai.\n\nSecretary Raimondo said: "This agreement protects American workers. We urge Japan to stand with us."\n\nAmbassador Tai said: "We have turned a dispute into a common project."\n';
    expect(rel(one(text), "DEMANDS")).toEqual(["person:gina-m-raimondo state:japan"]);
  });
  it("reads 'them' after a body's officials as that body ('met FKF officials and asked them to')", () => {
    const g = one("FIFA suspended the Football Kenya Federation (FKF). Sports Secretary Ababu Namwamba met FKF officials at his office on Wednesday and asked them to prepare a road map to elections.");
    expect(rel(g, "DEMANDS")).toEqual(["person:ababu-namwamba group:fkf"]);
  });
  it("reads 'Minister of Vocational Training and Employment X' whole, and 'the young people of El Kamour' as people no actor names", () => {
    const g = one("The agreement was signed by Minister of Vocational Training and Employment Imed Hammami, on behalf of the government, and by Tarek Haddad, spokesman of the sit-in coordination. \"We ask the young people of El Kamour to reopen the pumping station today,\" Hammami said.");
    expect(g.nodes.some((n) => n.attributes.name === "Imed Hammami")).toBe(true);
    expect(rel(g, "MEETS")).toEqual(["person:imed-hammami person:tarek-haddad"]);
    expect(rel(g, "DEMANDS")).toEqual(["person:imed-hammami article:a"]);
  });
  it("reads the signers after a comma's 'by', for another side when a 'for' phrase names it", () => {
    const g = one("The memorandum was signed by Prime Minister Ismail Sabri for the government and, for the opposition bloc, by PKR president Anwar Ibrahim and DAP secretary-general Lim Guan Eng.");
    expect(rel(g, "MEETS")).toEqual(["person:ismail-sabri person:anwar-ibrahim", "person:ismail-sabri person:lim-guan-eng"]);
  });
  it("reads 'the Social Democrats' as the article's '<X> Democratic Party', and ends a demand at a quotation closed on its comma", () => {
    const g = one("The Lithuanian Social Democratic Party (LSDP) signed a coalition agreement. Nemunas Dawn leader Remigijus Zemaitaitis signed too. Former prime minister Ingrida Simonyte demanded that the Social Democrats \"explain to voters why they need Zemaitaitis at all.\"");
    expect(rel(g, "DEMANDS")).toEqual(["person:ingrida-simonyte group:social-democratic-party-of-lithuania"]);
    const q = one('The Lithuanian Social Democratic Party (LSDP) signed the deal. Stefan Lofven called on the LSDP "to respect the values our family shares," and several parties said the question should be discussed.');
    expect(q.edges.find((e) => e.attributes.type === "DEMANDS")?.attributes.what).toBe("respect the values our family shares");
  });
  it("reads an appositive after a name's letters ('Kirsty Brimelow KC, the chair of the CBA'), not in a list of titled persons", () => {
    expect(rel(one("Members of the Criminal Bar Association (CBA) voted. Kirsty Brimelow KC, the chair of the CBA, said collective action works."), "AFFILIATED_WITH")).toEqual(["person:kirsty-brimelow group:criminal-bar-association"]);
    const listed = one("The Secretary-General of the Commonwealth, the Rt Hon Patricia Scotland KC, the Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, and others commended the parties.");
    expect(rel(listed, "AFFILIATED_WITH").filter((x) => x.startsWith("person:patricia-scotland") && x.includes("african-union"))).toEqual([]);
  });
  it("reads mediators listed with capitalised title words and a court's special master", () => {
    const g = one("The State of Michigan settled with the residents. The deal was mediated by two court-appointed mediators, former Wayne County Circuit Judge Pamela Harwood and the special master Deborah Greenspan.");
    const mediators = rel(g, "MEDIATES").map((x) => x.split(" ")[0]);
    expect(mediators).toContain("person:pamela-harwood");
    expect(mediators).toContain("person:deborah-greenspan");
  });
});
