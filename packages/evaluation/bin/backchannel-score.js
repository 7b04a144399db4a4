#!/usr/bin/env node
// Thin launcher: the scorer is compiled TypeScript in ../dist (run `npm run build` first).
import { main } from "../dist/cli.js";

process.exitCode = main(process.argv.slice(2));
