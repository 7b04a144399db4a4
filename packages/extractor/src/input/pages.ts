// Web pages behind feed items and URL lists, read from a page source (types.ts: PageSource). The
// extractor never fetches: the CLI fetches pages into a cache before extraction and hands over a
// source that reads that cache, so reading stays offline and a run gives the same graph every time.
// A page goes through the saved-page path (articleFromHtml): main content, entities, JSON-LD and
// Open Graph metadata; only text reaches the graph.
import * as crypto from "node:crypto";
import type { PageSource } from "../types.js";
import { articleFromHtml, InputError, type ArticleRecord } from "./formats.js";

/** What reading pages gives: an article, or a problem to report against the feed or list. */
export type PageItem = { article: ArticleRecord } | { problem: string };

/** An absolute http(s) URL with a host, as the lines of a URL list must be. */
export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(s)) return false;
  try {
    return new URL(s).hostname !== "";
  } catch {
    return false;
  }
}

/** The lines of a URL list that say something: blank lines and `#` comments aside, numbered from 1. */
export function urlListLines(text: string): { line: number; value: string }[] {
  const out: { line: number; value: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const value = raw.trim();
    if (value && !value.startsWith("#")) out.push({ line: i + 1, value });
  });
  return out;
}

/** A .txt file is a URL list when it names at least one URL and every other line is blank or a comment. */
export function isUrlList(text: string): boolean {
  const lines = urlListLines(text);
  return lines.length > 0 && lines.every((l) => isHttpUrl(l.value));
}

/** The id of a listed page: the list's name and a short hash of the URL, so it stays when the list changes. */
export function urlArticleId(listName: string, url: string): string {
  return `${listName}-${crypto.createHash("sha1").update(url).digest("hex").slice(0, 10)}`;
}

/** A page's article, or the reason it has none. */
function pageArticle(html: string, id: string): ArticleRecord | string {
  try {
    return articleFromHtml(html, id);
  } catch (e) {
    return e instanceof InputError ? e.message : `cannot read the page: ${(e as Error).message}`;
  }
}

/**
 * A feed item with its page: the page's text under the item's id (ids stay what the feed gives), the
 * item's title, date, author, source and link, the page's where the item has none. A page with less
 * text than the item (a consent wall, a teaser behind a paywall) leaves the item's own text.
 */
function withPage(item: ArticleRecord, page: ArticleRecord): ArticleRecord {
  const a: ArticleRecord = { id: item.id, text: page.text.length >= item.text.length ? page.text : item.text };
  for (const k of ["title", "date", "author", "source", "url"] as const) {
    const v = item[k] ?? page[k];
    if (v) a[k] = v;
  }
  return a;
}

/**
 * Feed items, each with the text of its page when the source has it. When the page could not be
 * fetched or read, the item keeps its feed text and a problem names the URL and the reason; an item
 * with no text of its own (only a link) is then left out.
 */
export async function* feedItemsWithPages(items: ArticleRecord[], pages: PageSource): AsyncGenerator<PageItem> {
  for (const item of items) {
    const found = item.url ? await pages(item.url) : undefined;
    const page = found === undefined ? undefined : "problem" in found ? found.problem : pageArticle(found.html, item.id);
    if (typeof page === "object") {
      yield { article: withPage(item, page) };
      continue;
    }
    if (page !== undefined) yield { problem: `page ${item.url}: ${page}; ${item.text ? "the feed's text was read instead" : "the item has no text of its own and was left out"}` };
    if (item.text) yield { article: item };
  }
}

/** The articles of a URL list, one per listed page; a line that is no http(s) URL, or whose page is missing, is a problem. */
export async function* urlListArticles(text: string, listName: string, pages: PageSource): AsyncGenerator<PageItem> {
  const lines = urlListLines(text);
  if (!lines.length) {
    yield { problem: "no URLs (every line is blank or a # comment)" };
    return;
  }
  for (const { line, value } of lines) {
    if (!isHttpUrl(value)) {
      yield { problem: `line ${line}: not an absolute http(s) URL (${JSON.stringify(value.slice(0, 100))})` };
      continue;
    }
    const found = await pages(value);
    if (found === undefined) {
      yield { problem: `${value}: page not fetched` };
      continue;
    }
    const page = "problem" in found ? found.problem : pageArticle(found.html, urlArticleId(listName, value));
    // the URL as listed, not the page's canonical one: it is what the id is made from
    if (typeof page === "object") yield { article: { ...page, url: value } };
    else yield { problem: `${value}: ${page}` };
  }
}
