// Bodies named for a cause by the people they gather: "Jewish Voice for Peace", "Brown Students for
// Israel", "Students for Fair Admissions", "Veterans for Peace", "Students for Justice in Palestine".
// A people's plural of the gazetteer ("Colombians for Peace") is read with the gazetteer (./gazetteer.ts).
import { nodeKey } from "../util/keys.js";
import { mkActor, mkMention, type ActorMention, type RecognizeContext } from "./model.js";
import type { Token } from "../nlp/wink.js";
import { isNameWord } from "./tokens.js";
import { FUNCTION_CAPS, GIVEN_NAMES, MONTH_NAMES, WEEKDAY_NAMES } from "./words.js";

/** The people (or their voice) such a name opens with before "for". */
const CAUSE_HEADS = new Set("Students Voice Voices Mothers Fathers Parents Families Doctors Physicians Nurses Lawyers Veterans Scientists Citizens Women Friends Teachers Workers Clergy Rabbis Christians Muslims Jews Academics Scholars Artists Writers Musicians Athletes Historians Economists Journalists Farmers Residents Engineers Architects".split(" "));
/** Lower-case words inside the cause ("Justice in Palestine", "a Democratic Society"). */
const CAUSE_INNER = /^(in|of|and|a|the)$/;
const NOT_FIRST = new Set([...FUNCTION_CAPS, ...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** A capitalised word of the cause, common nouns included ("Peace", "Justice", "Fair Admissions"). */
function causeWord(t: Token | undefined): boolean {
  return t?.kind === "word" && t.cap && !NOT_FIRST.has(t.text);
}

/**
 * The names found, each covering its words; mentions read inside one ("Israel" in "Students for Israel")
 * are dropped from `kept`.
 */
export function findForCauseBodies(ctx: RecognizeContext, kept: ActorMention[]): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const head = tokens[i]!;
    if (!CAUSE_HEADS.has(head.text) || tokens[i + 1]!.text !== "for" || ctx.headline[head.sent]) continue;
    // the cause: capitalised words, with "in", "of", "and" or an article before another capitalised word
    let end = i + 2;
    let words = 0;
    for (let k = i + 2; k < i + 9 && tokens[k]?.sent === head.sent; k++) {
      if (causeWord(tokens[k])) {
        words++;
        end = k + 1;
      } else if (!(CAUSE_INNER.test(tokens[k]!.text) && causeWord(tokens[k + 1])) || (tokens[k]!.text === "and" && (CAUSE_HEADS.has(tokens[k + 1]!.text) || tokens[k + 2]?.text === "for"))) break;
    }
    // ("Lawyers for David Toren" act for a person)
    if (!words || GIVEN_NAMES.has(tokens[i + 2]!.text)) continue;
    // the name's opening words before the head ("Jewish Voice", "Brown Students"), never the sentence's
    // opening article
    let start = i;
    while (start > i - 3 && start > 0 && isNameWord(tokens[start - 1]) && tokens[start - 1]!.sent === head.sent && !NOT_FIRST.has(tokens[start - 1]!.text)) start--;
    // "Students for Fair Admissions" alone is a name; "students for" in lower case is not (the head is capitalised)
    if (kept.some((m) => m.start < start && m.end > start) || kept.some((m) => m.start < end && m.end > end)) continue;
    for (let q = kept.length - 1; q >= 0; q--) if (kept[q]!.start >= start && kept[q]!.end <= end) kept.splice(q, 1);
    const name = a.text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    // (campaigns, which "the group" may stand for, as it may for a movement)
    out.push(mkMention(start, end, head.sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "political"), name, "org-pattern"));
    covered.fill(1, start, end);
    i = end - 1;
  }
  return out;
}
