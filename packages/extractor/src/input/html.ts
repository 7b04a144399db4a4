// HTML without regular expressions over the document: a scanner that finds each tag with indexOf,
// so every input, however malformed ("<" repeated, unclosed comments, scripts or attributes), is
// read in time linear in its size. Two passes: metadata from the tags (title, meta, time, JSON-LD),
// then the visible text.
import { dropReason, pageStructure, type PageStructure } from "./boilerplate.js";
import { jsonLdMetadata } from "./json-ld.js";
import { attributes, TagScanner } from "./tag-scanner.js";
import type { HtmlMetadata } from "./types.js";

/** Elements whose content is never visible text. */
const RAW_TEXT = new Set(["script", "style", "noscript", "template", "svg", "head", "iframe", "object", "title"]);
/** Of those, the ones whose unclosed start drops the rest of the document. */
const RAW_TO_END = new Set(["script", "style", "noscript", "template", "svg", "head"]);
/** Elements that break the text into lines. */
const BLOCK = new Set(
  "p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer blockquote figure figcaption pre hr main aside nav".split(" "),
);
/** Meta names and properties that give the publication date. */
const META_DATE = new Set(["article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "datepublished", "og:published_time", "parsely-pub-date"]);
/** Open Graph and other meta tags read as they are. */
const META_KEYS = new Set(["og:title", "og:site_name", "og:url", "twitter:title", "application-name"]);
/** The text of a fragment with its tags removed. */
function textOf(fragment: string): string {
  const scan = new TagScanner(fragment);
  let out = "";
  let at = 0;
  for (let t = scan.next(); t; t = scan.next()) {
    out += `${fragment.slice(at, t.start)} `;
    at = t.end;
  }
  return out + fragment.slice(at);
}

/** The value of a meta tag that names a person, not a profile page ("article:author" is often a URL). */
const personName = (v: string | undefined) => (v && !/^https?:\/\//i.test(v.trim()) ? v : undefined);

/**
 * Metadata from the tags: the first title outside SVG and the first h1, the publication date
 * (JSON-LD `datePublished`, then meta tags, then `<time datetime>`), the author, the publisher, and
 * Open Graph's title, site name and url. Values are as written (entities not decoded).
 */
export function htmlMetadata(html: string): HtmlMetadata {
  const scan = new TagScanner(html);
  const ld: HtmlMetadata = {};
  const meta = new Map<string, string>();
  let title: string | undefined;
  let h1: string | undefined;
  let timeDate: string | undefined;
  let canonical: string | undefined;
  let svgDepth = 0;
  for (let t = scan.next(); t; t = scan.next()) {
    if (t.name === "svg" && !t.inner.endsWith("/")) svgDepth = Math.max(0, svgDepth + (t.closing ? -1 : 1));
    if (t.closing) continue;
    if (t.name === "title" || t.name === "h1" || t.name === "script" || t.name === "style") {
      const close = scan.closing(t.name, t.end);
      if (!close) continue;
      const content = html.slice(t.end, close.start);
      if (t.name === "title" && svgDepth === 0) title ??= content;
      else if (t.name === "h1") h1 ??= textOf(content);
      else if (t.name === "script" && /ld\+json/i.test(attributes(t.inner).get("type") ?? "")) fillMissing(ld, jsonLdMetadata(content));
      // what is inside a script or a style is not markup
      if (t.name === "script" || t.name === "style") scan.pos = close.end;
      continue;
    }
    if (t.name === "meta") {
      const a = attributes(t.inner);
      const key = (a.get("property") ?? a.get("name") ?? a.get("itemprop") ?? "").toLowerCase();
      const content = a.get("content");
      if (!content?.trim()) continue;
      if (META_DATE.has(key)) {
        if (!meta.has("date")) meta.set("date", content);
      } else if ((key === "author" || key === "article:author" || key === "dc.creator") && personName(content)) meta.set("author", meta.get("author") ?? content);
      else if (META_KEYS.has(key) && !meta.has(key)) meta.set(key, content);
    } else if (t.name === "time") timeDate ??= attributes(t.inner).get("datetime");
    else if (t.name === "link" && !canonical) {
      const a = attributes(t.inner);
      if (a.get("rel")?.toLowerCase() === "canonical") canonical = a.get("href");
    }
  }
  const out: HtmlMetadata = {};
  const heading = [title, ld.title, h1].find((x) => x?.trim());
  if (heading?.trim()) out.title = heading;
  const headlines = [meta.get("og:title"), meta.get("twitter:title"), ld.title, h1].filter((x): x is string => !!x?.trim());
  if (headlines.length) out.headlines = headlines;
  const dates = [ld.date, meta.get("date"), timeDate].filter((d): d is string => !!d?.trim());
  if (dates.length) out.dates = dates;
  const author = meta.get("author") ?? ld.author;
  if (author) out.author = author;
  const source = meta.get("og:site_name") ?? ld.source ?? meta.get("application-name");
  if (source) out.source = source;
  const siteNames = [meta.get("og:site_name"), ld.source, meta.get("application-name")].filter((x): x is string => !!x?.trim());
  if (siteNames.length) out.siteNames = siteNames;
  const url = meta.get("og:url") ?? canonical;
  if (url?.trim() && /^https?:\/\//i.test(url.trim())) out.url = url.trim();
  return out;
}

function fillMissing(into: HtmlMetadata, from: HtmlMetadata): void {
  for (const [k, v] of Object.entries(from) as [keyof HtmlMetadata, never][]) if (into[k] === undefined) into[k] = v;
}

/** What the visible-text pass is asked to do. */
interface TextPass {
  /** Pairs of start and end tags: when given, boilerplate elements (boilerplate.ts) are dropped. */
  structure?: PageStructure;
  /** Only this part of the document (the main content). */
  from?: number;
  to?: number;
}

/**
 * The visible text: raw-text elements dropped, block elements as line breaks, other tags removed;
 * with a page structure, the site around the article (navigation, banners, related stories) too.
 * Dropped elements are jumped over (each tag is still visited at most once).
 */
export function visibleText(html: string, pass: TextPass = {}): { text: string; byline?: string } {
  const to = pass.to ?? html.length;
  const doc = pass.to === undefined ? html : html.slice(0, to);
  const scan = new TagScanner(doc, pass.from ?? 0);
  const ends = pass.structure?.ends;
  const parts: string[] = [];
  let at = pass.from ?? 0;
  let byline: string | undefined;
  /** Offset where the innermost <article> we are in ends (-1: in none). */
  let articleEnd = pass.from !== undefined ? to : -1;
  for (let t = scan.next(); t; t = scan.next()) {
    parts.push(doc.slice(at, t.start));
    at = t.end;
    if (t.closing) {
      if (BLOCK.has(t.name)) parts.push("\n");
      continue;
    }
    if (t.name === "!--") {
      parts.push(" ");
      continue;
    }
    if (RAW_TEXT.has(t.name) && !t.inner.endsWith("/")) {
      const close = scan.closing(t.name, t.end);
      if (close) {
        parts.push(" ");
        at = scan.pos = close.end;
        continue;
      }
      if (RAW_TO_END.has(t.name)) {
        parts.push(" ");
        return { text: parts.join("") };
      }
    }
    const end = ends?.get(t.start);
    if (end !== undefined && end <= to) {
      if (t.name === "article" && end > articleEnd) articleEnd = end;
      const why = dropReason(t.name, t.inner, t.start < articleEnd);
      if (why) {
        if (why === "byline") byline ??= textOf(doc.slice(t.end, end)).replace(/\s+/g, " ").trim().slice(0, 200);
        parts.push("\n");
        at = scan.pos = end;
        continue;
      }
    }
    if (BLOCK.has(t.name)) parts.push("\n");
  }
  parts.push(doc.slice(at, to));
  const out: { text: string; byline?: string } = { text: parts.join("") };
  if (byline) out.byline = byline;
  return out;
}

/** The main content's text is used only when it holds this share of the page's text (else it is a teaser). */
const MAIN_MIN_SHARE = 0.25;
/** Below this many characters, dropping boilerplate is judged to have dropped the article itself... */
const MIN_ARTICLE_CHARS = 200;
/** ... unless it kept at least this share of the page's text. */
const KEPT_MIN_SHARE = 0.5;

const textLength = (s: string) => s.replace(/\s+/g, "").length;

/**
 * The article's text of a saved page: the site around it dropped, and only the main content
 * (`<article>`, `<main>`) when the page marks it. Falls back to the whole visible text when the
 * cleaning would leave almost nothing (a page whose every wrapper says "sidebar").
 */
export function articleText(html: string): { text: string; byline?: string } {
  const all = visibleText(html);
  const structure = pageStructure(html);
  const cleaned = visibleText(html, { structure });
  const cleanedChars = textLength(cleaned.text);
  if (cleanedChars < MIN_ARTICLE_CHARS && cleanedChars < textLength(all.text) * KEPT_MIN_SHARE) return all;
  if (structure.main) {
    const main = visibleText(html, { structure, from: structure.main.start, to: structure.main.end });
    if (textLength(main.text) >= cleanedChars * MAIN_MIN_SHARE) return { ...main, ...(main.byline || !cleaned.byline ? {} : { byline: cleaned.byline }) };
  }
  return cleaned;
}
