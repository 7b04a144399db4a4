// The lookup contract: the questions both backends answer, and their parameters.
import type { Changes, Fact } from "./facts.js";

/** The lookups, by the names the HTTP API uses (`GET /api/lookup/<kind>`). */
export const LOOKUP_KINDS = ["mediators", "meetings", "met", "demands", "affiliations", "neighbours", "paths", "timeline", "changes"] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export type DemandDirection = "by" | "of" | "both";

/**
 * Facts whose dates meet this window (ISO `YYYY-MM-DD`, both ends included): a fact is kept when
 * it was seen at some point in it (firstSeen <= until and lastSeen >= since). A fact with no date
 * is left out as soon as either end is given: nothing says it belongs to the window.
 */
export interface DateWindow {
  since?: string;
  until?: string;
}

/** A meeting's mediators, the mediators between two parties, or (neither) every mediator. */
export interface MediatorsQuery extends DateWindow {
  meeting?: string;
  between?: [string, string];
}

/** `changes`: facts first seen from `from` to `to` (inclusive), and facts last seen before `from`. */
export interface ChangesQuery {
  from: string;
  to: string;
  /** Only the facts of this node. */
  name?: string;
}

type Answer<T> = T | Promise<T>;

/**
 * The lookup contract. Two backends implement it, the store (Cypher over Neo4j) and the server's
 * memory mode (graphology over a graph.json), and one conformance suite holds them to the same
 * answers. A name is a node key, a name or an alias; an unknown or ambiguous one throws a
 * NameResolutionError.
 */
export interface LookupBackend {
  /** Every way the graph says someone mediates: of a meeting, between two parties, or every mediator. */
  mediators(q?: MediatorsQuery): Answer<Fact[]>;
  /** Meetings an actor attended, mediated or met at, in date order. */
  meetings(actor: string, w?: DateWindow): Answer<Fact[]>;
  /** Every fact of a node but MENTIONED_IN, in date order (undated ones last). */
  timeline(actor: string, w?: DateWindow): Answer<Fact[]>;
  /** Who met whom, each other party once: a direct MEETS, else a shared meeting (as `via`). */
  met(actor: string, w?: DateWindow): Answer<Fact[]>;
  demands(actor: string, direction?: DemandDirection, w?: DateWindow): Answer<Fact[]>;
  affiliations(actor: string, w?: DateWindow): Answer<Fact[]>;
  /** Every relationship of a node but MENTIONED_IN. */
  neighbours(name: string, w?: DateWindow): Answer<Fact[]>;
  /** Shortest paths between two nodes, never through articles; with a window, only through its facts. */
  paths(from: string, to: string, w?: DateWindow): Answer<Fact[][]>;
  /** Facts first seen in a window, and facts last seen before it. */
  changes(q: ChangesQuery): Answer<Changes>;
}
