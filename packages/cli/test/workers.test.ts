// `--workers N` on extract and build: a whole number of at least 1, refused otherwise with a message
// naming the flag, before any file is read (exit code 2, the usage-error code).
import { afterEach, describe, expect, it, vi } from "vitest";
import { availableParallelism } from "node:os";
import { main, parseWorkers } from "../src/main.js";

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
        expect(err).toContain(`--workers must be a whole number from 1 to 256 (got "${bad}")`);
      });
    }
  }

  it("defaults to the number of cores and takes whole numbers", () => {
    expect(parseWorkers(undefined)).toBe(availableParallelism());
    expect(parseWorkers("1")).toBe(1);
    expect(parseWorkers("3")).toBe(3);
    expect(() => parseWorkers("257")).toThrow(/from 1 to 256/);
  });

  it("is listed in the usage text", async () => {
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    expect(await main(["--help"])).toBe(0);
    expect(out).toMatch(/--workers N/);
  });
});
