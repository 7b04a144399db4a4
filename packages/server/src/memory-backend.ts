// A graph.json served from memory (no Neo4j): the viewer works, search works, Cypher says it needs Neo4j.
import { normName, type GraphJson } from "@backchannel/schema";
import type { SearchResult } from "./api-types.js";

export class MemoryGraph {
  private readonly index: { key: string; norms: string[]; result: SearchResult }[];
  constructor(readonly graph: GraphJson) {
    this.index = graph.nodes
      .filter((n) => n.attributes.type !== "Article")
      .map((n) => ({
        key: n.key,
        norms: [n.attributes.name, ...n.attributes.aliases].map(normName),
        result: { key: n.key, type: n.attributes.type, name: n.attributes.name, aliases: n.attributes.aliases },
      }));
  }

  /** Exact name/alias matches first, then prefix matches, then substring matches. */
  search(q: string, limit: number): SearchResult[] {
    const want = normName(q);
    if (!want) return [];
    const rank = (norms: string[]) =>
      norms.includes(want) ? 0 : norms.some((s) => s.startsWith(want)) ? 1 : norms.some((s) => s.includes(want)) ? 2 : 3;
    return this.index
      .map((e) => ({ e, r: rank(e.norms) }))
      .filter((x) => x.r < 3)
      .sort((a, b) => a.r - b.r || a.e.result.name.localeCompare(b.e.result.name))
      .slice(0, limit)
      .map((x) => x.e.result);
  }
}
