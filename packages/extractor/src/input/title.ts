// A page's <title> is the headline plus the site: "Talks resume in Doha | Daily Nation". The
// suffix (or prefix) is dropped when it is the site's name, when the rest is the headline the page
// states elsewhere (og:title, JSON-LD headline, h1), or, after " | " only, when it is short: a pipe
// is almost never part of a headline, while " - " often is ("Sudan talks - a timeline").

const SEPARATORS = [" | ", " - ", " — ", " – ", " :: ", " · ", " • "];
/** A trailing segment after " | " this short is a site or section name. */
const SHORT_SEGMENT_WORDS = 4;
const SHORT_SEGMENT_CHARS = 40;

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A site's name as written in titles: "The Guardian", "Reuters.com" and "reuters" are one name. */
const siteKey = (s: string) => squash(s.trim().replace(/^the\s+/i, "").replace(/\.(?:com|org|net|co\.uk|[a-z]{2})$/i, ""));

function sameName(segment: string, site: string): boolean {
  const a = siteKey(segment);
  return a.length >= 2 && a === siteKey(site);
}

export interface TitleContext {
  /** Names of the site: og:site_name, JSON-LD publisher, application-name. */
  siteNames: string[];
  /** Headlines the page states elsewhere, without a site name: og:title, JSON-LD headline, h1. */
  headlines: string[];
}

function stripOnce(title: string, ctx: TitleContext): string | undefined {
  const headlines = new Set(ctx.headlines.map(squash).filter(Boolean));
  for (const sep of SEPARATORS) {
    const last = title.lastIndexOf(sep);
    if (last > 0) {
      const head = title.slice(0, last).trim();
      const tail = title.slice(last + sep.length).trim();
      if (head && ctx.siteNames.some((s) => sameName(tail, s))) return head;
      if (head && headlines.has(squash(head))) return head;
      const words = tail.split(/\s+/).length;
      if (sep === " | " && head.split(/\s+/).length >= 3 && words <= SHORT_SEGMENT_WORDS && tail.length <= SHORT_SEGMENT_CHARS) return head;
    }
    const first = title.indexOf(sep);
    if (first > 0) {
      const lead = title.slice(0, first).trim();
      const rest = title.slice(first + sep.length).trim();
      if (rest && (ctx.siteNames.some((s) => sameName(lead, s)) || headlines.has(squash(rest)))) return rest;
    }
  }
  return undefined;
}

/** The headline of a page title, its site name (and a section name after it) removed. */
export function cleanTitle(title: string, ctx: TitleContext): string {
  let out = title.replace(/\s+/g, " ").trim();
  // "Headline | Politics | Daily Nation": the site, then the section
  for (let i = 0; i < 2; i++) {
    const next = stripOnce(out, ctx);
    if (next === undefined || next === out) break;
    out = next;
  }
  return out;
}
