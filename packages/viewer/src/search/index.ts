// Autocomplete over node names and aliases. The whole graph is in the browser already, so the
// index is local: answers on every keystroke without a round trip to /api/search.
import { foldLatinLetters, maxEdits, nameDistance, nameVariants, type NodeType } from "@backchannel/schema";
import type { BcGraph } from "../graph/types.js";

export interface SearchEntry {
  key: string;
  type: NodeType;
  name: string;
  aliases: string[];
  /** Folded name and aliases, [0] is the name. */
  folded: string[];
  /** Tie-breaker: better-connected nodes first. */
  degree: number;
}

export interface SearchHit {
  key: string;
  type: NodeType;
  name: string;
  /** The alias that matched, when it was not the name. */
  alias: string | null;
  score: number;
}

/**
 * Folds for matching: accents off ("ł" too), lower case, punctuation to spaces. Letters of every
 * script are kept (\p{L}), so Arabic or Hebrew names are searchable too.
 */
export function fold(text: string): string {
  return foldLatinLetters(text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function buildSearchIndex(graph: BcGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    const aliases = a.aliases ?? [];
    entries.push({ key, type: a.type, name: a.name, aliases, folded: [a.name, ...aliases].map(fold), degree: graph.degree(key) });
  });
  return entries;
}

/** Scores one folded text: exact > prefix > word prefix > substring; 0 = no match. */
function matchScore(text: string, q: string): number {
  if (text === q) return 100;
  if (text.startsWith(q)) return 80;
  if (text.includes(` ${q}`)) return 60;
  if (text.includes(q)) return 30;
  return 0;
}

export function search(index: readonly SearchEntry[], query: string, opts: { limit?: number; types?: readonly NodeType[] } = {}): SearchHit[] {
  const hits = searchFolded(index, fold(query), opts);
  if (hits.length) return hits;
  // Codes and plurals as analysts type them: "USA" finds the United States, "the Americans" American.
  for (const variant of nameVariants(query)) {
    const found = searchFolded(index, fold(variant), opts).filter((h) => h.score >= 95);
    if (found.length) return found;
  }
  return [];
}

/**
 * Did you mean: when nothing matches, the names and aliases a few typing mistakes away ("Quatar" ->
 * Qatar), nearest first; the server's name resolution uses the same distance.
 */
export function suggest(index: readonly SearchEntry[], query: string, opts: { limit?: number; types?: readonly NodeType[] } = {}): SearchHit[] {
  const q = fold(query).replace(/^the /, "");
  if (!q) return [];
  const max = maxEdits(q);
  const scored: (SearchHit & { d: number; degree: number })[] = [];
  for (const e of index) {
    if (opts.types && !opts.types.includes(e.type)) continue;
    let d = max + 1;
    let at = 0;
    e.folded.forEach((text, i) => {
      const di = nameDistance(q, text);
      if (di < d) {
        d = di;
        at = i;
      }
    });
    if (d <= max) scored.push({ key: e.key, type: e.type, name: e.name, alias: at > 0 ? (e.aliases[at - 1] ?? null) : null, score: 0, d, degree: e.degree });
  }
  scored.sort((a, b) => a.d - b.d || b.degree - a.degree || a.name.localeCompare(b.name));
  const nearest = scored[0]?.d ?? 0;
  return scored
    .filter((x) => x.d <= nearest + 1)
    .slice(0, opts.limit ?? 5)
    .map(({ d: _d, degree: _g, ...h }) => h);
}

function searchFolded(index: readonly SearchEntry[], q: string, opts: { limit?: number; types?: readonly NodeType[] }): SearchHit[] {
  if (!q) return [];
  const hits: (SearchHit & { degree: number })[] = [];
  for (const e of index) {
    if (opts.types && !opts.types.includes(e.type)) continue;
    let best = 0;
    let bestAt = 0;
    e.folded.forEach((text, i) => {
      // A match on the name beats the same match on an alias.
      const s = matchScore(text, q) - (i > 0 ? 5 : 0);
      if (s > best) {
        best = s;
        bestAt = i;
      }
    });
    if (best > 0)
      hits.push({ key: e.key, type: e.type, name: e.name, alias: bestAt > 0 ? (e.aliases[bestAt - 1] ?? null) : null, score: best, degree: e.degree });
  }
  hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.name.localeCompare(b.name));
  return hits.slice(0, opts.limit ?? 10).map(({ degree: _d, ...h }) => h);
}
