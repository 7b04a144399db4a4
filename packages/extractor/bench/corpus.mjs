// The generated corpus the extractor bench and the pipeline bench (packages/cli/bench) read: seed-sized
// articles of 14 sentences drawn from seeds/, with states, persons and dates swapped at random, as JSONL.
// Needs the extractor built (its gazetteer comes from dist/).
import { closeSync, openSync, readFileSync, readdirSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "..", "dist");

/**
 * One stream of articles, split over `parts` in order ([{ file, count }, ...]): every part continues the
 * same random stream, so no article of a later part repeats one of an earlier part. One part of n articles
 * is byte for byte what the extractor bench has always generated for n.
 */
export async function writeCorpus(parts) {
  const { STATES } = await import(join(dist, "gazetteer", "index.js"));
  const seedsDir = join(here, "..", "..", "..", "seeds");
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(seedsDir, f), "utf8"));
  const sentences = seeds.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 30));
  const swapStates = ["Qatar", "Egypt", "Israel", "Lebanon", "Turkey", "Iran", "Saudi Arabia", "United Arab Emirates"];
  const first = ["Amina", "Pedro", "Lars", "Fatima", "Ivan", "Grace", "Omar", "Mei", "Jonas", "Aisha", "Carlos", "Nadia"];
  const last = ["Okafor", "Lindqvist", "Haddad", "Moreno", "Petrenko", "Wanjiru", "Rahimi", "Tanaka", "Novak", "Mensah", "Castillo", "Karimi"];
  const persons = ["John Kirby", "Amos Hochstein", "William Burns", "Brett McGurk", "Matthew Miller", "Majed Al-Ansari", "Antony Blinken", "David Barnea", "Mahmoud Abbas", "Recep Tayyip Erdogan"];
  // mulberry32: 32-bit integer arithmetic throughout. (The LCG this replaced multiplied in doubles,
  // lost low bits past 2^53 and fell into a short cycle: half the "10,000 articles" were exact
  // repeats, which the input gate skips, so the end-to-end rate counted articles never extracted
  // and the run never reached the size at which worker threads start.)
  let seed = 42;
  const rnd = (k) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  let i = 0;
  for (const { file, count } of parts) {
    // Written in chunks: 100,000 articles are about 250 MB, close to the longest string V8 makes.
    const fd = openSync(file, "w");
    let chunk = [];
    for (let end = i + count; i < end; i++) {
      const st = swapStates.map(() => STATES[rnd(STATES.length)].name);
      const ps = persons.map(() => `${first[rnd(first.length)]} ${last[rnd(last.length)]}`);
      const sentenceParts = [];
      for (let k = 0; k < 14; k++) sentenceParts.push(sentences[rnd(sentences.length)]);
      let text = sentenceParts.join(rnd(3) ? " " : "\n\n");
      swapStates.forEach((s, j) => (text = text.split(s).join(st[j])));
      persons.forEach((p, j) => {
        text = text.split(p).join(ps[j]);
        const sur = p.split(" ").pop();
        text = text.split(sur).join(ps[j].split(" ").pop());
      });
      const d = new Date(Date.UTC(2024, 0, 1) + rnd(365) * 86400000).toISOString().slice(0, 10);
      chunk.push(JSON.stringify({ id: `bench-${i}`, date: d, text }));
      if (chunk.length === 5000) {
        writeSync(fd, chunk.join("\n") + "\n");
        chunk = [];
      }
    }
    if (chunk.length) writeSync(fd, chunk.join("\n") + "\n");
    closeSync(fd);
  }
}
