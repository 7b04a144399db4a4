// `--fetch`: the pages behind feed items and URL lists, fetched into a cache on disk before
// extraction. This lives in the CLI, not in the extractor, on purpose: the extractor turns files into
// a graph offline and the same way every time (its tests and benches need no network), while the CLI
// already owns what touches the outside world (Neo4j, the .backchannel folder). The extractor only
// says which URLs its inputs name (findPageUrls) and reads pages through a PageSource, which here
// reads the cache: a page fetched once is read from disk on every later run, and a re-run gives the
// same graph without asking the sites again.
import { findPageUrls, type PageSource, type PageUrl } from "@backchannel/extractor";
import { PageCache } from "./cache.js";
import { fetchPage, schemeProblem } from "./fetch-page.js";
import { HostQueue } from "./queue.js";
import { RobotsPolicy } from "./robots-policy.js";
import type { FetchSettings, FetchSummary } from "./types.js";

export type { FetchSettings, FetchSummary } from "./types.js";

export const DEFAULT_CACHE_DIR = ".backchannel/cache/pages";
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Polite by default: a few requests at once in all, one at a time to any one site. */
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_PER_HOST = 1;

/** Fetches every URL the cache does not hold yet (all of them with `refetch`); the problems by URL. */
export async function fetchPages(
  urls: readonly PageUrl[],
  settings: FetchSettings,
  onProgress?: (done: number, total: number, failed: number) => void,
): Promise<{ problems: Map<string, string>; summary: FetchSummary }> {
  const cache = new PageCache(settings.cacheDir);
  const queue = new HostQueue(settings.concurrency ?? DEFAULT_CONCURRENCY, settings.perHost ?? DEFAULT_PER_HOST);
  // one per run: a site's robots.txt is asked for once, whatever the number of its pages
  const robots = settings.ignoreRobots ? undefined : new RobotsPolicy(settings);
  const fetchSettings = robots ? { ...settings, mayFetch: (url: string) => robots.check(url) } : settings;
  const problems = new Map<string, string>();
  const summary: FetchSummary = { urls: urls.length, fetched: 0, cached: 0, failed: 0, disallowed: 0 };
  let done = 0;
  const settle = (url: string, problem?: string) => {
    if (problem) {
      problems.set(url, problem);
      summary.failed++;
    }
    onProgress?.(++done, urls.length, summary.failed);
  };
  const fetchOne = async (url: string): Promise<void> => {
    // politeness is per site: the host name, whatever the port
    // the robots.txt request runs in the host's turn too: one request at a time per site
    const result = await queue.run(new URL(url).hostname, () => fetchPage(url, fetchSettings));
    if (!result.ok) {
      if (result.disallowed) summary.disallowed++;
      return settle(url, result.reason);
    }
    try {
      await cache.write(url, result.html, { ...result.meta, fetchedAt: new Date().toISOString() });
    } catch (e) {
      return settle(url, `fetched, but cannot be stored in ${settings.cacheDir}: ${(e as Error).message}`);
    }
    summary.fetched++;
    settle(url);
  };
  const pending: Promise<void>[] = [];
  // the cache is looked at one URL at a time (a long list must not open every entry at once and run
  // out of file handles, which would look like a miss); only fetches run side by side, in the queue
  for (const { url } of urls) {
    const bad = schemeProblem(url);
    if (bad) settle(url, bad);
    else if (!settings.refetch && (await cache.meta(url))) {
      summary.cached++;
      settle(url);
    } else pending.push(fetchOne(url));
  }
  await Promise.all(pending);
  return { problems, summary };
}

/**
 * What extraction reads pages from: this run's fetch problems first (a page that failed now is
 * reported, not replaced by an older copy), then the cache.
 */
export function cachedPages(cacheDir: string, problems: ReadonlyMap<string, string>): PageSource {
  const cache = new PageCache(cacheDir);
  return async (url) => {
    const problem = problems.get(url);
    if (problem) return { problem };
    try {
      const html = await cache.html(url);
      return html === undefined ? undefined : { html };
    } catch (e) {
      return { problem: `cannot read the cached page in ${cacheDir}: ${(e as Error).message}` };
    }
  };
}

/** Finds the URLs `paths` name, fetches them, and gives the page source extraction reads. */
export async function preparePages(
  paths: string[],
  settings: FetchSettings,
  maxFileBytes: number | undefined,
  onProgress?: (done: number, total: number, failed: number) => void,
): Promise<{ pages: PageSource; summary: FetchSummary }> {
  const urls = await findPageUrls(paths, maxFileBytes);
  const { problems, summary } = await fetchPages(urls, settings, onProgress);
  return { pages: cachedPages(settings.cacheDir, problems), summary };
}
