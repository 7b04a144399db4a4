// Turning file contents into articles: plain text, Markdown, HTML, JSON and JSON Lines.
import type { ArticleInput } from "../types.js";
import { htmlMetadata, visibleText } from "./html.js";
import { normalizeDate } from "./metadata.js";

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export const EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"] as const;

export interface ArticleRecord extends ArticleInput {
  author?: string;
}

/**
 * Field names for each part of an article object, first match wins: our own, then what crawlers and
 * feeds write (news-please: maintext, date_publish, source_domain, authors; schema.org NewsArticle:
 * articleBody, datePublished; RSS: pubDate, link).
 */
const FIELDS = {
  text: ["text", "body", "content", "maintext", "articleBody", "article", "full_text", "story"],
  title: ["title", "headline"],
  date: ["date", "published", "published_at", "publishedAt", "date_publish", "datePublished", "pubDate", "publication_date"],
  source: ["source", "publisher", "source_domain"],
  url: ["url", "link"],
  author: ["author", "byline", "authors"],
} as const;

/** An article object from JSON: a text under one of FIELDS.text, optional id/title/date/source/url/author. */
export function articleFromObject(value: unknown, fallbackId: string): ArticleRecord {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError("expected an article object");
  }
  const o = value as Record<string, unknown>;
  const str = (x: unknown) =>
    typeof x === "string" && x.trim() !== ""
      ? x.trim()
      : typeof x === "number"
        ? String(x)
        : Array.isArray(x) && x.length && x.every((v) => typeof v === "string")
          ? x.join(", ")
          : undefined;
  const first = (names: readonly string[]) => {
    for (const n of names) {
      const v = str(o[n]);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const body = FIELDS.text.map((n) => o[n]).find((x) => typeof x === "string" && x.trim() !== "") as string | undefined;
  if (body === undefined) throw new InputError(`article has no text (expected a non-empty ${FIELDS.text.join(", ")} field)`);
  const id = str(o.id) ?? fallbackId;
  const a: ArticleRecord = { id, text: body };
  const title = first(FIELDS.title);
  if (title) a.title = title;
  const date = normalizeDate(FIELDS.date.map((n) => o[n]).find((x) => x !== undefined && x !== null && x !== ""));
  if (date) a.date = date;
  const source = first(FIELDS.source);
  if (source) a.source = source;
  const url = first(FIELDS.url);
  if (url) a.url = url;
  const author = first(FIELDS.author);
  if (author) a.author = author;
  return a;
}

export function articlesFromJson(content: string, name: string): ArticleRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    throw new InputError(`malformed JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputError("empty JSON array: no articles");
    return value.map((v, i) => articleFromObject(v, value.length === 1 ? name : `${name}-${i + 1}`));
  }
  return [articleFromObject(value, name)];
}

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", hellip: "…",
  lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", eacute: "é", egrave: "è", uuml: "ü",
  ouml: "ö", auml: "ä", ccedil: "ç", iacute: "í", aacute: "á", oacute: "ó", uacute: "ú", ntilde: "ñ",
};
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,32});/gi, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : " ";
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Visible text of an HTML document (script, style and the like dropped) plus its metadata. */
export function articleFromHtml(html: string, name: string): ArticleRecord {
  const meta = htmlMetadata(html);
  const body = decodeEntities(visibleText(html))
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ ?\n[ \n]*/g, (m) => (m.split("\n").length > 2 ? "\n\n" : "\n"))
    .trim();
  if (!body) throw new InputError("HTML has no visible text");
  const a: ArticleRecord = { id: name, text: body };
  const title = meta.title === undefined ? undefined : decodeEntities(meta.title).replace(/\s+/g, " ").trim();
  if (title) a.title = title;
  const date = meta.dates?.map((d) => normalizeDate(decodeEntities(d))).find((d) => d !== undefined);
  if (date) a.date = date;
  if (meta.author) a.author = decodeEntities(meta.author).trim();
  if (meta.source) a.source = decodeEntities(meta.source).trim();
  return a;
}

/** Markdown without its fenced code blocks (an unclosed fence runs to the end). Line by line. */
function dropCodeFences(md: string): string {
  if (!md.includes("```")) return md;
  let inFence = false;
  return md
    .split("\n")
    .map((line) => {
      const fence = line.trimStart().startsWith("```");
      if (fence) inFence = !inFence;
      return fence || inFence ? "" : line;
    })
    .join("\n");
}

/** Markdown: front matter (title/date/source/url/author) read, markup stripped to prose. */
export function articleFromMarkdown(md: string, name: string): ArticleRecord {
  let text = md;
  const fields: Record<string, string> = {};
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (fm) {
    for (const line of fm[1]!.split(/\r?\n/)) {
      const m = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
      if (m) fields[m[1]!.toLowerCase()] = m[2]!.replace(/^["']|["']$/g, "").trim();
    }
    text = text.slice(fm[0].length);
  }
  const heading = /^#\s+(.+)$/m.exec(text);
  // every quantifier inside a line is bounded: markdown is read in time linear in its size, whatever
  // it holds ("[" or "*" repeated, unclosed links)
  text = dropCodeFences(text)
    .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, " ")
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, "$1")
    .replace(/^#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]{0,12}>[ \t]?/gm, "")
    .replace(/^[ \t]{0,12}[-*+][ \t]+/gm, "")
    .replace(/(\*\*|__)([^\n]{1,500}?)\1/g, "$2")
    .replace(/(^|\W)[*_]([^*_\n]{1,500})[*_](?=\W|$)/g, "$1$2")
    .replace(/`([^`\n]{0,500})`/g, "$1")
    .trim();
  if (!text) throw new InputError("Markdown has no text");
  const a: ArticleRecord = { id: fields.id || name, text };
  const title = fields.title || heading?.[1]?.trim();
  if (title) a.title = title;
  const date = normalizeDate(fields.date);
  if (date) a.date = date;
  if (fields.source) a.source = fields.source;
  if (fields.url) a.url = fields.url;
  if (fields.author) a.author = fields.author;
  return a;
}
