// Near-duplicates across runs through the CLI's entry: `extract` records the signatures of what it
// extracted in the history only when --history names one (build and watch keep one by default), and a later run keeps a syndicated copy of one of those
// articles as its copy instead of extracting it again; --no-history reads each run on its own; `build`
// records nothing until its load succeeds; a file that is not a history is refused, naming it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ArticleText, articleTextsFile, type GraphJson } from "@backchannel/schema";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";

const WIRE = join(__dirname, "../../extractor/test/fixtures/ingest/wire");
const ORIGINAL = join(WIRE, "01-harbour-wire.md");
const COPY = join(WIRE, "02-lakeside-courier.md");
const OTHER_STORY = join(WIRE, "04-geneva-follow-up.md");

let dir: string;
let err = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bc-history-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
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

const graphOf = (file: string) => JSON.parse(readFileSync(file, "utf8")) as GraphJson;
const node = (g: GraphJson, id: string) => g.nodes.find((n) => n.key === `article:${id}`)?.attributes;
const textIds = (out: string) =>
  readFileSync(articleTextsFile(out), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as ArticleText).id);

describe("extract, twice, with a history", () => {
  const history = () => join(dir, "signatures.jsonl");

  it("keeps the second run's copy as a copy of the first run's article", async () => {
    const first = join(dir, "first.json");
    expect(await main(["extract", ORIGINAL, OTHER_STORY, "--out", first, "--workers", "1", "--history", history()])).toBe(0);
    expect(err).toContain(`history: 2 article signatures recorded in ${history()} (2 known)`);

    err = "";
    const second = join(dir, "second.json");
    expect(await main(["extract", COPY, "--out", second, "--workers", "1", "--history", history()])).toBe(0);
    expect(err).toMatch(/1 near-duplicate copies kept as sources of the first \(1 of articles extracted before\)/);
    expect(err).not.toContain("recorded");
    const g = graphOf(second);
    expect(node(g, "02-lakeside-courier")).toMatchObject({ duplicateOf: "01-harbour-wire", source: "Lakeside Courier" });
    const { copies, ...original } = node(g, "01-harbour-wire")!;
    expect(copies).toEqual(["02-lakeside-courier"]);
    expect(original).toEqual(node(graphOf(first), "01-harbour-wire"));
    expect(g.edges).toEqual([]);
    // the copy's text is not read again, so none is written for the reading pane
    expect(textIds(second)).toEqual([]);
  });

  it("reads each run on its own with --no-history", async () => {
    const alone = join(dir, "alone.json");
    expect(await main(["extract", COPY, "--out", alone, "--workers", "1", "--no-history"])).toBe(0);
    expect(node(graphOf(alone), "02-lakeside-courier")?.duplicateOf).toBeUndefined();
    expect(graphOf(alone).edges.some((e) => e.attributes.evidence.some((x) => x.article === "02-lakeside-courier"))).toBe(true);
    expect(textIds(alone)).toEqual(["02-lakeside-courier"]);
  });

  it("reads and records no history without --history: extract's graph.json depends on its inputs only", async () => {
    const first = join(dir, "plain-first.json");
    expect(await main(["extract", ORIGINAL, "--out", first, "--workers", "1"])).toBe(0);
    expect(err).not.toContain("history:");
    const second = join(dir, "plain-second.json");
    expect(await main(["extract", COPY, "--out", second, "--workers", "1"])).toBe(0);
    expect(node(graphOf(second), "02-lakeside-courier")?.duplicateOf).toBeUndefined();
    expect(graphOf(second).edges.some((e) => e.attributes.evidence.some((x) => x.article === "02-lakeside-courier"))).toBe(true);
  });

  it("refuses --history with --no-history", async () => {
    expect(await main(["extract", COPY, "--history", history(), "--no-history"])).toBe(2);
    expect(err).toContain("--history and --no-history cannot be used together");
  });

  it("refuses a file that is not a history, naming it, before reading anything", async () => {
    const notes = join(dir, "notes.jsonl");
    writeFileSync(notes, '{"my":"notes"}\n');
    const out = join(dir, "refused.json");
    await expect(main(["extract", COPY, "--out", out, "--history", notes])).rejects.toThrow(
      new RegExp(`${notes.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not a near-duplicate history of this version.*pass --no-history`),
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("build with a history", () => {
  it("records nothing when its load fails: the next run extracts the articles again", async () => {
    const history = join(dir, "build-signatures.jsonl");
    const out = join(dir, "build.json");
    await expect(main(["build", ORIGINAL, "--out", out, "--workers", "1", "--history", history])).rejects.toThrow(/cannot reach Neo4j/);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(history)).toBe(false);
    const later = join(dir, "after-build.json");
    expect(await main(["extract", COPY, "--out", later, "--workers", "1", "--history", history])).toBe(0);
    expect(node(graphOf(later), "02-lakeside-courier")?.duplicateOf).toBeUndefined();
  });
});
