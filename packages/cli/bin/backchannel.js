#!/usr/bin/env node
// Thin launcher: the CLI is compiled TypeScript in ../dist (run `npm run build` first).
import { main } from "../dist/main.js";
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`backchannel: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
