// Types shared by the main thread and the extraction workers. Everything that crosses a thread
// boundary is plain structured-clone data (objects, arrays, Maps, Sets, strings, numbers).
import type { ArticleRecord } from "../input/formats.js";
import type { ArticleResult } from "../resolve/article.js";
import type { FileProblem, TestHooks } from "../types.js";

export type { TestHooks } from "../types.js";

/** What each worker gets once, at start (`workerData`). */
export interface WorkerConfig {
  testHooks?: TestHooks;
}

/**
 * One article's extraction result without its text: the main thread still holds the text (it sent
 * it), so sending it back would only double the copying.
 */
export type ResultWithoutText = Omit<ArticleResult, "text">;

export type ArticleOutcome = { ok: true; result: ResultWithoutText } | { ok: false; reason: string };

/** Main thread -> worker: articles (ids already assigned by the gate) to extract, in input order. */
export interface BatchRequest {
  batch: number;
  articles: ArticleRecord[];
}

/** Worker -> main thread: one outcome per article of the request, in the same order. */
export interface BatchResponse {
  batch: number;
  outcomes: ArticleOutcome[];
}

/**
 * One step of the input, in input order: an admitted article (to extract) or a problem found while
 * reading. Problems travel in the same ordered stream as articles so that `report.failed` lists
 * read problems and extraction failures in the same order whatever the number of workers.
 */
export type Entry = { kind: "article"; article: ArticleRecord; file: string } | { kind: "problem"; problem: FileProblem };

/** Takes the input's entries in order and hands their outcomes, in the same order, to the sink. */
export interface Driver {
  /** Worker threads this driver runs on (0: the calling thread). */
  readonly threads: number;
  push(entry: Entry): Promise<void> | undefined;
  /** Every entry pushed so far is committed when this resolves. */
  finish(): Promise<void>;
  /** Releases threads; safe to call more than once and after a failure. */
  close(): Promise<void>;
}
