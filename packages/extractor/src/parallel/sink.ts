// Commits outcomes, strictly in input order, into the graph builder and the failure list. With one
// worker or many, the builder sees the same calls in the same order: that is what makes graph.json
// byte-identical whatever the number of workers.
import type { GraphBuilder } from "../graph/builder.js";
import type { FileProblem } from "../types.js";
import type { ArticleOutcome, Entry } from "./types.js";

export class ResultSink {
  readonly failed: FileProblem[] = [];

  constructor(private readonly builder: GraphBuilder) {}

  /** `outcome` is required for an article entry and ignored for a problem. */
  commit(entry: Entry, outcome?: ArticleOutcome): void {
    if (entry.kind === "problem") {
      this.failed.push(entry.problem);
      return;
    }
    if (!outcome) throw new Error(`internal: no extraction outcome for article ${entry.article.id}`);
    if (outcome.ok) {
      this.builder.addArticle({ ...outcome.result, text: entry.article.text });
    } else {
      // a defect, not bad input: report it against the file and carry on
      this.failed.push({ file: entry.file, reason: `extraction failed for article ${entry.article.id}: ${outcome.reason}` });
    }
  }
}
