// The shapes of fetching pages: how a run fetches, what the cache keeps beside each page, and what
// a fetch gave.

/** How pages are fetched (the CLI's --fetch options). */
export interface FetchSettings {
  /** Where fetched pages are kept (default .backchannel/cache/pages under the current directory). */
  cacheDir: string;
  /** Per request, body included (default 15 s). */
  timeoutMs: number;
  /** The largest body read (default 5 MiB); a larger one is refused. */
  maxBytes: number;
  /** Fetch again what the cache holds. */
  refetch: boolean;
  userAgent: string;
  /** Requests at once, over all hosts (default 4). */
  concurrency?: number;
  /** Requests at once to one host (default 1). */
  perHost?: number;
}

/** What the cache keeps beside a page's body (`<sha256 of the URL>.json` beside `<sha256>.html`). */
export interface CachedPageMeta {
  /** The URL asked for (the file name is its hash). */
  url: string;
  /** Where redirects ended. */
  finalUrl: string;
  status: number;
  contentType: string;
  /** ISO time of the fetch. */
  fetchedAt: string;
  /** Size of the body as received; the body is stored decoded, as UTF-8. */
  bytes: number;
  /** The character encoding the body was decoded from. */
  charset: string;
}

/** One fetch: the page's HTML as text and what the cache keeps about it, or why there is no page. */
export type FetchResult = { ok: true; html: string; meta: Omit<CachedPageMeta, "url" | "fetchedAt"> } | { ok: false; reason: string };

/** What fetching the pages of a run did. */
export interface FetchSummary {
  urls: number;
  fetched: number;
  /** Already in the cache, not fetched again. */
  cached: number;
  failed: number;
}
