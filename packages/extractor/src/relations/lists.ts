// Coordinated lists of chunks: "the United States, Qatar and Egypt", "A, the Ambassador to
// Washington, B, and the governor, C".
import { DESCRIPTORS, HONORIFICS, MONTH_NAMES, NAME_PARTICLES, PERSON_VERBS, RANK_WORDS, TITLE_MODIFIERS, VENUE_NOUNS, WEEKDAY_NAMES } from "../recognize/words.js";
import { APPOSITIVE_ADJ, DELEG_NOUNS, GLUE, LIST_COORD, LIST_GAP, PARTY_ADJECTIVES, PEOPLE_NOUNS, SMALL_NUMBERS, SPEECH } from "./gap-words.js";
import type { ArticleContext, Chunk } from "./model.js";
import type { Token } from "../nlp/wink.js";

/** Adverbs that hedge the adjective after them ("the mainly Muslim Seleka", "a largely Kurdish force"). */
const HEDGES = new Set(["mainly", "mostly", "largely", "predominantly", "overwhelmingly", "chiefly", "primarily"]);

/** The list of chunks that chunk ci belongs to, read forwards (dir 1) or backwards (dir -1), in text order. */
export function listFrom(ctx: ArticleContext, ci: number, dir: 1 | -1): number[] {
  const { chunks, tokens, m } = ctx;
  const out = [ci];
  let cur = ci;
  // "A, B and C": comma links count only with a closing "and"/"or" link
  let lastConj = 0; // items up to the last conjunction link
  let commaFirst = false;
  for (;;) {
    const c1 = chunks[cur]!;
    // "between Hamas, which controls Gaza, and Israel": over a relative or participle clause set off
    // by commas, to the actor after its closing ", and"
    // ("A, who chairs the Georgian commission, and B held talks": the same read back from B)
    const overClause = dir === 1 ? chunkAfterClause(ctx, cur) : chunkBeforeClause(ctx, cur);
    if (overClause >= 0) {
      out.push(overClause);
      cur = overClause;
      lastConj = out.length;
      continue;
    }
    const nx = cur + dir;
    const c2 = chunks[nx];
    // "A, Japan's Olympic Minister B and C": an item whose possessor and title name the person after them
    const titled = dir === 1 && c2 ? titledPersonOfPossessor(ctx, nx) : -1;
    // "... worked with Canada Post and CUPW, and I have met both parties": a quotation's "I" or "we"
    // opens its own clause, never a list with the actors before it
    if (!c2 || c2.sent !== c1.sent || !!c2.speaker !== !!c1.speaker) break;
    const [from, to] = dir === 1 ? [c1.end, c2.start] : [c2.end, c1.start];
    const apposed = dir === 1 && appositiveListGap(ctx, from, to, c1, c2);
    if (to - from - hedgeWords(ctx, from, to) - titleTail(ctx, from, to) > 8 && !apposed && !(dir === 1 && titledListGap(ctx, from, to, c1, c2))) break;
    let coord = false;
    let ok = true;
    let conj = false;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (LIST_COORD.has(t.lower)) coord = true;
      if (LIST_COORD.has(t.lower) && t.text !== ",") conj = true;
      const asWell = t.lower === "as" && (tokens[k + 1]?.lower === "well" || tokens[k - 1]?.lower === "well");
      // ("Maj.-Gen. Babagana Monguno (retd), and": a run of ranks before a person, a retirement mark after one)
      const honorific = (HONORIFICS.has(t.text) && k === to - 1) || rankRunTo(tokens, k, to) || retiredMark(tokens, from, k);
      // "Uchida and de Meo": a particle opening the next person's surname
      const particle = NAME_PARTICLES.has(t.text) && k === (dir === 1 ? to : c1.start) - 1 && (dir === 1 ? c2 : c1).head.actor.type === "Person";
      // "brokered by Norway and by Qatar", "pressed by Sinn Fein and by the PUP": the agent's "by" repeated
      // "the head of the mainly Muslim Seleka": a hedged adjective describing the next actor
      const hedged = (HEDGES.has(t.lower) && tokens[k + 1]?.kind === "word") || HEDGES.has(tokens[k - 1]?.lower ?? "");
      const repeatedBy = t.lower === "by" && (tokens[k - 1]?.lower === "and" || tokens[k - 1]?.lower === "or");
      // "the government and rebels loyal to former vice president Riek Machar": the person stands for the
      // fighters loyal to them
      const loyalTo = loyalPeopleGap(tokens, k, to);
      // "and the liberal VVD", "the far-right PVV"
      const partyAdjective = PARTY_ADJECTIVES.has(t.lower) || (t.text === "-" && PARTY_ADJECTIVES.has(tokens[k - 1]?.lower ?? "") && PARTY_ADJECTIVES.has(tokens[k + 1]?.lower ?? ""));
      // "a PSOE delegation and a Junts team", "John Sullivan and a Turkish delegation": an indefinite
      // article before a delegation, after another
      const aDelegation = (t.lower === "a" || t.lower === "an") && k === to - 1 && tokens[k - 1]?.lower === "and" && (peopleAfter(ctx, c1) || peopleAfter(ctx, dir === 1 ? c2 : c1));
      // "the National Union of Mineworkers (NUM), the AMCU": the parenthesis closing a chunk's acronym
      const acronymClose = t.text === ")" && k === from && tokens[from - 2]?.text === "(";
      // "Sandu, ACUM co-leader Andrei Nastase and Dodon": a body no reading took, before the next person's title
      const bodyBeforeTitle = dir === 1 && t.kind === "word" && t.cap && ctx.chunkAt[k]! < 0 && k > from && m.titleAt[k + 1]! >= 0 && c2.head.actor.type === "Person";
      if (!(asWell || hedged || loyalTo || honorific || particle || acronymClose || bodyBeforeTitle || repeatedBy || partyAdjective || LIST_GAP.has(t.lower) || GLUE.has(t.lower) || m.titleAt[k]! >= 0 || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) || ((t.lower === "a" || t.lower === "an") && !aDelegation)) {
        ok = false;
        break;
      }
    }
    // "Foreign Minister A, the Ambassador to Washington, B, and the central bank governor, C": persons
    // listed each with a title of their own set off by commas
    if (!ok && dir === 1 && titledListGap(ctx, from, to, c1, c2)) {
      ok = coord = true;
      const comma = retiredMark(tokens, from, from) ? from + 3 : from;
      conj = tokens[comma + 1]?.lower === "and" || tokens[comma + 1]?.lower === "or";
    }
    if (!ok && apposed) ok = coord = conj = true;
    if (!ok && dir === 1 && placeListGap(ctx, from, to, c2)) ok = coord = conj = true;
    if (!ok && dir === 1 && countedBodiesGap(ctx, from, to, c1, c2)) ok = coord = conj = true;
    if (!ok && unnamedPluralGap(ctx, from, to, c1, c2)) ok = coord = conj = true;
    if (!ok || !coord) break;
    if (dir === -1 && out.length === 1 && !conj) commaFirst = true;
    if (commaFirst) break;
    out.push(titled >= 0 ? titled : nx);
    cur = titled >= 0 ? titled : nx;
    if (conj) lastConj = out.length;
  }
  if (dir === 1 && out.length > 1 && lastConj < out.length && !closedByUnnamed(ctx, chunks[out[out.length - 1]!]!)) out.length = Math.max(1, lastConj);
  return dir === 1 ? out : out.reverse();
}

/**
 * "Japan's Olympic Minister Seiko Hashimoto", "his Montenegrin counterpart, Milo Đukanović": the person
 * chunk that a state's or body's possessive, or a state's demonym, and a title (over words of the title's
 * own, and a comma after a demonym's) lead to from chunk ci, or -1.
 */
function titledPersonOfPossessor(ctx: ArticleContext, ci: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  const c = chunks[ci]!;
  const demonym = c.head.via === "demonym" && c.head.actor.type === "State";
  if (c.head.actor.type === "Person" || (!demonym && !/^['’]s?$/.test(tokens[c.end]?.text ?? ""))) return -1;
  let title = false;
  const from = demonym ? c.end : c.end + 1;
  for (let k = from; k < c.end + 6 && k < tokens.length && tokens[k]!.sent === c.sent; k++) {
    const p = chunkAt[k]!;
    if (p >= 0) return title && chunks[p]!.start === k && chunks[p]!.head.actor.type === "Person" ? p : -1;
    if (m.titleAt[k]! >= 0 || (demonym && /^counterparts?$/.test(tokens[k]!.lower))) title = true;
    // (after a demonym only the title and a comma: not "American officials including X")
    else if (demonym ? !(title && tokens[k]!.text === "," && k <= from + 1) : !(tokens[k]!.kind === "word" || tokens[k]!.text === "-")) return -1;
  }
  return -1;
}

/**
 * "talks between the ruling HVM party and the two main opposition parties, Mapar and TIM", "and the four
 * contractors, among them X and Y": "and", a count of bodies in plain words and a comma (with "among
 * them" or "including") before the first of them (bodies on both sides of the gap).
 */
function countedBodiesGap(ctx: ArticleContext, from: number, to: number, c1: Chunk, c2: Chunk): boolean {
  const { tokens } = ctx;
  // (over the group noun after the first: "the ruling HVM party and")
  const and = /^(party|movement|coalition|bloc|group|alliance)$/.test(tokens[from]?.lower ?? "") ? from + 1 : from;
  const end = tokens[to - 1]?.lower === "including" ? to - 1 : tokens[to - 1]?.lower === "them" && tokens[to - 2]?.lower === "among" ? to - 2 : to;
  if (c1.head.actor.type === "Person" || c2.head.actor.type === "Person" || end - and > 8 || tokens[and]?.lower !== "and" || tokens[end - 1]?.text !== ",") return false;
  let k = tokens[and + 1]?.lower === "the" ? and + 2 : and + 1;
  if (!/^(two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[k]?.lower ?? "")) return false;
  for (k++; k < end - 1; k++) if (tokens[k]!.kind !== "word" || tokens[k]!.cap) return false;
  return /s$/.test(tokens[end - 2]?.lower ?? "");
}

/** Plural nouns of parties a list may name without naming them ("the eight Super Netball clubs"). */
const UNNAMED_PARTIES = /^(clubs|teams|unions|parties|groups|factions|states|countries|governments|companies|firms|airlines|carriers|employers|operators|producers|leagues|associations|federations|municipalities|provinces|councils|agencies|ministries|owners)$/;

/**
 * "between NA, the eight Super Netball clubs and the ANPA": an item between two bodies that names no one
 * (an article, a count and a few words before a plural noun of parties), then "and" or "or".
 */
function unnamedPluralGap(ctx: ArticleContext, from: number, to: number, c1: Chunk, c2: Chunk): boolean {
  const { tokens, chunkAt } = ctx;
  if (c1.head.actor.type === "Person" || c2.head.actor.type === "Person" || tokens[from]?.text !== "," || to - from > 10) return false;
  let end = to - 1;
  if (/^(the|its|their)$/.test(tokens[end]?.lower ?? "")) end--;
  if (!/^(and|or)$/.test(tokens[end]?.lower ?? "")) return false;
  if (tokens[end - 1]?.text === ",") end--;
  if (!UNNAMED_PARTIES.test(tokens[end - 1]?.lower ?? "")) return false;
  for (let k = from + 1; k < end - 1; k++) if (chunkAt[k]! >= 0 || (tokens[k]!.kind !== "word" && tokens[k]!.kind !== "number" && tokens[k]!.text !== "-")) return false;
  return true;
}

/** Nouns of fighters or followers that "loyal to" a person describes. */
const LOYAL_PEOPLE = /^(rebels|forces|troops|fighters|militias|militiamen|soldiers|supporters|factions|faction|units|officers|gunmen)$/;

/**
 * Whether token k of a list gap [.., to) is part of "<fighters> loyal to" right before the next chunk
 * (over title words between "to" and the person: "loyal to former vice president X").
 */
function loyalPeopleGap(tokens: readonly Token[], k: number, to: number): boolean {
  let at = -1;
  for (let q = Math.max(0, k - 2); q <= k + 1 && q < to; q++) if (tokens[q]!.lower === "loyal" && tokens[q + 1]?.lower === "to" && LOYAL_PEOPLE.test(tokens[q - 1]?.lower ?? "")) at = q;
  return at >= 0 && k >= at - 1 && k <= at + 1 && to - at <= 6;
}

/** Words that open a clause describing the actor before them ("which controls Gaza", "led by X"). */
const CLAUSE_OPENERS = /^(who|which|whose|comprising|including|led|headed|represented|chaired|based|backed)$/;

/**
 * The chunk after ", which ..., and" or ", led by X, and" that follows chunk ci, or -1: the clause is at
 * most 14 tokens after its opener, holds no comma, semicolon or quotation mark of its own, and the actor comes right
 * after the conjunction (over an article, a title or a possessor's glue).
 */
function chunkAfterClause(ctx: ArticleContext, ci: number): number {
  const { tokens, chunks, chunkAt, m } = ctx;
  const c = chunks[ci]!;
  // ("an Assam delegation, comprising ...": over the delegation noun)
  const end = peopleAfter(ctx, c) ? c.end + 1 : c.end;
  // ("Nhial Deng Nhial, a former foreign minister who heads the government delegation, and Taban Deng Gai":
  // a person's appositive that a relative clause ends)
  const appositive = c.head.actor.type === "Person" && /^(a|an|the)$/.test(tokens[end + 1]?.lower ?? "") && relativeWithin(tokens, end + 2, end + 8);
  if (tokens[end]?.text !== "," || !(CLAUSE_OPENERS.test(tokens[end + 1]?.lower ?? "") || appositive)) return -1;
  // ("led by"/"headed by": a participle that needs its agent)
  if (/^(led|headed|represented|chaired|backed)$/.test(tokens[end + 1]!.lower) && tokens[end + 2]?.lower !== "by") return -1;
  let k = end + 2;
  while (k < end + 16 && tokens[k] && tokens[k]!.sent === c.sent && tokens[k]!.text !== ",") {
    if (/^[;:"“”()]$/.test(tokens[k]!.text)) return -1;
    k++;
  }
  if (tokens[k]?.text !== "," || !/^(and|or)$/.test(tokens[k + 1]?.lower ?? "")) return -1;
  let q = k + 2;
  while (q < k + 8 && chunkAt[q]! < 0 && tokens[q] && (GLUE.has(tokens[q]!.lower) || m.titleAt[q]! >= 0 || HONORIFICS.has(tokens[q]!.text))) q++;
  const next = chunkAt[q] ?? -1;
  if (!(next > ci && chunks[next]!.start === q && chunks[next]!.sent === c.sent)) return -1;
  // ("A, who chairs the Georgian commission, and his Azerbaijani counterpart, B,": the person the demonym and title lead to)
  const titled = titledPersonOfPossessor(ctx, next);
  return titled >= 0 ? titled : next;
}

/** The chunk whose clause chunkAfterClause skips to reach chunk ci (within six chunks before it), or -1. */
export function chunkBeforeClause(ctx: ArticleContext, ci: number): number {
  // (cheap test first: a ", and" or ", or" within eight tokens before the chunk)
  const { tokens } = ctx;
  const start = ctx.chunks[ci]!.start;
  let q = start - 1;
  while (q > start - 9 && q > 0 && !/^(and|or)$/.test(tokens[q]!.lower)) q--;
  if (tokens[q - 1]?.text !== ",") return -1;
  for (let p = ci - 1; p >= 0 && p >= ci - 6 && ctx.chunks[p]!.sent === ctx.chunks[ci]!.sent; p--) if (chunkAfterClause(ctx, p) === ci) return p;
  return -1;
}

/** Whether "who" or "which" stands in [from, to) before any comma. */
function relativeWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && tokens[k]; k++) {
    if (tokens[k]!.text === ",") return false;
    if (/^(who|which)$/.test(tokens[k]!.lower)) return true;
  }
  return false;
}

/** A delegation or people noun follows the chunk ("Turkish delegation", "Israeli officials"). */
function peopleAfter(ctx: ArticleContext, c: Chunk): boolean {
  const w = ctx.tokens[c.end]?.lower ?? "";
  return DELEG_NOUNS.has(w) || PEOPLE_NOUNS.has(w);
}

/** How many words of [from, to) a hedge and its adjective take ("mainly Muslim"). */
function hedgeWords(ctx: ArticleContext, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to - 1; k++) if (HEDGES.has(ctx.tokens[k]!.lower)) n += 2;
  return n;
}

const DAY_WORDS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** Words a place phrase between two listed objects may hold besides places and capitalised words. */
const PLACE_GAP_WORDS = new Set(["in", "at", "on", "the", "his", "her", "their", "its", "official", "private", "capital", "city", ...VENUE_NOUNS]);

/**
 * "met Netanyahu in Jerusalem and Abbas in Ramallah", "reached deals with A in Manhattan and with B":
 * each object of one verb followed by its own place, the list going on after the place ("and" [with]).
 * The next object must end its clause or take a place of its own ("... and Hamas rejected" is no list).
 */
function placeListGap(ctx: ArticleContext, from: number, to: number, c2: Chunk): boolean {
  const { tokens, m } = ctx;
  // "Hamas leaders in Doha and": the object's head noun first
  while (from < to && PEOPLE_NOUNS.has(tokens[from]!.lower)) from++;
  // "met Kim on Sunday and Trump on Monday": a day of its own serves as the place does
  const day = tokens[from]!.lower === "on" && DAY_WORDS.has(tokens[from + 1]?.text ?? "");
  if (to - from > 9 || to - from < 3 || (tokens[from]!.lower !== "in" && tokens[from]!.lower !== "at" && !day)) return false;
  // "and [with] [President] Mahmoud Abbas"
  let and = to - 1;
  while (and > from && (m.titleAt[and]! >= 0 || HONORIFICS.has(tokens[and]!.text) || /^(with|the)$/.test(tokens[and]!.lower))) and--;
  if (tokens[and]!.lower !== "and") return false;
  for (let k = from; k < and; k++) {
    const t = tokens[k]!;
    if (!(m.placeAt[k]! >= 0 || (t.kind === "word" && t.cap) || PLACE_GAP_WORDS.has(t.lower) || (t.text === "," && k === and - 1))) return false;
  }
  let a = c2.end;
  while (PEOPLE_NOUNS.has(tokens[a]?.lower ?? "")) a++;
  const after = tokens[a];
  return !after || after.sent !== c2.sent || /^(in|at|on|,|\.|;)$/.test(after.lower);
}

/**
 * "between the RMT, Network Rail and train operating companies": the comma list closes with "and" and a
 * member no actor names (lower-case words, not a verb), so its comma links stand.
 */
function closedByUnnamed(ctx: ArticleContext, last: Chunk): boolean {
  const { tokens } = ctx;
  let k = last.end;
  if (tokens[k]?.text === ")") k++;
  if (tokens[k]?.text === ",") k++;
  // "..., the AMCU, Solidarity and UASA": names no reading took close the list
  if (unreadNamesThenAnd(ctx, k, last.sent)) return true;
  if (!/^(and|or)$/.test(tokens[k]?.lower ?? "")) return false;
  const w = tokens[k + 1];
  const w2 = tokens[k + 2];
  const word = (t: typeof w) => !!t && t.sent === last.sent && t.kind === "word" && !t.cap;
  return word(w) && word(w2) && !/ed$/.test(w!.lower) && !SPEECH.has(w!.lower) && !PERSON_VERBS.has(w!.lower) && ctx.chunkAt[k + 1]! < 0;
}

/** Capitalised words no chunk reads from k, then "and"/"or" and another such word. */
function unreadNamesThenAnd(ctx: ArticleContext, k: number, sent: number): boolean {
  const { tokens, chunkAt } = ctx;
  const unread = (q: number) => tokens[q]?.sent === sent && tokens[q]!.kind === "word" && tokens[q]!.cap && chunkAt[q]! < 0;
  if (!unread(k)) return false;
  let q = k;
  while (q < k + 4 && unread(q)) q++;
  return /^(and|or)$/.test(tokens[q]?.lower ?? "") && unread(q + 1);
}

/**
 * ", the premier of the northern state of Schleswig-Holstein, and" between two persons: the first
 * person's title in apposition, then the conjunction ("moderated by A, the premier of X, and B, a
 * former interior minister").
 */
function appositiveListGap(ctx: ArticleContext, from: number, to: number, c1: Chunk, c2: Chunk): boolean {
  const { tokens, m } = ctx;
  if (c1.head.actor.type !== "Person" || c2.head.actor.type !== "Person" || to - from > 16 || to - from < 4) return false;
  // (", and co-leader B": the next person's own title before the name)
  let cut = to;
  while (cut - 3 > from && m.titleAt[cut - 1]! >= 0) cut--;
  if (tokens[cut - 2]!.text !== "," || !/^(and|or)$/.test(tokens[cut - 1]!.lower)) return false;
  let title = false;
  let start = from + 1;
  if (tokens[from]!.text !== ",") {
    // "A, the premier | of the northern state of X, and B": the apposition began inside A's chunk, or
    // is a chunk of its own standing for A ("the premier" read as a reference to A)
    const inside = c1.head.end < c1.end && tokens[c1.head.end]!.text === ",";
    if (!inside && !(c1.head.via === "role-reference" && tokens[c1.start - 1]?.text === ",")) return false;
    for (let q = inside ? c1.head.end : c1.start; q < c1.end; q++) if (m.titleAt[q]! >= 0 || DESCRIPTORS.has(tokens[q]!.lower)) title = true;
    start = from;
  }
  // "A, who is also governor of Osaka Prefecture, and B": a relative clause that gives A a title
  if (tokens[start]?.lower === "who") {
    start++;
    while (start < to - 2 && /^(is|was|also|now|currently|still)$/.test(tokens[start]!.lower)) start++;
  }
  let plain = 0;
  for (let k = start; k < cut - 2; k++) {
    const t = tokens[k]!;
    if (m.titleAt[k]! >= 0 || DESCRIPTORS.has(t.lower)) title = true;
    else if (/^(the|a|an|to|of|for|in|at|-)$/.test(t.lower) || m.placeAt[k]! >= 0 || m.actorAt[k]! >= 0 || GLUE.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower)) continue;
    // "the northern state of", "a former federal interior minister": a few plain or capitalised words
    else if (t.kind === "word" && ++plain <= 4) continue;
    else return false;
  }
  return title;
}

/** A person's role at the talks or the summit, set off in a list ("Nazarbayev, the host, Putin and Rouhani"). */
const EVENT_ROLES = /^(host|co-host|chair|co-chair|convener|convenor|moderator|mediator|facilitator)$/;

/** Plural role nouns that head a title phrase of their own ("three former heads of government"). */
const ROLE_NOUNS_PLURAL = /^(heads|leaders|chiefs|presidents|ministers|envoys|officials)$/;

/** ", [and|plus] [three] the <modifiers> <title> [to|of|for <place or words>]," between two persons of a list. */
function titledListGap(ctx: ArticleContext, from: number, to: number, c1: Chunk, c2: Chunk): boolean {
  const { tokens, m } = ctx;
  // ("..., the National Security Adviser, Maj.-Gen. Babagana Monguno": over the next person's ranks,
  // and over "(retd)" after the person before)
  to = rankRunStart(tokens, to);
  if (retiredMark(tokens, from, from)) from += 3;
  if (c1.head.actor.type !== "Person" || c2.head.actor.type !== "Person" || to - from > 13 || to - from < 3) return false;
  if (tokens[to - 1]!.text !== ",") return false;
  let k = from + 1;
  if (tokens[from]!.text !== ",") {
    // "B, the Algerian | Ambassador to Washington, C": the title's state was read into the chunk of the
    // person before, after a comma
    if (!(c1.head.end < c1.end && tokens[c1.head.end]!.text === ",")) return false;
    k = from;
  } else if (/^(and|or|plus)$/.test(tokens[k]!.lower)) k++;
  // ", plus three former heads of government, A, B and C": how many the title phrase counts
  if (SMALL_NUMBERS.has(tokens[k]!.lower)) k++;
  let title = false;
  let loose = 0;
  let tail = 0;
  for (; k < to - 1; k++) {
    const t = tokens[k]!;
    if (m.titleAt[k]! >= 0) {
      title = true;
      loose = 0;
      // ("leader of the" read as one title: its "of" opens the tail)
      if (t.lower === "of") tail = 1;
      continue;
    }
    // ("three former heads of government": a role noun the title reader leaves unread; "A, the host, B
    // and C": a role at the event)
    if (!title && (ROLE_NOUNS_PLURAL.test(t.lower) || EVENT_ROLES.test(t.lower))) {
      title = true;
      continue;
    }
    if (GLUE.has(t.lower) || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower)) continue;
    // ("and Bavaria's justice minister, B,": a region's possessive before the title)
    const place = !title && m.placeAt[k]! >= 0 ? m.places[m.placeAt[k]!]! : undefined;
    if (place && place.start === k && /^['’]s?$/.test(tokens[place.end]?.text ?? "")) {
      k = place.end;
      continue;
    }
    // "governor of the central bank", "Ambassador to Washington": a short tail after the title
    if (title && (/^(to|of|for|in|at|against)$/.test(t.lower) || m.placeAt[k]! >= 0 || (t.kind === "word" && t.cap))) {
      if (t.lower === "of" || t.lower === "against") tail = 1;
      continue;
    }
    // "the leader of the street protests against him": a few plain words in the title's "of" phrase
    if (tail && t.kind === "word" && !t.cap && ++tail <= 5) continue;
    // "the central bank governor": up to two plain words before the title
    if (!title && t.kind === "word" && !t.cap && ++loose <= 2) continue;
    return false;
  }
  return title && loose === 0;
}

/** The words of [from, to) that continue a title begun before them ("Minister of Industry and Trade" counts as one word). */
function titleTail(ctx: ArticleContext, from: number, to: number): number {
  const { titleAt } = ctx.m;
  let n = 0;
  for (let k = from + 1; k < to; k++) if (titleAt[k]! >= 0 && titleAt[k] === titleAt[k - 1]) n++;
  return n;
}

const isRank = (t: Token) => HONORIFICS.has(t.text) || (t.kind === "word" && RANK_WORDS.has(t.lower));
const rankish = (t: Token | undefined) => !!t && (isRank(t) || (t.text === "." && !t.space) || (t.kind !== "word" && RANK_WORDS.has(t.text)));

/** Where a run of ranks and honorifics ending before a person at `to` opens ("Maj.-Gen."), or `to` when none does. */
function rankRunStart(tokens: readonly Token[], to: number): number {
  let start = to;
  while (start > to - 6 && rankish(tokens[start - 1])) start--;
  for (let q = start; q < to; q++) if (isRank(tokens[q]!)) return start;
  return to;
}

/** Whether token k is in a run of ranks and honorifics that runs on to a person at `to` ("Maj.-Gen."). */
function rankRunTo(tokens: readonly Token[], k: number, to: number): boolean {
  return k < to && rankRunStart(tokens, to) <= k;
}

/** Whether token k is inside a "(retd)" or "(rtd)" right after the person ending at `from`. */
function retiredMark(tokens: readonly Token[], from: number, k: number): boolean {
  return k < from + 3 && tokens[from]?.text === "(" && /^(retd|rtd|ret|ret\.)$/i.test(tokens[from + 1]?.text ?? "") && tokens[from + 2]?.text === ")";
}
