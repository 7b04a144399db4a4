// Applying an ATTENDS match: the actors attend the meeting the trigger or the sentence names.
import { CAMEO } from "@backchannel/schema";
import { addFact } from "../context.js";
import type { Actor } from "../../recognize/model.js";
import type { ApplyResult, ArticleContext, HookResult, MatchHook, RuleMatch } from "../model.js";
import { companionsAfter } from "./meets.js";

/**
 * "a meeting of intelligence chiefs from A and B", "the talks were attended by A and B": the actors after
 * the trigger attend `meeting` (by default the one that noun, or the sentence, names); with no meeting
 * known, they meet one another.
 */
function attendMeetingNamed(ctx: ArticleContext, { rule, s, ts, O }: RuleMatch, meeting = ctx.meetingAtNoun.get(ts) ?? ctx.meetingsIn.get(s)): HookResult {
  if (meeting !== undefined) {
    for (const x of O) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: rule.id, confidence: rule.confidence, sent: s });
    return "stop";
  }
  for (let x = 0; x < O.length; x++)
    for (let y = x + 1; y < O.length; y++)
      addFact(ctx, { type: "MEETS", source: O[x]!, target: { actor: O[y]! }, rule: rule.id, confidence: rule.confidence * 0.8, sent: s, cameo: CAMEO.CONSULT });
  return "stop";
}

/**
 * "The PFA's Gordon Taylor took part in the discussions alongside Richard Masters and Richard Bevan":
 * those joined by "alongside" ("along with", "together with") take part too, in the sentence's meeting,
 * or, with none known, they meet the subject.
 */
function attendWithCompanions(ctx: ArticleContext, match: RuleMatch): HookResult {
  const { rule, s, S } = match;
  const companions = S.length ? companionsAfter(ctx, match).filter((c) => !S.some((x) => x.key === c.key)) : [];
  const meeting = ctx.meetingsIn.get(s);
  for (const [i, c] of companions.entries()) {
    if (meeting !== undefined) addFact(ctx, { type: "ATTENDS", source: c, target: { meeting }, rule: rule.id, confidence: rule.confidence, sent: s });
    // (with no meeting known, those taking part meet one another: the subject and each companion)
    else for (const x of [...S, ...companions.slice(0, i)]) addFact(ctx, { type: "MEETS", source: x, target: { actor: c }, rule: rule.id, confidence: rule.confidence * 0.8, sent: s, cameo: CAMEO.CONSULT });
  }
  return "continue";
}

/** Refinements keyed by rule id. */
const HOOKS: Record<string, MatchHook> = {
  "took-part": attendWithCompanions,
  attended: attendWithCompanions,
  "meeting-of": (ctx, match) => attendMeetingNamed(ctx, match),
  "attended-by": (ctx, match) => attendMeetingNamed(ctx, match),
  "taking-part-were": (ctx, match) => attendMeetingNamed(ctx, { ...match, O: semicolonListAfter(ctx, match) ?? match.O }, lastMeetingBefore(ctx, match.s)),
  "present-at-were": (ctx, match) => attendMeetingNamed(ctx, match, lastMeetingBefore(ctx, match.s)),
};

/** The meeting named last in sentence `s` or the five before it (the talks a list of participants is of). */
function lastMeetingBefore(ctx: ArticleContext, s: number): number | undefined {
  for (let q = s; q >= 0 && q >= s - 5; q--) if (ctx.meetingsIn.has(q)) return ctx.meetingsIn.get(q);
  return undefined;
}

/**
 * "Taking part were Suthep, who leads the PDRC; Jatuporn of the UDD; and Democrat Party leader Abhisit":
 * the first actor of each item of a list the semicolons divide (within its first six tokens), when
 * there are two items or more; else undefined.
 */
function semicolonListAfter(ctx: ArticleContext, { te, sen }: RuleMatch): Actor[] | undefined {
  const { tokens, chunks, chunkAt } = ctx;
  const items: Actor[] = [];
  let from = te;
  for (let k = te; k <= sen.tokEnd; k++) {
    if (k < sen.tokEnd && tokens[k]!.text !== ";") continue;
    for (let q = from; q < Math.min(k, from + 6); q++) {
      const ci = chunkAt[q]!;
      if (ci < 0) continue;
      const actor = chunks[ci]!.head.actor;
      if (!items.some((x) => x.key === actor.key)) items.push(actor);
      break;
    }
    from = k + 1;
  }
  return items.length >= 2 && tokens.slice(te, sen.tokEnd).some((t) => t.text === ";") ? items : undefined;
}

export function applyAttends(ctx: ArticleContext, match: RuleMatch): ApplyResult {
  const hooked = HOOKS[match.rule.id]?.(ctx, match);
  if (hooked === "decline") return "declined";
  if (hooked === "stop") return;
  const { rule, s, S } = match;
  const meeting = ctx.meetingsIn.get(s);
  if (meeting === undefined) return;
  for (const x of S) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: rule.id, confidence: rule.confidence, sent: s });
}
