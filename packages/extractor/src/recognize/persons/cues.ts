// What around a name says it is a person's: an appositive, a plural title, a title phrase, a "led by".
import type { Token } from "../../nlp/wink.js";
import type { ActorMention, TitleMention } from "../model.js";
import { KIN_NOUNS, LED_BY, OCCUPATION_NOUNS, PERSON_VERBS, PLURAL_TITLES, ROLE_NOUNS } from "../words.js";

/** Nouns of an appositive that says what kind of person a name is ("X, a South African lawyer"). */
const PERSON_APPOSITIVE_NOUNS = new Set(["lawyer", "attorney", "diplomat", "businessman", "businesswoman", "activist", "cleric", "academic", "professor", "journalist", "politician", "economist", "banker", "priest", "bishop", "scholar", "historian", "jurist", "judge", "lawmaker", "senator", "general", "colonel", "veteran", "statesman", "stateswoman", "campaigner", "mediator", "negotiator", "commander", "warlord", "preacher", "dissident", "philanthropist", "billionaire", "entrepreneur", "tycoon", "retiree", "pastor", "imam", "rabbi", "member", "founder", "co-founder", "midfielder", "defender", "striker", "goalkeeper", "forward", "captain", "counsel", "advocate", "solicitor", "barrister", "principal", "worker"]);
/** Occupation nouns that also head a body's description ("an aid group", "a key player in the talks"). */
const NOT_ONLY_PERSONS = new Set(["aid", "humanitarian", "volunteer", "player"]);
/** "X, a South African lawyer": an appositive from `from` naming what kind of person X is. */
export function personNounAppositive(tokens: readonly Token[], from: number): boolean {
  const t0 = tokens[from];
  if (!t0) return false;
  if (!/^(a|an)$/.test(t0.lower)) return bareAppositive(tokens, from);
  const sent = t0.sent;
  for (let k = from + 1; k < from + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sent !== sent || t.kind !== "word") return false;
    // ("Uta Werner, a cousin of Gurlitt,", "X, a retired teacher,")
    if (PERSON_APPOSITIVE_NOUNS.has(t.lower) || KIN_NOUNS.has(t.lower) || (OCCUPATION_NOUNS.has(t.lower) && !NOT_ONLY_PERSONS.has(t.lower))) return true;
  }
  return false;
}

/**
 * "Rajeev Dhavan, senior counsel for the board,", "X, founder of the youth group": an appositive with no
 * article, of at most two lower-case words before a person's noun that a preposition or a comma follows.
 */
function bareAppositive(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from]!.sent;
  for (let k = from; k < from + 3; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent || t.kind !== "word" || t.cap) return false;
    if (PERSON_APPOSITIVE_NOUNS.has(t.lower)) return /^(of|for|at|to|with|,)$/.test(tokens[k + 1]?.lower ?? "");
    // ("Vida Mehrannia, wife of the researcher X,": kin of someone named)
    if (KIN_NOUNS.has(t.lower)) return tokens[k + 1]?.lower === "of";
  }
  return false;
}

/** "the leaders of the two countries": nouns of a pair that does not say which is which. */
const PAIR_OF = new Set(["countries", "states", "nations", "sides", "parties", "governments", "neighbours", "neighbors"]);

/**
 * "The foreign ministers of Saudi Arabia and Iran," / "the leaders of the two countries,": the two
 * actors of a plural title ending right before the comma at `comma`, or undefined.
 */
export function pluralTitleBefore(tokens: readonly Token[], comma: number, actors: readonly ActorMention[]): ActorMention[] | undefined {
  const sent = tokens[comma]!.sent;
  const before = demonymsBeforePluralTitle(tokens, comma, actors);
  if (before) return before;
  const named: ActorMention[] = [];
  let k = comma - 1;
  let pair = false;
  while (k > 0 && k > comma - 12 && tokens[k]!.sent === sent) {
    const t = tokens[k]!;
    if (t.lower === "of") {
      if (!PLURAL_TITLES.has(tokens[k - 1]?.lower ?? "")) return undefined;
      break;
    }
    const am = actors.find((m) => m.end === k + 1 && m.actor.type !== "Person");
    if (am) {
      named.unshift(am);
      k = am.start - 1;
      continue;
    }
    if (PAIR_OF.has(t.lower)) pair = true;
    else if (!/^(and|the|two|both|'s)$/.test(t.lower)) return undefined;
    k--;
  }
  if (tokens[k]?.lower !== "of") return undefined;
  if (named.length === 2 && named[0]!.actor.key !== named[1]!.actor.key) return named;
  // "the two countries" does not say which is which
  void pair;
  return undefined;
}

/** A capitalised run from `k` that is followed by a title ("and Human Rights Minister"). */
export function titleModifierAhead(tokens: readonly Token[], k: number, titleStart: ReadonlyMap<number, TitleMention>): boolean {
  for (let j = k; j < k + 4; j++) {
    if (titleStart.has(j)) return j > k;
    if (!tokens[j]?.cap) return false;
  }
  return false;
}

/** "headed by A, the other side by B": a "led by" earlier in the sentence, before a comma. */
export function ledByEarlier(tokens: readonly Token[], by: number): boolean {
  const sent = tokens[by]!.sent;
  let comma = false;
  for (let k = by - 1; k >= 0 && k > by - 25 && tokens[k]!.sent === sent; k--) {
    if (tokens[k]!.text === ",") comma = true;
    else if (comma && tokens[k]!.lower === "by" && LED_BY.has(tokens[k - 1]?.lower ?? "")) return true;
  }
  return false;
}

/** "Norway's Foreign Minister X and Cuba's Y": the state right after "and" a validated person. */
export function coordinatedAfterPerson(tokens: readonly Token[], stateStart: number, persons: readonly ActorMention[]): boolean {
  if (tokens[stateStart - 1]?.lower !== "and") return false;
  for (let i = persons.length - 1; i >= 0 && i > persons.length - 4; i--) if (persons[i]!.end === stateStart - 1) return true;
  return false;
}

/**
 * True when a title phrase ends at token `k` (before an appositive comma): "Kosovo's prime minister",
 * "the US envoy for the Western Balkans", "Russia's ambassador to international organisations in Vienna".
 */
export function titlePhraseEndsAt(tokens: readonly Token[], k: number, titleCover: Int32Array): boolean {
  const sent = tokens[k + 1]?.sent;
  // "The president of the National Confederation of Autonomous Transporters (CNTA), X": a body's name
  // and its acronym after the title
  // ("The European Union's special representative for the South Caucasus and the crisis in Georgia, X":
  // a prepositional tail of two objects)
  const near = tokens[k]?.text === ")" ? 14 : 8;
  for (let q = k; q >= 0 && q > k - near - 4; q--) {
    const t = tokens[q]!;
    if (t.sent !== sent || t.text === "," || t.text === ";" || t.text === "." || PERSON_VERBS.has(t.lower)) return false;
    if (titleCover[q]! >= 0 || ROLE_NOUNS.has(t.lower)) {
      // the words after the title are a prepositional tail ("for the Western Balkans") or nothing
      const after = tokens[q + 1]!;
      // "the leader of the former rebel movement Renamo": a title ending in "of the" takes its object
      if (q === k || /^(for|to|of|in|at|on|from|with)$/.test(after.lower) || /^(of|the|for)$/.test(t.lower) || titleCover[q + 1]! >= 0) return q > k - near || (PREPOSITION_TAIL.test(after.lower) && ownedTitle(tokens, q));
      return portfolioGoesOn(tokens, q, k);
    }
  }
  return false;
}

/** Prepositions that open a title's tail, however long ("for", "to"). */
const PREPOSITION_TAIL = /^(for|to|of)$/;

/**
 * "The European Union's special representative": a title its owner's possessive opens, which no earlier
 * name's appositive can be ("X, chief of his faction of the JUI (JUI-S), Y" is X's title, not Y's).
 */
function ownedTitle(tokens: readonly Token[], q: number): boolean {
  for (let r = q - 1; r >= q - 3 && r >= 0; r--) if (/^['’]s$/.test(tokens[r]!.text)) return true;
  return false;
}

/**
 * "Minister for Sport and Recreation", "Minister for Treaty and First Peoples": a capitalised portfolio
 * the title read in part goes on with "and" and capitalised words to `k`.
 */
function portfolioGoesOn(tokens: readonly Token[], q: number, k: number): boolean {
  if (!tokens[q]!.cap || tokens[q + 1]?.lower !== "and" || !tokens[q + 2]?.cap) return false;
  for (let r = q + 2; r <= k; r++) if (!(tokens[r]!.cap && tokens[r]!.kind === "word") && !/^(and|the|of)$/.test(tokens[r]!.lower)) return false;
  return true;
}

/** ", the Qatari foreign minister": an appositive from `from` that holds a title before its next comma. */
export function appositiveTitle(tokens: readonly Token[], from: number, titleStart: ReadonlyMap<number, TitleMention>): boolean {
  const sent = tokens[from - 1]?.sent;
  for (let k = from; k < from + 12 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sent !== sent || t.text === "," || t.text === ";" || t.text === "." || t.text === "(" || t.text === ")") return false;
    if (titleStart.has(k)) return true;
    if (k === from && t.kind === "word" && !/^(a|an|the|who|its|their|his|her)$/.test(t.lower) && !t.cap) return false;
  }
  return false;
}

/**
 * "his Russian and Iranian counterparts, X and Y", "the Saudi and Emirati foreign ministers, X and Y": two
 * states named before a plural title, then its holders, respectively; undefined when not so.
 */
function demonymsBeforePluralTitle(tokens: readonly Token[], comma: number, actors: readonly ActorMention[]): ActorMention[] | undefined {
  let k = comma - 1;
  if (!PLURAL_TITLES.has(tokens[k]?.lower ?? "")) return undefined;
  k--;
  while (k > comma - 4 && tokens[k]?.kind === "word" && !tokens[k]!.cap && tokens[k]!.lower !== "and") k--;
  const second = actors.find((m) => m.end === k + 1 && m.actor.type === "State");
  if (!second || tokens[second.start - 1]?.lower !== "and") return undefined;
  const first = actors.find((m) => m.end === second.start - 1 && m.actor.type === "State");
  return first && first.actor.key !== second.actor.key ? [first, second] : undefined;
}

