// --history and --no-history (extract, build, watch): where the signatures of the articles already
// extracted are kept, so that a syndicated copy arriving in a later run is recognised as a copy of the
// article extracted before (see the extractor's input/history.ts). Next to the page cache under
// .backchannel/ by default: like the local Neo4j's data, it belongs to the working directory.
import { join } from "node:path";
import { ArticleHistory } from "@backchannel/extractor";
import { log } from "./connect.js";
import type { ParsedArgs } from "./types.js";

export const DEFAULT_HISTORY_FILE = join(".backchannel", "article-signatures.jsonl");

/**
 * The history the command's arguments ask for, read from its file; undefined with --no-history, and
 * without --history when the command is not `byDefault` one that keeps it. `extract` writes a graph.json
 * that stands alone, so its output depends on its inputs only unless --history names a file; `build` and
 * `watch` load into a database that holds the earlier originals, so they keep one by default.
 */
export async function historyOf(a: ParsedArgs, byDefault: boolean): Promise<ArticleHistory | undefined> {
  if (a.values["no-history"]) return undefined;
  if (!byDefault && a.values.history === undefined) return undefined;
  const file = (a.values.history as string | undefined) ?? DEFAULT_HISTORY_FILE;
  let history: ArticleHistory;
  try {
    history = await ArticleHistory.open(file);
  } catch (e) {
    throw new Error(`${(e as Error).message}; move it away, name another file with --history FILE, or pass --no-history`);
  }
  if (history.damaged) log(`history: ${history.damaged} damaged line(s) of ${file} skipped (a write interrupted by a crash)`);
  return history;
}

/** Records a successful run's originals, saying how many were new. */
export async function remember(history: ArticleHistory | undefined, originals: Parameters<ArticleHistory["record"]>[0]): Promise<void> {
  if (!history) return;
  const n = await history.record(originals);
  if (n) log(`history: ${n} article signature${n === 1 ? "" : "s"} recorded in ${history.file} (${history.size} known)`);
}
