// The extractor checks its own graph before anyone loads it: a node without a name or a relationship
// to a node that is not there would make a whole corpus unloadable, so such an item is dropped and
// reported (naming its articles) and the rest of the graph goes through.
import { MAX_INDEXED_STRING_LENGTH, RELATION_ENDPOINTS, type GraphJson } from "@backchannel/schema";

export interface GraphDefect {
  /** The articles the dropped item was read from. */
  articles: string[];
  problem: string;
}

/** Drops nodes with empty or overlong names, aliases too long to index, and relationships whose endpoints are missing, of the wrong type or the same node. */
export function dropInvalid(graph: GraphJson): { graph: GraphJson; defects: GraphDefect[] } {
  const defects: GraphDefect[] = [];
  const types = new Map<string, string>();
  const nodes = graph.nodes.filter((n) => {
    const { name, aliases } = n.attributes;
    const problem = !name.trim() || !n.key.trim() ? "empty name" : name.length > MAX_INDEXED_STRING_LENGTH || n.key.length > MAX_INDEXED_STRING_LENGTH ? "name too long" : undefined;
    if (!problem) {
      types.set(n.key, n.attributes.type);
      // an alias too long to index is no name anyone types
      if (aliases.some((a) => a.length > MAX_INDEXED_STRING_LENGTH)) n.attributes.aliases = aliases.filter((a) => a.length <= MAX_INDEXED_STRING_LENGTH);
      return true;
    }
    defects.push({ articles: n.attributes.articles, problem: `dropped ${n.attributes.type} node "${n.key.slice(0, 80)}": ${problem}` });
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
