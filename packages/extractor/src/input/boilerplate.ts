// What of a saved web page is the article and what is the site around it: navigation, footers,
// cookie banners, share bars, byline boxes and related-story lists are dropped before the text
// reaches the extractor (their names would otherwise become actors: "© 2024 Nation Media Group").
// Everything here is one forward pass over the tags, so the page is still read in linear time.
import { attributes, TagScanner } from "./tag-scanner.js";

/** Elements that are never the article, wherever they are. */
const DROPPED_ELEMENTS = new Set(["nav", "footer", "aside", "button", "dialog", "menu", "select"]);
/** Elements whose content is not markup: their inside is skipped while pairing tags. */
const RAW = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "title", "textarea"]);
/** Elements that have no end tag. */
const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));
/** ARIA landmarks of the site around the article. */
const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"]);
/**
 * Words of a class or id that name the site around the article. Matched as whole parts of a
 * hyphenated, underscored or camel-cased name ("related-stories", "cookieBanner", "share_bar"),
 * never as substrings ("shared-content", "navigator", "adjacent" are kept).
 */
const BOILERPLATE_WORDS = new Set(
  (
    "cookie cookies consent gdpr cmp related recommended recommendations newsletter newsletters subscribe subscription signup " +
    "share sharing social promo promos promotion advert advertisement ad ads sponsored outbrain taboola paywall breadcrumb " +
    "breadcrumbs comments sidebar trending popular mostread nav navbar navigation menu footer masthead toolbar"
  ).split(" "),
);
/** Parts that only name boilerplate together with another part ("read-more", "most-read", "author-box"). */
const BOILERPLATE_PAIRS = ["read more", "most read", "more stories", "author box", "author bio", "author info", "tags list", "skip link"];
/** Classes that say a state of the element, not what it is ("has-sidebar", "is-sharing", "with-nav"). */
const STATE_PREFIX = /^(?:has|is|with|no|js)[-_]/i;
/** Elements never dropped for their class or id (a page's wrapper may say "nav-open"). */
const NEVER_DROPPED = new Set(["html", "body", "main", "article"]);
/** Words of a class or id that say the element holds the author's name. */
const BYLINE_WORDS = new Set(["byline", "bylines", "author"]);

export interface PageStructure {
  /** For each start tag's offset, the offset after its matching end tag (same name, nested pairs balanced). */
  ends: Map<number, number>;
  /** The main content, if the page marks it: the longest `<article>`, else `<main>` or role=main. */
  main?: { start: number; end: number };
}

function nameParts(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a class or id value names the site around the article. */
export function isBoilerplateName(value: string): boolean {
  for (const token of value.split(/\s+/)) {
    if (!token || STATE_PREFIX.test(token)) continue;
    const parts = nameParts(token);
    const joined = parts.join(" ");
    if (parts.some((p) => BOILERPLATE_WORDS.has(p))) return true;
    if (BOILERPLATE_PAIRS.some((pair) => ` ${joined} `.includes(` ${pair} `))) return true;
  }
  return false;
}

/** Whether a class or id value says the element holds the byline. */
export function isBylineName(value: string): boolean {
  return value.split(/\s+/).some((token) => !STATE_PREFIX.test(token) && nameParts(token).some((p) => BYLINE_WORDS.has(p)));
}

/**
 * Pairs every start tag with its end tag, one forward pass with a stack per element name (so a
 * stray or missing end tag of one name never unbalances another), and finds the main content.
 */
export function pageStructure(html: string): PageStructure {
  const scan = new TagScanner(html);
  const open = new Map<string, number[]>();
  const ends = new Map<number, number>();
  const candidates: { start: number; end: number; article: boolean }[] = [];
  const starts = new Map<number, { article: boolean; main: boolean }>();
  for (let t = scan.next(); t; t = scan.next()) {
    if (!t.name || t.name === "!--" || VOID.has(t.name)) continue;
    if (!t.closing) {
      if (t.inner.endsWith("/")) continue;
      if (RAW.has(t.name)) {
        const close = scan.closing(t.name, t.end);
        if (close) {
          ends.set(t.start, close.end);
          scan.pos = close.end;
        }
        continue;
      }
      const stack = open.get(t.name);
      if (stack) stack.push(t.start);
      else open.set(t.name, [t.start]);
      const role = t.name === "article" || t.name === "main" ? "" : (attributes(t.inner).get("role") ?? "");
      if (t.name === "article" || t.name === "main" || role === "main") starts.set(t.start, { article: t.name === "article", main: true });
      continue;
    }
    const start = open.get(t.name)?.pop();
    if (start === undefined) continue;
    ends.set(start, t.end);
    const s = starts.get(start);
    if (s) candidates.push({ start, end: t.end, article: s.article });
  }
  const out: PageStructure = { ends };
  // the longest <article> (related-story cards are <article>s too, but short), else <main>
  const longest = (list: typeof candidates) => list.reduce<(typeof candidates)[number] | undefined>((best, c) => (!best || c.end - c.start > best.end - best.start ? c : best), undefined);
  const main = longest(candidates.filter((c) => c.article)) ?? longest(candidates);
  if (main) out.main = { start: main.start, end: main.end };
  return out;
}

/** Why a start tag's element is dropped, or undefined to keep it. `inArticle`: inside an <article>. */
export function dropReason(name: string, inner: string, inArticle: boolean): "boilerplate" | "byline" | undefined {
  if (DROPPED_ELEMENTS.has(name)) return "boilerplate";
  if (name === "header" && !inArticle) return "boilerplate";
  if (NEVER_DROPPED.has(name)) return undefined;
  const a = attributes(inner);
  if (a.has("hidden") || a.get("aria-hidden") === "true") return "boilerplate";
  const role = a.get("role")?.toLowerCase();
  if (role && DROPPED_ROLES.has(role)) return "boilerplate";
  const names = `${a.get("class") ?? ""} ${a.get("id") ?? ""}`;
  if (!names.trim()) return undefined;
  if (isBylineName(names)) return "byline";
  return isBoilerplateName(names) ? "boilerplate" : undefined;
}
