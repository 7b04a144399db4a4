// Finding rule matches: the longest pattern that starts at a token (the earlier rule on a tie), with
// the rule's guards on its neighbours. Finding is kept apart from applying (./apply).
import type { Token } from "../nlp/wink.js";
import type { ArticleContext, CompiledRule } from "./model.js";
import { RULES_BY_FIRST_WORD } from "./rules/index.js";

/** Token index after the match, or -1. Greedy per step (patterns are short and unambiguous). */
export function matchAt(c: CompiledRule, tokens: readonly Token[], i: number): number {
  const sent = tokens[i]!.sent;
  let j = i;
  for (const st of c.steps) {
    if (st.repeat) {
      let n = 0;
      while (n < 4 && tokens[j] && tokens[j]!.sent === sent && st.words.has(tokens[j]!.lower)) {
        j++;
        n++;
      }
      continue;
    }
    const t = tokens[j];
    if (t && t.sent === sent && st.words.has(t.lower)) j++;
    else if (!st.optional) return -1;
  }
  return j;
}

/** The best rule matching at token i of sentence s, with the token after it; undefined if none. */
export function bestMatchAt(ctx: ArticleContext, i: number, s: number): { best: CompiledRule; end: number } | undefined {
  const { tokens } = ctx;
  const cands = RULES_BY_FIRST_WORD.get(tokens[i]!.lower);
  if (!cands) return undefined;
  const sentEnd = ctx.sentences[s]!.tokEnd;
  let best: CompiledRule | undefined;
  let bestEnd = -1;
  for (const c of cands) {
    if (c.notAfter && i > 0 && c.notAfter.has(tokens[i - 1]!.lower)) continue;
    const e = matchAt(c, tokens, i);
    if (e <= i || e <= bestEnd) continue;
    if (c.requiresAfter) {
      let ok = false;
      for (let k = e; k < Math.min(e + 5, sentEnd); k++) if (c.requiresAfter.has(tokens[k]!.lower)) ok = true;
      if (!ok) continue;
    }
    if (c.rule.needsMeeting && !ctx.meetingNounIn.has(s)) continue;
    best = c;
    bestEnd = e;
  }
  return best ? { best, end: bestEnd } : undefined;
}
