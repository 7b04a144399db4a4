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

describe("import CSVs and line breaks", () => {
  it("keeps rows holding a line break in files of their own, the only ones named for neo4j-admin's multi-line mode", async () => {
    const out = mkdtempSync(join(dir, "ml-"));
    const g = graph(
      [node("person:a", "Person", "Ann", ["a1"]), node("person:b", "Person", "Bo\nb", ["a1"]), node("person:c", "Person", "Cy", ["a1"], { note: "one\rtwo" })],
      [
        edge("person:a", "person:b", "MEETS", "a1", "Ann met Bob."),
        edge("person:b", "person:c", "MEETS", "a1", "Bob met\nCy."),
        edge("person:a", "person:c", "MEETS", "a1", "Ann met Cy."),
      ],
    );
    const files = await writeImportFiles(g, out);
    if ("refused" in files) throw new Error(files.refused);
    const read = (f: string) => readFileSync(f, "utf8");
    const all = [...files.nodes, ...files.relationships];
    // Every file named as multi-line holds a line break inside a value, and no other file holds one.
    expect(files.multilineFiles.length).toBeGreaterThan(0);
    for (const f of all) {
      const body = read(f).slice(0, -1); // the last line's own line break
      // Each row starts with a digit (its import id, or its start node's): another line continues a value.
      const inValues =
        /\r/.test(body) ||
        body
          .split("\n")
          .slice(1)
          .some((l) => !/^\d/.test(l));
      expect(files.multilineFiles.includes(f)).toBe(inValues);
    }
    // Nodes are named by integer import ids, their keys kept in `id`.
    expect(files.idType).toBe("integer");
    const people = read(files.nodes.find((f) => !files.multilineFiles.includes(f))!);
    expect(people.split("\n")[0]!.startsWith(":ID,:LABEL,id,")).toBe(true);
    expect(people).toContain('0,Person,"person:a","Ann"');
  });
});
