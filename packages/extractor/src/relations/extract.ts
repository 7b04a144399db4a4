// The relation stage of one article, in order: chunks and context (./context.ts), then every sentence
// token by token: the rule matches, best first (./pattern.ts), and of those the first whose arguments
// can be read (./read-match.ts), applied by the step of its relation type (./apply; a rule that shares
// its trigger, or whose hook declines the match, lets the next one read it too); then the article
// passes (./passes).
import { APPLY } from "./apply/index.js";
import { createContext } from "./context.js";
import type { Fact, RelationInput } from "./model.js";
import { ARTICLE_PASSES } from "./passes/index.js";
import { matchesAt } from "./pattern.js";
import { readMatch } from "./read-match.js";

export type { Fact, FactTarget, RelationInput } from "./model.js";

export function extractRelations(inp: RelationInput): Fact[] {
  const ctx = createContext(inp);
  for (let s = 0; s < ctx.sentences.length; s++) {
    const sen = ctx.sentences[s]!;
    for (let i = sen.tokStart; i < sen.tokEnd; i++) {
      for (const found of matchesAt(ctx, i, s)) {
        const match = readMatch(ctx, found.rule.rule, i, found.end, s, sen);
        if (!match) continue;
        ctx.at = i;
        const applied = APPLY[match.rule.type](ctx, match);
        if (applied !== "declined" && !match.rule.sharesTrigger) break;
      }
    }
  }
  ctx.at = undefined;
  for (const pass of ARTICLE_PASSES) pass.run(ctx);
  return ctx.facts;
}
