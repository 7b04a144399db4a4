// Whether a page may be fetched, by its site's robots.txt (robots.ts reads the file). A site's
// robots.txt is asked for at most once per run (every page of the site waits on that one request),
// and kept with the pages, in the cache's `robots/` folder, for a day (RFC 9309 §2.4: a crawler
// should not use a cached copy older than 24 hours); --refetch asks again. What the site answers
// decides (RFC 9309 §2.3.1): a file (2xx) gives the rules; none (4xx) allows everything; a server
// error, a timeout or no answer at all means the crawler may fetch nothing from the site, and that is
// not cached, so the next run asks again.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { decidingRule, MAX_ROBOTS_BYTES, parseRobots, productToken, rulesFor } from "./robots.js";
import type { CachedRobots, FetchSettings, RobotsRule } from "./types.js";

/** How long a cached robots.txt is used. */
export const ROBOTS_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** What a site's robots.txt says for this fetcher: its rules, or that nothing may be fetched (and why). */
type SitePolicy =
  | { rules: RobotsRule[]; url: string /** whose group the rules are: this fetcher's token, or `*` */; agent: string }
  | { unreachable: string; url: string };

const OVERRIDE = "--ignore-robots fetches it anyway";

/** The first `MAX_ROBOTS_BYTES` of a body (the rest is not read), as UTF-8. */
async function readHead(res: Response): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_ROBOTS_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks).subarray(0, MAX_ROBOTS_BYTES));
}

export class RobotsPolicy {
  private readonly sites = new Map<string, Promise<SitePolicy>>();
  private readonly token: string;

  constructor(private readonly settings: Pick<FetchSettings, "cacheDir" | "timeoutMs" | "userAgent" | "refetch">) {
    this.token = productToken(settings.userAgent);
  }

  /** Why `url` may not be fetched, or undefined when it may. */
  async check(url: string): Promise<string | undefined> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return undefined; // not a URL: the fetcher says so
    }
    if (u.pathname === "/robots.txt") return undefined;
    let site = this.sites.get(u.origin);
    if (!site) {
      site = this.load(u.origin);
      this.sites.set(u.origin, site);
    }
    const policy = await site;
    if ("unreachable" in policy) return `${policy.url} ${policy.unreachable}: the site is taken to disallow everything; not fetched (${OVERRIDE})`;
    const rule = decidingRule(policy.rules, u.pathname + u.search);
    if (!rule || rule.allow) return undefined;
    return `disallowed by ${policy.url} ("${rule.line}" for ${policy.agent}); not fetched (${OVERRIDE})`;
  }

  private file(origin: string): string {
    return join(this.settings.cacheDir, "robots", `${createHash("sha256").update(origin).digest("hex")}.json`);
  }

  private async load(origin: string): Promise<SitePolicy> {
    const cached = this.settings.refetch ? undefined : await this.cached(origin);
    const entry = cached ?? (await this.fetchRobots(origin));
    if ("unreachable" in entry) return entry;
    if (!cached) await this.store(entry).catch(() => undefined); // a cache that cannot be written costs a request next run, no more
    if (entry.status >= 400) return { rules: [], url: entry.url, agent: "*" };
    const groups = parseRobots(entry.text);
    const named = groups.some((g) => g.agents.includes(this.token.toLowerCase()));
    return { rules: rulesFor(groups, this.token), url: entry.url, agent: named ? this.token : "*" };
  }

  private async cached(origin: string): Promise<CachedRobots | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.file(origin), "utf8")) as CachedRobots;
      const age = Date.now() - Date.parse(entry.fetchedAt);
      return entry.origin === origin && typeof entry.text === "string" && age >= 0 && age < ROBOTS_MAX_AGE_MS ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  private async store(entry: CachedRobots): Promise<void> {
    const file = this.file(entry.origin);
    await mkdir(join(this.settings.cacheDir, "robots"), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(entry, null, 2)}\n`, "utf8");
    await rename(tmp, file);
  }

  private async fetchRobots(origin: string): Promise<CachedRobots | { unreachable: string; url: string }> {
    const url = `${origin}/robots.txt`;
    try {
      const res = await fetch(url, {
        redirect: "follow",
        signal: AbortSignal.timeout(this.settings.timeoutMs),
        headers: { "user-agent": this.settings.userAgent, accept: "text/plain,*/*;q=0.5" },
      });
      if (res.status >= 500) {
        await res.body?.cancel().catch(() => undefined);
        return { unreachable: `could not be read (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""})`, url };
      }
      const text = res.ok ? await readHead(res) : "";
      if (!res.ok) await res.body?.cancel().catch(() => undefined);
      return { origin, url, status: res.status, text, fetchedAt: new Date().toISOString() };
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      const why = err.name === "TimeoutError" ? `timed out after ${this.settings.timeoutMs / 1000} s` : (err.cause?.code ?? err.message);
      return { unreachable: `could not be read (${why})`, url };
    }
  }
}
