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
