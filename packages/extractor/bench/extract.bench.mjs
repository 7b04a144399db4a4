#!/usr/bin/env node
// Benchmark: end-to-end extraction (read JSONL, extract, resolve, write graph.json) against
// baselines measured in the same run: (1) reading + splitting + JSON.parse of the JSONL lines,
// (2) the wink-nlp pass alone (the floor every article pays), (3) the end-to-end run itself on one
// worker (in-process), against which the run on N worker threads is measured (the speed-up ratio;
// the two graph.json files are compared byte for byte too). Each phase runs in its own process so
// its peak RSS is its own.
//
//   npx tsc -b packages/extractor && node packages/extractor/bench/extract.bench.mjs [--n 10000] [--workers N]
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { availableParallelism, tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "./corpus.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "..", "dist");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};

async function generate(n, file) {
  await writeCorpus([{ file, count: n }]);
}

/**
 * The machine's own ceiling for `copies` threads: the corpus dealt into `copies` parts, each extracted
 * on one thread by its own process, all at once. No message passes between them and nothing is merged,
 * so their speed-up over one process is the most worker threads could give here (a single extraction
 * already keeps V8's compiler and garbage-collector threads busy beside it, and the cores may share
 * their caches).
 */
async function independentCopies(file, dir, copies) {
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
  const parts = Array.from({ length: copies }, (_, i) => join(dir, `part${i}.jsonl`));
  parts.forEach((part, i) => writeFileSync(part, lines.filter((_, k) => k % copies === i).join("\n") + "\n"));
  const t0 = performance.now();
  const runs = parts.map(
    (part, i) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--phase", "extract", part, join(dir, `part${i}.graph.json`), "1"], { stdio: ["ignore", "pipe", "ignore"] });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop())) : reject(new Error(`copy ${i} failed`))));
      }),
  );
  const results = await Promise.all(runs);
  return { ms: performance.now() - t0, articles: results.reduce((n, r) => n + r.articles, 0) };
}

async function phase(name, file, out, workers) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let articles = 0;
  let extracted;
  let threads;
  if (name === "read") {
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let chars = 0;
    for await (const line of rl) {
      if (!line.trim()) continue;
      chars += JSON.parse(line).text.length;
      articles++;
    }
    if (chars < 0) console.log(chars);
  } else if (name === "wink") {
    const { analyse } = await import(join(dist, "nlp", "wink.js"));
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      analyse(JSON.parse(line).text);
      articles++;
    }
  } else {
    const { extractPaths, writeGraphJson } = await import(join(dist, "index.js"));
    const { graph, report } = await extractPaths([file], { workers });
    await writeGraphJson(graph, out);
    articles = report.articlesRead;
    extracted = report.articlesRead - report.duplicates - report.copies;
    threads = report.threads;
    process.stderr.write(`  graph: ${report.nodes} nodes, ${report.relationships} relationships, ${(statSync(out).size / 1e6).toFixed(1)} MB\n`);
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, articles, extracted, threads, ms, cpuMs, rssMB }));
}

if (args[0] === "--phase") {
  await phase(args[1], args[2], args[3], Number(args[4]));
} else {
  const n = Number(opt("n", "10000"));
  const workers = Number(opt("workers", String(availableParallelism())));
  const dir = mkdtempSync(join(tmpdir(), "bc-bench-"));
  const file = join(dir, "corpus.jsonl");
  await generate(n, file);
  const size = statSync(file).size;
  console.log(`corpus: ${n} articles, ${(size / 1e6).toFixed(1)} MB (${Math.round(size / n)} bytes/article) in ${file}`);
  const results = {};
  const runs = [["read", "read", 1], ["wink", "wink", 1], ["extract", "extract", 1], ["parallel", "extract", workers]];
  for (const [key, p, w] of runs) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--phase", p, file, join(dir, `${key}.graph.json`), String(w)], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    if (r.status !== 0) throw new Error(`phase ${key} failed`);
    results[key] = JSON.parse(r.stdout.trim().split("\n").pop());
  }
  const copies = await independentCopies(file, dir, workers);
  const rate = (x) => (x.articles / x.ms) * 1000;
  const cpuRate = (x) => (x.articles / x.cpuMs) * 1000;
  const row = (label, x) => console.log(`${label.padEnd(34)} ${rate(x).toFixed(0).padStart(8)} articles/s wall (${cpuRate(x).toFixed(0).padStart(6)}/s per CPU-second) ${(x.ms / 1000).toFixed(2).padStart(7)} s  peak RSS ${x.rssMB.toFixed(0).padStart(5)} MB`);
  row("baseline: read+split+parse JSONL", results.read);
  row("baseline: wink pass only", results.wink);
  row("end to end (extract + graph.json)", results.extract);
  row(`end to end, ${workers} worker threads`, results.parallel);
  // every generated article is distinct: if the input gate skipped some as repeats or copies, the
  // rates above would count articles that were never extracted
  const skipped = n - results.extract.extracted;
  console.log(`extracted ${results.extract.extracted} of ${n} articles (${skipped} skipped by the input gate); threads used: ${results.parallel.threads}`);
  if (skipped > n / 100) {
    console.log("the generated corpus repeats itself: these rates do not measure extraction");
    process.exitCode = 1;
  }
  console.log(`ratios: end-to-end = ${(results.extract.ms / results.wink.ms).toFixed(2)}x wink-only wall time (${(results.extract.cpuMs / results.wink.cpuMs).toFixed(2)}x CPU), ${(results.extract.ms / results.read.ms).toFixed(1)}x read-only; extra RSS over wink-only ${(results.extract.rssMB - results.wink.rssMB).toFixed(0)} MB`);
  const target = 1500;
  const digest = (f) => createHash("sha256").update(readFileSync(f)).digest("hex");
  const identical = digest(join(dir, "extract.graph.json")) === digest(join(dir, "parallel.graph.json"));
  const speedup = results.extract.ms / results.parallel.ms;
  console.log(
    `workers: ${workers} worker threads vs one: ${speedup.toFixed(2)}x wall-clock speed-up (target >= 1.8x on 2 cores: ${speedup >= 1.8 ? "met" : "NOT met"}; ` +
      `${(results.parallel.cpuMs / results.extract.cpuMs).toFixed(2)}x the CPU time; extra RSS ${(results.parallel.rssMB - results.extract.rssMB).toFixed(0)} MB); graph.json ${identical ? "byte-identical" : "DIFFERS"}`,
  );
  if (!identical) process.exitCode = 1;
  const ceiling = results.extract.ms / copies.ms;
  console.log(
    `machine ceiling: ${workers} independent one-thread processes, each on 1/${workers} of the articles, ${ceiling.toFixed(2)}x one process on all ` +
      `(${(copies.ms / 1000).toFixed(2)} s); the worker threads reach ${((100 * speedup) / ceiling).toFixed(0)}% of it`,
  );
  console.log(`target ${target} articles per CPU-second: ${cpuRate(results.extract) >= target ? "met" : "NOT met"} per CPU-second (${cpuRate(results.extract).toFixed(0)}/s); wall ${rate(results.extract).toFixed(0)}/s at load average ${(await import("node:os")).loadavg()[0].toFixed(1)}`);
}
