// The repository must work from a clone anywhere, with nothing beside it: no tracked file outside
// docs/ may point at a machine's folders or at a sibling checkout.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
// Built from parts so that this file does not match itself.
const FORBIDDEN = [`/${"work"}/`, `../${"shared"}`];

describe("the repository stands alone", () => {
  it("no tracked file outside docs/ refers to a machine folder or a sibling checkout", () => {
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      if (file.startsWith("docs/")) continue;
      const lines = readFileSync(join(ROOT, file), "latin1").split("\n");
      lines.forEach((line, i) => {
        for (const f of FORBIDDEN) if (line.includes(f)) offenders.push(`${file}:${i + 1}: ${f}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
