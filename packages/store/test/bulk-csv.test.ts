// The import CSVs are written one row at a time. Building every row first (what the transactional loader
// does per batch) doubled the client's heap: the 1.5 million relationships of 100,000 generated articles
// (docs/benchmarks.md, the pipeline bench) needed about 5.6 GB of heap with the graph, past Node's default
// limit of about 4 GB, so `build` of such a corpus died in the CSVs. No Neo4j here: files only.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import type { GraphJson } from "@backchannel/schema";
import { writeImportFiles } from "@backchannel/store/internal";
import { edge, graph, node } from "./helpers.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/** Live heap: what the process holds once garbage is collected. */
const liveHeap = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** 60,000 relationships, each with one sentence of its own of about 400 characters. */
function bigGraph(): GraphJson {
  const actors = 20_000;
  const nodes = Array.from({ length: actors }, (_, i) => node(`person:p${i}`, "Person", `Person ${i}`, [`a${i % 500}`]));
  const edges = [];
  for (let i = 0; i < actors; i++)
    for (const step of [1, 7, 31]) {
      const sentence = `Person ${i} met Person ${(i + step) % actors} in a long sentence ${"that goes on ".repeat(30)}(${i}, ${step}).`;
      edges.push(edge(`person:p${i}`, `person:p${(i + step) % actors}`, "MEETS", `a${i % 500}`, sentence));
    }
  return graph(nodes, edges);
}

const dir = mkdtempSync(join(tmpdir(), "backchannel-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("import CSVs", () => {
  it("are written one row at a time: the heap grows by a small part of the graph, not by a copy of it", async () => {
    const before = liveHeap();
    const g = bigGraph();
    const graphBytes = liveHeap() - before;
    let peak = 0;
    const files = await writeImportFiles(g, dir, () => {
      peak = Math.max(peak, liveHeap() - before - graphBytes);
    });
    if ("refused" in files) throw new Error(files.refused);
    expect(files.relationshipCount).toBe(g.edges.length);
    expect(files.nodeCount).toBe(g.nodes.length);
    // Every row is there: one line per node and relationship under each file's header.
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .reduce((n, f) => n + readFileSync(join(dir, f), "utf8").split("\n").filter(Boolean).length - 1, 0);
    expect(lines).toBe(g.nodes.length + g.edges.length);
    // Rows built all at once held each sentence again as evidence JSON: more than half the graph's heap.
    expect(peak).toBeLessThan(graphBytes / 5);
  });
});
