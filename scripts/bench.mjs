#!/usr/bin/env node
// `npm run bench`: every package's benchmark, each measuring against a baseline in the same run.
// Pass names to run a subset: `npm run bench -- extractor store`; options after the names go to each
// bench named: `npm run bench -- pipeline --n 2000`.
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
  // 100,000 generated articles built end to end: extraction on worker threads, the bulk first load, a
  // transactional build on top; against the wink pass, a bare neo4j-admin import and a bare CREATE floor.
  pipeline: "packages/cli/bench/pipeline.bench.mjs",
};
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith("--"));
const names = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
const wanted = names.length ? names : Object.keys(benches);
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
  const r = spawnSync(process.execPath, [join(root, file), ...options], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
