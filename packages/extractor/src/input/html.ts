// HTML without regular expressions over the document: a scanner that finds each tag with indexOf,
// so every input, however malformed ("<" repeated, unclosed comments, scripts or attributes), is
// read in time linear in its size. Two passes: metadata from the tags (title, meta, time, JSON-LD),
// then the visible text.
import { jsonLdMetadata } from "./json-ld.js";
import type { HtmlMetadata } from "./types.js";

/** Elements whose content is never visible text. */
const RAW_TEXT = new Set(["script", "style", "noscript", "template", "svg", "head", "iframe", "object", "title"]);
/** Of those, the ones whose unclosed start drops the rest of the document. */
const RAW_TO_END = new Set(["script", "style", "noscript", "template", "svg", "head"]);
/** Elements that break the text into lines. */
const BLOCK = new Set(
  "p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer blockquote figure figcaption pre hr main aside nav".split(" "),
);
/** Attributes are read from tags up to this long; a longer tag keeps its name only. */
const MAX_TAG_CHARS = 8192;
/** Meta names and properties that give the publication date. */
const META_DATE = new Set(["article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "datepublished", "og:published_time", "parsely-pub-date"]);
const NAME_CHAR = /[A-Za-z0-9:-]/;

interface Tag {
  /** Lower-case element name, "" for none ("< 5"). */
  name: string;
  closing: boolean;
  /** Offsets of "<" and of the character after ">". */
  start: number;
  end: number;
  /** The text between "<" and ">". */
  inner: string;
}

/**
 * The tags of a document in order, comments skipped. Every indexOf moves forward; a "<" with no ">"
 * after it means no later tag can close either, so the scan ends there.
 */
class TagScanner {
  constructor(
    private readonly html: string,
    public pos = 0,
  ) {}

  next(): Tag | undefined {
    const html = this.html;
    while (this.pos < html.length) {
      const lt = html.indexOf("<", this.pos);
      if (lt < 0) break;
      if (html.startsWith("<!--", lt)) {
        const close = html.indexOf("-->", lt + 4);
        if (close < 0) {
          // an unclosed comment runs to the end of the document
          this.pos = html.length;
          return { name: "!--", closing: false, start: lt, end: html.length, inner: "" };
        }
        this.pos = close + 3;
        continue;
      }
      const gt = html.indexOf(">", lt + 1);
      if (gt < 0) break;
      const inner = html.slice(lt + 1, gt);
      const closing = inner.charCodeAt(0) === 47; // "/"
      const from = closing ? 1 : 0;
      let k = from;
      if (/[A-Za-z]/.test(inner[k] ?? "")) while (k < inner.length && NAME_CHAR.test(inner[k]!)) k++;
      this.pos = gt + 1;
      return { name: inner.slice(from, k).toLowerCase(), closing, start: lt, end: gt + 1, inner };
    }
    this.pos = html.length;
    return undefined;
  }

  /** Per element name, the last search: from where, and what it found (null: nothing to the end). */
  private readonly lastClosing = new Map<string, { from: number; found: { start: number; end: number } | null }>();

  /**
   * The closing tag `</name>` at or after `from` (case-insensitive). Searches come with growing
   * `from`, so the last answer for a name stands while `from` has not passed it: the document is
   * scanned once per element name, not once per start tag ("<script>" repeated stays linear).
   */
  closing(name: string, from: number): { start: number; end: number } | undefined {
    const last = this.lastClosing.get(name);
    if (last && from >= last.from && (last.found === null || from <= last.found.start)) return last.found ?? undefined;
    const found = this.searchClosing(name, from);
    this.lastClosing.set(name, { from, found: found ?? null });
    return found;
  }

  private searchClosing(name: string, from: number): { start: number; end: number } | undefined {
    const html = this.html;
    let pos = from;
    for (;;) {
      const at = html.indexOf("</", pos);
      if (at < 0) return undefined;
      const after = html[at + 2 + name.length];
      if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && (after === undefined || after === ">" || /\s/.test(after))) {
        const gt = html.indexOf(">", at);
        return gt < 0 ? undefined : { start: at, end: gt + 1 };
      }
      pos = at + 2;
    }
  }
}

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";

/** The attributes of a tag's text (lower-case names, first wins); a scanner linear in the tag. */
export function attributes(inner: string): Map<string, string> {
  const out = new Map<string, string>();
  if (inner.length > MAX_TAG_CHARS) return out;
  const n = inner.length;
  let i = 0;
  while (i < n && !isSpace(inner[i]) && inner[i] !== "/") i++; // the element name
  while (i < n) {
    while (i < n && (isSpace(inner[i]) || inner[i] === "/")) i++;
    const nameStart = i;
    while (i < n && !isSpace(inner[i]) && inner[i] !== "/" && inner[i] !== "=") i++;
    const name = inner.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(inner[i])) i++;
    let value = "";
    if (inner[i] === "=") {
      i++;
      while (i < n && isSpace(inner[i])) i++;
      const q = inner[i];
      if (q === '"' || q === "'") {
        const close = inner.indexOf(q, i + 1);
        const end = close < 0 ? n : close;
        value = inner.slice(i + 1, end);
        i = end + 1;
      } else {
        const from = i;
        while (i < n && !isSpace(inner[i])) i++;
        value = inner.slice(from, i);
      }
    }
    if (name && !out.has(name)) out.set(name, value);
    if (i === nameStart) i++; // never stall on a stray character
  }
  return out;
}

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

/**
 * Metadata from the tags: the first title outside SVG (else the first h1), the publication date
 * (JSON-LD `datePublished`, then meta tags, then `<time datetime>`), the author and the publisher.
 */
export function htmlMetadata(html: string): HtmlMetadata {
  const scan = new TagScanner(html);
  const ld: HtmlMetadata = {};
  let title: string | undefined;
  let h1: string | undefined;
  let metaDate: string | undefined;
  let timeDate: string | undefined;
  let author: string | undefined;
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
      if (!content) continue;
      if (META_DATE.has(key)) metaDate ??= content;
      else if (key === "author" || key === "article:author") author ??= content;
    } else if (t.name === "time") timeDate ??= attributes(t.inner).get("datetime");
  }
  const out: HtmlMetadata = {};
  const heading = [title, ld.title, h1].find((x) => x?.trim());
  if (heading?.trim()) out.title = heading;
  const dates = [ld.date, metaDate, timeDate].filter((d): d is string => !!d?.trim());
  if (dates.length) out.dates = dates;
  if (author ?? ld.author) out.author = (author ?? ld.author)!;
  if (ld.source) out.source = ld.source;
  return out;
}

function fillMissing(into: HtmlMetadata, from: HtmlMetadata): void {
  for (const [k, v] of Object.entries(from) as [keyof HtmlMetadata, never][]) if (into[k] === undefined) into[k] = v;
}

/** The visible text: raw-text elements dropped, block elements as line breaks, other tags removed. */
export function visibleText(html: string): string {
  const scan = new TagScanner(html);
  const parts: string[] = [];
  let at = 0;
  for (let t = scan.next(); t; t = scan.next()) {
    parts.push(html.slice(at, t.start));
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
        return parts.join("");
      }
    }
    if (BLOCK.has(t.name)) parts.push("\n");
  }
  parts.push(html.slice(at));
  return parts.join("");
}
