// Article texts live beside the graph, not in it: graph.json holds facts and their sentences, and a
// corpus's texts would make it grow with the corpus. `extract` writes them as JSON Lines next to
// graph.json (one ArticleText per line, evidence offsets point into `text`); the loader puts them on
// Neo4j's Article nodes; the server answers GET /api/article from either.
import { z } from "zod";

export const ArticleTextSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type ArticleText = z.infer<typeof ArticleTextSchema>;

/** Where the texts of `graph.json` are: `graph.articles.jsonl` beside it. */
export function articleTextsFile(graphFile: string): string {
  return `${graphFile.replace(/\.json$/i, "")}.articles.jsonl`;
}
