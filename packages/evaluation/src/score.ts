// Scores a predicted graph against gold, micro-averaged over the gold's articles.
import { scoreDemandWhat, summariseDemandWhat } from "./demand-what.js";
import { matchEntities } from "./entities.js";
import { validateGold } from "./gold.js";
import { readPredictedGraph } from "./graph.js";
import { scoreRelations } from "./relations.js";
import {
  CATEGORIES,
  type Category,
  type Counts,
  type DemandWhatScore,
  type Detail,
  type Prf,
  RELATION_CATEGORIES,
  type ScoreReport,
  type ScoreResult,
} from "./types.js";

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/**
 * Scores `graphValue` (parsed graph.json) against `goldValue` (parsed gold). Both are checked first:
 * a gold in the wrong shape throws GoldFormatError, a value without nodes[] and edges[] throws
 * GraphShapeError; a graph that merely breaks the contract is scored and its problems returned.
 */
export function scoreGraph(goldValue: unknown, graphValue: unknown): ScoreReport {
  const gold = validateGold(goldValue);
  const graph = readPredictedGraph(graphValue);
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  const details: Detail[] = [];
  const whatScores: DemandWhatScore[] = [];
  let hasDemandWhat = false;

  for (const [article, ga] of Object.entries(gold.articles)) {
    const entities = matchEntities(article, ga, gold, graph);
    totals.entities = add(totals.entities, entities.counts);
    details.push(...entities.details);
    const relations = scoreRelations(article, ga, graph, entities.assigned);
    for (const c of RELATION_CATEGORIES) totals[c] = add(totals[c], relations.counts[c]);
    details.push(...relations.details);
    if (ga.demand_what) {
      hasDemandWhat = true;
      const scores = scoreDemandWhat(article, ga.demand_what, graph, entities.assigned);
      whatScores.push(...scores);
      for (const s of scores) {
        if (s.f1 < 1)
          details.push({
            article,
            category: "DEMANDS what",
            kind: s.predicted === null ? "missed" : `f1 ${s.f1.toFixed(2)}`,
            what: `${JSON.stringify(s.gold)} read as ${JSON.stringify(s.predicted)}`,
          });
      }
    }
  }

  const relationTotals = RELATION_CATEGORIES.reduce((acc, c) => add(acc, totals[c]), { tp: 0, fp: 0, fn: 0 });
  const result = { ...Object.fromEntries(CATEGORIES.map((c) => [c, prf(totals[c])])), relations: prf(relationTotals) } as ScoreResult;
  return { result, demandWhat: hasDemandWhat ? summariseDemandWhat(whatScores) : undefined, details, problems: graph.problems };
}
