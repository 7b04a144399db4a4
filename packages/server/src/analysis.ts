// Brokers and communities of the actor network (actorNetwork in @backchannel/schema): betweenness
// centrality (who sits on the shortest paths between others) and Louvain communities. The CLI runs
// this on the graph it reads from Neo4j or a graph.json; the viewer runs the same libraries, on the
// same network, in the browser.
import { actorNetwork, type GraphJson, type NodeRef, type NodeType, numberCommunities, seededRandom } from "@backchannel/schema";
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";

// Both are CommonJS (`module.exports = fn`) typed as ES modules with a default export: under Node's
// ESM the default import is the function itself, which the types (under NodeNext) call `.default`;
// under a bundler's resolution (the viewer's typecheck reads this file too) the types agree with Node.
type Unwrapped<T> = T extends { default: infer D } ? D : T;
const cjs = <T>(m: T): Unwrapped<T> => ((m as { default?: unknown }).default ?? m) as Unwrapped<T>;
const betweennessCentrality = cjs(betweennessModule);
const louvain = cjs(louvainModule);

export interface ActorMeasure extends NodeRef {
  /** Normalised betweenness: the share of shortest paths between other actors that pass through this one. */
  betweenness: number;
  /** Actors it is linked to in the actor network. */
  degree: number;
  /** Its Louvain community, numbered from 1 by size. */
  community: number;
}

export interface Community {
  id: number;
  size: number;
  /** Members, most brokering first. */
  members: ActorMeasure[];
}

export interface ActorAnalysis {
  /** Every actor, most brokering first (ties by key). */
  actors: ActorMeasure[];
  communities: Community[];
  /** Louvain's modularity of the partition (how much denser communities are inside than chance). */
  modularity: number;
}

type GraphLike = Pick<GraphJson, "nodes" | "edges">;

/** Betweenness and communities of the actor network of a graph. */
export function analyseActors(graph: GraphLike): ActorAnalysis {
  const net = actorNetwork(
    graph.nodes.map((n) => [n.key, n.attributes.type as NodeType]),
    graph.edges.map((e) => ({ type: e.attributes.type, source: e.source, target: e.target })),
  );
  const g = new UndirectedGraph();
  for (const a of net.actors) g.addNode(a);
  for (const [a, b] of net.links) g.addEdge(a, b);
  const betweenness = betweennessCentrality(g, { normalized: true });
  const { communities: labels, modularity } = louvain.detailed(g, { rng: seededRandom() });
  const community = numberCommunities(new Map(Object.entries(labels)));
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const actors = net.actors.map((key): ActorMeasure => {
    const a = byKey.get(key)!.attributes;
    return { key, type: a.type, name: a.name, betweenness: betweenness[key] ?? 0, degree: g.degree(key), community: community.get(key) ?? 0 };
  });
  actors.sort((x, y) => y.betweenness - x.betweenness || (x.key < y.key ? -1 : 1));
  const communities = new Map<number, ActorMeasure[]>();
  for (const a of actors) communities.set(a.community, [...(communities.get(a.community) ?? []), a]);
  return {
    actors,
    communities: [...communities].sort(([x], [y]) => x - y).map(([id, members]) => ({ id, size: members.length, members })),
    modularity,
  };
}
