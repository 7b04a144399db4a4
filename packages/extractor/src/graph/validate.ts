// The extractor checks its own graph before anyone loads it: a node without a name or a relationship
// to a node that is not there would make a whole corpus unloadable, so such an item is dropped and
// reported (naming its articles) and the rest of the graph goes through.
import { RELATION_ENDPOINTS, type GraphJson } from "@backchannel/schema";

export interface GraphDefect {
  /** The articles the dropped item was read from. */
  articles: string[];
  problem: string;
}

/** Drops nodes with empty names and relationships whose endpoints are missing, of the wrong type or the same node. */
export function dropInvalid(graph: GraphJson): { graph: GraphJson; defects: GraphDefect[] } {
  const defects: GraphDefect[] = [];
  const types = new Map<string, string>();
  const nodes = graph.nodes.filter((n) => {
    if (n.attributes.name.trim() && n.key.trim()) {
      types.set(n.key, n.attributes.type);
      return true;
    }
    defects.push({ articles: n.attributes.articles, problem: `dropped ${n.attributes.type} node "${n.key}": empty name` });
    return false;
  });
  if (nodes.length === graph.nodes.length && graph.edges.every((e) => e.source !== e.target && endpointsFit(types, e))) return { graph, defects };
  const edges = graph.edges.filter((e) => {
    if (e.source !== e.target && endpointsFit(types, e)) return true;
    const articles = [...new Set(e.attributes.evidence.map((x) => x.article))];
    defects.push({ articles, problem: `dropped ${e.attributes.type} ${e.source} -> ${e.target}: ${e.source === e.target ? "a node related to itself" : "a missing endpoint or one of a type it cannot join"}` });
    return false;
  });
  return { graph: { ...graph, nodes, edges }, defects };
}

function endpointsFit(types: ReadonlyMap<string, string>, e: GraphJson["edges"][number]): boolean {
  const s = types.get(e.source);
  const t = types.get(e.target);
  if (!s || !t) return false;
  const [from, to] = RELATION_ENDPOINTS[e.attributes.type];
  return (from as readonly string[]).includes(s) && (to as readonly string[]).includes(t);
}
