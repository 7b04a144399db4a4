// Request validation with zod: a bad request gets a 400 that names the field, never a stack.
import { z } from "zod";
import {
  EXPLORE_DEFAULT_LIMIT,
  EXPLORE_DEFAULT_TYPES,
  EXPLORE_MAX_DEPTH,
  EXPLORE_MAX_LIMIT,
  isIsoDate,
  RELATION_TYPES,
  type RelationType,
} from "@backchannel/schema";
import { HttpError } from "./http.js";

export const SearchParamsSchema = z.object({
  q: z.string().min(1, "q is required").max(200),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

/** GET /api/graph: `evidence=none` leaves the evidence out (the viewer fetches it per node or edge). */
export const GraphParamsSchema = z.object({
  evidence: z.enum(["all", "none"]).default("all"),
});

const key = z.string().min(1).max(1000);
/** GET /api/evidence: a node's relationships (`node`), or one relationship (`type`, `source`, `target`). */
export const ArticleParamsSchema = z.object({ id: z.string().min(1).max(2_000) });

export const EvidenceParamsSchema = z
  .object({
    node: key.optional(),
    type: z.enum(RELATION_TYPES).optional(),
    source: key.optional(),
    target: key.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.node !== undefined) {
      for (const f of ["type", "source", "target"] as const) {
        if (p[f] !== undefined) ctx.addIssue({ code: "custom", path: [f], message: "give either node, or type, source and target" });
      }
      return;
    }
    for (const f of ["type", "source", "target"] as const) {
      if (p[f] === undefined) ctx.addIssue({ code: "custom", path: [f], message: "required (or give node)" });
    }
  });
export type EvidenceParams = z.infer<typeof EvidenceParamsSchema>;

export { LOOKUP_KINDS, type LookupKind } from "@backchannel/schema";

const day = z.string().refine(isIsoDate, "expected an ISO date YYYY-MM-DD");

export const LookupParamsSchema = z
  .object({
    name: z.string().min(1).max(200).optional(),
    /** Second party (mediators between two parties) or path target. */
    other: z.string().min(1).max(200).optional(),
    meeting: z.string().min(1).max(200).optional(),
    direction: z.enum(["by", "of", "both"]).default("both"),
    /** Only facts seen in this window (every lookup but changes). */
    since: day.optional(),
    until: day.optional(),
    /** changes: the window whose new facts, and facts that stopped before it, are asked for. */
    from: day.optional(),
    to: day.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.since && p.until && p.since > p.until) ctx.addIssue({ code: "custom", path: ["until"], message: "must not be before since" });
    if (p.from && p.to && p.from > p.to) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  });
export type LookupParams = z.infer<typeof LookupParamsSchema>;

const relationTypes = z
  .string()
  .max(500)
  .transform((s, ctx) => {
    const types = [...new Set(s.split(",").filter(Boolean))];
    const bad = types.find((t) => !(RELATION_TYPES as readonly string[]).includes(t));
    if (bad !== undefined || !types.length) {
      ctx.addIssue({ code: "custom", message: `expected relationship types separated by commas, of ${RELATION_TYPES.join(", ")}` });
      return z.NEVER;
    }
    return types as RelationType[];
  });

/** GET /api/neighbourhood: a node's neighbourhood, walked over `types` (default: all but MENTIONED_IN) seen in the window. */
export const NeighbourhoodParamsSchema = z
  .object({
    name: z.string().min(1).max(1000),
    depth: z.coerce.number().int().min(1).max(EXPLORE_MAX_DEPTH).default(1),
    types: relationTypes.optional(),
    since: day.optional(),
    until: day.optional(),
    /** Nodes at most, the centre included. */
    limit: z.coerce.number().int().min(1).max(EXPLORE_MAX_LIMIT).default(EXPLORE_DEFAULT_LIMIT),
  })
  .superRefine((p, ctx) => {
    if (p.since && p.until && p.since > p.until) ctx.addIssue({ code: "custom", path: ["until"], message: "must not be before since" });
  })
  .transform((p) => ({ ...p, types: p.types ?? [...EXPLORE_DEFAULT_TYPES] }));
export type NeighbourhoodParams = z.infer<typeof NeighbourhoodParamsSchema>;

/** GET /api/top-actors: the `limit` most connected actors. */
export const TopActorsParamsSchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) });

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.join(".") || "body";
  throw new HttpError(400, `${field}: ${issue.message}`, field);
}
