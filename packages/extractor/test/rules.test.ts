// The rule registry, tested rule by rule: every rule has its own examples, fires on each firing example
// with the edge it names, stays silent on each silent example, and every fact the extractor writes
// names a rule of the registry.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphJson } from "@backchannel/schema";
import { extractArticles } from "../src/index.js";
import type { FiringExample } from "../src/relations/model.js";
import { RULE_EXAMPLES } from "../src/relations/rules/examples/index.js";
import { RULES_BY_ID } from "../src/relations/rules/index.js";

const extract = (text: string): GraphJson => extractArticles([{ id: "example", text }]);

/** The edges whose evidence names the rule, as "TYPE source -> target" by node names. */
function firedBy(g: GraphJson, ruleId: string): string[] {
  const name = new Map(g.nodes.map((n) => [n.key, n.attributes.type === "Meeting" ? "meeting" : n.attributes.name]));
  return g.edges.filter((e) => e.attributes.evidence.some((ev) => ev.rule === ruleId)).map((e) => `${e.attributes.type} ${name.get(e.source)} -> ${name.get(e.target)}`);
}

function expected(ruleType: string, ex: FiringExample): string[] {
  const type = ex.type ?? ruleType;
  const forward = `${type} ${ex.source} -> ${ex.target}`;
  // MEETS is symmetric: either direction is the same fact
  return type === "MEETS" ? [forward, `${type} ${ex.target} -> ${ex.source}`] : [forward];
}

describe("rule registry", () => {
  it("has examples for every rule, and only for rules it has", () => {
    const missing = [...RULES_BY_ID.keys()].filter((id) => !RULE_EXAMPLES[id]?.fires.length || !RULE_EXAMPLES[id]?.silent.length);
    expect(missing, "rules without a firing and a silent example").toEqual([]);
    const unknown = Object.keys(RULE_EXAMPLES).filter((id) => !RULES_BY_ID.has(id));
    expect(unknown, "examples of rules the registry does not have").toEqual([]);
  });

  it("names a registry rule in every fact written for the seeds and the fixture sets", () => {
    const dir = join(__dirname, "snapshots");
    const unknown = new Set<string>();
    for (const f of readdirSync(dir)) {
      const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as GraphJson;
      for (const e of g.edges) for (const ev of e.attributes.evidence) if (ev.rule !== "mention" && !RULES_BY_ID.has(ev.rule)) unknown.add(ev.rule);
    }
    expect([...unknown]).toEqual([]);
  });
});

describe.each([...RULES_BY_ID.values()].map((r) => [r.id, r] as const))("rule %s", (id, rule) => {
  const examples = RULE_EXAMPLES[id] ?? { fires: [], silent: [] };
  for (const ex of examples.fires) {
    it(`fires on: ${ex.text}`, () => {
      const got = firedBy(extract(ex.text), id);
      expect(got.some((g) => expected(rule.type, ex).includes(g)), `produced: ${JSON.stringify(got)}`).toBe(true);
    });
  }
  for (const text of examples.silent) {
    it(`stays silent on: ${text}`, () => {
      expect(firedBy(extract(text), id)).toEqual([]);
    });
  }
});
