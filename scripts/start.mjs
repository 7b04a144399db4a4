#!/usr/bin/env node
// `npm start`: the main job on a fresh clone. Installs dependencies and builds when needed, extracts and
// loads seeds/ into Neo4j (starting a local Neo4j when NEO4J_URI is not set), then serves the viewer.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root, run } from "./run.mjs";

if (!existsSync(join(root, "node_modules"))) run("npm", ["ci", "--no-audit", "--no-fund"]);
if (!existsSync(join(root, "packages/cli/dist/main.js")) || !existsSync(join(root, "packages/viewer/dist/index.html"))) {
  run("npm", ["run", "build"]);
}
const cli = join(root, "packages/cli/bin/backchannel.js");
run(process.execPath, [cli, "build", "seeds", "--out", ".backchannel/graph.json"]);
run(process.execPath, [cli, "serve", "--open", ...process.argv.slice(2)]);
