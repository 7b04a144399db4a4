// The README's lookup examples, run for real: the seeds extracted and loaded into the test Neo4j, each
// `$ npx backchannel ...` of the README's "Real output" block run in-process, and what it prints (data
// on stdout, then the messages on stderr) compared with what the README shows, line for line.
// BACKCHANNEL_UPDATE_README=1 writes what they print into the README instead (then review the diff).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractPaths } from "@backchannel/extractor";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { main } from "../../src/main.js";

const repoRoot = join(__dirname, "../../../..");
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

/** Words as a POSIX shell splits them, for the README's simple commands (double quotes only). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** The examples of the block that follows "Real output on the seeds": each command and what it prints. */
function examples(): { argv: string[]; expected: string }[] {
  const at = readme.indexOf("Real output on the seeds");
  const block = /```text\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
  return block
    .split(/^(?=\$ )/m)
    .filter((chunk) => chunk.startsWith("$ npx backchannel "))
    .map((chunk) => {
      const [command, ...output] = chunk.trimEnd().split("\n");
      return { argv: shellWords(command!.slice("$ npx backchannel ".length)), expected: output.join("\n") };
    });
}

/** Every lookup of the README's list (the ```sh block under "### Lookups"): each must run and answer. */
function listed(): string[][] {
  const at = readme.indexOf("### Lookups");
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
  return block
    .split("\n")
    .filter((l) => l.startsWith("npx backchannel "))
    .map((l) => shellWords(l.replace(/\s+#.*$/, "").slice("npx backchannel ".length)));
}

let out = "";
let err = "";
async function run(argv: string[]): Promise<{ code: number; text: string }> {
  out = "";
  err = "";
  const code = await main(argv);
  return { code, text: `${out}${err}`.trimEnd() };
}

describe("the README's lookup examples, on the seeds", () => {
  beforeAll(async () => {
    const conn = inject("neo4j");
    const store = await Store.open(conn);
    await wipeDatabase(store);
    const { graph } = await extractPaths([join(repoRoot, "seeds")], { workers: 1 });
    await store.load(graph);
    await store.close();
  }, 300_000);
  const printed = new Map<string, string>();
  afterAll(() => {
    vi.unstubAllEnvs();
    if (process.env.BACKCHANNEL_UPDATE_README !== "1") return;
    const at = readme.indexOf("Real output on the seeds");
    const open = readme.indexOf("```text\n", at) + "```text\n".length;
    const close = readme.indexOf("```", open);
    const chunks = readme
      .slice(open, close)
      .split(/^(?=\$ )/m)
      .map((chunk) => {
        const command = chunk.split("\n")[0]!;
        const text = printed.get(command);
        return text === undefined ? chunk : `${command}\n${text}\n\n`;
      });
    writeFileSync(join(repoRoot, "README.md"), `${readme.slice(0, open)}${chunks.join("").trimEnd()}\n${readme.slice(close)}`);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const capture = () => {
    const conn = inject("neo4j");
    vi.stubEnv("NEO4J_URI", conn.uri);
    vi.stubEnv("NEO4J_USERNAME", conn.username);
    vi.stubEnv("NEO4J_PASSWORD", conn.password);
    vi.stubEnv("NEO4J_DATABASE", conn.database);
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
  };

  it("finds the examples in the README", () => {
    expect(examples().length).toBeGreaterThanOrEqual(8);
    expect(listed().length).toBeGreaterThanOrEqual(10);
  });

  for (const { argv, expected } of examples()) {
    it(`backchannel ${argv.join(" ")}`, async () => {
      capture();
      const { text } = await run(argv);
      printed.set(`$ npx backchannel ${argv.map((w) => (/\s/.test(w) ? `"${w}"` : w)).join(" ")}`, text);
      if (process.env.BACKCHANNEL_UPDATE_README !== "1") expect(text).toBe(expected);
    });
  }

  it("runs every lookup of the README's list", async () => {
    capture();
    for (const argv of listed()) {
      const { code, text } = await run(argv);
      expect(code, `${argv.join(" ")}\n${text}`).toBe(0);
      expect(text, argv.join(" ")).toMatch(/\d+ (facts?|shortest paths?|new from|of \d+ actors|of \d+ communities)/);
    }
  }, 300_000);
});
