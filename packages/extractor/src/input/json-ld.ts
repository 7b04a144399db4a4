// schema.org metadata in a page's JSON-LD (`<script type="application/ld+json">`): the article's
// headline, datePublished, author and publisher, wherever the object sits (top level, an array,
// an @graph).
import type { HtmlMetadata } from "./types.js";

const ARTICLE_TYPES = /Article|NewsArticle|Report|BlogPosting|WebPage/;
/** Objects visited at most: a hostile document cannot make the walk long. */
const MAX_OBJECTS = 2000;

const text = (v: unknown): string | undefined => {
  if (typeof v === "string" && v.trim()) return v.trim();
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === "object") return text((v as Record<string, unknown>).name);
  return undefined;
};

export function jsonLdMetadata(json: string): HtmlMetadata {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  const queue: unknown[] = [value];
  let visited = 0;
  let fallback: Record<string, unknown> | undefined;
  while (queue.length && visited++ < MAX_OBJECTS) {
    const v = queue.shift();
    if (Array.isArray(v)) {
      queue.push(...v);
      continue;
    }
    if (!v || typeof v !== "object") continue;
    const o = v as Record<string, unknown>;
    const type = ([] as unknown[]).concat(o["@type"] ?? []).join(" ");
    if (o.datePublished !== undefined && ARTICLE_TYPES.test(type)) return pick(o);
    if (o.datePublished !== undefined) fallback ??= o;
    if (Array.isArray(o["@graph"])) queue.push(...o["@graph"]);
  }
  return fallback ? pick(fallback) : {};
}

function pick(o: Record<string, unknown>): HtmlMetadata {
  const out: HtmlMetadata = {};
  const date = text(o.datePublished) ?? text(o.dateCreated);
  if (date) out.date = date;
  const title = text(o.headline) ?? text(o.name);
  if (title) out.title = title;
  const author = text(o.author);
  if (author) out.author = author;
  const source = text(o.publisher);
  if (source) out.source = source;
  return out;
}
