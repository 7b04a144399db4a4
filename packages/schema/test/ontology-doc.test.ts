// docs/ontology.md is the contract people read; packages/schema is the one the code runs. This test
// reads the page's tables and example and fails when the two drift apart.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CAMEO,
  EdgeAttributesSchema,
  EvidenceSchema,
  NODE_TYPES,
  NodeAttributesSchema,
  parseGraphJson,
  RELATION_ENDPOINTS,
  RELATION_TYPES,
} from "@backchannel/schema";

const DOC = readFileSync(join(__dirname, "../../../docs/ontology.md"), "utf8");

/** The rows of the first table under a heading, as cells with backticks stripped (header and rule left out). */
function table(heading: string): string[][] {
  const start = DOC.split("\n").findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`docs/ontology.md has no heading "${heading}"`);
  const rows: string[][] = [];
  for (const line of DOC.split("\n").slice(start + 1)) {
    if (line.startsWith("#")) break;
    if (!line.startsWith("|")) {
      if (rows.length) break;
      continue;
    }
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim().replace(/`/g, "")),
    );
  }
  return rows.slice(2);
}

const list = (cell: string | undefined) =>
  (cell ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe("docs/ontology.md", () => {
  it("lists exactly the schema's node labels", () => {
    expect(table("## Node labels").map((r) => r[0])).toEqual([...NODE_TYPES]);
  });

  it("lists exactly the schema's relationship types, each with the endpoints the schema allows", () => {
    const rows = table("## Relationship types");
    expect(rows.map((r) => r[0])).toEqual([...RELATION_TYPES]);
    for (const [type, from, to] of rows) {
      const [sources, targets] = RELATION_ENDPOINTS[type as keyof typeof RELATION_ENDPOINTS];
      expect({ type, from: sorted(list(from)), to: sorted(list(to)) }).toEqual({ type, from: sorted(sources), to: sorted(targets) });
    }
  });

  it("gives only CAMEO codes the schema defines", () => {
    const codes = table("## Relationship types").flatMap((r) => list(r[4]));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(Object.values(CAMEO)).toContain(code);
  });

  it("names exactly the attributes the schema's zod objects declare", () => {
    const names = (heading: string) => sorted(table(heading).map((r) => r[0]!));
    expect(names("### Node attributes")).toEqual(sorted(Object.keys(NodeAttributesSchema.shape)));
    expect(names("### Relationship attributes")).toEqual(sorted(Object.keys(EdgeAttributesSchema.shape)));
    expect(names("### Evidence entry fields")).toEqual(sorted(Object.keys(EvidenceSchema.shape)));
  });

  it("shows a graph.json that honours the contract, with offsets that fit its sentences", () => {
    const example = /```json\n([\s\S]*?)```/.exec(DOC)?.[1];
    expect(example).toBeDefined();
    const g = parseGraphJson(JSON.parse(example!));
    expect(g.edges.length).toBeGreaterThan(0);
    for (const e of g.edges) for (const ev of e.attributes.evidence) expect(ev.end! - ev.start!).toBe(ev.sentence.length);
  });
});
