// Stable node keys: "<type>:<slug>", e.g. "state:qatar", "person:john-kirby", "meeting:doha-2024-08-15".
import type { NodeType } from "./ontology.js";

/** Lower-case ASCII slug: accents folded, apostrophes dropped, everything else to single dashes. */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['\u2018\u2019\u02bc`]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "unnamed"
  );
}

export function nodeKey(type: NodeType, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

export function articleKey(articleId: string): string {
  return `article:${articleId}`;
}

/** Folds a name for comparison: the same rules the scorer uses (case, accents, punctuation, "the", "'s"). */
export function normName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}
