#!/usr/bin/env node
// `npm test`: builds, then runs every test (unit, Neo4j integration, headless Chromium) with vitest.
// The Neo4j test server is started by scripts/test-global-setup.ts; Chromium comes from Debian.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root, run } from "./run.mjs";

if (!existsSync(join(root, "node_modules"))) run("npm", ["ci", "--no-audit", "--no-fund"]);
if (!process.env.CHROMIUM_PATH && !existsSync("/usr/bin/chromium")) run("bash", [join(root, "scripts/install-chromium.sh")]);
run("npm", ["run", "build"]);
run(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", ...process.argv.slice(2)]);
