// The layout's copy of the graph, built in slices so a big graph does not hold the page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { mergeGraphJson } from "../src/graph/index.js";
import { copyForLayout } from "../src/layout/index.js";

const seeds = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "seeds.graph.json"), "utf8"));

type Pos = { x: number; y: number; size: number };
const emptyCopy = () => new Graph<Pos>({ type: "undirected", multi: false, allowSelfLoops: false });

describe("copyForLayout", () => {
  it("copies positions, sizes and one weighted undirected edge per pair, whatever the slice size", () => {
    const graph = mergeGraphJson(seeds);
    const whole = emptyCopy();
    let yields = 0;
    for (const _ of copyForLayout(graph, whole, 1e9)) yields++;
    expect(yields).toBe(0);
    expect(whole.order).toBe(graph.order);
    expect(whole.getNodeAttributes("state:qatar")).toEqual({
      x: graph.getNodeAttribute("state:qatar", "x"),
      y: graph.getNodeAttribute("state:qatar", "y"),
      size: graph.getNodeAttribute("state:qatar", "size"),
    });
    // Parallel relationships between two actors are one layout edge; provenance pulls weakly.
    expect(whole.size).toBeLessThan(graph.size);
    const mention = graph.findEdge((_e, a) => a.type === "MENTIONED_IN")!;
    const [s, t] = graph.extremities(mention);
    expect(whole.getEdgeAttribute(whole.edge(s, t)!, "weight")).toBeLessThanOrEqual(1);

    const sliced = emptyCopy();
    yields = 0;
    for (const _ of copyForLayout(graph, sliced, 25)) yields++;
    expect(yields).toBe(Math.floor((graph.order + graph.size) / 25));
    // The same copy (edge keys are generated per graph, so compare endpoints and weights).
    const edges = (g: Graph<Pos>) => g.mapEdges((_e, a, s2, t2) => [s2, t2, a.weight].join("|")).sort();
    expect(sliced.export().nodes).toEqual(whole.export().nodes);
    expect(edges(sliced)).toEqual(edges(whole));
  });
});
