// `--workers N` on extract and build: a whole number of at least 1, refused otherwise with a message
// naming the flag, before any file is read (exit code 2, the usage-error code).
import { afterEach, describe, expect, it, vi } from "vitest";
import { availableParallelism } from "node:os";
import { main } from "../src/main.js";
import { workersOf } from "../src/run-commands.js";

describe("--workers", () => {
  afterEach(() => vi.restoreAllMocks());

  const stderrOf = async (argv: string[]) => {
    let err = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    const code = await main(argv);
    return { code, err };
  };

  for (const cmd of ["extract", "build"]) {
    for (const bad of ["0", "abc", "-2", "1.5", ""]) {
      it(`${cmd} refuses --workers "${bad}"`, async () => {
        // a path that does not exist: the flag must be refused before anything is read
        // (a value starting with a dash must be attached: node:util's parser refuses "--workers -2" itself)
        const flag = bad.startsWith("-") ? [`--workers=${bad}`] : ["--workers", bad];
        const { code, err } = await stderrOf([cmd, "/nonexistent/articles", ...flag, "--out", "/nonexistent/graph.json"]);
        expect(code).toBe(2);
        expect(err).toContain(`--workers needs a whole number from 1 to 256 (got "${bad}")`);
      });
    }
  }

  it("defaults to the number of cores and refuses more than 256", async () => {
    expect(workersOf({ positionals: [], values: {} })).toBe(availableParallelism());
    expect(workersOf({ positionals: [], values: { workers: 3 } })).toBe(3);
    const { code, err } = await stderrOf(["extract", "/nonexistent/articles", "--workers", "257"]);
    expect(code).toBe(2);
    expect(err).toContain(`--workers needs a whole number from 1 to 256 (got "257")`);
  });

  it("is listed in the usage text", async () => {
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    expect(await main(["extract", "--help"])).toBe(0);
    expect(out).toMatch(/--workers N/);
  });
});
