// Steps of the lookups that both backends take the same way after fetching facts: one fact per pair
// for `met`, the mediation sentences that name the parties for `mediators --between`, and evidence
// entries made readable with their article's title, date and source.
import { normName } from "../ids.js";
import type { Evidence } from "../graph.js";
import type { Fact, FactEvidence } from "./facts.js";
import { compareFacts, compareFactsByDate } from "./time.js";

/**
 * `met`: each other party once. A direct MEETS wins over meeting at the same meeting; among shared
 * meetings, the earliest (then by name); so "met Qatari" lists Israel once, not once per meeting
 * and per way each side took part in it.
 */
export function onePerPair(actor: string, facts: readonly Fact[]): Fact[] {
  const other = (f: Fact) => (f.from.key === actor ? f.to.key : f.from.key);
  const best = new Map<string, Fact>();
  const better = (a: Fact, b: Fact) => (a.via ? 1 : 0) - (b.via ? 1 : 0) || compareFactsByDate(a, b);
  for (const f of facts) {
    const k = other(f);
    if (k === actor) continue;
    const held = best.get(k);
    if (!held || better(f, held) < 0) best.set(k, f);
  }
  return [...best.values()].sort((a, b) => (a.via ? 1 : 0) - (b.via ? 1 : 0) || compareFacts(a, b));
}

/** Whether a sentence names one of the forms (names, aliases), as whole words, case and accents aside. */
export function mentions(sentence: string, forms: readonly string[]): boolean {
  const s = ` ${normName(sentence)} `;
  return forms.some((f) => {
    const n = normName(f);
    return n.length > 0 && s.includes(` ${n} `);
  });
}

/** One party of `mediators --between`: its key and every name it goes by. */
export interface Party {
  key: string;
  forms: string[];
}

/**
 * Whether (and how) a MEDIATES fact is mediation between A and B. It is when it mediates A or B
 * directly, or a meeting either party takes part in (`linked`, which the backend finds in the graph)
 * or that its sentences say is about one of them; or else when some of its sentences name both
 * parties, and then those sentences alone are its evidence: they are why it is an answer.
 */
export function mediationBetween(f: Fact, a: Party, b: Party, linked: boolean): Fact | undefined {
  const parties = [a.key, b.key];
  if (parties.includes(f.from.key)) return undefined;
  if (parties.includes(f.to.key)) return f;
  const names = (p: Party, e: Evidence) => mentions(e.sentence, p.forms);
  if (f.to.type === "Meeting" && (linked || f.evidence.some((e) => names(a, e) || names(b, e)))) return f;
  const both = f.evidence.filter((e) => names(a, e) && names(b, e));
  return both.length ? { ...f, evidence: both } : undefined;
}

/** What an Article node says about its article, for evidence entries. */
export interface ArticleInfo {
  title?: string;
  date?: string;
  source?: string;
}

/** An evidence entry with its article's title, date (unless it has its own) and source. */
export function withArticle(e: Evidence, info: ArticleInfo | undefined): FactEvidence {
  if (!info) return e;
  const out: FactEvidence = { ...e };
  if (info.title) out.title = info.title;
  if (info.source) out.source = info.source;
  if (!out.date && info.date) out.date = info.date;
  return out;
}
