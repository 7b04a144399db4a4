import { describe, expect, it } from "vitest";
import { parseGraphJson, GraphContractError, nodeKey, normName, slugify } from "@backchannel/schema";

const node = (key: string, type: string, name: string) => ({ key, attributes: { type, name, aliases: [], articles: ["a1"] } });
const ev = [{ article: "a1", sentence: "Qatar mediates." }];

describe("graph.json contract", () => {
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
  });
  it("folds names like the scorer", () => {
    expect(normName("The U.S.")).toBe("u s");
    expect(normName("Israel's Mossad")).toBe("israel mossad");
  });
});
