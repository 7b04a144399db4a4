// Public input/report types of the extractor.
import type { ArticleText } from "@backchannel/schema";
import type { ArticleHistory } from "./input/history.js";

export type { ArticleText };

/** One article as the extractor takes it in. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  /** ISO date YYYY-MM-DD (other forms are parsed when possible). */
  date?: string;
  source?: string;
  url?: string;
}

/**
 * What a page source knows of a URL: the page's HTML (already fetched and stored), or why there is
 * none (the fetch failed: timeout, HTTP error, too large, not HTML, a scheme other than http(s)).
 */
export type PageLookup = { html: string } | { problem: string };

/**
 * Gives the stored page behind a URL, or undefined when it knows nothing of it. The extractor never
 * fetches: the CLI fetches pages into a cache before extraction and passes a source reading that cache.
 */
export type PageSource = (url: string) => PageLookup | undefined | Promise<PageLookup | undefined>;

/** A URL whose page the input asks for: a feed item's link or a line of a URL list. */
export interface PageUrl {
  url: string;
  /** The feed or list that names it. */
  file: string;
}

export interface ExtractOptions {
  /** Files larger than this are rejected (default 5 MB). */
  maxFileBytes?: number;
  /**
   * Pages behind feed items and URL lists (see PageSource). With it, a feed item whose page is
   * known takes its text from the page, and `.urls` files (and `.txt` files holding only http(s)
   * URLs) are lists of pages to read; without it, feeds give their own text and a `.urls` file is
   * reported as needing --fetch.
   */
  pages?: PageSource;
  onProgress?: (p: { files: number; articles: number; failed: number }) => void;
  /**
   * Each extracted article's text and metadata, in input order, as it joins the graph: evidence
   * offsets point into this text. The CLI writes them next to graph.json for the viewer's reading
   * pane; the graph itself never holds texts (it stays bounded by facts, not by the corpus).
   */
  onArticleText?: (a: ArticleText) => void;
  /**
   * Threads extracting articles (default 1: in-process, no thread). The graph is byte-identical
   * whatever the number. Threads run the compiled extractor (dist/): see parallel/pool.ts.
   */
  workers?: number;
  /** With workers > 1, inputs with fewer admitted articles than this stay in-process (default 200). */
  minArticlesForWorkers?: number;
  /** With workers > 1, articles per message to a worker (default 32). */
  workerBatchSize?: number;
  /**
   * The articles earlier runs extracted (input/history.ts): a near-duplicate of one of them is kept as
   * its copy, not extracted again. Only read: the run's own originals come back in the result's
   * `originals`, for the caller to record once the graph is safely written (or loaded).
   */
  history?: ArticleHistory;
  /** Test-only fault injection (see parallel/types.ts); never set in production. */
  testHooks?: TestHooks;
}

export interface FileProblem {
  file: string;
  reason: string;
}

export interface ExtractReport {
  files: number;
  articlesRead: number;
  /** Exact duplicates dropped. */
  duplicates: number;
  /** Near-duplicates (syndicated copies) kept as sources of the first copy's facts, not extracted again. */
  copies: number;
  /** Of the copies, those of articles extracted by an earlier run (found in the history). */
  earlierCopies: number;
  failed: FileProblem[];
  /** Worker threads used (0: extracted on the calling thread). */
  threads: number;
  nodes: number;
  relationships: number;
}

/** Test-only fault injection, by article id (after dedup/renaming). Never set outside tests. */
export interface TestHooks {
  /** extractArticle "throws" for this article: reported like any per-article extraction failure. */
  throwOn?: string;
  /** The worker thread that gets this article dies (an uncaught exception outside the per-article guard). */
  crashOn?: string;
  /** The worker thread that gets this article exits (as if killed: no error event, just an exit code). */
  exitOn?: string;
}
