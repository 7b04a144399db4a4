// The URLs whose pages an input asks for (feed items' links, the lines of URL lists), found before
// extraction so that whoever fetches pages (the CLI) knows what to fetch. Reading only: a file that
// cannot be read or parsed is passed over here, and reported when it is extracted.
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { FileProblem, PageUrl } from "../types.js";
import { articlesFromFeed } from "./feed.js";
import { isHttpUrl, isUrlList, urlListLines } from "./pages.js";
import { DEFAULT_MAX_FILE_BYTES, readText, walk } from "./read.js";

const FEEDS = new Set([".rss", ".atom", ".xml"]);

/** The URLs named by one file's text: a feed's item links, or a URL list's lines (those that are URLs). */
function urlsOf(ext: string, name: string, text: string): string[] {
  if (FEEDS.has(ext)) {
    try {
      return articlesFromFeed(text, name, { linkOnly: true }).flatMap((a) => (a.url ? [a.url] : []));
    } catch {
      return [];
    }
  }
  if (ext === ".urls" || (ext === ".txt" && isUrlList(text))) return urlListLines(text).flatMap((l) => (isHttpUrl(l.value) ? [l.value] : []));
  return [];
}

/**
 * Every URL of feed items and URL lists under `paths` (recursively), each once, in input order.
 * Feed links with another scheme (file:, data:, javascript:) are listed too: refusing them is the
 * fetcher's, which reports them against the item.
 */
export async function findPageUrls(paths: string[], maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<PageUrl[]> {
  const seen = new Set<string>();
  const out: PageUrl[] = [];
  const ignored: FileProblem[] = [];
  for (const root of paths) {
    for await (const file of walk(root, ignored)) {
      const ext = extname(file).toLowerCase();
      if (!FEEDS.has(ext) && ext !== ".urls" && ext !== ".txt") continue;
      let text: string;
      try {
        const { size } = await stat(file);
        if (size === 0 || size > maxFileBytes) continue;
        text = await readText(file, size);
      } catch {
        continue;
      }
      for (const url of urlsOf(ext, basename(file, extname(file)), text)) {
        if (seen.has(url)) continue;
        seen.add(url);
        out.push({ url, file });
      }
    }
  }
  return out;
}
