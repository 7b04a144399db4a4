// The actor network that brokerage (betweenness) and communities (Louvain) are measured on, defined
// once for the CLI (packages/server's analysis) and the viewer (which measures what it has loaded):
// actors (people, states, groups) joined when a relationship joins them or when they take part in the
// same meeting. Articles say who wrote about whom, not who deals with whom, and stay out.
import { isActorType, type NodeType } from "./ontology.js";

/** What the projection reads of a relationship. */
export interface NetworkEdge {
  type: string;
  source: string;
  target: string;
}

/** Taking part in a meeting: two parties of one meeting are linked through it. */
const PARTAKES = new Set(["ATTENDS", "MEDIATES", "MEETS"]);

export interface ActorNetwork {
  /** Actors, sorted by key: every consumer builds its graph in this order, so results agree. */
  actors: string[];
  /** Undirected links, each pair once as [smaller key, larger key], sorted. */
  links: [string, string][];
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The actor network of a graph, given each node's type and every relationship. */
export function actorNetwork(nodes: Iterable<[string, NodeType]>, edges: Iterable<NetworkEdge>): ActorNetwork {
  const type = new Map(nodes);
  const actors = [...type].filter(([, t]) => isActorType(t)).map(([k]) => k);
  const pairs = new Set<string>();
  const link = (a: string, b: string) => {
    if (a !== b) pairs.add(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  };
  const parties = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.type === "MENTIONED_IN") continue;
    const [s, t] = [type.get(e.source), type.get(e.target)];
    if (!s || !t) continue;
    if (isActorType(s) && isActorType(t)) link(e.source, e.target);
    else if (isActorType(s) && t === "Meeting" && PARTAKES.has(e.type)) {
      const set = parties.get(e.target) ?? new Set<string>();
      set.add(e.source);
      parties.set(e.target, set);
    }
  }
  for (const set of parties.values()) {
    const list = [...set];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) link(list[i]!, list[j]!);
  }
  const links = [...pairs].sort(byKey).map((p) => p.split("\u0000") as [string, string]);
  return { actors: actors.sort(byKey), links };
}

/**
 * A seeded random source (mulberry32) for Louvain, which visits nodes in random order: the same seed
 * gives the same communities in the CLI and in the browser.
 */
export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Louvain's community labels renumbered 1, 2, … by size (largest first), ties by their first member's
 * key: labels that mean the same in every run and every consumer.
 */
export function numberCommunities(labels: ReadonlyMap<string, number | string>): Map<string, number> {
  const groups = new Map<number | string, string[]>();
  for (const [k, c] of labels) groups.set(c, [...(groups.get(c) ?? []), k]);
  const ordered = [...groups.values()].map((m) => m.sort(byKey)).sort((a, b) => b.length - a.length || byKey(a[0]!, b[0]!));
  const out = new Map<string, number>();
  ordered.forEach((members, i) => {
    for (const m of members) out.set(m, i + 1);
  });
  return out;
}
