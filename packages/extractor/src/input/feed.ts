// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item or entry an article, with its link, date,
// author and title; its text from the full content (content:encoded, Atom content) when the feed
// carries it, else from the description or summary. Content is HTML: it goes through the HTML path
// (entities, scripts, share bars and the like dropped). A relative link is resolved against the
// item's xml:base and the feed's own URL (feed-links.ts), so the page behind it can be fetched.
import * as crypto from "node:crypto";
import { baseOf, feedBase, resolveLink } from "./feed-links.js";
import { decodeEntities, InputError, textOfHtml, type ArticleRecord } from "./formats.js";
import { normalizeDate } from "./metadata.js";
import type { XmlElement } from "./types.js";
import { child, childText, parseXml } from "./xml.js";

/** Root elements of the feeds read. */
export const FEED_ROOTS = new Set(["rss", "feed", "rdf:rdf"]);

/** All the character data under an element (Atom's type="xhtml" content is markup, not text). */
function deepText(el: XmlElement): string {
  let out = el.text;
  for (const c of el.children) out += ` ${deepText(c)}`;
  return out;
}

/** Text that may be HTML ("&lt;p&gt;…" once decoded, or CDATA): its visible text. */
function plain(s: string | undefined): string {
  if (!s) return "";
  return s.includes("<") ? textOfHtml(s).text : decodeEntities(s).replace(/\s+/g, " ").trim();
}

/** RSS's author is an e-mail address, often with the name in brackets: "desk@example.org (Jo Bloggs)". */
function authorName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const bracketed = /\(([^()]{1,100})\)\s*$/.exec(raw);
  if (bracketed) return bracketed[1]!.trim();
  return /^\S+@\S+$/.test(raw.trim()) ? undefined : raw.trim();
}

/** Atom's link: the alternate one (or the one with no rel), with the base its href is relative to. */
function atomLink(entry: XmlElement, base: string | undefined): { href: string | undefined; base: string | undefined } {
  const links = entry.children.filter((c) => c.name === "link");
  const alt = links.find((l) => (l.attrs.get("rel") ?? "alternate") === "alternate") ?? links[0];
  return { href: alt?.attrs.get("href") ?? alt?.text.trim() ?? undefined, base: alt ? baseOf(alt, base) : base };
}

/** An item's link as written, and the base a relative one resolves against (its element's xml:base, then the item's). */
function itemLink(item: XmlElement, base: string | undefined): { href: string | undefined; base: string | undefined } {
  if (item.name === "entry") return atomLink(item, base);
  const link = item.children.find((c) => c.name === "link" && c.text.trim());
  return { href: link?.text.trim(), base: link ? baseOf(link, base) : base };
}

/**
 * A stable id per item: the feed's file name and a hash of the item's guid (else its link, else
 * its title and date). A feed read again after new items arrived keeps its old items' ids, so
 * loading it again updates rather than duplicates.
 */
function itemId(feedName: string, key: string | undefined, index: number): string {
  if (!key) return `${feedName}-${index + 1}`;
  return `${feedName}-${crypto.createHash("sha1").update(key).digest("hex").slice(0, 10)}`;
}

/** How the items of one feed are read. */
interface FeedContext {
  feedName: string;
  source: string | undefined;
  linkOnly: boolean;
  /** What the item's relative links resolve against, above its own xml:base. */
  base: string | undefined;
}

function itemArticle(item: XmlElement, index: number, feed: FeedContext): ArticleRecord | undefined {
  const { feedName, source, linkOnly } = feed;
  const full = child(item, "content:encoded", "content");
  const fullText = full ? (full.attrs.get("type") === "xhtml" ? deepText(full) : full.text) : "";
  const summary = childText(item, "description", "summary");
  const text = plain(fullText.trim() ? fullText : summary);
  const link = itemLink(item, baseOf(item, feed.base));
  // the link as written keys the id (so ids stay what they were); the resolved one is what is fetched
  const url = link.href;
  if (!text && !(linkOnly && url?.trim())) return undefined;
  const title = plain(childText(item, "title")) || undefined;
  const date = normalizeDate(childText(item, "pubdate", "published", "updated", "dc:date"));
  const atomAuthor = child(item, "author");
  const author = authorName(childText(item, "dc:creator") ?? (atomAuthor ? (childText(atomAuthor, "name") ?? atomAuthor.text.trim()) : undefined));
  const key = childText(item, "guid", "id") ?? url ?? (title ? `${title}|${date ?? ""}` : undefined);
  const a: ArticleRecord = { id: itemId(feedName, key, index), text };
  if (title) a.title = title;
  if (date) a.date = date;
  if (author) a.author = decodeEntities(author);
  if (url) a.url = resolveLink(decodeEntities(url.trim()), link.base);
  if (source) a.source = source;
  return a;
}

/**
 * The articles of an RSS or Atom feed. Items without any text are skipped; no item at all is an error.
 * With `linkOnly`, an item with a link but no text is kept with an empty text: its fetched page may
 * give it one (feeds that carry only titles and links are common).
 */
export function articlesFromFeed(xml: string, feedName: string, opts: { linkOnly?: boolean } = {}): ArticleRecord[] {
  const root = parseXml(xml);
  if (!root || !FEED_ROOTS.has(root.name)) throw new InputError(`not an RSS or Atom feed (root element ${root ? `<${root.name}>` : "missing"})`);
  const channel = root.name === "rss" ? child(root, "channel") : root.name === "feed" ? root : child(root, "channel");
  const source = channel ? plain(childText(channel, "title")) || undefined : undefined;
  // RSS 2.0: items inside channel; RSS 1.0 (RDF): items beside it; Atom: entries in the feed
  const items = root.name === "feed" ? root.children.filter((c) => c.name === "entry") : [...(channel?.children ?? []), ...root.children].filter((c) => c.name === "item");
  if (!items.length) throw new InputError("feed has no items");
  const rootBase = baseOf(root, feedBase(root, channel));
  // RSS 2.0's items are inside the channel and take its xml:base too; RSS 1.0's are beside it
  const channelBase = channel && channel !== root ? baseOf(channel, rootBase) : rootBase;
  const inChannel = root.name === "feed" ? 0 : (channel?.children.filter((c) => c.name === "item").length ?? 0);
  const out: ArticleRecord[] = [];
  items.forEach((item, i) => {
    const a = itemArticle(item, i, { feedName, source, linkOnly: opts.linkOnly === true, base: i < inChannel ? channelBase : rootBase });
    if (a) out.push(a);
  });
  if (!out.length) throw new InputError(`feed has ${items.length} items but none with text`);
  return out;
}
