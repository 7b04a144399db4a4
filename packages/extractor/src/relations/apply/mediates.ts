// Applying a MEDIATES match: the hooks of rules that need more than their pattern, then the mediators.
import { CAMEO } from "@backchannel/schema";
import type { Actor } from "../../recognize/model.js";
import { describesPlace, objectAfter, placedSubject, subjectBefore } from "../arguments.js";
import { addFact, soleMeeting } from "../context.js";
import type { ApplyResult, ArticleContext, HookResult, MatchHook, RuleMatch } from "../model.js";
import { heads, ownSide, parties, sameSide } from "../sides.js";
import { listFrom } from "../lists.js";
import { SPEECH } from "../gap-words.js";
import { mediate } from "./mediate.js";
import { signatoryKeys } from "../passes/signatories.js";
import { verbForms } from "../rules/inflect.js";

const MEDIATOR_NOUN = /mediator|broker|facilitator|intermediar|guarantor|go-between/;

/**
 * "the mediator appointed by the Bombay High Court, former Chief Justice F I Rebello": the person set off
 * after the appointer is the mediator; the appointer is none.
 */
function namedAfterAppointer(ctx: ArticleContext, match: RuleMatch): HookResult {
  const { tokens, chunks, chunkAt } = ctx;
  const last = match.obj[match.obj.length - 1];
  if (last === undefined) return "continue";
  const comma = chunks[last]!.end;
  if (tokens[comma]?.text !== ",") return "continue";
  for (let k = comma + 1; k < comma + 6 && k < match.sen.tokEnd; k++) {
    const ci = chunkAt[k]!;
    if (ci < 0) continue;
    const head = chunks[ci]!.head.actor;
    if (head.type !== "Person") return "continue";
    mediate(ctx, [head], match.s, match.te, match.sen.tokEnd, match.rule.id, match.rule.confidence, []);
    return "stop";
  }
  return "continue";
}

/** Nouns of one who carries messages to a side ("a go-between with", "an intermediary with the captors"). */
const GO_BETWEEN = /^(intermediary|intermediaries|go-between|go-betweens|between|betweens|liaison|channel)$/;
/** An armed group (the side a go-between deals "with", never a second go-between). */
const isArmedGroup = (x: Actor) => x.type === "Group" && x.orgKind === "armed-group";

/**
 * The side named after "with" and, across from it, the actor the article names most that is neither a
 * mediator, of a mediator's side, nor of that side.
 */
function withOtherSide(ctx: ArticleContext, meds: readonly Actor[], side: readonly Actor[]): Actor[] {
  const ex = [...meds, ...side];
  const other = ctx.ranked.find((x) => !ex.some((y) => sameSide(x, y)) && !meds.some((y) => ownSide(ctx, y, x)));
  return other ? [...side, other] : [...side];
}

/** Nouns of what is brokered, after which "with" names the other side ("brokered a deal with Israel"). */
const DEAL_NOUN = /^(deal|agreement|truce|ceasefire|cease-fire|accord|settlement|arrangement|understanding|compromise)$/;

/** Words of talks. */
const TALK_WORD = /^(negotiat|talks$|meeting|dialogue$|round$|session$|discussions$|consultations$)/;

/** Refinements keyed by rule id. */
/** Bodies of one side of a dispute: their chairs are not mediators. */
const SIDE_BODIES = new Set(["committee", "union", "delegation", "team", "panel", "party", "association", "federation", "council", "caucus", "board"]);

/** A state's service that settles labour disputes, named as such ("Labor Relations Commission", "Acas"). */
const DISPUTE_SERVICE = /\b(Concilia|Mediat|Arbitrat|Labou?r Relations|Workplace Relations|Industrial Relations|Employment Relations|Fair Work|Acas\b|ACAS\b|FMCS\b|CCMA\b)/;

/** Nouns of talks a service may host ("talks at the Commission", "a hearing before the Board"). */
const HOSTED_TALKS = /^(talks|negotiations|session|sessions|meeting|meetings|mediation|conciliation|hearing|hearings)$/;

/** "talks at the Commission": a service after talks named within the twelve words before "at". */
function mediateByHostingService(ctx: ArticleContext, match: RuleMatch): HookResult {
  const talksBefore = ctx.tokens.slice(Math.max(match.sen.tokStart, match.ts - 12), match.ts).some((t) => HOSTED_TALKS.test(t.lower));
  return talksBefore ? mediateByService(ctx, match) : "stop";
}

/** The dispute-resolution services among the match's objects mediate; the others nothing. */
function mediateByService(ctx: ArticleContext, match: RuleMatch): HookResult {
  const services = match.O.filter((x) => x.type === "Group" && DISPUTE_SERVICE.test(x.name));
  if (services.length) mediate(ctx, services, match.s, match.te, match.sen.tokEnd, match.rule.id, match.rule.confidence, []);
  return "stop";
}

/** Whether the co-chairs speak each for another of the states the article names most (a third state's co-chairs, Norway's and Cuba's, mediate). */
function coChairsOfLeadingStates(ctx: ArticleContext, chairs: readonly Actor[]): boolean {
  const states = chairs.map((x) => ctx.personState.get(x.key)?.key);
  if (states.some((k) => k === undefined) || new Set(states).size !== states.length) return false;
  const leading = ctx.ranked.filter((a) => a.type === "State").slice(0, states.length).map((a) => a.key);
  return states.every((k) => leading.includes(k!));
}

/**
 * "The committee will be co-chaired by Senator A of Jubilee and Senator B of Cord": co-chairs each of
 * another body, among the bodies the article names most, are those bodies' sides.
 */
function coChairsOfLeadingParties(ctx: ArticleContext, chairs: readonly Actor[]): boolean {
  const bodies = chairs.map((x) => [...(ctx.personBodies.get(x.key) ?? [])]);
  if (bodies.some((b) => b.length !== 1) || new Set(bodies.map((b) => b[0])).size !== bodies.length) return false;
  // (an international body's envoys co-chairing talks are mediators)
  const leading = ctx.ranked.filter((a) => a.type === "Group" && a.orgKind !== "international").slice(0, bodies.length + 1).map((a) => a.key);
  return bodies.every((b) => leading.includes(b[0]!));
}

/**
 * "The U.S.-Mexico High-Level Security Dialogue ... was co-chaired by U.S. Secretary of State Blinken and
 * Mexican Secretary of Foreign Affairs Ebrard": co-chairs of the states the article is about lead their
 * sides and meet each other; none mediates. "continue" when they are no such co-chairs.
 */
function coChairsOfTheSides(ctx: ArticleContext, match: RuleMatch): HookResult {
  if (match.O.length < 2 || !(coChairsOfLeadingStates(ctx, match.O) || coChairsOfLeadingParties(ctx, match.O))) return "continue";
  for (let x = 0; x < match.O.length; x++)
    for (let y = x + 1; y < match.O.length; y++) addFact(ctx, { type: "MEETS", source: match.O[x]!, target: { actor: match.O[y]! }, rule: "co-chairs-of-sides", confidence: 0.7, sent: match.s, cameo: CAMEO.NEGOTIATE });
  return "stop";
}

/**
 * "Putin hosted talks with Armenian President X and Azerbaijani President Y": the guests named after
 * "with" attend the sentence's meeting (or, with none, meet one another), and the host mediates between
 * them. "continue" when no guests are named so.
 */
function hostedWith(ctx: ArticleContext, match: RuleMatch): HookResult {
  const { tokens } = ctx;
  const { ts, te, s, sen, S, rule } = match;
  // ("Thailand will host a special meeting on irregular migration": the host of a regional conference
  // that names no sides takes part in it)
  const conference = tokens.slice(ts, te).some((t) => /^(special|regional|international|multilateral|ministerial)$/.test(t.lower));
  if (conference && !tokens.slice(te, sen.tokEnd).some((t) => t.lower === "between" || t.lower === "with")) return "stop";
  // ("Costa Rica, Guatemala, El Salvador and Mexico have agreed ... Guatemala's Foreign Minister X, who
  // hosted the meeting": a host whose state signed or agreed as a party takes part, it mediates nothing)
  const signed = signatoryKeys(ctx);
  if (S.some((x) => signed.has((x.type === "State" ? x : ctx.personState.get(x.key))?.key ?? ""))) {
    const meeting = ctx.meetingsIn.get(s) ?? soleMeeting(ctx);
    if (meeting !== undefined) for (const x of S) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: "host-takes-part", confidence: 0.6, sent: s });
    return "stop";
  }
  if (tokens[te]?.lower !== "with") return "continue";
  const guests = heads(ctx, objectAfter(ctx, te + 1, sen.tokEnd, 3), S).filter((x) => !S.some((y) => sameSide(x, y) || ownSide(ctx, y, x)));
  if (guests.length < 2) return "continue";
  const meeting = ctx.meetingsIn.get(s);
  for (let x = 0; x < guests.length; x++) {
    if (meeting !== undefined) addFact(ctx, { type: "ATTENDS", source: guests[x]!, target: { meeting }, rule: rule.id, confidence: rule.confidence, sent: s });
    else for (let y = x + 1; y < guests.length; y++) addFact(ctx, { type: "MEETS", source: guests[x]!, target: { actor: guests[y]! }, rule: rule.id, confidence: rule.confidence, sent: s, cameo: CAMEO.NEGOTIATE });
  }
  mediate(ctx, S, s, te, sen.tokEnd, rule.id, rule.confidence, guests);
  return "stop";
}

/**
 * "Jeffrey carried messages between the Turkish side and the SDF", "Sanders shuttled between Martelly's
 * office and the Parliament": the go-between meets each side the sentence names (not "the two
 * delegations", which says which only through the article).
 */
function goBetweenMeetsSides(ctx: ArticleContext, { S, s, rule }: RuleMatch, listed: number[]): void {
  const sides = heads(ctx, listed.filter((ci) => !ctx.chunks[ci]!.pair && ctx.chunks[ci]!.head.via !== "reference"));
  for (const x of S)
    for (const y of sides)
      if (x.key !== y.key && !sameSide(x, y) && !ownSide(ctx, x, y)) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: "carried-messages-to", confidence: rule.confidence, sent: s, cameo: CAMEO.NEGOTIATE });
}

/** The first person named in each item of a list set off by semicolons from token `from` (over titles and descriptions). */
function semicolonListedPersons(ctx: ArticleContext, from: number, sentEnd: number): Actor[] {
  const { tokens, chunks, chunkAt } = ctx;
  const out: Actor[] = [];
  let taken = false;
  for (let k = from; k < sentEnd; k++) {
    if (tokens[k]!.text === ";") {
      if (!taken) return [];
      taken = false;
      continue;
    }
    const ci = chunkAt[k]!;
    if (taken || ci < 0 || chunks[ci]!.start !== k) continue;
    if (chunks[ci]!.head.actor.type !== "Person") return [];
    out.push(chunks[ci]!.head.actor);
    taken = true;
  }
  return out.length > 1 && taken ? out : [];
}

/** Seats a side is named by ("Martelly's office"). */
const SIDE_SEATS = /^(office|offices|residence|camp|headquarters|palace)$/;

/** "between Martelly's office and the Parliament": the side after the first one's seat, over "'s <seat> and". */
function sideAfterSeat(ctx: ArticleContext, listed: number[], sentEnd: number): number[] {
  if (listed.length !== 1) return [];
  const k = ctx.chunks[listed[0]!]!.end;
  const w = (q: number) => ctx.tokens[q]?.lower ?? "";
  if (!/^['’]s?$/.test(ctx.tokens[k]?.text ?? "") || !SIDE_SEATS.test(w(k + 1)) || w(k + 2) !== "and") return [];
  return objectAfter(ctx, k + 3, sentEnd, 1);
}

/**
 * "talks brokered by the Labour Department between the union and the contractors": the sides named after
 * "between", right after the agent of talks brought about, meet in them (not in "proximity talks").
 * Always "continue": the agent mediates as the rule says.
 */
function sidesOfBroughtAboutTalks(ctx: ArticleContext, match: RuleMatch): HookResult {
  const { tokens, chunks } = ctx;
  const { ts, te, sen, s, obj, O } = match;
  const before = tokens.slice(Math.max(sen.tokStart, ts - 3), ts + 1);
  if (!before.some((t) => TALK_WORD.test(t.lower)) || before.some((t) => /^(indirect|proximity)$/.test(t.lower))) return "continue";
  const k = obj.length ? chunks[obj[obj.length - 1]!]!.end : te;
  if (tokens[k]?.lower !== "between") return "continue";
  const listed = objectAfter(ctx, k + 1, sen.tokEnd, 3);
  // ("and the four contractors, among them X and Y": those named among a side are one side)
  const split = listed.findIndex((ci, i) => i > 0 && tokens.slice(chunks[listed[i - 1]!]!.end, chunks[ci]!.start).some((t) => t.lower === "including" || t.lower === "among"));
  const sideOf = (i: number) => (split > 0 && i >= split ? 1 : split > 0 ? 0 : i);
  for (let x = 0; x < listed.length; x++)
    for (let y = x + 1; y < listed.length; y++) {
      if (sideOf(x) === sideOf(y)) continue;
      for (const a of heads(ctx, [listed[x]!])) for (const b of heads(ctx, [listed[y]!]))
        if (!O.some((m) => m.key === a.key || m.key === b.key) && !sameSide(a, b) && !ownSide(ctx, a, b)) addFact(ctx, { type: "MEETS", source: a, target: { actor: b }, rule: "talks-by-between", confidence: 0.75, sent: s, cameo: CAMEO.NEGOTIATE });
    }
  return "continue";
}

/** Nouns of one side's own body ("a commission of the Malian State", "the government's team"). */
const SIDE_BODY_NOUNS = /^(commission|committee|delegation|team|panel|side|taskforce|cabinet)$/;

/** Whether a body of one side ("a commission of the Malian State") ends right before the participle at `ts`. */
function ownSidesBody(ctx: ArticleContext, ts: number, sentStart: number): boolean {
  const { tokens, chunks, chunkAt } = ctx;
  for (let k = ts - 1; k > sentStart && k >= ts - 3; k--) {
    if (chunkAt[k]! < 0) continue;
    const c = chunks[chunkAt[k]!]!;
    const of = tokens[c.start - 1]?.lower === "of" ? c.start - 1 : tokens[c.start - 1]?.lower === "the" && tokens[c.start - 2]?.lower === "of" ? c.start - 2 : -1;
    return of > 0 && c.head.actor.type === "State" && SIDE_BODY_NOUNS.test(tokens[of - 1]?.lower ?? "");
  }
  return false;
}

const HOOKS: Record<string, MatchHook> = {
  // ("Qatari mediators are trying to close the gaps": no mediator after the copula; the noun's own
  // prefix may still name one, so the next rule at this trigger reads it)
  "mediators-are": (_ctx, { O }) => (O.length ? "continue" : "decline"),
  "broker-verb": convenesOwnSide,
  "mediated-by": sidesOfBroughtAboutTalks,
  "talks-led-by": sidesOfBroughtAboutTalks,
  "mediator-appointed-by": namedAfterAppointer,
  "co-mediated-by": coChairsOfTheSides,
  "host-talks": hostedWith,
  "played-host": hostedWith,
  // only a dispute-resolution service hosting talks or drafting their terms mediates them
  "talks-at-service": mediateByHostingService,
  "proposals-by-service": mediateByService,
  // "Qatar brought Israel and Hamas together", "The talks in the Oval Office brought Obama and McConnell
  // together": those brought together meet one another; a place read as the subject mediates nothing
  "brought-sides-together": (ctx, { O, S, s, subj, te, sen, rule }) => {
    for (let x = 0; x < O.length; x++)
      for (let y = x + 1; y < O.length; y++)
        if (!sameSide(O[x]!, O[y]!) && !ownSide(ctx, O[x]!, O[y]!)) addFact(ctx, { type: "MEETS", source: O[x]!, target: { actor: O[y]! }, rule: "brought-named-together", confidence: 0.7, sent: s, cameo: CAMEO.NEGOTIATE });
    if (!subj.length || placedSubject(ctx, subj[0]!)) return "stop";
    // ("King Sihamoni brought Hun Sen and Sam Rainsy together": those brought together are the parties)
    if (O.length >= 2) {
      mediate(ctx, S, s, te, sen.tokEnd, rule.id, rule.confidence, O);
      // (a person who brings them together is there, as a host is with the guests)
      for (const x of S) if (x.type === "Person") for (const y of O) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: "brought-named-together", confidence: 0.65, sent: s, cameo: CAMEO.NEGOTIATE });
      return "stop";
    }
    return "continue";
  },
  // the mediators are the objects of a verb of thanks right before them
  // ("held talks ..., under the supervision of": talks or a meeting held, before the trigger in its sentence)
  "talks-under-supervision-of": (ctx, { ts, sen }) => (ctx.tokens.slice(sen.tokStart, ts).some((t) => SUPERVISED_TALKS.test(t.lower)) ? "continue" : "stop"),
  "thanked-for-mediation": thankedFor,
  "thanked-for-efforts-between": thankedFor,
  // "a meeting chaired by Head of Government Aziz Akhannouch with the unions' leaders": the chair met
  // those named after "with", one side talking to the other; no mediation
  "chaired-by": (ctx, { obj, O, s, ts, sen, rule }) => {
    const { tokens, chunks, chunkAt } = ctx;
    // "The National Security Committee, chaired by Prime Minister X": a side's body one of its own chairs,
    // no talks ("a Conciliation Commission chaired by a Danish diplomat" still mediates)
    const chaired = tokens[ts - 1]?.text === "," ? ts - 2 : ts - 1;
    // ("Talks between Colombia and the ELN, chaired by": the last of the talks' parties is not what is chaired)
    const list = chunkAt[chaired]! >= 0 ? listFrom(ctx, chunkAt[chaired]!, -1) : [];
    const ofTalks = list.length > 0 && /^(between|with)$/.test(tokens[Math.min(...list.map((ci) => chunks[ci]!.start)) - 1]?.lower ?? "");
    const named = chunkAt[chaired]! >= 0 && !ofTalks ? chunks[chunkAt[chaired]!]!.head.actor : undefined;
    if (named?.type === "Group" && !MEDIATING_BODY.test(named.name)) return "stop";
    // ("a commission of the Malian State chaired by the Minister of Economy": a body of one side's, which
    // that side's minister chairs)
    if (ownSidesBody(ctx, ts, sen.tokStart)) return "stop";
    if (CHAIRED_BODY.test(tokens[chaired]?.lower ?? "") && O.some((x) => onASide(ctx, x))) return "stop";
    // "a meeting with a Federal Government team ... The meeting was chaired by the Chief of Staff": a chair
    // whose own state attends the meeting (or, when the sentence names none, a meeting before) leads that side
    if (O.some((x) => stateAttends(ctx, x, ctx.meetingsIn.get(s)))) return "stop";
    const end = obj.length ? chunks[obj[obj.length - 1]!]!.end : -1;
    if (end < 0 || tokens[end]?.lower !== "with") return "continue";
    const met = heads(ctx, objectAfter(ctx, end + 1, sen.tokEnd, 3), O);
    for (const x of O)
      for (const y of met)
        if (!sameSide(x, y) && !ownSide(ctx, x, y)) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: "chaired-meeting-with", confidence: rule.confidence, sent: s, cameo: CAMEO.NEGOTIATE });
    return "stop";
  },
  // "Saudi Crown Prince X is expected to chair the meeting": a party to the dispute chairing a meeting
  // or session (a summit of a body it belongs to) presides, it does not mediate; "chaired the meeting
  // between A and B" still mediates
  "chaired-talks": (ctx, { ts, te, sen, S, s, rule }) => {
    const { tokens } = ctx;
    // ("We have asked Home Minister Amit Shah to chair the next meeting": a chair asked for, not one held)
    if (tokens[ts - 1]?.lower === "to" && tokens.slice(Math.max(sen.tokStart, ts - 8), ts - 1).some((t) => /^(asked|asks|asking|urged|urges|called|invited|invites|requested|requests)$/.test(t.lower))) return "stop";
    // "Qahtani and Potzel chaired the sessions with the Taliban delegation": the chairs meet those named after "with"
    if (tokens[te]?.lower === "with" && /^(talks|negotiations|meeting|meetings|session|sessions|consultations|round)$/.test(tokens[te - 1]!.lower)) {
      const met = heads(ctx, objectAfter(ctx, te + 1, sen.tokEnd, 3), S);
      for (const x of S)
        for (const y of met)
          if (!sameSide(x, y) && !ownSide(ctx, x, y)) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: "chaired-meeting-with", confidence: rule.confidence, sent: s, cameo: CAMEO.NEGOTIATE });
    }
    if (!/^(meeting|meetings|session|sessions|summit|conference|ceremony)$/.test(tokens[te - 1]!.lower)) return "continue";
    for (let k = te; k < sen.tokEnd; k++) if (tokens[k]!.lower === "between") return "continue";
    return S.some((x) => onASide(ctx, x)) ? "stop" : "continue";
  },
  // "an Afghan-led peace process", "a Libyan-led, Libyan-owned process": the diplomats' phrase for a
  // process the sides own, not one a third state mediates ("Qatari-led talks" still mediate)
  "prefix-led": (ctx, { te, sen }) => {
    const { tokens } = ctx;
    if (tokens[te - 1]!.lower !== "led") return "continue";
    for (let k = te; k < Math.min(te + 8, sen.tokEnd); k++) {
      const w = tokens[k]!.lower;
      if (w === "process") return "stop";
      if (/^(talks|negotiations|mediation|dialogue|consultations)$/.test(w)) return "continue";
    }
    return "continue";
  },
  // "shuttling between the Qatari capital, Kabul and Islamabad": travel between places, not mediation
  // ("shuttled between Beirut and Jerusalem" names the capitals as actors)
  "shuttle-between": (ctx, match) => {
    const { te, sen } = match;
    const obj = objectAfter(ctx, te, sen.tokEnd, 2);
    if (obj.length && describesPlace(ctx, ctx.chunks[obj[0]!]!)) return "stop";
    if (!obj.length) for (let k = te; k < te + 3 && k < sen.tokEnd; k++) if (ctx.m.placeAt[k]! >= 0) return "stop";
    // ("shuttled between the two camps, and Mbeki gave": sides the sentence names, not a clause after them)
    const sides = [...obj, ...sideAfterSeat(ctx, obj, sen.tokEnd)];
    if (!ctx.chunks[sides[0] ?? -1]?.pair) goBetweenMeetsSides(ctx, match, sides);
    return "continue";
  },
  // "the committee's co-chairs, X and Y", "the co-chairs of the union's committee, X and Y": the
  // chairs of one side's body lead that side, they do not mediate ("the co-chairs, Bildt and Ivanov" do)
  "mediators-list": (ctx, match) => {
    const { ts, te, sen, s, obj, rule } = match;
    const { tokens } = ctx;
    // "named three mediators: Justice A, a former judge, as chairman; the spiritual leader B; and C"
    const bySemicolons = tokens[te - 1]?.text === ":" ? semicolonListedPersons(ctx, te, sen.tokEnd) : [];
    if (bySemicolons.length > 1) match.O = bySemicolons;
    const { O } = match;
    // "an intermediary with the captors": a preposition after the noun opens who it deals with, no list
    if (/^(with|between|among|for|to|in|on|at|from|of)$/.test(tokens[te]?.lower ?? "")) return "stop";
    // "after contacts conducted through intermediaries, Nigeria's information minister said": the
    // actor after the comma speaks; it is no list of the intermediaries
    if (obj.length && speaksNext(ctx, ctx.chunks[obj[obj.length - 1]!]!.end)) return "stop";
    // "According to the mediators, Damiba set seven conditions": the mediators are the source, the clause's subject no mediator
    if (/^(the|these|those)$/.test(tokens[ts - 1]?.lower ?? "") && tokens[ts - 2]?.lower === "to" && tokens[ts - 3]?.lower === "according") return "stop";
    if (!/^co-chair/.test(tokens[ts]!.lower)) return "continue";
    const before = tokens[ts - 1]?.text;
    if (before === "'s" || before === "’s" || before === "'" || before === "’") return "stop";
    // ("AUR co-chairman George Simion": a body's name before the title, whose officer he is)
    const owner = ctx.m.actorAt[ts - 1] ?? -1;
    if (owner >= 0 && ctx.m.actors[owner]!.actor.type === "Group") return "stop";
    // "Its co-chairs, X and Y, want ...": the chairs of a party the sentence before named lead it
    if (/^(its|their)$/.test(tokens[ts - 1]?.lower ?? "") && partyBefore(ctx, ts)) return "stop";
    // "its two Co-Chairs, Mr. X, nominated by the Government, and Mr. Y, nominated by the opposition":
    // chairs each side named speak for it, and attend the sentence's meeting as the sides do
    const nominated = new Map(O.map((x) => [x.key, x]));
    let named = false;
    for (let k = te; k < sen.tokEnd - 1; k++) {
      const ci = ctx.chunkAt[k - 2] ?? -1;
      if (!(NOMINATED.test(tokens[k]!.lower) && tokens[k + 1]!.lower === "by" && tokens[k - 1]?.text === "," && ci >= 0)) continue;
      nominated.set(ctx.chunks[ci]!.head.actor.key, ctx.chunks[ci]!.head.actor);
      named = true;
    }
    if (named) {
      const meeting = ctx.meetingsIn.get(s) ?? soleMeeting(ctx);
      if (meeting !== undefined) for (const x of nominated.values()) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: rule.id, confidence: rule.confidence, sent: s });
      return "stop";
    }
    if (tokens[te]?.lower !== "of" && tokens[ts + 1]?.lower !== "of") return "continue";
    for (let k = ts + 1; k < sen.tokEnd && k < ts + 10 && tokens[k]!.text !== ","; k++) if (SIDE_BODIES.has(tokens[k]!.lower)) return "stop";
    return "continue";
  },
  // "The mediation ... also includes X", "members of the mediation team, among them X": only a
  // mediating body includes its mediators ("the deal includes Egypt's guarantees" names none)
  "mediation-includes": (ctx, { ts, sen }) => {
    const { tokens } = ctx;
    for (let k = ts - 1; k >= sen.tokStart && k >= ts - 16; k--) {
      const w = tokens[k]!.lower;
      if (/^(mediation|mediators|facilitators|guarantors|co-mediators|troika|quartet)$/.test(w)) return "continue";
      if (w === ";" || (k < ts - 2 && /^(said|says|but|which|that)$/.test(w))) return "stop";
      // "demanded the release of their detained leaders, among them X": the nearer plural is what includes them
      if (INCLUDED_PERSONS.has(w)) return "stop";
    }
    return "stop";
  },
  // "appointed Peter Simpson as special mediator": the object, then "as" and a mediator noun ("appointed
  // her as ambassador" is no mediation)
  "appointed-x-as-mediator": (ctx, { obj }) => {
    const { tokens, chunks } = ctx;
    if (!obj.length) return "stop";
    let k = chunks[obj[obj.length - 1]!]!.end;
    if (tokens[k]?.lower !== "as") return "stop";
    for (k++; k < chunks[obj[0]!]!.end + 8 && tokens[k]; k++) {
      if (MEDIATOR_NOUN.test(tokens[k]!.lower)) return "continue";
      if (!/^(a|an|the|its|their|special|chief|lead|joint|independent|neutral|international|principal|main|co)$/.test(tokens[k]!.lower) && tokens[k]!.text !== "-") return "stop";
    }
    return "stop";
  },
  // "negotiating ... in the presence of the nuncio": a witness to talks mediates them; a witness to a
  // signing is as often a party's own leader ("signed ... in the presence of Prime Minister Modi")
  "in-presence-of": (ctx, { sen }) => {
    let talks = false;
    for (let k = sen.tokStart; k < sen.tokEnd; k++) {
      const w = ctx.tokens[k]!.lower;
      if (/^sign(ed|ing|s)?$/.test(w) || /^(exchanged|instruments|ratified|ratification)$/.test(w)) return "stop";
      if (TALK_WORD.test(w)) talks = true;
    }
    return talks ? "continue" : "stop";
  },
  // "will travel to Kazan at the invitation of President Putin, and will hold a meeting with President
  // Putin", "Costa met Passos Coelho at the invitation of the PSD leader": a host the sentence names
  // again as a side of the meeting invited a counterpart, it mediated nothing
  "invitation-of": (ctx, match) => {
    const { chunks, chunkAt, tokens } = ctx;
    const { ts, te, sen } = match;
    // "At the invitation of Jordan, the foreign ministers of A, B and C held ...": a phrase opening the
    // sentence ends at its comma; the list after it is the clause's subject
    if (ts - sen.tokStart <= 2) {
      let comma = te;
      while (comma < sen.tokEnd && tokens[comma]!.text !== ",") comma++;
      match.obj = match.obj.filter((ci) => chunks[ci]!.start < comma);
      match.O = heads(ctx, match.obj);
    }
    const { obj, O } = match;
    const own = new Set(obj);
    for (let k = sen.tokStart; k < sen.tokEnd; k++) {
      const ci = chunkAt[k]!;
      if (ci < 0 || own.has(ci) || chunks[ci]!.start !== k) continue;
      for (const x of heads(ctx, [ci])) if (O.some((o) => x.key === o.key || ownSide(ctx, x, o))) return "stop";
    }
    return "continue";
  },
  // "carried messages between the Turkish side and the SDF": the go-between meets each side too
  "relayed-messages": (ctx, match) => {
    goBetweenMeetsSides(ctx, match, objectAfter(ctx, match.te, match.sen.tokEnd, 3));
    return "continue";
  },
  // "the chief mediator, Gen. X, who was appointed by ECOWAS": the body that sent a mediator mediates
  "mediator-appointed-by-who": (ctx, { ts, sen }) => {
    const who = heads(ctx, subjectBefore(ctx, ts, sen.tokStart));
    return who.length && who.every((x) => ctx.mediatorKeys.has(x.key)) ? "continue" : "stop";
  },
};

/**
 * "the Union home secretary would convene a tripartite meeting of the Centre, the Bengal government and
 * the GJM": a convener whose own side is among those the meeting is "of" takes part; it mediates nothing.
 */
function convenesOwnSide(ctx: ArticleContext, { te, sen, S }: RuleMatch): HookResult {
  const { tokens } = ctx;
  let of = te;
  while (of < sen.tokEnd && of < te + 6 && tokens[of]!.lower !== "of" && ctx.chunkAt[of]! < 0) of++;
  if (tokens[of]?.lower !== "of" || !S.length) return "continue";
  const members = heads(ctx, objectAfter(ctx, of + 1, sen.tokEnd, 2));
  const sides = S.flatMap((x) => [x, ...(x.type === "Person" && ctx.personState.has(x.key) ? [ctx.personState.get(x.key)!] : [])]);
  return members.some((y) => sides.some((x) => x.key === y.key || sameSide(x, y) || ownSide(ctx, x, y))) ? "stop" : "continue";
}

/** Whether a speech verb follows token k, past the words of a title ("Nigeria's information minister said"). */
function speaksNext(ctx: ArticleContext, k: number): boolean {
  const { tokens, m } = ctx;
  for (let q = k; q < k + 4 && tokens[q]; q++) {
    if (SPEECH.has(tokens[q]!.lower)) return true;
    if (m.titleAt[q]! < 0 && !(tokens[q]!.kind === "word" && !tokens[q]!.cap) && !/^['’]s?$/.test(tokens[q]!.text)) return false;
  }
  return false;
}

/** Whether the nearest body named before token k (in its sentence or the one before) is a party or an armed group. */
function partyBefore(ctx: ArticleContext, k: number): boolean {
  const { chunks, chunkAt, tokens } = ctx;
  for (let q = k - 1; q >= 0 && tokens[q]!.sent >= tokens[k]!.sent - 1; q--) {
    const ci = chunkAt[q]!;
    if (ci < 0) continue;
    const a = chunks[ci]!.head.actor;
    if (a.type === "Group") return a.orgKind === "political" || a.orgKind === "armed-group";
  }
  return false;
}

/** Whether the actor (a person by their state) is one of the article's parties. */
/** Whether the person's state is recorded as attending the meeting (any meeting, when `meeting` is undefined). */
function stateAttends(ctx: ArticleContext, x: Actor, meeting: number | undefined): boolean {
  const st = x.type === "Person" ? ctx.personState.get(x.key) : undefined;
  return !!st && ctx.facts.some((f) => f.type === "ATTENDS" && "meeting" in f.target && (meeting === undefined || f.target.meeting === meeting) && f.source.key === st.key);
}

function onASide(ctx: ArticleContext, x: Actor): boolean {
  const side = x.type === "Person" ? ctx.personState.get(x.key) : x;
  return parties(ctx).some((y) => y.key === x.key || (!!side && sameSide(y, side)));
}

/** Words in the name of a body set up to mediate ("Conciliation Commission", "Joint Mediation Committee"). */
const MEDIATING_BODY = /\b(Concilia|Mediat|Facilitat|Reconcilia|Good Offices|Peace|Talks|Dialogue|Negotiat)/;

/** Nouns of a standing body, which its chair leads rather than mediates ("the cabinet, chaired by"). */
const CHAIRED_BODY = /^(committee|council|cabinet|commission|board|panel|government|body|bureau|caucus)$/;

/** Verbs of thanks and praise whose objects are thanked for what they did. */
/** Words of talks held, which "under the supervision of" may qualify. */
const SUPERVISED_TALKS = /^(talks|negotiations|negotiated|negotiating|met|meeting|meetings|dialogue|bargaining)$/;
const THANKS = /^(thank|thanks|thanked|thanking|praised|praises|commended|commends|credited|credits|hailed|lauded)$/;

/** Whom a verb of thanks ("thanked Egypt for its mediation", "grateful to Merkel for her efforts") names, right before "for". */
function thankedFor(ctx: ArticleContext, { subj }: RuleMatch): "continue" | "stop" {
  const { tokens } = ctx;
  let first = subj.length ? ctx.chunks[subj[0]!]!.start : -1;
  // (over the person's title: "grateful to Chancellor Merkel")
  while (first > 0 && ctx.m.titleAt[first - 1]! >= 0) first--;
  // ("commended the United Nations Support Mission in Libya for facilitating the consultations")
  const verb = first > 1 && tokens[first - 1]!.lower === "the" ? first - 2 : first - 1;
  if (verb >= 0 && THANKS.test(tokens[verb]!.lower)) return "continue";
  return verb >= 1 && tokens[verb]!.lower === "to" && /^(grateful|thankful)$/.test(tokens[verb - 1]!.lower) ? "continue" : "stop";
}

/** Participles of a side naming its own representative ("X, nominated by the Government"). */
const NOMINATED = /^(nominated|named|chosen|designated|appointed|proposed|put)$/;

/** Plural nouns of persons that "among them" may list ("their detained leaders, among them X"). */
const INCLUDED_PERSONS = new Set(["leaders", "prisoners", "detainees", "hostages", "captives", "members", "officials", "commanders", "fighters", "activists", "politicians", "figures", "people", "men", "women", "children", "victims", "journalists"]);

/** "mediated by Qatar with the help of the Palestinian Authority": who helped the agent named after "by". */
function helpersAfter(ctx: ArticleContext, match: RuleMatch): Actor[] {
  const { tokens, chunks } = ctx;
  const last = match.obj[match.obj.length - 1];
  if (last === undefined) return [];
  const k = chunks[last]!.end;
  const t = (q: number) => tokens[q]?.lower ?? "";
  if (t(k) !== "with" || !/^(help|support|assistance|backing|aid)$/.test(t(k + 2)) || t(k + 1) !== "the" || t(k + 3) !== "of") return [];
  return heads(ctx, objectAfter(ctx, k + 4, match.sen.tokEnd, 2));
}

/**
 * "mediated by the EU Special Representative for the Belgrade-Pristina Dialogue, Miroslav Lajcak": the
 * person named after the body's office, set off by a comma, mediates with the body.
 */
function officerNamedAfter(ctx: ArticleContext, match: RuleMatch): Actor[] {
  const { tokens, chunks, chunkAt, m } = ctx;
  const last = match.obj[match.obj.length - 1];
  if (last === undefined || chunks[last]!.head.actor.type === "Person") return [];
  let k = chunks[last]!.end;
  let titled = false;
  for (; k < match.sen.tokEnd && k < chunks[last]!.end + 12 && tokens[k]!.text !== ","; k++) {
    const t = tokens[k]!;
    if (m.titleAt[k]! >= 0) titled = true;
    else if (!(t.cap || /^(for|of|the|on|to|-)$/.test(t.lower))) return [];
  }
  const ci = chunkAt[k + 1] ?? -1;
  return titled && tokens[k]?.text === "," && ci >= 0 && chunks[ci]!.head.actor.type === "Person" ? [chunks[ci]!.head.actor] : [];
}

/** Verbs that ask an action of their object ("urged X to"), and those that ask it over a preposition ("called on X to", "appealed to X to"). */
const ASKING_VERBS = new Set(["urge", "press", "ask", "tell", "implore", "challenge"].flatMap(verbForms));
const CALL_VERBS = new Set(verbForms("call"));
const APPEAL_VERBS = new Set(verbForms("appeal"));
const DEMAND_THAT_VERBS = new Set(["demand", "insist", "urge", "ask", "propose", "suggest", "request"].flatMap(verbForms));

/** Whether the chunk at token `start` is the object of a verb asking something of it ("called on X", "urged X"). */
function askedOf(tokens: ArticleContext["tokens"], at: number): boolean {
  const start = tokens[at - 1]?.lower === "the" ? at - 1 : at;
  const w = tokens[start - 1]?.lower ?? "";
  const verb = tokens[start - 2]?.lower ?? "";
  if (w === "on" || w === "upon") return CALL_VERBS.has(verb);
  if (w === "to") return APPEAL_VERBS.has(verb);
  // ("Gurung has demanded that the Centre convene talks": a that-clause of a demand)
  if (w === "that") return DEMAND_THAT_VERBS.has(verb);
  return ASKING_VERBS.has(w);
}

export function applyMediates(ctx: ArticleContext, match: RuleMatch): ApplyResult {
  // (a hook may narrow the match's arguments first)
  const hooked = HOOKS[match.rule.id]?.(ctx, match);
  if (hooked === "decline") return "declined";
  if (hooked === "stop") return;
  const { rule, s, ts, te, sen, S, O, subj } = match;
  const { tokens, chunks, chunkAt } = ctx;
  if (rule.args === "obj") {
    if (O.length) ctx.consumedMediatorNoun.add(ts);
    mediate(ctx, O.length ? [...O, ...helpersAfter(ctx, match), ...officerNamedAfter(ctx, match)] : O, s, te, sen.tokEnd, rule.id, rule.confidence, []);
    return;
  }
  // "called on the First Minister and deputy First Minister to convene a meeting": an action asked of the
  // subject is no mediation (yet)
  if (subj.length && askedOf(tokens, chunks[subj[0]!]!.start)) return;
  let meds = S;
  // "has served as Kuala Lumpur's facilitator": the subject mediates with the possessor
  if (rule.args === "possessor" && subj.length && tokens[chunks[subj[0]!]!.start - 1]?.lower === "as") {
    const verbAt = chunks[subj[0]!]!.start - 2;
    if (verbAt > sen.tokStart) meds = [...meds, ...heads(ctx, subjectBefore(ctx, verbAt, sen.tokStart))];
  }
  if (rule.alsoAfter) {
    // "as a mediator alongside Egypt": actors joined after the trigger share the role
    let k = te;
    // (the parties "between" or "among" names are mediated, never mediators: "mediate between the players and the RFEF")
    while (k < sen.tokEnd && k < te + 8 && chunkAt[k]! < 0 && !/^(alongside|with|and|between|among)$/.test(tokens[k]!.lower)) k++;
    const after = k < sen.tokEnd && /^(alongside|with|and)$/.test(tokens[k]!.lower) ? heads(ctx, objectAfter(ctx, k + 1, sen.tokEnd, 2)) : [];
    // "acted as a go-between with the kidnappers", "Egypt brokered a deal with Israel": a side the
    // go-between deals with, not a second one
    const dealWith = tokens.slice(te, k).some((t) => DEAL_NOUN.test(t.lower));
    if (tokens[k]?.lower === "with" && after.length && (GO_BETWEEN.test(tokens[te - 1]!.lower) || dealWith || after.every(isArmedGroup))) {
      if (meds.length && MEDIATOR_NOUN.test(tokens[te - 1]!.lower)) ctx.consumedMediatorNoun.add(te - 1);
      mediate(ctx, meds, s, te, sen.tokEnd, rule.id, rule.confidence, withOtherSide(ctx, meds, after));
      return;
    }
    meds = [...meds, ...after];
  }
  if (meds.length && MEDIATOR_NOUN.test(tokens[te - 1]!.lower)) ctx.consumedMediatorNoun.add(te - 1);
  mediate(ctx, meds, s, te, sen.tokEnd, rule.id, rule.confidence, []);
}
