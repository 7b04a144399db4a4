// Turning file contents into articles: plain text, Markdown, HTML, JSON and JSON Lines.
import type { ArticleInput } from "../types.js";
import { decodeHTML } from "entities";
import { articleText, htmlMetadata, visibleText } from "./html.js";
import { cleanTitle } from "./title.js";
import { normalizeDate } from "./metadata.js";

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export const EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".rss", ".atom", ".xml", ".urls"] as const;

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

/**
 * HTML character references, every one the HTML standard names (the `entities` package's table),
 * case-sensitive as the standard says (`&Eacute;` is "É", `&eacute;` is "é"), numeric ones included.
 * References without a semicolon are read as browsers read them in text ("&copy 2024").
 */
export function decodeEntities(s: string): string {
  return s.includes("&") ? decodeHTML(s) : s;
}

/** Visible text of an HTML fragment (a feed item's content): tags, scripts and entities resolved, spaces tidied. */
export function textOfHtml(html: string, dropBoilerplate = true): { text: string; byline?: string } {
  const visible = dropBoilerplate ? articleText(html) : visibleText(html);
  const text = decodeEntities(visible.text)
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ ?\n[ \n]*/g, (m) => (m.split("\n").length > 2 ? "\n\n" : "\n"))
    .trim();
  return visible.byline ? { text, byline: visible.byline } : { text };
}

const oneLine = (s: string) => decodeEntities(s).replace(/\s+/g, " ").trim();

/** A saved web page: the article's text (the site around it dropped) and what the page says about itself. */
export function articleFromHtml(html: string, name: string): ArticleRecord {
  const meta = htmlMetadata(html);
  const { text: body, byline } = textOfHtml(html);
  if (!body) throw new InputError("HTML has no visible text");
  const a: ArticleRecord = { id: name, text: body };
  const siteNames = (meta.siteNames ?? []).map(oneLine);
  const headlines = (meta.headlines ?? []).map(oneLine);
  const title = meta.title === undefined ? undefined : cleanTitle(oneLine(meta.title), { siteNames, headlines });
  if (title) a.title = title;
  const date = meta.dates?.map((d) => normalizeDate(decodeEntities(d))).find((d) => d !== undefined);
  if (date) a.date = date;
  // a byline box dropped from the text names the author when no meta tag does; a long one is a biography
  const boxed = byline ? oneLine(byline).replace(/^by\s+/i, "") : undefined;
  const author = meta.author ? oneLine(meta.author) : boxed && boxed.length <= 80 ? boxed : undefined;
  if (author) a.author = author;
  if (meta.source) a.source = oneLine(meta.source);
  if (meta.url) a.url = decodeEntities(meta.url);
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
