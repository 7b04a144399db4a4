// Memory mode's article texts: the JSON Lines file `extract` writes beside graph.json (see
// @backchannel/schema's article-texts.ts). It is indexed once, by byte offset, on the first request;
// each request then reads one line. The texts never sit in memory together.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { type ArticleText, ArticleTextSchema } from "@backchannel/schema";

export class ArticleTextFile {
  private index: Promise<Map<string, [number, number]>> | undefined;

  constructor(private readonly file: string) {}

  /** The article's text, or undefined when the file does not exist or does not have it. */
  async get(id: string): Promise<ArticleText | undefined> {
    const at = (await this.lineIndex()).get(id.startsWith("article:") ? id.slice("article:".length) : id);
    if (!at) return undefined;
    const fh = await open(this.file, "r");
    try {
      const buf = Buffer.alloc(at[1]);
      await fh.read(buf, 0, at[1], at[0]);
      const parsed = ArticleTextSchema.safeParse(JSON.parse(buf.toString("utf8")));
      return parsed.success ? parsed.data : undefined;
    } finally {
      await fh.close();
    }
  }

  private lineIndex(): Promise<Map<string, [number, number]>> {
    this.index ??= indexLines(this.file).catch(() => new Map());
    return this.index;
  }
}

/** id -> [byte offset, byte length] of its line. A line that does not parse is skipped. */
async function indexLines(file: string): Promise<Map<string, [number, number]>> {
  const index = new Map<string, [number, number]>();
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  const addLine = (line: Buffer, start: number) => {
    try {
      const id = (JSON.parse(line.toString("utf8")) as { id?: unknown }).id;
      if (typeof id === "string" && !index.has(id)) index.set(id, [start, line.length]);
    } catch {
      // not a line extract wrote: skipped
    }
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      const part = chunk.subarray(from, nl);
      const line = pending.length ? Buffer.concat([...pending, part]) : part;
      addLine(line, offset - pendingLength);
      offset += nl - from + 1;
      pending = [];
      pendingLength = 0;
      from = nl + 1;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingLength += chunk.length - from;
      offset += chunk.length - from;
    }
  }
  if (pendingLength) addLine(Buffer.concat(pending), offset - pendingLength);
  return index;
}
