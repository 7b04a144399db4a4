// From a rule match to its arguments: the subject and object lists its argument shape names, the
// subject a coordinated or participle clause leaves implicit, and the rule's own conditions on them.
import { monthNumber } from "../input/metadata.js";
import type { Sentence, Token } from "../nlp/wink.js";
import type { Actor } from "../recognize/model.js";
import { coordinatedSubject, describesPlace, speakerOfReportedClause, namedAfterIncluding, objectAfter, officialsInCapitals, placeActorAfter, linkedGerund, placeEndAfter, subjectBefore } from "./arguments.js";
import { ACTOR_PEOPLE_NOUNS, DURATION_NOUNS, GLUE, NEGATION, PRE_GAP, SPEECH, SPEECH_SETTING, isDateWord } from "./gap-words.js";
import { listFrom } from "./lists.js";
import type { ArticleContext, Chunk, PatternRule, RuleMatch } from "./model.js";
import { heads, ownSide, sameSide } from "./sides.js";
import { isUnion } from "../recognize/references.js";
import { HONORIFICS, WORKER_NOUNS } from "../recognize/words.js";

/** Verbs of a hearsay frame ("is widely reported to have brokered", "was said to have mediated"). */
const HEARSAY = /^(reported|said|believed|thought|understood|known|alleged|rumou?red|reputed|credited)$/;

/**
 * "Qatar, whose government is widely reported to have brokered the contacts": the subject stands before
 * the hearsay frame; the token where the frame opens, else `ts`.
 */
function hearsayStart(ctx: ArticleContext, ts: number): number {
  const t = (k: number) => ctx.tokens[k]?.lower ?? "";
  if (t(ts - 1) !== "have" || t(ts - 2) !== "to" || !HEARSAY.test(t(ts - 3))) return ts;
  let k = ts - 4;
  if (/^(widely|also|generally|now|once|long)$/.test(t(k))) k--;
  return /^(is|was|are|were|been|being)$/.test(t(k)) ? k : ts;
}

/**
 * The "to" of a demand's object ("urged Iran to"), or its "for" ("asked Qatar for assurances"; capitals
 * for their states, "asked Cairo and Riyadh for"), or its "on" ("pressed Netanyahu on aid"), as the rule
 * asks; undefined when a "for" or "on" the rule needs is missing.
 */
function wordAfterObject(ctx: ArticleContext, rule: PatternRule, obj: number[], te: number, sen: Sentence): { toAt: number; obj: number[]; objActors?: Actor[] } | undefined {
  if (rule.objThenOn) {
    const end = obj.length ? ctx.chunks[obj[obj.length - 1]!]!.end : -1;
    return end >= 0 && /^(on|over)$/.test(ctx.tokens[end]?.lower ?? "") ? { toAt: end, obj } : undefined;
  }
  const toAt = toAfterObject(ctx, obj, sen, rule.objThenFor ? "for" : "to");
  if (!rule.objThenFor || toAt >= 0) return { toAt, obj };
  const capitals = capitalsThen(ctx, te, sen.tokEnd, "for");
  return capitals ? { toAt: capitals.at, obj: [], objActors: capitals.actors } : undefined;
}

/**
 * "X said the government must ...": the object and the trigger's end when a "must" or "should" follows
 * the object ("said in Zurich on Thursday that Israel must", "told reporters that Israel must": the
 * trigger ends past the setting of what was said), else undefined.
 */
function objectThenModal(ctx: ArticleContext, obj: number[], te: number, sen: Sentence): [number[], number] | undefined {
  const that = obj.length ? -1 : thatAfterSetting(ctx, te, sen.tokEnd);
  const [o, end] = that >= 0 ? [objectAfter(ctx, that + 1, sen.tokEnd), that + 1] : [obj, te];
  const last = o.length ? ctx.chunks[o[o.length - 1]!]!.end : -1;
  const mv = ctx.tokens[last]?.lower;
  return last >= 0 && (mv === "must" || mv === "should") ? [o, end] : undefined;
}

/**
 * The subject a coordinated verb after this one may go on from; when it opens a reported clause with a
 * modal ("X said Israel must ..."), the speaker is kept too.
 */
function noteSubject(ctx: ArticleContext, subj: number[], s: number, sen: Sentence): void {
  const speaker = speakerOfReportedClause(ctx, subj, sen.tokStart);
  ctx.lastSubj = { sent: s, idx: subj, speaker: speaker?.length ? speaker : undefined };
}

/**
 * "said in Zurich on Thursday that", "told reporters at a news conference that": the "that" after the
 * setting of a verb of speech ending at `te` (places, days, hearers and occasions, no actor), else -1.
 */
function thatAfterSetting(ctx: ArticleContext, te: number, end: number): number {
  const { tokens, chunkAt } = ctx;
  for (let k = te; k < end && k < te + 10; k++) {
    const t = tokens[k]!;
    if (t.lower === "that") return k > te ? k : -1;
    if (chunkAt[k]! >= 0 || !(SPEECH_SETTING.has(t.lower) || isDateWord(t) || (t.cap && t.kind === "word"))) return -1;
  }
  return -1;
}

/** The match of `rule` over tokens [ts, te) with its arguments read, or undefined when the rule's conditions fail. */
export function readMatch(ctx: ArticleContext, rule: PatternRule, ts: number, te: number, s: number, sen: Sentence): RuleMatch | undefined {
  const { tokens, chunks, chunkAt } = ctx;
  let subj: number[] = [];
  let obj: number[] = [];
  let objActor: Actor | undefined;
  switch (rule.args) {
    case "subj-obj":
      subj = subjectBefore(ctx, hearsayStart(ctx, ts), sen.tokStart);
      // "X visited Moscow and held talks with Y": the subject of the coordinated verb
      // (not a subject inside a quotation the verb is outside of: '"Tunisians are tired," he said, and told')
      // ("Rajoub said that Israel must lift ..., and asked FIFA to": a past tense goes on from the speaker)
      if (!subj.length && tokens[ts - 1]?.lower === "and" && ctx.lastSubj && ctx.lastSubj.sent === s && !quotedApart(ctx, ctx.lastSubj.idx, ts))
        subj = ctx.lastSubj.speaker && /ed$|^(told|sought)$/.test(tokens[ts]!.lower) ? ctx.lastSubj.speaker : ctx.lastSubj.idx;
      obj = objectAfter(ctx, te, sen.tokEnd);
      break;
    case "subj":
      subj = subjectBefore(ctx, hearsayStart(ctx, ts), sen.tokStart);
      break;
    case "obj":
    case "between":
      // ("attended by representatives of the African Union": the people of a body before it)
      obj = objectAfter(ctx, te, sen.tokEnd, rule.args === "between" ? 3 : rule.type === "ATTENDS" ? 4 : 2, rule.type === "MEDIATES" && tokens[te - 1]!.lower !== "," && !rule.strictObject);
      break;
    case "possessor":
      if (chunkAt[ts - 1]! >= 0) subj = [chunkAt[ts - 1]!];
      if (rule.type === "MEETS") obj = objectAfter(ctx, te, sen.tokEnd);
      break;
    case "prefix":
      if (chunkAt[ts - 1]! >= 0) subj = listFrom(ctx, chunkAt[ts - 1]!, -1);
      break;
    case "hyphen-pair":
      obj = hyphenPairBefore(ctx, ts);
      break;
  }
  // (a gerund after "before" whose clause's subject no reading names has no subject to guess)
  if (!subj.length && (rule.args === "subj-obj" || rule.args === "subj") && !linkedGerund(ctx, ts, sen.tokStart)) subj = implicitSubject(ctx, ts, s, sen);
  // "met separately with pro-independence leaders, including A and B": the persons the plural names
  if (rule.type === "MEETS" && rule.args === "subj-obj" && !obj.length) obj = namedAfterIncluding(ctx, te, sen.tokEnd);
  const asked = rule.type === "DEMANDS" ? wordAfterObject(ctx, rule, obj, te, sen) : { toAt: -1, obj };
  if (!asked) return undefined;
  let toAt = asked.toAt;
  let objActors = asked.objActors;
  obj = asked.obj;
  let unnamedAddressee = false;
  let holdouts = false;
  // "urged them to", "pressing them to": the actors "them" stands for
  if (rule.type === "DEMANDS" && rule.objThenTo && !obj.length && tokens[te]?.lower === "them" && tokens[te + 1]?.lower === "to") {
    const ante = themAntecedent(ctx, ts, s, heads(ctx, subj));
    if (ante.length >= 2 || (ante.length === 1 && ante[0]!.type !== "Person")) {
      objActors = ante;
      toAt = te + 1;
    } else if (unnamedPeopleBefore(ctx, ts, sen.tokStart)) {
      // "was proud of the teachers and urged them to": people no actor names
      objActors = [];
      unnamedAddressee = true;
      toAt = te + 1;
    }
  }
  // "spoke to Yanukovych by phone and called on him to": the person "him" or "her" stands for
  if (rule.type === "DEMANDS" && !obj.length && !objActors && /^(him|her)$/.test(tokens[te]?.lower ?? "") && tokens[te + 1]?.lower === "to") {
    const ante = personAntecedent(ctx, ts, s, new Set(heads(ctx, subj).map((x) => x.key)));
    if (ante) {
      objActors = [ante];
      toAt = te + 1;
    }
  }
  if (rule.type === "DEMANDS" && toAt < 0 && (rule.objThenTo || !obj.length)) {
    // "urged Iran to", "called on Moscow to": the object, then "to"; a capital stands for its state
    const pa = rule.placesAsActors || !obj.length ? placeActorAfter(ctx, te, sen.tokEnd, true) : undefined;
    const pe = pa ? overDuration(tokens, placeEndAfter(ctx, te)) : -1;
    const peTo = /^(not|never)$/.test(tokens[pe]?.lower ?? "") && tokens[pe + 1]?.lower === "to" ? pe + 1 : pe;
    const capitals = rule.placesAsActors ? capitalListTo(ctx, te, sen.tokEnd) : undefined;
    if (pa && tokens[peTo]?.lower === "to") {
      obj = [];
      objActor = pa;
      toAt = peTo;
    } else if (capitals) {
      // "urged Warsaw, Budapest and Bratislava to ...": each capital stands for its state
      obj = [];
      objActors = capitals.actors;
      toAt = capitals.toAt;
    } else {
      // "urged lawmakers to", "called on the players to": people no actor names, then "to"
      const people = rule.objThenTo || tokens[te - 1]?.lower === "on" ? unnamedPeopleTo(ctx, te, sen.tokEnd) : undefined;
      const it = !people && tokens[te]?.lower === "it" && tokens[te + 1]?.lower === "to" ? bodyItStandsFor(ctx, sen, subj) : undefined;
      if (people) {
        toAt = people.toAt;
        objActors = people.actors;
        unnamedAddressee = people.unnamed;
        holdouts = !!people.holdouts;
      } else if (it) {
        // "CONMEBOL removed Colombia after the FCF asked it to postpone": the body "it" stands for
        toAt = te + 1;
        objActors = [it];
      } else if (rule.objThenTo) return undefined;
    }
  }
  if (rule.objThenMust) {
    const modal = objectThenModal(ctx, obj, te, sen);
    if (!modal) return undefined;
    [obj, te] = modal;
  }
  if (rule.courtesyCall && !visitedPersons(ctx, obj, sen)) return undefined;
  if (rule.speakerSubject && !(subj.length && subj.every((ci) => chunks[ci]!.speaker))) return undefined;
  if (rule.subjectAfterPhrase) {
    subj = subjectAfterPhrase(ctx, ts, te, sen);
    if (!subj.length) return undefined;
  }
  if (rule.subjectFromSentenceStart) subj = sentenceSubject(ctx, s, sen, ts) ?? subj;
  const S = subjectActors(ctx, rule, s, subj, objActors ?? (objActor ? [objActor] : obj.filter((ci) => !chunks[ci]!.pair).map((ci) => chunks[ci]!.head.actor)));
  // "flew to the Swiss Alpine resort": a demonym describing a place is not the visited party
  if (rule.placesAsActors && !rule.objThenTo) obj = obj.filter((ci) => !describesPlace(ctx, chunks[ci]!));
  // "wrote to Obama and Castro urging them to": a subject read among the actors "them" stands for is a
  // misread participle clause, not a demand of one party on the other
  if (objActors && S.some((x) => objActors!.some((y) => sameSide(x, y)))) return undefined;
  if (rule.type === "DEMANDS" && addressesOwnMembers(ctx, S, obj, te, !!objActor)) return undefined;
  let O = objActors ?? (objActor ? [objActor] : heads(ctx, obj, S));
  if ((rule.args === "between" || rule.args === "obj") && O.length < 2) O = sidesFromCapitals(ctx, te, sen.tokEnd) ?? O;
  const placeActor = rule.placesAsActors && !O.length && !rule.objThenTo ? placeActorAfter(ctx, te, sen.tokEnd) : undefined;
  if (placeActor) O = [placeActor];
  else if (rule.type === "MEETS" && rule.args === "subj-obj" && !O.length) O = officialsInCapitals(ctx, te, sen.tokEnd);
  if (S.length) ctx.subjectLists.push({ sent: s, actors: S });
  // only a verb's match that reads stands as the subject for a coordinated verb after it (not a noun's:
  // "welcomed the Omani mediation and urged": Oman is no subject)
  // (an infinitive's subject is no subject a later "and" goes on from: "urged Mali to return ... and called on")
  if (subj.length && (rule.args === "subj-obj" || rule.args === "subj") && tokens[ts - 1]?.lower !== "to") noteSubject(ctx, subj, s, sen);
  if (
    rule.args === "between" &&
    rule.type === "MEETS" &&
    O.length === 2 &&
    !ctx.betweenPair &&
    !sameSide(O[0]!, O[1]!) &&
    O.every((x) => x.type !== "Person" && !ctx.mediatorKeys.has(x.key)) &&
    !obj.some((ci) => chunks[ci]!.pair)
  )
    ctx.betweenPair = O;
  const match: RuleMatch = { rule, s, ts, te, sen, subj, obj, S, O, subjectsMeet: !rule.subjectsApart, toAt };
  if (unnamedAddressee) match.unnamedAddressee = true;
  if (holdouts) match.holdouts = true;
  return match;
}

/**
 * "He called on members at plants not yet on strike to ...", "Andrea Bradley, the EIS general secretary,
 * urged EIS members to": a body's officer addressing its own workers or members.
 */
function addressesOwnMembers(ctx: ArticleContext, S: readonly Actor[], obj: readonly number[], te: number, named: boolean): boolean {
  const { tokens, chunks } = ctx;
  if (!obj.length && !named) return workersAt(ctx, te) && (S.some((x) => speaksForUnion(ctx, x)) || /^(its|their|his|her|our)$/.test(tokens[te]?.lower ?? ""));
  const last = obj.length ? chunks[obj[obj.length - 1]!]! : undefined;
  return !!last && tokens[last.end]?.lower === "members" && S.some((x) => ownSide(ctx, x, last.head.actor));
}

/** Workers named right at k ("members at plants not yet on strike", "its members", "the striking workers"). */
function workersAt(ctx: ArticleContext, k: number): boolean {
  const { tokens } = ctx;
  let q = k;
  while (q < k + 3 && PEOPLE_PRE.test(tokens[q]?.lower ?? "")) q++;
  return WORKER_NOUNS.has(tokens[q]?.lower ?? "");
}

/** A union, or a person whose title ties them to one. */
function speaksForUnion(ctx: ArticleContext, x: Actor): boolean {
  if (isUnion(x)) return true;
  return x.type === "Person" && ctx.m.actors.some((am) => am.actor.key === x.key && !!am.affiliation && isUnion(am.affiliation.actor));
}

/** Addressees that are no party at all ("lawmakers", "the public"; "all parties" are the two sides, read as a pair). */
const PUBLIC_NOUNS = new Set("groups militias factions gangs fighters protesters demonstrators lawmakers legislators parliamentarians mps meps mlas mks mpps msps tds senators congressmen politicians citizens nationals people voters public stakeholders donors investors residents everyone community countries nations states governments lenders creditors powers partners leaders negotiators media journalists pilgrims passengers travellers travelers tourists farmers students patients consumers civilians refugees parents fans population populations worshippers worshipers believers faithful supporters followers youth youths families households activists inhabitants compatriots countrymen motorists shoppers institutions contractors shepherds herders herdsmen growers producers processors industrialists breeders ranchers".split(" "));
/** Members of a legislature by their letters ("MPs", "MEPs", "MLAs", "TDs"). */
const LEGISLATORS_IN_CAPITALS = /^(MPs|MEPs|MLAs|MKs|MPPs|MSPs|TDs)$/;
/** Those who speak for people at large ("the students' representatives", "the protesters' leaders"). */
const PUBLIC_SPOKESPEOPLE = /^(representatives|leaders|delegates|spokespeople|spokespersons|organisers|organizers|families)$/;
/** Words before such a noun ("all", "both", "fellow", "the country's"). */
const PEOPLE_PRE = /^(the|its|their|his|her|our|all|both|fellow|other|striking|rank-and-file|union|opposition|political|warring|relevant|concerned|national|international|'s|’s|')$/;

/**
 * "urged lawmakers to approve", "urged the players to focus": an object no actor names, then "to". The
 * workers of a side stand for the one union-like body the article named before, else for the other side
 * (settled with the article); the public and lawmakers for no actor (`unnamed`: the demand is of no one
 * named). Undefined when the words after the trigger are not so.
 */
function unnamedPeopleTo(ctx: ArticleContext, te: number, end: number): { toAt: number; actors: Actor[]; unnamed: boolean; holdouts?: boolean } | undefined {
  const { tokens, chunkAt, m } = ctx;
  let k = te;
  // ("right-wing lawmakers", "rank-and-file members": up to two other modifiers too)
  let modifiers = 0;
  // ("urged Japanese nationals not to travel": a demonym before a word for the public names no party)
  // ("urged Malaysian employers to register": a demonym before a sector's firms names no party either)
  const ci = chunkAt[k] ?? -1;
  const afterDemonym = ci >= 0 && ctx.chunks[ci]!.head.via === "demonym" ? tokens[ctx.chunks[ci]!.end]?.lower ?? "" : "";
  const sectorAfterDemonym = NATIONALS_SECTOR_NOUNS.test(afterDemonym);
  if (PUBLIC_NOUNS.has(afterDemonym) || sectorAfterDemonym) k = ctx.chunks[ci]!.end;
  while (k < end && k < te + 6 && chunkAt[k]! < 0) {
    const w = tokens[k]!;
    if (PEOPLE_PRE.test(w.lower) || m.actorAt[k]! >= 0 || (w.text === "-" && !w.space)) k++;
    else if (w.kind === "word" && (!w.cap || (w.text === "Member" && tokens[k + 1]?.text === "States")) && modifiers < 2 && !WORKER_NOUNS.has(w.lower) && !PUBLIC_NOUNS.has(w.lower) && !NATIONALS_SECTOR_NOUNS.test(w.lower) && !BODY_PLURALS.test(w.lower) && !/^(unions|parties|to)$/.test(w.lower)) {
      modifiers++;
      k++;
    } else break;
  }
  // ("urged all Libyan parties to": the demonym after the article's or quantifier's words)
  const dc = k > te ? chunkAt[k] ?? -1 : -1;
  const afterDc = dc >= 0 ? tokens[ctx.chunks[dc]!.end]?.lower ?? "" : "";
  if (dc >= 0 && ctx.chunks[dc]!.head.via === "demonym" && (PUBLIC_NOUNS.has(afterDc) || BODY_PLURALS.test(afterDc) || afterDc === "parties")) k = ctx.chunks[dc]!.end;
  const noun = tokens[k];
  // (United Nations copy capitalises "States" and "Member States")
  // ("urged MPs to": members of a legislature, written in capitals)
  if (!noun || (noun.cap && !(noun.text === "States" && chunkAt[k]! < 0) && !LEGISLATORS_IN_CAPITALS.test(noun.text))) return undefined;
  // "rich countries and lenders to": two such nouns joined
  if (tokens[k + 1]?.lower === "and" && PUBLIC_NOUNS.has(tokens[k + 2]?.lower ?? "") && PUBLIC_NOUNS.has(noun.lower)) k += 2;
  // "asked the students' representatives to": the people who speak for such people are no party either
  else if (PUBLIC_NOUNS.has(noun.lower) && /^['’]s?$/.test(tokens[k + 1]?.text ?? "") && PUBLIC_SPOKESPEOPLE.test(tokens[k + 2]?.lower ?? "")) k += 2;
  const toAt = peopleTo(ctx, k + 1, end);
  if (toAt < 0) return undefined;
  // "urged the unions to", "urged the labour leaders to": every union the article named before
  const unionPeople = /^(leaders|officials|representatives|bosses|chiefs)$/.test(noun.lower) && /^(union|labour|labor)$/.test(tokens[k - 1]?.lower ?? "");
  if (noun.lower === "unions" || unionPeople) {
    const unions = new Map<string, Actor>();
    for (const am of m.actors) if (am.start < te && am.actor.type === "Group" && isUnion(am.actor)) unions.set(am.actor.key, am.actor);
    return unions.size ? { toAt, actors: [...unions.values()], unnamed: false } : undefined;
  }
  if (WORKER_NOUNS.has(noun.lower)) {
    const unions = new Map<string, Actor>();
    for (const am of m.actors) if (am.start < te && am.actor.type === "Group" && isUnion(am.actor)) unions.set(am.actor.key, am.actor);
    return { toAt, actors: unions.size === 1 ? [...unions.values()] : [], unnamed: false };
  }
  // "urged the protest leaders who had not signed to": the article's other side, not people no actor names
  const holdouts = /^(who|that)$/.test(tokens[k + 1]?.lower ?? "") && tokens.slice(k + 2, toAt).some((w) => w.lower === "not" || w.lower === "never");
  if (holdouts && PUBLIC_NOUNS.has(noun.lower)) return { toAt, actors: [], unnamed: false, holdouts: true };
  // ("urged other sports organizations to", "urged the state associations to"; but "both clubs" or "the
  // two clubs" are the parties themselves)
  // ("urged all Libyan parties to": all of a country's parties, not the parties to talks, "urged the parties to")
  const allParties = noun.lower === "parties" && tokens[te]?.lower === "all";
  const bodies = (BODY_PLURALS.test(noun.lower) && !/^(both|two|three|four)$/.test(tokens[k - 1]?.lower ?? "")) || allParties;
  return PUBLIC_NOUNS.has(noun.lower) || sectorAfterDemonym || bodies ? { toAt, actors: [], unnamed: true } : undefined;
}

/** Bodies no actor names, addressed together ("urged clubs to", "urged other sports organizations to"). */
const BODY_PLURALS = /^(clubs|teams|associations|federations|organisations|organizations|companies|firms|businesses)$/;

/** A country's firms of a sector after its demonym ("Malaysian employers", "Chinese exporters"): no party of the talks. */
const NATIONALS_SECTOR_NOUNS = /^(employers|businesses|companies|firms|exporters|importers|manufacturers|retailers|banks|airlines|shippers)$/;

/** People at large, whom "them" may stand for (not negotiators or leaders, who speak for actors). */
const THEM_PEOPLE = new Set("lawmakers legislators citizens people voters public residents students parents fans supporters protesters demonstrators farmers patients civilians refugees".split(" "));

/** A plural noun of people no actor names ("the teachers", "voters") in the clause before ts, after its last actor. */
function unnamedPeopleBefore(ctx: ArticleContext, ts: number, sentStart: number): boolean {
  const { tokens, chunkAt } = ctx;
  for (let k = ts - 1; k >= sentStart && k > ts - 12; k--) {
    if (chunkAt[k]! >= 0) return false;
    const w = tokens[k]!.lower;
    if (THEM_PEOPLE.has(w) || WORKER_NOUNS.has(w)) return true;
  }
  return false;
}

/** The "to" at k, or after a short place phrase ("miners across the platinum belt to"), else -1. */
function peopleTo(ctx: ArticleContext, k: number, end: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.lower === "to" && k < end) return k;
  // "urged the powers not to sign": a demand to refrain
  if (/^(not|never)$/.test(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "to" && k + 1 < end) return k + 1;
  // "told the seven states that share the river to come up with": over a relative clause, to an
  // infinitive ("to come", not "to the deal")
  if (/^(that|who|which)$/.test(tokens[k]?.lower ?? "")) {
    for (let q = k + 2; q < end && q < k + 8; q++) {
      const w = tokens[q]!;
      if (w.lower === "to") return tokens[q + 1] && !tokens[q + 1]!.cap && !/^(the|a|an|its|their|his|her|this|that|these|those)$/.test(tokens[q + 1]!.lower) && tokens[q + 1]!.kind === "word" ? q : -1;
      if (w.kind !== "word") return -1;
    }
    return -1;
  }
  // ("call on all the states of the region to respect it", "the young people of El Kamour to": over an
  // "of" phrase that names no actor, not "the leaders of Hamas to", whose body is the addressee)
  const of = tokens[k]?.lower === "of";
  if (!of && !/^(across|in|at|from|on|throughout)$/.test(tokens[k]?.lower ?? "")) return -1;
  for (let q = k + 1; q < end && q < k + 6; q++) {
    const w = tokens[q]!;
    if (w.lower === "to") return q;
    if (w.kind !== "word" || (of && ctx.chunkAt[q]! >= 0)) return -1;
  }
  return -1;
}

/**
 * "In a phone call with Netanyahu on Sunday, Biden urged ...": a phrase opening the sentence (its first
 * two tokens at most before the trigger) closed by a comma, then the subject list right after it (over a
 * title); [] when the sentence is not built so.
 */
function subjectAfterPhrase(ctx: ArticleContext, ts: number, te: number, sen: Sentence): number[] {
  const { tokens, chunkAt, m } = ctx;
  if (ts - sen.tokStart > 1) return [];
  // the phrase is a noun phrase ("in a phone call with"), not a clause ("In Beirut he held talks with")
  for (let q = ts + 1; q < te; q++) if (chunkAt[q]! >= 0 || m.placeAt[q]! >= 0 || tokens[q]!.cap || /^(held|had|has|have|hold|holds)$/.test(tokens[q]!.lower)) return [];
  let k = te;
  while (k < sen.tokEnd && k < te + 14 && tokens[k]!.text !== ",") {
    if (/^[;:"“”]$/.test(tokens[k]!.text)) return [];
    k++;
  }
  if (tokens[k]?.text !== ",") return [];
  let q = k + 1;
  while (q < sen.tokEnd && q < k + 5 && chunkAt[q]! < 0 && (m.titleAt[q]! >= 0 || GLUE.has(tokens[q]!.lower))) q++;
  const ci = chunkAt[q] ?? -1;
  return ci >= 0 ? listFrom(ctx, ci, 1) : [];
}

/**
 * What "them" at a demand stands for: the nearest list of two or more actors before `ts`, or a chunk
 * standing for several ("both sides", "the automakers"), in this sentence or the one before.
 */
function themAntecedent(ctx: ArticleContext, ts: number, s: number, otherThan: Actor[] = []): Actor[] {
  const { chunks, chunkAt } = ctx;
  let ci = -1;
  for (let k = ts - 1; k >= 0 && ci < 0; k--) ci = chunkAt[k]!;
  for (; ci >= 0 && chunks[ci]!.sent >= s - 1; ci--) {
    const c = chunks[ci]!;
    // ("received both ministers and urged them to": the members other than the subject's own side)
    if (c.members || c.pair) return heads(ctx, [ci], otherThan);
    const list = listFrom(ctx, ci, -1);
    if (list.length >= 2) return heads(ctx, list);
    // ("met FKF officials at his office and asked them to": a body's people, for the body)
    if (c.head.actor.type !== "Person" && BODY_PEOPLE.test(ctx.tokens[c.end]?.lower ?? "") && !otherThan.some((x) => x.key === c.head.actor.key)) return [c.head.actor];
  }
  return [];
}
/** Plural nouns of a body's people after its name ("FKF officials", "union leaders"). */
const BODY_PEOPLE = /^(officials|leaders|representatives|negotiators|delegates|executives|managers|bosses|members)$/;

/** What "him" or "her" at a demand stands for: the nearest person before `ts` who is not its subject, in this sentence or the one before. */
function personAntecedent(ctx: ArticleContext, ts: number, s: number, subjects: ReadonlySet<string>): Actor | undefined {
  const { chunks, chunkAt } = ctx;
  let ci = -1;
  for (let k = ts - 1; k >= 0 && ci < 0; k--) ci = chunkAt[k]!;
  for (; ci >= 0 && chunks[ci]!.sent >= s - 1; ci--) {
    const head = chunks[ci]!.head.actor;
    if (head.type === "Person" && !subjects.has(head.key)) return head;
  }
  return undefined;
}

/** "the U.S.-Taliban talks", "Israeli-Palestinian negotiations": two chunks joined by a hyphen before ts. */
function hyphenPairBefore(ctx: ArticleContext, ts: number): number[] {
  const { tokens, chunks, chunkAt } = ctx;
  const y = chunkAt[ts - 1] ?? -1;
  if (y < 0) return [];
  const dash = chunks[y]!.start - 1;
  if (!/^[-–]$/.test(tokens[dash]?.text ?? "") || tokens[dash]!.space) return [];
  const x = chunkAt[dash - 1] ?? -1;
  // ("the U.S.-Mexico-Canada Agreement": three parties chained, the name of a treaty among them all)
  const before = x >= 0 ? chunks[x]!.start - 1 : -1;
  if (before > 0 && /^[-–]$/.test(tokens[before]!.text) && !tokens[before]!.space && chunkAt[before - 1]! >= 0) return [];
  return x >= 0 && x !== y ? [x, y] : [];
}

/** Words of a short phrase between an object and its "to" ("urged both sides in a joint statement to"). */
const BEFORE_TO = /^(in|on|at|during|through|via|over|by|from|day|outset|start|beginning|last|this|early|late|mid|a|an|the|its|their|his|her|joint|written|brief|separate|phone|telephone|televised|video|call|calls|statement|statements|letter|letters|speech|address|meeting|meetings|talks|conversation|interview|week|month|year|weekend|again|also|repeatedly|publicly|privately|directly|formally|once|more|strongly|first|now|instead|immediately|urgently|both|all)$/;


/** Capitals (and states) named from te on ("Cairo and Riyadh"), standing for their states, when `word` follows them. */
function capitalsThen(ctx: ArticleContext, te: number, sentEnd: number, word: string): { actors: Actor[]; at: number } | undefined {
  const { chunks, chunkAt } = ctx;
  const actors: Actor[] = [];
  let k = te;
  for (;;) {
    // (a capital the recognizer read as its state's actor: "asked Cairo and Riyadh")
    const ci = chunkAt[k] ?? -1;
    const chunked = ci >= 0 && chunks[ci]!.start === k && chunks[ci]!.head.actor.type === "State";
    const actor = chunked ? chunks[ci]!.head.actor : placeActorAfter(ctx, k, sentEnd);
    const end = chunked ? chunks[ci]!.end : actor ? placeEndAfter(ctx, k) : -1;
    if (!actor || end < 0) return undefined;
    actors.push(actor);
    const at = overDuration(ctx.tokens, end);
    const next = ctx.tokens[at]?.lower;
    if (next === word && !(word === "for" && at !== overDuration(ctx.tokens, at))) return { actors, at };
    if (next !== "and" && next !== ",") return undefined;
    k = ctx.tokens[end + 1]?.lower === "and" ? end + 2 : end + 1;
  }
}

/** The subject's actors; "Both sides called on Japan to": two sides other than the one they address. */
function subjectActors(ctx: ArticleContext, rule: RuleMatch["rule"], s: number, subj: number[], addressed: readonly Actor[]): Actor[] {
  const S = heads(ctx, subj);
  if (rule.type !== "DEMANDS" || !subj.length || !subj.every((ci) => ctx.chunks[ci]!.pair) || !S.some((x) => addressed.some((y) => sameSide(x, y)))) return S;
  return pairSubject(ctx, s, addressed) ?? S.filter((x) => !addressed.some((y) => sameSide(x, y)));
}

/**
 * "The European Union and Viet Nam signed the agreement. The two sides call on the European Parliament to":
 * the two sides a subject like "the two sides" or "both sides" stands for are the last actors named together
 * as a subject in the three sentences before, none the one addressed; undefined when none were.
 */
function pairSubject(ctx: ArticleContext, s: number, addressed: readonly Actor[]): Actor[] | undefined {
  for (let q = ctx.subjectLists.length - 1; q >= 0; q--) {
    const { sent, actors } = ctx.subjectLists[q]!;
    if (sent >= s) continue;
    if (sent < s - 3) return undefined;
    // (two parties: no state's office among them, "signed at the Government Office by ... of Romania")
    if (actors.length === 2 && !sameSide(actors[0]!, actors[1]!) && !actors.some((x) => x.orgKind === "government-office" || addressed.some((y) => sameSide(x, y)))) return [...actors];
  }
  return undefined;
}

/** Past "for years", "for months" at k (how long someone asked, not what for); k when none stands there. */
function overDuration(tokens: ArticleContext["tokens"], k: number): number {
  return tokens[k]?.lower === "for" && DURATION_NOUNS.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k;
}

/**
 * The "to" right after the object list ("urged Iran to"), over a date or a short phrase ("urged Iran in
 * December to accept", "urged both sides in a joint statement to"); -1 if none.
 */
function toAfterObject(ctx: ArticleContext, obj: number[], sen: Sentence, word = "to"): number {
  const { tokens, chunks } = ctx;
  if (!obj.length) return -1;
  let last = chunks[obj[obj.length - 1]!]!.end;
  // "urged the Hamas leadership to", "pressed the Israeli negotiating team to", "asked Anglo's board
  // to": the people of the actor
  if (/^['’]s?$/.test(tokens[last]?.text ?? "") && ACTOR_PEOPLE_NOUNS.has(tokens[last + 1]?.lower ?? "")) last++;
  // ("urged EIS members to accept": the body's members)
  for (let n = 0; n < 3 && (ACTOR_PEOPLE_NOUNS.has(tokens[last]?.lower ?? "") || tokens[last]?.lower === "members"); n++) last++;
  // "the Supreme Federal Court (STF)": a chunk holding the acronym ends before its closing bracket
  if (tokens[last]?.text === ")") last++;
  for (let q = last; q < sen.tokEnd && q < last + 7; q++) {
    const t = tokens[q]!;
    // ("asked China during his visit to Beijing in August to review": over the visit's place)
    const visited = /^(visit|trip)$/.test(t.lower) && tokens[q + 1]?.lower === "to" ? visitedPlaceEnd(ctx, q + 2) : -1;
    if (visited > 0) {
      last += visited - q;
      q = visited - 1;
      continue;
    }
    // ("pressed the administration for years to treat": a time, not what was asked for, and passed over)
    if (overDuration(tokens, q) !== q) {
      if (word === "for") return -1;
      q++;
      continue;
    }
    if (t.lower === word) return q;
    // 'called on all sides "to act responsibly"', 'urged Korail "not to punish workers"': the quotation opens before "to"
    const refrain = /^(not|never)$/.test(tokens[q + 1]?.lower ?? "") && tokens[q + 2]?.lower === word;
    if (/^["“]$/.test(t.text) && q === last && (tokens[q + 1]?.lower === word || refrain)) continue;
    // "urged Moscow not to hold the agreement hostage": a demand to refrain
    if ((t.lower === "not" || t.lower === "never") && tokens[q + 1]?.lower === "to") continue;
    // "called on the Supreme Federal Court (STF) to approve": over the object's acronym in brackets
    if (t.text === "(" && q === last) {
      const close = closingBracket(ctx, q + 1, Math.min(sen.tokEnd, q + 8));
      if (close >= 0) {
        last = close + 1;
        q = close;
        continue;
      }
    }
    // "urged both the authorities and the protesters to": people no actor names, listed after the addressee
    if (t.lower === "and" && q === last) {
      const r = unnamedPeopleEnd(ctx, q + 1);
      if (r > 0 && tokens[r]?.lower === word) return r;
    }
    // "asked Iran's foreign minister, Hossein Amir-Abdollahian, to help": the comma closing a person's appositive
    if (t.text === "," && q === last && tokens[q + 1]?.lower === word && apposedPerson(ctx, chunks[obj[obj.length - 1]!]!)) continue;
    // "urged the United States and France, which sponsored the agreement, to press Israel", "asked Russia,
    // whose peacekeepers are deployed there, to press": over a relative clause
    if (t.text === "," && q === last && /^(which|who|whose)$/.test(tokens[q + 1]?.lower ?? "")) return relativeClauseThen(ctx, q + 2, sen.tokEnd, word);
    // "pressed Yamina's Nir Orbach, the most hesitant of Bennett's lawmakers, to break ranks": over an appositive
    if (t.text === "," && q === last && chunks[obj[obj.length - 1]!]!.head.actor.type === "Person") {
      const close = appositiveClose(ctx, q + 1, sen.tokEnd, word);
      if (close >= 0) return close + 1;
    }
    // "asked Bach, in a telephone conversation on Tuesday evening, to consider": over a phrase of how or when
    if (t.text === "," && q === last) {
      const close = appositiveClose(ctx, q + 1, sen.tokEnd, word, SETTING_OPENER);
      if (close >= 0) return close + 1;
    }
    if (!(isDateWord(t) || BEFORE_TO.test(t.lower))) return -1;
  }
  return -1;
}

/** The end of the place or capital named at `k` ("Beijing"), or -1. */
function visitedPlaceEnd(ctx: ArticleContext, k: number): number {
  const pi = ctx.m.placeAt[k]!;
  if (pi >= 0 && ctx.m.places[pi]!.start === k) return ctx.m.places[pi]!.end;
  const ci = ctx.chunkAt[k]!;
  return ci >= 0 && ctx.chunks[ci]!.head.via === "capital" ? ctx.chunks[ci]!.end : -1;
}

/** The ")" closing a bracket opened just before `from`, searched up to `end` (exclusive), or -1. */
function closingBracket(ctx: ArticleContext, from: number, end: number): number {
  for (let r = from; r < end; r++) {
    const t = ctx.tokens[r]!.text;
    if (t === ")") return r;
    if (t === "(" || t === ".") return -1;
  }
  return -1;
}

/**
 * Whether an actor starting at `start` opens its sentence: within three tokens of it, or after no more
 * than six words of a title ("PS secretary-general António Costa signed ...").
 */
/**
 * The list that opens the sentence, before token `ts`, or the speaker of a quotation that opens it
 * ('"This is a good day," Ms Bishop said after a meeting with Dr Yudhoyono'); undefined when neither.
 */
function sentenceSubject(ctx: ArticleContext, s: number, sen: Sentence, ts: number): number[] | undefined {
  const { chunks } = ctx;
  const first = chunks.findIndex((c) => c.sent === s);
  const opening = first >= 0 && opensSentence(ctx, chunks[first]!.start, sen.tokStart) && chunks[first]!.end <= ts ? listFrom(ctx, first, 1).filter((x) => chunks[x]!.end <= ts) : [];
  if (opening.length) return opening;
  const speaker = speakerAfterOpeningQuote(ctx, sen, ts);
  return speaker >= 0 ? [speaker] : undefined;
}

/**
 * The person chunk that speaks a quotation opening the sentence ('"...," X said', '"...," said X'),
 * ending before token `ts`; -1 when the sentence is not built so.
 */
function speakerAfterOpeningQuote(ctx: ArticleContext, sen: Sentence, ts: number): number {
  const { tokens, chunks, chunkAt } = ctx;
  if (!/^["“]$/.test(tokens[sen.tokStart]?.text ?? "")) return -1;
  let close = sen.tokStart + 1;
  while (close < ts && !/^["”]$/.test(tokens[close]!.text)) close++;
  if (close >= ts || !/^[,”"]$/.test(tokens[close - 1]!.text)) return -1;
  let q = close + 1;
  const saidFirst = SPEECH.has(tokens[q]?.lower ?? "");
  if (saidFirst) q++;
  // (over the speaker's title or form of address: "Foreign Minister Julie Bishop", "Ms Bishop")
  while (q < ts && chunkAt[q]! < 0 && (ctx.m.titleAt[q]! >= 0 || HONORIFICS.has(tokens[q]!.text))) q++;
  const ci = chunkAt[q] ?? -1;
  if (ci < 0 || chunks[ci]!.head.actor.type !== "Person" || chunks[ci]!.end > ts) return -1;
  return saidFirst || SPEECH.has(tokens[chunks[ci]!.end]?.lower ?? "") ? ci : -1;
}

function opensSentence(ctx: ArticleContext, start: number, sentStart0: number): boolean {
  const sentStart = sentStart0 + timelineDayLength(ctx.tokens, sentStart0) + openerLength(ctx.tokens, sentStart0);
  if (start <= sentStart + 3) return true;
  if (start > sentStart + 6) return false;
  for (let k = sentStart; k < start; k++) {
    const t = ctx.tokens[k]!;
    if (!(ctx.m.titleAt[k]! >= 0 || t.text === "-" || (t.kind === "word" && t.cap))) return false;
  }
  return true;
}

/** Whether token `k` lies inside a participle clause opening the sentence ("Speaking at the UN, ..."), before its comma. */
function inOpeningParticiple(ctx: ArticleContext, k: number, sen: Sentence): boolean {
  const { tokens } = ctx;
  const opener = tokens[sen.tokStart]!;
  if (!(opener.cap && opener.kind === "word" && /ing$/.test(opener.lower))) return false;
  for (let q = sen.tokStart + 1; q < sen.tokEnd; q++) if (tokens[q]!.text === ",") return k < q;
  return false;
}

/** Words that open a sentence's time phrase ("On Tuesday,", "Last week,", "Meanwhile,"). */
const TIME_OPENERS = /^(on|last|earlier|later|late|early|yesterday|today|meanwhile|then|separately|afterwards)$/;
/** Words of such a phrase besides dates ("last week", "late on Friday night"). */
const TIME_WORDS = /^(last|this|next|week|month|year|night|morning|evening|afternoon|the|same|day|on|in|weekend)$/;

/**
 * The length of what opens a sentence before its subject: a dateline's place and colon ("Beijing: Foreign
 * Minister X"), a time phrase ("On Tuesday, X") or a participle clause up to its comma ("Ending two months
 * of uncertainty, X"); else 0.
 */
function openerLength(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (first?.kind !== "word" || !first.cap) return 0;
  if (tokens[at + 1]?.text === ":" && tokens[at + 1]!.sent === first.sent) return 2;
  // ("On Tuesday, the UN secretary general, X, met": a time phrase up to its comma)
  if (TIME_OPENERS.test(first.lower)) {
    for (let q = at + 1; q < at + 6 && tokens[q]?.sent === first.sent; q++) {
      if (tokens[q]!.text === ",") return q + 1 - at;
      if (!isDateWord(tokens[q]!) && !TIME_WORDS.test(tokens[q]!.lower)) return 0;
    }
    return 0;
  }
  if (!/ing$/.test(first.lower) || first.lower.length < 5) return 0;
  for (let q = at + 1; q < at + 10 && tokens[q]?.sent === first.sent; q++) {
    if (tokens[q]!.text === ",") return q + 1 - at;
    if (tokens[q]!.kind !== "word" || tokens[q]!.cap) return 0;
  }
  return 0;
}

/** The length of a timeline entry's day before its sentence ("June 6 -", "6 June -", "Jan. 12:"), or 0. */
function timelineDayLength(tokens: readonly Token[], at: number): number {
  const [a, b, c] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!a || !b || !c || !/^[-–—:]$/.test(c.text)) return 0;
  const monthDay = monthNumber(a.text) !== undefined && b.kind === "number";
  const dayMonth = a.kind === "number" && monthNumber(b.text) !== undefined;
  return monthDay || dayMonth ? 3 : 0;
}

/** Whether token `at` opens its sentence, or follows an opening participle ("Speaking to reporters") with no actor or comma between. */
function opensWithParticiple(ctx: ArticleContext, at: number, sentStart: number): boolean {
  if (at === sentStart) return true;
  if (at < sentStart) return false;
  const first = ctx.tokens[sentStart]!;
  if (!(first.kind === "word" && first.cap && /ing$/.test(first.lower)) || at > sentStart + 10) return false;
  for (let k = sentStart + 1; k < at; k++) if (ctx.chunkAt[k]! >= 0 || ctx.tokens[k]!.text === ",") return false;
  return true;
}

/** The end of "the protesters", "their supporters" (one or two lower-case words, the last a plural) from `from`, or -1. */
function unnamedPeopleEnd(ctx: ArticleContext, from: number): number {
  const { tokens, chunkAt } = ctx;
  let r = /^(the|its|their|other)$/.test(tokens[from]?.lower ?? "") ? from + 1 : from;
  const first = r;
  while (r < first + 2 && tokens[r]?.kind === "word" && !tokens[r]!.cap && chunkAt[r]! < 0 && !/^(to|not)$/.test(tokens[r]!.lower)) r++;
  return r > first && /[^s]s$/.test(tokens[r - 1]!.lower) ? r : -1;
}

/** The `word` right after the comma closing a relative clause that opens at `from` (within 14 tokens), or -1. */
function relativeClauseThen(ctx: ArticleContext, from: number, end: number, word: string): number {
  const { tokens } = ctx;
  for (let r = from; r < end && r < from + 20; r++) {
    if (tokens[r]!.text === ",") return tokens[r + 1]?.lower === word ? r + 1 : -1;
    if (tokens[r]!.kind === "punct" && tokens[r]!.text !== "'s" && tokens[r]!.text !== "-") return -1;
  }
  return -1;
}

/** Persons as the whole object, with no "to" or "for" after them in the clause (a courtesy call, not a demand). */
export function visitedPersons(ctx: ArticleContext, obj: readonly number[], sen: Sentence): boolean {
  const { tokens, chunks } = ctx;
  if (!obj.length || !obj.every((ci) => chunks[ci]!.head.actor.type === "Person")) return false;
  for (let q = chunks[obj[obj.length - 1]!]!.end; q < sen.tokEnd; q++) {
    const w = tokens[q]!.lower;
    if (w === "to" || w === "for" || w === "\"" || w === "not") return false;
    // "called on Simon Thompson, the company's chief executive, to resign": an appositive before "to"
    if (w === "," && (tokens[q + 1]?.lower === "to" || appositiveClose(ctx, q + 1, sen.tokEnd, "to") >= 0)) return false;
    if (w === "," || w === ";" || CLAUSE_WORDS.has(w)) return true;
  }
  return true;
}
const CLAUSE_WORDS = new Set(["and", "but", "who", "which", "where", "while", "after", "before", "what"]);

/** Whether a chunk of `idx` stands inside a quotation that token k is outside of. */
function quotedApart(ctx: ArticleContext, idx: readonly number[], k: number): boolean {
  return idx.some((ci) => {
    const c = ctx.chunks[ci]!;
    return ctx.quotations.some((q) => q.open < c.start && c.end <= q.close && !(q.open < k && k <= q.close));
  });
}

/** Words that open a person's appositive ("the most hesitant of ...", "a former minister", "his deputy"). */
const APPOSITIVE_OPENER = /^(the|a|an|his|her|their|its|one|whose)$/;

/** Prepositions that open a phrase of how, when or where set off by commas ("in a telephone call", "during talks"). */
const SETTING_OPENER = /^(in|during|at|on|over|via|by|through)$/;

/** The comma closing an appositive (or a phrase `opener` opens) that opens at `from` and is followed by "to", or -1. */
function appositiveClose(ctx: ArticleContext, from: number, end: number, word: string, opener = APPOSITIVE_OPENER): number {
  const { tokens } = ctx;
  if (!opener.test(tokens[from]?.lower ?? "")) return -1;
  for (let q = from + 1; q < end && q < from + 14; q++) {
    const w = tokens[q]!;
    if (w.text === ",") return tokens[q + 1]?.lower === word ? q : -1;
    if (w.kind === "punct" && w.text !== "'s" && w.text !== "'" && w.text !== "-") return -1;
    if (/^(to|who|which|that|and|said|says)$/.test(w.lower)) return -1;
  }
  return -1;
}

/** A person's chunk that opens with a title phrase set off by a comma ("Iran's foreign minister, Hossein Amir-Abdollahian"). */
function apposedPerson(ctx: ArticleContext, c: Chunk): boolean {
  if (c.head.actor.type !== "Person" || c.head.start <= c.start) return false;
  // (", Sheikh Tamim bin Hamad al-Thani,": over a style before the name)
  const before = HONORIFICS.has(ctx.tokens[c.head.start - 1]?.text ?? "") ? c.head.start - 2 : c.head.start - 1;
  return ctx.tokens[before]?.text === ",";
}

/** Whether a ", who" or ", which" clause opens before token q with no comma after it: the "and" at q goes on inside it. */
function openRelativeBefore(ctx: ArticleContext, q: number, sentStart: number): boolean {
  const { tokens } = ctx;
  for (let k = q - 1; k > sentStart && k > q - 20; k--) {
    if (tokens[k]!.text !== ",") continue;
    return /^(who|which)$/.test(tokens[k + 1]?.lower ?? "");
  }
  return false;
}

/** "In Israel, opposition leader X ...": a state or place opening the sentence after "In", set off by a comma, is where, not who. */
function openingPlace(ctx: ArticleContext, c: Chunk, sentStart: number): boolean {
  const { tokens } = ctx;
  return c.start === sentStart + 1 && /^(in|from|across)$/.test(tokens[sentStart]!.lower) && tokens[c.end]?.text === "," && c.head.actor.type === "State";
}

/**
 * The subject a clause leaves unsaid: a coordinated verb ("X told reporters ... but insisted that"), a
 * participle ("after chairing"), "thanks Sudan for hosting". ("He" and "she" are chunks of their own:
 * ./role-references.ts.)
 */
function implicitSubject(ctx: ArticleContext, ts: number, _s: number, sen: Sentence): number[] {
  const { tokens, chunks, chunkAt } = ctx;
  let subj: number[] = [];
  let q = ts - 1;
  while (q > sen.tokStart && PRE_GAP.has(tokens[q]!.lower) && !NEGATION.has(tokens[q]!.lower)) q--;
  // "after chairing", and ", holding separate meetings with ...": a participle clause of the sentence's subject
  const participle = (/^(after|before|while|when|since|by|following|upon)$/.test(tokens[q]?.lower ?? "") || tokens[q]?.text === ",") && /ing$/.test(tokens[ts]!.lower);
  if ((participle || /^(and|but)$/.test(tokens[q]?.lower ?? "")) && q > sen.tokStart) {
    let first = -1;
    for (let k = sen.tokStart; k < q; k++)
      if (chunkAt[k]! >= 0 && !quotedApart(ctx, [chunkAt[k]!], ts) && !openingPlace(ctx, chunks[chunkAt[k]!]!, sen.tokStart)) {
        first = k;
        break;
      }
    // '"...," Mora said on Twitter after chairing ...': the speaker is the subject
    let speakers = false;
    if (first > sen.tokStart + 6) {
      for (let k = q - 1; k > sen.tokStart; k--) {
        const c = chunkAt[k]!;
        // (", U.S. Secretary of State John Kerry and Ashton said they ...": from the list's first speaker)
        if (c >= 0 && SPEECH.has(tokens[chunks[c]!.end]?.lower ?? "")) {
          first = Math.min(...listFrom(ctx, c, -1).map((x) => chunks[x]!.start), chunks[c]!.start);
          speakers = true;
          break;
        }
      }
    }
    // ("Speaking at the United Nations General Assembly, Henry defended ... and called on": not the
    // opening participle's own object)
    if (first >= 0 && inOpeningParticiple(ctx, first, sen)) first = -1;
    // ("X released the men to Y, who leads Z and has helped broker ...": the verb of an open relative clause)
    if (!participle && openRelativeBefore(ctx, q, sen.tokStart)) first = -1;
    if (first >= 0 && (first <= sen.tokStart + 6 || speakers)) subj = listFrom(ctx, chunkAt[first]!, 1).filter((x) => chunks[x]!.end <= q);
    // "The terms were hammered out by Amos Hochstein, ..., who traveled to Beirut and held talks": the
    // subject of the first predicate, found by walking back over it
    if (!subj.length && !participle) subj = coordinatedSubject(ctx, q, sen.tokStart);
  }
  // "After meeting President Embaló on Thursday, Badiate declared ...": a participle clause opening the
  // sentence; its subject is the one of the main clause after its comma (over a title or "Mr")
  // ("Speaking to reporters in Rome after meeting Kerry, Netanyahu said": behind an opening participle)
  if (!subj.length && opensWithParticiple(ctx, ts - 1, sen.tokStart) && /^(after|before|while|since|upon)$/.test(tokens[ts - 1]!.lower) && /ing$/.test(tokens[ts]!.lower)) {
    let c = ts + 1;
    while (c < sen.tokEnd && c < ts + 16 && tokens[c]!.text !== ",") c++;
    let k = c + 1;
    while (k < sen.tokEnd && k < c + 5 && chunkAt[k]! < 0 && (ctx.m.titleAt[k]! >= 0 || HONORIFICS.has(tokens[k]!.text) || /^(the|a)$/.test(tokens[k]!.lower))) k++;
    if (tokens[c]?.text === "," && chunkAt[k]! >= 0 && chunks[chunkAt[k]!]!.start === k) subj = [chunkAt[k]!];
  }
  // "thanks Sudan for hosting the talks", "X, ..., for leading the facilitation": the actor before "for"
  if (!subj.length && tokens[ts - 1]?.lower === "for" && /ing$/.test(tokens[ts]!.lower)) {
    const p = tokens[ts - 2]?.text === "," ? ts - 3 : ts - 2;
    const c = p >= sen.tokStart ? chunkAt[p]! : -1;
    if (c >= 0) subj = [c];
  }
  return subj;
}

/**
 * The body or state an object "it" stands for: the one that opens the sentence, else the sentence before,
 * when no subject of the demand's is it ("CONMEBOL removed Colombia after the FCF asked it to").
 */
function bodyItStandsFor(ctx: ArticleContext, sen: Sentence, subj: readonly number[]): Actor | undefined {
  const { tokens, chunks, chunkAt } = ctx;
  for (const start of [sen.tokStart, ctx.sentences[tokens[sen.tokStart]!.sent - 1]?.tokStart]) {
    if (start === undefined) continue;
    let k = start;
    while (k < start + 3 && chunkAt[k]! < 0 && /^(the|a|an|[""“])$/i.test(tokens[k]!.text)) k++;
    const ci = chunkAt[k]!;
    if (ci < 0 || subj.includes(ci)) continue;
    const head = chunks[ci]!.head.actor;
    if (head.type === "Group" || head.type === "State") return subj.some((x) => chunks[x]!.head.actor.key === head.key) ? undefined : head;
  }
  return undefined;
}

/**
 * "urged Warsaw, Budapest and Bratislava to": the states of a list of capitals (some may be read as their
 * states already: "Warsaw and") from `from` up to a "to"; undefined unless every item is a capital or a
 * state, one at least is read as a place, and a "to" follows.
 */
function capitalListTo(ctx: ArticleContext, from: number, sentEnd: number): { actors: Actor[]; toAt: number } | undefined {
  const list = capitalList(ctx, from, sentEnd);
  return list && list.places > 0 && ctx.tokens[list.end]?.lower === "to" ? { actors: list.actors, toAt: list.end } : undefined;
}

/** People of the sides, then "from" ("talks between negotiators from Washington and Beijing"). */
const SIDES_PEOPLE = /^(negotiators|officials|delegations|delegates|representatives|envoys|diplomats|teams)$/;

/** "talks between negotiators from Washington and Beijing": the states of the capitals (or states) listed after the people's "from". */
function sidesFromCapitals(ctx: ArticleContext, te: number, sentEnd: number): Actor[] | undefined {
  const { tokens } = ctx;
  // (the trigger may end before the people or after their "from": "a meeting of officials from")
  const after = tokens[te - 1]?.lower === "from" && SIDES_PEOPLE.test(tokens[te - 2]?.lower ?? "");
  if (!after && (!SIDES_PEOPLE.test(tokens[te]?.lower ?? "") || tokens[te + 1]?.lower !== "from")) return undefined;
  const actors = capitalList(ctx, after ? te : te + 2, sentEnd)?.actors;
  return actors && new Set(actors.map((x) => x.key)).size > 1 ? actors : undefined;
}

/** "Warsaw, Budapest and Bratislava": states and capitals (for their states) listed from token `from`, two or more, how many were places, and where the list ends. */
function capitalList(ctx: ArticleContext, from: number, sentEnd: number): { actors: Actor[]; end: number; places: number } | undefined {
  const { tokens, chunks, chunkAt, m } = ctx;
  const actors: Actor[] = [];
  let places = 0;
  // ("urged both Moscow and Kyiv to": over "both")
  let k = tokens[from]?.lower === "both" ? from + 1 : from;
  for (;;) {
    const ci = chunkAt[k]!;
    const chunk = ci >= 0 && chunks[ci]!.start === k && chunks[ci]!.head.actor.type === "State" ? chunks[ci]! : undefined;
    const place = !chunk && m.placeAt[k]! >= 0 ? placeActorAfter(ctx, k, sentEnd) : undefined;
    if (!chunk && !place) return undefined;
    actors.push(chunk ? chunk.head.actor : place!);
    if (place) places++;
    k = chunk ? chunk.end : placeEndAfter(ctx, k);
    if (k >= sentEnd || (tokens[k]!.text !== "," && tokens[k]!.lower !== "and")) break;
    k = tokens[k]!.text === "," && tokens[k + 1]?.lower === "and" ? k + 2 : k + 1;
  }
  return actors.length > 1 ? { actors, end: k, places } : undefined;
}
