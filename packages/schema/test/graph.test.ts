import { describe, expect, it } from "vitest";
import { parseGraphJson, GraphContractError, nodeKey, normName, slugify } from "@backchannel/schema";

const node = (key: string, type: string, name: string) => ({ key, attributes: { type, name, aliases: [], articles: ["a1"] } });
const ev = [{ article: "a1", sentence: "Qatar mediates." }];

describe("graph.json contract", () => {
  it("refuses what Neo4j or the memory server would refuse, naming the node or edge (issue 13)", () => {
    const problems = (g: unknown): string[] => {
      try {
        parseGraphJson(g);
        return [];
      } catch (e) {
        return e instanceof GraphContractError ? e.problems : [(e as Error).message];
      }
    };
    const q = node("state:qatar", "State", "Qatar");
    const m = node("meeting:doha", "Meeting", "Doha talks");
    const mediates = { source: "state:qatar", target: "meeting:doha", attributes: { type: "MEDIATES", evidence: ev } };
    expect(problems({ nodes: [{ key: "state:qatar", attributes: { ...q.attributes, id: "meeting:doha" } }, m], edges: [] })).toEqual([
      "node state:qatar: attribute id is reserved (a node's key is its id)",
    ]);
    expect(problems({ nodes: [{ key: "state:qatar", attributes: { ...q.attributes, "": 1 } }, m], edges: [] })).toEqual([
      "node state:qatar: an attribute has an empty name",
    ]);
    expect(problems({ nodes: [q, m], edges: [{ ...mediates, attributes: { ...mediates.attributes, "": "x" } }] })).toEqual([
      "edge state:qatar-[MEDIATES]->meeting:doha: an attribute has an empty name",
    ]);
    expect(problems({ nodes: [{ key: "state:qatar", attributes: { ...q.attributes, name: "Q".repeat(1_000_000) } }, m], edges: [] })[0]).toMatch(
      /nodes\.0\.attributes\.name/,
    );
    expect(problems({ nodes: [{ key: "state:qatar", attributes: { ...q.attributes, title: "t".repeat(200_000) } }, m], edges: [] })).toEqual([
      "node state:qatar: attribute title is longer than 100000 characters",
    ]);
    const p = node("person:a", "Person", "A");
    expect(problems({ nodes: [p], edges: [{ source: "person:a", target: "person:a", attributes: { type: "MEETS", evidence: ev } }] })).toEqual([
      "edge person:a-[MEETS]->person:a: a relationship from a node to itself (self-loop)",
    ]);
    const p2 = node("person:b", "Person", "B");
    const meets = (s: string, t: string) => ({ key: "k1", source: s, target: t, attributes: { type: "MEETS", evidence: ev } });
    expect(problems({ nodes: [p, p2], edges: [meets("person:a", "person:b"), meets("person:b", "person:a")] })).toEqual([
      "edge person:b-[MEETS]->person:a: duplicate edge key k1",
    ]);
  });

  it("accepts a well-formed graph", () => {
    const g = parseGraphJson({
      nodes: [node("state:qatar", "State", "Qatar"), node("meeting:doha", "Meeting", "Doha talks")],
      edges: [{ source: "state:qatar", target: "meeting:doha", attributes: { type: "MEDIATES", evidence: ev } }],
    });
    expect(g.options.multi).toBe(true);
    expect(g.edges).toHaveLength(1);
  });

  it("rejects an edge without evidence, naming the field", () => {
    expect(() =>
      parseGraphJson({
        nodes: [node("state:qatar", "State", "Qatar"), node("meeting:doha", "Meeting", "Doha talks")],
        edges: [{ source: "state:qatar", target: "meeting:doha", attributes: { type: "MEDIATES", evidence: [] } }],
      }),
    ).toThrow(/edges\.0\.attributes\.evidence/);
  });

  it("rejects unknown endpoints and wrong endpoint types", () => {
    try {
      parseGraphJson({
        nodes: [node("state:qatar", "State", "Qatar"), node("group:hamas", "Group", "Hamas")],
        edges: [
          { source: "state:qatar", target: "person:nobody", attributes: { type: "MEETS", evidence: ev } },
          { source: "state:qatar", target: "group:hamas", attributes: { type: "AFFILIATED_WITH", evidence: ev } },
        ],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GraphContractError);
      const problems = (e as GraphContractError).problems;
      expect(problems.some((p) => p.includes("unknown endpoint"))).toBe(true);
      expect(problems.some((p) => p.includes("AFFILIATED_WITH cannot join State to Group"))).toBe(true);
    }
  });
});

describe("ids", () => {
  it("makes stable keys with accents folded", () => {
    expect(nodeKey("Person", "Recep Tayyip Erdoğan")).toBe("person:recep-tayyip-erdogan");
    expect(slugify("Qatar's foreign ministry")).toBe("qatars-foreign-ministry");
    // letters no decomposition folds: a name typed without them finds the same key
    expect(nodeKey("Person", "Szymon Hołownia")).toBe(nodeKey("Person", "Szymon Holownia"));
    expect(slugify("Jonas Gahr Støre, Œuvre, Đoković, Weiß")).toBe("jonas-gahr-store-oeuvre-dokovic-weiss");
  });
  it("folds names like the scorer", () => {
    expect(normName("The U.S.")).toBe("u s");
    expect(normName("Israel's Mossad")).toBe("israel mossad");
  });
});
