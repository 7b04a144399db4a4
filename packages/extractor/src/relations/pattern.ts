// Finding rule matches: the longest pattern that starts at a token (the earlier rule on a tie), with
// the rule's guards on its neighbours. Finding is kept apart from applying (./apply).
import type { Token } from "../nlp/wink.js";
import { VENUE_NOUNS } from "../recognize/words.js";
import type { ArticleContext, CompiledRule } from "./model.js";
import { RULES_BY_FIRST_WORD } from "./rules/index.js";

/**
 * Words that end a noun phrase: prepositions but "of", conjunctions, clause words; negation ("held no
 * talks"); and a state's own bodies, whose sessions are not negotiations ("chaired the cabinet session").
 */
const NP_STOP = new Set(
  `for before after with to at in on by from into over under about against between among during without within
  through toward towards and or but nor that which who whom whose when where while if because than as said says
  no not never without cabinet parliament parliamentary senate congress assembly court board shareholders`.split(/\s+/),
);

/** A state's own bodies among the stop words (their sessions are not negotiations). */
const STATE_BODIES = new Set(["cabinet", "parliament", "parliamentary", "senate", "congress", "assembly", "court", "board"]);

/** Words of an amount before a number ("held about two hours of talks"). */
const APPROXIMATELY = new Set(["about", "around", "over", "nearly", "almost", "roughly", "some"]);

function inNounPhrase(tokens: readonly Token[], k: number, sent: number): boolean {
  const t = tokens[k];
  if (!t || t.sent !== sent || !(t.kind === "word" || t.kind === "number" || t.text === "-" || t.text === "'s" || t.text === "'")) return false;
  if (!NP_STOP.has(t.lower)) return true;
  // "at the parliament building": a body's word naming a venue is a place, not the body's session
  // ("on Parliament Hill", "on Capitol Hill": a place named for the body)
  if (STATE_BODIES.has(t.lower) && (VENUE_NOUNS.has(tokens[k + 1]?.lower ?? "") || (t.cap && tokens[k + 1]?.text === "Hill"))) return true;
  // "about two hours of talks", "one-on-one talks": a stop word inside an amount or a hyphenated word;
  // "frank and constructive talks": two adjectives joined
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (t.lower === "and" && prev?.kind === "word" && !prev.cap && next?.kind === "word" && !next.cap && next.sent === sent) return true;
  // "held at least two meetings": an amount's "at least", "at most"
  if (t.lower === "at" && /^(least|most)$/.test(next?.lower ?? "")) return true;
  // ("over almost a month": two of them)
  return (APPROXIMATELY.has(t.lower) && (next?.kind === "number" || /^(two|three|four|five|six|seven|eight|nine|ten|a|an)$/.test(next?.lower ?? "") || APPROXIMATELY.has(next?.lower ?? ""))) || (tokens[k - 1]?.text === "-" && next?.text === "-");
}

/** Token index after the match, or -1. Greedy per step (patterns are short and unambiguous); gaps are lazy. */
export function matchAt(c: CompiledRule, tokens: readonly Token[], i: number): number {
  return matchSteps(c, tokens, i, 0, tokens[i]!.sent);
}

function matchSteps(c: CompiledRule, tokens: readonly Token[], i: number, from: number, sent: number): number {
  let j = i;
  for (let si = from; si < c.steps.length; si++) {
    const st = c.steps[si]!;
    if (st.gap) {
      // as few words as the rest of the pattern allows
      for (let g = 0; g <= st.gap; g++) {
        if (g > 0 && !inNounPhrase(tokens, j + g - 1, sent)) return -1;
        const e = matchSteps(c, tokens, j + g, si + 1, sent);
        if (e >= 0) return e;
      }
      return -1;
    }
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
    if (c.notBefore?.has(tokens[e]?.lower ?? "")) continue;
    if (c.requiresAfter && !requiredWordAfter(c.requiresAfter, tokens, e, c.rule.requiresWithin ?? 5, sentEnd)) continue;
    if (c.rule.needsMeeting && !ctx.meetingNounIn.has(s)) continue;
    out ??= [];
    out.push({ rule: c, end: e });
  }
  if (!out) return NO_MATCHES;
  // stable: rules of equal length keep registry order
  if (out.length > 1) out.sort((x, y) => y.end - x.end);
  return out;
}

/**
 * Whether one of `words` follows within `within` tokens of e; the words of a name do not count ("signed
 * the Indonesia-Australia Comprehensive Economic Partnership Agreement"), up to eight of them.
 */
function requiredWordAfter(words: ReadonlySet<string>, tokens: readonly Token[], e: number, within: number, sentEnd: number): boolean {
  let left = within;
  for (let k = e; k < Math.min(e + within + 8, sentEnd) && left > 0; k++) {
    const t = tokens[k]!;
    if (words.has(t.lower)) return true;
    // (the name's words: capitalised after the first counted word, or a hyphen between two of them)
    const nameWord = k > e && ((t.kind === "word" && t.cap) || (t.text === "-" && !!tokens[k + 1]?.cap));
    if (!nameWord) left--;
  }
  return false;
}
