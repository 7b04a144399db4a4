// Fetched pages on disk, so a URL is fetched once: `<sha256 of the URL>.html` holds the body
// (decoded, UTF-8) and `<sha256>.json` what the fetch said (CachedPageMeta). The JSON is written
// last and both through a rename, so a run stopped half-way leaves no entry that looks whole.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CachedPageMeta } from "./types.js";

export class PageCache {
  constructor(readonly dir: string) {}

  /** The file name of a URL's entry, without extension. */
  static key(url: string): string {
    return createHash("sha256").update(url).digest("hex");
  }

  private path(url: string, ext: "html" | "json"): string {
    return join(this.dir, `${PageCache.key(url)}.${ext}`);
  }

  /** What the cache says of `url`; undefined when it holds no whole entry for it. */
  async meta(url: string): Promise<CachedPageMeta | undefined> {
    try {
      const meta = JSON.parse(await readFile(this.path(url, "json"), "utf8")) as CachedPageMeta;
      return meta?.url === url ? meta : undefined;
    } catch {
      return undefined;
    }
  }

  /** The stored page of `url`, or undefined. */
  async html(url: string): Promise<string | undefined> {
    if (!(await this.meta(url))) return undefined;
    return readFile(this.path(url, "html"), "utf8");
  }

  async write(url: string, html: string, meta: Omit<CachedPageMeta, "url">): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const put = async (file: string, content: string) => {
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, content, "utf8");
      await rename(tmp, file);
    };
    await put(this.path(url, "html"), html);
    await put(this.path(url, "json"), `${JSON.stringify({ url, ...meta }, null, 2)}\n`);
  }
}
