// The viewer's pure core: graph loading, filters, search, paths, highlighting, URL state, exports.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGraphJson, type GraphJson } from "@backchannel/schema";
import { loadGraphJson, mergeGraphJson, mergeIncrementally, newGraph, sizeForDegree } from "../src/graph/index.js";
import { edgeVisibility, nodeVisibility } from "../src/filters/index.js";
import { buildSearchIndex, fold, search } from "../src/search/index.js";
import { shortestPaths } from "../src/paths/index.js";
import { highlightEntry, highlightSegments, type MarkTerm, type Segment, termsForRelation } from "../src/highlight/index.js";
import { decodeState, defaultState, encodeState } from "../src/state/index.js";
import { errorText, looksLikeWrite, tokenize } from "../src/cypher/index.js";
import { fitCamera, freeArea } from "../src/render/framing.js";
import { labelPlace } from "../src/render/labels.js";
import { flattenAttributes, toGraphML, toJson, xmlEscape } from "../src/export/index.js";
import { cellNodeKey, cellText } from "../src/ui/cypher-editor.js";
import { curvatureFor } from "../src/graph/index.js";

const fixtures = join(import.meta.dirname, "fixtures");
const seedsJson = JSON.parse(readFileSync(join(fixtures, "seeds.graph.json"), "utf8"));
const load = () => mergeGraphJson(seedsJson);

describe("fixtures", () => {
  it("honour the graph contract", () => {
    expect(() => parseGraphJson(seedsJson)).not.toThrow();
    expect(() => parseGraphJson(JSON.parse(readFileSync(join(fixtures, "hostile.graph.json"), "utf8")))).not.toThrow();
  });
});

describe("graph loading", () => {
  it("loads every node and edge with finite positions and degree sizes", () => {
    const g = load();
    expect(g.order).toBe(seedsJson.nodes.length);
    expect(g.size).toBe(seedsJson.edges.length);
    g.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThanOrEqual(sizeForDegree(0));
    });
    expect(g.getNodeAttribute("state:qatar", "size")).toBeGreaterThan(g.getNodeAttribute("state:iran", "size"));
  });

  it("indexes parallel edges so they can curve apart", () => {
    const g = load();
    const between = [...new Set(g.edges("state:israel", "group:hamas").concat(g.edges("group:hamas", "state:israel")))];
    expect(between.length).toBe(3);
    // Slots are relative to each edge's direction; in one common frame they must all differ.
    const slots = between.map((e) => (g.source(e) < g.target(e) ? 1 : -1) * (g.getEdgeAttribute(e, "parallelIndex") as number) + 0);
    expect(new Set(slots).size).toBe(3);
    expect(g.getEdgeAttribute("MEDIATES|state:qatar|meeting:doha-2024-08-15", "parallelIndex") ?? null).toBeNull();
    expect(curvatureFor(0, 2)).toBe(0);
    expect(curvatureFor(2, 2)).toBeGreaterThan(curvatureFor(1, 2));
    expect(curvatureFor(-1, 2)).toBe(-curvatureFor(1, 2));
  });

  it("is deterministic and keeps positions when the graph grows; new nodes land near neighbours", () => {
    const a = load();
    const b = load();
    expect(a.getNodeAttributes("state:qatar").x).toBe(b.getNodeAttributes("state:qatar").x);
    a.setNodeAttribute("state:qatar", "x", 1234);
    a.setNodeAttribute("state:qatar", "y", -55);
    mergeGraphJson(
      {
        nodes: [{ key: "person:new", attributes: { type: "Person", name: "New Envoy", aliases: [], articles: [] } }],
        edges: [{ source: "person:new", target: "state:qatar", attributes: { type: "AFFILIATED_WITH", evidence: [{ article: "x", sentence: "s" }] } }],
      },
      a,
    );
    expect(a.getNodeAttribute("state:qatar", "x")).toBe(1234);
    const n = a.getNodeAttributes("person:new");
    expect(Math.hypot(n.x - 1234, n.y + 55)).toBeLessThan(10);
  });

  it("loads a whole graph in one pass exactly as the general merge does", () => {
    // Repeated node and edge keys, an undirected edge, a self-loop, a bundle of three parallel edges
    // both ways, a dangling edge, unknown types, a MENTIONED_IN (left out of degrees) and a stale
    // parallelIndex in the input (re-imported export) on top of the seeds and hostile fixtures.
    // Deliberately outside the contract in places (unknown types), so typed loosely.
    const extra: Pick<GraphJson, "nodes" | "edges"> = {
      nodes: [
        { key: "person:a", attributes: { type: "Person", name: "A", aliases: ["Ay"], articles: ["x"] } },
        { key: "state:b", attributes: { type: "State", name: "B", aliases: [], articles: [] } },
        { key: "article:x", attributes: { type: "Article", name: "x", aliases: [], articles: [] } },
        { key: "x:planet", attributes: { type: "Planet", name: "Mars", aliases: [], articles: [] } } as never,
        { key: "person:a", attributes: { type: "Person", name: "A again", aliases: [], articles: [] } },
      ],
      edges: [
        { source: "person:a", target: "state:b", attributes: { type: "MEETS", evidence: [], parallelIndex: 7, parallelMaxIndex: 9 } },
        { source: "state:b", target: "person:a", attributes: { type: "DEMANDS", what: "w", evidence: [] } },
        { source: "person:a", target: "state:b", attributes: { type: "AFFILIATED_WITH", role: "r", evidence: [] } },
        { source: "person:a", target: "state:b", attributes: { type: "MEETS", evidence: [{ article: "x", sentence: "again" }] } },
        { key: "u1", source: "state:b", target: "person:a", undirected: true, attributes: { type: "MEETS", evidence: [] } },
        { source: "person:a", target: "person:a", attributes: { type: "MEETS", evidence: [] } },
        { source: "person:a", target: "article:x", attributes: { type: "MENTIONED_IN", evidence: [] } },
        { source: "person:a", target: "state:nowhere", attributes: { type: "MEETS", evidence: [] } },
        { source: "person:a", target: "state:b", attributes: { type: "LIKES", evidence: [] } } as never,
      ],
    };
    const hostile = JSON.parse(readFileSync(join(fixtures, "hostile.graph.json"), "utf8"));
    for (const json of [seedsJson, hostile, extra]) {
      const fast = loadGraphJson(structuredClone(json));
      const general = mergeIncrementally(structuredClone(json), newGraph());
      expect(fast.export()).toEqual(general.export());
      expect(mergeGraphJson(structuredClone(json)).export()).toEqual(general.export());
    }
    const g = loadGraphJson(structuredClone(extra));
    expect(g.getNodeAttribute("person:a", "name")).toBe("A again");
    expect(g.getEdgeAttribute("MEETS|person:a|state:b", "evidence")).toEqual([{ article: "x", sentence: "again" }]);
    // Four edges between A and B (the repeated MEETS is one), four distinct slots in one frame.
    const between = [...new Set(g.edges("person:a", "state:b").concat(g.edges("state:b", "person:a")))];
    expect(between.length).toBe(4);
    expect(new Set(between.map((e) => (g.source(e) < g.target(e) ? 1 : -1) * (g.getEdgeAttribute(e, "parallelIndex") as number))).size).toBe(4);
    expect(g.getEdgeAttribute("MEETS|person:a|state:b", "parallelMaxIndex")).toBe(1.5);
    expect(() => loadGraphJson(extra, g)).toThrow(/empty graph/);
  });

  it("keeps evidence the lean graph left out absent (not loaded), and anything else not a list as none", () => {
    const nodes = [
      { key: "person:a", attributes: { type: "Person", name: "A", aliases: [], articles: [] } },
      { key: "state:b", attributes: { type: "State", name: "B", aliases: [], articles: [] } },
    ] as GraphJson["nodes"];
    const edges = [
      { source: "person:a", target: "state:b", attributes: { type: "MEETS" } },
      { source: "state:b", target: "person:a", attributes: { type: "DEMANDS", evidence: "oops" } },
      { source: "person:a", target: "state:b", attributes: { type: "AFFILIATED_WITH", evidence: [{ article: "x", sentence: "s" }] } },
    ] as never as GraphJson["edges"];
    for (const g of [loadGraphJson({ nodes, edges }), mergeIncrementally({ nodes, edges }, newGraph())]) {
      expect(g.getEdgeAttributes("MEETS|person:a|state:b")).not.toHaveProperty("evidence");
      expect(g.getEdgeAttribute("DEMANDS|state:b|person:a", "evidence")).toEqual([]);
      expect(g.getEdgeAttribute("AFFILIATED_WITH|person:a|state:b", "evidence")).toEqual([{ article: "x", sentence: "s" }]);
    }
  });

  it("skips unknown types and dangling edges instead of failing", () => {
    const g = mergeGraphJson({
      nodes: [{ key: "x:1", attributes: { type: "Planet", name: "Mars", aliases: [], articles: [] } } as never],
      edges: [{ source: "state:nowhere", target: "x:1", attributes: { type: "MEETS", evidence: [] } } as never],
    });
    expect(g.order).toBe(0);
  });
});

describe("filters", () => {
  const f = {
    hiddenNodeTypes: ["Article" as const],
    hiddenRelTypes: ["MENTIONED_IN" as const],
    dateFrom: "2024-08-01",
    dateTo: "2024-08-31",
    showUndated: true,
  };
  it("hides types, and meetings outside the time window", () => {
    expect(nodeVisibility({ type: "Article" }, f)).toBe("hidden");
    expect(nodeVisibility({ type: "State" }, f)).toBe("visible");
    expect(nodeVisibility({ type: "Meeting", date: "2024-08-15" }, f)).toBe("visible");
    expect(nodeVisibility({ type: "Meeting", date: "2024-01-28" }, f)).toBe("hidden");
    expect(nodeVisibility({ type: "Meeting", date: "2024-07-30", endDate: "2024-08-02" }, f)).toBe("visible");
    expect(nodeVisibility({ type: "Meeting" }, f)).toBe("visible");
    expect(nodeVisibility({ type: "Meeting" }, { ...f, showUndated: false })).toBe("hidden");
  });
  it("hides edges with their type, an endpoint or outside the window, fades them with a faded endpoint", () => {
    expect(edgeVisibility({ type: "MENTIONED_IN" }, "visible", "visible", f)).toBe("hidden");
    expect(edgeVisibility({ type: "MEETS" }, "visible", "hidden", f)).toBe("hidden");
    expect(edgeVisibility({ type: "ATTENDS" }, "visible", "faded", f)).toBe("faded");
    expect(edgeVisibility({ type: "MEETS" }, "visible", "visible", f)).toBe("visible");
    // [firstSeen, lastSeen] overlapping the window shows the fact; undated ones follow the switch.
    expect(edgeVisibility({ type: "MEETS", firstSeen: "2024-01-16", lastSeen: "2024-08-10" }, "visible", "visible", f)).toBe("visible");
    expect(edgeVisibility({ type: "MEETS", firstSeen: "2024-01-16", lastSeen: "2024-07-31" }, "visible", "visible", f)).toBe("hidden");
    expect(edgeVisibility({ type: "MEETS", firstSeen: "2024-09-01" }, "visible", "visible", f)).toBe("hidden");
    expect(edgeVisibility({ type: "MEETS" }, "visible", "visible", { ...f, showUndated: false })).toBe("hidden");
    // Provenance is not windowed: an article link shows whenever its type does.
    expect(edgeVisibility({ type: "MENTIONED_IN" }, "visible", "visible", { ...f, hiddenRelTypes: [], showUndated: false })).toBe("visible");
  });
});

describe("search", () => {
  const index = buildSearchIndex(load());
  it("matches names and aliases, exact and prefix first", () => {
    expect(search(index, "qatar")[0]?.key).toBe("state:qatar");
    expect(search(index, "Qataris")[0]).toMatchObject({ key: "state:qatar", alias: "Qataris" });
    expect(search(index, "kirb")[0]?.key).toBe("person:john-kirby");
    expect(search(index, "burns")[0]?.key).toBe("person:william-burns");
    expect(search(index, "u.s.")[0]?.key).toBe("state:united-states");
    expect(search(index, "")).toEqual([]);
    expect(search(index, "a", { types: ["Meeting"] }).every((h) => h.type === "Meeting")).toBe(true);
  });
  it("folds accents and keeps non-Latin scripts", () => {
    expect(fold("Erdoğan")).toBe("erdogan");
    expect(fold("Szymon Hołownia")).toBe("szymon holownia");
    expect(fold("محمود عباس")).toBe("محمود عباس");
  });
});

describe("paths", () => {
  const g = load();
  const notProvenance = (_e: string, a: { type: string }) => a.type !== "MENTIONED_IN";
  it("finds every shortest path, ignoring direction", () => {
    const r = shortestPaths(g, "person:john-kirby", "state:qatar", { edgeFilter: notProvenance });
    expect(r).toBeNull(); // Kirby is only tied to the White House in this fixture
    const p = shortestPaths(g, "person:william-burns", "state:egypt", { edgeFilter: notProvenance })!;
    expect(p.length).toBe(2);
    expect(p.path[0]).toBe("person:william-burns");
    expect(p.path.at(-1)).toBe("state:egypt");
    // Burns–Qatar–Egypt? no: Burns–Paris talks–Egypt and Burns–Qatar–… ; both ties are kept.
    expect(p.nodes.has("meeting:paris-2024-01-28")).toBe(true);
    for (const e of p.edges) {
      const [s, t] = g.extremities(e);
      expect(p.nodes.has(s) && p.nodes.has(t)).toBe(true);
    }
  });
  it("walks provenance edges only when allowed", () => {
    expect(shortestPaths(g, "person:john-kirby", "state:qatar")?.length).toBe(2);
  });
  it("handles same and missing endpoints", () => {
    expect(shortestPaths(g, "state:qatar", "state:qatar")?.length).toBe(0);
    expect(shortestPaths(g, "state:qatar", "state:nowhere")).toBeNull();
  });
});

describe("evidence highlighting", () => {
  it("marks both endpoints and the verb, and loses no character", () => {
    const sentence = "Qatar, serving as a mediator alongside Egypt, has hinted at positive progress.";
    const segs = highlightSegments(sentence, termsForRelation("MEDIATES", { name: "Qatar" }, { name: "Hamas" }));
    expect(segs.map((s) => s.text).join("")).toBe(sentence);
    expect(segs.filter((s) => s.mark).map((s) => [s.text, s.mark])).toEqual([
      ["Qatar", "source"],
      ["mediator", "verb"],
    ]);
  });
  it("prefers the longest name and matches possessives and aliases", () => {
    const segs = highlightSegments(
      "White House spokesman John Kirby said Kirby's team met.",
      termsForRelation("AFFILIATED_WITH", { name: "John Kirby", aliases: ["Kirby"] }, { name: "White House" }),
    );
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(["White House", "spokesman", "John Kirby", "Kirby's"]);
  });
  it("marks an evidence entry once for its sentence and terms, and again when they change", () => {
    const entry = { article: "a1", sentence: "Qatar and Egypt mediated between Israel and Hamas." };
    const terms = termsForRelation("MEDIATES", { name: "Qatar" }, { name: "Hamas" });
    const first = highlightEntry(entry, entry.sentence, terms);
    expect(first).toEqual(highlightSegments(entry.sentence, terms));
    // The same entry, sentence and terms (equal, not the same array): the segments computed before.
    expect(highlightEntry(entry, entry.sentence, termsForRelation("MEDIATES", { name: "Qatar" }, { name: "Hamas" }))).toBe(first);
    const other = termsForRelation("MEDIATES", { name: "Egypt" }, { name: "Israel" });
    const again = highlightEntry(entry, entry.sentence, other);
    expect(again.filter((s) => s.mark).map((s) => s.text)).toEqual(["Egypt", "mediated", "Israel"]);
    // Another entry with the same sentence has its own.
    expect(highlightEntry({ ...entry }, entry.sentence, terms)).not.toBe(first);
  });
  it("marks what one Unicode regular expression per term marked (the former way, 1–3 ms per sentence)", () => {
    // The former highlightSegments, as the reference.
    const reference = (sentence: string, terms: readonly MarkTerm[]): Segment[] => {
      const usable = terms.filter((t) => t.text.trim().length >= 2).sort((a, b) => b.text.length - a.text.length);
      const spans: { start: number; end: number; kind: Segment["mark"] }[] = [];
      for (const t of usable) {
        const body = t.text
          .trim()
          .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
          .replace(/\s+/g, "\\s+");
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}${t.stem ? "[\\p{L}-]*" : "(?:'s|’s)?(?![\\p{L}\\p{N}])"}`, "giu");
        for (const m of sentence.matchAll(re)) {
          const start = m.index;
          const end = start + m[0].length;
          if (m[0].length === 0 || spans.some((x) => start < x.end && end > x.start)) continue;
          spans.push({ start, end, kind: t.kind });
        }
      }
      spans.sort((a, b) => a.start - b.start);
      const out: Segment[] = [];
      let at = 0;
      for (const x of spans) {
        if (x.start > at) out.push({ text: sentence.slice(at, x.start), mark: null });
        out.push({ text: sentence.slice(x.start, x.end), mark: x.kind });
        at = x.end;
      }
      if (at < sentence.length) out.push({ text: sentence.slice(at), mark: null });
      return out;
    };
    // Letters of several scripts and cases (one outside the BMP), digits, spaces, apostrophes, hyphens, regex syntax.
    const char = fc.constantFrom(..."aAbBsSqQéÉüÜσΣ中𝒜1 '’-.(".match(/./gu)!);
    const text = fc.array(char, { maxLength: 6 }).map((cs) => cs.join(""));
    const term = fc.record({ text, kind: fc.constantFrom("source", "target", "verb", "what"), stem: fc.boolean() }) as fc.Arbitrary<MarkTerm>;
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.array(term, { maxLength: 4 }), (cs, terms) => {
        const sentence = cs.join("");
        expect(highlightSegments(sentence, terms)).toEqual(reference(sentence, terms));
      }),
      { numRuns: 1000 },
    );
  });
  it("does not match inside words and keeps markup as plain text", () => {
    const s = "<b>Qatari</b> Qatarx and Qatar";
    const segs = highlightSegments(s, [{ text: "Qatar", kind: "source" }]);
    expect(segs.map((x) => x.text).join("")).toBe(s);
    expect(segs.filter((x) => x.mark).map((x) => x.text)).toEqual(["Qatar"]);
  });
});

describe("URL state", () => {
  it("round-trips every field and keeps default links short", () => {
    expect(encodeState(defaultState())).toBe("");
    const s = {
      ...defaultState(),
      selectedNode: "state:qatar",
      hiddenNodeTypes: [],
      hiddenRelTypes: ["MEETS" as const],
      dateFrom: "2024-01-01",
      dateTo: "2024-12-31",
      showUndated: false,
      cypher: "MATCH (n) RETURN n",
      pathFrom: "a:b",
      pathTo: "c&d=e",
      labels: 8,
    };
    expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
  });
  it("ignores junk", () => {
    const s = decodeState("?hide=Planet,Person&from=yesterday&labels=99");
    expect(s.hiddenNodeTypes).toEqual(["Person"]);
    expect(s.dateFrom).toBeNull();
    expect(s.labels).toBe(10);
  });
});

describe("cypher tokenizer", () => {
  it("covers the input exactly and classifies tokens", () => {
    const q = "MATCH (a:State {id: 'state:qatar'})-[r:MEDIATES|MEETS]->(m) // c\nWHERE m.date >= $from RETURN count(r) LIMIT 5";
    const toks = tokenize(q);
    expect(toks.map((t) => t.text).join("")).toBe(q);
    const kinds = (k: string) => toks.filter((t) => t.kind === k).map((t) => t.text);
    expect(kinds("keyword")).toEqual(["MATCH", "WHERE", "RETURN", "LIMIT"]);
    expect(kinds("string")).toEqual(["'state:qatar'"]);
    expect(kinds("label")).toEqual([":State", ":MEDIATES", "|MEETS"]);
    expect(kinds("param")).toEqual(["$from"]);
    expect(kinds("function")).toEqual(["count"]);
    expect(kinds("comment")).toEqual(["// c"]);
  });
  it("flags writing clauses but not words inside strings", () => {
    expect(looksLikeWrite("MATCH (n) DETACH DELETE n")).toBe(true);
    expect(looksLikeWrite("MATCH (n) WHERE n.name = 'CREATE' RETURN n")).toBe(false);
  });
  it("renders result cells as text", () => {
    const nameOf = (k: string) => (k === "state:qatar" ? "Qatar" : undefined);
    expect(cellText({ key: "state:qatar", attributes: { name: "Qatar" } }, nameOf)).toBe("Qatar");
    expect(cellText({ source: "state:qatar", target: "x", attributes: { type: "MEETS" } }, nameOf)).toBe("Qatar -[MEETS]-> x");
    expect(cellText(["a", 1], nameOf)).toBe('["a",1]');
    expect(cellText(null, nameOf)).toBe("");
    expect(cellNodeKey({ key: "state:qatar", attributes: {} }, (k) => k === "state:qatar")).toBe("state:qatar");
  });
});

describe("exports", () => {
  it("flattens lists and objects to JSON strings", () => {
    expect(flattenAttributes({ a: [1, 2], b: { c: 1 }, d: "x", e: null, f: NaN })).toEqual({ a: "[1,2]", b: '{"c":1}', d: "x" });
  });
  it("writes GraphML with escaped values and every node and edge", () => {
    const g = load();
    g.mergeNodeAttributes("state:qatar", { name: 'Q<a>t"ar & co' });
    const xml = toGraphML(g);
    expect(xml).toContain("Q&lt;a&gt;t&quot;ar &amp; co");
    expect(xml.match(/<node /g)?.length).toBe(g.order);
    expect(xml.match(/<edge /g)?.length).toBe(g.size);
    expect(xml).not.toContain("parallelIndex");
    expect(xmlEscape("a\u0001b")).toBe("ab");
  });
  it("writes JSON that loads back into the same graph", () => {
    const g = load();
    const back = mergeGraphJson(JSON.parse(toJson(g)));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
  });
});

describe("no HTML injection", () => {
  it("never uses innerHTML, outerHTML, insertAdjacentHTML or document.write in the viewer source", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|html)$/.test(f)) files.push(p);
      }
    };
    walk(join(import.meta.dirname, "../src"));
    for (const f of files) {
      const text = readFileSync(f, "utf8").replace(/\/\/.*$/gm, "");
      expect(text, f).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|srcdoc/);
    }
  });
});

describe("query result cells from the server", () => {
  it("shows nodes by name, relationships by type and facts, paths by names", () => {
    const nameOf = (k: string) => ({ "state:qatar": "Qatar", "group:hamas": "Hamas" })[k];
    expect(cellText({ _type: "node", _labels: ["State"], key: "state:qatar", name: "Qatar" }, nameOf)).toBe("Qatar");
    expect(cellText({ _type: "relationship", type: "DEMANDS", what: "ceasefire", cameo: "100", sentences: ["a", "b"] }, nameOf)).toBe(
      "DEMANDS (what: ceasefire, CAMEO 100) · 2 evidence",
    );
    expect(cellText({ _type: "path", nodes: ["state:qatar", "group:hamas"] }, nameOf)).toBe("Qatar — Hamas");
  });
});

describe("errorText", () => {
  it("says an error once, without doubling the server's own prefix", () => {
    expect(errorText("Cypher error: Invalid input ')'")).toBe("Cypher error: Invalid input ')'");
    expect(errorText("Error: Cypher error: x")).toBe("Cypher error: x");
    expect(errorText("cannot reach the server (Failed to fetch)")).toBe("Error: cannot reach the server (Failed to fetch)");
    expect(errorText("Error: Error: boom")).toBe("Error: boom");
  });
});

describe("labelPlace", () => {
  const canvas = { width: 400, height: 300 };
  it("puts a label right of its node, or left of it when the right would run past the canvas", () => {
    expect(labelPlace(100, 100, 5, 50, 12, canvas).x).toBe(108);
    const atEdge = labelPlace(390, 100, 5, 50, 12, canvas);
    expect(atEdge.x).toBe(390 - 5 - 3 - 50);
    expect(atEdge.x + 50).toBeLessThanOrEqual(398);
  });
  it("keeps it inside vertically", () => {
    expect(labelPlace(100, 2, 5, 50, 12, canvas).y).toBeGreaterThanOrEqual(13);
    expect(labelPlace(100, 299, 5, 50, 12, canvas).y).toBeLessThanOrEqual(297);
  });
});

describe("freeArea and fitCamera", () => {
  it("cuts the side a panel sits on", () => {
    const canvas = { left: 0, top: 0, right: 800, bottom: 600 };
    expect(freeArea(canvas, [{ left: 10, top: 10, right: 500, bottom: 130 }])).toEqual({ left: 0, top: 130, right: 800, bottom: 600 });
    expect(freeArea(canvas, [{ left: 480, top: 0, right: 800, bottom: 600 }], 10)).toEqual({ left: 10, top: 10, right: 470, bottom: 590 });
    expect(freeArea(canvas, [{ left: 900, top: 0, right: 1000, bottom: 600 }])).toEqual(canvas);
  });
  it("fits points into an area of a linear projection", () => {
    // A stand-in for sigma: viewport = (p - camera) * 400 / ratio + centre, y down.
    const dims = { width: 800, height: 600 };
    const proj = {
      getDimensions: () => dims,
      framedGraphToViewport: (p: { x: number; y: number }, o: { cameraState: { x: number; y: number; ratio: number } }) => ({
        x: dims.width / 2 + ((p.x - o.cameraState.x) * 400) / o.cameraState.ratio,
        y: dims.height / 2 - ((p.y - o.cameraState.y) * 400) / o.cameraState.ratio,
      }),
      viewportToFramedGraph: (v: { x: number; y: number }, o: { cameraState: { x: number; y: number; ratio: number } }) => ({
        x: o.cameraState.x + ((v.x - dims.width / 2) * o.cameraState.ratio) / 400,
        y: o.cameraState.y - ((v.y - dims.height / 2) * o.cameraState.ratio) / 400,
      }),
    };
    const points = [
      { x: 0.1, y: 0.2 },
      { x: 0.9, y: 0.6 },
    ];
    const area = { left: 100, top: 200, right: 500, bottom: 500 };
    const cam = fitCamera(proj, points, area)!;
    for (const p of points) {
      const v = proj.framedGraphToViewport(p, { cameraState: cam });
      expect(v.x).toBeGreaterThanOrEqual(area.left - 1e-9);
      expect(v.x).toBeLessThanOrEqual(area.right + 1e-9);
      expect(v.y).toBeGreaterThanOrEqual(area.top - 1e-9);
      expect(v.y).toBeLessThanOrEqual(area.bottom + 1e-9);
    }
  });
});

describe("view state for explore mode, measures and saved views", () => {
  it("round-trips explore mode's nodes, sizes and colours, and a camera", () => {
    const s = { ...defaultState(), explore: true, open: ["state:qatar", "group:hamas"], depth: 3, hidden: ["state:iran"], pinned: ["state:egypt"] };
    Object.assign(s, { sizeBy: "betweenness", colourBy: "community", camera: { x: 0.25, y: 0.75, ratio: 0.5 } });
    expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
    expect(decodeState("?explore").explore).toBe(true);
    expect(decodeState("explore=0").explore).toBe(false);
    expect(decodeState("depth=9").depth).toBe(3);
    expect(decodeState("cam=1,2,-1").camera).toBeNull();
  });
});
