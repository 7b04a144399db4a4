// Commits outcomes, strictly in input order, into the graph builder and the failure list. With one
// worker or many, the builder sees the same calls in the same order: that is what makes graph.json
// byte-identical whatever the number of workers.
import type { GraphBuilder } from "../graph/builder.js";
import type { ArticleText, FileProblem } from "../types.js";
import type { ArticleOutcome, Entry } from "./types.js";

export class ResultSink {
  readonly failed: FileProblem[] = [];

  constructor(
    private readonly builder: GraphBuilder,
    private readonly onArticleText?: (a: ArticleText) => void,
  ) {}

  /** `outcome` is required for an article entry and ignored for a problem. */
  commit(entry: Entry, outcome?: ArticleOutcome): void {
    if (entry.kind === "problem") {
      this.failed.push(entry.problem);
      return;
    }
    if (!outcome) throw new Error(`internal: no extraction outcome for article ${entry.article.id}`);
    if (outcome.ok) {
      this.builder.addArticle({ ...outcome.result, text: entry.article.text });
      if (this.onArticleText) {
        const r = outcome.result;
        this.onArticleText({
          id: entry.article.id,
          text: entry.article.text,
          ...(r.title ? { title: r.title } : {}),
          ...(r.date ? { date: r.date } : {}),
          ...(r.source ? { source: r.source } : {}),
          ...(r.url ? { url: r.url } : {}),
        });
      }
    } else {
      // a defect, not bad input: report it against the file and carry on
      this.failed.push({ file: entry.file, reason: `extraction failed for article ${entry.article.id}: ${outcome.reason}` });
    }
  }
}
