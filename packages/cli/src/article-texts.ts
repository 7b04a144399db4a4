// The article texts `extract` writes beside graph.json (one JSON line per article) and reads back to
// load them into Neo4j. See @backchannel/schema's article-texts.ts for why they live apart.
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { type ArticleText, ArticleTextSchema } from "@backchannel/schema";

export class ArticleTextWriter {
  private readonly out;
  private failed: Error | undefined;

  constructor(readonly file: string) {
    this.out = createWriteStream(file, { encoding: "utf8" });
    this.out.on("error", (e) => {
      this.failed = e;
    });
  }

  write(t: ArticleText): void {
    if (!this.failed) this.out.write(`${JSON.stringify(t)}\n`);
  }

  async close(): Promise<void> {
    this.out.end();
    if (!this.failed) await once(this.out, "finish").catch((e: Error) => (this.failed = e));
    if (this.failed) throw new Error(`cannot write ${this.file}: ${this.failed.message}`);
  }
}

/** The texts of a texts file, one at a time (lines that are not article texts are skipped). */
export async function* readArticleTexts(file: string): AsyncGenerator<ArticleText> {
  if (!existsSync(file)) return;
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const parsed = ArticleTextSchema.safeParse(JSON.parse(line));
      if (parsed.success) yield parsed.data;
    } catch {
      // not a line extract wrote
    }
  }
}
