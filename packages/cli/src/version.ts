// The CLI's version, from its package.json (the usage's --version, the fetcher's User-Agent).
import { createRequire } from "node:module";

export function version(): string {
  return (createRequire(import.meta.url)("../package.json") as { version: string }).version;
}
