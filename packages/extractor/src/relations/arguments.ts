// Reading a trigger's arguments: the list of chunks before it (its subject) and after it (its object),
// over the words that may stand between, and places that stand for their state.
import type { Token } from "../nlp/wink.js";
import type { Actor } from "../recognize/model.js";
import { capitalSeat } from "../recognize/capitals.js";
import { DESCRIPTORS, HONORIFICS, KIN_NOUNS, RANK_WORDS, TITLE_MODIFIERS, VENUE_NOUNS } from "../recognize/words.js";
import { stateActor } from "./context.js";
import {
  ACTOR_PEOPLE_NOUNS,
  APPOSITIVE_ADJ,
  CLAUSE_BREAK,
  DELEG_NOUNS,
  DURATION_NOUNS,
  DURATION_WORDS,
  GLUE,
  IRREGULAR_PAST,
  MEDIATOR_ROLE,
  STRONG_BREAK,
  NEGATION,
  OBJ_GAP,
  PARTY_ADJECTIVES,
  PEOPLE_NOUNS,
  PLACE_WORDS,
  PRE_GAP,
  SPEECH,
  isAdverb,
  isDateWord,
} from "./gap-words.js";
import { chunkBeforeClause, listFrom } from "./lists.js";
import { verbForms } from "./rules/inflect.js";
import type { ArticleContext, Chunk } from "./model.js";

/** Words after a comma that open a parenthetical the subject search may skip. */
const PARENTHETICAL_OPENER = /^(which|who|whose|a|an|the|also|along|together|in|on|at|after|before|since|until|despite|for|like|unlike|as|led|headed|accompanied|backed|supported|joined|represented|(?!includ|exclud)[a-z]{3,}ing)$/;


/**
 * The token of the body a chunk right before the verb only describes, or -1: "envoys of the Boko Haram
 * faction loyal to Abubakar Shekau met" (the faction), "The China Chamber of Commerce to the EU has
 * urged" (a body named with whom it is accredited to).
 */
function describedBodyBefore(ctx: ArticleContext, c: Chunk, sentStart: number): number {
  const { tokens, chunks, chunkAt } = ctx;
  if (tokens[c.start - 1]?.lower === "to" && /^(loyal|allied|close|linked|affiliated|aligned)$/.test(tokens[c.start - 2]?.lower ?? "")) {
    let q = c.start - 3;
    while (q > sentStart && q > c.start - 6 && chunkAt[q]! < 0 && tokens[q]!.kind === "word" && !tokens[q]!.cap) q--;
    if (q >= sentStart && chunkAt[q]! >= 0) return q;
  }
  const to = c.start - (tokens[c.start - 1]?.lower === "the" ? 2 : 1);
  if (tokens[to]?.lower === "to" && to - 1 >= sentStart && chunkAt[to - 1]! >= 0 && chunks[chunkAt[to - 1]!]!.head.actor.type === "Group") return to - 1;
  return -1;
}

/** Words that join a gerund to its clause, whose subject is the gerund's ("met both sides before bringing them together"). */
const GERUND_LINKS = new Set(["before", "after", "while", "without"]);

/**
 * A gerund joined to the clause before it ("The judges met both sides before bringing"): its subject is
 * that clause's, named or not. (Not a clause that opens the sentence: "Speaking to reporters after
 * meeting Kerry, Netanyahu said" has its subject after it; nor a sentence opening with a quotation,
 * '"...," Mora said after chairing the meeting', whose subject is the speaker's.)
 */
export function linkedGerund(ctx: ArticleContext, ts: number, sentStart: number): boolean {
  const { tokens } = ctx;
  const first = tokens[sentStart]!.lower;
  return ts - 1 > sentStart && GERUND_LINKS.has(tokens[ts - 1]!.lower) && tokens[ts]!.lower.endsWith("ing") && !first.endsWith("ing") && !GERUND_LINKS.has(first) && !/^(in|on|at|during|upon|following|as|when|["“'‘])$/.test(first);
}

/** Whether the trigger at ts is a participle right after a comma, in a sentence no participle, subordinator or quotation opens. */
function participleAfterComma(ctx: ArticleContext, ts: number, sentStart: number): boolean {
  const { tokens } = ctx;
  const start = mainClauseStart(ctx, ts, sentStart);
  const first = tokens[start]!.lower;
  return ts - 1 > start + 2 && tokens[ts - 1]!.text === "," && /ing$/.test(tokens[ts]!.lower) && !first.endsWith("ing") && !OPENERS.test(first);
}

/** Words that open a phrase or clause before the main clause ("On Monday, ...", "After the talks, ..."). */
const OPENERS = /^(in|on|at|during|upon|following|as|when|after|before|while|if|["“'‘])$/;
/**
 * Where the main clause starts: after a short time or place phrase and its comma ("On Monday, Canada
 * invoked ..., asking Washington to"), else at the sentence's start.
 */
function mainClauseStart(ctx: ArticleContext, ts: number, sentStart: number): number {
  const { tokens, chunkAt } = ctx;
  if (!/^(on|in|at|during|following|after)$/.test(tokens[sentStart]!.lower)) return sentStart;
  for (let k = sentStart + 1; k < sentStart + 6 && k < ts - 1; k++) {
    if (tokens[k]!.text === ",") return k + 1;
    // (the phrase holds no actor: "In Doha, ..." is a place, "After Hamas replied, ..." a clause)
    if (chunkAt[k]! >= 0) return sentStart;
  }
  return sentStart;
}

/**
 * "The court met both sides separately before bringing them together": the subject of the clause a
 * gerund hangs on, when a chunk opens the sentence (within its first three tokens); none otherwise, as
 * the chunks between are the clause's objects.
 */
function gerundSubject(ctx: ArticleContext, ts: number, sentStart: number): number[] {
  const start = mainClauseStart(ctx, ts, sentStart);
  for (let k = start; k < start + 3 && k < ts; k++) if (ctx.chunkAt[k]! >= 0) return listFrom(ctx, ctx.chunkAt[k]!, 1);
  return [];
}

/** Documents whose words are their authors' ("a resolution demanding", "a letter urging"). */
const DOCUMENT_NOUNS = /^(resolution|resolutions|motion|statement|letter|declaration|communiqué|communique|petition|bill|decree|note|memo|memorandum|appeal|ultimatum|proclamation|op-ed)$/;
/** Verbs by which a body puts a document out ("passed a motion", "issued a statement"). */
const ISSUE_VERBS = new Set("adopt pass issue release send sign publish approve table deliver write unveil".split(" ").flatMap(verbForms));

/**
 * "Spain's parliament passed a non-binding motion urging the government to": the verb that put out the
 * document a participle trigger at token ts hangs on (or the speech verb before "in a statement"), whose
 * subject is the trigger's; -1 when none.
 */
function documentIssuedBy(ctx: ArticleContext, ts: number, sentStart: number): number {
  const { tokens, chunkAt } = ctx;
  if (!tokens[ts]!.lower.endsWith("ing") || !DOCUMENT_NOUNS.test(tokens[ts - 1]?.lower ?? "")) return -1;
  // (over the document's article and plain modifiers: "a strongly worded joint statement", "a non-binding motion")
  let k = ts - 2;
  while (k > sentStart && k > ts - 7 && chunkAt[k]! < 0 && !ISSUE_VERBS.has(tokens[k]!.lower) && tokens[k]!.lower !== "in" && ((tokens[k]!.kind === "word" && !tokens[k]!.cap) || tokens[k]!.text === "-")) k--;
  // ("the EU said in a statement calling on Serbia to": the speaker of the statement)
  if (tokens[k]?.lower === "in" && k - 1 >= sentStart && SPEECH.has(tokens[k - 1]!.lower)) return k - 1;
  return k >= sentStart && ISSUE_VERBS.has(tokens[k]!.lower) ? k : -1;
}

/** The subject list of a trigger at token ts, or []. */
/**
 * The subject a clause's shape gives before any reading back: a gerund's or a participle's after a comma
 * (the opening subject's: "Kozak held talks with A and then with B, acting as a go-between"), a
 * document's author, the writer of a letter to someone set off by commas; undefined when none applies.
 */
function subjectOfClauseShape(ctx: ArticleContext, ts: number, sentStart: number): number[] | undefined {
  if (linkedGerund(ctx, ts, sentStart)) return gerundSubject(ctx, ts, sentStart);
  const opener = participleAfterComma(ctx, ts, sentStart) ? gerundSubject(ctx, ts, sentStart) : [];
  if (opener.length) return opener;
  const issued = documentIssuedBy(ctx, ts, sentStart);
  if (issued >= 0) return subjectBefore(ctx, issued, sentStart);
  return setOffAddressee(ctx, ts, sentStart);
}

export function subjectBefore(ctx: ArticleContext, ts: number, sentStart: number): number[] {
  const { tokens, chunks, chunkAt, m } = ctx;
  const early = subjectOfClauseShape(ctx, ts, sentStart);
  if (early) return early;
  let k = ts - 1;
  let gap = 0;
  while (k >= sentStart) {
    if (chunkAt[k]! >= 0) {
      const c = chunks[chunkAt[k]!]!;
      const described = describedBodyBefore(ctx, c, sentStart);
      if (described >= 0) {
        k = described;
        continue;
      }
      // "Macron and Merkel wrote to Putin to urge him to": the one written to is the infinitive's object
      const addressed = infinitiveAfterObject(ctx, c, ts, sentStart);
      if (addressed) return addressed;
      const list = listFrom(ctx, chunkAt[k]!, -1);
      return invitersOf(ctx, list, ts) ? [] : list;
    }
    const t = tokens[k]!;
    // "Gerardo Blyde, who leads ...", "Qatar and Egypt, which have mediated ..."
    // "George Mitchell, the former Senate majority leader who has chaired ...": "who" right after a person's chunk
    if (t.lower === "who" && k - 1 >= sentStart && chunkAt[k - 1]! >= 0 && chunks[chunkAt[k - 1]!]!.head.actor.type === "Person") return [chunkAt[k - 1]!];
    // "George Mitchell, the former Senate majority leader who has chaired": over the rest of the title
    if (t.lower === "who" && tokens[k - 1]?.text !== ",") {
      const person = personBeforeTitleTail(ctx, k, sentStart);
      if (person >= 0) return [person];
    }
    if (amongOthersAt(tokens, k, sentStart)) {
      k -= 4;
      continue;
    }
    // "Sen. Bernie Sanders, I-Vt., called for": over a party tag set off by commas after the subject
    const tagStart = t.text === "," ? partyTagStart(tokens, k) : -1;
    if (tagStart > sentStart && chunkAt[tagStart - 1]! >= 0) {
      k = tagStart - 1;
      continue;
    }
    // "Sen. Lindsey Graham (R-S.C.) urged": over a parenthesis right after the subject
    if (t.text === ")") {
      let open = k - 1;
      while (open > sentStart && open > k - 9 && tokens[open]!.text !== "(" && tokens[open]!.text !== ")") open--;
      if (open >= sentStart && tokens[open]!.text === "(" && open - 1 >= sentStart && chunkAt[open - 1]! >= 0) {
        k = open - 1;
        continue;
      }
    }
    // "the Academy of Medical Royal Colleges, whose leaders urged": the body whose people act
    if (ACTOR_PEOPLE_NOUNS.has(t.lower) && tokens[k - 1]?.lower === "whose" && gap === 0) {
      k--;
      continue;
    }
    if ((t.lower === "who" || t.lower === "which" || (t.lower === "whose" && k === ts - 2)) && tokens[k - 1]?.text === "," && k - 2 >= sentStart) {
      const ante = relativeAntecedent(ctx, k, sentStart);
      if (ante) return ante;
    }
    // "the head of Egypt's intelligence service, Hassan Rashad, had met": the name set off by commas ends
    // its title phrase's chunk, and the comma after it closes the apposition
    if (t.text === "," && gap <= 2 && k - 1 >= sentStart && chunkAt[k - 1]! >= 0 && (namedLast(chunks[chunkAt[k - 1]!]!) || namedAfterOpeningTitle(ctx, chunkAt[k - 1]!, sentStart))) return listFrom(ctx, chunkAt[k - 1]!, -1);
    const described = t.text === "," && gap <= 2 ? bodyAfterOpeningNoun(ctx, k, sentStart) : -1;
    if (described >= 0) return [described];
    if (t.text === ",") {
      // "Several EU countries, led by Germany, had asked": the named leader of an unnamed many (or one
      // named among them, ", including X,")
      const leader = gap <= 2 ? leaderOfMany(ctx, k, sentStart) : -1;
      if (leader >= 0) return [leader];
      const over = overComma(ctx, k, sentStart, gap);
      if (typeof over === "number") {
        k = over;
        gap++;
        continue;
      }
      if (over === "step") {
        k--;
        continue;
      }
      return over;
    }
    if (DURATION_NOUNS.has(t.lower)) {
      // "Russia had for years pressed", "Qatar, for its part, urged": over the whole time phrase
      const from = durationStart(ctx, k, sentStart);
      if (from >= 0) {
        gap += k - from;
        k = from - 1;
        if (gap > 8) return [];
        continue;
      }
    }
    // "Senator Chuck Grassley of Iowa had urged": a person's home place after "of" or "from"
    const home = personBeforeHomePlace(ctx, k, sentStart);
    if (home >= 0) {
      k = chunks[home]!.end - 1;
      continue;
    }
    // "travelled to Baghdad several times to mediate", "spent weeks in Vienna negotiating": over a count of
    // times or a place adverbial
    const adjunct = adverbialStart(ctx, k);
    if (adjunct >= 0) {
      gap += k - adjunct + 1;
      k = adjunct - 1;
      if (gap > 8) return [];
      continue;
    }
    // "Lonmin management sat across the table", "the Hamas leadership said": an actor's people after its name
    if (ACTOR_PEOPLE_NOUNS.has(t.lower) && k - 1 >= sentStart && chunkAt[k - 1]! >= 0 && gap === 0) {
      k--;
      continue;
    }
    // "The World Food Programme and other agencies have urged", "Qatar and others": the one named acts
    const others = t.kind === "word" && !t.cap ? (t.lower === "others" ? k - 1 : tokens[k - 1]?.lower === "other" && tokens[k - 2]?.lower === "and" ? k - 2 : companionsStart(tokens, k, sentStart)) : -1;
    if (others > sentStart && tokens[others]!.lower === "and" && chunkAt[others - 1]! >= 0) {
      k = others - 1;
      continue;
    }
    // "Mr Musyoka has since asked": "since" as an adverb after an auxiliary opens no clause
    const adverbSince = t.lower === "since" && /^(has|have|had)$/.test(tokens[k - 1]?.lower ?? "");
    if (CLAUSE_BREAK.has(t.lower) && !adverbSince) return [];
    if (adverbSince) {
      k--;
      if (++gap > 8) return [];
      continue;
    }
    if (PRE_GAP.has(t.lower) && NEGATION.has(t.lower)) return [];
    if (gap === 0 && k > ts - 4 && timeWordAt(tokens, k)) {
      k--;
      continue;
    }
    if (PRE_GAP.has(t.lower) || isAdverb(t) || m.titleAt[k]! >= 0 || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || GLUE.has(t.lower) || isDateWord(t)) {
      k--;
      if (++gap > 8) return [];
      continue;
    }
    return [];
  }
  return [];
}

/** People who come along with the one named: "his delegation", "two other bishops", "her aides". */
const COMPANION_NOUNS = new Set([...PEOPLE_NOUNS, ...DELEG_NOUNS, "aides", "advisers", "advisors", "colleagues", "bishops", "priests", "clerics", "elders", "members", "lawyers", "entourage", "deputies"]);
/**
 * Where "and" stands before companions ending at token k ("and his delegation", "and two other bishops",
 * "and three of his ministers"), or -1: a possessive or "other" marks them as the named one's own.
 */
function companionsStart(tokens: readonly Token[], k: number, sentStart: number): number {
  // ("and three other bishops of the state": over what they are of)
  const of = tokens[k - 1]?.lower === "of" ? k - 1 : tokens[k - 2]?.lower === "of" && tokens[k - 1]?.lower === "the" ? k - 2 : -1;
  if (of > 0 && tokens[k]!.kind === "word" && !COMPANION_NOUNS.has(tokens[k]!.lower)) k = of - 1;
  if (!COMPANION_NOUNS.has(tokens[k]!.lower)) return -1;
  let q = k - 1;
  let own = false;
  while (q > sentStart && q > k - 5 && tokens[q]!.lower !== "and") {
    const w = tokens[q]!;
    if (/^(his|her|their|its|other)$/.test(w.lower)) own = true;
    else if (!(w.kind === "number" || /^(two|three|four|five|six|several|some|of|senior|top|fellow)$/.test(w.lower))) return -1;
    q--;
  }
  return own && tokens[q]?.lower === "and" ? q : -1;
}

/**
 * The subject a relative pronoun at k (after a comma) stands for: the chunk before the comma, over a
 * closing parenthesis ("... (UNSMIL), who chaired") or a title trailing it ("Josep Borrell, the EU's
 * foreign policy chief, who ..."), with the list it ends; undefined when no chunk stands there.
 */
function relativeAntecedent(ctx: ArticleContext, k: number, sentStart: number): number[] | undefined {
  const { tokens, chunks, chunkAt, m } = ctx;
  let q = k - 2;
  while (q > sentStart && chunkAt[q]! < 0 && q > k - 8 && (tokens[q]!.text === ")" || m.titleAt[q]! >= 0 || GLUE.has(tokens[q]!.lower) || TITLE_MODIFIERS.has(tokens[q]!.lower))) q--;
  const c = chunkAt[q]!;
  if (c < 0) return undefined;
  // "Martin Kobler, the UN special envoy for Libya, who took over": the "who" is the person the
  // appositive describes, not the state named inside it
  const person = tokens[k]!.lower === "who" ? appositiveOwner(ctx, c, sentStart) : -1;
  if (person >= 0) return [person];
  // ("an agreement between Brazil and PAHO, which acts as intermediary": a verb of one is of the last named)
  const v = tokens[k + 1];
  const singular = !!v && v.kind === "word" && (/^(is|was|has)$/.test(v.lower) || (/[^s]s$/.test(v.lower) && v.lower.length > 3 && v.lower !== "does"));
  const list = listFrom(ctx, c, -1);
  return singular && list.length > 1 && chunks[c]!.head.actor.type !== "Person" ? [c] : list;
}

/** ("wrote to his Thai counterpart, Prayut, to urge him"): the one written to, set off by commas before the infinitive's "to", as its object. */
function setOffAddressee(ctx: ArticleContext, ts: number, sentStart: number): number[] | undefined {
  const { tokens, chunks, chunkAt } = ctx;
  const setOff = tokens[ts - 1]?.lower === "to" && tokens[ts - 2]?.text === "," && ts - 3 >= sentStart ? chunkAt[ts - 3]! : -1;
  return setOff >= 0 ? infinitiveAfterObject(ctx, chunks[setOff]!, ts, sentStart) : undefined;
}

/** "The National Pork Producers Council, among others, urged": ", among others," closing at the comma at k. */
function amongOthersAt(tokens: readonly Token[], k: number, sentStart: number): boolean {
  return tokens[k]!.text === "," && tokens[k - 1]?.lower === "others" && tokens[k - 2]?.lower === "among" && tokens[k - 3]?.text === "," && k - 4 >= sentStart;
}

/**
 * A day at token k ("yesterday", "Monday", "on Monday"): right before a verb, no gap between the subject's
 * closing comma and the verb ("X and his counterpart, President Y, yesterday witnessed").
 */
function timeWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return isDateWord(t) || /^(yesterday|today|tonight)$/.test(t.lower) || (t.lower === "on" && !!tokens[k + 1] && isDateWord(tokens[k + 1]!));
}

const AUXILIARY = new Set("will would could should may might must can am is are was were has have had".split(" "));
/** Verbs that report a clause, besides SPEECH ("insisted the talks", "believes Hamas"). */
const REPORTING = /^(insisted|insists|warned|warns|stressed|stresses|argued|argues|believes|believed|noted|notes|hoped|hopes|thinks|thought|acknowledged|confirmed|reported|reports|suggested|claimed|claims|explained|replied|recalled|conceded|admitted|estimated|feared|fears)$/;
/** Prepositions before a chunk that make it an object, never the subject ("talks with Berri and"). */
const BEFORE_OBJECT = /^(with|to|between|from|by|for|of|on|in|at|against|and|or|than|as|about|over|toward|towards|into|via)$/;

/**
 * The subject of the predicate that the "and" (or "but") at token k joins: the chunk that opens the first
 * predicate ("X flew to Doha and met Y", "X has visited Cairo twice but refused ..."), or a person
 * before an open "who" ("X, who flew to Beirut and held talks"); [] when the clause shows none.
 */
export function coordinatedSubject(ctx: ArticleContext, k: number, sentStart: number): number[] {
  const { tokens, chunks, chunkAt } = ctx;
  let closedWho = false;
  for (let q = k - 1; q >= sentStart && q > k - 30; q--) {
    const t = tokens[q]!;
    // ('told the envoy that problems "should be solved through dialogue" and urged': over a short quotation)
    const open = /^["”]$/.test(t.text) ? quoteOpening(tokens, q, sentStart) : -1;
    if (open >= 0) {
      q = open;
      continue;
    }
    if (STRONG_BREAK.has(t.lower)) return [];
    if (t.text === "," && (tokens[q + 1]?.lower === "who" || tokens[q + 1]?.lower === "which")) {
      // an open relative clause holds the first predicate; one closed before the "and" is skipped
      if (!closedWho) return subjectBefore(ctx, q + 2, sentStart);
      closedWho = false;
      continue;
    }
    if (t.text === ",") closedWho = true;
    const ci = chunkAt[q]!;
    if (ci < 0) continue;
    const c = chunks[ci]!;
    q = c.start;
    if (BEFORE_OBJECT.test(tokens[c.start - 1]?.lower ?? "") && c.start - 1 >= sentStart) continue;
    // ("The Adviser ..., Mr. Sartaj Aziz, thanked ... and urged": the predicate after the appositive's closing comma)
    const apposed = tokens[c.end]?.text === "," && (tokens[c.start - 1]?.text === "," || (tokens[c.start - 2]?.text === "," && HONORIFICS.has(tokens[c.start - 1]!.text)));
    if (!opensPredicate(ctx, apposed ? c.end + 1 : c.end, k)) continue;
    // "X said the United States would judge it ... and called on Russia": a reported clause's subject
    // may not be the speaker's; better none
    const before = tokens[c.start - 1]?.lower === "that" ? c.start - 2 : c.start - 1;
    if (before >= sentStart && (SPEECH.has(tokens[before]!.lower) || REPORTING.test(tokens[before]!.lower))) return [];
    // "Speaking at the United Nations General Assembly ..., Henry defended ... and called on": the
    // subject after an opening participle's comma, not a list with the place the participle names
    const opener = tokens[sentStart]!;
    if (tokens[c.start - 1]?.text === "," && opener.cap && /ing$/.test(opener.lower)) return [ci];
    return listFrom(ctx, ci, -1);
  }
  return [];
}

/** Modals of a reported clause, which a past-tense verb after it does not continue ("said Israel must lift ... and asked"). */
const REPORTED_MODAL = /^(must|should|would|will|could|can|shall)$/;

/**
 * "Rajoub told reporters that Israel must lift the restrictions": when the subject `idx` opens a clause
 * that a verb of speech reports (over its hearers before "that") and whose verb is a modal, the speaker's
 * list (the subject before that verb); else undefined. (Not after "had": "Osifo said the unions had
 * demanded a review and insisted that" goes on in the unions' clause.)
 */
export function speakerOfReportedClause(ctx: ArticleContext, idx: readonly number[], sentStart: number): number[] | undefined {
  const { tokens, chunks } = ctx;
  const first = Math.min(...idx.map((ci) => chunks[ci]!.start));
  const last = Math.max(...idx.map((ci) => chunks[ci]!.end));
  if (!REPORTED_MODAL.test(tokens[last]?.lower ?? "")) return undefined;
  const reports = (k: number) => k > sentStart && (SPEECH.has(tokens[k]!.lower) || REPORTING.test(tokens[k]!.lower));
  let verb = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  if (tokens[verb]?.lower === "that") for (verb--; verb > first - 8 && !reports(verb) && tokens[verb]?.kind === "word"; ) verb--;
  return reports(verb) ? subjectBefore(ctx, verb, sentStart) : undefined;
}

/** Verbs of contact whose object does not do what the infinitive after it says ("wrote to X to urge him"). */
const CONTACT_VERBS = /^(wrote|writes|written|phoned|phones|telephoned|called|calls|rang|met|meets|visited|visits|contacted|contacts|summoned|summons|spoke|speaks|turned|turns)$/;

/**
 * "X wrote to Putin to urge him to", "X phoned Sisi to ask him to": when the chunk `c` right before the
 * infinitive's "to" is the object of a verb of contact (with or without its preposition), the infinitive's
 * subject is that verb's subject: its list, or [] when none stands within reach; undefined when `c`
 * is no such object.
 */
function infinitiveAfterObject(ctx: ArticleContext, c: Chunk, ts: number, sentStart: number): number[] | undefined {
  const { tokens, chunks, chunkAt, m } = ctx;
  // the object ends right before the infinitive's "to", before ", to" when a name is set off, or before
  // the comma of a participle ("had written to Prayut, asking him to")
  // ("had written to Mbete asking her to": with no comma too)
  const participle = /^(asking|urging|calling|pressing|requesting|imploring)$/.test(tokens[ts]?.lower ?? "");
  const end = participle ? (tokens[ts - 1]?.text === "," ? ts - 1 : ts) : tokens[ts - 1]?.lower !== "to" ? -1 : tokens[ts - 2]?.text === "," ? ts - 2 : ts - 1;
  if (end < 0 || c.end !== end) return undefined;
  let q = c.start - 1;
  // ("wrote twice to his Thai counterpart, Prayut Chan-o-cha, to urge him": over the title the name is set off after)
  while (q > sentStart && q > c.start - 6 && (/^(his|her|their|its|the|,|counterpart)$/.test(tokens[q]!.lower) || m.titleAt[q]! >= 0 || (chunkAt[q]! >= 0 && chunks[chunkAt[q]!]!.head.via === "demonym"))) q--;
  if (/^(to|with)$/.test(tokens[q]?.lower ?? "")) q--;
  while (q > sentStart && /^(twice|again|also|personally|directly|repeatedly|separately)$/.test(tokens[q]!.lower)) q--;
  if (q < sentStart || !CONTACT_VERBS.test(tokens[q]!.lower)) return undefined;
  q--;
  while (q >= sentStart && q > c.start - 6 && (PRE_GAP.has(tokens[q]!.lower) || isAdverb(tokens[q]!)) && tokens[q]!.lower !== "to") q--;
  return q >= sentStart && chunkAt[q]! >= 0 ? listFrom(ctx, chunkAt[q]!, -1) : [];
}

/** Verbs of travel before "to" and a place ("flew to Doha to meet"). */
const TRAVELLED = /^(returned|flew|travelled|traveled|went|came|headed|rushed|drove|sailed|hurried|raced)$/;

/** The opening quotation mark (within twelve words) of the quotation the mark at `close` closes, or -1. */
function quoteOpening(tokens: readonly Token[], close: number, sentStart: number): number {
  for (let q = close - 2; q >= sentStart && q > close - 14; q--) if (/^["“]$/.test(tokens[q]!.text)) return q;
  return -1;
}

/** A verb in a finite form starts at token from (after auxiliaries and adverbs), before token k. */
function opensPredicate(ctx: ArticleContext, from: number, k: number): boolean {
  const { tokens } = ctx;
  let aux = false;
  let q = from;
  while (q < k && (PRE_GAP.has(tokens[q]!.lower) || isAdverb(tokens[q]!))) {
    if (AUXILIARY.has(tokens[q]!.lower)) aux = true;
    q++;
  }
  const v = tokens[q];
  if (!v || q >= k || v.kind !== "word" || v.cap || NEGATION.has(v.lower)) return false;
  return aux || IRREGULAR_PAST.has(v.lower) || (v.lower.endsWith("ed") && v.lower.length > 4);
}

/** Words that open a duration phrase: "for years", "in recent weeks", "had spent weeks mediating". */
const DURATION_OPENER = /^(for|in|over|during|spent|spend|spends|spending)$/;

/**
 * Where the duration phrase ending with the noun at token k starts ("for years", "in recent weeks",
 * "for the past two years", "for its part"), or -1 when the words before the noun do not open one.
 */
/**
 * Where an adverbial ending at token k starts: a count of times ("several times"), or a place after "in"
 * or "at", or a trip's destination with its verb ("returned to Havana", "went to Baghdad and Najaf"); -1.
 */
function adverbialStart(ctx: ArticleContext, k: number): number {
  const { tokens, m } = ctx;
  const times = frequencyStart(ctx, k);
  if (times >= 0) return times;
  if (m.placeAt[k]! < 0) return -1;
  const from = placeListStart(ctx, m.placeAt[k]!);
  if (/^(in|at)$/.test(tokens[from - 1]?.lower ?? "")) return from - 1;
  return tokens[from - 1]?.lower === "to" && TRAVELLED.test(tokens[from - 2]?.lower ?? "") ? from - 2 : -1;
}

/** Where a count of times ending at token k starts ("twice", "several times", "three times"), or -1. */
function frequencyStart(ctx: ArticleContext, k: number): number {
  const { tokens } = ctx;
  if (/^(twice|thrice|repeatedly)$/.test(tokens[k]!.lower)) return k;
  if (tokens[k]!.lower !== "times") return -1;
  const count = tokens[k - 1];
  return count && (count.kind === "number" || /^(several|many|few|multiple|numerous|two|three|four|five|six|seven|eight|nine|ten)$/.test(count.lower)) ? k - 1 : -1;
}

/** The first token of the list of places that place `pi` ends ("Baghdad and Najaf", "Kigali, Goma and Bukavu"). */
function placeListStart(ctx: ArticleContext, pi: number): number {
  const { tokens, m } = ctx;
  let from = m.places[pi]!.start;
  while (/^(and|,)$/.test(tokens[from - 1]?.text ?? "") && m.placeAt[from - 2]! >= 0) from = m.places[m.placeAt[from - 2]!]!.start;
  return from;
}

function durationStart(ctx: ArticleContext, k: number, sentStart: number): number {
  const { tokens } = ctx;
  let q = k - 1;
  while (q >= sentStart && q > k - 6 && (DURATION_WORDS.has(tokens[q]!.lower) || tokens[q]!.kind === "number") && !DURATION_OPENER.test(tokens[q]!.lower)) q--;
  return q >= sentStart && DURATION_OPENER.test(tokens[q]!.lower) ? q : -1;
}

/**
 * "X, the former United States Senate majority leader who": the person chunk whose title runs up to the
 * "who" at token k (title words, modifiers and up to two plain words), or -1.
 */
function personBeforeTitleTail(ctx: ArticleContext, k: number, sentStart: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  let plain = 0;
  let titled = false;
  for (let q = k - 1; q >= sentStart && q > k - 14; q--) {
    const c = chunkAt[q]!;
    if (c >= 0 && chunks[c]!.head.actor.type === "Person") return titled ? c : -1;
    // the body the title belongs to ("the United States Senate majority leader")
    if (c >= 0) {
      q = chunks[c]!.start;
      continue;
    }
    const t = tokens[q]!;
    // the comma that opens the appositive, right after the person
    if (t.text === ",") {
      const pc = chunkAt[q - 1] ?? -1;
      return titled && pc >= 0 && chunks[pc]!.head.actor.type === "Person" ? pc : -1;
    }
    if (m.titleAt[q]! >= 0 || DESCRIPTORS.has(t.lower)) titled = true;
    else if (!(GLUE.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower)) && !(t.kind === "word" && !t.cap && ++plain <= 2)) return -1;
  }
  return -1;
}

/** Nouns of a proposal made to someone else ("an invitation from Egypt and Qatar to resume talks"). */
const PROPOSAL_NOUNS = /^(invitation|invitations|request|requests|call|calls|offer|offers|proposal|proposals|plan|plans|appeal|appeals|pressure|initiative)$/;

/**
 * "accepted an invitation from Egypt, Qatar and the United States to resume talks with Hamas": the list
 * makes the proposal, the one who accepts it does what follows "to".
 */
function invitersOf(ctx: ArticleContext, list: number[], ts: number): boolean {
  const { tokens, chunks } = ctx;
  if (tokens[ts - 1]?.lower !== "to") return false;
  const first = chunks[list[0]!]!.start;
  return /^(from|by|of)$/.test(tokens[first - 1]?.lower ?? "") && PROPOSAL_NOUNS.test(tokens[first - 2]?.lower ?? "");
}

/**
 * At a comma k on the way back to the subject: a token to go on from (over a parenthetical), "step"
 * (the comma right after a chunk), or the subject found (possibly none).
 */
/**
 * "The head of Hezbollah's bloc, Mohammad Raad, and Berri's political aide, MP Ali Hassan Khalil, met":
 * the person `pc` whose role phrase ends at `roleEnd`, and the person set off by commas before ", and"
 * that opens the role phrase.
 */
function withPersonBefore(ctx: ArticleContext, pc: number, roleEnd: number, sentStart: number): number[] {
  const { tokens, chunks, chunkAt } = ctx;
  let q = roleEnd;
  while (q > sentStart && q > roleEnd - 8 && tokens[q]!.lower !== "and" && tokens[q]!.text !== ",") q--;
  const a = tokens[q]?.lower === "and" && tokens[q - 1]?.text === "," ? chunkAt[q - 2]! : -1;
  // ("Jeremiah Manele, and his Chinese counterpart, Wang Yi, signed": the first person may open the clause)
  if (a >= 0 && chunks[a]!.head.actor.type === "Person" && (tokens[chunks[a]!.start - 1]?.text === "," || opensClause(ctx, chunks[a]!.start, sentStart))) return [a, pc];
  // ("A, who chairs the Georgian commission, and his Azerbaijani counterpart, B, held talks": over A's relative clause)
  const overClause = tokens[q]?.lower === "and" && tokens[q - 1]?.text === "," ? chunkBeforeClause(ctx, pc) : -1;
  if (overClause >= 0 && chunks[overClause]!.head.actor.type === "Person") return [overClause, pc];
  // "At one point, Fehr and Bettman's deputy, Bill Daly, met": a person opening the clause, then "and"
  // and the role of the person set off by commas
  const b = tokens[q]?.lower === "and" ? chunkAt[q - 1]! : -1;
  return b >= 0 && chunks[b]!.head.actor.type === "Person" && opensClause(ctx, chunks[b]!.start, sentStart) ? [b, pc] : [pc];
}

/** Words that open a subordinate clause before its subject ("When A and his counterpart, B, signed"). */
const SUBORDINATORS = /^(when|after|before|as|once|while|since|although|though|if|because)$/;

/**
 * Whether a person's chunk starting at `start` opens its clause: at the sentence's start, after a comma
 * or a subordinator, over its own title and a demonym before it ("Argentine Foreign Minister X").
 */
function opensClause(ctx: ArticleContext, start: number, sentStart: number): boolean {
  const { tokens, chunks, chunkAt, m } = ctx;
  let k = start;
  while (k > sentStart && m.titleAt[k - 1]! >= 0) k--;
  const demonym = k < start && k > sentStart && chunkAt[k - 1]! >= 0 ? chunks[chunkAt[k - 1]!]! : undefined;
  if (demonym?.head.actor.type === "State" && demonym.end === k) k = demonym.start;
  const before = tokens[k - 1];
  return k === sentStart || before?.text === "," || (k - 1 === sentStart && SUBORDINATORS.test(before?.lower ?? ""));
}

/** ", led by X," closing at comma `k` after a plural noun ("EU countries, led by Germany,"): X's chunk, or -1. */
function leaderOfMany(ctx: ArticleContext, k: number, sentStart: number): number {
  const { tokens, chunks, chunkAt } = ctx;
  // (a comma that opens the text has nothing before it)
  const c = k > sentStart ? chunkAt[k - 1]! : -1;
  if (c < 0) return -1;
  // ("Farmers' groups, including the Korean Peasants League, had demanded": the one named among many)
  const start = chunks[c]!.start - (tokens[chunks[c]!.start - 1]?.lower === "the" ? 1 : 0);
  const including = tokens[start - 1]?.lower === "including" && tokens[start - 2]?.text === ",";
  const open = including ? start - 2 : chunks[c]!.start - 3;
  if (open <= sentStart || tokens[open]!.text !== "," || (!including && (tokens[open + 1]!.lower !== "led" || tokens[open + 2]!.lower !== "by"))) return -1;
  const many = tokens[open - 1]!;
  return many.kind === "word" && !many.cap && /[^s]s$/.test(many.lower) ? c : -1;
}

/** The first token of the clause ", and ..." (or ", but ...") that token `at` stands in, or -1. */
function coordinatedClauseStart(ctx: ArticleContext, at: number, sentStart: number): number {
  const { tokens } = ctx;
  for (let q = at; q > sentStart + 1 && q > at - 12; q--) {
    if (/^(and|but)$/.test(tokens[q]!.lower) && tokens[q - 1]!.text === ",") return q + 1;
  }
  return -1;
}

/**
 * Whether tokens [sentStart, end] are a title phrase and nothing else: words, the bodies it names and an
 * acronym in parentheses, with a title among them ("Ryanair's chief people officer", "The president of
 * the Socialist Party (PS)").
 */
function titlePhraseOpensSentence(ctx: ArticleContext, end: number, sentStart: number): boolean {
  const { tokens, chunkAt, m } = ctx;
  if (end - sentStart > 12) return false;
  let title = false;
  // ("The US Assistant Secretary of State for South and Central Asia": the title's tail of capitalised
  // words after "for", "of" or "to", joined by "and")
  let tail = false;
  for (let q = sentStart; q <= end; q++) {
    const t = tokens[q]!;
    if (title && m.titleAt[q]! < 0 && /^(for|of|to)$/.test(t.lower)) tail = true;
    if (tail && ((t.kind === "word" && t.cap) || m.placeAt[q]! >= 0 || /^(and|the|for|of|to)$/.test(t.lower))) continue;
    if (m.titleAt[q]! >= 0 || DESCRIPTORS.has(t.lower) || MEDIATOR_ROLE.test(t.lower)) title = true;
    else if (!(chunkAt[q]! >= 0 || GLUE.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || /^[()]$/.test(t.text) || (t.kind === "word" && (!t.cap || /^\p{Lu}[\p{Lu}0-9-]{1,7}$/u.test(t.text))))) return false;
    if (t.kind === "word" && (PRE_GAP.has(t.lower) || SPEECH.has(t.lower) || CLAUSE_BREAK.has(t.lower))) return false;
  }
  return title;
}

/** Auxiliaries and adverbs between a subject's appositive and its verb ("had earlier", "has also"). */
const AUXILIARY_ADVERBS = new Set(["had", "has", "have", "was", "were", "is", "are", "will", "would", "earlier", "also", "later", "then", "again", "previously", "reportedly", "already", "now", "once", "since", "separately"]);

function overComma(ctx: ArticleContext, k: number, sentStart: number, gap: number): number | "step" | number[] {
  const { tokens, chunks, chunkAt, m } = ctx;
  // "Turkey, which regards the YPG, the backbone of the SDF, as an offshoot of the PKK, has demanded":
  // the sentence opens with its subject and a relative clause that runs to this comma
  if (gap <= 3) {
    const opener = relativeClauseOpener(ctx, k, sentStart);
    if (opener >= 0) return listFrom(ctx, opener, -1);
    // ("Tetsu Nozaki, head of the Fukushima federation, had earlier told": over auxiliaries and adverbs)
    if (gap === 0 || tokens.slice(k + 1, k + 1 + gap).every((t) => AUXILIARY_ADVERBS.has(t.lower))) {
      const person = appositiveOpener(ctx, k, sentStart);
      if (person >= 0) return [person];
    }
  }
  // skip a parenthetical: ", which ... ," / ", a White House spokesman," (commas inside a chunk's
  // own appositive do not close it)
  let q = k - 1;
  // a relative clause may hold words that otherwise break a clause ("X, who described his role as that
  // of a facilitator, met Y"): past them only a "who"/"which" clause is skipped
  let breakAt = -1;
  let breaks = 0;
  while (q >= sentStart && q > k - 24 && !(tokens[q]!.text === "," && chunkAt[q]! < 0)) {
    if (CLAUSE_BREAK.has(tokens[q]!.lower)) {
      if (tokens[q]!.kind !== "word") break;
      if (breakAt < 0) breakAt = q;
      breaks++;
    }
    q--;
  }
  // ("Franco, after his swearing-in, called on": a time adverbial set off by commas is no clause of its own)
  const timeAdverbial = breaks === 1 && breakAt === q + 1 && tokens[q]?.text === "," && /^(after|before|since|until)$/.test(tokens[breakAt]!.lower);
  if (breakAt >= 0 && !timeAdverbial && !(q >= sentStart && tokens[q]!.text === "," && /^(who|which)$/.test(tokens[q + 1]?.lower ?? ""))) q = breakAt;
  // "Senator Chuck Grassley of Iowa, the Republican chairman of ..., had urged" ("X, addressing
  // supporters on the square, demanded": a participle's phrase describes the subject too)
  const home = q - 1 >= sentStart && tokens[q]?.text === "," && PARENTHETICAL_OPENER.test(tokens[q + 1]?.lower ?? "") ? personBeforeHomePlace(ctx, q - 1, sentStart) : -1;
  if (home >= 0) return [home];
  // ("In November, Kohzo Tashima, a FIFA official, came": the person after a short opening phrase, whose
  // appositive runs to this comma; not a possessor opening an appositive, "The minister, Ishiba's aide,")
  const opener = q >= sentStart && breakAt < 0 && tokens[q]!.text === "," ? chunkAt[q + 1]! : -1;
  const named = opener >= 0 && chunks[opener]!.start === q + 1 && chunks[opener]!.head.actor.type === "Person" && !/^['’]s?$/.test(tokens[chunks[opener]!.end]?.text ?? "");
  // ("On Monday, A and Japan's ambassador, B, signed": the list the opener begins)
  if (named && afterOpeningPhrase(ctx, q + 1, sentStart)) return listFrom(ctx, opener, 1).filter((ci) => chunks[ci]!.end <= k);
  // ("The Islamic Action Front (IAF), the political arm of ..., called": past the acronym in brackets)
  const bracketed = q - 4 >= sentStart && tokens[q - 1]?.text === ")" && tokens[q - 3]?.text === "(" && chunkAt[q - 1]! < 0;
  const before = bracketed && chunkAt[q - 4]! >= 0 ? q - 4 : q - 1;
  // ("Erna Solberg, of the Conservatives, called on": a person's party or home set off by commas)
  const personOf = tokens[q + 1]?.lower === "of" && before >= sentStart && chunkAt[before]! >= 0 && chunks[chunkAt[before]!]!.head.actor.type === "Person";
  if (q >= sentStart && tokens[q]!.text === "," && (PARENTHETICAL_OPENER.test(tokens[q + 1]?.lower ?? "") || personOf) && before >= sentStart && chunkAt[before]! >= 0) {
    // "X, the UN special envoy for Libya, who took over ..., presided": the person, not Libya
    const person = tokens[q + 1]!.lower === "who" ? appositiveOwner(ctx, chunkAt[before]!, sentStart) : -1;
    return person >= 0 ? [person] : before;
  }
  // "The foreign minister, Moshe Dayan, was received by ...", "the mediator, President X, instead held
  // talks": a person set off by a title or role appositive
  const pc = k - 1 >= sentStart ? chunkAt[k - 1]! : -1;
  // "Ryanair's chief people officer, Eddie Wilson, has insisted": a person's chunk (with its title
  // appositive) that opens the sentence
  // (not across a relative clause: "X, whose government hosted the summit, ...")
  // ("His wife, Anna Corbett, had urged", "In November, X, a FIFA official, came": after a short opening phrase too)
  const opens = pc >= 0 && (chunks[pc]!.start <= sentStart + 1 || afterOpeningPhrase(ctx, chunks[pc]!.start, sentStart) || relativeOfOpener(ctx, chunks[pc]!.start, sentStart));
  if (opens && chunks[pc]!.head.actor.type === "Person" && !/^(who|whose|which)$/.test(tokens[k + 1]?.lower ?? "")) return [pc];
  // (over a form of address or a title before the name: ", MP Ali Hassan Khalil,")
  let open = pc >= 0 ? chunks[pc]!.start - 1 : -1;
  while (open > sentStart && open > (pc >= 0 ? chunks[pc]!.start - 4 : 0) && (HONORIFICS.has(tokens[open]!.text) || m.titleAt[open]! >= 0)) open--;
  if (pc >= 0 && chunks[pc]!.head.actor.type === "Person" && tokens[open]?.text === ",") {
    const before = open - 1;
    const role = tokens[before];
    if (role && before >= sentStart && (m.titleAt[before]! >= 0 || DESCRIPTORS.has(role.lower) || MEDIATOR_ROLE.test(role.lower))) return withPersonBefore(ctx, pc, before, sentStart);
    // "Ryanair's chief people officer, Eddie Wilson, has insisted", "The president of the Socialist Party
    // (PS), Álvaro Elizalde, asked": a title phrase opening the sentence, then the person
    if (before >= sentStart && titlePhraseOpensSentence(ctx, before, sentStart)) return [pc];
    // "..., and the United Nations envoy for Libya, Ghassan Salame, has urged": the same after ", and"
    const clause = coordinatedClauseStart(ctx, before, sentStart);
    if (clause >= 0 && titlePhraseOpensSentence(ctx, before, clause)) return [pc];
  }
  // "Qatar, serving as a mediator"; but "X, the U.S. special envoy for Sudan, met": Sudan ends the
  // person's title appositive, the person is the subject
  if (k - 1 >= sentStart && chunkAt[k - 1]! >= 0 && gap === 0) {
    const person = appositiveOwner(ctx, chunkAt[k - 1]!, sentStart);
    return person >= 0 ? [person] : "step";
  }
  // the same over the name's acronym ("The second union, the Independent Union of Goods Drivers (SIMM),
  // reached")
  const acronymOf = tokens[k - 1]?.text === ")" && tokens[k - 3]?.text === "(" && k - 4 >= sentStart && chunkAt[k - 1]! < 0 ? chunkAt[k - 4]! : -1;
  if (acronymOf >= 0 && gap === 0) {
    const person = appositiveOwner(ctx, acronymOf, sentStart);
    if (person >= 0) return [person];
    // (only a name that is the whole appositive: not "co-chairs of the Coalition (HAC),")
    const from = chunks[acronymOf]!.start;
    if (tokens[from - 1]?.text === "," || (tokens[from - 1]?.lower === "the" && tokens[from - 2]?.text === ",")) return k - 3;
  }
  // "Yariv Levin, Netanyahu's chief coalition negotiator, met", "The SPLM-IO, Machar's movement, wants":
  // the actor before a possessive appositive, not its possessor
  if (gap === 0) {
    const owner = possessiveAppositiveOwner(ctx, k, sentStart);
    if (owner >= 0) return [owner];
  }
  // "A and B, the head of Israel's Mossad spy agency, held talks": descriptive words end the appositive
  if (gap === 0) {
    let j = k - 1;
    while (j > sentStart && j > k - 4 && chunkAt[j]! < 0 && (DESCRIPTORS.has(tokens[j]!.lower) || (tokens[j]!.kind === "word" && !tokens[j]!.cap))) j--;
    if (j < k - 1 && chunkAt[j]! >= 0 && chunks[chunkAt[j]!]!.head.actor.type === "Person") return j;
  }
  if (q < sentStart || q <= k - 24) {
    // "Jorge Rodríguez, the president of ... and the head of ..., signed": the sentence opens with
    // its subject and a long appositive
    for (let x = sentStart; x < sentStart + 3 && x < k; x++)
      if (chunkAt[x]! >= 0) {
        const c = chunks[chunkAt[x]!]!;
        return c.head.actor.type === "Person" && c.end < k ? [chunkAt[x]!] : [];
      }
  }
  return [];
}

/**
 * Whether a short phrase set off by a comma and naming no actor opens the sentence before token `start`:
 * an adverbial ("In November,", "On Monday night,") or the noun the name that follows stands in apposition
 * to ("His wife, Anna Corbett, had urged").
 */
function afterOpeningPhrase(ctx: ArticleContext, start: number, sentStart: number): boolean {
  const { tokens, chunkAt } = ctx;
  if (tokens[start - 1]?.text !== "," || start - 1 - sentStart > 5 || start - 1 - sentStart < 1) return false;
  for (let x = sentStart; x < start - 1; x++) {
    const t = tokens[x]!;
    if (chunkAt[x]! >= 0 || t.text === "," || AUXILIARY.has(t.lower) || SPEECH.has(t.lower) || CLAUSE_BREAK.has(t.lower)) return false;
  }
  return true;
}

/**
 * The chunk before ", <possessor>'s <role words>," ending at the comma at token k ("Yariv Levin,
 * Netanyahu's chief coalition negotiator,", "The SPLM-IO, Machar's movement,"), or -1.
 */
function possessiveAppositiveOwner(ctx: ArticleContext, k: number, sentStart: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  let j = k - 1;
  while (j > sentStart && j > k - 6 && chunkAt[j]! < 0 && tokens[j]!.kind === "word" && (!tokens[j]!.cap || m.titleAt[j]! >= 0 || DESCRIPTORS.has(tokens[j]!.lower))) j--;
  // (the possessor is a chunk inside the sentence: "'s" may open a fragment)
  if (j === k - 1 || j <= sentStart || !/^['’]s$/.test(tokens[j]?.text ?? "") || chunkAt[j - 1]! < 0) return -1;
  const open = chunks[chunkAt[j - 1]!]!.start - 1;
  const pc = open - 1 >= sentStart ? chunkAt[open - 1]! : -1;
  return tokens[open]?.text === "," && pc >= 0 && !chunks[pc]!.pair ? pc : -1;
}

/** The person chunk before "of|from <place>" when token k is in that place ("Senator Chuck Grassley of Iowa"), or -1. */
function personBeforeHomePlace(ctx: ArticleContext, k: number, sentStart: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  const pl = m.placeAt[k]!;
  if (pl < 0) return -1;
  const ps = m.places[pl]!.start;
  const pc = ps - 2 >= sentStart ? chunkAt[ps - 2]! : -1;
  return /^(of|from)$/.test(tokens[ps - 1]?.lower ?? "") && pc >= 0 && chunks[pc]!.head.actor.type === "Person" ? pc : -1;
}

/**
 * The chunk opening the sentence when a relative clause right after it (", which", ", who", ", whose")
 * runs to the comma at token k, before the verb; -1 otherwise.
 */
function relativeClauseOpener(ctx: ArticleContext, k: number, sentStart: number): number {
  const { tokens, chunks, chunkAt } = ctx;
  let first = sentStart;
  while (first < sentStart + 2 && chunkAt[first]! < 0 && /^(the|a|an)$/i.test(tokens[first]!.text)) first++;
  const ci = chunkAt[first]!;
  if (ci < 0 || chunks[ci]!.start !== first) return -1;
  let q = chunks[ci]!.end;
  // "The Regional Indigenous Council of Cauca (CRIC), whose ...": over the acronym's parentheses
  if (tokens[q]?.text === "(" && tokens[q + 2]?.text === ")") q += 3;
  else if (tokens[q]?.text === ")") q++;
  if (tokens[q]?.text !== "," || !/^(who|which|whose)$/.test(tokens[q + 1]?.lower ?? "") || k - q > 40 || k <= q + 3) return -1;
  // a clause after the relative one ("..., is not part of the talks, but its director met") has a subject of its own
  for (let x = q + 2; x < k; x++) {
    const w = tokens[x]!.lower;
    if (STRONG_BREAK.has(w) || (w === "," && /^(and|but|or|while)$/.test(tokens[x + 1]?.lower ?? ""))) return -1;
  }
  return ci;
}

/** A chunk that a title phrase opens and the person's name, set off by a comma, ends ("the Premier of Greenland, Múte B. Egede"), and nothing after. */
function namedLast(c: Chunk): boolean {
  return !!c.titledName && c.head.end === c.end;
}

/**
 * "The head of the OAS observer mission, former Jamaican prime minister Bruce Golding, had urged": a
 * person's chunk set off by commas right after a title phrase that opens the sentence ("The head of ...")
 * and holds no verb.
 */
function namedAfterOpeningTitle(ctx: ArticleContext, ci: number, sentStart: number): boolean {
  const { tokens, chunks, m } = ctx;
  const c = chunks[ci]!;
  let comma = c.start - 1;
  while (comma > sentStart && c.start - comma < 3 && (TITLE_MODIFIERS.has(tokens[comma]!.lower) || APPOSITIVE_ADJ.has(tokens[comma]!.lower))) comma--;
  if (c.head.actor.type !== "Person" || c.head.end !== c.end || tokens[comma]?.text !== "," || comma - sentStart > 14) return false;
  if (tokens[sentStart]!.lower !== "the" || m.titleAt[sentStart + 1]! < 0) return false;
  let of = false;
  for (let x = sentStart + 1; x < comma; x++) {
    const t = tokens[x]!;
    if (t.text === "," || STRONG_BREAK.has(t.lower) || SPEECH.has(t.lower) || AUXILIARY.has(t.lower)) return false;
    if (t.lower === "of") of = true;
  }
  return of;
}

/** Adverbs that may open a sentence before its subject ("Meanwhile the owner, X, has asked"). */
const OPENING_ADVERBS = new Set(["meanwhile", "separately", "earlier", "later", "also", "now", "then"]);

/**
 * "The owner, DM Shipping of Busan, has asked", "Its parent company, Acme, said", "Japan's farm lobby,
 * JA-Zenchu, had urged": a body (or state) set off by commas, with an optional "of <place>", after a short
 * common-noun phrase that opens the sentence and names no actor but its possessor; the body's chunk, or -1.
 */
function bodyAfterOpeningNoun(ctx: ArticleContext, k: number, sentStart: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  let end = k - 1;
  // ("DM Shipping of Busan": a place after "of" ends the apposition)
  const place = m.placeAt[end]!;
  if (place >= 0 && tokens[m.places[place]!.start - 1]?.lower === "of") end = m.places[place]!.start - 2;
  const ci = chunkAt[end] ?? -1;
  if (ci < 0 || chunks[ci]!.end !== end + 1 || chunks[ci]!.head.actor.type === "Person") return -1;
  const comma = chunks[ci]!.start - 1;
  const open = OPENING_ADVERBS.has(tokens[sentStart]!.lower) ? sentStart + 1 : sentStart;
  // ("Japan's farm lobby, JA-Zenchu, had urged": a possessor's name opens the noun's phrase too)
  const possessor = chunkAt[open]! >= 0 ? chunks[chunkAt[open]!]! : undefined;
  const ownedFrom = possessor && possessor.start === open && possessor.head.actor.type !== "Person" && /^['’]s?$/.test(tokens[possessor.end]?.text ?? "") ? possessor.end + 1 : -1;
  if (tokens[comma]?.text !== "," || (ownedFrom < 0 && !/^(the|its|their|his|her)$/.test(tokens[open]?.lower ?? "")) || comma - open > 5 || comma - open < 2) return -1;
  for (let q = ownedFrom >= 0 ? ownedFrom : open + 1; q < comma; q++) if (chunkAt[q]! >= 0 || !(/^['’]s?$/.test(tokens[q]!.text) || (tokens[q]!.kind === "word" && !tokens[q]!.cap && !AUXILIARY.has(tokens[q]!.lower)))) return -1;
  return ci;
}

/**
 * "Jose Adan Aguerri, president of the Superior Council of Private Enterprise (COSEP), the country's
 * main business chamber and until recently an ally of Ortega, urged": the person opening the sentence
 * when a title appositive right after it runs to the comma at token k, before the verb; -1 otherwise.
 */
function appositiveOpener(ctx: ArticleContext, k: number, sentStart: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  const ci = chunkAt[sentStart]!;
  if (ci < 0 || chunks[ci]!.head.actor.type !== "Person") return -1;
  let q = chunks[ci]!.end;
  if (tokens[q]?.text === ")") q++;
  if (tokens[q]?.text !== "," || k - q > 36 || k <= q + 3) return -1;
  // the appositive opens with a title ("president of", "a senior adviser to", "the union's leader"),
  // or the person's chunk has taken in a title appositive already ("X, president of COSEP, the ...")
  let titled = chunks[ci]!.end > chunks[ci]!.head.end;
  for (let x = q + 1; x < q + 5 && x < k && !titled; x++) titled = m.titleAt[x]! >= 0 || DESCRIPTORS.has(tokens[x]!.lower);
  if (!titled) return -1;
  // no verb of its own: an auxiliary, a speech verb or a clause word says a clause, not an appositive
  for (let x = q + 1; x < k; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word" && t.text !== '"') continue;
    if (STRONG_BREAK.has(t.lower) || SPEECH.has(t.lower) || AUXILIARY.has(t.lower) || /^(who|which|whose|did|does|do|been|being)$/.test(t.lower)) return -1;
    if (/^(and|but|or)$/.test(t.lower) && tokens[x - 1]!.text === ",") return -1;
  }
  return ci;
}

/** "Kai Li's son, Harrison Li, has pressed": the relative of the person opening the sentence, named at `start` after a comma. */
function relativeOfOpener(ctx: ArticleContext, start: number, sentStart: number): boolean {
  const { tokens, chunkAt } = ctx;
  if (tokens[start - 1]?.text !== "," || !KIN_NOUNS.has(tokens[start - 2]?.lower ?? "") || !/^['’]s?$/.test(tokens[start - 3]?.text ?? "")) return false;
  const owner = chunkAt[start - 4] ?? -1;
  return owner >= 0 && ctx.chunks[owner]!.start <= sentStart + 1;
}

/** Prepositions between an appositive's title and the body or person it is of. */
const OWNER_PREPOSITION = /^(for|to|of|in|at|on|with|from)$/;
/** A lower-case noun of a body right before its name ("the rights group Licadho"). */
const BODY_NOUN_BEFORE_NAME = /^(group|organisation|organization|union|party|movement|agency|association|charity|network|coalition|alliance|watchdog|think-tank)$/;

/**
 * The person whose title appositive chunk ci ends ("X, the U.S. special envoy for Sudan,": Sudan), or -1:
 * ci follows a preposition after a title or descriptor, and the appositive opens with a comma right
 * after a person.
 */
function appositiveOwner(ctx: ArticleContext, ci: number, sentStart: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  let start = chunks[ci]!.start;
  // "a senior adviser to President Joe Biden, who": over the owner's own title
  while (start - 1 > sentStart && m.titleAt[start - 1]! >= 0 && start > chunks[ci]!.start - 4) start--;
  // ("an investigator with local rights group Licadho, who": over the words that say what the body is)
  if (BODY_NOUN_BEFORE_NAME.test(tokens[start - 1]?.lower ?? "")) {
    let q = start - 2;
    while (q > sentStart && q > start - 5 && tokens[q]!.kind === "word" && !tokens[q]!.cap && !OWNER_PREPOSITION.test(tokens[q]!.lower)) q--;
    if (OWNER_PREPOSITION.test(tokens[q]?.lower ?? "")) start = q + 1;
  }
  if (!OWNER_PREPOSITION.test(tokens[start - 1]?.lower ?? "")) return -1;
  let titled = false;
  let plain = 0;
  for (let q = start - 2; q >= sentStart && q > start - 12; q--) {
    const t = tokens[q]!;
    if (t.text === ",") {
      const pc = chunkAt[q - 1] ?? -1;
      // ("Am Sam Ath, a senior investigator with X, who": an indefinite appositive names what the person is)
      const described = titled || (plain > 0 && /^(a|an)$/.test(tokens[q + 1]?.lower ?? ""));
      return described && pc >= 0 && chunks[pc]!.head.actor.type === "Person" ? pc : -1;
    }
    if (m.titleAt[q]! >= 0 || DESCRIPTORS.has(t.lower)) titled = true;
    // ("a FIFA executive committee member from Japan": a few plain words before the preposition)
    else if (t.kind === "word" && !t.cap && plain < 3 && q === start - 2 - plain) plain++;
    else if (!(chunkAt[q]! >= 0 || GLUE.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower))) return -1;
  }
  return -1;
}

/** "met Home Minister Amit Shah", "Strategic Affairs Minister": capitalised words of a title the gazetteer does not list whole. */
function capitalsBeforeTitle(ctx: ArticleContext, k: number): boolean {
  const { tokens, m } = ctx;
  for (let q = k; q < k + 4; q++) {
    if (m.titleAt[q]! >= 0) return q > k;
    if (!(tokens[q]?.kind === "word" && tokens[q]!.cap && ctx.chunkAt[q]! < 0)) return false;
  }
  return false;
}

/** "the Government of Malaysia", "the government of Ethiopia": the token of the state's chunk after "of", or -1. */
function stateAfterGovernmentOf(ctx: ArticleContext, k: number): number {
  const { tokens, chunks, chunkAt } = ctx;
  const at = tokens[k]?.lower === "the" ? k + 1 : k;
  if (!/^governments?$/.test(tokens[at]?.lower ?? "") || tokens[at + 1]?.lower !== "of") return -1;
  const ci = chunkAt[at + 2]!;
  return ci >= 0 && chunks[ci]!.start === at + 2 && chunks[ci]!.head.actor.type === "State" ? at + 2 : -1;
}

/** The object list right after a trigger ending at te, or []. `loose` lets descriptive words precede it. */
export function objectAfter(ctx: ArticleContext, te: number, sentEnd: number, maxGap = 5, loose = false): number[] {
  const { tokens, chunks, chunkAt, m } = ctx;
  const personAt = (q: number) => chunkAt[q]! >= 0 && chunks[chunkAt[q]!]!.head.actor.type === "Person";
  let k = te;
  let gap = 0;
  while (k < sentEnd) {
    if (chunkAt[k]! >= 0) return listFrom(ctx, delegationHead(ctx, chunkAt[k]!) ?? possessorsTitled(ctx, chunkAt[k]!) ?? chunkAt[k]!, 1);
    const t = tokens[k]!;
    // "received on Tuesday, 22 December 2020, at the Royal Palace in Rabat, a delegation": over the
    // adjuncts set off before the object
    const adjunctEnd = adjunctAfter(ctx, k, sentEnd);
    if (adjunctEnd > k) {
      k = adjunctEnd;
      continue;
    }
    // "a high-level delegation": a hyphen-joined adjective
    if (t.kind === "word" && !t.cap && tokens[k + 1]?.text === "-" && tokens[k + 2]?.kind === "word" && !tokens[k + 2]!.cap && chunkAt[k + 2]! < 0) {
      k += 3;
      if (++gap > maxGap) return [];
      continue;
    }
    // "brokered by two of Repsol's biggest shareholders, Pemex and La Caixa": the part named in apposition
    const named = namedPartAfter(ctx, k, sentEnd);
    if (named >= 0) {
      k = named;
      continue;
    }
    // "facilitated by the Government of Malaysia": the state its government stands for
    const governed = stateAfterGovernmentOf(ctx, k);
    if (governed > k) {
      k = governed;
      continue;
    }
    // "brokered by the Rome-based Catholic community of Sant'Egidio": descriptive words before the agent
    if (loose && (t.kind === "word" || t.text === "-") && !CLAUSE_BREAK.has(t.lower) && !SPEECH.has(t.lower) && t.lower !== "and") {
      // "the Regional Peace Initiative on Burundi": a name the recognizer missed, not its last word
      if (/^(on|of|for|in)$/.test(t.lower) && k > te && tokens[k - 1]!.cap && chunkAt[k + 1]! >= 0) return [];
      k++;
      if (++gap > 8) return [];
      continue;
    }
    // "brokered by the departing Secretary General, Javier Perez de Cuellar": a person in apposition
    // ("in the presence of the apostolic nuncio, Monsignor Waldemar Sommertag": over an honorific)
    if (loose && t.text === "," && k > te && (personAt(k + 1) || (HONORIFICS.has(tokens[k + 1]?.text ?? "") && personAt(k + 2)))) {
      k += personAt(k + 1) ? 1 : 2;
      continue;
    }
    // "opened negotiations with the committee's co-chairs, X and Y", "met his counterpart, X": a short
    // role phrase in apposition before the persons (also "the Greens' co-leaders, X and Y": over the
    // possessor's chunk)
    if (/^(the|his|her|its|their)$/.test(t.lower)) {
      let q = k + 1;
      const possessor = chunkAt[q]! >= 0 ? chunks[chunkAt[q]!]! : undefined;
      if (possessor && possessor.start === q && /^['’]s?$/.test(tokens[possessor.end]?.text ?? "")) q = possessor.end;
      // ("met his Malian counterpart, Moussa Traore": over the demonym that qualifies the role)
      else if (possessor?.start === q && possessor.head.via === "demonym" && tokens[possessor.end]?.kind === "word" && !tokens[possessor.end]!.cap) q = possessor.end;
      // ("met the President of the Republic, Dr X": the office of a state the title does not name)
      const stateOffice = (q: number) => STATE_OFFICE.test(tokens[q]!.text) && tokens[q - 1]?.lower === "the" && tokens[q - 2]?.lower === "of";
      while (q < sentEnd && q < k + 7 && chunkAt[q]! < 0 && ((tokens[q]!.kind === "word" && !tokens[q]!.cap) || /^['’]s?$|^-$/.test(tokens[q]!.text) || m.titleAt[q]! >= 0 || stateOffice(q))) q++;
      const after = tokens[q]?.text === "," && HONORIFICS.has(tokens[q + 1]?.text ?? "") ? q + 2 : q + 1;
      // ("greeted the children, Lombardi said": a speaker after the comma, not an apposition)
      const speaks = personAt(after) && SPEECH.has(tokens[chunks[chunkAt[after]!]!.end]?.lower ?? "");
      if (q > k + 1 && tokens[q]?.text === "," && personAt(after) && !speaks) {
        k = after;
        continue;
      }
    }
    // "the delegations led by X": the head of the delegation stands for it
    if ((t.lower === "led" || t.lower === "headed") && tokens[k + 1]?.lower === "by" && k > te && (DELEG_NOUNS.has(tokens[k - 1]!.lower) || PEOPLE_NOUNS.has(tokens[k - 1]!.lower))) {
      k += 2;
      continue;
    }
    // "met representatives of the island's sixteen old villages, led by their spokesperson X": over
    // whom they represent, to the one leading them
    const ledAfter = DELEG_NOUNS.has(t.lower) || PEOPLE_NOUNS.has(t.lower) ? ledByAfterWhom(tokens, k, sentEnd) : -1;
    if (ledAfter > 0) {
      k = ledAfter;
      continue;
    }
    // "Kurdish-led SDF commander X": a capitalised word hyphen-joined to a participle describes what follows
    if (t.cap && t.kind === "word" && tokens[k + 1]?.text === "-" && /^(led|backed|based|dominated|run|allied|aligned|supported)$/.test(tokens[k + 2]?.lower ?? "")) {
      k += 3;
      if (++gap > maxGap) return [];
      continue;
    }
    // "counterparts in Turkey" (people in a state), but not "met in Bouznika" (a place)
    // ("met vice-chancellors from Universities South Africa": people, of any plural noun, from a body named next)
    const pluralFrom = (q: number) => tokens[q]?.kind === "word" && !tokens[q]!.cap && /[^s]s$/.test(tokens[q]!.lower) && tokens[q + 1]?.lower === "from" && chunkAt[q + 2]! >= 0;
    const peopleIn = (t.lower === "in" && k > te && PEOPLE_NOUNS.has(tokens[k - 1]!.lower)) || pluralFrom(k) || (t.lower === "from" && k > te && pluralFrom(k - 1));
    // "talks between the far-right Freedom Party and": a party's politics, hyphen-joined or not, uncounted
    if (t.kind === "word" && !t.cap && PARTY_ADJECTIVES.has(t.lower)) {
      k += tokens[k + 1]?.text === "-" && PARTY_ADJECTIVES.has(tokens[k + 2]?.lower ?? "") ? 3 : 1;
      continue;
    }
    // "with the teachers' section of the Solidarity trade union": whose section or branch it is, uncounted
    if (t.kind === "word" && !t.cap && t.lower.endsWith("s") && /^['’]$/.test(tokens[k + 1]?.text ?? "") && chunkAt[k + 1]! < 0) {
      k += 2;
      continue;
    }
    // "with Mr. Nabavi": an honorific before a person the recognizer read without it
    const honorific = HONORIFICS.has(t.text) && personAt(k + 1);
    // "the chief mediator, Lt-Gen (Rtd) Lazaro Sumbeiywo": a run of rank abbreviations before a person
    if (HONORIFICS.has(t.text)) {
      let q = k;
      while (q < sentEnd && q < k + 6 && chunkAt[q]! < 0 && RANK_WORDS.has(tokens[q]!.lower)) q++;
      if (q > k + 1 && q < sentEnd && personAt(q)) {
        k = q;
        continue;
      }
    }
    // "talks with coup leader Gilbert Diendéré", "rebel commander X": a word describing the role after it
    const roleModifier = t.kind === "word" && !t.cap && k + 1 < sentEnd && chunkAt[k + 1]! < 0 && (DESCRIPTORS.has(tokens[k + 1]!.lower) || m.titleAt[k + 1]! >= 0) && !CLAUSE_BREAK.has(t.lower) && !SPEECH.has(t.lower);
    // "signed by then Kosovo prime minister X": "then" dating the title of the person after it
    const thenTitled = t.lower === "then" && (m.titleAt[k + 1]! >= 0 || personAt(k + 1));
    // "signed by newly appointed China Airlines Chairman X": "newly" and the participle it qualifies
    const newly = t.lower === "newly" || (tokens[k - 1]?.lower === "newly" && t.lower.endsWith("ed"));
    // ("mediators, former Wayne County Circuit Judge X": the capitalised words of a title, counted once)
    if (capitalsBeforeTitle(ctx, k)) {
      while (m.titleAt[k]! < 0) k++;
      if (++gap > maxGap) return [];
      continue;
    }
    if (peopleIn || honorific || roleModifier || thenTitled || newly || OBJ_GAP.has(t.lower) || m.titleAt[k]! >= 0 || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || GLUE.has(t.lower)) {
      // (a title's words are the person's, uncounted: "between Deputy Secretary of State John Sullivan and")
      if (m.titleAt[k]! < 0 && ++gap > maxGap) return [];
      k++;
      continue;
    }
    return [];
  }
  return [];
}

/**
 * After people or a delegation at `k`, "of" and whom they come from in plain words, then "led by" or
 * "headed by" (a comma before it or not): the token after "by", or -1.
 */
function ledByAfterWhom(tokens: readonly Token[], k: number, sentEnd: number): number {
  if (tokens[k + 1]?.lower !== "of") return -1;
  for (let q = k + 2; q < sentEnd && q < k + 12; q++) {
    const w = tokens[q]!;
    if (/^(led|headed)$/.test(w.lower) && tokens[q + 1]?.lower === "by") return q + 2;
    if (!((w.kind === "word" && !w.cap) || w.kind === "number" || /^['’]s?$/.test(w.text) || (w.text === "," && /^(led|headed)$/.test(tokens[q + 1]?.lower ?? "")))) return -1;
  }
  return -1;
}

/** The state a title's "of the" names without naming which ("President of the Republic"). */
const STATE_OFFICE = /^(Republic|Federation|Kingdom|Confederation)$/;

/** Words of a phrase of where, between a plural noun and its "including" ("at the base of the road"). */
const PLACE_PHRASE_WORDS = /^(at|in|near|on|outside|inside|the|of|a|an|base|foot|edge|outskirts|camp|site|road|city|town|village|district|including|among|them)$/;

/**
 * The actors listed after "including" or "among them" that follows a few words of a plural noun phrase
 * right after token `te` ("leaders of the opposition, including A and B"), or none.
 */
export function namedAfterIncluding(ctx: ArticleContext, te: number, end: number): number[] {
  const { tokens, chunkAt } = ctx;
  for (let k = te; k < Math.min(te + 20, end); k++) {
    const t = tokens[k]!;
    // ("met protest leaders at the Puuhonua camp at the base of the Access Road, including A": past eight
    // words, only a place phrase's)
    if (k >= te + 8 && !(t.cap || t.text === "," || PLACE_PHRASE_WORDS.test(t.lower) || VENUE_NOUNS.has(t.lower))) return [];
    if (t.lower === "including" || (t.lower === "among" && tokens[k + 1]?.lower === "them")) {
      // (a plural noun for people before it: "leaders", "officials", "ministers")
      const plural = tokens.slice(te, k).some((w) => w.kind === "word" && !w.cap && /[a-z]s$/.test(w.lower));
      const from = k + (t.lower === "among" ? 2 : 1);
      // ("including the president of New Caledonia's government, Louis Mapou": the person the title leads to)
      const titled = titledPersonAhead(ctx, from, end);
      return plural ? objectAfter(ctx, titled >= 0 ? titled : from, end, 3) : [];
    }
    if (chunkAt[k]! >= 0 || CLAUSE_BREAK.has(t.lower) || t.text === ";") return [];
  }
  return [];
}

/** The start of a person's chunk set off by a comma after a title phrase from token `from` ("the president of X's government, Y"), or -1. */
function titledPersonAhead(ctx: ArticleContext, from: number, end: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  let title = false;
  for (let q = from; q < end && q < from + 12; q++) {
    const t = tokens[q]!;
    if (t.text === "," && title && chunkAt[q + 1]! >= 0 && chunks[chunkAt[q + 1]!]!.head.actor.type === "Person") return q + 1;
    // ("the president of X's government": an office noun read as a reference to someone else's title, a
    // title here, before "of")
    const c = chunkAt[q]! >= 0 ? chunks[chunkAt[q]!]! : undefined;
    if (c?.head.via === "role-reference" && tokens[c.end]?.lower === "of") {
      title = true;
      q = c.end - 1;
      continue;
    }
    if (t.text === "," || t.text === ";" || CLAUSE_BREAK.has(t.lower) || c?.head.actor.type === "Person") return -1;
    if (m.titleAt[q]! >= 0) title = true;
  }
  return -1;
}

/**
 * "an Israeli delegation led by X", "an American-Israeli delegation led by X and Y", "a delegation of
 * French skippers led by X": the person chunk that heads the delegation a state's or body's adjective
 * describes, who stands for it; else undefined.
 */
function delegationHead(ctx: ArticleContext, ci: number): number | undefined {
  const { tokens, chunks, chunkAt } = ctx;
  let end = chunks[ci]!.end;
  if (chunks[ci]!.head.actor.type === "Person") return undefined;
  if (tokens[end]?.text === "-" && chunkAt[end + 1]! >= 0) end = chunks[chunkAt[end + 1]!]!.end;
  // ("a delegation of French skippers led by X": the people of the delegation, then its head)
  const start = chunks[ci]!.start;
  const ofDelegation = tokens[start - 1]?.lower === "of" && DELEG_NOUNS.has(tokens[start - 2]?.lower ?? "") && tokens[end]?.kind === "word" && !tokens[end]!.cap && tokens[end]!.lower.endsWith("s");
  if (!(DELEG_NOUNS.has(tokens[end]?.lower ?? "") || ofDelegation) || !/^(led|headed)$/.test(tokens[end + 1]?.lower ?? "") || tokens[end + 2]?.lower !== "by") return undefined;
  let q = end + 3;
  while (q < end + 10 && chunkAt[q]! < 0 && (HONORIFICS.has(tokens[q]?.text ?? "") || ctx.m.titleAt[q]! >= 0)) q++;
  const p = chunkAt[q]!;
  return p >= 0 && chunks[p]!.head.actor.type === "Person" ? p : undefined;
}

/**
 * Where a date or a place set off by commas after a verb ends ("on Tuesday, 22 December 2020,", "at
 * the Royal Palace in Rabat,"), or k when none starts at k.
 */
function adjunctAfter(ctx: ArticleContext, k: number, sentEnd: number): number {
  const { tokens, chunkAt, m } = ctx;
  const w = tokens[k]!.lower;
  if (w === "on" && isDateWord(tokens[k + 1] ?? tokens[k]!) && tokens[k + 1]!.kind !== "number") {
    let q = k + 2;
    while (q < sentEnd && q < k + 9 && (isDateWord(tokens[q]!) || (tokens[q]!.text === "," && isDateWord(tokens[q + 1] ?? tokens[q]!)))) q++;
    return tokens[q]?.text === "," ? q + 1 : q;
  }
  if ((w === "at" || w === "in") && tokens[k - 1]?.text === ",") {
    let q = k + 1;
    while (q < sentEnd && q < k + 9 && chunkAt[q]! < 0 && (m.placeAt[q]! >= 0 || tokens[q]!.cap || /^(the|in|of)$/.test(tokens[q]!.lower))) q++;
    return q > k + 1 && tokens[q]?.text === "," ? q + 1 : k;
  }
  return k;
}

/**
 * American copy's party tag between commas, ending at the comma `k` (", D-Calif.,", ", I-Vt.,",
 * ", R-S.C.,"): the index of the comma that opens it, else -1.
 */
function partyTagStart(tokens: readonly Token[], k: number): number {
  let q = k - 1;
  while (q > k - 7 && q > 0 && tokens[q]!.text !== "-") q--;
  const letter = tokens[q - 1];
  if (tokens[q]?.text !== "-" || !/^[DRI]$/.test(letter?.text ?? "") || tokens[q - 2]?.text !== ",") return -1;
  for (let r = q + 1; r < k; r++) if (!/^([A-Z][A-Za-z]{0,5}\.?|\.)$/.test(tokens[r]!.text)) return -1;
  return q - 2;
}

/** Words that count a part of a whole ("two of its shareholders"). */
const PART_COUNTS = /^(one|two|three|four|five|some|several|both|many|each|most|all)$/;

/**
 * "two of Repsol's biggest shareholders, Pemex and La Caixa", "one of the guarantors, Egypt": where a
 * count of a possessed or described whole is named in apposition, the token the names start at, else -1.
 */
function namedPartAfter(ctx: ArticleContext, k: number, sentEnd: number): number {
  const { tokens, chunks, chunkAt } = ctx;
  if (!PART_COUNTS.test(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "of") return -1;
  let q = k + 2;
  if (/^(the|its|their|his|her)$/.test(tokens[q]?.lower ?? "")) q++;
  const possessor = chunkAt[q]! >= 0 ? chunks[chunkAt[q]!]! : undefined;
  if (possessor && possessor.start === q && /^['’]s?$/.test(tokens[possessor.end]?.text ?? "")) q = possessor.end + 1;
  const wordsFrom = q;
  while (q < sentEnd && q < wordsFrom + 5 && chunkAt[q]! < 0 && ((tokens[q]!.kind === "word" && !tokens[q]!.cap) || /^['’]s?$/.test(tokens[q]!.text))) q++;
  return q > wordsFrom && tokens[q]?.text === "," && chunkAt[q + 1]! >= 0 ? q + 1 : -1;
}

/** Nouns of a body's head that end the body's own name ("Egypt's intelligence chief", "the union boss"). */
const HEAD_NOUNS = /^(chief|head|boss|director|chairman|chairwoman|chair|president|leader|commander|secretary|spokesman|spokeswoman|spokesperson)$/;

/** Nouns of someone who acts for a person ("Jalili's deputy", "his chief aide"). */
const AIDE_NOUNS = /^(deputy|aide|adviser|advisor|envoy|emissary|spokesman|spokeswoman|spokesperson|representative|negotiator|lawyer|assistant|secretary)$/;

/** "met Mr Jalili's deputy, Ali Bagheri,": the person a person's aide or relative, set off by commas, names; undefined when none. */
function personsNamedAide(ctx: ArticleContext, c: Chunk): number | undefined {
  const { tokens, chunks, chunkAt } = ctx;
  let k = c.end + 1;
  while (k < c.end + 4 && tokens[k]?.kind === "word" && !tokens[k]!.cap && !AIDE_NOUNS.test(tokens[k]!.lower) && !KIN_NOUNS.has(tokens[k]!.lower)) k++;
  if (!(AIDE_NOUNS.test(tokens[k]?.lower ?? "") || KIN_NOUNS.has(tokens[k]?.lower ?? "")) || tokens[k + 1]?.text !== ",") return undefined;
  const p = chunkAt[k + 2] ?? -1;
  return p >= 0 && chunks[p]!.head.actor.type === "Person" && /^[,.;]$/.test(tokens[chunks[p]!.end]?.text ?? "") ? p : undefined;
}

/**
 * "talks between Armenia's new prime minister, Serzh Sargsyan, and ...": the person a state's or
 * body's possessive title sets off by commas, who is the list's first item; undefined when none.
 */
function possessorsTitled(ctx: ArticleContext, ci: number): number | undefined {
  const { tokens, chunks, chunkAt, m } = ctx;
  const c = chunks[ci]!;
  // ("Egypt's intelligence chief, X,": a body read with the title of its head, set off before the name)
  const possessive = /^['’]s?$/.test(tokens[c.end]?.text ?? "");
  const headed = HEAD_NOUNS.test(tokens[c.end]?.lower ?? "") && tokens[c.end + 1]?.text === ",";
  if (c.head.actor.type === "Person") return possessive ? personsNamedAide(ctx, c) : undefined;
  if (!(possessive || headed)) return undefined;
  let title = headed;
  let portfolio = false;
  for (let k = possessive ? c.end + 1 : c.end; k < c.end + (portfolio ? 16 : 7) && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ",") {
      const p = chunkAt[k + 1]!;
      if (title && p >= 0 && chunks[p]!.head.actor.type === "Person" && tokens[chunks[p]!.end]?.text === ",") return p;
      // "Indonesia's Coordinating Minister for Law, Human Rights, Immigration and Corrections, X,": the
      // portfolio's other fields before the name
      if (!title || p >= 0 || !tokens[k + 1]?.cap) return undefined;
      portfolio = true;
      continue;
    }
    if (m.titleAt[k]! >= 0) title = true;
    else if (portfolio && ((t.kind === "word" && t.cap && chunkAt[k]! < 0) || (t.lower === "and" && tokens[k + 1]?.cap))) continue;
    // ("Indonesia's Coordinating Minister": a capitalised qualifier of the title)
    else if (!title && t.kind === "word" && t.cap && chunkAt[k]! < 0 && m.titleAt[k + 1]! >= 0) continue;
    else if (!(t.kind === "word" && !t.cap)) return undefined;
  }
  return undefined;
}

/** The end of a place named within 3 tokens of te, or -1. */
export function placeEndAfter(ctx: ArticleContext, te: number): number {
  for (let k = te; k < te + 3 && k < ctx.n; k++) {
    const pi = ctx.m.placeAt[k]!;
    if (pi >= 0) return ctx.m.places[pi]!.end;
  }
  return -1;
}

/**
 * The state of a place named right after te ("visited Kigali"), if the place has one; with `regions`, a
 * region whose government the article named stands for that government.
 */
export function placeActorAfter(ctx: ArticleContext, te: number, sentEnd: number, regions = false): Actor | undefined {
  const { m, lex, tokens } = ctx;
  for (let k = te; k < Math.min(te + 3, sentEnd); k++) {
    const pi = m.placeAt[k]!;
    if (pi >= 0) {
      // only a capital stands for its government ("visited Kigali"); "flew to New York" or "to
      // Geneva" is a trip to talks held there, not to the state
      const p = m.places[pi]!;
      const st = p.state ?? lex.placeState.get(p.name.toLowerCase());
      // ("asked Karnataka to stop": a region whose government the article named, "Karnataka Chief Minister X";
      // a visit to a region is no meeting with its government)
      const region = regions ? regionalGovernment(ctx, p.name) : undefined;
      if (region) return region;
      if (!st || !lex.states.get(st)?.capitals.includes(p.name)) return undefined;
      // "called on Brussels to ..." in an article about the EU: the body the capital hosts
      const seat = capitalSeat(lex, p.name);
      return seat && ctx.freq.has(seat.key) ? seat : stateActor(ctx, st);
    }
    if (!GLUE.has(tokens[k]!.lower)) return undefined;
  }
  return undefined;
}

/** Plain nouns for a government's people, met where they sit ("talks with officials in Kyiv"). */
const OFFICIALS = new Set(["officials", "leaders", "authorities", "counterparts", "ministers", "diplomats", "negotiators"]);

/**
 * "held talks with officials in Kyiv and Warsaw": the states whose capitals the officials are "in"
 * (only capitals, as placeActorAfter reads them; "officials in Geneva" are no state's).
 */
export function officialsInCapitals(ctx: ArticleContext, te: number, sentEnd: number): Actor[] {
  const { tokens } = ctx;
  let k = te;
  while (k < te + 2 && /^(senior|top|government|the)$/.test(tokens[k]?.lower ?? "")) k++;
  if (!OFFICIALS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "in") return [];
  const out: Actor[] = [];
  for (let q = k + 2; q < sentEnd; q += 2) {
    const st = ctx.m.placeAt[q]! >= 0 ? placeActorAfter(ctx, q, q + 1) : undefined;
    if (!st) break;
    out.push(st);
    if (!/^(and|,)$/.test(tokens[q + 1]?.text ?? "")) break;
  }
  return out;
}

/** The body the article names by a region's own name (its government, read from "Karnataka Chief Minister X"), if any. */
function regionalGovernment(ctx: ArticleContext, name: string): Actor | undefined {
  const am = ctx.m.actors.find((x) => x.via === "region" && x.actor.name === name);
  return am?.actor;
}

/** "the Swiss Alpine resort": a demonym describing a place, not an actor. */
export function describesPlace(ctx: ArticleContext, c: Chunk): boolean {
  if (c.head.via !== "demonym") return false;
  for (let k = c.end; k < c.end + 3 && k < ctx.n; k++) {
    const lw = ctx.tokens[k]!.lower;
    if (PLACE_WORDS.has(lw)) return true;
    if (ctx.tokens[k]!.kind !== "word") return false;
  }
  return false;
}

/** "The meeting in the Oval Office had brought ...": a chunk read as a subject that is the place of the real one. */
export function placedSubject(ctx: ArticleContext, ci: number): boolean {
  const start = ctx.chunks[ci]!.start;
  const before = ctx.tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  return /^(in|at|inside)$/.test(ctx.tokens[before]?.lower ?? "");
}
