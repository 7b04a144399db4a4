// A polite request queue: at most `limit` tasks at once, at most `perHost` of them for one host, each
// host's tasks in the order they came. Hosts take turns in the order they first asked, so one site
// with many pages does not hold back the others.

export class HostQueue {
  private active = 0;
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(
    private readonly limit = 4,
    private readonly perHost = 1,
  ) {}

  /** Runs `task` when a slot for `host` is free; settles as the task does. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => this.release(host));
      };
      const queue = this.waiting.get(host);
      if (queue) queue.push(start);
      else this.waiting.set(host, [start]);
      this.pump();
    });
  }

  private release(host: string): void {
    this.active--;
    const n = (this.running.get(host) ?? 1) - 1;
    if (n > 0) this.running.set(host, n);
    else this.running.delete(host);
    this.pump();
  }

  /** Starts waiting tasks while slots are free: one per host per pass, hosts in turn. */
  private pump(): void {
    let started = true;
    while (started && this.active < this.limit) {
      started = false;
      for (const [host, queue] of this.waiting) {
        if (this.active >= this.limit) break;
        if ((this.running.get(host) ?? 0) >= this.perHost) continue;
        const start = queue.shift()!;
        // a host goes to the back of the line once it got a turn
        this.waiting.delete(host);
        if (queue.length) this.waiting.set(host, queue);
        this.active++;
        this.running.set(host, (this.running.get(host) ?? 0) + 1);
        started = true;
        start();
      }
    }
  }
}
