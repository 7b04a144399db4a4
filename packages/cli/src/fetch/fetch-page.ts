// One page over HTTP(S) with Node's fetch: redirects followed (one by one, so robots.txt is asked
// about each URL before it is requested), a timeout over the whole exchange (body included), the body
// read as a stream and given up past the size cap, and only HTML kept. Every failure becomes a reason
// a person can act on; nothing here throws.
import type { FetchResult } from "./types.js";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** http: and https: only: a feed may link to file:, data: or javascript:, which are never fetched. */
export function schemeProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // a feed's relative link is resolved against its xml:base or its own URL; this one had neither
    if (!/^[a-z][a-z0-9+.-]*:|\s/i.test(url))
      return "a relative link, and the feed gives no base URL to resolve it against (xml:base, a self link or the site's link)";
    return "not a valid URL";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `only http and https pages are fetched (not ${parsed.protocol})`;
  return undefined;
}

/** The charset a page declares: in its Content-Type, else in a meta tag near its start; UTF-8 when neither says. */
function charsetOf(contentType: string, head: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  const start = new TextDecoder("latin1").decode(head.subarray(0, 1024));
  return /<meta[^>]{0,200}charset\s*=\s*["']?([\w.:-]+)/i.exec(start)?.[1]?.toLowerCase() ?? "utf-8";
}

/** Windows-1252's characters at 0x80–0x9F (curly quotes, dashes, the euro sign), by byte. */
const CP1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeBody(body: Uint8Array, charset: string): { html: string; charset: string } {
  try {
    const decoder = new TextDecoder(charset);
    const html = decoder.decode(body);
    // Node 20 decodes windows-1252 (the encoding of every "iso-8859-1" and "latin1" label too) as
    // ISO-8859-1, leaving its quotes and dashes as control characters: put them back
    if (decoder.encoding === "windows-1252") return { html: html.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!), charset };
    return { html, charset };
  } catch {
    // a label TextDecoder does not know: read it as UTF-8 rather than lose the page
    return { html: new TextDecoder("utf-8").decode(body), charset: "utf-8" };
  }
}

/** Why a request failed, from what fetch threw (the network's code rather than "fetch failed"). */
function failure(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: Error & { code?: string } };
  if (err?.name === "TimeoutError") return `timed out after ${timeoutMs / 1000} s`;
  const cause = err?.cause;
  if (!cause) return `cannot fetch: ${err?.message ?? String(e)}`;
  if (!cause.code) return `cannot fetch: ${cause.message}`;
  return `cannot fetch: ${cause.code}${cause.message && !cause.message.includes(cause.code) ? ` (${cause.message})` : ""}`;
}

/** A document that starts (comments aside) with a doctype or an html element. */
function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html)[\s>]/i.test(text.slice(0, 4096).replace(/<!--[\s\S]*?-->/g, ""));
}

/** The body, up to `maxBytes`; undefined when it runs past them (the request is aborted). */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number, abort: AbortController): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      abort.abort();
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export interface FetchPageOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /**
   * Asked before every request, a redirect's too: why this URL may not be fetched (robots.txt), or
   * undefined when it may. A refusal is no request at all.
   */
  mayFetch?: (url: string) => Promise<string | undefined>;
}

/** Redirects followed at most (what browsers and Node's own fetch stop at). */
const MAX_REDIRECTS = 20;

/**
 * Asks for `url` and follows redirects itself (each target checked with `mayFetch` and for its scheme
 * before it is asked for): the response at the end, with its URL, or why there is none.
 */
async function request(
  url: string,
  opts: FetchPageOptions,
  signal: AbortSignal,
): Promise<{ res: Response; url: string } | { ok: false; reason: string; disallowed?: boolean }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    // the URL asked for was checked before the timeout started (fetchPage); each redirect is checked here
    const refused = hop ? await opts.mayFetch?.(current) : undefined;
    if (refused) return { ok: false, reason: `redirected to ${current}, ${refused}`, disallowed: true };
    const res = await fetch(current, {
      redirect: "manual",
      signal,
      headers: { "user-agent": opts.userAgent, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" },
    });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
    if (location === null) return { res, url: current };
    await res.body?.cancel().catch(() => undefined);
    if (hop >= MAX_REDIRECTS) return { ok: false, reason: `more than ${MAX_REDIRECTS} redirects` };
    current = new URL(location, current).href;
    const bad = schemeProblem(current);
    if (bad) return { ok: false, reason: `redirected to ${current}: ${bad}` };
  }
}

/** Fetches one page: its HTML as text, or the reason there is none (timeout, HTTP error, too large, not HTML, robots.txt). */
export async function fetchPage(url: string, opts: FetchPageOptions): Promise<FetchResult> {
  const bad = schemeProblem(url);
  if (bad) return { ok: false, reason: bad };
  // robots.txt is read (once per site) before the page's own time starts
  const refused = await opts.mayFetch?.(url);
  if (refused) return { ok: false, reason: refused, disallowed: true };
  const abort = new AbortController();
  const signal = AbortSignal.any([AbortSignal.timeout(opts.timeoutMs), abort.signal]);
  const tooLarge = `too large (over ${opts.maxBytes} bytes)`;
  try {
    const answered = await request(url, opts, signal);
    if (!("res" in answered)) return answered;
    const { res, url: finalUrl } = answered;
    const contentType = res.headers.get("content-type") ?? "";
    const mime = contentType.split(";")[0]!.trim().toLowerCase();
    const refuse = (reason: string): FetchResult => {
      abort.abort();
      return { ok: false, reason };
    };
    if (!res.ok) return refuse(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    if (mime && !HTML_TYPES.has(mime)) return refuse(`not an HTML page (content type ${mime})`);
    const declared = Number(res.headers.get("content-length"));
    if (declared > opts.maxBytes) return refuse(`too large (${declared} bytes, limit ${opts.maxBytes})`);
    const body = res.body ? await readCapped(res.body, opts.maxBytes, abort) : new Uint8Array();
    if (!body) return { ok: false, reason: tooLarge };
    const charset = charsetOf(contentType, body.subarray(0, 1024));
    const { html, charset: used } = decodeBody(body, charset);
    // no Content-Type at all: kept only when the body says it is HTML
    if (!mime && !looksLikeHtml(html)) return { ok: false, reason: "not an HTML page (no content type, and the body is no HTML document)" };
    return { ok: true, html, meta: { finalUrl, status: res.status, contentType, bytes: body.byteLength, charset: used } };
  } catch (e) {
    return { ok: false, reason: failure(e, opts.timeoutMs) };
  }
}
