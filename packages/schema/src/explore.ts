// Explore mode: an actor's neighbourhood and the most connected actors, for graphs too big to ship
// whole. Both backends (Neo4j through the store, graphology in the server's memory mode) supply the
// steps of the walk; the walk itself, which decides what is kept when a cap is reached, is this one
// function, so the two answer alike.
import { z } from "zod";
import { EdgeAttributesSchema, SerializedNodeSchema } from "./graph.js";
import { NodeRefSchema } from "./lookups/facts.js";
import type { DateWindow } from "./lookups/contract.js";
import { RELATION_TYPES, type RelationType } from "./ontology.js";

export const EXPLORE_MAX_DEPTH = 3;
/** Nodes one neighbourhood answer carries at most unless asked for fewer. */
export const EXPLORE_DEFAULT_LIMIT = 500;
export const EXPLORE_MAX_LIMIT = 5_000;

/** A relationship without its evidence (the viewer fetches it for what its details panel shows). */
export const LeanEdgeSchema = z.object({
  key: z.string().optional(),
  source: z.string().min(1),
  target: z.string().min(1),
  undirected: z.boolean().optional(),
  attributes: EdgeAttributesSchema.omit({ evidence: true }).passthrough(),
});
export type LeanEdge = z.infer<typeof LeanEdgeSchema>;

/**
 * GET /api/neighbourhood: the nodes within `depth` steps of `centre` over the relationships asked for
 * (seen in the date window), and every such relationship among them, in key order. When the cap
 * leaves nodes out (`truncated`), the nearer and more connected ones stay (`reached` counts them all).
 */
export const NeighbourhoodResponseSchema = z.object({
  centre: NodeRefSchema,
  depth: z.number().int(),
  nodes: z.array(SerializedNodeSchema),
  edges: z.array(LeanEdgeSchema),
  /** Nodes the walk reached up to the step where it stopped, the centre included. */
  reached: z.number().int(),
  truncated: z.boolean(),
});
export type NeighbourhoodResponse = z.infer<typeof NeighbourhoodResponseSchema>;

/** An actor and its degree: relationships but MENTIONED_IN (every actor has articles; that says nothing). */
export const RankedActorSchema = NodeRefSchema.extend({ degree: z.number().int() });
export type RankedActor = z.infer<typeof RankedActorSchema>;

/** GET /api/top-actors: the most connected actors, most first (ties by key). */
export const TopActorsResponseSchema = z.object({ actors: z.array(RankedActorSchema) });
export type TopActorsResponse = z.infer<typeof TopActorsResponseSchema>;

export interface NeighbourhoodQuery extends DateWindow {
  /** 1 to EXPLORE_MAX_DEPTH. */
  depth: number;
  /** Relationship types walked; MENTIONED_IN only when asked for. */
  types: readonly RelationType[];
  /** Nodes kept at most, the centre included. */
  limit: number;
}

/** The relationship types a neighbourhood walks by default: all but provenance. */
export const EXPLORE_DEFAULT_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => t !== "MENTIONED_IN");

type Answer<T> = T | Promise<T>;

/** One step of the walk: the new nodes found, and how many there are. */
export interface NeighbourhoodStep {
  /**
   * The distinct nodes one relationship away that are not kept yet, with their degree: all of them, or
   * at least every one whose degree is not below the `room`-th highest (ties included, so the walk's
   * own order picks among them). A backend may leave the others out: they cannot make the cut.
   */
  found: { key: string; degree: number }[];
  /** How many distinct new nodes the step reached, those left out included. */
  total: number;
}

/** What a backend answers for the walk; exploreNeighbourhood() decides the rest. */
export interface NeighbourhoodSource {
  /**
   * The nodes one relationship (of the types, seen in the window) away from any of `frontier`, but
   * those `kept` already; `room` is how many the walk can still keep.
   */
  step(frontier: readonly string[], q: NeighbourhoodQuery, kept: ReadonlySet<string>, room: number): Answer<NeighbourhoodStep>;
  /** The nodes of `keys` and the relationships (of the types, seen in the window) among them, without evidence. */
  subgraph(keys: readonly string[], q: NeighbourhoodQuery): Answer<Pick<NeighbourhoodResponse, "nodes" | "edges">>;
}

/** Both backends answer these; a name is a key, a name or an alias, as for lookups. */
export interface ExploreBackend {
  neighbourhood(name: string, q: NeighbourhoodQuery): Answer<NeighbourhoodResponse>;
  topActors(limit: number): Answer<RankedActor[]>;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Breadth first from the centre: each step's new nodes, most connected first (then by key), until the
 * cap; a step that does not fit is cut and the walk stops there, so what is shown is always the
 * nearest part of the neighbourhood.
 */
export async function exploreNeighbourhood(
  source: NeighbourhoodSource,
  centre: z.infer<typeof NodeRefSchema>,
  q: NeighbourhoodQuery,
): Promise<NeighbourhoodResponse> {
  const kept = new Set([centre.key]);
  let frontier = [centre.key];
  let reached = 1;
  let truncated = false;
  for (let d = 1; d <= q.depth && frontier.length && !truncated; d++) {
    const room = Math.max(q.limit - kept.size, 0);
    const step = await source.step(frontier, q, kept, room);
    const seen = new Set<string>();
    const found = step.found.filter((n) => !kept.has(n.key) && !seen.has(n.key) && seen.add(n.key));
    found.sort((a, b) => b.degree - a.degree || byKey(a.key, b.key));
    reached += step.total;
    if (step.total > room) truncated = true;
    frontier = found.slice(0, room).map((n) => n.key);
    for (const k of frontier) kept.add(k);
  }
  const { nodes, edges } = await source.subgraph([...kept], q);
  nodes.sort((a, b) => byKey(a.key, b.key));
  const edgeOrder = (e: LeanEdge) => `${e.attributes.type} ${e.source} ${e.target}`;
  edges.sort((a, b) => byKey(edgeOrder(a), edgeOrder(b)));
  return { centre, depth: q.depth, nodes, edges, reached, truncated };
}
