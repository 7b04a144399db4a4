// A capital's name: the city (a place) or, by metonymy, its state or the body it hosts.
import type { Token } from "../nlp/wink.js";
import { MEETING_NOUNS } from "./words.js";

/** Capitals whose metonymy in the news names an international body, not the host state. */
export const CAPITAL_OF_ORG: Record<string, string> = { Brussels: "eu" };

/** After a capital, words that show it acts ("Washington says", "Moscow has", "Kinshasa and the rebels"). */
export const CAPITAL_ACTOR_NEXT = new Set("has have had is was were will would could should may might must can and also does did remains accepted always repeatedly rejects rejected wants wanted insisted insists demands demanded sees saw launched backed warned responded refused expected expects urged urges pressed presses asked asks welcomed welcomes believes believed considers considered opposes opposed supports supported signalled signaled accused accuses offered offers approved approves blamed blames announced announces agreed agrees denied denies condemned condemns".split(" "));
/** "Tehran, for its part, has pressed ...": a capital opening the sentence before a parenthetical. */
export const CAPITAL_PARENTHETICAL = /^(for|however|meanwhile|in|too|though|by|on)$/;

export function meetingNounAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (MEETING_NOUNS.has(t.lower)) return true;
    if (t.cap || t.kind !== "word") return false;
  }
  return false;
}
