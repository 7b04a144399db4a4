// A fixed set of extraction worker threads. `run` posts a batch to the least busy worker and
// resolves with its response. If a worker dies (uncaught error, exit, unreadable message), every
// pending and later `run` rejects with an error naming the worker and its batch, and the other
// workers are stopped: a crash ends the extraction instead of leaving it waiting forever.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { BatchRequest, BatchResponse, WorkerConfig } from "./types.js";

interface Pending {
  req: BatchRequest;
  resolve: (r: BatchResponse) => void;
  reject: (e: Error) => void;
}

interface Slot {
  id: number;
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * The worker runs compiled JavaScript: Node 20 cannot start a thread on a .ts file. The entry is
 * resolved next to this module, so it is found in dist/ when the CLI (or anything importing the
 * built package) runs. Under vitest, which loads the TypeScript sources, this module sits in src/
 * where there is no worker.js; rather than silently running a possibly stale dist/ build next to
 * fresh sources (and producing a graph that differs from the in-process one for no visible reason),
 * it refuses with a clear message. Tests that use workers import the built package (dist/) after
 * building it, so the in-process and the threaded runs execute the same code.
 */
export function workerEntry(): URL {
  const url = new URL("./worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(
      `extraction workers need the compiled extractor (${fileURLToPath(url)} is missing): run \`npm run build\`, ` +
        "or use workers: 1 when running from the TypeScript sources",
    );
  }
  return url;
}

/**
 * The parent's Node flags without its export conditions. Threads inherit the parent's flags, and a
 * parent run with `--conditions source` (vitest does, to load workspace packages from TypeScript)
 * would make the compiled worker import @backchannel/schema's .ts sources, which Node cannot run.
 */
export function workerExecArgv(parent: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < parent.length; i++) {
    const a = parent[i]!;
    if (a === "--conditions" || a === "-C") i++;
    else if (!a.startsWith("--conditions=") && !a.startsWith("-C=")) out.push(a);
  }
  return out;
}

function describeBatch(p: Pending | undefined): string {
  if (!p) return "";
  const ids = p.req.articles.map((a) => a.id);
  return ` while extracting ${ids.length} article(s) ${ids[0]}${ids.length > 1 ? ` .. ${ids[ids.length - 1]}` : ""}`;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private failure: Error | undefined;
  private closing: Promise<void> | undefined;

  constructor(size: number, config: WorkerConfig) {
    const entry = workerEntry();
    for (let id = 1; id <= size; id++) this.slots.push(this.start(id, entry, config));
  }

  private start(id: number, entry: URL, config: WorkerConfig): Slot {
    const slot: Slot = { id, worker: new Worker(entry, { workerData: config, execArgv: workerExecArgv() }), pending: new Map() };
    const first = () => slot.pending.values().next().value as Pending | undefined;
    slot.worker.on("message", (res: BatchResponse) => this.settle(slot, res));
    slot.worker.on("error", (e) => this.fail(new Error(`extraction worker ${id} crashed${describeBatch(first())}: ${e.message}`)));
    slot.worker.on("messageerror", (e) => this.fail(new Error(`extraction worker ${id} sent an unreadable message: ${e.message}`)));
    slot.worker.on("exit", (code) => {
      if (!this.closing) this.fail(new Error(`extraction worker ${id} exited unexpectedly (exit code ${code})${describeBatch(first())}`));
    });
    return slot;
  }

  private settle(slot: Slot, res: BatchResponse): void {
    const p = slot.pending.get(res.batch);
    if (!p) return;
    slot.pending.delete(res.batch);
    p.resolve(res);
  }

  /** Rejects everything pending (once) and stops every worker. */
  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const s of this.slots) {
      for (const p of s.pending.values()) p.reject(e);
      s.pending.clear();
    }
    void this.close();
  }

  /** Set once a worker has died: the run is over, there is no point reading further. */
  get failed(): Error | undefined {
    return this.failure;
  }

  run(req: BatchRequest): Promise<BatchResponse> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error("extraction worker pool is closed"));
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    return new Promise<BatchResponse>((resolve, reject) => {
      slot.pending.set(req.batch, { req, resolve, reject });
      slot.worker.postMessage(req);
    });
  }

  /** Every caller (the failure path, then the run's own clean-up) waits for the same termination. */
  close(): Promise<void> {
    this.closing ??= this.terminate();
    return this.closing;
  }

  private async terminate(): Promise<void> {
    const closed = this.failure ?? new Error("extraction worker pool closed before the batch was extracted");
    for (const s of this.slots) {
      for (const p of s.pending.values()) p.reject(closed);
      s.pending.clear();
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
