// Types of the input readers.

/** What an HTML page says about itself, before normalisation (dates as written). */
export interface HtmlMetadata {
  title?: string;
  /** Publication date candidates, best first: JSON-LD, meta tags, `<time datetime>`. */
  dates?: string[];
  /** JSON-LD's `datePublished` (only on what jsonLdMetadata returns). */
  date?: string;
  author?: string;
  /** The publisher or site name. */
  source?: string;
}
