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

export interface PatternMatch {
  rule: CompiledRule;
  /** The token after the match. */
  end: number;
}

const NO_MATCHES: readonly PatternMatch[] = [];

/**
 * The rules matching at token i of sentence s whose guards hold, best first: the longest match, then
 * the earlier rule. The caller takes the first whose arguments can be read.
 */
export function matchesAt(ctx: ArticleContext, i: number, s: number): readonly PatternMatch[] {
  const { tokens } = ctx;
  const cands = RULES_BY_FIRST_WORD.get(tokens[i]!.lower);
  if (!cands) return NO_MATCHES;
  const sentEnd = ctx.sentences[s]!.tokEnd;
  let out: PatternMatch[] | undefined;
  for (const c of cands) {
    if (c.notAfter && i > 0 && c.notAfter.has(tokens[i - 1]!.lower)) continue;
    const e = matchAt(c, tokens, i);
    if (e <= i) continue;
    if (c.requiresAfter) {
      let ok = false;
      for (let k = e; k < Math.min(e + 5, sentEnd); k++) if (c.requiresAfter.has(tokens[k]!.lower)) ok = true;
      if (!ok) continue;
    }
    if (c.rule.needsMeeting && !ctx.meetingNounIn.has(s)) continue;
    (out ??= []).push({ rule: c, end: e });
  }
  if (!out) return NO_MATCHES;
  // stable: rules of equal length keep registry order
  if (out.length > 1) out.sort((x, y) => y.end - x.end);
  return out;
}
