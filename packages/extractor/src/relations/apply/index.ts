// One apply step per relation type.
import type { ApplyResult, PatternRelation, ArticleContext, RuleMatch } from "../model.js";
import { applyAttends } from "./attends.js";
import { applyDemands } from "./demands.js";
import { applyMediates } from "./mediates.js";
import { applyMeets } from "./meets.js";

export const APPLY: Readonly<Record<PatternRelation, (ctx: ArticleContext, match: RuleMatch) => ApplyResult>> = {
  MEDIATES: applyMediates,
  MEETS: applyMeets,
  ATTENDS: applyAttends,
  DEMANDS: applyDemands,
};
