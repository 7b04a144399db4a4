// Extraction on worker threads: graph.json must be byte-identical whatever the number of workers,
// a failing article is reported and the rest goes through, and a dying worker ends the run with an
// error instead of a hang.
//
// Worker threads run compiled JavaScript (Node 20 cannot start a thread on a .ts file; see
// src/parallel/pool.ts), so this file builds the extractor first and imports the built package for
// every run, one worker and many alike: both sides of each comparison execute the same code.
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExtractOptions } from "../src/index.js";

type Extractor = typeof import("../src/index.js");

const ROOT = join(__dirname, "../../..");
const FIXTURES = join(__dirname, "fixtures");

/** The seeds, then every held-out set (not its gold.json), each folder's files sorted. */
function corpusFiles(): string[] {
  const dirs = [join(ROOT, "seeds"), ...readdirSync(FIXTURES).filter((d) => d.startsWith("heldout")).sort().map((d) => join(FIXTURES, d))];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f !== "gold.json")
      .sort()
      .map((f) => join(dir, f)),
  );
}

let dist: Extractor;
let files: string[];
/** The one-worker (in-process) run everything is compared with, and its article ids in input order. */
let baseline: Awaited<ReturnType<typeof run>>;
let ids: string[];

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-b", "packages/extractor"], { cwd: ROOT, stdio: "inherit" });
  dist = (await import("../dist/index.js")) as Extractor;
  files = corpusFiles();
  baseline = await run({ workers: 1 });
  ids = (JSON.parse(baseline.bytes) as { nodes: { key: string; attributes: { type: string } }[] }).nodes
    .filter((n) => n.attributes.type === "Article")
    .map((n) => n.key.slice("article:".length));
});

/** Extracts with the built package and returns graph.json's bytes and the report. */
async function run(opts: ExtractOptions) {
  const { graph, report } = await dist.extractPaths(files, opts);
  const out = join(await mkdtemp(join(tmpdir(), "bc-workers-")), "graph.json");
  await dist.writeGraphJson(graph, out);
  return { bytes: await readFile(out, "utf8"), report };
}

// minArticlesForWorkers: 1 because the fixtures are fewer articles than the in-process threshold
const threaded = (workers: number, extra: ExtractOptions = {}): ExtractOptions => ({ workers, minArticlesForWorkers: 1, ...extra });

describe("extraction on worker threads", () => {
  it("writes a byte-identical graph.json with 1, 2 and 3 workers", async () => {
    const one = baseline;
    expect(one.report.threads).toBe(0);
    expect(one.report.articlesRead).toBeGreaterThan(50);
    expect(one.report.failed).toEqual([]);
    // small batches: many messages, answered out of order, reassembled in input order
    for (const opts of [threaded(2), threaded(3), threaded(2, { workerBatchSize: 1 }), threaded(3, { workerBatchSize: 5 })]) {
      const many = await run(opts);
      expect(many.report.threads, JSON.stringify(opts)).toBe(opts.workers);
      expect(many.report).toEqual({ ...one.report, threads: opts.workers });
      expect(many.bytes === one.bytes, `graph.json differs with ${JSON.stringify(opts)}`).toBe(true);
    }
    // (four extractions of every fixture set, which grows by a set each round, on a CI machine that runs
    // the Neo4j tests beside it: more than the default 60 s; a hang still ends here)
  }, 240_000);

  it("reports an article whose extraction throws and extracts the rest, on threads as in-process", async () => {
    const bad = ids[Math.floor(ids.length / 2)]!;
    const inProcess = await run({ workers: 1, testHooks: { throwOn: bad } });
    const onThreads = await run(threaded(2, { workerBatchSize: 4, testHooks: { throwOn: bad } }));
    for (const r of [inProcess, onThreads]) {
      expect(r.report.failed).toHaveLength(1);
      expect(r.report.failed[0]!.reason).toMatch(new RegExp(`^extraction failed for article ${bad}: test hook`));
      expect(files).toContain(r.report.failed[0]!.file);
      const got = (JSON.parse(r.bytes) as { nodes: { key: string }[] }).nodes.map((n) => n.key);
      expect(got).not.toContain(`article:${bad}`);
      for (const id of ids) if (id !== bad) expect(got).toContain(`article:${id}`);
    }
    expect(onThreads.bytes === inProcess.bytes).toBe(true);
    expect(onThreads.report.threads).toBe(2);
  });

  it("rejects with a clear error, without hanging, when a worker dies", async () => {
    const victim = ids[Math.floor(ids.length / 2)]!;
    // a hang would fail on the test timeout (60 s in vitest.config.ts)
    await expect(run(threaded(2, { workerBatchSize: 4, testHooks: { crashOn: victim } }))).rejects.toThrow(
      /^extraction worker \d+ crashed while extracting \d+ article\(s\) .*: test hook: worker crash/,
    );
    await expect(run(threaded(3, { workerBatchSize: 2, testHooks: { exitOn: victim } }))).rejects.toThrow(
      /^extraction worker \d+ exited unexpectedly \(exit code 3\) while extracting \d+ article\(s\) /,
    );
  });

  it("stays on the calling thread for small inputs", async () => {
    const r = await run({ workers: 2 });
    expect(r.report.threads).toBe(0);
  });

  it("refuses a worker count that is not a whole number of at least 1", async () => {
    for (const workers of [0, -1, 1.5, Number.NaN]) await expect(dist.extractPaths(files, { workers })).rejects.toThrow(/workers must be a whole number of at least 1/);
  });

  it("from the TypeScript sources, refuses to start threads (they would run dist/) with a hint", async () => {
    const src = await import("../src/index.js");
    await expect(src.extractPaths(files, threaded(2))).rejects.toThrow(/compiled extractor.*npm run build/);
  });
});
