// Brokers and communities of what the page holds, measured in the browser with the libraries the CLI
// uses (packages/server's analysis.ts) on the same actor network (actorNetwork in @backchannel/schema),
// so `backchannel brokers` and the picture agree on the same graph.
import { actorNetwork, numberCommunities, seededRandom } from "@backchannel/schema";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import type { BcGraph } from "../graph/types.js";

/**
 * Brandes' betweenness costs actors × links: past this many actors it would hold the page for seconds
 * (the CLI measures any size).
 */
export const MAX_MEASURED_ACTORS = 5_000;

export interface NetworkMeasures {
  betweenness: Map<string, number>;
  maxBetweenness: number;
  /** Community of each actor, numbered from 1 by size. */
  community: Map<string, number>;
  /** Communities by number: size and members, most brokering first. */
  communities: { id: number; members: string[] }[];
}

/** Betweenness and communities of the graph's actor network, or why not. */
export function measureNetwork(graph: BcGraph): NetworkMeasures | string {
  const net = actorNetwork(
    graph.mapNodes((k, a) => [k, a.type]),
    graph.mapEdges((_e, a, source, target) => ({ type: a.type, source, target })),
  );
  if (net.actors.length > MAX_MEASURED_ACTORS)
    return `${net.actors.length.toLocaleString("en")} actors: too many to measure in the page; \`backchannel brokers\` and \`backchannel communities\` measure any size`;
  const g = new UndirectedGraph();
  for (const a of net.actors) g.addNode(a);
  for (const [a, b] of net.links) g.addEdge(a, b);
  const b = betweennessCentrality(g, { normalized: true });
  const betweenness = new Map(net.actors.map((k) => [k, b[k] ?? 0]));
  const community = numberCommunities(new Map(Object.entries(louvain(g, { rng: seededRandom() }))));
  const byBrokerage = [...net.actors].sort((x, y) => betweenness.get(y)! - betweenness.get(x)! || (x < y ? -1 : 1));
  const communities: NetworkMeasures["communities"] = [];
  for (const k of byBrokerage) {
    const id = community.get(k)!;
    const c = communities[id - 1] ?? { id, members: [] };
    communities[id - 1] = c;
    c.members.push(k);
  }
  return { betweenness, maxBetweenness: Math.max(0, ...betweenness.values()), community, communities };
}

/** Twelve colours told apart by most eyes (Tableau 10 and two more); further communities reuse them. */
export const COMMUNITY_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
  "#17becf",
  "#8c564b",
];
export const communityColor = (id: number): string => COMMUNITY_COLORS[(id - 1) % COMMUNITY_COLORS.length]!;

/** A node's drawn size by betweenness: the top broker as big as the biggest hub, non-brokers small. */
export function sizeForBetweenness(b: number, max: number): number {
  return max > 0 ? 3 + 25 * Math.sqrt(b / max) : 4;
}
