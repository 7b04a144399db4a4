// Scores what is demanded, not only who demands of whom: a DEMANDS edge whose `what` is a stray
// clause ("to a previous proposal that had ...") is right about the parties and useless to a reader.
import { refIds } from "./gold.js";
import type { DemandWhatEntry, DemandWhatScore, DemandWhatSummary, PredictedGraph } from "./types.js";

/** A phrase read this well or better counts as read (the share reported beside the mean). */
export const DEMAND_WHAT_GOOD_F1 = 0.8;

/** Articles carry no meaning for whether a demand was read ("a ceasefire" is "the ceasefire"). */
const STOP_TOKENS = new Set(["a", "an", "the"]);

/** Lower-case ASCII words: accents folded, apostrophes and punctuation dropped, articles dropped. */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((t) => t && !STOP_TOKENS.has(t));
}

/** Token-level F1 of two phrases, counting repeated words as often as they occur in both. */
export function tokenF1(predicted: string, gold: string): number {
  const p = phraseTokens(predicted);
  const g = phraseTokens(gold);
  if (!p.length || !g.length) return p.length === g.length ? 1 : 0;
  const left = new Map<string, number>();
  for (const t of g) left.set(t, (left.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      common++;
      left.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/**
 * Phrases a predicted `what` offers: the whole value and, because an edge read in several sentences
 * joins its demands with "; ", each part on its own.
 */
function offeredPhrases(what: string): string[] {
  const parts = what.split("; ").filter((p) => p.trim());
  return parts.length > 1 ? [what, ...parts] : [what];
}

/** Scores one article's demand_what entries against the DEMANDS edges read in that article. */
export function scoreDemandWhat(article: string, entries: readonly DemandWhatEntry[], graph: PredictedGraph, assigned: Map<string, string>): DemandWhatScore[] {
  const demands = graph.edges.filter((e) => e.type === "DEMANDS" && e.articles.has(article));
  return entries.map(([demander, target, phrase]) => {
    const fits = demands.filter((e) => {
      const s = assigned.get(e.source);
      const t = assigned.get(e.target);
      return s !== undefined && refIds(demander).includes(s) && (target === "*" || (t !== undefined && refIds(target).includes(t)));
    });
    let best: { phrase: string; f1: number } | null = null;
    for (const e of fits) {
      for (const offered of offeredPhrases(e.what ?? "")) {
        const f1 = tokenF1(offered, phrase);
        if (!best || f1 > best.f1) best = { phrase: offered, f1 };
      }
    }
    return { article, demander, target, gold: phrase, predicted: best?.phrase ?? null, f1: best?.f1 ?? 0 };
  });
}

export function summariseDemandWhat(scores: DemandWhatScore[]): DemandWhatSummary {
  const n = scores.length;
  return {
    entries: n,
    found: scores.filter((s) => s.predicted !== null).length,
    meanF1: n ? scores.reduce((sum, s) => sum + s.f1, 0) / n : 0,
    shareGood: n ? scores.filter((s) => s.f1 >= DEMAND_WHAT_GOOD_F1).length / n : 0,
    scores,
  };
}
