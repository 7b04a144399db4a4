// A progress bar on a terminal (stderr), silent when stderr is not a TTY so logs and pipes stay clean.

export interface Progress {
  update(done: number, total: number, label?: string): void;
  done(): void;
}

export function progressBar(title: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, label) {
      const now = Date.now();
      if (now - last < 80 && done < total) return;
      last = now;
      const width = 30;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const bar = "#".repeat(Math.round(frac * width)).padEnd(width, ".");
      stream.write(`\r${title} [${bar}] ${done}/${total || "?"} ${label ?? ""}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1b[K");
    },
  };
}
