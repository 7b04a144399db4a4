// Word classes for reading arguments: which words may sit between an actor and a trigger, between the
// items of a list, or inside an actor phrase.
import type { Token } from "../nlp/wink.js";
import { WEEKDAY, set } from "../recognize/words.js";
import { pastTense, thirdPerson } from "./rules/inflect.js";

const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;

/** Words that glue actor mentions into one chunk ("the head of Israel's Mossad"). */
export const GLUE = set(`'s ' of the a an its their his her ( )`);
/** "the Rwanda-backed M23": the backer is named, the head is the group. */
export const HYPHEN_GLUE = set(`backed aligned allied supported funded armed controlled sponsored affiliated linked`);
export const LIST_COORD = set(`, and or & plus alongside along together well both`);
/** Adjectives of a party's politics before its name in a list ("the liberal VVD, the centrist NSC", "the far-right PVV"). */
export const PARTY_ADJECTIVES = set(`liberal centrist conservative populist nationalist socialist communist islamist green radical moderate
  progressive separatist ruling junior smaller far hard right left right-wing left-wing centre center centre-right centre-left
  leftist rightist hardline reformist
  center-right center-left ultranationalist anti-islam anti-immigration farmers' pro-european eurosceptic`);
export const LIST_GAP = set(`, and or & plus alongside along together with well both the also its their his her then`);
/** Words that may stand between a subject and its verb ("Qatar has also repeatedly ...", "Armenia and Azerbaijan agreed to hold talks"). */
export const PRE_GAP = set(`
  has have had am is are was were will would could should may might must can also reportedly recently then later
  previously already again still now not n't never been being jointly separately repeatedly publicly once first
  earlier today yesterday tonight on last this week month morning evening afternoon night late early long
  privately firmly consistently due set scheduled expected likely poised ready willing able going
  do does did who which not n't never whose both all together officially formally finally successfully effectively
  directly indirectly personally quietly secretly currently initially just to reportedly ( )
  always often long repeatedly statement communique communiqué instead only eventually ultimately subsequently
  since meanwhile too agreed agree agrees decided decide decides plans plan planned intend intends intended
  keep keeps kept continue continues continued
  tried tries trying sought seeks seeking attempted attempts attempting offered offers
  began begins started starts volunteered
  returned flew travelled traveled arrived headed
  appointed named chosen tapped designated nominated mandated commissioned hired
`);
/** Words that may stand between a verb and its object ("met the Israeli counterparts of"). */
export const OBJ_GAP = set(`ousted deposed detained jailed exiled imprisoned the a an its their his her both with counterparts counterpart representatives officials official delegation delegations leaders leader members from of top senior envoys envoy negotiators team teams section wing branch faction leadership management bosses commanders chiefs heads elders spokesmen emissaries`);
export const NEGATION = set(`not n't never no`);
/** Nouns that end a duration or a time phrase between a subject and its verb ("had for years pressed"). */
export const DURATION_NOUNS = set(`years year months month weeks week days day decades decade hours hour nights night weekend time while part`);
/** Words a duration phrase may open with, read leftwards from its noun ("for the past two years", "in recent weeks", "for its part"). */
export const DURATION_WORDS = set(`for in over during the past last recent several many some few a an two three four five six seven eight nine ten twelve nearly almost about around roughly more than its their his her most much part all of entire whole better good`);
/** Lower-case words ending in "-ly" that are not adverbs. */
const NOT_ADVERB = set(`family ally rally supply assembly reply anomaly monopoly belly jelly bully italy july only`);
/** A lower-case "-ly" adverb ("Qatar subsequently hosted", "Lourenço instead held talks"). */
export function isAdverb(t: Token): boolean {
  return t.kind === "word" && !t.cap && t.lower.length > 4 && t.lower.endsWith("ly") && !NOT_ADVERB.has(t.lower);
}
/**
 * Words of the setting between a verb of speech and the "that" of its clause ("said in Zurich on Thursday
 * that", "told reporters at a news conference that", "told the Senate committee during a hearing that").
 */
export const SPEECH_SETTING = set(`in at on to during after before following the a an his her their its
  reporters journalists newsmen correspondents lawmakers legislators senators parliament parliamentarians supporters crowd
  crowds delegates diplomats members workers students audience viewers listeners media press
  news press conference briefing interview meeting rally session summit hearing debate event gathering
  statement speech television radio broadcast reception forum ceremony visit trip sidelines later earlier
  separately also again privately publicly`);
export const PLACE_WORDS = set(`capital city town village resort port region province island border coast mountains countryside`);
export const SPEECH = set(`said says told tells added adds wrote announced stated`);
/**
 * Verbs that, in the past tense or the third person right after "and", start the speaker's next
 * predicate: "urged Tsipras not to sign the agreement and demanded a vote", "told them to show
 * flexibility and said ...", "demands that the US treat them with dignity and offers his plane". A
 * demand's own coordinated verbs are base forms ("to stop and withdraw"), so these end it.
 */
export const NEXT_PREDICATE = new Set(
  `say tell add announce state demand insist urge call warn threaten vow accuse reject refuse promise pledge repeat reiterate stress note argue appeal dismiss welcome describe praise criticise criticize ask offer propose`
    .split(" ")
    .flatMap((v) => [pastTense(v), thirdPerson(v)]),
);
/** Past tenses without "-ed" that open or resume a predicate ("flew to Doha and met", ", told reporters"). */
export const IRREGULAR_PAST = set(`met held flew went came took made said told sent gave left began spoke sought brought led won kept ran saw stood struck wrote became broke chose found got put set spent withdrew oversaw drew rose`);
export const PEOPLE_NOUNS = set(`counterparts counterpart officials official leaders leader representatives delegations delegation envoys envoy negotiators diplomats ministers authorities`);
export const APPOSITIVE_ADJ = set(`acting former veteran seasoned career longtime long-time retired experienced respected prominent influential powerful then`);
export const DELEG_NOUNS = set(`delegation delegations team teams side negotiators panel`);
/** Nouns for an actor's people right after its name ("the Hamas leadership", "Lonmin management", "the Israeli negotiating team"). */
export const ACTOR_PEOPLE_NOUNS = new Set([...PEOPLE_NOUNS, ...DELEG_NOUNS, "management", "leadership", "government", "governments", "intermediaries", "emissaries", "go-betweens", "mediators", "negotiating", "political", "military", "command", "camp", "bloc", "board", "cabinet", "administration", "shareholders", "executives", "directors", "bosses", "owners", "troops", "soldiers", "trustees", "members", "lawyers", "commanders", "chiefs", "elders", "spokesmen", "heads", "staff", "lawmakers", "legislators"]);
export const CLAUSE_BREAK = set(`; : " “ ” that if because while but whereas although though when after before since until`);
/** CLAUSE_BREAK less its time words ("arrived after midnight and met"): what a scan back over a first predicate may not cross. */
export const STRONG_BREAK = set(`; : " “ ” that if because while but whereas although though unless`);
/** "the two sides", "both parties", "the warring parties", "the two leaders". */
export const PAIR_NOUNS = set(`sides parties signatories countries rivals delegations leaders governments neighbours neighbors foes adversaries camps gangs militias factions groups unions movements`);
export const PERSON_PAIR_NOUNS = set(`men women presidents ministers premiers envoys negotiators candidates`);
/** Words between "the two" and a person pair noun that keep it a pair of persons ("the two prime ministers"). */
export const PERSON_PAIR_MODIFIERS = set(`prime foreign chief special`);
/** "the three countries", "the four guarantors": a number of actors named together before. */
export const GROUP_NOUNS_COUNTED = set(`countries nations states powers governments guarantors mediators sponsors capitals organisations organizations blocs`);
/** Plural nouns a list of members may follow ("the health unions, among them the RCN, Unison and GMB"). */
export const MEMBER_LIST_NOUNS = set(`${[...GROUP_NOUNS_COUNTED].join(" ")} unions groups parties factions movements militias bodies associations federations confederations stakeholders neighbours neighbors allies`);
/** Nouns for a team of people a list of members may follow ("a team of Mozambican figures that included X and Y"). */
export const TEAM_NOUNS = set(`team panel committee figures personalities leaders elders mediators facilitators`);
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([["three", 3], ["four", 4], ["five", 5], ["six", 6]]);

export const MEDIATOR_ROLE = /\b(mediator|facilitator|conciliator|informateur|broker|intermediary|go-between)s?\b/i;
/** Organisation kinds that are never a party to the dispute. */
export const NOT_PARTY_KINDS: ReadonlySet<string> = new Set(["international", "media", "ngo"]);

export function isDateWord(t: Token): boolean {
  return t.kind === "number" || WEEKDAY.has(t.lower) || (t.cap && MONTH_WORD.test(t.lower));
}
