import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Gold, GoldFormatError, GraphShapeError, maximumMatching, scoreGraph, tokenF1, validateGold } from "../src/index.js";

const SEEDS_GOLD = join(__dirname, "../gold/seeds.gold.json");

type Attrs = Record<string, unknown>;
const node = (key: string, type: string, name: string, articles = ["a"], extra: Attrs = {}) => ({
  key,
  attributes: { type, name, aliases: [], articles, ...extra },
});
const edge = (source: string, type: string, target: string, extra: Attrs = {}, article = "a") => ({
  source,
  target,
  attributes: { type, evidence: [{ article, sentence: "s" }], ...extra },
});
const graph = (nodes: unknown[], edges: unknown[] = []) => ({ attributes: {}, options: {}, nodes, edges });

const ENTITIES: Gold["entities"] = {
  qatar: { type: "State", names: ["Qatar", "Qatari"] },
  egypt: { type: "State", names: ["Egypt"] },
  israel: { type: "State", names: ["Israel", "Israeli"] },
  hamas: { type: "Group", names: ["Hamas"] },
  us: { type: "State", names: ["United States", "U.S."] },
  kirby: { type: "Person", names: ["John Kirby", "Kirby"] },
  wh: { type: "Group", names: ["White House"] },
  doha: { type: "Meeting", names: ["Doha talks"], place: ["Doha"], date: "2024-08-15" },
};

describe("maximumMatching", () => {
  it("finds the largest matching where taking first choices would block one", () => {
    // left 0 fits both; a greedy pass gives it 0 and leaves left 1 (which fits only 0) without.
    const m = maximumMatching([[0, 1], [0]], 2);
    expect(m).toEqual([1, 0]);
  });
});

describe("entities", () => {
  const gold: Gold = { entities: ENTITIES, articles: { a: { entities: ["qatar", "hamas", "us"], optional_entities: ["wh"] } } };
  it("matches names ignoring case, accents, punctuation, a leading 'the' and a possessive", () => {
    const r = scoreGraph(
      gold,
      graph([node("s:q", "State", "QATAR'S"), node("g:h", "Group", "hamás"), node("s:u", "State", "the U.S"), node("g:w", "Group", "White House")]),
    );
    expect(r.result.entities).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
  });
  it("counts a second node for the same entity, a wrong type and an unknown node as false positives", () => {
    const r = scoreGraph(
      gold,
      graph([node("s:q", "State", "Qatar"), node("s:q2", "State", "Qatari"), node("p:h", "Person", "Hamas"), node("p:x", "Person", "Nobody")]),
    );
    expect(r.result.entities).toMatchObject({ tp: 1, fp: 3, fn: 2 });
    expect(r.details.map((d) => d.kind).sort()).toEqual(["duplicate", "missed", "missed", "spurious", "wrong-type"]);
  });
  it("ignores nodes of other articles and optional entities either way", () => {
    const r = scoreGraph(gold, graph([node("s:q", "State", "Qatar"), node("g:h", "Group", "Hamas", ["b"])]));
    expect(r.result.entities).toMatchObject({ tp: 1, fp: 0, fn: 2 });
  });
  it("matches a meeting by its place and a date within three days, not four", () => {
    const g: Gold = { entities: ENTITIES, articles: { a: { entities: ["doha"] } } };
    const at = (date: string) => scoreGraph(g, graph([node("m:1", "Meeting", "Round two", ["a"], { place: "Doha", date })])).result.entities.tp;
    expect(at("2024-08-18")).toBe(1);
    expect(at("2024-08-19")).toBe(0);
  });
});

describe("relations", () => {
  const nodes = [
    node("s:q", "State", "Qatar"),
    node("s:e", "State", "Egypt"),
    node("s:i", "State", "Israel"),
    node("g:h", "Group", "Hamas"),
    node("m:d", "Meeting", "Doha talks"),
  ];
  const entities = ["qatar", "egypt", "israel", "hamas", "doha"];
  it("reads MEETS unordered and DEMANDS ordered", () => {
    const gold: Gold = { entities: ENTITIES, articles: { a: { entities, meets: [["israel", "hamas"]], demands: [["hamas", "israel"]] } } };
    const ok = scoreGraph(gold, graph(nodes, [edge("g:h", "MEETS", "s:i"), edge("g:h", "DEMANDS", "s:i")]));
    expect([ok.result.MEETS.tp, ok.result.DEMANDS.tp]).toEqual([1, 1]);
    const reversed = scoreGraph(gold, graph(nodes, [edge("s:i", "DEMANDS", "g:h")]));
    expect(reversed.result.DEMANDS).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
  it("lets co-attendance satisfy a MEETS entry without ever counting against the prediction", () => {
    const gold: Gold = { entities: ENTITIES, articles: { a: { entities, meets: [["israel", "hamas"]], mediates: ["qatar"] } } };
    const r = scoreGraph(
      gold,
      graph(nodes, [edge("s:i", "ATTENDS", "m:d"), edge("g:h", "ATTENDS", "m:d"), edge("s:q", "MEDIATES", "m:d"), edge("s:e", "ATTENDS", "m:d")]),
    );
    // qatar+israel, qatar+hamas, egypt+... are derived pairs the gold does not list: no false positive
    expect(r.result.MEETS).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.result.MEDIATES).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  it("accepts any target for a '*' demand, and a second acceptable alternative costs nothing", () => {
    const gold: Gold = {
      entities: ENTITIES,
      articles: { a: { entities, demands: [["hamas", "*"]], affiliated: [["kirby", ["wh", "us"]]] } },
    };
    const g = graph(
      [...nodes, node("p:k", "Person", "John Kirby"), node("g:w", "Group", "White House"), node("s:u", "State", "United States")],
      [edge("g:h", "DEMANDS", "m:d"), edge("p:k", "AFFILIATED_WITH", "g:w"), edge("p:k", "AFFILIATED_WITH", "s:u")],
    );
    const r = scoreGraph({ ...gold, articles: { a: { ...gold.articles.a, optional_entities: ["kirby", "wh", "us"] } } }, g);
    expect(r.result.DEMANDS).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.result.AFFILIATED_WITH).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  it("counts a relation to a node that matches no gold entity as a false positive", () => {
    const gold: Gold = { entities: ENTITIES, articles: { a: { entities } } };
    const r = scoreGraph(gold, graph([...nodes, node("g:x", "Group", "Somebody")], [edge("s:q", "MEDIATES", "g:x"), edge("g:x", "MEETS", "s:i")]));
    expect(r.result.MEETS).toMatchObject({ fp: 1 });
    expect(r.details.find((d) => d.category === "MEETS")?.kind).toBe("unmatched-endpoint");
    expect(r.result.MEDIATES).toMatchObject({ tp: 0, fp: 1 }); // Qatar mediating is not in the gold
  });
  it("micro-averages: relations sums the four categories", () => {
    const gold: Gold = { entities: ENTITIES, articles: { a: { entities, meets: [["israel", "hamas"]], demands: [["hamas", "israel"]] } } };
    const r = scoreGraph(gold, graph(nodes, [edge("g:h", "MEETS", "s:i"), edge("s:q", "DEMANDS", "s:e")]));
    expect(r.result.relations).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

describe("DEMANDS what", () => {
  it("token F1 ignores case, punctuation and articles, and counts repeated words once each", () => {
    expect(tokenF1("A permanent ceasefire.", "the Permanent Ceasefire")).toBe(1);
    // 4 words read (the article aside), both gold words among them: precision 1/2, recall 1
    expect(tokenF1("a permanent ceasefire and withdrawal", "permanent ceasefire")).toBeCloseTo(2 / 3, 6);
    expect(tokenF1("talks talks", "talks")).toBeCloseTo(2 / 3, 6);
    expect(tokenF1("", "ceasefire")).toBe(0);
  });
  const nodes = [node("s:i", "State", "Israel"), node("g:h", "Group", "Hamas"), node("m:d", "Meeting", "Doha talks")];
  const gold = (what: [string, string, string][]): Gold => ({
    entities: ENTITIES,
    articles: { a: { entities: ["israel", "hamas", "doha"], demand_what: what } },
  });
  it("compares the edge's what with the phrase, counts a missing edge as 0, and reports the share over 0.8", () => {
    const r = scoreGraph(
      gold([
        ["hamas", "israel", "a permanent ceasefire"],
        ["israel", "hamas", "the release of all hostages"],
        ["hamas", "*", "reconstruction of Gaza"],
      ]),
      graph(nodes, [
        edge("g:h", "DEMANDS", "s:i", { what: "permanent ceasefire; an end to the siege" }),
        edge("g:h", "DEMANDS", "m:d", { what: "reconstruction" }),
      ]),
    );
    const dw = r.demandWhat!;
    // "reconstruction" for "reconstruction of Gaza": precision 1, recall 1/3
    expect(dw.scores.map((s) => s.f1)).toEqual([1, 0, 0.5]);
    expect(dw.scores[0]?.predicted).toBe("permanent ceasefire");
    expect(dw.scores[1]?.predicted).toBeNull();
    expect(dw).toMatchObject({ entries: 3, found: 2, shareGood: 1 / 3 });
    expect(dw.meanF1).toBeCloseTo(0.5, 6);
  });
  it("only counts edges of that article and from that demander to that target", () => {
    const r = scoreGraph(
      gold([["hamas", "israel", "a ceasefire"]]),
      graph(nodes, [edge("s:i", "DEMANDS", "g:h", { what: "a ceasefire" }), edge("g:h", "DEMANDS", "s:i", { what: "a ceasefire" }, "b")]),
    );
    expect(r.demandWhat).toMatchObject({ found: 0, meanF1: 0 });
  });
  it("is absent when the gold has no demand_what", () => {
    expect(scoreGraph({ entities: ENTITIES, articles: { a: {} } }, graph([])).demandWhat).toBeUndefined();
  });
});

describe("inputs", () => {
  it("names the entry of a gold file that points at an unknown entity", () => {
    const bad = { entities: ENTITIES, articles: { a: { entities: ["qatar"], meets: [["qatar", "atlantis"]], demand_what: [["hamas", "*"]] } } };
    try {
      scoreGraph(bad, graph([]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GoldFormatError);
      expect((e as GoldFormatError).problems).toEqual([
        'articles.a.meets[0]: unknown entity "atlantis"',
        'articles.a.demand_what[0]: expected [demander, target or "*", "the demand"]',
      ]);
    }
  });
  it("refuses a graph without nodes and edges, and lists contract problems of one it can score", () => {
    expect(() => scoreGraph({ entities: {}, articles: {} }, { nodes: [] })).toThrow(GraphShapeError);
    const r = scoreGraph({ entities: ENTITIES, articles: {} }, graph([{ key: "x", attributes: { type: "State" } }], [edge("x", "MEETS", "y")]));
    expect(r.problems).toEqual(["node x: missing type or name", "node x: missing articles[]", "edge x->y: unknown endpoint"]);
  });
});

describe("the seeds' gold", () => {
  const gold = JSON.parse(readFileSync(SEEDS_GOLD, "utf8")) as Gold;
  /** The graph the gold describes: every entity an article names, every required relation, every demand's words. */
  function perfectGraph(g: Gold) {
    const nodes = new Map<string, ReturnType<typeof node>>();
    const edges: ReturnType<typeof edge>[] = [];
    for (const [art, a] of Object.entries(g.articles)) {
      // of acceptable alternatives, one the article names (the others may be optional there)
      const first = (ref: string | readonly string[]) => (typeof ref === "string" ? ref : (ref.find((id) => a.entities?.includes(id)) ?? ref[0]!));
      for (const id of a.entities ?? []) {
        const e = g.entities[id]!;
        const n = nodes.get(id) ?? node(id, e.type, e.names[0]!, []);
        (n.attributes.articles as string[]).push(art);
        nodes.set(id, n);
      }
      // a MEDIATES fact is its source alone; the article's first entity serves as any target
      for (const m of a.mediates ?? []) edges.push(edge(first(m), "MEDIATES", a.entities![0]!, {}, art));
      for (const [x, y] of a.meets ?? []) edges.push(edge(first(x), "MEETS", first(y), {}, art));
      for (const [x, y] of a.demands ?? []) {
        const what = a.demand_what?.find(([d]) => first(d) === first(x))?.[2];
        edges.push(edge(first(x), "DEMANDS", first(y), what ? { what } : {}, art));
      }
      for (const [x, y] of a.affiliated ?? []) edges.push(edge(first(x), "AFFILIATED_WITH", first(y), {}, art));
    }
    return graph([...nodes.values()], edges);
  }
  it("is well-formed and scores the graph it describes at 1.0", () => {
    const r = scoreGraph(gold, perfectGraph(gold));
    expect(r.result.entities).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    expect(r.details).toEqual([]);
    expect(r.result.relations).toMatchObject({ fn: 0, f1: 1 });
    expect(r.demandWhat).toMatchObject({ entries: 2, found: 2, meanF1: 1, shareGood: 1 });
  });
});

describe("docs/evaluation.md", () => {
  it("shows a gold file the scorer accepts", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/evaluation.md"), "utf8");
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const gold = validateGold(JSON.parse(example!));
    expect(Object.keys(gold.articles)).toHaveLength(1);
  });
});
