// Chunks: actor mentions glued by possessives, titles and descriptors ("the head of Israel's Mossad"
// is one chunk whose head is Mossad), and pair phrases ("the two sides"). The head of a chunk is its
// person if it names one, else its last actor: unnamed officials stand for their organisation or state.
import type { Token } from "../nlp/wink.js";
import type { Lexicon } from "../recognize/lexicon.js";
import type { Actor, ActorMention, Mentions } from "../recognize/model.js";
import { mkActor, mkMention } from "../recognize/model.js";
import { stateActor } from "../recognize/actors.js";
import { DESCRIPTORS, HONORIFICS, TITLE_MODIFIERS } from "../recognize/words.js";
import { APPOSITIVE_ADJ, GLUE, GROUP_NOUNS_COUNTED, HYPHEN_GLUE, MEMBER_LIST_NOUNS, PAIR_NOUNS, PERSON_PAIR_MODIFIERS, PERSON_PAIR_NOUNS, SMALL_NUMBERS, TEAM_NOUNS } from "./gap-words.js";
import type { Chunk, Quotation } from "./model.js";
import { quotations, speakerChunks, spokenQuotations } from "./quotes.js";
import { bodyReferenceChunks } from "./body-references.js";
import { isUnion } from "../recognize/references.js";
import { itChunks, ownBodyChunks, ownGovernmentChunks, pronounChunks, roleReferenceChunks, saidItChunks, theyChunks } from "./role-references.js";

/** Plural nouns that name the two opposed sides by themselves, after "the" ("the rivals", "the belligerents"). */
const OPPONENT_NOUNS = new Set(["rivals", "foes", "adversaries", "belligerents", "antagonists"]);
/** Words between "the" and "parties" that keep them the parties to the talks ("the relevant parties"). */
const PARTIES_MODIFIERS = new Set(["relevant", "concerned", "negotiating", "conflicting", "opposing", "contending", "feuding", "warring"]);

/** The actor a pair chunk stands for until it is resolved to the article's two parties. */
export const PAIR_ACTOR: Actor = mkActor("pair:", "State", "");

export function buildChunks(tokens: readonly Token[], m: Mentions, lex?: Lexicon): { chunks: Chunk[]; chunkAt: Int32Array; quotations: Quotation[] } {
  const n = tokens.length;
  const chunks: Chunk[] = [];
  let cur: Chunk | undefined;
  let last: ActorMention | undefined; // the mention before am
  let described: Chunk | undefined; // the chunk whose person an appositive describes ("X, the envoy of ...")
  for (let ai = 0; ai < m.actors.length; ai++) {
    const am = m.actors[ai]!;
    const before = last;
    last = am;
    // "the Premier of Greenland, Múte B. Egede": a title phrase set off before the person it describes
    // is one chunk with that person, headed by the person
    if (cur && cur.head.actor.type !== "Person" && cur.sent === am.sent && titlePhraseOf(tokens, m, cur, am)) {
      cur.start = titlePhraseStart(tokens, m, cur.start);
      cur.end = am.end;
      cur.head = am;
      cur.titledName = true;
      continue;
    }
    // ("X, the Minister for Foreign Affairs of Denmark, Jeppe Kofod": that title phrase is the next person's, no appositive of X)
    const next = m.actors[ai + 1];
    if (cur && cur.head.actor.type === "Person" && am.actor.type !== "Person" && next && titlePhraseOf(tokens, m, { start: am.start, end: am.end, sent: am.sent, head: am, pair: false }, next)) {
      cur = undefined;
    }
    // "Robert Fico (Smer-SD), Peter Pellegrini (Hlas-SD) and ...": a party in brackets after a name is the
    // person's tag, inside the person's chunk (so the list goes on past it)
    if (cur && cur.head.actor.type === "Person" && am.actor.orgKind === "political" && tokens[cur.end]?.text === "(" && am.start === cur.end + 1 && tokens[am.end]?.text === ")") {
      cur.end = am.end + 1;
      continue;
    }
    if (cur && cur.sent === am.sent && appositiveGap(tokens, m, cur, am.start, am.actor.type === "Person")) {
      if (cur.head.actor.type === "Person") described = cur;
      cur.end = am.end;
      if (am.actor.type === "Person") cur.head = am;
      continue;
    }
    if (cur && cur.sent === am.sent && (glued(tokens, m, cur, cur.end, am.start, am.actor.type === "Person") || kindBeforeName(tokens, cur, am))) {
      // "Imran Khan's Pakistan Tehreek-e-Insaf": a person's organisation acts, not the person
      const possessed = am.actor.type === "Group" && before?.actor.type === "Person" && before.end === cur.end && am.start === cur.end + 1 && /^['’]s?$/.test(tokens[cur.end]!.text);
      cur.end = am.end;
      // ("X, the special envoy of Mali's interim president Y": the appositive describes X, who stays the head)
      if ((am.actor.type === "Person" && described !== cur) || cur.head.actor.type !== "Person" || possessed) cur.head = am;
      continue;
    }
    cur = { start: am.actor.type === "Person" ? overArabicArticle(tokens, am.start) : am.start, end: am.end, sent: am.sent, head: am, pair: false };
    chunks.push(cur);
  }
  extendOverFollowers(tokens, m, chunks);
  // (rivals counted before they are named first: "both men" later may stand for them)
  const rivals = addCountedRivalsNamedNext(tokens, m, chunks);
  const pairs = addPairChunks(tokens, m, chunks) || rivals;
  const employers = addEmployerChunks(tokens, m, chunks);
  const members = addMemberListChunks(tokens, m, chunks);
  const employer = addEmployerReferenceChunks(tokens, m, chunks);
  const unions = addUnionChunks(tokens, m, chunks);
  const armed = addArmedGroupsChunks(tokens, m, chunks);
  const divided = lex ? addDividedStateChunks(tokens, m, chunks, lex) : false;
  const both = addBothChunks(tokens, m, chunks);
  const counted = addCountedPersonChunks(tokens, m, chunks) || addCountedClericChunks(tokens, m, chunks);
  const listed = addPluralPersonChunks(tokens, m, chunks);
  if (addCountedGroupChunks(tokens, m, chunks) || counted || listed || both || divided || pairs || employers || members || employer || unions || armed) chunks.sort((x, y) => x.start - y.start);
  let chunkAt = indexChunks(n, chunks);
  // references first ("the envoy said", "he said"), so that a quotation's speaker may be one
  const quotes = quotations(tokens);
  const quoted = new Uint8Array(n);
  for (const [open, close] of quotes) quoted.fill(1, open, close + 1);
  chunkAt = withChunks(n, chunks, chunkAt, roleReferenceChunks(tokens, m, chunkAt));
  chunkAt = withChunks(n, chunks, chunkAt, bodyReferenceChunks(tokens, m, chunkAt, lex));
  chunkAt = withChunks(n, chunks, chunkAt, pronounChunks(tokens, chunks, chunkAt, quoted));
  chunkAt = withChunks(n, chunks, chunkAt, ownGovernmentChunks(tokens, chunks, chunkAt, quoted));
  chunkAt = withChunks(n, chunks, chunkAt, ownBodyChunks(tokens, chunks, chunkAt, quoted));
  chunkAt = withChunks(n, chunks, chunkAt, itChunks(tokens, chunks, chunkAt, quoted));
  chunkAt = withChunks(n, chunks, chunkAt, theyChunks(tokens, chunks, chunkAt, quoted));
  chunkAt = withChunks(n, chunks, chunkAt, saidItChunks(tokens, chunks, chunkAt, quoted));
  const spoken = spokenQuotations(tokens, chunks, chunkAt, quotes);
  chunkAt = withChunks(n, chunks, chunkAt, speakerChunks(tokens, chunkAt, spoken));
  return { chunks, chunkAt, quotations: spoken };
}

/** "called on al-Hilu and Abdel Wahid": a surname read without its lower-case article ("al-", "el-") starts at the article. */
function overArabicArticle(tokens: readonly Token[], start: number): number {
  const dash = tokens[start - 1];
  const article = tokens[start - 2];
  return dash?.text === "-" && !dash.space && !tokens[start]!.space && article && /^(al|el|ad|ar|as|an|ash|at|az|ul)$/.test(article.text) ? start - 2 : start;
}

/**
 * Plural nouns for an actor's own people: "urged Mondlane's supporters to" asks it of Mondlane's side,
 * and "Lugo's lawyers had asked the Senate to" is Lugo's demand (those who act for him).
 */
const FOLLOWER_NOUNS = new Set(["supporters", "followers", "backers", "loyalists", "partisans", "fighters", "militants", "members", "activists", "sympathisers", "sympathizers", "lawyers", "attorneys", "aides", "advisers", "advisors"]);

/** "Mondlane's supporters", "Hamas's fighters": the chunk goes on over the possessive and the noun; its head stays. */
function extendOverFollowers(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): void {
  for (const c of chunks) {
    const pos = tokens[c.end];
    const noun = tokens[c.end + 1];
    if (pos && noun && /^['’]s?$/.test(pos.text) && FOLLOWER_NOUNS.has(noun.lower) && m.actorAt[c.end + 1]! < 0 && noun.sent === c.sent) c.end += 2;
  }
}

/** Adds chunks (kept in text order) and returns the token index. */
function withChunks(n: number, chunks: Chunk[], chunkAt: Int32Array, added: Chunk[]): Int32Array {
  if (!added.length) return chunkAt;
  chunks.push(...added);
  chunks.sort((x, y) => x.start - y.start);
  return indexChunks(n, chunks);
}

function indexChunks(n: number, chunks: Chunk[]): Int32Array {
  const chunkAt = new Int32Array(n).fill(-1);
  chunks.forEach((c, idx) => {
    for (let k = c.start; k < c.end; k++) chunkAt[k] = idx;
  });
  return chunkAt;
}

/**
 * Whether the person `am` takes the chunk `cur` (a state or body) from the title phrase before its name,
 * set off by a comma and an optional style ("the Premier of Greenland, Múte B. Egede", "... of Canada,
 * the Honourable Mélanie Joly").
 */
function titlePhraseOf(tokens: readonly Token[], m: Mentions, cur: Chunk, am: ActorMention): boolean {
  // (a state's or region's office: a body's officer still leaves the body a chunk of its own, which the
  // article's count of its parties reads)
  const office = cur.head.actor.type === "State" || cur.head.via === "region";
  if (!office || am.actor.type !== "Person" || am.affiliationRule !== "title-before" || am.affiliation?.start !== cur.head.start || tokens[cur.end]?.text !== ",") return false;
  if (titlePhraseStart(tokens, m, cur.start) === cur.start) return false;
  for (let k = cur.end + 1; k < am.start; k++) if (!(HONORIFICS.has(tokens[k]!.text) || (k === cur.end + 1 && tokens[k]!.lower === "the"))) return false;
  return true;
}

/**
 * Where the title phrase ending in "of" right before token `start` begins ("the Premier of", "the head
 * of", "the Minister for Foreign Affairs of"), at its "the"; `start` when there is none.
 */
function titlePhraseStart(tokens: readonly Token[], m: Mentions, start: number): number {
  if (!/^(of|for)$/.test(tokens[start - 1]?.lower ?? "")) return start;
  let k = start - 2;
  if (m.titleAt[k]! < 0) return start;
  while (k > 0 && (m.titleAt[k - 1]! >= 0 || (/^(of|for|and)$/.test(tokens[k - 1]!.lower) && m.titleAt[k - 2]! >= 0))) k--;
  return tokens[k - 1]?.lower === "the" ? k - 1 : k;
}

/** Every token between two mentions glues them into one actor phrase. */
function glued(tokens: readonly Token[], m: Mentions, cur: Chunk, from: number, to: number, nextPerson: boolean): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const ok =
      GLUE.has(t.lower) ||
      m.titleAt[k]! >= 0 ||
      // ("Thai Foreign Minister Gen X", "Malaysian Foreign Minister Datuk Seri X": one or two styles before the name)
      (HONORIFICS.has(t.text) && (k === to - 1 || (k === to - 2 && HONORIFICS.has(tokens[k + 1]!.text))) && nextPerson && cur.head.actor.type !== "Person") ||
      DESCRIPTORS.has(t.lower) ||
      TITLE_MODIFIERS.has(t.lower) ||
      // "Vietnamese Deputy Prime Minister and Foreign Minister Pham Binh Minh": two titles of one person
      (t.lower === "and" && nextPerson && m.titleAt[k - 1]! >= 0 && m.titleAt[k + 1]! >= 0) ||
      // "Chinese Vice-Foreign Minister Chen Xiaodong": a hyphenated title word of modifiers
      (t.lower.includes("-") && t.lower.split("-").every((w) => TITLE_MODIFIERS.has(w))) ||
      (t.text === "-" && HYPHEN_GLUE.has(tokens[k + 1]?.lower ?? "")) ||
      (HYPHEN_GLUE.has(t.lower) && tokens[k - 1]?.text === "-");
    if (!ok) return false;
  }
  return true;
}

/** Nouns for the kind of body a name that follows them is ("state oil company Pemex", "savings bank La Caixa"). */
const BODY_KIND_NOUNS = new Set(["company", "firm", "bank", "lender", "insurer", "group", "giant", "conglomerate", "fund", "airline", "carrier", "operator", "producer", "maker", "miner", "broadcaster", "utility", "party", "union", "federation", "confederation", "association", "agency", "network"]);

/**
 * "Mexican state oil company Pemex", "Spain's savings bank La Caixa": a state's adjective or possessive,
 * lower-case words ending in a noun for a body's kind, and the body's name are one chunk headed by the body.
 */
function kindBeforeName(tokens: readonly Token[], cur: Chunk, am: ActorMention): boolean {
  if (am.actor.type !== "Group" || cur.head.actor.type !== "State" || am.start - cur.end > 5 || !BODY_KIND_NOUNS.has(tokens[am.start - 1]?.lower ?? "")) return false;
  for (let k = /^['’]s?$/.test(tokens[cur.end]?.text ?? "") ? cur.end + 1 : cur.end; k < am.start; k++) {
    if (!(tokens[k]!.kind === "word" && !tokens[k]!.cap)) return false;
  }
  return true;
}

/** The states a divided nation's plural names ("both Koreas", "the two Sudans"). */
const DIVIDED_STATES: Readonly<Record<string, readonly string[]>> = { koreas: ["north-korea", "south-korea"], sudans: ["sudan", "south-sudan"] };

/** "urged both Koreas to exercise restraint", "talks between the two Koreas": both states. True when any was added. */
function addDividedStateChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[], lex: Lexicon): boolean {
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const ids = DIVIDED_STATES[t.lower];
    if (!ids || !t.cap || !ids.every((id) => lex.states.has(id))) continue;
    const start = tokens[k - 1]!.lower === "two" && tokens[k - 2]?.lower === "the" ? k - 2 : /^(both|the)$/.test(tokens[k - 1]!.lower) ? k - 1 : k;
    const chunk: Chunk = { start, end: k + 1, sent: t.sent, head: mkMention(start, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members: ids.map((id) => stateActor(lex, id)) };
    // ("Koreas" read as one of them by the state names: the plural is both)
    const read = chunks.findIndex((c) => c.start <= k && k < c.end);
    if (read >= 0 && (m.actorAt[k]! < 0 || !ids.includes(chunks[read]!.head.actor.state ?? "") || chunks[read]!.end !== k + 1)) continue;
    if (read >= 0) chunks[read] = chunk;
    else chunks.push(chunk);
    added = true;
  }
  return added;
}

/** Verbs of asking before a bare "both" ("asked both to resolve the matter"). */
const ASKED_BOTH = /^(asked|urged|told|pressed|encouraged|invited|called|implored|exhorted|advised)$/;

/**
 * "Shah spoke to Sarma and Zoramthanga and asked both to resolve the matter": a bare "both" after a
 * verb of asking, before "to", stands for the last two persons named before it in the sentence (else
 * the last two other actors). True when any was added.
 */
function addBothChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== "both" || tokens[k + 1]!.lower !== "to" || m.actorAt[k]! >= 0) continue;
    const verb = tokens[k - 1]!.lower === "on" ? k - 2 : k - 1;
    if (!ASKED_BOTH.test(tokens[verb]?.lower ?? "")) continue;
    // (the sentence's first actor is the one asking)
    const before = m.actors.filter((am) => am.sent === t.sent && am.end <= verb).slice(1);
    const persons = before.filter((am) => am.actor.type === "Person");
    const pool = persons.length >= 2 ? persons : before.filter((am) => am.actor.type !== "Person");
    const named: Actor[] = [];
    for (let q = pool.length - 1; q >= 0 && named.length < 2; q--) if (!named.some((x) => x.key === pool[q]!.actor.key)) named.unshift(pool[q]!.actor);
    if (named.length < 2) continue;
    chunks.push({ start: k, end: k + 1, sent: t.sent, head: mkMention(k, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members: named });
    added = true;
  }
  return added;
}

/**
 * "convened by the three countries that act as guarantors": "the" + three to six + a noun for states or
 * bodies stands for the last list of that many states and organisations named together ("Russia,
 * Turkey and Iran") in this sentence or the six before, else the same count's members read before. True
 * when any was added.
 */
function addCountedGroupChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  // ("the four countries" again, further on: the four it stood for before)
  const before = new Map<number, Actor[]>();
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    const n = SMALL_NUMBERS.get(tokens[k - 1]!.lower);
    if (n === undefined || !GROUP_NOUNS_COUNTED.has(t.lower) || tokens[k - 2]!.lower !== "the" || m.actorAt[k]! >= 0) continue;
    const members = lastListOf(tokens, m, k - 2, n) ?? before.get(n);
    if (!members) continue;
    before.set(n, members);
    chunks.push({ start: k - 2, end: k + 1, sent: t.sent, head: mkMention(k - 2, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members });
    added = true;
  }
  return added;
}

/** Plural nouns for persons counted after "the" ("the three leaders met"). */
const COUNTED_PERSON_NOUNS = /^(leaders|men|women|presidents|premiers|ministers|heads)$/;

/**
 * "Trudeau met Notley and Horgan ... The three leaders met for an hour": "the" + three to six + a noun
 * for persons stands for the persons named in this sentence and the one before, when exactly that many
 * are. True when any was added.
 */
function addCountedPersonChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    const n = SMALL_NUMBERS.get(tokens[k - 1]!.lower);
    if (n === undefined || !COUNTED_PERSON_NOUNS.test(t.lower) || tokens[k - 2]!.lower !== "the" || m.actorAt[k]! >= 0 || tokens[k + 1]?.lower === "of") continue;
    const members: Actor[] = [];
    for (const am of m.actors) {
      if (am.start >= k - 2) break;
      if (am.sent >= t.sent - 1 && am.actor.type === "Person" && !members.some((x) => x.key === am.actor.key)) members.push(am.actor);
    }
    if (members.length !== n) continue;
    chunks.push({ start: k - 2, end: k + 1, sent: t.sent, head: mkMention(k - 2, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members });
    added = true;
  }
  return added;
}

/** A cleric's title or style ("Pope Francis", "the Archbishop of Canterbury", "the Reverend X, a former Moderator"). */
const CLERIC_TITLE = /\b(Pope|Archbishop|Bishop|Cardinal|Reverend|Rev|Moderator|Patriarch|Imam|Mufti|Rabbi|Nuncio|Primate|Pastor|Ayatollah|Metropolitan|Catholicos|Cleric|cleric|archbishop|bishop|pope|imam|rabbi)\b/;
/** A church's name ("the Church of England", "the Ecumenical Patriarchate"). */
const CHURCH_NAME = /\b(Church|Churches|Patriarchate|Communion|Synod|Diocese|Archdiocese)\b/;
/** Modifiers that make counted leaders clerics ("the two church leaders", "the three religious leaders"). */
const CLERIC_MOD = /^(church|religious|faith|spiritual|christian|muslim|islamic|catholic|anglican)$/;

/**
 * "The two church leaders have sought to mediate", "The three church leaders co-hosted the retreat": "the",
 * a count, a word for faith and "leaders" stand for the persons named before with a cleric's title or
 * style, when the article has named exactly that many. True when any was added.
 */
function addCountedClericChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 3; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== "leaders" || !CLERIC_MOD.test(tokens[k - 1]!.lower) || tokens[k - 3]!.lower !== "the" || m.actorAt[k]! >= 0) continue;
    const n = tokens[k - 2]!.lower === "two" ? 2 : SMALL_NUMBERS.get(tokens[k - 2]!.lower);
    if (n === undefined) continue;
    const members: Actor[] = [];
    for (const am of m.actors) {
      if (am.start >= k - 3) break;
      const style = am.start > 0 ? tokens[am.start - 1]!.text : "";
      const church = am.affiliation && (am.affiliation.actor.key === "state:holy-see" || CHURCH_NAME.test(am.affiliation.actor.name));
      if (am.actor.type === "Person" && (CLERIC_TITLE.test(am.role ?? "") || CLERIC_TITLE.test(style) || CLERIC_TITLE.test(am.surface) || church) && !members.some((x) => x.key === am.actor.key)) members.push(am.actor);
    }
    if (members.length !== n) continue;
    chunks.push({ start: k - 3, end: k + 1, sent: t.sent, head: mkMention(k - 3, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members });
    added = true;
  }
  return added;
}

/** Plural nouns for rival leaders counted before they are named ("Libya's two main rivals"). */
const RIVAL_NOUNS = /^(rivals|foes|adversaries|archrivals|arch-rivals|strongmen|enemies|leaders|men)$/;
/** Words between the count and such a noun ("two main rivals", "two warring leaders"). */
const RIVAL_ADJ = /^(main|rival|warring|feuding|top|key|political|bitter|estranged)$/;

/**
 * "Libya's two main rivals on Tuesday committed to a ceasefire ... Fayez al-Sarraj ... and Khalifa
 * Haftar ...": a sentence's opening "the" or a state's possessive, a count and a noun for rival leaders
 * stand for the persons the next sentence names, when it names exactly that many and fewer were named
 * before. The state's own chunk gives way to it. True when any was added.
 */
function addCountedRivalsNamedNext(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!RIVAL_NOUNS.test(t.lower) || m.actorAt[k]! >= 0) continue;
    let q = k - 1;
    while (q > k - 3 && RIVAL_ADJ.test(tokens[q]!.lower)) q--;
    const n = tokens[q]!.lower === "two" ? 2 : SMALL_NUMBERS.get(tokens[q]!.lower);
    if (n === undefined || n < 2) continue;
    // "the two rivals", "Libya's two rivals", opening the sentence
    const possessor = /^['’]s?$/.test(tokens[q - 1]?.text ?? "") ? m.actorAt[q - 2]! : -1;
    const start = possessor >= 0 && m.actors[possessor]!.actor.type === "State" ? m.actors[possessor]!.start : tokens[q - 1]?.lower === "the" ? q - 1 : -1;
    // (after a dateline's dash: "La Celle-Saint-Cloud (France) (AFP) - Libya's two main rivals")
    if (start < 0 || (start > 0 && tokens[start - 1]!.sent === t.sent && !/^[-–—]$/.test(tokens[start - 1]!.text))) continue;
    // (as many persons named before may be the rivals; fewer, a byline's, are not)
    if (new Set(m.actors.filter((am) => am.actor.type === "Person" && am.end <= start).map((am) => am.actor.key)).size >= n) continue;
    const members: Actor[] = [];
    for (const am of m.actors) if (am.sent === t.sent + 1 && am.actor.type === "Person" && !members.some((x) => x.key === am.actor.key)) members.push(am.actor);
    if (members.length !== n) continue;
    const own = chunks.findIndex((c) => c.start === start && c.end <= k);
    if (own >= 0) chunks.splice(own, 1);
    chunks.push({ start, end: k + 1, sent: t.sent, head: mkMention(start, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members });
    added = true;
  }
  return added;
}

/** Plural nouns for the persons a sentence before listed ("The mission included A, B and C. ... the ministers met Lugo"). */
const LISTED_PERSON_NOUNS = /^(ministers|envoys|mediators|negotiators|delegates)$/;

/**
 * "The mission ... included Brazil's Antonio Patriota, Argentina's Hector Timerman and Venezuela's
 * Nicolas Maduro. ... the ministers met Lugo": "the" + a plural noun for persons, with no person named
 * before it in its sentence, stands for the persons the sentence before named, when it named three or
 * more. True when any was added.
 */
function addPluralPersonChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (a verb or an adverb next: "the ministers met", not a description: "the mediators the speaker appoints")
    const next = tokens[k + 1];
    if (!LISTED_PERSON_NOUNS.test(t.lower) || tokens[k - 1]!.lower !== "the" || m.actorAt[k]! >= 0 || next?.kind !== "word" || next.cap || /^(the|a|an|of|who|whom|that|which|from|in|at|for|to|and|or)$/.test(next.lower)) continue;
    const members: Actor[] = [];
    let sameSentence = false;
    for (const am of m.actors) {
      if (am.start >= k) break;
      if (am.actor.type !== "Person") continue;
      if (am.sent === t.sent) sameSentence = true;
      else if (am.sent === t.sent - 1 && !members.some((x) => x.key === am.actor.key)) members.push(am.actor);
    }
    if (sameSentence || members.length < 3) continue;
    chunks.push({ start: k - 1, end: k + 1, sent: t.sent, head: mkMention(k - 1, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members });
    added = true;
  }
  return added;
}

/** Words between "the" and a noun for companies ("the country's three biggest producers"). */
const EMPLOYER_ADJ = /^(biggest|largest|major|main|top|leading|big|'s|’s|country|nation|world|industry|sector)$/;

/** The employers among the mentions `where` accepts, each once, in text order. */
function employersNamed(m: Mentions, where: (am: Mentions["actors"][number]) => boolean): Actor[] {
  const out: Actor[] = [];
  for (const am of m.actors) if (am.actor.employer && where(am) && !out.some((x) => x.key === am.actor.key)) out.push(am.actor);
  return out;
}

/** Nouns for the companies on one side of a labour dispute. */
const EMPLOYER_NOUNS = new Set(["companies", "automakers", "carmakers", "employers", "firms", "studios", "carriers", "airlines", "railroads", "railways", "operators", "producers", "manufacturers"]);

/** Singular nouns for the one company of a labour dispute ("met the union and the airline"). */
const EMPLOYER_NOUN = new Set(["company", "airline", "carrier", "employer", "automaker", "carmaker", "firm", "railway", "railroad", "operator", "manufacturer", "hospital"]);

/** Words of an employers' body's name ("Confederation of Danish Employers", "Garment Manufacturers and Exporters Association"). */
const EMPLOYERS_BODY = /\b(Employers|Manufacturers|Exporters|Industries|Industry|Business|Producers)\b/;

/** The last employers' body named in sentence `sent` before token k, if any. */
function employersBodyBefore(m: Mentions, k: number, sent: number): Actor | undefined {
  let body: Actor | undefined;
  for (const am of m.actors) {
    if (am.start >= k) break;
    if (am.sent === sent && am.actor.type === "Group" && EMPLOYERS_BODY.test(am.actor.name)) body = am.actor;
  }
  return body;
}

/**
 * "Hajdu met separately with the union and the airline": "the" + a noun for a company stands for the
 * one employer the article has named so far (none when it named several). True when any was added.
 */
function addEmployerReferenceChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!EMPLOYER_NOUN.has(t.lower) || tokens[k - 1]!.lower !== "the" || m.actorAt[k]! >= 0 || tokens[k + 1]?.text === "'s" || (tokens[k + 1]?.cap && tokens[k + 1]!.sent === t.sent)) continue;
    const named = employersNamed(m, (am) => am.start < k);
    if (named.length !== 1) continue;
    chunks.push({ start: k - 1, end: k + 1, sent: t.sent, head: mkMention(k - 1, k + 1, t.sent, named[0]!, "", "reference"), pair: false });
    added = true;
  }
  return added;
}

/**
 * "demanded that the three companies raise wages", "urged the automakers to go further": "the" (and a
 * count) + a noun for companies stands for the companies and employers' bodies the article has named so
 * far, when there are at least two (and as many as the count says). True when any was added.
 */
function addEmployerChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!EMPLOYER_NOUNS.has(t.lower) || m.actorAt[k]! >= 0 || tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === "'s") continue;
    // "the three companies", "the country's three biggest producers"
    let the = k - 1;
    let n: number | undefined;
    while (the > k - 6 && the > 0 && tokens[the]!.lower !== "the" && (SMALL_NUMBERS.has(tokens[the]!.lower) || EMPLOYER_ADJ.test(tokens[the]!.lower))) {
      n ??= SMALL_NUMBERS.get(tokens[the]!.lower);
      the--;
    }
    if (tokens[the]?.lower !== "the" || tokens[the]!.sent !== t.sent) continue;
    // "met the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) ... and asked the employers
    // to": an employers' body named before in the sentence is who they are
    const body = the === k - 1 ? employersBodyBefore(m, the, t.sent) : undefined;
    if (body) {
      chunks.push({ start: the, end: k + 1, sent: t.sent, head: mkMention(the, k + 1, t.sent, body, "", "reference"), pair: false });
      added = true;
      continue;
    }
    let members = employersNamed(m, (am) => am.start < the);
    // "talks between AMCU and the country's three biggest producers ... Amplats, Implats and Lonmin":
    // named in the next sentences when not before
    if (members.length < 2) members = employersNamed(m, (am) => am.start > k && am.sent <= t.sent + 3);
    if (members.length < 2 || (n !== undefined && members.length !== n)) continue;
    chunks.push({ start: the, end: k + 1, sent: t.sent, head: mkMention(the, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members });
    added = true;
  }
  return added;
}

/**
 * "The unions had demanded a double-digit increase", "urged the two unions to": "the" (and a count, or
 * "both") + "unions" stands for every union the article has named so far (as many as the count says).
 * True when any was added.
 */
function addUnionChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("Union officials had met ...": capitalised only as a sentence's first word)
    const opens = t.text === "Union" && tokens[k - 1]!.sent !== t.sent;
    if ((t.text === "union" || opens) && addUnionPeopleChunk(tokens, m, chunks, k)) {
      added = true;
      continue;
    }
    // ("the unions' leaders": their people, too)
    const people = /^['’]s?$/.test(tokens[k + 1]?.text ?? "") && UNION_PEOPLE.test(tokens[k + 2]?.lower ?? "");
    if (t.text !== "unions" || m.actorAt[k]! >= 0 || (/^['’]s?$/.test(tokens[k + 1]?.text ?? "") && !people)) continue;
    const n = SMALL_NUMBERS.get(tokens[k - 1]!.lower) ?? (tokens[k - 1]!.lower === "two" || tokens[k - 1]!.lower === "both" ? 2 : undefined);
    const the = n !== undefined && tokens[k - 1]!.lower !== "both" ? k - 2 : k - 1;
    if (!/^(the|both)$/.test(tokens[the]?.lower ?? "") || tokens[the]!.sent !== t.sent) continue;
    const named = new Map<string, Actor>();
    for (const am of m.actors) if (am.start < the && am.actor.type === "Group" && isUnion(am.actor)) named.set(am.actor.key, am.actor);
    if (!named.size || (n !== undefined && named.size !== n)) continue;
    const end = people ? k + 3 : k + 1;
    chunks.push({ start: the, end, sent: t.sent, head: mkMention(the, end, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members: [...named.values()] });
    added = true;
  }
  return added;
}

/**
 * "met union leaders and the airline's management": the leaders of every union named so far (of the one
 * union, when one was named). True when a chunk was added at token `k` ("union").
 */
function addUnionPeopleChunk(tokens: readonly Token[], m: Mentions, chunks: Chunk[], k: number): boolean {
  const t = tokens[k]!;
  if (m.actorAt[k]! >= 0 || !UNION_PEOPLE.test(tokens[k + 1]?.lower ?? "") || tokens[k + 1]!.sent !== t.sent) return false;
  const start = tokens[k - 1]?.lower === "the" ? k - 1 : k;
  if (start === k && tokens[k - 1]?.kind === "word" && tokens[k - 1]!.sent === t.sent && !/^(and|with|met|meet|meets|meeting|by|to|of|for|after|before|between|among|when|while|until)$/.test(tokens[k - 1]!.lower)) return false;
  const named = new Map<string, Actor>();
  for (const am of m.actors) if (am.start < k && am.actor.type === "Group" && isUnion(am.actor)) named.set(am.actor.key, am.actor);
  // ("The strike was called off after union leaders and LU bosses struck a deal. The RMT and TSSA unions
  // suspended ...": with none named before, the unions the next sentence names)
  if (!named.size) for (const am of m.actors) if (am.start > k && am.sent <= t.sent + 1 && am.actor.type === "Group" && isUnion(am.actor)) named.set(am.actor.key, am.actor);
  if (!named.size) return false;
  const [only] = named.values();
  const head = named.size === 1 ? mkMention(start, k + 2, t.sent, only!, "", "union-people") : mkMention(start, k + 2, t.sent, PAIR_ACTOR, "", "pair");
  chunks.push({ start, end: k + 2, sent: t.sent, head, pair: named.size > 1, ...(named.size > 1 ? { members: [...named.values()] } : {}) });
  return true;
}

/** Plural nouns for the armed groups of a conflict ("the armed groups pressed the government"). */
const ARMED_PLURALS = /^(armed groups|rebel groups|armed movements|rebel movements|militias|armed factions|rebel factions)$/;

/**
 * "During the negotiations the armed groups pressed the government to": "the" + a plural noun for armed
 * groups stands for every armed group the article has named so far (two or more). True when any was added.
 */
function addArmedGroupsChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const two = tokens[k + 1]?.sent === t.sent && ARMED_PLURALS.test(`${t.lower} ${tokens[k + 1]!.lower}`);
    if (!(two || ARMED_PLURALS.test(t.lower)) || tokens[k - 1]!.lower !== "the" || m.actorAt[k]! >= 0) continue;
    const end = two ? k + 2 : k + 1;
    if (tokens[end]?.lower === "of" || /^['’]s?$/.test(tokens[end]?.text ?? "")) continue;
    const named = new Map<string, Actor>();
    for (const am of m.actors) if (am.start < k && am.actor.type === "Group" && am.actor.orgKind === "armed-group") named.set(am.actor.key, am.actor);
    if (named.size < 2) continue;
    chunks.push({ start: k - 1, end, sent: t.sent, head: mkMention(k - 1, end, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members: [...named.values()] });
    added = true;
  }
  return added;
}

/** The people of the unions ("the unions' leaders"). */
const UNION_PEOPLE = /^(leaders|leadership|representatives|negotiators|officials|chiefs|bosses|delegates|delegations)$/;

/** The last list of exactly `n` states and organisations joined by commas and "and" before token `before`. */
function lastListOf(tokens: readonly Token[], m: Mentions, before: number, n: number): Actor[] | undefined {
  let run: Actor[] = [];
  let best: Actor[] | undefined;
  let prevEnd = -1;
  const close = () => {
    if (run.length === n) best = run;
    run = [];
  };
  for (const am of m.actors) {
    if (am.end > before) break;
    if (am.sent < tokens[before]!.sent - 6) continue;
    if (am.actor.type === "Person") {
      close();
      prevEnd = -1;
      continue;
    }
    let joined = prevEnd >= 0 && am.sent === tokens[prevEnd - 1]!.sent;
    for (let q = prevEnd; joined && q < am.start; q++) if (!/^(,|and|the|&)$/.test(tokens[q]!.lower)) joined = false;
    if (!joined) close();
    if (!run.some((x) => x.key === am.actor.key)) run.push(am.actor);
    prevEnd = am.end;
  }
  close();
  return best;
}

/** Words that open a list of members after a plural noun (", including", ", among them", ", such as", "that included"). */
function memberListStart(tokens: readonly Token[], k: number): number {
  let q = k + 1;
  if (tokens[q]?.text === ",") q++;
  const w = tokens[q]?.lower;
  if (w === "including" || w === "notably" || w === "comprising") return q + 1;
  if ((w === "among" && tokens[q + 1]?.lower === "them") || (w === "such" && tokens[q + 1]?.lower === "as")) return q + 2;
  if (/^(that|which|who)$/.test(w ?? "") && /^(included|includes|include|comprised|comprises)$/.test(tokens[q + 1]?.lower ?? "")) return q + 2;
  return -1;
}

/**
 * The start of the noun phrase before the noun at `k`: its "the" ("the health unions"), or its "a"
 * over an "of" and a demonym ("a team of Mozambican figures"), for a team's noun; -1 when there is none.
 */
function collectiveStart(tokens: readonly Token[], m: Mentions, k: number): number {
  const team = TEAM_NOUNS.has(tokens[k]!.lower);
  let q = k - 1;
  while (q > k - 6 && q > 0 && tokens[q]!.sent === tokens[k]!.sent && !/^(the|a|an)$/.test(tokens[q]!.lower)) {
    const t = tokens[q]!;
    const a = m.actorAt[q]!;
    // ("Mozambican" in "a team of Mozambican figures": a demonym describing the team's people)
    const demonym = team && a >= 0 && m.actors[a]!.start === q && m.actors[a]!.end === q + 1 && !tokens[q + 1]!.cap;
    if (!(t.kind === "word" && !t.cap && a < 0) && !demonym) return -1;
    q--;
  }
  const det = tokens[q];
  if (det?.sent !== tokens[k]!.sent) return -1;
  return det.lower === "the" || (team && (det.lower === "a" || det.lower === "an")) ? q : -1;
}

/**
 * "talks with the health unions, among them the RCN, Unison and the GMB", "the Gulf states, including
 * Qatar and Oman": "the" + a plural noun for bodies or states stands for the actors the list after it
 * names. True when any was added.
 */
function addMemberListChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!(MEMBER_LIST_NOUNS.has(t.lower) || TEAM_NOUNS.has(t.lower)) || m.actorAt[k]! >= 0) continue;
    const the = collectiveStart(tokens, m, k);
    if (the < 0) continue;
    let q = memberListStart(tokens, k);
    if (q < 0) continue;
    const members: Actor[] = [];
    while (q < tokens.length && tokens[q]!.sent === t.sent) {
      const a = m.actorAt[q]!;
      if (a >= 0) {
        const am = m.actors[a]!;
        if (!members.some((x) => x.key === am.actor.key)) members.push(am.actor);
        q = am.end;
      } else if (/^(,|and|the|its|their)$/.test(tokens[q]!.lower)) q++;
      else {
        // ("that included academic X and Anglican priest Y": a person's description before the name)
        const named = describedNameAt(tokens, m, q);
        if (named < 0) break;
        q = named;
      }
    }
    if (!members.length) continue;
    // (the demonym inside the phrase is no chunk of its own)
    for (let c = chunks.length - 1; c >= 0; c--) if (chunks[c]!.start >= the && chunks[c]!.end <= k + 1) chunks.splice(c, 1);
    chunks.push({ start: the, end: k + 1, sent: t.sent, head: mkMention(the, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members });
    added = true;
  }
  return added;
}

/** The start of a person's name one to three words after `q` ("academic X", "Anglican priest Y"), or -1. */
function describedNameAt(tokens: readonly Token[], m: Mentions, q: number): number {
  for (let r = q; r < q + 3 && tokens[r]?.kind === "word" && tokens[r]!.sent === tokens[q]!.sent && m.actorAt[r]! < 0; r++) {
    const a = m.actorAt[r + 1]!;
    if (a >= 0 && m.actors[a]!.start === r + 1 && m.actors[a]!.actor.type === "Person") return r + 1;
  }
  return -1;
}

/** Words after a bare "the two" that show it is the subject ("the two later met", "the two held talks"). */
const TWO_FOLLOWERS = new Set("later then also have had were are will would met meet held hold agreed signed spoke said sat shook discussed talked travelled traveled flew".split(" "));

/** Plural offices a person pair may name ("the two presidents"), and the roles that hold each ("the two ministers": Kerry, Secretary of State, and Zarif). */
const PAIR_OFFICES: ReadonlyMap<string, RegExp> = new Map([
  // (whole words: a "Presidential spokesman" is no president)
  ["presidents", /\bpresident\b/i],
  ["prime ministers", /\bprime minister\b|\bpremier\b/i],
  ["foreign ministers", /\bforeign\b|\bsecretary of state\b/i],
  ["ministers", /\bminister\b|\bsecretary\b/i],
  ["premiers", /\bpremier\b|\bprime minister\b/i],
  ["envoys", /\benvoy\b|\brepresentative\b|\bambassador\b/i],
  ["negotiators", /\bnegotiator\b/i],
]);

/** Whether the article gives the person a role that holds `office`. */
function holdsOffice(m: Mentions, key: string, office: RegExp): boolean {
  return m.actors.some((am) => am.actor.key === key && !!am.role && office.test(am.role));
}

/**
 * "Weizman developed a rapport with Sadat, and the two men held talks": the two persons named last, in
 * this sentence or the one before (further back when that names no person or `noun` names an office);
 * "The two men met in Malta ... Kobler urged both men to": the pair named by the sentence before.
 * With fewer than two persons in reach (the clause's own subject left out), the last two persons named
 * together or counted as a pair. Undefined when there are none.
 */
function personPairChunk(tokens: readonly Token[], m: Mentions, chunks: readonly Chunk[], k: number, sent: number, start: number, lastPersonPair: Chunk | undefined, noun = ""): Chunk | undefined {
  // ("both prime ministers": persons with that office, when the article names any with it)
  const office = PAIR_OFFICES.get(noun);
  const officeHolders = office !== undefined && m.actors.some((am) => am.actor.type === "Person" && am.sent <= sent && !!am.role && office.test(am.role));
  const chained = lastPersonPair && lastPersonPair.sent >= sent - 1 ? lastPersonPair : undefined;
  const members: Actor[] = chained ? [...chained.members!].reverse() : [];
  // this sentence and the one before, or the one before that when it names no person ("He had asked
  // Bédié to ... The meeting came after mediation by West African leaders. X had urged the two men to")
  // (an office named narrows the pair enough to look three sentences back: "both prime ministers")
  const reach = officeHolders ? sent - 3 : m.actors.some((am) => am.sent === sent - 1 && am.actor.type === "Person") ? sent - 1 : sent - 2;
  for (let q = m.actors.length - 1; q >= 0 && members.length < 4; q--) {
    const am = m.actors[q]!;
    if (am.end > start || (chained && am.start < chained.end)) continue;
    if (am.sent < reach) break;
    // (a person the article gives no role at all may hold any office)
    const fits = !officeHolders || holdsOffice(m, am.actor.key, office!) || !m.actors.some((x) => x.actor.key === am.actor.key && x.role);
    // ("Macron asked the two men to": the clause's subject is none of the two)
    if (am.sent === sent && clauseSubjectOf(tokens, am.end, start)) continue;
    if (am.actor.type === "Person" && !members.some((x) => x.key === am.actor.key) && fits) members.push(am.actor);
  }
  // ("He urged both men to", with only the speaker named near: the last two persons named together;
  // "Macron read out a declaration in which the two men pledge": the rivals counted before, over a
  // third person the sentence itself names)
  if (!chained && !officeHolders) {
    const joined = lastPersonsJoined(tokens, m, chunks, start, sent - 15);
    const outsider = joined.counted && members.some((x) => !joined.actors.some((y) => y.key === x.key) && m.actors.some((am) => am.actor.key === x.key && am.sent === sent && am.end <= start));
    if (members.length < 2 || outsider) members.splice(0, members.length, ...joined.actors);
  }
  if (members.length < 2) return undefined;
  return { start, end: k + 1, sent, head: mkMention(start, k + 1, sent, PAIR_ACTOR, "", "pair"), pair: true, members: members.slice(0, 2).reverse(), reserve: members.slice(2) };
}

/** Words that open a clause or a phrase of its own between a person and a pair. */
const CLAUSE_OPENERS = /^(and|or|but|after|before|when|while|since|until|once|as|because|that|with|then|where|if)$/;

/** Whether the words from `end` to `start` are a verb or two and no more: the mention ending at `end` is the clause's subject. */
function clauseSubjectOf(tokens: readonly Token[], end: number, start: number): boolean {
  if (start - end < 1 || start - end > 2) return false;
  // ("Hariri had floated after the two met": a clause that opens before the pair makes it its subject)
  for (let q = end; q < start; q++) if (tokens[q]!.kind !== "word" || tokens[q]!.cap || CLAUSE_OPENERS.test(tokens[q]!.lower)) return false;
  return true;
}

/**
 * The last two persons written "A and B" before token `before`, from sentence `fromSent` on ("Sarraj and
 * Haftar last met"), or counted as a pair before ("Libya's two main rivals"), whichever is later.
 */
function lastPersonsJoined(tokens: readonly Token[], m: Mentions, chunks: readonly Chunk[], before: number, fromSent: number): { actors: Actor[]; counted: boolean } {
  const counted = chunks.filter((c) => c.pair && c.end <= before && c.sent >= fromSent && c.members?.length === 2 && c.members.every((x) => x.type === "Person")).pop();
  for (let q = m.actors.length - 1; q > 0; q--) {
    if (counted && m.actors[q]!.start < counted.start) break;
    const b = m.actors[q]!;
    const a = m.actors[q - 1]!;
    if (b.end > before) continue;
    if (b.sent < fromSent) break;
    if (a.actor.type === "Person" && b.actor.type === "Person" && a.actor.key !== b.actor.key && b.start === a.end + 1 && tokens[a.end]!.lower === "and") return { actors: [b.actor, a.actor], counted: false };
  }
  return counted ? { actors: [...counted.members!].reverse(), counted: true } : { actors: [], counted: false };
}

/** Words that end a coordination of two persons: what follows is another clause ("mediated by", "said"). */
const NOT_COORDINATION = new Set("by said says told after following before while who whom which when as but".split(" "));

/** The side a person speaks for, from the first mention that names one. */
function sideOf(m: Mentions, key: string, before: number): string | undefined {
  for (const am of m.actors) {
    if (am.start >= before) break;
    if (am.actor.key !== key) continue;
    const side = am.affiliation?.actor ?? am.stateAffiliation?.actor;
    if (side) return side.state ?? side.key;
  }
  return undefined;
}

/** Titles of one who leads a state, a government, a side or a body (not a deputy nor an aide). */
const LEADER_ROLE = /\b(president|prime minister|premier|chancellor|leader|king|queen|emir|sultan|chairman|chairwoman|chair|head|chief executive|secretary-general|governor)\b/i;

/** The person is called by a leader's title somewhere in the article ("Turkish Cypriot leader Mustafa Akinci"). */
function isLeader(m: Mentions, key: string): boolean {
  return m.actors.some((am) => am.actor.key === key && !!am.role && LEADER_ROLE.test(am.role) && !/\b(vice|deputy|former|ex-)/i.test(am.role));
}

/**
 * "President Nicos Anastasiades and Turkish Cypriot leader Mustafa Akinci ... The two leaders had
 * resumed": the last two persons named together ("X and Y", "X ... with Y") in this sentence or the
 * one before, when both are called leaders somewhere in the article and do not speak for one side.
 * Undefined otherwise: "the two leaders" are then the article's two parties (the last two persons are
 * as often a mediator and one leader, or two aides).
 */
function leaderPairChunk(tokens: readonly Token[], m: Mentions, k: number, sent: number, start: number): Chunk | undefined {
  const persons = m.actors.filter((am) => am.actor.type === "Person" && am.end <= start && am.sent >= sent - 1);
  for (let b = persons.length - 1; b > 0; b--) {
    const y = persons[b]!;
    for (let a = b - 1; a >= 0 && persons[a]!.sent === y.sent; a--) {
      const x = persons[a]!;
      if (x.actor.key === y.actor.key || y.start - x.end > 12) continue;
      let joined = false;
      let broken = false;
      for (let q = x.end; q < y.start; q++) {
        const w = tokens[q]!.lower;
        if (w === "and" || w === "with") joined = true;
        if (NOT_COORDINATION.has(w) || (m.actorAt[q]! >= 0 && m.actors[m.actorAt[q]!]!.actor.type === "Person")) broken = true;
      }
      if (!joined || broken) continue;
      const sx = sideOf(m, x.actor.key, start);
      const sy = sideOf(m, y.actor.key, start);
      // two aides of one delegation ("Kim brought Kim Yong Chol and Ri Yong Ho") are no two leaders
      if (!isLeader(m, x.actor.key) || !isLeader(m, y.actor.key) || (sx && sx === sy)) return undefined;
      return { start, end: k + 1, sent, head: mkMention(start, k + 1, sent, PAIR_ACTOR, "", "pair"), pair: true, members: [x.actor, y.actor] };
    }
  }
  return undefined;
}

/**
 * The last two actors of `type` named as "X and (the) Y" before `start`, in this sentence or the one
 * before; undefined when none.
 */
function namedTogether(tokens: readonly Token[], m: Mentions, start: number, sent: number, type: Actor["type"]): Actor[] | undefined {
  const named = m.actors.filter((am) => am.actor.type === type && am.end <= start && am.sent >= sent - 1);
  for (let b = named.length - 1; b > 0; b--) {
    const [x, y] = [named[b - 1]!, named[b]!];
    const the = tokens[x.end + 1]?.lower === "the" ? 1 : 0;
    if (x.actor.key !== y.actor.key && y.start === x.end + 1 + the && tokens[x.end]!.lower === "and") return [x.actor, y.actor];
  }
  return undefined;
}

/** Plural nouns for two bodies of one kind ("both parliaments", "the two legislatures"). */
const BODY_PAIR_NOUNS = new Set(["parliaments", "legislatures", "assemblies", "chambers"]);

/**
 * "go to the Riigikogu and the State Duma for ratification, and urged both parliaments to": the two
 * bodies named together just before; undefined when "both" or "the two" does not open the noun at k or
 * no two bodies were so named.
 */
function bodyPairChunk(tokens: readonly Token[], m: Mentions, k: number): Chunk | undefined {
  const t = tokens[k]!;
  const p1 = tokens[k - 1]?.lower;
  const start = p1 === "both" ? k - 1 : p1 === "two" && tokens[k - 2]?.lower === "the" ? k - 2 : -1;
  if (start < 0 || !BODY_PAIR_NOUNS.has(t.lower)) return undefined;
  const members = namedTogether(tokens, m, start, t.sent, "Group");
  return members && { start, end: k + 1, sent: t.sent, head: mkMention(start, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members };
}

/** "the two sides", "both parties": chunks standing for the two parties. True when any was added. */
function addPairChunks(tokens: readonly Token[], m: Mentions, chunks: Chunk[]): boolean {
  let added = false;
  let lastPersonPair: Chunk | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "The two later held separate talks with ...": "the two" with no noun, before its verb
    const bareTwo = t.lower === "two" && tokens[k - 1]!.lower === "the" && TWO_FOLLOWERS.has(tokens[k + 1]?.lower ?? "");
    const personPair = PERSON_PAIR_NOUNS.has(t.lower) || bareTwo;
    // "the two negotiating teams", "both bargaining parties": the sides at the table
    // ("both brotherly countries", "the two neighbouring states": the diplomats' adjectives of two states)
    const stateMod = /^(brotherly|sisterly|fraternal|friendly|neighbouring|neighboring)$/.test(tokens[k - 1]!.lower) && /^(countries|nations|states|governments|peoples)$/.test(t.lower);
    const sideMod = (/^(negotiating|bargaining)$/.test(tokens[k - 1]!.lower) || stateMod) && !personPair ? 1 : 0;
    const bodies = m.actorAt[k]! < 0 ? bodyPairChunk(tokens, m, k) : undefined;
    if (bodies) {
      chunks.push(bodies);
      added = true;
      continue;
    }
    if ((!PAIR_NOUNS.has(t.lower) && !personPair && !(sideMod && t.lower === "teams")) || m.actorAt[k]! >= 0) continue;
    // "the two prime ministers": a modifier of the office between "two" and the noun
    const mod = personPair && PERSON_PAIR_MODIFIERS.has(tokens[k - 1]!.lower) ? 1 : sideMod;
    // (an article may open with the office: "Foreign Ministers A and B ended ...")
    const p1 = bareTwo ? "two" : tokens[k - 1 - mod]?.lower ?? "";
    const p2 = bareTwo ? "the" : tokens[k - 2 - mod]?.lower;
    if (personPair) {
      // ("The Ministers called on": a joint statement's signatories, written with a capital)
      const formal = p1 === "the" && t.text === "Ministers" && !mod;
      const pair = ((p1 === "two" && p2 === "the") || p1 === "both" || formal) && (bareTwo || m.actorAt[k - 1 - mod]! < 0) ? personPairChunk(tokens, m, chunks, k, tokens[k]!.sent, bareTwo || formal ? k - 1 : (p1 === "both" ? k - 1 : k - 2) - mod, lastPersonPair, mod ? `${tokens[k - 1]!.lower} ${t.lower}` : t.lower) : undefined;
      if (pair) {
        lastPersonPair = pair;
        chunks.push(pair);
        added = true;
        continue;
      }
      continue;
    }
    // "the two leaders", "both leaders": two persons named together, else the two parties
    if (t.lower === "leaders" && ((p1 === "two" && p2 === "the") || p1 === "both") && m.actorAt[k - 1]! < 0) {
      const pair = leaderPairChunk(tokens, m, k, t.sent, p1 === "both" ? k - 1 : k - 2);
      if (pair) {
        chunks.push(pair);
        added = true;
        continue;
      }
    }
    let start = -1;
    if ((p1 === "two" && p2 === "the") || (p1 === "warring" && (p2 === "the" || p2 === "both"))) start = k - 2 - mod;
    else if (p1 === "both" || (p1 === "rival" && p2 === "the" && t.lower !== "delegations")) start = k - 1 - mod - (p1 === "rival" ? 1 : 0);
    // "had been in touch with all sides": the sides of the conflict, wherever they stand
    else if (p1 === "all" && t.lower === "sides") start = k - 1;
    // "urged the rivals to": nouns that say two opposed sides on their own
    else if (p1 === "the" && OPPONENT_NOUNS.has(t.lower)) start = k - 1;
    // "urged the parties to", "called on all sides to", "the relevant parties to": the addressees of a
    // call are the parties to the talks (not "all parties in Northern Ireland", "dialogue among all parties")
    else if (tokens[k + 1]?.lower === "to") {
      // ("urged the signatories to", "all the signatories": the parties that signed)
      const parties = t.lower === "parties" || t.lower === "signatories";
      if ((parties || t.lower === "sides") && (p1 === "all" || (p1 === "the" && parties))) start = k - (p1 === "the" && p2 === "all" ? 2 : 1);
      else if (t.lower === "parties" && PARTIES_MODIFIERS.has(p1) && (p2 === "the" || p2 === "all")) start = k - 2;
    }
    if (start < 0 || tokens[k + 1]?.lower === "of" || tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === "'s") continue;
    if (m.actorAt[start]! >= 0) continue;
    // "had asked Qatar and Turkey to help, and that the two countries had acted as intermediaries": the
    // two states named together just before
    const named = p1 === "two" && (t.lower === "countries" || t.lower === "governments") ? namedTogether(tokens, m, start, t.sent, "State") : undefined;
    if (named) {
      chunks.push({ start, end: k + 1, sent: t.sent, head: mkMention(start, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members: named });
      added = true;
      continue;
    }
    chunks.push({ start, end: k + 1, sent: t.sent, head: mkMention(start, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true });
    added = true;
  }
  return added;
}

/**
 * A title appositive joins a person and the actor it names: "Stephanie Williams, the acting head of
 * UNSMIL" (person first) and "Kosovo's prime minister, Albin Kurti" (title phrase first).
 */
function appositiveGap(tokens: readonly Token[], m: Mentions, cur: Chunk, to: number, nextPerson: boolean): boolean {
  const from = cur.end;
  const curPerson = cur.head.actor.type === "Person";
  // (a person's appositive may hold two titles: ", Deputy Prime Minister and Minister of Foreign Affairs of the")
  if (curPerson === nextPerson || to - from > (curPerson ? 12 : 8) || to <= from) return false;
  let comma = -1;
  let title = false;
  let tail = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // "Yoshimura, who is also governor of Osaka Prefecture,": a relative clause giving the person a title
    if (curPerson && k === from + 1 && comma === from && t.lower === "who" && /^(is|was)$/.test(tokens[k + 1]?.lower ?? "")) {
      k++;
      while (/^(also|now|currently|still)$/.test(tokens[k + 1]?.lower ?? "")) k++;
      continue;
    }
    if (t.text === ",") {
      if (comma >= 0) return false;
      comma = k;
      continue;
    }
    if (m.titleAt[k]! >= 0) title = true;
    else if (GLUE.has(t.lower) || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower)) continue;
    // ("the Ethiopian Prime Minister, Dr. Abiy Ahmed": a style after the comma, before the name)
    else if (!curPerson && comma >= 0 && styleAt(tokens, k)) continue;
    else if (curPerson && t.lower === "and" && m.titleAt[k - 1]! >= 0 && m.titleAt[k + 1]! >= 0) continue;
    // "the EU's coordinator for the talks, Enrique Mora": a short prepositional tail after the title
    else if (!curPerson && title && comma < 0 && t.kind === "word" && ++tail <= 4 && (tail > 1 || /^(for|to|in|on|at|of|from|with)$/.test(t.lower))) continue;
    else return false;
  }
  // "Josep Borrell, the EU's foreign policy chief": the title may follow the actor
  if (curPerson && !title) title = titleFollows(tokens, m, to);
  if (comma < 0 || !title) return false;
  if (curPerson) return comma === from;
  // "Qatar's foreign minister, Sheikh Mohammed ...": the title before the comma, only titles and
  // honorifics after it (not "between Russia and Ukraine, Foreign Minister Sergei Lavrov said": a
  // titled speaker after the list)
  // ("the chief of staff of the Ethiopian National Defence Force, Field Marshal X", "The head of the rebel
  // Free Syrian Army, General X": the title before the body, over lower-case words to its "of")
  let of = cur.start - 1;
  while (of > cur.start - 4 && tokens[of]?.kind === "word" && !tokens[of]!.cap && tokens[of]!.lower !== "of") of--;
  let titledBefore = tokens[of]?.lower === "of" && m.titleAt[of - 1]! >= 0;
  for (let k = from; k < comma; k++) if (m.titleAt[k]! >= 0) titledBefore = true;
  if (!titledBefore) return false;
  for (let k = comma + 1; k < to; k++) if (m.titleAt[k]! < 0 && !styleAt(tokens, k)) return false;
  return true;
}

/** A form of address at token `k` ("Dr.", "Mr", "H.E."), or the stop after one. */
function styleAt(tokens: readonly Token[], k: number): boolean {
  return HONORIFICS.has(tokens[k]!.text) || (tokens[k]!.text === "." && HONORIFICS.has(tokens[k - 1]?.text ?? ""));
}

/** Whether a person's name starts at token k, right after a title. */
function personAfterTitle(m: Mentions, k: number): boolean {
  const a = m.actorAt[k]!;
  return a >= 0 && m.actors[a]!.actor.type === "Person";
}

/** A title within a few words after the actor that starts at token `to`. */
function titleFollows(tokens: readonly Token[], m: Mentions, to: number): boolean {
  const am = m.actorAt[to]! >= 0 ? m.actors[m.actorAt[to]!]! : undefined;
  const after = am ? am.end : to;
  for (let k = after; k < after + 4 && k < tokens.length; k++) {
    // ("Rubio, Turkish Foreign Minister Hakan Fidan and ...": a title of the next person is no appositive)
    if (m.titleAt[k]! >= 0) return !personAfterTitle(m, m.titles[m.titleAt[k]!]!.end);
    const t = tokens[k]!;
    if (!(GLUE.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower))) break;
  }
  return false;
}
