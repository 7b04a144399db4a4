// Places described after a state: "the Qatari capital", "the Moroccan town of Bouznika".
import type { Analysis, Token } from "../nlp/wink.js";
import type { Lexicon } from "./lexicon.js";
import type { PlaceMention } from "./model.js";

export const PLACE_NOUNS = new Set(["capital", "city", "town", "village", "port", "resort", "region", "province", "enclave", "district", "island", "oasis"]);
/** After a state or demonym (token `j` follows it): "capital" names its seat, "town of X" names X. */
export function placeDescription(a: Analysis, lex: Lexicon, tokens: readonly Token[], covered: Uint8Array, places: PlaceMention[], stateId: string, j: number): void {
  let k = j;
  while (k < j + 3 && /^(coastal|southern|northern|eastern|western|central|port|border|resort|holy|ancient|seaside|red|sea|mountain|desert)$/.test(tokens[k]?.lower ?? "")) k++;
  const noun = tokens[k];
  if (!noun || !PLACE_NOUNS.has(noun.lower) || noun.sent !== tokens[j - 1]?.sent) return;
  if (noun.lower === "capital" && tokens[k + 1]?.lower !== "of") {
    const cap = lex.states.get(stateId)?.capitals[0];
    if (cap) places.push({ start: k, end: k + 1, name: cap, state: stateId });
    return;
  }
  if (tokens[k + 1]?.lower !== "of") return;
  let e = k + 2;
  while (e < tokens.length && e < k + 5 && tokens[e]!.kind === "word" && tokens[e]!.cap && !covered[e] && tokens[e]!.sent === noun.sent) e++;
  if (e === k + 2) return;
  places.push({ start: k + 2, end: e, name: a.text.slice(tokens[k + 2]!.start, tokens[e - 1]!.end), state: stateId });
  for (let q = k + 2; q < e; q++) covered[q] = 1;
}
