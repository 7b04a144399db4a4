// Shapes of the gold annotations, of the graph as the scorer reads it, and of a score report.

/** A gold reference to an entity: one id, or a list of ids any of which is acceptable. */
export type GoldRef = string | readonly string[];

export interface GoldEntity {
  type: string;
  /** Every surface form that names the entity. */
  names: string[];
  /** Meetings: names of the place. */
  place?: string[];
  /** Meetings: an ISO date, a [start, end] range, or null when the text gives none. */
  date?: string | [string, string] | null;
}

/** [demander, target or "*", the demand in the article's words]. */
export type DemandWhatEntry = readonly [GoldRef, GoldRef, string];

export interface GoldArticle {
  entities?: string[];
  optional_entities?: string[];
  mediates?: GoldRef[];
  optional_mediates?: GoldRef[];
  meets?: [GoldRef, GoldRef][];
  optional_meets?: [GoldRef, GoldRef][];
  demands?: [GoldRef, GoldRef][];
  optional_demands?: [GoldRef, GoldRef][];
  affiliated?: [GoldRef, GoldRef][];
  optional_affiliated?: [GoldRef, GoldRef][];
  demand_what?: DemandWhatEntry[];
}

export interface Gold {
  about?: string;
  entities: Record<string, GoldEntity>;
  /** Keyed by article id (the file name without its extension). */
  articles: Record<string, GoldArticle>;
}

/** A node of the predicted graph, read leniently so that a broken graph is scored and its problems listed. */
export interface PredictedNode {
  key: string;
  type: string | undefined;
  name: string;
  aliases: string[];
  articles: string[];
  place: string | undefined;
  date: string | undefined;
}

export interface PredictedEdge {
  source: string;
  target: string;
  type: string | undefined;
  /** The articles of the edge's evidence entries. */
  articles: Set<string>;
  /** DEMANDS: the `what` attribute, when it is a string. */
  what: string | undefined;
}

export interface PredictedGraph {
  nodes: Map<string, PredictedNode>;
  edges: PredictedEdge[];
  /** Ways in which the graph breaks the graph.json contract. */
  problems: string[];
}

export const RELATION_CATEGORIES = ["MEDIATES", "MEETS", "DEMANDS", "AFFILIATED_WITH"] as const;
export const CATEGORIES = ["entities", ...RELATION_CATEGORIES] as const;
export type RelationCategory = (typeof RELATION_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** One miss or false positive, for --verbose. */
export interface Detail {
  article: string;
  category: Category | "DEMANDS what";
  kind: string;
  what: string;
}

/** How one demand_what entry was read. */
export interface DemandWhatScore {
  article: string;
  demander: GoldRef;
  target: GoldRef;
  gold: string;
  /** The best-matching predicted phrase, or null when no DEMANDS edge fits. */
  predicted: string | null;
  f1: number;
}

export interface DemandWhatSummary {
  entries: number;
  /** Entries for which a DEMANDS edge from the demander (to the target) was predicted. */
  found: number;
  /** Mean token F1 over every entry (a missing edge counts as 0). */
  meanF1: number;
  /** Share of entries whose token F1 is at least DEMAND_WHAT_GOOD_F1. */
  shareGood: number;
  scores: DemandWhatScore[];
}

export type ScoreResult = Record<Category | "relations", Prf>;

export interface ScoreReport {
  result: ScoreResult;
  /** Present when the gold has demand_what entries. */
  demandWhat: DemandWhatSummary | undefined;
  details: Detail[];
  problems: string[];
}
