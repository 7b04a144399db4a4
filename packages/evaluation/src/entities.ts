// Entity scoring for one article: predicted nodes are matched one-to-one to the gold entities the
// article names; the matching also says which gold entity each node stands for, which is what the
// relation scoring compares.
import { normName } from "@backchannel/schema";
import { maximumMatching } from "./matching.js";
import type { Counts, Detail, Gold, GoldArticle, GoldEntity, PredictedGraph, PredictedNode } from "./types.js";

const SCORED_TYPES = new Set(["Person", "State", "Group", "Meeting"]);
const DAY_MS = 86_400_000;
/** Reports round a meeting's date off by a day or two ("on Thursday", "late last week"). */
const DATE_SLACK_DAYS = 3;

export interface EntityMatch {
  /** Node key -> the gold id it stands for (duplicates too, so that their relations still map). */
  assigned: Map<string, string>;
  counts: Counts;
  details: Detail[];
}

function withinDates(goldDate: string | [string, string], date: string): boolean {
  const [start, end] = Array.isArray(goldDate) ? goldDate : [goldDate, goldDate];
  const t = Date.parse(date);
  const a = Date.parse(start);
  const b = Date.parse(end);
  if ([t, a, b].some(Number.isNaN)) return false;
  return t >= a - DATE_SLACK_DAYS * DAY_MS && t <= b + DATE_SLACK_DAYS * DAY_MS;
}

/** Whether a node could be this gold entity: a shared name, or for meetings the place and a near date. */
function couldBe(node: PredictedNode, names: Set<string>, g: GoldEntity): boolean {
  if (g.names.some((n) => names.has(normName(n)))) return true;
  if (g.type !== "Meeting" || node.type !== "Meeting" || !node.place) return false;
  if (!(g.place ?? []).map(normName).includes(normName(node.place))) return false;
  return g.date == null || node.date == null || withinDates(g.date, node.date);
}

/** Gold ids this node could be, in the gold file's order. */
function candidates(node: PredictedNode, gold: Gold): string[] {
  const names = new Set([node.name, ...node.aliases].filter(Boolean).map(normName));
  return Object.entries(gold.entities)
    .filter(([, g]) => couldBe(node, names, g))
    .map(([id]) => id);
}

export function matchEntities(article: string, ga: GoldArticle, gold: Gold, graph: PredictedGraph): EntityMatch {
  const required = new Set(ga.entities ?? []);
  const optional = new Set(ga.optional_entities ?? []);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const details: Detail[] = [];
  const note = (kind: string, what: string) => details.push({ article, category: "entities", kind, what });

  const goldIds = [...required, ...[...optional].filter((id) => !required.has(id))];
  const goldIndex = new Map(goldIds.map((id, i) => [id, i]));
  const isOptionalOnly = (id: string) => Number(optional.has(id) && !required.has(id));
  const preds = [...graph.nodes.values()]
    .filter((n) => n.type !== undefined && SCORED_TYPES.has(n.type) && n.articles.includes(article))
    .map((n) => {
      const cands = candidates(n, gold).filter((id) => goldIndex.has(id));
      return { n, cands, sameType: cands.filter((id) => gold.entities[id]?.type === n.type) };
    });
  // Required entities first, so that a node fitting a required and an optional entity serves the required one.
  const options = preds.map((p) => [...p.sameType].sort((a, b) => isOptionalOnly(a) - isOptionalOnly(b)).map((id) => goldIndex.get(id) ?? -1));
  const matched = maximumMatching(options, goldIds.length);

  const assigned = new Map<string, string>();
  const hits = new Set<string>();
  preds.forEach(({ n, cands, sameType }, i) => {
    const id = goldIds[matched[i] ?? -1];
    if (id !== undefined) {
      assigned.set(n.key, id);
      hits.add(id);
    } else if (sameType[0] !== undefined) {
      assigned.set(n.key, sameType[0]);
      counts.fp++;
      note("duplicate", `${n.type} "${n.name}" is a second node for ${sameType.join("/")}`);
    } else {
      counts.fp++;
      const gl = cands.map((c) => `${gold.entities[c]?.type} ${c}`).join(", ");
      note(cands.length ? "wrong-type" : "spurious", `${n.type} "${n.name}"${cands.length ? ` (gold: ${gl})` : ""}`);
    }
  });
  for (const id of required) {
    if (hits.has(id)) counts.tp++;
    else {
      counts.fn++;
      note("missed", `${gold.entities[id]?.type} ${id}`);
    }
  }
  return { assigned, counts, details };
}
