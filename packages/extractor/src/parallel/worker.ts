// Worker thread entry (started by pool.ts): builds the lexicon once, then extracts each batch it is
// posted and posts back one outcome per article, in the batch's order. A failure inside one article
// is an outcome (reported per article by the main thread); anything escaping it kills this thread,
// and the pool turns that into a rejected run.
import { parentPort, workerData } from "node:worker_threads";
import { defaultLexicon } from "../recognize/default-lexicon.js";
import { extractOutcome } from "./extract-one.js";
import type { BatchRequest, BatchResponse, WorkerConfig } from "./types.js";

const port = parentPort;
if (!port) throw new Error("parallel/worker.js is the entry of an extraction worker thread, not a module to import");
const { testHooks } = (workerData ?? {}) as WorkerConfig;
const lex = defaultLexicon();

port.on("message", (req: BatchRequest) => {
  const outcomes = req.articles.map((article) => {
    if (testHooks?.crashOn !== undefined && testHooks.crashOn === article.id) throw new Error("test hook: worker crash");
    if (testHooks?.exitOn !== undefined && testHooks.exitOn === article.id) process.exit(3);
    return extractOutcome(article, lex, testHooks);
  });
  const response: BatchResponse = { batch: req.batch, outcomes };
  port.postMessage(response);
});
