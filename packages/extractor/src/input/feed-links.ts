// Relative links in feeds. An item's `<link>` (or an Atom link's href) may be relative: to the
// `xml:base` of the element or of one of its ancestors, and above them to the feed's own URL (RFC 3986,
// XML Base, RFC 4287 §2). A feed read from a file has no URL of its own, so its self link stands for it
// (`<atom:link rel="self">` in RSS, `<link rel="self">` in Atom), and failing that the site it names
// (RSS's channel `<link>`, Atom's alternate link). A link that is already absolute is left exactly as
// written: resolving would normalise it, and the page cache and the ids know it as written.
import { decodeEntities } from "./formats.js";
import type { XmlElement } from "./types.js";

/** A reference with a scheme ("https:", "mailto:", "javascript:"): absolute, never resolved. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `ref` resolved against `base`; `ref` itself when it is absolute or cannot be resolved (no usable base). */
export function resolveLink(ref: string, base: string | undefined): string {
  if (SCHEME.test(ref) || !base) return ref;
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

/** An absolute http(s) URL, or undefined: only those can be bases of the links a fetcher asks for. */
function httpBase(s: string | undefined): string | undefined {
  if (!s || !/^https?:\/\//i.test(s)) return undefined;
  try {
    return new URL(s).href;
  } catch {
    return undefined;
  }
}

/** The base of an element's content: its own xml:base resolved against its parent's base, else the parent's. */
export function baseOf(el: XmlElement, parentBase: string | undefined): string | undefined {
  const own = el.attrs.get("xml:base");
  if (own === undefined) return parentBase;
  return httpBase(resolveLink(decodeEntities(own.trim()), parentBase)) ?? parentBase;
}

/** A link element's href with a given rel ("alternate" when it has none) among an element's children. */
function linkHref(el: XmlElement, names: readonly string[], rel: string): string | undefined {
  for (const c of el.children) {
    if (!names.includes(c.name) || !c.attrs.has("href")) continue;
    if ((c.attrs.get("rel") ?? "alternate") === rel) return decodeEntities(c.attrs.get("href")!.trim());
  }
  return undefined;
}

/**
 * What a feed's relative links resolve against above any xml:base: the feed's self link, else the site
 * it names, each resolved against the root's xml:base when that is absolute. Undefined when neither is
 * an absolute http(s) URL.
 */
export function feedBase(root: XmlElement, channel: XmlElement | undefined): string | undefined {
  const rootBase = baseOf(root, undefined);
  const scope = channel ?? root;
  const atom = root.name === "feed";
  const self = linkHref(scope, ["link", "atom:link"], "self");
  const site = atom ? linkHref(root, ["link"], "alternate") : scope.children.find((c) => c.name === "link" && c.text.trim())?.text.trim();
  for (const candidate of [self, site]) {
    const url = candidate === undefined ? undefined : httpBase(resolveLink(candidate, rootBase));
    if (url) return url;
  }
  return rootBase;
}
