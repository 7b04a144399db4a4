// Brokers and communities on small graphs whose answers are known by hand: betweenness on a path and
// on two triangles joined by a bridge, Louvain splitting those triangles, meetings linking their
// parties and articles linking no one; then the commands' output in the three formats.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphJson, NodeType, RelationType } from "@backchannel/schema";
import { analyseActors } from "@backchannel/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";

const node = (key: string, type: NodeType = "State") => ({ key, attributes: { type, name: key.split(":")[1]!.toUpperCase(), aliases: [], articles: [] } });
const edge = (source: string, target: string, type: RelationType = "MEETS") => ({
  source,
  target,
  attributes: { type, evidence: [{ article: "a", sentence: "s" }] },
});
const graph = (nodes: GraphJson["nodes"], edges: GraphJson["edges"]): GraphJson => ({
  attributes: {},
  options: { type: "mixed", multi: true, allowSelfLoops: false },
  nodes,
  edges,
});

/** Two triangles a-b-c and d-e-f, joined by the bridge c-d. */
const bridge = graph(
  ["a", "b", "c", "d", "e", "f"].map((k) => node(`state:${k}`)),
  [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
    ["c", "d"],
    ["d", "e"],
    ["e", "f"],
    ["d", "f"],
  ].map(([s, t]) => edge(`state:${s}`, `state:${t}`)),
);

describe("analyseActors", () => {
  it("on a path a-b-c, b lies on the one path between the others", () => {
    const r = analyseActors(graph([node("state:a"), node("state:b"), node("state:c")], [edge("state:a", "state:b"), edge("state:b", "state:c", "DEMANDS")]));
    expect(r.actors.map((a) => [a.key, a.betweenness, a.degree])).toEqual([
      ["state:b", 1, 2],
      ["state:a", 0, 1],
      ["state:c", 0, 1],
    ]);
  });

  it("on two triangles joined by a bridge: the bridge's ends broker, Louvain finds the two triangles", () => {
    const r = analyseActors(bridge);
    // c lies on the shortest paths of a and b to d, e and f: 6 of the 10 pairs it is not part of.
    expect(r.actors.slice(0, 2).map((a) => a.key)).toEqual(["state:c", "state:d"]);
    for (const a of r.actors.slice(0, 2)) expect(a.betweenness).toBeCloseTo(0.6, 12);
    expect(r.actors.slice(2).every((a) => a.betweenness === 0)).toBe(true);
    expect(r.communities.map((c) => c.members.map((m) => m.key).sort())).toEqual([
      ["state:a", "state:b", "state:c"],
      ["state:d", "state:e", "state:f"],
    ]);
    expect(r.communities.map((c) => c.id)).toEqual([1, 2]);
    expect(r.modularity).toBeCloseTo(5 / 14, 5);
  });

  it("links two parties of one meeting, and nobody through an article", () => {
    const r = analyseActors(
      graph(
        [node("person:x", "Person"), node("person:y", "Person"), node("person:z", "Person"), node("meeting:m", "Meeting"), node("article:a", "Article")],
        [
          edge("person:x", "meeting:m", "ATTENDS"),
          edge("person:y", "meeting:m", "MEDIATES"),
          edge("person:y", "article:a", "MENTIONED_IN"),
          edge("person:z", "article:a", "MENTIONED_IN"),
        ],
      ),
    );
    expect(r.actors.map((a) => [a.key, a.degree])).toEqual([
      ["person:x", 1],
      ["person:y", 1],
      ["person:z", 0],
    ]);
    expect(r.communities.map((c) => c.size)).toEqual([2, 1]);
  });
});

describe("backchannel brokers and communities --graph", () => {
  let out = "";
  let file = "";
  beforeEach(() => {
    out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    file = join(mkdtempSync(join(tmpdir(), "bc-network-")), "bridge.graph.json");
    writeFileSync(file, JSON.stringify(bridge));
  });
  afterEach(() => vi.restoreAllMocks());

  it("prints brokers as a table, JSON and CSV", async () => {
    expect(await main(["brokers", "--graph", file, "--limit", "3"])).toBe(0);
    expect(out.split("\n").slice(0, 4)).toEqual([
      "rank | actor | type  | betweenness | linked | community",
      "-----+-------+-------+-------------+--------+----------",
      "1    | C     | State | 0.6000      | 3      | 1",
      "2    | D     | State | 0.6000      | 3      | 2",
    ]);
    out = "";
    expect(await main(["brokers", "--graph", file, "--format", "json", "--limit", "2"])).toBe(0);
    const json = JSON.parse(out) as { key: string; betweenness: number; community: number }[];
    expect(json.map((a) => [a.key, a.betweenness.toFixed(6), a.community])).toEqual([
      ["state:c", "0.600000", 1],
      ["state:d", "0.600000", 2],
    ]);
    out = "";
    expect(await main(["brokers", "--graph", file, "--format", "csv", "--limit", "1"])).toBe(0);
    expect(out).toBe("rank,actor,type,betweenness,linked,community\n1,C,State,0.6000,3,1\n");
  });

  it("prints communities, largest first, members most brokering first", async () => {
    expect(await main(["communities", "--graph", file, "--format", "csv"])).toBe(0);
    expect(out).toBe("community,size,members (most brokering first)\n1,3,C; A; B\n2,3,D; E; F\n");
  });
});
