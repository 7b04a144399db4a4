// The migration guard: the graph.json of the seeds and of every fixture set, byte for byte. A change
// that is meant to keep behaviour (a refactor) must leave these files untouched; a change of behaviour
// updates them on purpose (`npx vitest run packages/extractor/test/snapshot.test.ts -u`) so that the
// diff shows, fact by fact, what it changed.
import { describe, expect, it } from "vitest";
import { mkdtemp, readFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractPaths, writeGraphJson } from "../src/index.js";

const FIXTURES = join(__dirname, "fixtures");
const SETS: [name: string, dir: string][] = [
  ["seeds", join(__dirname, "../../../seeds")],
  ...readdirSync(FIXTURES)
    .filter((d) => d.startsWith("heldout"))
    .sort()
    .map((d): [string, string] => [d, join(FIXTURES, d)]),
];

async function graphJsonOf(dir: string): Promise<string> {
  const files = readdirSync(dir)
    .filter((f) => f !== "gold.json")
    .sort()
    .map((f) => join(dir, f));
  const { graph } = await extractPaths(files);
  const out = join(await mkdtemp(join(tmpdir(), "bc-snapshot-")), "graph.json");
  await writeGraphJson(graph, out);
  return readFile(out, "utf8");
}

describe("graph.json snapshots", () => {
  for (const [name, dir] of SETS) {
    it(`${name} is byte-identical to its snapshot`, async () => {
      await expect(await graphJsonOf(dir)).toMatchFileSnapshot(join(__dirname, "snapshots", `${name}.graph.json`));
    });
  }
});
