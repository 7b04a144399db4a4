// Types of the input readers.

/** What an HTML page says about itself, before normalisation (dates as written). */
export interface HtmlMetadata {
  /** The first `<title>` (else the JSON-LD headline, else the first h1), site name included. */
  title?: string;
  /** Headlines stated without the site's name: og:title, twitter:title, JSON-LD headline, h1. */
  headlines?: string[];
  /** Names of the site: og:site_name, JSON-LD publisher, application-name. */
  siteNames?: string[];
  /** og:url, else the canonical link. */
  url?: string;
  /** Publication date candidates, best first: JSON-LD, meta tags, `<time datetime>`. */
  dates?: string[];
  /** JSON-LD's `datePublished` (only on what jsonLdMetadata returns). */
  date?: string;
  author?: string;
  /** The publisher or site name: og:site_name, else JSON-LD publisher. */
  source?: string;
}

/** One tag of an HTML document, as the tag scanner finds it. */
export interface Tag {
  /** Lower-case element name, "" for none ("< 5"). */
  name: string;
  closing: boolean;
  /** Offsets of "<" and of the character after ">". */
  start: number;
  end: number;
  /** The text between "<" and ">". */
  inner: string;
}

/** An element of a feed's XML (xml.ts): its text is its own character data, children apart. */
export interface XmlElement {
  /** Lower-case name, prefix included ("content:encoded", "dc:creator"). */
  name: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  text: string;
}
