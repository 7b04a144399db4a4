// The shapes of fetching pages: how a run fetches, what the cache keeps beside each page, what
// a fetch gave, and robots.txt.

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
  /** Fetch what the sites' robots.txt disallow too (--ignore-robots). */
  ignoreRobots?: boolean;
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
export type FetchResult =
  | { ok: true; html: string; meta: Omit<CachedPageMeta, "url" | "fetchedAt"> }
  /** `disallowed`: not asked for, because robots.txt disallows it (or could not be read). */
  | { ok: false; reason: string; disallowed?: boolean };

/** What fetching the pages of a run did. */
export interface FetchSummary {
  urls: number;
  fetched: number;
  /** Already in the cache, not fetched again. */
  cached: number;
  failed: number;
  /** Of the failed, those not fetched because the site's robots.txt disallows them. */
  disallowed: number;
}

/** A rule of a robots.txt group (robots.ts). */
export interface RobotsRule {
  allow: boolean;
  /** The path pattern, percent escapes normalised (`*` any run of characters, a final `$` the end). */
  pattern: string;
  /** The line as the file wrote it, for reports ("Disallow: /private/"). */
  line: string;
}

/** A group of a robots.txt: the user agents it names (product tokens in lower case, or `*`) and its rules. */
export interface RobotsGroup {
  agents: string[];
  rules: RobotsRule[];
}

/** What the cache keeps of a site's robots.txt (`robots/<sha256 of the origin>.json` in the page cache). */
export interface CachedRobots {
  origin: string;
  /** Where the file was asked for. */
  url: string;
  /** 2xx: `text` holds the file; 4xx: there is none, and everything is allowed. */
  status: number;
  text: string;
  /** ISO time of the fetch: an entry older than a day is fetched again. */
  fetchedAt: string;
}
