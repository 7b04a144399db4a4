// Shapes of what the lookups' Cypher returns (see cypher.ts), before they become facts and names.
import type { Record as Neo4jRecord } from "neo4j-driver";

/** One read: an auto-commit query, as Lookups makes it. */
export type Read = (cypher: string, params: Record<string, unknown>) => Promise<{ records: Neo4jRecord[] }>;

/** What a ref() map comes back as. */
export interface RefRow {
  id: unknown;
  name: unknown;
  date: unknown;
  place: unknown;
  label: unknown;
}

/** A name candidate as candidate() returns it: a ref() and the node's aliases. */
export interface CandidateRow extends RefRow {
  aliases: unknown;
}

/** An Article node as a fact's query reads it: [id, title, date, source]. */
export type ArticleRow = [unknown, unknown, unknown, unknown];

/** One fact as FACT() returns it: the relationship's type, endpoints, properties and articles. */
export interface FactRow {
  type: unknown;
  s: RefRow;
  t: RefRow;
  /** The relationship's properties. */
  p: Record<string, unknown>;
  /** The Article nodes of the relationship's `articles` that exist. */
  a: ArticleRow[];
  /** For a fact derived through a meeting: the meeting. */
  via?: RefRow | null;
}

/** What FACT_TABLE returns: facts as [type, start, end, properties, articles, via?] by element id, and those nodes once each. */
export interface FactTable {
  facts: [unknown, unknown, unknown, Record<string, unknown>, ArticleRow[], unknown?][];
  nodes: [unknown, unknown, unknown, unknown, unknown, unknown][];
}

/** A lookup's facts of a node `a`: Cypher from `a` whose rows bind `r` (and `via`, when `via`), as FACT_TABLE takes them. */
export interface FactsOfNode {
  body: string;
  via?: boolean;
  params: Record<string, unknown>;
}
