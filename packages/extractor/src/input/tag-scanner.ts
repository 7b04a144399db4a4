// The tags of an HTML document, found with indexOf and never with a regular expression over the
// document: every input, however malformed ("<" repeated, unclosed comments, scripts or attributes),
// is read in time linear in its size.
import type { Tag } from "./types.js";

/** Attributes are read from tags up to this long; a longer tag keeps its name only. */
const MAX_TAG_CHARS = 8192;
const NAME_CHAR = /[A-Za-z0-9:-]/;

/**
 * The tags of a document in order, comments skipped. Every indexOf moves forward; a "<" with no ">"
 * after it means no later tag can close either, so the scan ends there.
 */
export class TagScanner {
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

