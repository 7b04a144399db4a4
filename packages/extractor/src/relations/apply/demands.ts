// Applying a DEMANDS match: the demand in the article's words, its addressee when the sentence names
// one, and its CAMEO code. Demands whose addressee is left unsaid are settled after the whole article
// is read (../passes/resolve-demands.ts).
import { CAMEO } from "@backchannel/schema";
import type { Token } from "../../nlp/wink.js";
import type { Actor } from "../../recognize/model.js";
import { stateActor } from "../context.js";
import { IRREGULAR_PAST, NEXT_PREDICATE, SPEECH, STRONG_BREAK, isDateWord } from "../gap-words.js";
import { subjectBefore } from "../arguments.js";
import { listFrom } from "../lists.js";
import { visitedPersons } from "../read-match.js";
import type { ApplyResult, ArticleContext, MatchHook, RuleMatch } from "../model.js";
import { heads, ownSide, sameSide, sameSideIn } from "../sides.js";

/** Past tenses of wanting, which state a demand ("insisted that it needed more flexibility"). */
const WANTING_PAST = /^(needed|wanted|required|deserved|expected|demanded|sought)$/;
/** Verbs that make "insisted that ..." a statement of fact ("insisted that Moscow was not to blame"). */
const STATING = new Set(["was", "were", "is", "are", "had", "has", "have", "did", "does", "do", "will", "would", "could", "can", "might", "may", "wo", "ca"]);
/** What a side asks to have in talks ("insisted that tribes have a seat at the table"): after a bare
 * "have", a subjunctive's want, not a statement of what they hold. */
const PARTICIPATION = /^(seat|seats|say|voice|role|place|part|vote|veto|representative|representatives|observer|observers)$/;

/**
 * "insists that Washington guarantee ..." (a subjunctive: what is wanted) against "insisted that Moscow
 * was not to blame" (what is claimed): the verb right after the clause's subject tells them apart (an
 * actor's chunk, else the first such verb within six words); "has to", "would have to", "must",
 * "should" and a bare "be" are demands.
 */
function insistsOnAFact(ctx: ArticleContext, te: number, end: number): boolean {
  const { tokens, chunks, chunkAt } = ctx;
  let from = te;
  for (let q = te; q < te + 4 && q < end; q++)
    if (chunkAt[q]! >= 0) {
      from = chunks[chunkAt[q]!]!.end;
      break;
    }
  for (let q = from; q < end && q < from + 6; q++) {
    const w = tokens[q]!.lower;
    // a nested clause ("guarantee that a future administration will not walk away") is not the verb's
    if (w === "must" || w === "should" || w === "be" || w === "that" || w === ",") return false;
    // ("insist that the DPP acted alone": a past tense after the subject states what was done; a demand's
    // verb is bare, "that Washington cancel"; but "insisted that it needed more flexibility" is a want)
    if (q === from && from > te && w.length > 4 && /[^e]ed$/.test(w) && !WANTING_PAST.test(w)) return true;
    if (STATING.has(w)) {
      const next = tokens[q + 1]?.lower;
      if (w === "have" && /^(a|an|the|their|its|equal|full|some|more)$/.test(next ?? "") && PARTICIPATION.test(tokens[q + 2]?.lower ?? "")) return false;
      const mustDo = (/^ha[sdv]e?$/.test(w) && next === "to") || (w === "would" && next === "have" && tokens[q + 2]?.lower === "to");
      return !mustDo;
    }
    // the clause's verb came and was none of these ("the Houthis withdraw from the cities they have seized")
    if (q > from && chunkAt[q - 1]! >= 0) return false;
    if (q === from && from > te) return false;
  }
  return false;
}

/** What a speaker "wants to" do in a statement's courtesies ("I want to thank ..."). */
const COURTESY_VERBS = new Set("thank thanks congratulate welcome express acknowledge recognize recognise commend praise pay stress emphasize emphasise underline reiterate assure reassure say note".split(" "));

/** Names of a legislature ("Congress", "the Knesset", "National Assembly"). */
const LEGISLATURE = /\b(Congress|Parliament|Senate|Assembly|House of|Duma|Knesset|Rada|Majlis|Bundestag|Lok Sabha|Rajya Sabha|Sejm|Storting|Riksdag|Folketing|Eduskunta|Althing|Riigikogu|Saeima|Seimas|Dáil|Oireachtas|Sabor|Sobranie|Khural|Kenesh|Mazhilis|Jirga|Sangsad|Hluttaw|Dewan Rakyat|Diet|Legislative Yuan|Cortes|Tweede Kamer|Senedd|Bundesrat)\b/;

/** Auxiliaries before a negation ("would not", "has never"). */
const PRE_GAP_AUX = /^(would|will|could|should|can|may|might|must|did|does|do|has|have|had|is|are|was|were)$/;

/** Nouns of a settlement whose terms a speaker lays down ("any deal must"). */
const SETTLEMENT = /^(deal|agreement|accord|settlement|ceasefire|cease-fire|truce|solution|arrangement|treaty|compromise)$/;

/**
 * "issued a seven-day ultimatum to the federal government to reverse the increase", "gave the government
 * a 48-hour ultimatum to end the strike", "gave Israel 48 hours to respond": the addressee after "to" or
 * between the issuing verb (one of `verbs`) and the trigger, the demand after the "to" of a verb.
 */
function ultimatum(ctx: ArticleContext, match: RuleMatch, verbs: RegExp): "stop" {
  const { tokens, chunks, chunkAt } = ctx;
  const { ts, te, sen, S } = match;
  // the verb that issues it, back over the addressee, the article and the length ("gave Nigeria's
  // federal government a seven-day"); "rejected the Hamas ultimatum" issues none
  let k = ts - 1;
  while (k > sen.tokStart && !verbs.test(tokens[k]!.lower) && ts - k < 10) k--;
  if (!S.length || !verbs.test(tokens[k]!.lower)) return "stop";
  // the addressee: between the verb and the noun, or after "to" ("to the federal government of Nigeria")
  let from = k + 1;
  // (a pattern that ends on its "to", "14 days to", has the demand's "to" read)
  let q = tokens[te - 1]?.lower === "to" ? te - 1 : te;
  if (tokens[te]?.lower === "to") {
    from = te + 1;
    q = te + 1;
    while (q < sen.tokEnd && q < te + 10 && !(tokens[q]!.lower === "to" && chunkAt[q + 1]! < 0 && tokens[q + 1]?.kind === "word" && !tokens[q + 1]!.cap && tokens[q + 1]!.lower !== "the") && !STRONG_BREAK.has(tokens[q]!.lower) && tokens[q]!.text !== ",") q++;
  }
  const addressee = chunks.findIndex((c) => c.start >= from && c.end <= (tokens[te]?.lower === "to" ? q : ts));
  const targets = addressee >= 0 ? heads(ctx, [addressee], S).filter((x) => !S.some((y) => sameSide(x, y) || ownSide(ctx, y, x))) : [];
  if (addressee >= 0 && !targets.length) return "stop";
  // the demand: "to" and a verb ("to reverse the increase")
  const verb = tokens[q]?.lower === "to" && tokens[q + 1]?.kind === "word" && !tokens[q + 1]!.cap && tokens[q + 1]!.lower !== "the" ? q + 1 : -1;
  // (time given names both: "gave the talks two more days" gives no one anything to do)
  if (verbs === GIVES && (addressee < 0 || verb < 0)) return "stop";
  const end = verb >= 0 ? demandEnd(ctx, verb, sen.tokEnd) : -1;
  const what = verb >= 0 && end > verb ? ctx.a.text.slice(tokens[verb]!.start, tokens[end - 1]!.end).trim() : undefined;
  recordDemands(ctx, match, S, targets, what);
  return "stop";
}

/** Verbs that issue an ultimatum ("issued a seven-day ultimatum", "gave Israel an ultimatum"). */
const ISSUES_ULTIMATUM = /^(gave|give|gives|giving|given|handed|hands|served|serves|sent|sends|issued|issues|issuing|set|sets|delivered|delivers|presented|presents)$/;
/** Verbs that give time to act ("gave Israel 48 hours to respond"). */
const GIVES = /^(gave|give|gives|giving|given)$/;

/** The participle of a letter's request ("wrote to X asking for"). */
const ASKING = /^(asking|urging|calling|demanding|requesting|pressing|seeking|imploring)$/;

/**
 * Records what each of `sources` demands: of each of `targets`, or of no one named when there is none (an
 * article pass gives that demand the other side).
 */
function recordDemands(ctx: ArticleContext, match: RuleMatch, sources: readonly Actor[], targets: readonly Actor[], what: string | undefined, cameo: string = CAMEO.DEMAND): void {
  for (const source of sources) {
    if (!targets.length) ctx.demands.push({ source, target: undefined, rule: match.rule, sent: match.s, at: ctx.at, cameo, what: what || undefined, ...(match.unnamedAddressee ? { unnamed: true } : {}), ...(match.holdouts ? { holdouts: true } : {}) });
    for (const target of targets) ctx.demands.push({ source, target, rule: match.rule, sent: match.s, at: ctx.at, cameo, what: what || undefined });
  }
}

/**
 * The demand of a condition ("until Israel ends the war", "only if Israel agrees"): the actor opening the
 * clause after the trigger (over "the") is its addressee, the clause its wording. Always "stop".
 */
function demandUntil(ctx: ArticleContext, match: RuleMatch, S: Actor[]): "stop" {
  const { tokens, chunks, chunkAt } = ctx;
  const { te, sen } = match;
  const at = tokens[te]?.lower === "the" ? te + 1 : te;
  const ci = chunkAt[at] ?? -1;
  if (ci < 0 || (chunks[ci]!.start !== at && chunks[ci]!.start !== te)) return "stop";
  const targets = heads(ctx, [ci], S).filter((x) => !S.some((y) => sameSide(x, y) || ownSide(ctx, y, x)));
  if (!S.length || !targets.length) return "stop";
  const end = demandEnd(ctx, te, sen.tokEnd);
  const what = end > te ? ctx.a.text.slice(tokens[te]!.start, tokens[end - 1]!.end).trim() : undefined;
  recordDemands(ctx, match, S, targets, what);
  return "stop";
}

/**
 * "Cuba demanded that it be removed from the list", "he insisted that he be heard": a that-clause about
 * the demander itself names no addressee, and the article's other side is no better guess. Marks the
 * match so; always "continue".
 */
function aboutItself(ctx: ArticleContext, match: RuleMatch): "continue" {
  const { tokens } = ctx;
  const { te, S } = match;
  const w = tokens[te]?.lower ?? "";
  if (tokens[te - 1]?.lower !== "that" || !S.length) return "continue";
  if (S.every((x) => x.type === "Person") ? /^(he|she)$/.test(w) : w === "it") match.unnamedAddressee = true;
  else if (passiveAfterSubject(ctx, te)) match.unnamedAddressee = match.passiveClause = true;
  return "continue";
}

/**
 * "that Morsi be reinstated", "that the detainees be freed": the clause's subject (an actor's chunk or
 * a name of up to three words) is followed by a passive "be" ("be released", "be immediately freed").
 */
function passiveAfterSubject(ctx: ArticleContext, te: number): boolean {
  const { tokens, chunks, chunkAt } = ctx;
  const ci = chunkAt[te] ?? -1;
  let k = ci >= 0 ? chunks[ci]!.end : te;
  if (ci < 0) while (k < te + 3 && tokens[k]?.kind === "word" && tokens[k]!.cap) k++;
  if (tokens[k]?.lower !== "be") return false;
  const verb = tokens[/ly$/.test(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1]?.lower ?? "";
  return /(ed|en)$/.test(verb) || IRREGULAR_PAST.has(verb);
}

/** "are pressing on with efforts to", "pushed on with the talks": going on with something, asking no one. */
function goesOnWith(ctx: ArticleContext, { ts, te }: RuleMatch): boolean {
  const { tokens } = ctx;
  return /^(press|push)/.test(tokens[ts]!.lower) && tokens[ts + 1]?.lower === "on" && /^(with|regardless)$/.test(tokens[ts + 2]?.lower ?? "") && te <= ts + 3;
}

/** "called on the Maulana at his residence": a call on persons, with no "to" or "for" asking anything, is a visit (rule "called-on"). */
function courtesyCall(ctx: ArticleContext, match: RuleMatch): boolean {
  return /^call/.test(ctx.tokens[match.ts]!.lower) && ctx.tokens[match.te - 1]?.lower === "on" && visitedPersons(ctx, match.obj, match.sen);
}

/** "Jalili called that first meeting 'a turning point'": "called that" naming a thing, no call that someone act. */
function namedThat(ctx: ArticleContext, { ts, te, sen }: RuleMatch): boolean {
  const { tokens } = ctx;
  if (!/^call/.test(tokens[ts]!.lower) || tokens[te - 1]?.lower !== "that") return false;
  // a quoted name or "a"/"an" within the few words after "that" before any verb of the clause
  for (let k = te; k < te + 5 && k < sen.tokEnd; k++) if (tokens[k]!.text === '"' || tokens[k]!.text === "“" || /^(a|an)$/.test(tokens[k]!.lower)) return k > te;
  return false;
}

/** Refinements keyed by rule id. */
const HOOKS: Record<string, MatchHook> = {
  "call-for": (ctx, match) => (goesOnWith(ctx, match) || courtesyCall(ctx, match) || namedThat(ctx, match) || (/^insist/.test(ctx.tokens[match.ts]!.lower) && ctx.tokens[match.te - 1]?.lower === "that" && insistsOnAFact(ctx, match.te, match.sen.tokEnd)) ? "stop" : aboutItself(ctx, match)),
  "demanded-verb": aboutItself,
  // ("Morocco insisted throughout that it was not offering a plan": a fact insisted on, as for "call-for")
  "insisted-then-that": (ctx, match) => (/^insist/.test(ctx.tokens[match.ts]!.lower) && insistsOnAFact(ctx, match.te, match.sen.tokEnd) ? "stop" : aboutItself(ctx, match)),
  // ("had asked that there be none": what there should be, of no one the clause names)
  "asked-that": (ctx, match) => (ctx.tokens[match.te]?.lower === "there" ? "stop" : aboutItself(ctx, match)),
  // "Washington expected Caracas to take concrete steps" demands; "he expected ETA to respond within
  // days" forecasts: a person's expectation is read as a forecast
  // ("the company would now ask the two states to": a modal before an adverb, as before "ask" itself)
  "ask-to": (ctx, { ts }) => (MODALS.test(ctx.tokens[ts - 2]?.lower ?? "") && /^(now|also|then|later|soon|first)$/.test(ctx.tokens[ts - 1]?.lower ?? "") ? "stop" : "continue"),
  "urged-to": (ctx, { ts, S }) => (/^expect/.test(ctx.tokens[ts]!.lower) && S.every((x) => x.type === "Person") ? "stop" : "continue"),
  // "asked the ministry for comment": a reporter's question, not a demand
  "asked-for": (ctx, { toAt }) => (/^(comment|comments|anonymity|details|clarification|information|an interview)$/.test(ctx.tokens[toAt + 1]?.lower ?? "") ? "stop" : "continue"),
  // "I want to thank Mr. Simpson", "we want to stress": the speaker's own courtesy, not a demand
  // ("We want to thank", "we want to see what can be done", "we need to know whether": courtesy and
  // open questions, no demand)
  "speaker-wants": (ctx, { te }) => {
    const { tokens } = ctx;
    if (tokens[te]?.lower !== "to") return "continue";
    const verb = tokens[te + 1]?.lower ?? "";
    const question = /^(see|know|understand|learn|find|hear)$/.test(verb) && /^(what|whether|how|if|where|who|why|when|out)$/.test(tokens[te + 2]?.lower ?? "");
    return COURTESY_VERBS.has(verb) || question ? "stop" : "continue";
  },
  // "X would not negotiate with the RSF until they withdrew": a negation earlier in the clause, an actor
  // opening the clause after "until" ("until next week" is a time); X demands of that actor
  "not-until": (ctx, match) => {
    const { tokens } = ctx;
    const { ts, sen } = match;
    let neg = -1;
    for (let k = ts - 1; k >= sen.tokStart && k > ts - 14; k--) {
      const w = tokens[k]!.lower;
      if (w === "not" || w === "never" || w === "n't") {
        neg = k;
        break;
      }
      if (STRONG_BREAK.has(w) || w === ",") return "stop";
    }
    if (neg < 0) return "stop";
    let v = neg - 1;
    while (v > sen.tokStart && PRE_GAP_AUX.test(tokens[v]!.lower)) v--;
    return demandUntil(ctx, match, heads(ctx, subjectBefore(ctx, v + 1, sen.tokStart)));
  },
  // "Hamas will release the hostages only if Israel ...": the sentence's opening subject sets the condition
  "only-if": (ctx, match) => {
    const { tokens, chunks } = ctx;
    const { ts, sen } = match;
    const oi = chunks.findIndex((c) => c.sent === match.s && c.start <= sen.tokStart + 2);
    const opener = oi >= 0 ? chunks[oi]! : undefined;
    if (!opener || opener.end > ts) return "stop";
    for (let k = opener.end; k < ts; k++) if (STRONG_BREAK.has(tokens[k]!.lower) || tokens[k]!.text === ",") return "stop";
    // "Qatar said Hamas would release them only if ...": the condition is another actor's
    if (chunks.some((c) => c.sent === match.s && c.start >= opener.end && c.end <= ts && c.head.actor.key !== opener.head.actor.key)) return "stop";
    return demandUntil(ctx, match, heads(ctx, [oi]));
  },
  // "told Tehran it must halt enrichment", "told Kyiv it had to withdraw": the demand starts after the modal
  "told-must": (ctx, match) => {
    const { tokens, chunks } = ctx;
    if (!match.obj.length) return "stop";
    let k = chunks[match.obj[match.obj.length - 1]!]!.end;
    if (tokens[k]?.lower === "that") k++;
    if (!/^(it|they|he|she)$/.test(tokens[k]?.lower ?? "")) return "stop";
    const modal = tokens[k + 1]?.lower ?? "";
    if (/^(must|should)$/.test(modal)) match.toAt = k + 1;
    else if (/^(has|have|had|needs|need|needed)$/.test(modal) && tokens[k + 2]?.lower === "to") match.toAt = k + 2;
    else return "stop";
    return "continue";
  },
  // "issued a seven-day ultimatum to the federal government to reverse the increase", "gave the government
  // a 48-hour ultimatum to end the strike": the addressee after "to" or between the verb and the noun, the
  // demand after the "to" of a verb
  "ultimatum-to": (ctx, match) => ultimatum(ctx, match, ISSUES_ULTIMATUM),
  // "gave the government 14 days to implement the agreement": time given to act is an ultimatum too
  "gave-days-to": (ctx, match) => ultimatum(ctx, match, GIVES),
  // "set Ramaphosa's removal as a condition for any talks with the ANC": the words before "as" are the
  // demand; its addressee is the first other-side actor after the trigger, else the other side
  "set-as-condition": (ctx, match) => {
    const { tokens } = ctx;
    const { ts, te, sen, S } = match;
    // the demand ends before "as a condition", or before "a condition" ("made the repayment a condition")
    let as = ts + 1;
    while (as < te && tokens[as]!.lower !== "as") as++;
    if (as >= te && /^(a|the|its|their)$/.test(tokens[te - 2]!.lower)) as = te - 2;
    if (!S.length || as <= ts + 1 || as >= te) return "stop";
    const what = ctx.a.text.slice(tokens[ts + 1]!.start, tokens[as - 1]!.end).trim();
    const targets = addresseesIn(ctx, S, te, demandEnd(ctx, te, sen.tokEnd));
    recordDemands(ctx, match, S, targets, what);
    return "stop";
  },
  // "said any deal must ...", "said a lasting agreement should ...": a settlement noun, then "must"/"should"
  "said-deal-must": (ctx, { te }) => {
    const { tokens } = ctx;
    let k = te;
    while (/^(any|a|an|the|final|lasting|permanent|new|eventual|future|comprehensive|durable)$/.test(tokens[k]?.lower ?? "")) k++;
    return SETTLEMENT.test(tokens[k]?.lower ?? "") && /^(must|should)$/.test(tokens[k + 1]?.lower ?? "") ? "continue" : "decline";
  },
  // "wrote to X in November asking for Y": the demand starts after the participle ("wrote to X, urging
  // them to" is the urging rules' to read)
  "wrote-to-asking": (ctx, match) => {
    const { tokens, chunks } = ctx;
    if (!match.obj.length) return "stop";
    let p = chunks[match.obj[match.obj.length - 1]!]!.end;
    for (let gap = 0; p < match.sen.tokEnd && gap < 5 && !ASKING.test(tokens[p]!.lower); gap++, p++) if (!isDateWord(tokens[p]!) && !/^(in|on|last|this|earlier)$/.test(tokens[p]!.lower)) return "stop";
    if (!ASKING.test(tokens[p]?.lower ?? "")) return "stop";
    let to = p + 1;
    if (tokens[to]?.lower === "on") to++;
    match.toAt = /^(it|them|him|her)$/.test(tokens[to]?.lower ?? "") && tokens[to + 1]?.lower === "to" ? to + 1 : p;
    return "continue";
  },
  // '"Israel must stop the bombing," X said': X demands of the subject; outside a quotation it is no demand
  "quoted-must": (ctx, match) => {
    const q = ctx.quotations.find((x) => x.open < match.ts && match.ts < x.close);
    const targets = q ? match.S.filter((x) => x.key !== q.speaker.key && !sameSide(x, q.speaker) && !ownSide(ctx, q.speaker, x)) : [];
    if (!q || !targets.length) return "stop";
    const end = demandEnd(ctx, match.te, Math.min(match.sen.tokEnd, q.close));
    // "a bilateral issue that the two countries must resolve": a relative clause on a noun, its verb's
    // object the noun before it, tells what the issue is, not what anyone demands
    if (ctx.tokens.slice(match.te, end).filter((t) => t.kind === "word").length === 1 && onNounBefore(ctx, match)) return "stop";
    const what = end > match.te ? ctx.a.text.slice(ctx.tokens[match.te]!.start, ctx.tokens[end - 1]!.end).trim() : undefined;
    recordDemands(ctx, match, [q.speaker], targets, what);
    return "stop";
  },
};

const MODALS = /^(will|would|could|can|may|might|must|should|shall|to)$/;

/** Words before "that" that take a clause ("insisted that", "made clear that"), not a noun's relative clause. */
const CLAUSE_TAKERS = /^(said|says|say|insist|insists|insisted|believe|believes|believed|think|thinks|thought|know|knows|knew|clear|agree|agreed|agrees|demand|demands|demanded|stress|stressed|hope|hopes|hoped|feel|feels|felt|warn|warned|mean|means|is|was|and|but|so)$/;

/** Whether the match's subject opens a relative clause on a noun ("an issue that the two countries must"). */
function onNounBefore(ctx: ArticleContext, match: RuleMatch): boolean {
  const at = match.subj.length ? ctx.chunks[match.subj[0]!]!.start : -1;
  const marker = ctx.tokens[at - 1]?.lower;
  const before = ctx.tokens[at - 2];
  return (marker === "that" || marker === "which") && !!before && before.kind === "word" && !before.cap && !CLAUSE_TAKERS.test(before.lower);
}

export function applyDemands(ctx: ArticleContext, match: RuleMatch): ApplyResult {
  const hooked = HOOKS[match.rule.id]?.(ctx, match);
  if (hooked === "decline") return "declined";
  if (hooked === "stop") return;
  const { rule, s, ts, sen, S, O } = match;
  const { tokens } = ctx;
  // "..., a demand pressed by X and by Y": the actors after the trigger make the demand stated before
  // it, whose addressee is left unsaid
  if (rule.args === "obj") {
    if (!O.length) return;
    const what = ctx.a.text
      .slice(tokens[sen.tokStart]!.start, tokens[Math.max(sen.tokStart, ts - 1)]!.start)
      .replace(/[\s,;:–—-]+(a|an|the)?\s*$/i, "")
      .trim();
    recordDemands(ctx, match, O, [], what);
    return;
  }
  if (!S.length) return;
  let te = match.te;
  if (rule.unlessAfter) {
    // "refused to sign unless the Serbs handed back ...": the condition after "unless" is the demand
    let u = te;
    while (u < sen.tokEnd && u < te + 16 && !/^(unless|until)$/.test(tokens[u]!.lower) && tokens[u]!.text !== ";" && !SPEECH.has(tokens[u]!.lower)) u++;
    if (u >= sen.tokEnd || !/^(unless|until)$/.test(tokens[u]!.lower)) return;
    te = u + 1;
  }
  // ("demanded $10.5 billion", "called for the release of ...": a thing demanded, not a clause)
  const thing = match.toAt < 0 && !/^(that|on|to)$/.test(tokens[te - 1]?.lower ?? "") && !/^(that|to)$/.test(tokens[te]?.lower ?? "");
  const end = demandEnd(ctx, te, sen.tokEnd, rule.args === "possessor", thing);
  // ("urged the United States and France, which sponsored the agreement, to press Israel ...": the
  // demand runs from its "to", past the relative clause that ended the object)
  const whatEnd = match.toAt > end ? demandEnd(ctx, match.toAt, sen.tokEnd) : end;
  const whatText = rule.whatInTrigger ? ctx.a.text.slice(tokens[ts + 1]!.start, tokens[te - 1]!.end) : demandText(ctx, match, te, whatEnd);
  // ("demanded that his bloc keep the Energy Ministry": the demander's own side acts; no one is addressed)
  const byOwnSide = ownSideActs(ctx, te);
  if (byOwnSide) match.unnamedAddressee = true;
  let targets = rule.noAddressee || match.passiveClause || byOwnSide ? [] : addresseesOf(ctx, match, te, end);
  const cameo = /cease-?fire|truce|halt|stop/i.test(whatText) ? CAMEO.DEMAND_CEASEFIRE : /release|free|freeing|prisoner|hostage|withdraw/i.test(whatText) ? CAMEO.DEMAND_RELEASE : CAMEO.DEMAND;
  // "X demanded that Riyadh pay ..., and called for the reopening of ...": a coordinated demand
  // without its own addressee keeps the one before it in the sentence
  if (!targets.length && /^(and|but)$/.test(tokens[ts - 1]?.lower ?? "")) {
    for (let d = ctx.demands.length - 1; d >= 0 && ctx.demands[d]!.sent === s; d--)
      if (ctx.demands[d]!.target && S.some((x) => x.key === ctx.demands[d]!.source.key)) {
        targets = [ctx.demands[d]!.target!];
        break;
      }
  }
  const what = whatText || undefined;
  recordDemands(ctx, match, S, targets, what, cameo);
}

/** Whether the that-clause at token te opens with a possessive pronoun and a noun that name no actor ("that his bloc keep"). */
function ownSideActs(ctx: ArticleContext, te: number): boolean {
  const { tokens, chunkAt } = ctx;
  const first = tokens[te]?.lower === "that" ? te + 1 : te;
  if (tokens[first - 1]?.lower !== "that" || !/^(his|her|its|their|our|my)$/.test(tokens[first]?.lower ?? "")) return false;
  return tokens[first + 1]?.kind === "word" && chunkAt[first]! < 0 && chunkAt[first + 1]! < 0 && chunkAt[first + 2]! < 0;
}

/**
 * The demand in the article's words, without its complementiser: what follows the "to" of "urged Iran
 * to" or "called on the international community to", else the clause after the trigger.
 */
function demandText(ctx: ArticleContext, match: RuleMatch, te: number, end: number): string {
  const { tokens } = ctx;
  // "urged Moscow not to hold ...": the refusal asked for keeps its "not to"
  const negated = match.toAt > 0 && /^(not|never)$/.test(tokens[match.toAt - 1]!.lower);
  let from = match.toAt >= 0 ? (negated ? match.toAt - 1 : match.toAt + 1) : te;
  // "Russia's conditions include Ukraine's neutrality", "Hamas's demands are a ceasefire and ...": the complement
  if (match.rule.args === "possessor" && /^(is|are|was|were|include|includes|included|remain|remains|remained)$/.test(tokens[te]?.lower ?? "")) from = te + 1;
  if (match.toAt < 0 && tokens[te - 1]?.lower === "on") {
    // ("called on Kiir's government to sign": over a possessive too; "on right-wing lawmakers to")
    for (let q = te; q < end && q < te + 8 && (tokens[q]!.kind === "word" || /^['’]s?$/.test(tokens[q]!.text) || (tokens[q]!.text === "-" && !tokens[q]!.space)); q++)
      if (tokens[q]!.lower === "to") {
        from = q + 1;
        break;
      }
  }
  // a dash or comma that closed the demand's clause is no part of it
  return end > from ? unquoted(ctx.a.text.slice(tokens[from]!.start, tokens[end - 1]!.end).replace(/^(that|for|on)\s+/i, "").replace(/[\s,;:—–-]+$/, "").trim()) : "";
}

/** An auxiliary right after a one- or two-word noun phrase from `k` ("allies have", "own allies had"). */
function ownClauseVerbAt(tokens: readonly Token[], k: number): boolean {
  for (let q = k + 1; q <= k + 2; q++) if (/^(has|have|had|was|were|is|are|will|would)$/.test(tokens[q]?.lower ?? "")) return true;
  return false;
}

/** 'urged them to "seek reconciliation"': a demand quoted whole is its words without the quote marks. */
function unquoted(what: string): string {
  const m = /^["“]([^"“”]*?)[.,]?["”]$/.exec(what);
  if (m) return m[1]!.trim();
  // ('called on all sides "to act responsibly."': the quotation opened before "to"; its close goes too)
  const tail = /^([^"“”]+?)[.,]?["”]$/.exec(what);
  return tail ? tail[1]!.trim() : what;
}

/** Words that open a new clause after a comma, ending the demand ("..., saying ...", "..., which ..."). */
const CLAUSE_AFTER_COMMA = /^(said|says|saying|adding|added|according|which|who|whom|whose|while|whereas|but|because|although|though|after|before|following|as|when|where|warning|arguing|noting|stressing|insisting|calling|urging|describing|accusing|vowing|and|or|a|an)$/;

/** The closing quote of the quoted phrase opened at `open`, within the sentence, or -1. */
function closingQuote(tokens: readonly Token[], open: number, sentEnd: number): number {
  for (let q = open + 1; q < sentEnd && q < open + 30; q++) {
    const t = tokens[q]!;
    if (t.text === "”" || (t.text === '"' && !t.space)) return q;
    if (t.text === '"' || t.text === "“") return -1;
  }
  return -1;
}

/**
 * ", the foreign minister added", ", officials said": an attribution within five words after a comma,
 * or within eleven when at most two of them are lower-case;
 * ", its president, Bruce Mac Master, tells local radio": over a named speaker's commas (nine tokens).
 */
function attributionAhead(tokens: readonly Token[], from: number): boolean {
  const possessed = /^(its|his|her|their)$/.test(tokens[from]?.lower ?? "");
  // ", Foreign Office spokeswoman Mumtaz Zahra Baloch said": a titled speaker's name is long, but
  // capitalised; a clause of its own is mostly lower-case words
  let lower = 0;
  for (let q = from; q < from + (possessed ? 10 : 12) && q < tokens.length; q++) {
    const t = tokens[q]!;
    if (SPEECH.has(t.lower)) return true;
    if ((t.kind !== "word" && !(possessed && t.text === ",")) || t.sent !== tokens[from]!.sent) return false;
    if (!t.cap) lower++;
    if (q >= from + 6 && !possessed && lower > 2) return false;
  }
  return false;
}

/** A "to" within `n` tokens from `from`, before the clause ends. */
function toWithin(tokens: readonly Token[], from: number, end: number, n: number): boolean {
  for (let q = from; q < Math.min(end, from + n); q++) {
    if (tokens[q]!.lower === "to") return true;
    if (tokens[q]!.text === "," || tokens[q]!.text === ";") return false;
  }
  return false;
}

/**
 * The end (exclusive) of the demand that starts at te: the end of its clause, at a semicolon, a full
 * stop, a closing quote, or a comma that opens another clause ("..., saying ...", ", and signed ...").
 */
/**
 * A verb right after a comma: the sentence's own predicate resuming after a relative clause ("X, who had
 * urged them to submit to arbitration, welcomed the deal") or a participle clause (", promising that
 * ..."), which the demand does not hold (", including ..." it does).
 */
function predicateAfterComma(tokens: readonly Token[], k: number): boolean {
  // ("..., whose president has urged FIFA to expel Russia, has welcomed the stand": an auxiliary and a
  // participle close the relative clause the demand sits in)
  if (/^(has|have|had)$/.test(tokens[k]?.lower ?? "") && /(ed|en)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.kind === "word") return true;
  const t = tokens[k]!;
  if (t.kind !== "word" || t.cap || t.lower.length <= 4 || ELABORATING.test(t.lower)) return false;
  if (t.lower.endsWith("ing")) return true;
  // a finite verb takes its object ("welcomed the deal"); a participle describing the demand does not
  // ("Kosovo's independence, declared in 2008")
  return (t.lower.endsWith("ed") || IRREGULAR_PAST.has(t.lower)) && /^(the|a|an|its|their|his|her|that|it|them|him)$/.test(tokens[k + 1]?.lower ?? "");
}
/** Participles that go on with the demand (", including ...", ", starting with ..."). */
const ELABORATING = /^(including|starting|beginning|notably|especially|particularly|namely)$/;

/**
 * Where the demand that starts at te ends. `subjectNoun`: the demand is named as a sentence's subject
 * ("The ELN's demand that ..."); `thing`: what is demanded is a thing, not a clause ("demanded $10.5 billion").
 */
function demandEnd(ctx: ArticleContext, te: number, sentEnd: number, subjectNoun = false, thing = false): number {
  const { tokens } = ctx;
  let k = te;
  while (k < sentEnd && k < te + 45) {
    const t = tokens[k]!;
    // "The ELN's demand that Colombia suspend operations was rejected": a demand named as the subject
    // ends where the sentence's own verb starts (not a relative clause's: "who were arrested")
    if (subjectNoun && k > te + 1 && STATING.has(t.lower) && !/^(who|which|that)$/.test(tokens[k - 1]!.lower)) break;
    // a quoted phrase inside the demand ('to "negotiate in good faith"', '"unshackle" Network Rail')
    // belongs to it; a quotation's closing quote ends it
    if ((t.text === '"' && (t.space || k === te)) || t.text === "“") {
      const close = closingQuote(tokens, k, sentEnd);
      if (close > k) {
        k = close + 1;
        // 'called on Republicans to "stop holding the economy hostage," said ...': the attribution after it is not
        if (SPEECH.has(tokens[k]?.lower ?? "")) break;
        // ('called on the party "to respect the values our family shares," and several parties said': a
        // quotation closed on its comma ends the demand)
        if (tokens[close - 1]?.text === "," && tokens[k]?.lower === "and") break;
        continue;
      }
    }
    if (t.text === ";" || t.text === "." || t.text === ":" || t.text === '"' || t.text === "”") break;
    if (k > te + 2 && /^(but|while|whereas|because)$/.test(t.lower)) break;
    // "had demanded $10.5 billion when the president seized its stake": after a demanded thing, a time
    // clause dates the demand ("demanded that they leave when the truce begins" keeps its own)
    if (k > te && /^(when|after|since)$/.test(t.lower) && thing && (t.lower === "when" || ctx.chunkAt[k + 1]! >= 0 || /^(the|it|he|she|they|we)$/.test(tokens[k + 1]?.lower ?? ""))) break;
    if (k > te && t.lower === "and" && NEXT_PREDICATE.has(tokens[k + 1]?.lower ?? "")) break;
    // "... a 10 percent pay cut and had not ruled out closing plants": the speaker's own auxiliary
    if (k > te && t.lower === "and" && /^(had|has|have)$/.test(tokens[k + 1]?.lower ?? "") && /^(not|also|already|never|since)$|ed$/.test(tokens[k + 2]?.lower ?? "")) break;
    // '... government," and his allies have spent the week ...': "and" opening a clause with a subject of its own
    if (k > te && t.lower === "and" && /^(his|her|its|their)$/.test(tokens[k + 1]?.lower ?? "") && ownClauseVerbAt(tokens, k + 2)) break;
    // "calls on the armed groups to respect X and on the international community to ...": the next addressee's demand
    if (k > te && t.lower === "and" && tokens[k + 1]?.lower === "on" && toWithin(tokens, k + 2, sentEnd, 8)) break;
    // a comma before a word that opens another clause ("..., saying ...", ", and the text leaves it");
    // wire copy has no serial comma, so ", and" ends a list of demands only rarely; an appositive after
    // the demand (", a condition that ...", ", whom it regards as ...") or an attribution (", the
    // minister added") ends it too
    // "to allow Raif Badawi, Samar Badawi's brother, who completed his sentence, to travel to Canada": an
    // appositive on a name the demand holds, after which the demand's own infinitive resumes
    const named = ctx.chunkAt[k - 1]! >= 0 || (tokens[k - 1]!.kind === "word" && tokens[k - 1]!.cap);
    const resumes = k > te && t.text === "," && named ? infinitiveAfterAppositive(tokens, k, sentEnd) : -1;
    if (resumes > 0) {
      k = resumes;
      continue;
    }
    const asWellAs = tokens[k + 1]?.lower === "as" && tokens[k + 2]?.lower === "well" && tokens[k + 3]?.lower === "as";
    // "to give the region a special status, written into its constitution, and to grant an amnesty": a
    // second infinitive of the same demand
    const andTo = /^(and|or)$/.test(tokens[k + 1]?.lower ?? "") && (tokens[k + 2]?.lower === "to" || (tokens[k + 2]?.lower === "not" && tokens[k + 3]?.lower === "to"));
    if (k > te + 2 && t.text === "," && !asWellAs && !andTo && (CLAUSE_AFTER_COMMA.test(tokens[k + 1]?.lower ?? "") || tokens[k + 1]?.kind !== "word" || attributionAhead(tokens, k + 1) || predicateAfterComma(tokens, k + 1))) break;
    k++;
  }
  return k;
}

/** The "to" of ", to <verb>" that closes an appositive opened by the comma at k (within 30 tokens), or -1. */
function infinitiveAfterAppositive(tokens: readonly Token[], k: number, sentEnd: number): number {
  for (let q = k + 2; q < Math.min(sentEnd - 2, k + 30); q++) {
    const t = tokens[q]!;
    if (/^[;:."“”]$/.test(t.text)) return -1;
    if (t.text === "," && tokens[q + 1]!.lower === "to" && tokens[q + 2]!.kind === "word" && !tokens[q + 2]!.cap) return q + 1;
  }
  return -1;
}

/**
 * The addressees the demand names: every object of "urged X and Y to" or "urged both sides to" on the
 * other side, else the first other-side actor in the demand [te, end).
 */
function addresseesOf(ctx: ArticleContext, match: RuleMatch, te: number, end: number): Actor[] {
  const { rule, S, O } = match;
  if (rule.objThenTo || rule.objThenMust || match.toAt >= 0) {
    // ("call on the National Assembly of Viet Nam to ratify it": a legislature is a party of its own to its state's executive)
    const objects = O.filter((x) => !S.some((y) => sameSideIn(ctx, x, y)) || (x.type === "Group" && LEGISLATURE.test(x.name) && !S.some((y) => y.key === x.key || LEGISLATURE.test(y.name))));
    if (objects.length) return objects;
    // ("urged lawmakers to back Brazil": the people named are the addressee, not an actor in the demand;
    // but "urged negotiators on both sides to": the sides they are of)
    if (match.unnamedAddressee && match.toAt >= 0) return addresseesIn(ctx, S, te, Math.min(end, match.toAt));
  }
  return addresseesIn(ctx, S, te, end);
}

/** The first actor in [te, end) that is not on the demander's side ("both sides": the two parties). */
function addresseesIn(ctx: ArticleContext, S: Actor[], te: number, end: number): Actor[] {
  const { tokens, chunks, chunkAt, m, lex } = ctx;
  for (let q = te; q < end; q++) {
    const ci = chunkAt[q]!;
    if (ci < 0) {
      // "demanded that Washington lift ...", "that the text commit Kinshasa to ...": a capital that acts
      // in the demand stands for its state ("the reopening of Sanaa airport" names a place)
      const pi = m.placeAt[q]!;
      const pl = pi >= 0 ? m.places[pi]! : undefined;
      const acts = tokens[q - 1]?.lower === "that" || /^(to|must|should)$/.test(tokens[pl ? pl.end : q]?.lower ?? "");
      if (pl?.state && acts && lex.states.get(pl.state)?.capitals.includes(pl.name) && !S.some((y) => y.state === pl.state)) return [stateActor(ctx, pl.state)];
      continue;
    }
    if (chunks[ci]!.pair) return heads(ctx, [ci], S);
    let act = chunks[ci]!.head.actor;
    // (nor a person the demand counts among those it is about: "the release of detained activists, including Samar Badawi")
    if (act.type === "Person" && /^(on|of|for|against|to|about|including)$/.test(tokens[chunks[ci]!.start - 1]?.lower ?? "")) {
      q = chunks[ci]!.end - 1;
      continue;
    }
    // "Biden insisted that Congress raise the ceiling": a legislature is a party of its own to its
    // state's executive
    if (act.type === "Group" && LEGISLATURE.test(act.name) && !/^(in|to|before|by|through|from|of|at)$/.test(tokens[chunks[ci]!.start - (tokens[chunks[ci]!.start - 1]?.lower === "the" ? 2 : 1)]?.lower ?? "") && !S.some((x) => x.key === act.key || ctx.personAffil.get(x.key)?.has(act.key) || LEGISLATURE.test(x.name))) return [act];
    // "the withdrawal of the Israeli military": the addressee is the state, unless the article
    // treats the force itself as the party (Sudan's army against the RSF)
    if (act.type === "Group" && act.state && lex.states.has(act.state)) {
      const st = stateActor(ctx, act.state);
      if ((ctx.freq.get(st.key)?.n ?? 0) >= (ctx.freq.get(act.key)?.n ?? 0)) act = st;
    }
    if (!S.some((x) => sameSideIn(ctx, x, act) || ownSide(ctx, x, act))) {
      // "demanded that Australia and New Zealand allow": the subjects of the clause, listed
      if (tokens[chunks[ci]!.start - 1]?.lower !== "that") return [act];
      const listed = heads(ctx, listFrom(ctx, ci, 1), S).filter((x) => !S.some((y) => sameSideIn(ctx, y, x) || ownSide(ctx, y, x)));
      return listed.length > 1 && listed[0]!.key === chunks[ci]!.head.actor.key ? listed : [act];
    }
    // "the State Great Khural had called on the government to": a legislature's demand of its own state's executive
    if (act.type === "State" && S.length && S.every((x) => x.type === "Group" && LEGISLATURE.test(x.name) && x.state === act.state)) return [act];
    q = chunks[ci]!.end - 1;
  }
  return [];
}
