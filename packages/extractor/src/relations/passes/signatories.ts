// Signatories attend the talks that made their agreement: "The agreement was reached in talks in
// Tbilisi facilitated by ... . The deal was signed by Georgian Dream ... and by the United National
// Movement, ...": the signing sentence places and dates nothing, so its signers take part in the one
// meeting the article places (a mediated one, named before the signing) and meet its mediators there.
// A signing with a day or a place of its own ("initialled the cessation of hostilities on Aug. 24", "in
// a side room of the Madrid trade fair centre") may be another occasion.
import { addFact, soleMeeting } from "../context.js";
import { DERIVED_RULES } from "../rules/index.js";
import type { ArticleContext } from "../model.js";
import { WEEKDAY } from "../../recognize/words.js";

/** The MEETS rules that read the parties of an agreement from its signing or striking. */
export const SIGNING_RULES: ReadonlySet<string> = new Set(["signed-agreement", "signed-by", "signed-passive", "signed-on-behalf", "reached-deal-with"]);
/** Words that date a sentence: a year, a month, a weekday, a day relative to the article's. */
const YEAR = /^(19|20)\d\d$/;
const MONTH = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
const RELATIVE_DAYS = new Set(["yesterday", "today", "tonight", "overnight"]);
const CONFIDENCE = DERIVED_RULES.find((r) => r.id === "signatories-attend")!.confidence!;

/**
 * The keys of the actors that signed or struck an agreement in the article so far: both sides of a
 * signing MEETS, and the signers a signing reads as attending its meeting.
 */
export function signatoryKeys(ctx: ArticleContext): Set<string> {
  const out = new Set<string>();
  for (const f of ctx.facts) {
    if ((f.type !== "MEETS" && f.type !== "ATTENDS") || !SIGNING_RULES.has(f.rule)) continue;
    out.add(f.source.key);
    if ("actor" in f.target) out.add(f.target.actor.key);
  }
  return out;
}

export function signatoriesAttend(ctx: ArticleContext): void {
  const meeting = soleMeeting(ctx);
  if (meeting === undefined || !ctx.facts.some((f) => f.type === "MEDIATES" && "meeting" in f.target && f.target.meeting === meeting)) return;
  const first = Math.min(...ctx.meetings[meeting]!.sents);
  const place = ctx.meetings[meeting]!.place;
  const signings = ctx.facts.filter((f) => f.type === "MEETS" && SIGNING_RULES.has(f.rule) && f.sent > first && !ctx.placedIn.has(f.sent) && !dated(ctx, f.sent) && !placed(ctx, f.sent, place));
  for (const f of signings) {
    if (!("actor" in f.target)) continue;
    for (const x of [f.source, f.target.actor]) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: "signatories-attend", confidence: CONFIDENCE, sent: f.sent });
  }
}

/** The sentence names a day, month or year of its own. */
function dated(ctx: ArticleContext, s: number): boolean {
  const sen = ctx.sentences[s]!;
  for (let k = sen.tokStart; k < sen.tokEnd; k++) {
    const t = ctx.tokens[k]!;
    if (YEAR.test(t.text) || WEEKDAY.has(t.lower) || RELATIVE_DAYS.has(t.lower) || (MONTH.test(t.text) && k > sen.tokStart)) return true;
  }
  return false;
}

/** The sentence names a place other than the meeting's. */
function placed(ctx: ArticleContext, s: number, place: string | undefined): boolean {
  const sen = ctx.sentences[s]!;
  return ctx.m.places.some((p) => p.start >= sen.tokStart && p.start < sen.tokEnd && p.name !== place);
}
