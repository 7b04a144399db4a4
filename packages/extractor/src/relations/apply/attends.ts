// Applying an ATTENDS match: the actors attend the meeting the trigger or the sentence names.
import { CAMEO } from "@backchannel/schema";
import { addFact } from "../context.js";
import type { ArticleContext, MatchHook, RuleMatch } from "../model.js";

/**
 * "a meeting of intelligence chiefs from A and B", "the talks were attended by A and B": the actors after
 * the trigger attend the meeting that noun (or the sentence) names; with no meeting known, they meet one another.
 */
const attendMeetingNamed: MatchHook = (ctx, { rule, s, ts, O }) => {
  const meeting = ctx.meetingAtNoun.get(ts) ?? ctx.meetingsIn.get(s);
  if (meeting !== undefined) {
    for (const x of O) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: rule.id, confidence: rule.confidence, sent: s });
    return "stop";
  }
  for (let x = 0; x < O.length; x++)
    for (let y = x + 1; y < O.length; y++)
      addFact(ctx, { type: "MEETS", source: O[x]!, target: { actor: O[y]! }, rule: rule.id, confidence: rule.confidence * 0.8, sent: s, cameo: CAMEO.CONSULT });
  return "stop";
};

/** Refinements keyed by rule id. */
const HOOKS: Record<string, MatchHook> = {
  "meeting-of": attendMeetingNamed,
  "attended-by": attendMeetingNamed,
};

export function applyAttends(ctx: ArticleContext, match: RuleMatch): void {
  if (HOOKS[match.rule.id]?.(ctx, match) === "stop") return;
  const { rule, s, S } = match;
  const meeting = ctx.meetingsIn.get(s);
  if (meeting === undefined) return;
  for (const x of S) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: rule.id, confidence: rule.confidence, sent: s });
}
