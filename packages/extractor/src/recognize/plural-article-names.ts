// Bodies named with a Spanish plural article: "Los Tlacos", "Los Ardillos", "Las Abejas". A person's
// name never opens with "Los" or "Las" (recognize/persons/find.ts turns such a name away), and the
// gazetteer's places ("Los Angeles", "Las Vegas") are read before this pass.
import { nodeKey } from "../util/keys.js";
import { mkActor, mkMention, type ActorMention, type RecognizeContext } from "./model.js";
import { isNameWord } from "./tokens.js";
import { FUNCTION_CAPS, MONTH_NAMES, WEEKDAY_NAMES } from "./words.js";

const PLURAL_ARTICLE = /^(Los|Las)$/;
const PLACE_BEFORE = /^(the|in|at|from|to|near|into|outside|inside|across|around|towards?)$/;
const PLACE_NOUNS = new Set(["village", "town", "city", "district", "municipality", "neighbourhood", "neighborhood", "province", "state", "region", "department", "port", "island", "valley"]);
const NOT_NAME_WORD = new Set([...FUNCTION_CAPS, ...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** The names found, each covering its one to three capitalised words after the article. */
export function findPluralArticleNames(ctx: RecognizeContext, inPlace: Uint8Array): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const art = tokens[i]!;
    if (!PLURAL_ARTICLE.test(art.text) || covered[i] || inPlace[i] || ctx.headline[art.sent]) continue;
    // (a place the gazetteer does not know: "the village of Las Mercedes", "in the Los Palos Grandes district")
    if (PLACE_BEFORE.test(tokens[i - 1]?.lower ?? "") || (tokens[i - 1]?.lower === "of" && PLACE_NOUNS.has(tokens[i - 2]?.lower ?? ""))) continue;
    let end = i + 1;
    while (end < i + 4 && tokens[end]?.sent === art.sent && isNameWord(tokens[end]) && !covered[end] && !inPlace[end] && !NOT_NAME_WORD.has(tokens[end]!.text)) end++;
    if (end === i + 1) continue;
    const name = a.text.slice(art.start, tokens[end - 1]!.end);
    // (a name the story comes back to acts in it; one said once may be a site: "MMG Limited runs Las Bambas")
    if (a.text.indexOf(name, tokens[end - 1]!.end) < 0 && a.text.indexOf(name) === art.start) continue;
    out.push(mkMention(i, end, art.sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), name, "org-pattern"));
    covered.fill(1, i, end);
    i = end - 1;
  }
  return out;
}
