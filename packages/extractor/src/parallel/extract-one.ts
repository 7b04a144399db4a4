// The one per-article step both the in-process path and the workers run, so that a failure reads
// the same whichever thread it happened on.
import type { ArticleRecord } from "../input/formats.js";
import type { Lexicon } from "../recognize/lexicon.js";
import { extractArticle } from "../resolve/article.js";
import type { ArticleOutcome, TestHooks } from "./types.js";

export function extractOutcome(article: ArticleRecord, lex: Lexicon, hooks?: TestHooks): ArticleOutcome {
  try {
    if (hooks?.throwOn !== undefined && hooks.throwOn === article.id) throw new Error("test hook: extraction throws for this article");
    const { text, ...result } = extractArticle(article, lex);
    return { ok: true, result };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
