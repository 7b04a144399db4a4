// Stable node keys: "<type>:<slug>", e.g. "state:qatar", "person:john-kirby", "meeting:doha-2024-08-15".
import type { NodeType } from "./ontology.js";

/** Latin letters that no decomposition folds to ASCII ("Hołownia", "Đoković", "Støre", "Weiß"). */
const UNFOLDED_LETTERS: Readonly<Record<string, string>> = { ł: "l", đ: "d", ø: "o", æ: "ae", œ: "oe", ß: "ss", þ: "th", ð: "d", ı: "i", ħ: "h" };
const UNFOLDED = new RegExp(`[${Object.keys(UNFOLDED_LETTERS).join("")}]`, "g");

/** Lower-case text with those letters spelt in ASCII ("hołownia" -> "holownia"). */
export function foldLatinLetters(lower: string): string {
  return lower.replace(UNFOLDED, (c) => UNFOLDED_LETTERS[c]!);
}

/** Lower-case ASCII slug: accents and such letters folded, apostrophes dropped, everything else to single dashes. */
export function slugify(text: string): string {
  return (
    foldLatinLetters(
      text
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase(),
    )
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
