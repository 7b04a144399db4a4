// The relation stage of one article, in order: chunks and context (./context.ts), then every sentence
// token by token: the best rule match (./pattern.ts), its arguments (./read-match.ts), the apply step
// of its relation type (./apply); then the article passes (./passes).
import { APPLY } from "./apply/index.js";
import { createContext } from "./context.js";
import type { Fact, RelationInput } from "./model.js";
import { ARTICLE_PASSES } from "./passes/index.js";
import { bestMatchAt } from "./pattern.js";
import { readMatch } from "./read-match.js";

export type { Fact, FactTarget, RelationInput } from "./model.js";

export function extractRelations(inp: RelationInput): Fact[] {
  const ctx = createContext(inp);
  for (let s = 0; s < ctx.sentences.length; s++) {
    const sen = ctx.sentences[s]!;
    for (let i = sen.tokStart; i < sen.tokEnd; i++) {
      const found = bestMatchAt(ctx, i, s);
      if (!found) continue;
      const match = readMatch(ctx, found.best.rule, i, found.end, s, sen);
      if (match) APPLY[match.rule.type](ctx, match);
    }
  }
  for (const pass of ARTICLE_PASSES) pass.run(ctx);
  return ctx.facts;
}
