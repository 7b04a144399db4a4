// Applying a MEETS match: the hooks of rules that need more than their pattern, then subject meets
// object (or coordinated subjects meet one another), and everyone attends the sentence's meeting.
import type { Actor } from "../../recognize/model.js";
import { namedAfterIncluding, objectAfter, placedSubject, subjectBefore } from "../arguments.js";
import { addFact } from "../context.js";
import { CLAUSE_BREAK, IRREGULAR_PAST, isDateWord } from "../gap-words.js";
import type { ApplyResult, ArticleContext, HookResult, MatchHook, RuleMatch } from "../model.js";
import { colleagues, employersTogether, heads, ownSide, sameSide } from "../sides.js";
import { isUnion } from "../../recognize/references.js";
import { MEETING_NOUNS, VENUE_NOUNS } from "../../recognize/words.js";
import { mediate } from "./mediate.js";

/** How many sides make a gathering rather than talks between sides. */
const MANY = 4;

function pairsMeet(ctx: ArticleContext, list: Actor[], match: RuleMatch, ruleId: string, confidence: number, keep: (x: Actor, y: Actor) => boolean = () => true): void {
  // a gathering of four or more at a meeting the sentence names ("a day of talks at the Chancellery that
  // brought together the leaders of Russia, Turkey, France, Italy ..."): each attends it; the text does
  // not say that every pair of them met
  // ("The two leaders, Vladimir Putin and Recep Tayyip Erdogan, met": two persons and the two states
  // they speak for are two sides, not a gathering of four)
  const meeting = list.length >= MANY && sideCount(ctx, list) >= MANY ? ctx.placedIn.get(match.s) : undefined;
  if (meeting !== undefined) {
    for (const x of list) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: ruleId, confidence, sent: match.s });
    return;
  }
  for (let x = 0; x < list.length; x++)
    for (let y = x + 1; y < list.length; y++)
      if (keep(list[x]!, list[y]!)) addFact(ctx, { type: "MEETS", source: list[x]!, target: { actor: list[y]! }, rule: ruleId, confidence, sent: match.s, cameo: match.rule.cameo });
}

/** How many sides a list of actors makes: a person and the state or body they speak for are one. */
function sideCount(ctx: ArticleContext, list: readonly Actor[]): number {
  const firsts: Actor[] = [];
  for (const x of list) if (!firsts.some((y) => sameSide(x, y) || ownSide(ctx, x, y))) firsts.push(x);
  return firsts.length;
}

/** "The deal, signed in a hotel in Doha by X and Y, ...": the signatories meet, by the matched rule. */
function signatoriesMeet(ctx: ArticleContext, match: RuleMatch): void {
  const { tokens } = ctx;
  const { te, sen } = match;
  for (let k = te; k < Math.min(te + 24, sen.tokEnd); k++) {
    const lw = tokens[k]!.lower;
    if (lw === "by") {
      const agents = objectAfter(ctx, k + 1, sen.tokEnd, 3);
      const other = otherSideBy(ctx, k, sen.tokEnd);
      if (other) {
        // ("by A, B and C on one side, and by D and E on the other": across the two sides only)
        const first = heads(ctx, agents);
        const second = heads(ctx, objectAfter(ctx, other + 1, sen.tokEnd, 3)).filter((y) => !first.some((x) => x.key === y.key));
        for (const x of first) for (const y of second) if (!sameSide(x, y) && !ownSide(ctx, x, y)) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: match.rule.id, confidence: 0.7, sent: match.s, cameo: match.rule.cameo });
        break;
      }
      const by = heads(ctx, [...agents, ...signersWith(ctx, agents, sen.tokEnd)]);
      pairsMeet(ctx, by, match, match.rule.id, 0.7, (x, y) => !sameSide(x, y) && !ownSide(ctx, x, y));
      break;
    }
    // ("signed at a ceremony near the river, on Yurok tribal land, by": over a place or time set off by commas)
    if (lw === "," && /^(on|in|at|near|outside|inside|during|after|before|by)$/.test(tokens[k + 1]?.lower ?? "")) continue;
    if (CLAUSE_BREAK.has(lw) || lw === ",") break;
  }
}

/** The "by" of a second side's signers after the first side's ("..., and by the EFC ... on the other"), or undefined. */
function otherSideBy(ctx: ArticleContext, by: number, end: number): number | undefined {
  const { tokens } = ctx;
  for (let q = by + 2; q < end; q++) if (tokens[q]!.lower === "by" && tokens[q - 1]!.lower === "and" && sideNamedBefore(ctx, by, q - 1)) return q;
  return undefined;
}

/**
 * "A signed the document for the government, while B signed on behalf of the party": the signer meets
 * whoever signed earlier in the sentence, each for a side of their own.
 */
function signedEachForASide(ctx: ArticleContext, match: RuleMatch): void {
  const { tokens } = ctx;
  const { ts, sen, S } = match;
  for (let k = ts - 1; k > sen.tokStart; k--) {
    if (!SIGNED.has(tokens[k]!.lower)) continue;
    const earlier = heads(ctx, subjectBefore(ctx, k, sen.tokStart));
    for (const x of earlier) for (const y of S) if (x.key !== y.key && !sameSide(x, y) && !ownSide(ctx, x, y)) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: match.rule.id, confidence: match.rule.confidence, sent: match.s, cameo: match.rule.cameo });
    return;
  }
}
const SIGNED = new Set(["signed", "initialled", "initialed", "inked"]);

/** Documents whose signers join a call or a claim, not an agreement with one another. */
const LETTER_NOUNS = /^(letter|letters|petition|petitions|appeal|claim|motion|pledge)$/;

/** "The letter is signed by Oli, Dahal, ... and Raut": whether what was signed, the subject of the passive, is such a document. */
function signedLetter(ctx: ArticleContext, match: RuleMatch): boolean {
  const { tokens } = ctx;
  let k = match.ts - 1;
  while (k > match.sen.tokStart && /^(is|was|were|are|been|be|has|have|had|being|jointly|also)$/.test(tokens[k]!.lower)) k--;
  return LETTER_NOUNS.test(tokens[k]?.lower ?? "");
}

/**
 * "signed by Germany's Foreign Minister, Annalena Baerbock, with Nigeria's Minister of Foreign Affairs,
 * Geoffrey Onyeama": the chunks of the signers named after "with" right after the agents' chunks, if any.
 */
function signersWith(ctx: ArticleContext, agents: readonly number[], end: number): number[] {
  const { tokens, chunks } = ctx;
  const last = agents.length ? chunks[agents[agents.length - 1]!]!.end : -1;
  const withAt = last < 0 ? -1 : tokens[last]?.lower === "with" ? last : tokens[last]?.text === "," && tokens[last + 1]?.lower === "with" ? last + 1 : -1;
  return withAt > 0 ? objectAfter(ctx, withAt + 1, end, 3) : [];
}

/** "Ruto opened talks between South Sudan's government and the opposition": the convener mediates. */
const convenedTalksBetween: MatchHook = (ctx, match) => {
  const { s, te, sen, S, rule } = match;
  if (!S.length || ctx.tokens[te]?.lower !== "between") return "continue";
  const sides = heads(ctx, objectAfter(ctx, te + 1, sen.tokEnd, 3));
  const conveners = S.filter((x) => !sides.some((y) => sameSide(x, y) || ownSide(ctx, x, y)));
  if (!sides.length || conveners.length !== S.length) return "continue";
  mediate(ctx, conveners, s, te, sen.tokEnd, "convened-talks-between", rule.confidence, sides);
  pairsMeet(ctx, sides, match, "talks-between", 0.75);
  return "stop";
};

/**
 * "flew to Riyadh to meet Crown Prince Mohammed bin Salman", "crossed into North Korea to meet Kim Jong
 * Un": the visitor also meets whom the trip was for.
 */
function visitedToMeet(ctx: ArticleContext, match: RuleMatch): void {
  const { tokens } = ctx;
  const { te, sen, S, s } = match;
  if (!S.length) return;
  for (let k = te; k < Math.min(te + 10, sen.tokEnd - 1); k++) {
    const lw = tokens[k]!.lower;
    if (lw === "to" && tokens[k + 1]?.lower === "meet") {
      const at = tokens[k + 2]?.lower === "with" ? k + 3 : k + 2;
      const met = heads(ctx, objectAfter(ctx, at, sen.tokEnd, 3), S);
      for (const x of S)
        for (const y of met)
          if (!sameSide(x, y) && !ownSide(ctx, x, y)) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: "travelled-to-meet", confidence: 0.75, sent: s, cameo: match.rule.cameo });
      return;
    }
    if (CLAUSE_BREAK.has(lw)) return;
  }
}

/** What a state hosts when it gives a body a home: "hosts members of", "hosts the offices of". */
const RESIDENTS = /^(members|leaders|offices|office|headquarters|bases|base|troops|families|exiles|refugees)$/;

/** Nouns of a standing grouping of parties ("the Normandy format", "the Quartet"). */
const FORMAT_NOUNS = /^(format|formats|forum|grouping|group|mechanism|framework|quartet|quintet|troika|bloc|alliance|platform|front|coalition|confederation)$/;

/**
 * Words before "for" or "to" that make the talks after them only wished for or foreseen: "called for
 * talks between", "pave the way for direct negotiations between", "could lead to talks between".
 */
const WISHED_FOR = /^(call|calls|called|calling|push|pushes|pushed|pushing|appeal|appeals|appealed|appealing|press|pressed|pressing|way|hope|hopes|hoped|lead|leads|paving)$/;

/** Whether the talks noun at `ts` follows such a "for" or "to" (over up to three modifiers). */
function talksWishedFor(ctx: ArticleContext, ts: number, sentStart: number): boolean {
  const { tokens, chunkAt } = ctx;
  for (let k = ts - 1; k > sentStart && k >= ts - 4; k--) {
    const w = tokens[k]!;
    if (w.lower === "for" || w.lower === "to") return WISHED_FOR.test(tokens[k - 1]!.lower);
    if (w.kind !== "word" || w.cap || chunkAt[k]! >= 0) return false;
  }
  return false;
}

/** Whether tokens [from, to) are only a place, a venue, a time and their small words ("Kuala Lumpur", "the White House last night"). */
const WORKPLACE_NOUNS = /^(site|plant|factory|works|refinery|mine|port|depot|yard|terminal)$/;

function placeAndTimeOnly(ctx: ArticleContext, from: number, to: number): boolean {
  const { tokens, m } = ctx;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // ("talks at the site between Unite officials and Ineos management": a workplace too)
    if (m.placeAt[k]! >= 0 || t.cap || isDateWord(t) || /^(the|on|in|at|last|this|late|early|night|morning|afternoon|evening|week|month|year|'s|’s|\.)$/.test(t.lower) || VENUE_NOUNS.has(t.lower) || WORKPLACE_NOUNS.test(t.lower)) continue;
    return false;
  }
  return true;
}

/** Words of a trip ("visited", "will travel", "arrived in", "a state visit"). */
const TRIP_WORDS = /^(visit|visits|visited|visiting|travel|travels|travelled|traveled|travelling|traveling|arrive|arrives|arrived|arriving|flew|fly|flies|flying|trip|tour|toured|touring)$/;

/** Refinements keyed by rule id. */
const HOOKS: Record<string, MatchHook> = {
  // "demanded that Mayor Boris Johnson meet the unions": a bare "meet" right after a that-clause's
  // subject is a meeting wanted (a subjunctive), not held
  "met-with": (ctx, match) => {
    const { ts, subj } = match;
    const { tokens, chunks } = ctx;
    let at = subj.length ? chunks[subj[0]!]!.start - 1 : -1;
    // (over the subject's title: "that Mayor Boris Johnson meet")
    while (at > 0 && ctx.m.titleAt[at]! >= 0) at--;
    if (tokens[ts]!.lower === "meet" && at >= 0 && chunks[subj[subj.length - 1]!]!.end === ts && tokens[at]!.lower === "that") return "stop";
    whomMet(ctx, match);
    return "continue";
  },
  "talks-between": (ctx, { ts, sen }) => (talksWishedFor(ctx, ts, sen.tokStart) ? "stop" : "continue"),
  // "the consultations that Algeria had held with Fatah": only inside a relative clause on talks
  "told-at-meeting": (ctx, { obj }) => (obj.length && saidAtMeeting(ctx, ctx.chunks[obj[obj.length - 1]!]!.end) ? "continue" : "stop"),
  // "a meeting of Cosla": a body's own meeting pairs no one, and places none of its members there
  "meeting-of-pair": (ctx, { O, ts, sen }) => (O.length < 2 || talksWishedFor(ctx, ts, sen.tokStart) ? "stop" : "continue"),
  "talks-that-held-with": (ctx, { subj }) => {
    const { tokens, chunks } = ctx;
    const at = subj.length ? chunks[subj[0]!]!.start : -1;
    return at > 1 && /^(that|which)$/.test(tokens[at - 1]!.lower) && MEETING_NOUNS.has(tokens[at - 2]!.lower) ? "continue" : "stop";
  },
  "talks-in-place-between": (ctx, { ts, te, sen }) => (talksWishedFor(ctx, ts, sen.tokStart) || !placeAndTimeOnly(ctx, ts + 2, te - 1) ? "stop" : "continue"),
  "talks-held-in-place-between": (ctx, { ts, te, sen }) => (talksWishedFor(ctx, ts, sen.tokStart) || !placeAndTimeOnly(ctx, ts + 3, te - 1) ? "stop" : "continue"),
  // "negotiated by Egypt between Israel and Hamas", "a truce negotiated by Qatar": a broker, not the sides;
  // "negotiated by the business secretary, X, and the ambassador, Y, with the US commerce secretary, Z":
  // the negotiators named before "with" meet those after it
  "negotiated-by": (ctx, match) => {
    const { tokens } = ctx;
    for (let k = match.te; k < match.sen.tokEnd; k++) {
      const w = tokens[k]!.lower;
      if (/^(between|mediated|brokered)$/.test(w)) return "stop";
      if (w !== "with") continue;
      // ("by the UK ambassador, Peter Mandelson, with the US commerce secretary, Howard Lutnick, and ...":
      // a list read on over ", with": those after it are the other side)
      const split = match.obj.findIndex((c) => ctx.chunks[c]!.start > k);
      if (split > 0 && !/^(help|support|assistance|backing|mediation|aid)$/.test(tokens[k + 2]?.lower ?? "")) {
        const first = heads(ctx, match.obj.slice(0, split));
        const second = heads(ctx, match.obj.slice(split)).filter((y) => !first.some((x) => x.key === y.key));
        match.O.splice(0, match.O.length, ...first, ...second);
        match.sides = [first, second];
        return second.length ? "continue" : "stop";
      }
      // ("with the help of Qatar": a helper, not the other side; a "with" past the negotiators belongs to
      // another clause: "hammered out by X, who ... held talks with Y")
      const listEnd = match.obj.length ? ctx.chunks[match.obj[match.obj.length - 1]!]!.end : -1;
      if (/^(help|support|assistance|backing|mediation|aid)$/.test(tokens[k + 2]?.lower ?? "") || !match.O.length || (k !== listEnd && !(k === listEnd + 1 && tokens[listEnd]?.text === ","))) return "stop";
      const first = match.O.slice();
      const second = heads(ctx, objectAfter(ctx, k + 1, match.sen.tokEnd, 2)).filter((y) => !first.some((x) => x.key === y.key));
      if (!second.length) return "stop";
      match.O.push(...second);
      match.sides = [first, second];
      return "continue";
    }
    return match.O.length < 2 ? "stop" : "continue";
  },
  // "a condition for any talks with the ANC", "a precondition for future negotiations with": talks not held
  "for-talks-with": (ctx, match) => {
    const { S, ts, te } = match;
    if (!S.length) return "stop";
    const { tokens } = ctx;
    if (/^(condition|conditions|precondition|preconditions|prerequisite|prerequisites|basis|framework|proposal|plan)$/.test(tokens[ts - 1]?.lower ?? "")) return "stop";
    for (let k = ts + 1; k < te; k++) if (/^(any|future|possible|eventual|further)$/.test(tokens[k]!.lower)) return "stop";
    for (const c of travelCompanions(ctx, match)) if (!S.some((x) => x.key === c.key)) S.push(c);
    return "continue";
  },
  // "urged A and B to return to the negotiating table", "will go back to the table": a table they are
  // asked to or may return to, not talks held
  "back-to-table": (ctx, { ts }) => (/^(to|will|would|could|should|may|might|must|shall|'ll)$/.test(ctx.tokens[ts - 1]?.lower ?? "") ? "stop" : "continue"),
  // "A and B said ... after talks": only the parties that open the sentence, and more than one
  "after-talks": (ctx, { subj, sen }) => ((subj.length >= 2 || (subj.length === 1 && ctx.chunks[subj[0]!]!.pair)) && ctx.chunks[subj[0]!]!.start <= sen.tokStart + 3 ? "continue" : "stop"),
  // "the Normandy format, which brings together the leaders of Ukraine, Russia, France and Germany":
  // what a format or grouping is made of, not a meeting held
  // ("The Common Front brings together the CSN, the CSQ ...": a coalition named by its head noun)
  "brought-together": (ctx, { ts, sen }) => {
    const { tokens, chunks, chunkAt } = ctx;
    let k = ts - 1;
    while (k > sen.tokStart && /^(which|that|,|also|regularly|usually|normally)$/.test(tokens[k]!.lower)) k--;
    const named = chunkAt[k]! >= 0 ? chunks[chunkAt[k]!]!.head.actor : undefined;
    const namedFormat = named?.type === "Group" && FORMAT_NOUNS.test(named.name.split(/\s+/).pop()!.toLowerCase());
    return FORMAT_NOUNS.test(tokens[k]?.lower ?? "") || namedFormat ? "stop" : "continue";
  },
  // ("Qatar brought X together with Y": the subject mediates, as in "brought-sides-together")
  "brought-named-together": (ctx, match) => {
    const { ts, te, s, sen } = match;
    const together = te - 2;
    match.S = heads(ctx, objectAfter(ctx, ts + 1, together, 3).filter((ci) => ctx.chunks[ci]!.end <= together));
    if (!match.S.length || !match.O.length) return "stop";
    const bringers = subjectBefore(ctx, ts, sen.tokStart).filter((ci) => !placedSubject(ctx, ci));
    mediate(ctx, heads(ctx, bringers), s, te, sen.tokEnd, "brought-sides-together", 0.7, [...match.S, ...match.O]);
    return "continue";
  },
  "signed-on-behalf": (ctx, match) => {
    signedEachForASide(ctx, match);
    return "continue";
  },
  "signed-passive": (ctx, match): HookResult => {
    if (!signedLetter(ctx, match)) signatoriesMeet(ctx, match);
    return "stop";
  },
  "signed-agreement": (ctx, match) => {
    const { tokens } = ctx;
    const { ts, te, sen } = match;
    const signedWord = /^(signed|initialled|initialed|inked)$/.test(tokens[ts]!.lower);
    // ("The players reached the hotel on Tuesday": reaching a place and a day is no agreement)
    if (/^reach/.test(tokens[ts]!.lower) && !agreedAfterReach(tokens, te, sen.tokEnd, match.rule.requiresAfter ?? "")) return "stop";
    if (!match.S.length && signedWord) signatoriesMeet(ctx, match);
    // "signed the document with Gerardo Blyde"
    if (!match.O.length) {
      for (let k = te; k < Math.min(te + 8, sen.tokEnd); k++) {
        if (tokens[k]!.lower === "with") {
          match.O = heads(ctx, objectAfter(ctx, k + 1, sen.tokEnd, 3));
          break;
        }
        if (CLAUSE_BREAK.has(tokens[k]!.lower) || tokens[k]!.text === ",") break;
      }
    }
    // "the two sides agreed to ...": agreeing is not meeting
    if (/^agree/.test(tokens[ts]!.lower) && match.subj.some((x) => ctx.chunks[x]!.pair)) match.subjectsMeet = false;
    return "continue";
  },
  "visit-to": (ctx, match) => {
    visitedToMeet(ctx, match);
    return "continue";
  },
  // "arrived in Moscow at the invitation of Putin": a trip at someone's invitation is hosted by them;
  // "brought the ministers together at the invitation of Putin" is a meeting he asked for, not one with him
  "at-invitation-of": (ctx, { ts, sen }) => {
    for (let k = ts - 1; k > sen.tokStart; k--) if (TRIP_WORDS.test(ctx.tokens[k]!.lower)) return "continue";
    return "stop";
  },
  // "signed by A, head of X, on behalf of the government, and by B, leader of Y": the agent after a
  // repeated "and by" signed too; "signed by A and B for the government and by C and D for the
  // protesters": the signers for one side do not meet one another
  "signed-by": signedBy,
  "signed-at-by": signedBy,
  "held-talks": convenedTalksBetween,
  // "The M23 has demanded direct negotiations with": an auxiliary before another verb holds no talks
  "held-talks-with": (ctx, match) => {
    const { tokens } = ctx;
    const next = tokens[match.ts + 1];
    if (/^(has|have|had)$/.test(tokens[match.ts]!.lower) && next && next.kind === "word" && next.lower !== "held" && (next.lower.endsWith("ed") || IRREGULAR_PAST.has(next.lower))) return "stop";
    return convenedTalksBetween(ctx, match);
  },
  // "X hosted A and B": A and B meet; a host of two opposing parties mediates
  hosted: (ctx, match) => {
    const { ts, te, s, sen, S, O, rule } = match;
    // "welcomed Canada's announcement": a welcome of what someone did is no reception of them
    // ("welcomed the ASEAN consensus": an actor naming the thing welcomed)
    // "Qatar, which hosts members of Hamas' political leadership": a residence, not a meeting
    // (the present tense says a standing arrangement: "China hosted representatives of Fatah and Hamas" met them)
    if (/^(hosts|host)$/.test(ctx.tokens[ts]!.lower) && RESIDENTS.test(ctx.tokens[te]?.lower ?? "") && ctx.tokens[te + 1]?.lower === "of") return "stop";
    // ("welcomed the Bouznika meetings": a welcome of talks others held, not a reception)
    if (/^welcome/.test(ctx.tokens[ts]!.lower) && welcomesTalks(ctx, te)) return "stop";
    if (/^welcome/.test(ctx.tokens[ts]!.lower) && match.obj.length) {
      const after = ctx.tokens[ctx.chunks[match.obj[0]!]!.end];
      if (after?.text === "'s" || after?.text === "'" || WELCOMED_THINGS.test(after?.lower ?? "")) return "stop";
    }
    if (O.length < 2) return "continue";
    // ("hosted Aliyev and Pashinyan for separate talks": the guests, received apart, meet the host but
    // neither each other nor at one meeting)
    const apart = ctx.tokens.slice(ctx.chunks[match.obj[match.obj.length - 1]!]!.end, Math.min(sen.tokEnd, te + 14)).some((t) => /^(separate|separately)$/.test(t.lower));
    if (apart) {
      for (const x of S) for (const y of O) if (!sameSide(x, y)) addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: rule.id, confidence: rule.confidence, sent: s, cameo: rule.cameo });
      return "stop";
    }
    let opposed = false;
    // ("hosted European Commission President X, European Council President Y and the EU's foreign policy
    // chief Z": the chiefs of international bodies received together are one delegation)
    const intl = (x: Actor) => (x.type === "Group" && x.orgKind === "international") || (x.type === "Person" && ctx.personIntl.has(x.key));
    pairsMeet(ctx, O, match, rule.id, rule.confidence * 0.9, (x, y) => {
      if (sameSide(x, y) || (intl(x) && intl(y))) return false;
      opposed = true;
      return true;
    });
    const hosts = S.filter((x) => !O.some((y) => sameSide(x, y)));
    if (opposed && hosts.length && /^host/.test(ctx.tokens[ts]!.lower) && !O.some((y) => ctx.mediatorKeys.has(y.key))) mediate(ctx, hosts, s, te, sen.tokEnd, "hosted-parties", rule.confidence, O);
    return "continue";
  },
};

/** Whether "for the ...", "for <actor>" or "on behalf of ..." stands in the six tokens before `to`, after `from` (the side the signers before it sign for). */
function sideNamedBefore(ctx: ArticleContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let k = to - 1; k > from && k >= to - 6; k--) {
    const lw = tokens[k]!.lower;
    const of = lw === "of" && tokens[k - 1]?.lower === "behalf";
    // ("for the government", "for the protesters", "on behalf of Hamas")
    if ((lw === "for" || of) && (tokens[k + 1]?.lower === "the" || ctx.m.actorAt[k + 1]! >= 0)) return true;
    // ("signed by the CWC, the LJEWU and the JPTUC on one side, and by the EFC ... on the other")
    if (lw === "side" && tokens[k - 1]?.lower === "one" && /^(on|from)$/.test(tokens[k - 2]?.lower ?? "")) return true;
  }
  return false;
}

/** Two unions: in a labour dispute they sit on one side ("talks between the government and the ZNP and the FZZ"). */
const bothUnions = (x: Actor, y: Actor): boolean => x.type === "Group" && y.type === "Group" && isUnion(x) && isUnion(y);

/** Nouns of what is welcomed rather than whom ("welcomed the ASEAN consensus", "the US decision"). */
const WELCOMED_THINGS = /^(consensus|statement|decision|deal|move|moves|proposal|plan|announcement|agreement|offer|initiative|report|resolution|ceasefire|truce|accord|efforts|call|mediation|release|step|steps|commitment|pledge|news|outcome|vote|ruling|framework|roadmap)$/;

const TIME_PREPOSITIONS = new Set(["since", "after", "before", "until"]);

/**
 * "Morocco and the Polisario sat at the same table ..., alongside delegations from Algeria and
 * Mauritania": the actors joined to the clause by "alongside", "along with" or "together with".
 */
export function companionsAfter(ctx: ArticleContext, match: RuleMatch): Actor[] {
  const { tokens } = ctx;
  const { te, sen } = match;
  for (let k = te; k < sen.tokEnd - 1; k++) {
    const lw = tokens[k]!.lower;
    const two = (lw === "along" || lw === "together") && tokens[k + 1]?.lower === "with";
    if (lw === "alongside" || two) return heads(ctx, objectAfter(ctx, two ? k + 2 : k + 1, sen.tokEnd, 3));
    // a time phrase ("for the first time since 2012") does not end the clause; another clause does
    if (CLAUSE_BREAK.has(lw) && !(TIME_PREPOSITIONS.has(lw) && !!tokens[k + 1] && isDateWord(tokens[k + 1]!))) return [];
  }
  return [];
}

/** Whether the words after a welcoming verb name talks or a meeting before any actor ("welcomed the Bouznika meetings"). */
function welcomesTalks(ctx: ArticleContext, te: number): boolean {
  for (let k = te; k < te + 5 && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.chunkAt[k]! >= 0 || t.kind !== "word") return false;
    if (MEETING_NOUNS.has(t.lower) && t.lower !== "visit" && t.lower !== "signing") return true;
  }
  return false;
}

/**
 * "McLachlan credited Patrick Dangerfield, whom he met at AFL House": the person before ", whom" is the one
 * met, and "he" or "she" the sentence's opening subject.
 */
function whomMet(ctx: ArticleContext, match: RuleMatch): void {
  const { tokens, chunks, chunkAt } = ctx;
  const { ts, sen } = match;
  let w = ts - 1;
  while (w > ts - 4 && w > sen.tokStart && /^(he|she|had|has|first|later|then|last)$/.test(tokens[w]!.lower)) w--;
  if (tokens[w]?.lower !== "whom" || tokens[w - 1]?.text !== "," || w === ts - 1) return;
  const metCi = chunkAt[w - 2] ?? -1;
  let openerCi = -1;
  for (let k = sen.tokStart; k < sen.tokStart + 3 && k < w && openerCi < 0; k++) openerCi = chunkAt[k]!;
  if (metCi < 0 || openerCi < 0 || openerCi === metCi || chunks[metCi]!.head.actor.type !== "Person") return;
  match.O = [chunks[metCi]!.head.actor];
  if (/^(he|she)$/.test(tokens[w + 1]!.lower)) match.S = [chunks[openerCi]!.head.actor];
}

/** Verbs of going, besides TRIP_WORDS, after which "with X" names a companion ("went to Doha with his aide for talks with"). */
const GOING_VERBS = /^(went|goes|go|came|comes|come|headed|heads|returned|returns)$/;

/**
 * "Coventry travelled to Dubai with ZC managing director Givemore Makoni for talks with X": the persons a
 * verb of travel takes along ("with") before the talks' "for", who hold the talks too.
 */
function travelCompanions(ctx: ArticleContext, match: RuleMatch): Actor[] {
  const { tokens } = ctx;
  const { ts, sen } = match;
  for (let k = ts - 1; k > sen.tokStart && k > ts - 12; k--) {
    if (tokens[k]!.lower !== "with") continue;
    for (let v = k - 1; v >= sen.tokStart && v >= k - 5; v--)
      if (TRIP_WORDS.test(tokens[v]!.lower) || GOING_VERBS.test(tokens[v]!.lower)) return heads(ctx, objectAfter(ctx, k + 1, ts, 3)).filter((x) => x.type === "Person");
    return [];
  }
  return [];
}

/**
 * "Lavrov and Shoigu, together with their Turkish counterparts Cavusoglu and Akar, met the two
 * delegations": the actors a parenthetical "together with" (or "along with", "alongside") joins to the
 * subject before the verb.
 */
function companionsBefore(ctx: ArticleContext, match: RuleMatch): Actor[] {
  const { tokens } = ctx;
  if (!match.subj.length) return [];
  const from = ctx.chunks[match.subj[match.subj.length - 1]!]!.end;
  for (let k = from; k < match.ts - 1 && k < from + 3; k++) {
    const lw = tokens[k]!.lower;
    const two = (lw === "along" || lw === "together") && tokens[k + 1]?.lower === "with";
    if (lw === "alongside" || two) return heads(ctx, objectAfter(ctx, two ? k + 2 : k + 1, match.ts, 6));
  }
  return [];
}

/**
 * "had met Chief Mike Sack and band councillors, and separately with Colin Sproul", "held talks with A in
 * Baku and with B in Yerevan": those met in a further "and (separately) with" after the objects of "met"
 * or of talks held "with".
 */
function metSeparatelyWith(ctx: ArticleContext, match: RuleMatch): Actor[] {
  const { tokens, chunks } = ctx;
  const withObjects = tokens[match.te - 1]?.lower === "with";
  if ((!/^(met|meet|meets)$/.test(tokens[match.ts]!.lower) && !withObjects) || !match.obj.length) return [];
  const from = chunks[match.obj[match.obj.length - 1]!]!.end;
  // (past eight words, over a clause set off by commas: "with Ankvab at the base in Gudauta, where the
  // leader had taken refuge, and separately with Khajimba")
  for (let k = from; k < from + 24 && k < match.sen.tokEnd - 2; k++) {
    if (tokens[k]!.text === ";" || (k >= from + 8 && tokens[k]!.lower === "and" && tokens[k - 1]?.text !== ",")) return [];
    const adverb = /^(separately|also|later|then|privately|again)$/.test(tokens[k + 1]?.lower ?? "");
    // (without a comma only "and (separately) with" itself: "and with B in Yerevan")
    if (tokens[k]!.lower !== "and" || (tokens[k - 1]?.text !== "," && tokens[adverb ? k + 2 : k + 1]?.lower !== "with")) continue;
    const w = adverb ? k + 2 : k + 1;
    if (tokens[w]?.lower !== "with") return [];
    // ("and with loyalist leaders, including Sonia Backes": the persons the plural names)
    const named = objectAfter(ctx, w + 1, match.sen.tokEnd, 2);
    return heads(ctx, named.length ? named : namedAfterIncluding(ctx, w + 1, match.sen.tokEnd));
  }
  return [];
}

/** "at a meeting in Iwaki", "during talks", "at the prime minister's office": a meeting or a venue right after `k`. */
function saidAtMeeting(ctx: ArticleContext, k: number): boolean {
  const { tokens } = ctx;
  if (!/^(at|during)$/.test(tokens[k]?.lower ?? "")) return false;
  for (let q = k + 1; q < k + 6 && q < tokens.length && tokens[q]!.sent === tokens[k]!.sent; q++) {
    const w = tokens[q]!.lower;
    if (MEETING_NOUNS.has(w) || VENUE_NOUNS.has(w)) return w !== "visit" && w !== "signing";
    if (w === "that" || tokens[q]!.kind === "punct" && !/^['’]s?$/.test(tokens[q]!.text)) return false;
  }
  return false;
}

export function applyMeets(ctx: ArticleContext, match: RuleMatch): ApplyResult {
  const { rule, s } = match;
  const meeting = ctx.placedIn.get(s);
  if (rule.args === "between" || rule.args === "hyphen-pair") {
    const hooked = HOOKS[rule.id]?.(ctx, match);
    if (hooked === "decline") return "declined";
    if (hooked === "stop") return;
    // "talks between the union and the three producers": the producers, one side, do not meet each other;
    // nor do the members of one listed side ("the health unions, among them the RCN, Unison and GMB")
    const oneSide = (x: Actor, y: Actor) => match.obj.length > 1 && match.obj.some((c) => ctx.chunks[c]!.members?.some((a) => a.key === x.key) && ctx.chunks[c]!.members?.some((a) => a.key === y.key));
    const sideOf = (x: Actor) => match.sides?.findIndex((side) => side.some((a) => a.key === x.key)) ?? -1;
    const namedTogether = (x: Actor, y: Actor) => sideOf(x) >= 0 && sideOf(x) === sideOf(y);
    pairsMeet(ctx, match.O, match, rule.id, rule.confidence, (x, y) => !employersTogether(ctx, x, y) && !bothUnions(x, y) && !oneSide(x, y) && !namedTogether(x, y) && !ownSide(ctx, x, y));
    if (meeting !== undefined) for (const o of match.O) addFact(ctx, { type: "ATTENDS", source: o, target: { meeting }, rule: rule.id, confidence: rule.confidence, sent: s });
    return;
  }
  const hooked = HOOKS[rule.id]?.(ctx, match);
  if (hooked === "decline") return "declined";
  if (hooked === "stop") return;
  const { S, O } = match;
  if (O.length) for (const c of companionsBefore(ctx, match)) if (!S.some((x) => x.key === c.key) && !O.some((y) => y.key === c.key)) S.push(c);
  const separately = O.length ? metSeparatelyWith(ctx, match).filter((c) => !O.some((y) => y.key === c.key)) : [];
  O.push(...separately);
  if (O.length) {
    for (const x of S)
      for (const y of O)
        if ((!sameSide(x, y) || x.type === "Person" || y.type === "Person") && !ownSide(ctx, x, y))
          addFact(ctx, { type: "MEETS", source: x, target: { actor: y }, rule: rule.id, confidence: rule.confidence, sent: s, cameo: rule.cameo });
  } else if (S.length >= 2 && match.subjectsMeet && !(rule.args === "subj-obj" && (unreadNameAt(ctx, match.te) || unnamedCounterpart(ctx, match.te)))) {
    for (const c of companionsAfter(ctx, match)) if (!S.some((x) => sameSide(x, c) || ownSide(ctx, x, c))) S.push(c);
    pairsMeet(ctx, S, match, rule.id, rule.confidence * 0.9, (x, y) => !ownSide(ctx, x, y) && !colleagues(ctx, x, y) && !employersTogether(ctx, x, y) && !bothUnions(x, y));
  }
  if (meeting === undefined || (rule.noAttends && ctx.meetingAtNoun.get(match.ts) !== meeting)) return;
  const elsewhere = metElsewhere(ctx, match.obj);
  // (those met separately are not at the sentence's meeting)
  for (const c of separately) elsewhere.add(c.key);
  for (const x of [...S, ...O]) if (!elsewhere.has(x.key)) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: rule.id, confidence: rule.confidence * 0.9, sent: s });
  attendFurtherPlaces(ctx, match, meeting, elsewhere);
}

/**
 * "met Netanyahu in Jerusalem and Abbas in Ramallah", "met Wang Yi in Astana on 4 July and in Vientiane
 * on 25 July": each further place is a meeting of its own (recognize/meetings.ts, keyed by the place's
 * first token). The subjects attend it, with the actor named right before its "in" ("and Abbas in
 * Ramallah"), else every object met at the first place ("and in Vientiane").
 */
function attendFurtherPlaces(ctx: ArticleContext, match: RuleMatch, first: number, elsewhere: Set<string>): void {
  const { rule, s, S, O } = match;
  const end = ctx.sentences[s]!.tokEnd;
  for (let k = match.te; k < end; k++) {
    const meeting = ctx.meetingAtNoun.get(k);
    if (meeting === undefined || meeting === first || ctx.tokens[k - 1]?.lower !== "in") continue;
    const named = ctx.tokens[k - 2]?.lower === "and" ? -1 : ctx.chunkAt[k - 2]!;
    const objects = named >= 0 ? heads(ctx, [named]) : O.filter((o) => !elsewhere.has(o.key));
    for (const x of [...S, ...objects]) addFact(ctx, { type: "ATTENDS", source: x, target: { meeting }, rule: rule.id, confidence: rule.confidence * 0.9, sent: s });
  }
}

/**
 * "met Sheikh Hasina in Dhaka and Suu Kyi in Naypyitaw": the objects after the first one's own place
 * were met elsewhere, so they do not attend the sentence's meeting (keys of their actors).
 */
function metElsewhere(ctx: ArticleContext, obj: readonly number[]): Set<string> {
  const out = new Set<string>();
  const { tokens, chunks, m } = ctx;
  for (let q = 1; q < obj.length; q++) {
    const from = chunks[obj[q - 1]!]!.end;
    const placed = out.size > 0 || (/^(in|at)$/.test(tokens[from]?.lower ?? "") && m.placeAt[from + 1]! >= 0);
    if (placed) for (const a of heads(ctx, [obj[q]!])) out.add(a.key);
  }
  return out;
}

/** What "reached" reached is an agreement: one of the rule's `words` within seven tokens, other than an "on" that opens a date. */
function agreedAfterReach(tokens: ArticleContext["tokens"], te: number, end: number, words: string): boolean {
  const agreed = new Set(words.split(" "));
  for (let k = te; k < Math.min(te + 7, end); k++) {
    const t = tokens[k]!;
    if (t.lower === "on" && tokens[k + 1] && isDateWord(tokens[k + 1]!)) continue;
    if (agreed.has(t.lower)) return true;
  }
  return false;
}

/**
 * "A and B held sessions with each of the two major parties", "were due to meet the two countries'
 * foreign ministers": talks "with" someone no actor names, or a meeting of them, are no talks between the
 * subjects ("with each other", "with one another" and "with their advisers" are).
 */
function unnamedCounterpart(ctx: ArticleContext, te: number): boolean {
  const { tokens, chunkAt } = ctx;
  // ("were due to meet the two countries' foreign ministers": people no actor names, met by the subjects)
  if (/^(meet|met|meets|meeting)$/.test(tokens[te - 1]?.lower ?? "") && /^(the|their|its|his|her|both)$/.test(tokens[te]?.lower ?? "") && chunkAt[te]! < 0 && chunkAt[te + 1]! < 0 && !/^(same|following|next|previous|day|week|month|morning|evening|afternoon|night|weekend|first|last)$/.test(tokens[te + 1]?.lower ?? "")) return true;
  if (tokens[te - 1]?.lower !== "with" || tokens[te]?.sent !== tokens[te - 1]!.sent) return false;
  if (/^(each|one)$/.test(tokens[te]!.lower) && /^(other|another)$/.test(tokens[te + 1]?.lower ?? "")) return false;
  // ("A and B held a working session with the heads of their border forces": with their own people, together)
  for (let k = te; k < te + 5 && tokens[k]?.sent === tokens[te]!.sent; k++) if (tokens[k]!.lower === "their") return false;
  return true;
}

/**
 * "A and B met Aoun in ...": a capitalised word right after the verb that no mention reads (a name the
 * article leaves ambiguous) is the object, so the subjects did not meet each other.
 */
function unreadNameAt(ctx: ArticleContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === "word" && t.cap && t.sent === ctx.tokens[k - 1]?.sent && ctx.m.placeAt[k]! < 0 && ctx.chunkAt[k]! < 0 && !isDateWord(t);
}

/**
 * "signed by A, head of X, on behalf of the government, and by B, leader of Y": the agent after a
 * repeated "and by" signed too; "signed by A and B for the government and by C and D for the
 * protesters": the signers for one side do not meet one another.
 */
function signedBy(ctx: ArticleContext, match: RuleMatch): HookResult {
  const { tokens } = ctx;
  if (signedLetter(ctx, match)) return "stop";
  for (let k = match.te + 1; k + 1 < match.sen.tokEnd; k++) {
    // ("signed at the prefecture by the prefect, X, on behalf of the government, by the president of the
    // CTG, Y, and by ...": an agent after a comma's "by" signed too, beside the others)
    // ("signed by X for the government and, for the opposition bloc, by A, B and C": the side named before
    // the comma's "by" is the other side's)
    if (tokens[k]!.lower === "by" && tokens[k - 1]!.text === "," && k > match.te + 2) {
      const first = match.O.slice();
      const second = heads(ctx, objectAfter(ctx, k + 1, match.sen.tokEnd, 3)).filter((y) => !first.some((x) => x.key === y.key));
      match.O.push(...second);
      const forSide = tokens.slice(Math.max(match.te, k - 7), k - 1).some((t) => t.lower === "for");
      if (forSide && first.length && second.length) {
        match.sides = [first, second];
        return "continue";
      }
      continue;
    }
    if (tokens[k]!.lower !== "by" || tokens[k - 1]!.lower !== "and") continue;
    const forSide = sideNamedBefore(ctx, match.te, k - 1);
    if (tokens[k - 2]?.text !== "," && !forSide) continue;
    const first = match.O.slice();
    const second = heads(ctx, objectAfter(ctx, k + 1, match.sen.tokEnd, 3)).filter((y) => !first.some((x) => x.key === y.key));
    match.O.push(...second);
    if (forSide && first.length && second.length) match.sides = [first, second];
    return "continue";
  }
  // "signed by Germany's Foreign Minister, Annalena Baerbock, with Nigeria's ..., Geoffrey Onyeama": the
  // signers after "with", the other side
  const first = match.O.slice();
  const second = heads(ctx, signersWith(ctx, match.obj, match.sen.tokEnd)).filter((y) => !first.some((x) => x.key === y.key));
  match.O.push(...second);
  if (first.length && second.length) match.sides = [first, second];
  return "continue";
}
