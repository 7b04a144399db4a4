#!/usr/bin/env node
// `npm start`: the main job on a fresh clone. Installs dependencies when needed, runs the (incremental)
// build every time so edited sources never run stale, extracts and loads seeds/ into Neo4j (starting a
// local Neo4j when NEO4J_URI is not set), then serves the viewer.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root, run } from "./run.mjs";

if (!existsSync(join(root, "node_modules"))) run("npm", ["ci", "--no-audit", "--no-fund"]);
run("npm", ["run", "build", "--silent"]);
const cli = join(root, "packages/cli/bin/backchannel.js");
// Its own file, so that `backchannel build <paths>` (default .backchannel/graph.json) never replaces it.
run(process.execPath, [cli, "build", "seeds", "--out", ".backchannel/seeds.graph.json"]);
// Ctrl-C reaches the server too; this process waits for it to say what keeps running, then exits.
process.on("SIGINT", () => {});
run(process.execPath, [cli, "serve", "--open", ...process.argv.slice(2)]);
