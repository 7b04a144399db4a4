// `backchannel watch <folder>`: new and changed files are extracted and loaded as they arrive, one
// file at a time. The folder is polled (fs.watch is not recursive on Linux under Node 20 and misses
// files on network mounts); a file is read once its size and modification time have held still
// for one interval, so a file still being written is never read half-way. Loading is idempotent: a
// file read again (changed) updates its article and adds what is new; ids are file names, so they
// stay. Deleted files are left in the graph (a fact once read stays evidenced). With a history
// (--history, the default in the CLI), a file's syndicated copy of an article of an earlier file, or
// of an earlier run, is kept as that article's copy; a file's articles join the history once loaded.
// With --fetch, a feed's or URL list's pages are fetched into the page cache before the file is
// extracted, as `extract --fetch` does (the same code, cache and options).
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { extractPaths, type PageSource } from "@backchannel/extractor";
import type { ArticleText } from "@backchannel/schema";
import type { Store } from "@backchannel/store";
import { type FetchSummary, preparePages } from "./fetch/index.js";
import type { WatchOptions, WatchResult } from "./types.js";

export const DEFAULT_WATCH_INTERVAL_MS = 2000;

/** Every file under `dir` (recursively, hidden files and folders skipped) with its size and mtime. */
async function listFiles(dir: string, out: Map<string, string>): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // a folder removed while listed
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await listFiles(path, out);
    else if (e.isFile()) {
      try {
        const s = await stat(path);
        out.set(path, `${s.size}:${s.mtimeMs}`);
      } catch {
        // removed between readdir and stat
      }
    }
  }
}

/** Extracts one file and loads what it holds; problems are reported, never thrown. */
async function processFile(file: string, store: Store, opts: WatchOptions): Promise<WatchResult> {
  const texts: ArticleText[] = [];
  try {
    // pages that cannot be fetched are not thrown: extraction reports each against the file, naming its URL
    let pages: PageSource | undefined;
    let fetched: FetchSummary | undefined;
    if (opts.fetch) ({ pages, summary: fetched } = await preparePages([file], opts.fetch, opts.maxFileBytes));
    const { graph, report, originals } = await extractPaths([file], {
      workers: 1,
      ...(opts.maxFileBytes ? { maxFileBytes: opts.maxFileBytes } : {}),
      ...(opts.history ? { history: opts.history } : {}),
      ...(pages ? { pages } : {}),
      onArticleText: (t) => texts.push(t),
    });
    const result: WatchResult = {
      file,
      articles: report.articlesRead,
      copies: report.copies,
      failed: report.failed,
      nodes: report.nodes,
      relationships: report.relationships,
      ...(fetched?.urls ? { fetched } : {}),
    };
    if (graph.nodes.length) {
      result.load = await store.load(graph);
      await store.loadArticleTexts(texts);
    }
    // recorded only once loaded: a later copy is then a copy of an article the database holds
    await opts.history?.record(originals);
    return result;
  } catch (e) {
    return { file, articles: 0, copies: 0, failed: [{ file, reason: (e as Error).message.split("\n")[0]! }], nodes: 0, relationships: 0 };
  }
}

/**
 * Watches `folder` until `opts.signal` aborts: each new or changed file, once settled, is extracted
 * and loaded into `store`, and `opts.onResult` hears about it. Files present at the start are read
 * too (the first scan finds them all new): watching a folder builds it, then keeps it current.
 */
export async function watchFolder(folder: string, store: Store, opts: WatchOptions = {}): Promise<void> {
  const interval = opts.intervalMs ?? DEFAULT_WATCH_INTERVAL_MS;
  /** What each file looked like at the last scan, and when it was last read. */
  let previous = new Map<string, string>();
  const done = new Map<string, string>();
  while (!opts.signal?.aborted) {
    const now = new Map<string, string>();
    await listFiles(folder, now);
    for (const [file, sig] of now) {
      if (opts.signal?.aborted) break;
      if (previous.get(file) !== sig || done.get(file) === sig) continue;
      done.set(file, sig);
      opts.onResult?.(await processFile(file, store, opts));
    }
    previous = now;
    opts.onScan?.();
    try {
      await sleep(interval, undefined, opts.signal ? { signal: opts.signal } : {});
    } catch {
      break; // aborted
    }
  }
}
