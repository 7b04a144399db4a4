// @backchannel/extractor: news articles about mediation and negotiation -> graph.json.
//
//   input/      readers per format (txt, md, html, json, jsonl) and text metadata (dates, bylines)
//   nlp/        the one wink-nlp pass: sentences and tokens with offsets
//   recognize/  mentions: gazetteer lexicon, persons, meetings, dates
//   resolve/    one article end to end (within-article coreference); cross-article merging
//   relations/  relation rules (typed data) and their application
//   graph/      the graph builder and graph.json writer
import * as crypto from "node:crypto";
import type { GraphJson } from "@backchannel/schema";
import { GraphBuilder } from "./graph/builder.js";
import { readInputs, DEFAULT_MAX_FILE_BYTES } from "./input/read.js";
import { defaultLexicon } from "./recognize/default-lexicon.js";
import { extractArticle } from "./resolve/article.js";
import type { ArticleInput, ExtractOptions, ExtractReport, FileProblem } from "./types.js";

export type { ArticleInput, ExtractOptions, ExtractReport, FileProblem } from "./types.js";
export { writeGraphJson } from "./graph/write.js";
export { GraphBuilder } from "./graph/builder.js";
export { extractArticle } from "./resolve/article.js";
export { DEFAULT_MAX_FILE_BYTES } from "./input/read.js";

/** One-shot hashing (crypto.hash, Node >= 20.12) avoids a Hash object per article. */
const oneShot = (crypto as unknown as { hash?: (alg: string, data: string, enc: string) => string }).hash;
const sha1 = (text: string): string => (oneShot ? oneShot("sha1", text, "base64") : crypto.createHash("sha1").update(text).digest("base64"));

/** Deduplicates articles by text and keeps article ids unique. */
class ArticleGate {
  private readonly texts = new Set<string>();
  private readonly ids = new Set<string>();
  duplicates = 0;

  /** The id to use, or undefined for a duplicate. */
  admit(a: ArticleInput): string | undefined {
    const h = sha1(a.text.trim());
    if (this.texts.has(h)) {
      this.duplicates++;
      return undefined;
    }
    this.texts.add(h);
    let id = a.id.trim() || "article";
    if (this.ids.has(id)) {
      let k = 2;
      while (this.ids.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    this.ids.add(id);
    return id;
  }
}

/** Pure, in-memory: extracts a graph from articles. Identical texts count once. */
export function extractArticles(articles: ArticleInput[]): GraphJson {
  const lex = defaultLexicon();
  const builder = new GraphBuilder();
  const gate = new ArticleGate();
  for (const a of articles) {
    if (typeof a?.text !== "string" || !a.text.trim()) continue;
    const id = gate.admit(a);
    if (id === undefined) continue;
    builder.addArticle(extractArticle({ ...a, id }, lex));
  }
  return builder.toGraphJson();
}

/** Reads files and directories (recursively), extracts every article, reports bad input per file. */
export async function extractPaths(paths: string[], opts: ExtractOptions = {}): Promise<{ graph: GraphJson; report: ExtractReport }> {
  const lex = defaultLexicon();
  const builder = new GraphBuilder();
  const gate = new ArticleGate();
  const failed: FileProblem[] = [];
  let files = 0;
  let articlesRead = 0;
  let lastProgress = 0;
  const progress = () => opts.onProgress?.({ files, articles: articlesRead, failed: failed.length });
  for await (const item of readInputs(paths, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) {
    if (item.kind === "file") {
      files++;
      continue;
    }
    if (item.kind === "problem") {
      failed.push(item.problem);
      continue;
    }
    articlesRead++;
    const id = gate.admit(item.article);
    if (id !== undefined) {
      try {
        builder.addArticle(extractArticle({ ...item.article, id }, lex));
      } catch (e) {
        // a defect, not bad input: report it against the file and carry on
        failed.push({ file: item.file, reason: `extraction failed for article ${id}: ${(e as Error).message}` });
      }
    }
    if (opts.onProgress && articlesRead - lastProgress >= 100) {
      lastProgress = articlesRead;
      progress();
    }
  }
  progress();
  const graph = builder.toGraphJson();
  return {
    graph,
    report: { files, articlesRead, duplicates: gate.duplicates, failed, nodes: graph.nodes.length, relationships: graph.edges.length },
  };
}
