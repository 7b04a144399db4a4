// Places described after a state: "the Qatari capital", "the Moroccan town of Bouznika", "Saudi
// Arabia's port city of Jeddah".
import type { ActorMention, PlaceMention, RecognizeContext } from "./model.js";
import { articleState } from "./article-state.js";

const PLACE_NOUNS = new Set(["capital", "city", "town", "village", "port", "resort", "region", "province", "enclave", "district", "island", "oasis"]);
const PLACE_MODIFIERS = /^(coastal|southern|northern|eastern|western|central|port|border|resort|holy|ancient|seaside|red|sea|mountain|desert)$/;

/**
 * After a state or demonym (token `j` follows it): "capital" names its seat, "town of X" names X (whose
 * tokens it takes).
 */
export function placeDescribedAfter(ctx: RecognizeContext, stateId: string, j: number): PlaceMention | undefined {
  const { a, lex, tokens, covered } = ctx;
  let k = j;
  // ("the Swiss resort of Mont Pelerin": a word that is both a modifier and a noun is the noun when
  // no place noun follows it)
  while (k < j + 3 && PLACE_MODIFIERS.test(tokens[k]?.lower ?? "") && (PLACE_NOUNS.has(tokens[k + 1]?.lower ?? "") || PLACE_MODIFIERS.test(tokens[k + 1]?.lower ?? ""))) k++;
  const noun = tokens[k];
  if (!noun || !PLACE_NOUNS.has(noun.lower) || noun.sent !== tokens[j - 1]?.sent) return undefined;
  if (noun.lower === "capital" && tokens[k + 1]?.lower !== "of") {
    const cap = lex.states.get(stateId)?.capitals[0];
    return cap ? { start: k, end: k + 1, name: cap, state: stateId } : undefined;
  }
  if (tokens[k + 1]?.lower !== "of") return undefined;
  let e = k + 2;
  while (e < tokens.length && e < k + 5 && tokens[e]!.kind === "word" && tokens[e]!.cap && !covered[e] && tokens[e]!.sent === noun.sent) e++;
  if (e === k + 2) return undefined;
  for (let q = k + 2; q < e; q++) covered[q] = 1;
  return { start: k + 2, end: e, name: a.text.slice(tokens[k + 2]!.start, tokens[e - 1]!.end), state: stateId };
}

/** Prepositions before "the capital" when it names a place ("talks in the capital", "flew to the capital"). */
const BEFORE_THE_CAPITAL = /^(in|at|to|into|from|near|outside|inside|around|across|throughout|toward|towards)$/;

/**
 * "four-party talks in the capital": the capital of the dateline's state, or of the state the article
 * clearly is about (never when a name follows in apposition: "in the capital, Naypyitaw").
 */
export function findCapitalReferences(ctx: RecognizeContext, actors: readonly ActorMention[]): PlaceMention[] {
  const { tokens, lex } = ctx;
  const out: PlaceMention[] = [];
  let state: string | null | undefined;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text !== "capital" || tokens[k - 1]!.text !== "the" || !BEFORE_THE_CAPITAL.test(tokens[k - 2]!.lower) || ctx.covered[k]) continue;
    const next = tokens[k + 1];
    // ("at Chapultepec Castle in the capital's main park": a part of the capital, which the venue before names better)
    if (next?.lower === "of" || next?.lower === "city" || next?.text === "'s" || (next?.text === "," && tokens[k + 2]?.cap)) continue;
    state ??= ctx.datelineState ?? articleState(actors, undefined, 3, 2)?.state ?? null;
    const capital = state ? lex.states.get(state)?.capitals[0] : undefined;
    if (capital && state) out.push({ start: k, end: k + 1, name: capital, state });
  }
  return out;
}
