// Explore mode in memory: the steps of a neighbourhood walk over the graphology graph, as the store's
// Cypher takes them over Neo4j (exploreNeighbourhood in @backchannel/schema decides what is kept).
import type { MultiGraph } from "graphology";
import {
  ACTOR_TYPES,
  type LeanEdge,
  type NeighbourhoodQuery,
  type NeighbourhoodSource,
  type NodeRef,
  type RankedActor,
  type SerializedNode,
  type Span,
} from "@backchannel/schema";

type Attrs = Record<string, unknown>;

export interface MemoryExploreDeps {
  g: MultiGraph;
  /** Whether an edge was seen in the window (its firstSeen/lastSeen, own or from its evidence). */
  seen: (edge: string, q: NeighbourhoodQuery) => boolean;
  ref: (key: string) => NodeRef;
  /** An edge's firstSeen/lastSeen, its own or from its evidence, as Neo4j stores them. */
  span: (edge: string) => Span | undefined;
  /** Edge keys the graph.json gave (others were generated on import and are not sent). */
  ownKeys: ReadonlySet<string>;
}

/** Relationships but MENTIONED_IN, as the store counts them. */
export function degreeOf(g: MultiGraph, key: string): number {
  let n = 0;
  g.forEachEdge(key, (_e, a) => {
    if (a.type !== "MENTIONED_IN") n++;
  });
  return n;
}

export function memoryNeighbourhoodSource(d: MemoryExploreDeps): NeighbourhoodSource {
  const { g } = d;
  const walks = (e: string, q: NeighbourhoodQuery) => q.types.includes(g.getEdgeAttribute(e, "type") as never) && d.seen(e, q);
  return {
    step(frontier, q, kept) {
      const out = new Map<string, number>();
      for (const k of frontier) {
        g.forEachEdge(k, (e) => {
          if (!walks(e, q)) return;
          const m = g.opposite(k, e);
          if (!kept.has(m) && !out.has(m)) out.set(m, degreeOf(g, m));
        });
      }
      // Every new node: the walk sorts and cuts (nothing crosses a wire here to save).
      return { found: [...out].map(([key, degree]) => ({ key, degree })), total: out.size };
    },
    subgraph(keys, q) {
      const kept = new Set(keys);
      const nodes: SerializedNode[] = keys.map((key) => ({ key, attributes: g.getNodeAttributes(key) as SerializedNode["attributes"] }));
      const edges: LeanEdge[] = [];
      for (const k of keys) {
        g.forEachOutEdge(k, (e, a, s, t) => {
          if (!kept.has(t) || !walks(e, q)) return;
          const { evidence: _none, ...attributes } = a as Attrs;
          const attrs = { ...attributes, ...d.span(e) } as LeanEdge["attributes"];
          edges.push({ ...(d.ownKeys.has(e) ? { key: e } : {}), source: s, target: t, attributes: attrs });
        });
      }
      return { nodes, edges };
    },
  };
}

/** Every actor with its degree, most first, ties by key (the store's ORDER BY degree DESC, n.id). */
export function rankActors(d: MemoryExploreDeps): RankedActor[] {
  const actors: RankedActor[] = [];
  d.g.forEachNode((key, a) => {
    if ((ACTOR_TYPES as readonly string[]).includes(a.type as string)) actors.push({ ...d.ref(key), degree: degreeOf(d.g, key) });
  });
  return actors.sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
