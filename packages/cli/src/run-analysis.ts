// `brokers` and `communities`: betweenness and Louvain communities of the actor network, computed by
// analyseActors (@backchannel/server) on the graph read from Neo4j, or from a graph.json (--graph).
import { readFile } from "node:fs/promises";
import { type GraphJson, parseGraphJson } from "@backchannel/schema";
import { type ActorAnalysis, analyseActors } from "@backchannel/server";
import { log, withStore } from "./connect.js";
import { type OutputFormat, render } from "./format.js";
import type { ParsedArgs } from "./types.js";

/** Every node and relationship but articles and their MENTIONED_IN (the network leaves them out), without evidence. */
async function graphOf(a: ParsedArgs): Promise<Pick<GraphJson, "nodes" | "edges">> {
  const file = a.values.graph as string | undefined;
  if (file) return parseGraphJson(JSON.parse(await readFile(file, "utf8")));
  return withStore(false, async (s) => {
    const { graph } = await s.exportGraphPage({ includeArticles: false, evidence: false, limit: Number.MAX_SAFE_INTEGER });
    return graph;
  });
}

const formatOf = (a: ParsedArgs) => (a.values.format as OutputFormat | undefined) ?? "table";
const limitOf = (a: ParsedArgs) => (a.values.limit as number | undefined) ?? 20;
const share = (x: number) => x.toFixed(4);

export async function runBrokers(a: ParsedArgs): Promise<number> {
  const analysis: ActorAnalysis = analyseActors(await graphOf(a));
  const top = analysis.actors.slice(0, limitOf(a));
  const rows = top.map((x, i) => [i + 1, x.name, x.type, share(x.betweenness), x.degree, x.community]);
  process.stdout.write(render(formatOf(a), ["rank", "actor", "type", "betweenness", "linked", "community"], rows, top));
  log(`${top.length} of ${analysis.actors.length} actors, by betweenness (share of shortest paths between other actors through them)`);
  return 0;
}

export async function runCommunities(a: ParsedArgs): Promise<number> {
  const analysis = analyseActors(await graphOf(a));
  const shown = analysis.communities.slice(0, limitOf(a));
  const rows = shown.map((c) => [c.id, c.size, c.members.map((m) => m.name).join("; ")]);
  process.stdout.write(
    render(
      formatOf(a),
      ["community", "size", "members (most brokering first)"],
      rows,
      shown.map((c) => ({ ...c, members: c.members.map(({ key, type, name, betweenness }) => ({ key, type, name, betweenness })) })),
    ),
  );
  log(`${shown.length} of ${analysis.communities.length} communities (Louvain, modularity ${analysis.modularity.toFixed(3)})`);
  return 0;
}
