// What a lookup answers, the same from Neo4j (store) and from a graph in memory (server), and what
// the CLI prints and the HTTP API returns. Zod schemas, so the API's OpenAPI document is generated
// from the same source as the types.
import { z } from "zod";
import { EvidenceSchema } from "./graph.js";
import { NODE_TYPES } from "./ontology.js";

/** A node as a lookup names it: enough to print and to link, not the whole node. */
export const NodeRefSchema = z.object({
  key: z.string(),
  type: z.enum(NODE_TYPES),
  name: z.string(),
  date: z.string().optional(),
  place: z.string().optional(),
});
export type NodeRef = z.infer<typeof NodeRefSchema>;

/** One relationship as a lookup answers it, with its evidence. */
export const FactSchema = z.object({
  type: z.string(),
  from: NodeRefSchema,
  to: NodeRefSchema,
  what: z.string().optional(),
  role: z.string().optional(),
  cameo: z.string().optional(),
  /** For facts derived through a meeting (co-attendance): the meeting. */
  via: NodeRefSchema.optional(),
  evidence: z.array(EvidenceSchema),
});
export type Fact = z.infer<typeof FactSchema>;

/** The lookups, by the names the HTTP API uses (`GET /api/lookup/<kind>`). */
export const LOOKUP_KINDS = ["mediators", "meetings", "met", "demands", "affiliations", "neighbours", "paths", "timeline"] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export type DemandDirection = "by" | "of" | "both";

/** A meeting's mediators, the mediators between two parties, or (neither) every mediator. */
export interface MediatorsQuery {
  meeting?: string;
  between?: [string, string];
}

type Answer<T> = T | Promise<T>;

/**
 * The lookup contract. Two backends implement it, the store (Cypher over Neo4j) and the server's
 * memory mode (graphology over a graph.json), and one conformance suite holds them to the same
 * answers. A name is a node key, a name or an alias; an unknown or ambiguous one throws.
 */
export interface LookupBackend {
  mediators(q?: MediatorsQuery): Answer<Fact[]>;
  /** Meetings an actor attended, mediated or met at, in date order. */
  meetings(actor: string): Answer<Fact[]>;
  timeline(actor: string): Answer<Fact[]>;
  /** Direct MEETS, and co-participants of the same meeting (with the meeting as `via`). */
  met(actor: string): Answer<Fact[]>;
  demands(actor: string, direction?: DemandDirection): Answer<Fact[]>;
  affiliations(actor: string): Answer<Fact[]>;
  /** Every relationship of a node but MENTIONED_IN. */
  neighbours(name: string): Answer<Fact[]>;
  /** Shortest paths between two nodes, never through articles. */
  paths(from: string, to: string): Answer<Fact[][]>;
}
