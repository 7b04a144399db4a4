// What a lookup answers, the same from Neo4j (store) and from a graph in memory (server), and what
// the CLI prints and the HTTP API returns. Zod schemas, so the API's OpenAPI document is generated
// from the same source as the types.
import { z } from "zod";
import { EvidenceSchema } from "../graph.js";
import { NODE_TYPES } from "../ontology.js";

/** A node as a lookup names it: enough to print and to link, not the whole node. */
export const NodeRefSchema = z.object({
  key: z.string(),
  type: z.enum(NODE_TYPES),
  name: z.string(),
  date: z.string().optional(),
  place: z.string().optional(),
});
export type NodeRef = z.infer<typeof NodeRefSchema>;

/**
 * An evidence entry as a lookup gives it: the entry, plus what the Article node says about its
 * article, so that a citation is readable without a second question (an article id alone is not).
 * `date` is the entry's own date, else the article's publication date.
 */
export const FactEvidenceSchema = EvidenceSchema.extend({
  /** The article's headline. */
  title: z.string().optional(),
  /** The outlet or site that published it. */
  source: z.string().optional(),
});
export type FactEvidence = z.infer<typeof FactEvidenceSchema>;

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
  /** The earliest and latest date of the fact's evidence (ISO), when any entry is dated. */
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
  evidence: z.array(FactEvidenceSchema),
});
export type Fact = z.infer<typeof FactSchema>;

/** What changed around a window: facts first seen in it, and facts last seen before it. */
export const ChangesSchema = z.object({
  /** First seen within the window: new mediators, new demands, new meetings. */
  started: z.array(FactSchema),
  /** Last seen before the window began: who stopped mediating, demands no longer repeated. */
  stopped: z.array(FactSchema),
});
export type Changes = z.infer<typeof ChangesSchema>;
