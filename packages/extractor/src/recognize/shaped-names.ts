// Bodies whose names' shape marks them, where the gazetteer does not know them:
// - a Spanish plural article opens them: "Los Tlacos", "Los Ardillos", "Las Abejas" (a person's name never
//   opens with "Los" or "Las"; recognize/persons/find.ts turns such a name away, and the gazetteer's places,
//   "Los Angeles", "Las Vegas", are read before this pass);
// - a capital inside one word joins two words, as firms name themselves: "NagaCorp", "JioStar", "PowerChina"
//   (not a family name's "McDonald", "DiCaprio", "LeBron").
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

/** Prefixes of family and given names written with a capital inside ("McCarthy", "DeSantis", "LeBron", "O'Neill"). */
const NAME_PREFIX = /^(Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Ter|Ten)[A-Z]/;
const CAMEL_CASE = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/;

/**
 * The names found: one word in camel case standing alone (no capitalised word beside it: "Coastal
 * GasLink" is a longer name), which the story names twice or which speaks ("JioStar said").
 */
export function findCamelCaseNames(ctx: RecognizeContext, inPlace: Uint8Array, known: readonly ActorMention[]): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const out: ActorMention[] = [];
  const capWord = (k: number) => tokens[k]?.kind === "word" && tokens[k]!.cap;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !CAMEL_CASE.test(t.text) || NAME_PREFIX.test(t.text) || covered[i] || inPlace[i] || ctx.headline[t.sent]) continue;
    if ((capWord(i - 1) && tokens[i - 1]!.sent === t.sent && !NOT_NAME_WORD.has(tokens[i - 1]!.text)) || (capWord(i + 1) && tokens[i + 1]!.sent === t.sent)) continue;
    // (a thing the name brands: "the OneLove armband", "the \"OneLove\" armband")
    const next = /^["”’']$/.test(tokens[i + 1]?.text ?? "") ? tokens[i + 2] : tokens[i + 1];
    if (next?.kind === "word" && !next.cap && next.sent === t.sent && !/(s|ed)$/.test(next.lower) && !/^(will|would|can|could|may|might|must|shall|should|and|or|to|in|on|at|for|with|from|by|of)$/.test(next.lower)) continue;
    const again = a.text.indexOf(t.text, t.end) >= 0 || a.text.indexOf(t.text) < t.start;
    if (!again && !/^(said|says)$/.test(tokens[i + 1]?.lower ?? "")) continue;
    // ("NunatuKavut Community Council ... said NunatuKavut supported": short for the longer name read)
    const longer = known.find((m) => m.actor.type === "Group" && m.actor.name.startsWith(`${t.text} `));
    out.push(mkMention(i, i + 1, t.sent, longer?.actor ?? mkActor(nodeKey("Group", t.text), "Group", t.text, undefined, "other"), t.text, "org-pattern"));
    covered[i] = 1;
  }
  return out;
}
