#!/usr/bin/env node
// `npm run bench`: every package's benchmark, each measuring against a baseline in the same run.
// Pass names to run a subset: `npm run bench -- extractor store`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "./run.mjs";
const benches = {
  extractor: "packages/extractor/bench/extract.bench.mjs",
  store: "packages/store/bench/store.bench.mjs",
  viewer: "packages/viewer/bench/viewer.bench.mjs",
  // Explore mode on 1,000,000 relationships in a real Neo4j, against the full view's first frame.
  explore: "packages/viewer/bench/explore.bench.mjs",
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(benches);
let failed = 0;
for (const name of wanted) {
  const file = benches[name];
  if (!file) {
    console.error(`unknown bench ${name}; known: ${Object.keys(benches).join(", ")}`);
    process.exit(2);
  }
  if (!existsSync(join(root, file))) {
    console.error(`== ${name}: ${file} is missing`);
    failed++;
    continue;
  }
  console.log(`\n== ${name} (${file})`);
  const r = spawnSync(process.execPath, [join(root, file)], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
