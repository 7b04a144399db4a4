import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";

const dir = mkdtempSync(join(tmpdir(), "bc-score-cli-"));
const gold = join(dir, "gold.json");
const graphFile = join(dir, "graph.json");
writeFileSync(
  gold,
  JSON.stringify({
    entities: { qatar: { type: "State", names: ["Qatar"] }, hamas: { type: "Group", names: ["Hamas"] } },
    articles: { a: { entities: ["qatar", "hamas"], demand_what: [["hamas", "*", "a ceasefire"]] } },
  }),
);
writeFileSync(graphFile, JSON.stringify({ nodes: [{ key: "s:q", attributes: { type: "State", name: "Qatar", aliases: [], articles: ["a"] } }], edges: [] }));

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("backchannel-score", () => {
  it("prints the table, with the demands' wording when the gold has it", () => {
    const r = run("--gold", gold, "--graph", graphFile);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^entities\s+1\s+0\s+1\s+100\.0\s+50\.0\s+66\.7$/m);
    expect(r.out).toContain("DEMANDS what: 1 gold phrase, 0 with a predicted edge; mean token F1 0.000");
  });
  it("prints JSON, with details only when verbose", () => {
    const plain = JSON.parse(run("--gold", gold, "--graph", graphFile, "--json").out);
    expect(plain.result.entities.f1).toBeCloseTo(2 / 3, 6);
    expect(plain.details).toBeUndefined();
    const verbose = JSON.parse(run("--gold", gold, "--graph", graphFile, "--json", "--verbose").out);
    expect(verbose.details.map((d: { kind: string }) => d.kind)).toEqual(["missed", "missed"]);
  });
  it("exits 1 below a --require, 0 at or above it", () => {
    expect(run("--gold", gold, "--graph", graphFile, "--require", "entities=0.6").code).toBe(0);
    const low = run("--gold", gold, "--graph", graphFile, "--require", "entities=0.7,demand_what=0.5");
    expect(low.code).toBe(1);
    expect(low.err).toContain("entities F1 0.667 is below 0.7");
    expect(low.err).toContain("demand_what mean token F1 0.000 is below 0.5");
  });
  it("exits 2 with its own message and the usage on stderr for bad arguments and unreadable files", () => {
    for (const argv of [
      ["--gold", gold],
      ["--gold", gold, "--graph", graphFile, "--bogus"],
      ["--gold", gold, "--graph", graphFile, "--require", "entities=abc"],
      ["--gold", gold, "--graph", graphFile, "--require", "recall=0.5"],
    ]) {
      const r = run(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/^score: /);
      expect(r.err).toContain("usage: backchannel-score");
    }
    const missing = run("--gold", join(dir, "nope.json"), "--graph", graphFile);
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err).toMatch(/^score: cannot read gold .*nope\.json/);
    expect(missing.err).not.toContain("usage");
  });
});
