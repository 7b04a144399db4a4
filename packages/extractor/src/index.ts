// @backchannel/extractor: news articles about mediation and negotiation -> graph.json.
//
//   input/      readers per format (txt, md, html, json, jsonl, feeds, URL lists with stored pages) and text metadata
//   nlp/        the one wink-nlp pass: sentences and tokens with offsets
//   recognize/  mentions: gazetteer lexicon, persons, meetings, dates
//   resolve/    one article end to end (within-article coreference); cross-article merging
//   relations/  relation rules (typed data) and their application
//   graph/      the graph builder and graph.json writer
import { articleKey, type GraphJson } from "@backchannel/schema";
import { GraphBuilder } from "./graph/builder.js";
import { dropInvalid } from "./graph/validate.js";
import { ArticleGate, type Admission } from "./input/gate.js";
import { type KnownArticle, originalNode } from "./input/history.js";
import { normalizeDate } from "./input/metadata.js";
import { readInputs, DEFAULT_MAX_FILE_BYTES } from "./input/read.js";
import { defaultLexicon } from "./recognize/default-lexicon.js";
import { extractArticle } from "./resolve/article.js";
import { DeferredDriver, InProcessDriver, ParallelDriver } from "./parallel/drivers.js";
import { ResultSink } from "./parallel/sink.js";
import type { Driver } from "./parallel/types.js";
import type { ArticleInput, ExtractOptions, ExtractReport } from "./types.js";

export type { ArticleInput, ExtractOptions, ExtractReport, FileProblem, PageLookup, PageSource, PageUrl } from "./types.js";
export { ArticleHistory } from "./input/history.js";
export type { KnownArticle, OriginalNode } from "./input/history.js";
export { findPageUrls } from "./input/page-urls.js";
export { writeGraphJson } from "./graph/write.js";
export { GraphBuilder } from "./graph/builder.js";
export { extractArticle } from "./resolve/article.js";
export { DEFAULT_MAX_FILE_BYTES } from "./input/read.js";

/** A near-duplicate's own metadata, kept on its Article node (its text is not extracted again). */
function addCopy(builder: GraphBuilder, a: ArticleInput & { author?: string }, admitted: Extract<Admission, { kind: "copy" }>): void {
  const date = normalizeDate(a.date);
  builder.addCopy({
    id: admitted.id,
    of: admitted.of,
    ...(a.title ? { title: a.title } : {}),
    ...(date ? { date } : {}),
    ...(a.source ? { source: a.source } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.author ? { author: a.author } : {}),
    ...(admitted.original ? { original: admitted.original } : {}),
  });
}

/** The run's originals that made it into the graph, with their signatures and nodes: what the history records. */
function originalsOf(graph: GraphJson, gate: ArticleGate): KnownArticle[] {
  if (!gate.originals.size) return [];
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const out: KnownArticle[] = [];
  for (const [id, signature] of gate.originals) {
    const node = byKey.get(articleKey(id));
    // an article that failed to extract has no node: a later copy of it must be extracted, not dropped
    if (node) out.push({ id, signature, node: originalNode(node.attributes) });
  }
  return out;
}

/** Pure, in-memory: extracts a graph from articles. Identical texts count once; near-duplicates are kept as copies. */
export function extractArticles(articles: ArticleInput[]): GraphJson {
  const lex = defaultLexicon();
  const builder = new GraphBuilder();
  const gate = new ArticleGate();
  for (const a of articles) {
    if (typeof a?.text !== "string" || !a.text.trim()) continue;
    const admitted = gate.admit({ ...a, id: typeof a.id === "string" ? a.id : String(a.id ?? "") });
    if (admitted.kind === "copy") addCopy(builder, a, admitted);
    if (admitted.kind !== "new") continue;
    builder.addArticle(extractArticle({ ...a, id: admitted.id }, lex));
  }
  return dropInvalid(builder.toGraphJson()).graph;
}

/** Articles per message to a worker (see ParallelSettings). */
export const DEFAULT_WORKER_BATCH_SIZE = 32;
/**
 * Below this many admitted articles a run stays on the calling thread: every worker pays its own
 * start-up (modules, wink model, lexicon) and its own JIT warm-up (seconds of CPU for the
 * extractor's large functions), which a small input cannot earn back. Measured on 2 cores, the
 * break-even is some thousands of articles (about 5 s of CPU per worker's start and warm-up against
 * about 2 ms an article), so threads start only from 5,000.
 */
export const DEFAULT_MIN_ARTICLES_FOR_WORKERS = 5000;

function atLeastOne(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a whole number of at least 1 (got ${n})`);
  return n;
}

/** One worker: in-process as always. More: threads, unless the input turns out to be small. */
function makeDriver(sink: ResultSink, opts: ExtractOptions): Driver {
  const workers = atLeastOne("workers", opts.workers ?? 1);
  const batchSize = atLeastOne("workerBatchSize", opts.workerBatchSize ?? DEFAULT_WORKER_BATCH_SIZE);
  const hooks = opts.testHooks;
  const inProcess = () => new InProcessDriver(sink, hooks);
  if (workers === 1) return inProcess();
  // a few batches queued per worker keep it busy while the main thread commits; more would only hold memory
  const parallel = () => new ParallelDriver(sink, { workers, batchSize, inFlightPerWorker: 3, ...(hooks ? { hooks } : {}) });
  return new DeferredDriver(opts.minArticlesForWorkers ?? DEFAULT_MIN_ARTICLES_FOR_WORKERS, inProcess, parallel);
}

/**
 * Reads files and directories (recursively), extracts every article, reports bad input per file.
 * Reading, deduplication and id assignment, and graph building stay on this thread; with
 * `workers` > 1 only `extractArticle` runs on worker threads, and results are applied in input
 * order, so the graph is the same whatever the number of workers.
 */
export async function extractPaths(paths: string[], opts: ExtractOptions = {}): Promise<{ graph: GraphJson; report: ExtractReport; originals: KnownArticle[] }> {
  const builder = new GraphBuilder();
  const sink = new ResultSink(builder, opts.onArticleText);
  const driver = makeDriver(sink, opts);
  const gate = new ArticleGate(true, opts.history);
  let files = 0;
  let articlesRead = 0;
  let lastProgress = 0;
  const progress = () => opts.onProgress?.({ files, articles: articlesRead, failed: sink.failed.length });
  try {
    for await (const item of readInputs(paths, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, opts.pages)) {
      let pushed: Promise<void> | undefined;
      if (item.kind === "file") files++;
      else if (item.kind === "problem") pushed = driver.push(item);
      else {
        articlesRead++;
        const admitted = gate.admit(item.article);
        if (admitted.kind === "new") pushed = driver.push({ kind: "article", article: { ...item.article, id: admitted.id }, file: item.file });
        else if (admitted.kind === "copy") addCopy(builder, item.article, admitted);
        if (opts.onProgress && articlesRead - lastProgress >= 100) {
          lastProgress = articlesRead;
          progress();
        }
      }
      // only a full batch returns a promise (the wait is the backpressure on reading)
      if (pushed) await pushed;
    }
    await driver.finish();
  } finally {
    await driver.close();
  }
  progress();
  const { graph, defects } = dropInvalid(builder.toGraphJson());
  for (const d of defects) sink.failed.push({ file: d.articles.length ? `article ${d.articles.join(", ")}` : "(graph)", reason: d.problem });
  return {
    graph,
    report: {
      files,
      articlesRead,
      duplicates: gate.duplicates,
      copies: gate.copies,
      earlierCopies: gate.earlierCopies,
      failed: sink.failed,
      threads: driver.threads,
      nodes: graph.nodes.length,
      relationships: graph.edges.length,
    },
    originals: originalsOf(graph, gate),
  };
}
