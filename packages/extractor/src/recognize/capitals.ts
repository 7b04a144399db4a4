// A capital's name: the city (a place) or, by metonymy, its state or the body it hosts.
import type { Token } from "../nlp/wink.js";
import type { Lexicon } from "./lexicon.js";
import type { Actor, GazetteerMatch, RecognizeContext } from "./model.js";
import { orgActor, stateActor } from "./actors.js";
import { LOCATIVE, MEETING_NOUNS, PERSON_VERBS } from "./words.js";

/** Capitals whose metonymy in the news names an international body, not the host state. */
const CAPITAL_OF_ORG: Record<string, string> = { Brussels: "eu" };

/**
 * After a capital, words that show it acts ("Washington says", "Moscow has", "Kinshasa and the rebels",
 * "with Washington still pressing China to join").
 */
const CAPITAL_ACTOR_NEXT = new Set(
  `has have had is was were will would could should may might must can and also does did remains accepted always repeatedly rejects rejected
  wants wanted insisted insists demands demanded sees saw launched backed warned responded refused expected expects urged urges pressed presses
  asked asks welcomed welcomes believes believed considers considered opposes opposed supports supported signalled signaled accused accuses
  offered offers approved approves blamed blames announced announces agreed agrees denied denies condemned condemns denounced denounces
  criticised criticized criticises criticizes dismissed dismisses threatened threatens vowed vows pledged pledges proposed proposes suspended
  suspends recalled recalls expelled expels summoned summons imposed imposes lifted lifts sent sends deployed deploys decided decides hopes
  hoped fears feared retaliated retaliates sought seeks seeking claimed claims argued argues maintained maintains
  pressing urging demanding insisting pushing asking refusing rejecting threatening accusing blaming backing opposing
  still now already reportedly`.split(/\s+/),
);
/** "Tehran, for its part, has pressed ...": a capital opening the sentence before a parenthetical. */
const CAPITAL_PARENTHETICAL = /^(for|however|meanwhile|in|too|though|by|on)$/;
/** Verbs of speech after which a capital opens the reported clause. */
const REPORTING_VERB = /^(said|says|added|adds|stressed|stresses|insisted|insists|argued|argues|warned|warns|noted|notes)$/;

function meetingNounAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (MEETING_NOUNS.has(t.lower)) return true;
    if (t.cap || t.kind !== "word") return false;
  }
  return false;
}

/** Nouns of dealings whose "between X and Y" names two sides, not two places ("talks between Tokyo and Seoul"). */
const DEALINGS_BEFORE_BETWEEN = /^(talks|negotiations|meeting|meetings|summit|consultations|dialogue|discussions|contacts|relations|ties|tensions|dispute|rift|row|deal|agreement|accord|exchange|swap|rapprochement|standoff|stand-off)$/;

/**
 * "talks between Tokyo and Seoul", "relations between Washington, Kyiv and Moscow": a capital in a list
 * that "between" opens after a noun of dealings is a side, not a place.
 */
function secondSideBetween(tokens: readonly Token[], start: number): boolean {
  const sent = tokens[start]!.sent;
  if (tokens[start - 1]?.lower === "between") return DEALINGS_BEFORE_BETWEEN.test(tokens[start - 2]?.lower ?? "");
  if (!/^(and|,)$/.test(tokens[start - 1]?.text ?? "")) return false;
  for (let k = start - 2; k >= Math.max(0, start - 8) && tokens[k]!.sent === sent; k--) {
    const t = tokens[k]!;
    if (t.lower === "between") return DEALINGS_BEFORE_BETWEEN.test(tokens[k - 1]?.lower ?? "");
    if (!(t.cap || t.text === "," || t.lower === "and")) return false;
  }
  return false;
}

/**
 * True when the capital at `m` names the city ("talks in Doha", "the Doha talks", "Doha, Qatar"), false
 * when it stands for its government ("Washington says", "Moscow's position").
 */
export function capitalIsPlace(ctx: RecognizeContext, m: GazetteerMatch): boolean {
  const { tokens, covered } = ctx;
  const { start, end } = m;
  const sent = tokens[start]!.sent;
  const prev = tokens[start - 1];
  const next = tokens[end];
  // "Psaki said Washington \"strongly supports\" the ceasefire", "he said Moscow would": the subject of a reported clause
  const reportedSubject = !!prev && prev.sent === sent && REPORTING_VERB.test(prev.lower) && !!next && next.sent === sent && (next.text === '"' || next.text === "“" || (next.kind === "word" && !next.cap && !LOCATIVE.has(next.lower) && next.lower !== "and")) && !meetingNounAhead(tokens, end);
  // "Officials in Amman also want Israel to": a state's officials named by their capital (not "UN
  // officials in Geneva", whose capital is only where they are)
  const people = tokens[start - 2];
  const peopleIn = prev?.lower === "in" && !!people && people.sent === sent && /^(officials|authorities)$/.test(people.lower) && (start - 2 === 0 || tokens[start - 3]!.sent !== sent || /^(the|,|and|but)$/.test(tokens[start - 3]!.lower));
  if (peopleIn || secondSideBetween(tokens, start)) return false;
  const asPlace =
    !reportedSubject && ((prev && LOCATIVE.has(prev.lower)) ||
    !next ||
    next.sent !== sent ||
    meetingNounAhead(tokens, end) ||
    (next.text !== "'s" && next.text !== "'" && !(next.kind === "word" && !next.cap && (PERSON_VERBS.has(next.lower) || CAPITAL_ACTOR_NEXT.has(next.lower))) && !(next.text === "," && (start === 0 || tokens[start - 1]!.sent !== sent) && CAPITAL_PARENTHETICAL.test(tokens[end + 1]?.lower ?? ""))) ||
    (prev && prev.text === "," && tokens[start - 2]?.cap && !covered[start - 2]));
  return !!asPlace;
}

/** The international body a capital's name stands for in the news ("Brussels": the EU), if any. */
export function capitalSeat(lex: Lexicon, surface: string): Actor | undefined {
  const seat = CAPITAL_OF_ORG[surface];
  return seat && lex.orgs.has(seat) ? orgActor(lex, seat) : undefined;
}

/** The actor a capital stands for: its state, or the international body it hosts ("Brussels": the EU). */
export function capitalActor(lex: Lexicon, surface: string, stateId: string): Actor {
  const seat = CAPITAL_OF_ORG[surface];
  return seat && lex.orgs.has(seat) ? orgActor(lex, seat) : stateActor(lex, stateId);
}
