// Three ways to turn the ordered entries of the input into committed outcomes:
//   InProcessDriver  extracts on the calling thread, one entry at a time (as before workers existed);
//   ParallelDriver   sends batches to worker threads and commits their responses in input order;
//   DeferredDriver   holds the first entries until it knows whether the input is big enough to be
//                    worth starting threads for, then hands everything to one of the two above.
import type { Lexicon } from "../recognize/lexicon.js";
import { defaultLexicon } from "../recognize/default-lexicon.js";
import { extractOutcome } from "./extract-one.js";
import { WorkerPool } from "./pool.js";
import type { ResultSink } from "./sink.js";
import type { BatchResponse, Driver, Entry, TestHooks } from "./types.js";

export class InProcessDriver implements Driver {
  readonly threads = 0;
  private lex: Lexicon | undefined;

  constructor(
    private readonly sink: ResultSink,
    private readonly hooks?: TestHooks,
  ) {}

  push(entry: Entry): undefined {
    if (entry.kind === "problem") {
      this.sink.commit(entry);
      return undefined;
    }
    this.lex ??= defaultLexicon();
    this.sink.commit(entry, extractOutcome(entry.article, this.lex, this.hooks));
    return undefined;
  }

  async finish(): Promise<void> {}
  async close(): Promise<void> {}
}

export interface ParallelSettings {
  workers: number;
  /** Articles per message: enough to make the per-message cost small, few enough to balance the workers. */
  batchSize: number;
  /** Batches sent but not yet committed, per worker: the bound on read-ahead (and so on memory). */
  inFlightPerWorker: number;
  hooks?: TestHooks;
}

interface InFlight {
  entries: Entry[];
  response: Promise<BatchResponse>;
}

export class ParallelDriver implements Driver {
  private readonly pool: WorkerPool;
  private current: Entry[] = [];
  private currentArticles = 0;
  private nextBatch = 0;
  /** Oldest first: committing always waits on the head, so responses are applied in input order. */
  private readonly inFlight: InFlight[] = [];
  private readonly maxInFlight: number;
  readonly threads: number;

  constructor(
    private readonly sink: ResultSink,
    private readonly settings: ParallelSettings,
  ) {
    this.pool = new WorkerPool(settings.workers, settings.hooks ? { testHooks: settings.hooks } : {});
    this.maxInFlight = settings.workers * settings.inFlightPerWorker;
    this.threads = settings.workers;
  }

  push(entry: Entry): Promise<void> | undefined {
    this.current.push(entry);
    if (entry.kind === "article" && ++this.currentArticles >= this.settings.batchSize) return this.dispatch();
    return undefined;
  }

  /** Sends the current batch; when too many are in flight, waits for (and commits) the oldest: backpressure on the reader. */
  private async dispatch(): Promise<void> {
    if (this.pool.failed) throw this.pool.failed;
    const entries = this.current;
    this.current = [];
    this.currentArticles = 0;
    const articles = entries.flatMap((e) => (e.kind === "article" ? [e.article] : []));
    const batch = this.nextBatch++;
    const response = articles.length ? this.pool.run({ batch, articles }) : Promise.resolve({ batch, outcomes: [] });
    // awaited later, in order; until then a rejection must not count as unhandled
    response.catch(() => undefined);
    this.inFlight.push({ entries, response });
    while (this.inFlight.length >= this.maxInFlight) await this.commitOldest();
  }

  private async commitOldest(): Promise<void> {
    const head = this.inFlight.shift()!;
    const { outcomes } = await head.response;
    let i = 0;
    for (const entry of head.entries) this.sink.commit(entry, entry.kind === "article" ? outcomes[i++] : undefined);
  }

  async finish(): Promise<void> {
    if (this.current.length) await this.dispatch();
    while (this.inFlight.length) await this.commitOldest();
    await this.pool.close();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export class DeferredDriver implements Driver {
  private held: Entry[] = [];
  private heldArticles = 0;
  private chosen: Driver | undefined;

  get threads(): number {
    return this.chosen?.threads ?? 0;
  }

  constructor(
    private readonly threshold: number,
    private readonly inProcess: () => Driver,
    private readonly parallel: () => Driver,
  ) {}

  async push(entry: Entry): Promise<void> {
    if (this.chosen) return this.chosen.push(entry);
    this.held.push(entry);
    if (entry.kind === "article" && ++this.heldArticles >= this.threshold) await this.choose(this.parallel());
  }

  private async choose(d: Driver): Promise<void> {
    this.chosen = d;
    const held = this.held;
    this.held = [];
    for (const e of held) await d.push(e);
  }

  async finish(): Promise<void> {
    if (!this.chosen) await this.choose(this.inProcess());
    await this.chosen!.finish();
  }

  async close(): Promise<void> {
    await this.chosen?.close();
  }
}
