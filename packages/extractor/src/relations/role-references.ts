// "the envoy said", "The mediator met both sides": a definite role noun stands for the person the
// article last named with that role ("Tom Perriello, the U.S. special envoy for Sudan, ...").
import type { Token } from "../nlp/wink.js";
import { mkMention, type Actor, type ActorMention, type Mentions } from "../recognize/model.js";
import { isUnion } from "../recognize/references.js";
import { HONORIFICS, KIN_NOUNS } from "../recognize/words.js";
import { ACTOR_PEOPLE_NOUNS, PEOPLE_NOUNS } from "./gap-words.js";
import type { Chunk } from "./model.js";

/** Singular role nouns and the role words a person's title must contain to be their antecedent. */
const ROLE_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ["envoy", /\b(envoy|emissary|representative)\b/i],
  ["emissary", /\b(envoy|emissary)\b/i],
  ["mediator", /\b(mediator|facilitator|envoy)\b/i],
  ["facilitator", /\b(facilitator|mediator)\b/i],
  ["negotiator", /\bnegotiator\b/i],
  ["intermediary", /\b(intermediary|mediator)\b/i],
  ["coordinator", /\bcoordinator\b/i],
  ["convener", /\b(convener|convenor)\b/i],
  ["representative", /\brepresentative\b/i],
  ["nuncio", /\bnuncio\b/i],
  ["moderator", /\b(moderator|mediator|facilitator)\b/i],
  ["conciliator", /\b(conciliator|mediator)\b/i],
  ["informateur", /\binformateur\b/i],
]);
/** Words allowed between "the" and the role noun ("the special envoy", "the chief mediator"). */
const ROLE_MODIFIERS = new Set(["special", "chief", "lead", "top", "senior", "veteran", "personal", "joint", "regional", "presidential", "former"]);
/**
 * Office nouns: "the president", "the prime minister", "the health secretary" stand for the person
 * last named with a title holding the same words ("President Joe Biden", "Wes Streeting, the health
 * secretary"). Up to three lower-case words may qualify the noun; all of them must be in the title.
 */
const OFFICE_NOUNS = new Set(["president", "speaker", "minister", "secretary", "chancellor", "premier", "emir", "king", "chairman", "chairwoman", "chairperson", "chair", "commissioner", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "adviser", "advisor", "director", "secretary-general", "sultan", "ombudsman", "leader", "pope", "archbishop", "bishop", "cardinal", "patriarch", "imam", "mufti", "rabbi"]);
/**
 * Qualifiers of an office no longer held ("the former president"). ("the deputy First Minister" is read
 * whole: its pattern asks the holder's title for "deputy" too, and "the president" never finds a vice
 * president.)
 */
const OTHER_OFFICE = new Set(["former", "late"]);

/** Chunks for definite role nouns that no actor mention covers, headed by their antecedent person. */
export function roleReferenceChunks(tokens: readonly Token[], m: Mentions, chunkAt: Int32Array): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (chunkAt[k]! >= 0 || tokens[k + 1]?.text === "'s" || tokens[k + 1]?.text === "'") continue;
    const found = ROLE_NOUNS.has(tokens[k]!.lower) ? roleNounAt(tokens, chunkAt, k) : OFFICE_NOUNS.has(tokens[k]!.lower) ? officeNounAt(tokens, m, chunkAt, k) : headOfAt(tokens, chunkAt, k);
    if (!found) continue;
    const { the, role } = found;
    if (tokens[the]!.sent !== tokens[k]!.sent || (tokens[the]!.lower === "and" && out[out.length - 1]?.end !== the)) continue;
    // "the envoy, Tom Perriello," names the person right there: the recognizer reads that apposition
    // (as "and Minister Tehan" is the title of the name after it)
    if (tokens[k + 1]?.text === "," || chunkAt[k + 1]! >= 0) continue;
    // ("the Minister for Foreign Affairs of Denmark, Jeppe Kofod": the first word of a longer title whose
    // holder is named right after it)
    if (titleBeforeName(tokens, m, chunkAt, k)) continue;
    // "The President of the ECOWAS Commission, X": an office of a body the text names is that body's,
    // not the office an earlier person held
    if (tokens[k + 1]?.lower === "of" && (chunkAt[k + 2]! >= 0 || (tokens[k + 2]?.lower === "the" && chunkAt[k + 3]! >= 0))) continue;
    const ante = antecedent(m, role, the);
    // "the President of the Republic": a state's own office, named in its own press
    const end = tokens[k + 1]?.lower === "of" && tokens[k + 2]?.lower === "the" && /^(Republic|Nation)$/.test(tokens[k + 3]?.text ?? "") && chunkAt[k + 3]! < 0 ? k + 4 : k + 1;
    // ("the President of the Republic, João Lourenço,": the name right there, as for "the envoy, X,")
    if (end > k + 1 && tokens[end]?.text === "," && tokens[end + 1]?.cap) continue;
    const start = tokens[the]!.lower === "and" ? the + 1 : the;
    if (ante) out.push({ start, end, sent: tokens[k]!.sent, head: mkMention(start, end, tokens[k]!.sent, ante.actor, tokens[k]!.text, "role-reference"), pair: false });
  }
  return out;
}

/** Whether a title longer than its word at token k, and the body it is of, end at a comma before a name. */
function titleBeforeName(tokens: readonly Token[], m: Mentions, chunkAt: Int32Array, k: number): boolean {
  const ti = m.titleAt[k]!;
  if (ti < 0 || m.titles[ti]!.end <= k + 1) return false;
  let q = m.titles[ti]!.end;
  if (tokens[q]?.lower === "of") {
    q += tokens[q + 1]?.lower === "the" ? 2 : 1;
    const c = chunkAt[q]!;
    if (c < 0) return false;
    while (chunkAt[q] === c) q++;
  }
  return tokens[q]?.text === "," && !!tokens[q + 1]?.cap && tokens[q + 1]!.sent === tokens[k]!.sent;
}

/** "the (special) envoy" ending at token k: where "the" is, and the role words a title must hold. */
function roleNounAt(tokens: readonly Token[], chunkAt: Int32Array, k: number): { the: number; role: RegExp } | undefined {
  let the = k - 1;
  while (the > 0 && ROLE_MODIFIERS.has(tokens[the]!.lower) && chunkAt[the]! < 0) the--;
  return tokens[the]!.lower === "the" ? { the, role: ROLE_NOUNS.get(tokens[k]!.lower)! } : undefined;
}

/** "the head of state", "the head of government": the titles such a head holds. */
const HEADS_OF: ReadonlyMap<string, RegExp> = new Map([
  ["state", /\b(president|king|queen|emir|amir|sultan|monarch|head of state)\b/i],
  ["government", /\b(prime minister|premier|chancellor|head of government)\b/i],
]);

/** "the head of state" ending at token k: where "the" is, and the titles of such a head. */
function headOfAt(tokens: readonly Token[], chunkAt: Int32Array, k: number): { the: number; role: RegExp } | undefined {
  const role = HEADS_OF.get(tokens[k]!.lower);
  if (!role || tokens[k - 1]?.lower !== "of" || tokens[k - 2]?.lower !== "head" || tokens[k - 3]?.lower !== "the" || chunkAt[k - 2]! >= 0) return undefined;
  return { the: k - 3, role };
}

const OFFICE_CACHE = new Map<string, RegExp>();
/**
 * "the (prime) minister", "the Prime Minister" ending at token k: "the" and a pattern of the office's own
 * words, in order (capitalised words only when they are a title's).
 */
function officeNounAt(tokens: readonly Token[], m: Mentions, chunkAt: Int32Array, k: number): { the: number; role: RegExp } | undefined {
  let the = k - 1;
  while (the > 0 && the > k - 5 && tokens[the]!.kind === "word" && (((!tokens[the]!.cap || m.titleAt[the]! >= 0) && chunkAt[the]! < 0) || demonymAt(tokens, m, the)) && tokens[the]!.lower !== "the" && tokens[the]!.lower !== "and") the--;
  // ("the First Minister and deputy First Minister": the second office shares the first one's "the",
  // which the caller checks)
  if (tokens[the]!.lower !== "the" && tokens[the]!.lower !== "and") return undefined;
  const words = tokens.slice(the + 1, k + 1).map((t) => t.lower);
  // "the former president" is no present president, but the person whose own title said "former
  // president" ("former Spanish prime minister José Luis Rodríguez Zapatero": the words must all be there)
  if (words.some((w) => OTHER_OFFICE.has(w)) && words[0] !== "former") return undefined;
  const phrase = words.join(" ");
  let role = OFFICE_CACHE.get(phrase);
  if (!role) {
    // "(?<!vice |deputy )": the holder of "Vice President" is not "the president"
    role = new RegExp(`(?<!(?:vice|deputy|assistant|under)[ -])\\b${words.map((w) => w.replace(/[^a-z-]/g, "")).join("\\s+")}\\b`, "i");
    if (OFFICE_CACHE.size < 1000) OFFICE_CACHE.set(phrase, role);
  }
  return { the, role };
}

/** A state's demonym alone at token k ("Spanish"), inside an office's description. */
function demonymAt(tokens: readonly Token[], m: Mentions, k: number): boolean {
  const am = m.actors[m.actorAt[k]!];
  return !!am && am.actor.type === "State" && am.via === "demonym" && am.start === k && am.end === k + 1 && tokens[k]!.cap;
}

/** The person named last before token `before` whose title (at any of their mentions so far) names the role. */
function antecedent(m: Mentions, role: RegExp, before: number): ActorMention | undefined {
  const holders = new Set<string>();
  let found: ActorMention | undefined;
  for (const am of m.actors) {
    if (am.end > before) break;
    if (am.actor.type !== "Person") continue;
    if (am.role && role.test(am.role)) holders.add(am.actor.key);
    if (holders.has(am.actor.key)) found = am;
  }
  return found;
}

/**
 * "In Beirut he held talks with ...", "She said ...": "he" and "she" outside quotations stand for the
 * person who opens the sentence they are in or one of the two before (the subject of the narrative).
 */
export function pronounChunks(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, quoted: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.lower !== "he" && t.lower !== "she") || chunkAt[k]! >= 0 || quoted[k] || opensWithUnresolvedRole(tokens, chunkAt, k)) continue;
    const ante = speakerBefore(tokens, chunks, chunkAt, k) ?? sentenceOpeningPerson(tokens, chunks, k);
    if (ante) out.push({ start: k, end: k + 1, sent: t.sent, head: mkMention(k, k + 1, t.sent, ante.head.actor, t.text, "pronoun"), pair: false });
  }
  return out;
}

/** Nouns of a head of government's executive after "his" or "her". */
const OWN_GOVERNMENT = /^(government|administration|cabinet)$/;

/**
 * "Prime Minister Shinzo Abe told parliament his government had asked Jordan to ...": "his government"
 * outside quotations stands for the state of the person "his" stands for (as pronounChunks reads "he").
 */
export function ownGovernmentChunks(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, quoted: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if ((t.lower !== "his" && t.lower !== "her") || !OWN_GOVERNMENT.test(tokens[k + 1]!.lower) || chunkAt[k]! >= 0 || chunkAt[k + 1]! >= 0 || quoted[k]) continue;
    const ante = headOfGovernmentBefore(tokens, chunks, k) ?? sentenceOpeningPerson(tokens, chunks, k);
    const state = ante?.head.affiliation;
    if (state?.actor.type === "State") out.push({ start: k, end: k + 2, sent: t.sent, head: mkMention(k, k + 2, t.sent, state.actor, `${t.text} ${tokens[k + 1]!.text}`, "pronoun"), pair: false });
  }
  return out;
}

/** Titles of one who heads a government ("President Thein Sein ... His government reached deals"). */
const HEAD_OF_GOVERNMENT = /\b(president|prime minister|premier|chancellor|king|emir|sultan)$/i;

/** The last person titled as a head of government in the sentence of token k, before it, or in the sentence before. */
function headOfGovernmentBefore(tokens: readonly Token[], chunks: readonly Chunk[], k: number): Chunk | undefined {
  const sent = tokens[k]!.sent;
  let best: Chunk | undefined;
  for (const c of chunks) {
    if (c.start >= k) break;
    if (c.sent < sent - 1 || c.pair || c.head.actor.type !== "Person") continue;
    if (HEAD_OF_GOVERNMENT.test(c.head.role ?? "") && c.head.affiliation?.actor.type === "State") best = c;
  }
  return best;
}

/** Nouns of a person's own body after "his" or "her", with the kind of body each names (a Map: "his constructor" names none). */
const OWN_BODY: ReadonlyMap<string, (a: Actor) => boolean> = new Map([
  ["party", (a: Actor) => a.orgKind === "political"],
  ["movement", (a: Actor) => a.orgKind === "political" || a.orgKind === "armed-group"],
  ["union", isUnion],
]);

/**
 * "UDMR president Kelemen Hunor said his party had asked both partners to ...": "his party" (or "her
 * union") outside quotations stands for the body of that kind the sentence's opening person is of.
 */
export function ownBodyChunks(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, quoted: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    const kind = (t.lower === "his" || t.lower === "her") && chunkAt[k]! < 0 && chunkAt[k + 1]! < 0 && !quoted[k] ? OWN_BODY.get(tokens[k + 1]!.lower) : undefined;
    if (!kind) continue;
    const body = sentenceOpeningPerson(tokens, chunks, k)?.head.affiliation?.actor;
    if (body?.type === "Group" && kind(body)) out.push({ start: k, end: k + 2, sent: t.sent, head: mkMention(k, k + 2, t.sent, body, `${t.text} ${tokens[k + 1]!.text}`, "pronoun"), pair: false });
  }
  return out;
}

/** Subordinators before a "they" that stands for its sentence's opening subjects ("... when they met"). */
const SUBORDINATE_THEY = /^(when|after|before|as|once|until|while)$/;

/** Words that may open a sentence before its "they" ("There they met the President", "Later they signed"). */
const THEY_OPENERS = /^(there|then|later|afterwards|together|and|so)$/;

/**
 * "The leaders of the NLC and the TUC arrived at the Villa. There they met the President": a "they" near
 * the start of a sentence, before its verb, stands for the actors the sentence before opened with when
 * that opening names two or more of them joined by "and" (a chunk whose members they are).
 */
export function theyChunks(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, quoted: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("Algeria and South Africa led the resistance. Their delegations demanded": their people, for them)
    const people = t.lower === "their" && ACTOR_PEOPLE_NOUNS.has(tokens[k + 1]?.lower ?? "") ? 2 : 1;
    if ((t.lower !== "they" && people === 1) || chunkAt[k]! >= 0 || quoted[k]) continue;
    let open = k;
    while (open > 0 && tokens[open - 1]!.sent === t.sent && (THEY_OPENERS.test(tokens[open - 1]!.lower) || tokens[open - 1]!.text === ",")) open--;
    const next = tokens[k + people];
    if (next?.kind !== "word" || next.cap || next.sent !== t.sent) continue;
    // ("Key and Gillard agreed the offer when they met in Queenstown": a "they" after a subordinator
    // stands for the list that opens its own sentence)
    const subordinate = SUBORDINATE_THEY.test(tokens[k - 1]!.lower) && tokens[k - 1]!.sent === t.sent;
    if (open > 0 && tokens[open - 1]!.sent === t.sent && !subordinate) continue;
    const members = openingList(tokens, chunks, subordinate ? t.sent : t.sent - 1);
    if (members) out.push({ start: k, end: k + people, sent: t.sent, head: mkMention(k, k + people, t.sent, members[0]!, t.text, "pronoun"), pair: true, members });
  }
  return out;
}

/** The actors of "A and B" (or "A, B and C") opening sentence `sent` within its first five tokens, when two or more. */
function openingList(tokens: readonly Token[], chunks: readonly Chunk[], sent: number): ActorMention["actor"][] | undefined {
  const inSent = chunks.filter((c) => c.sent === sent && !c.pair);
  const first = inSent[0];
  if (!first) return undefined;
  let opening = first.start;
  while (opening > 0 && tokens[opening - 1]!.sent === sent) opening--;
  if (first.start - opening > 5) return undefined;
  const members = [first.head.actor];
  let sawAnd = false;
  for (let i = 1; i < inSent.length && !sawAnd; i++) {
    const gap = tokens.slice(inSent[i - 1]!.end, inSent[i]!.start).filter((x) => x.lower !== "the");
    const joined = gap.map((x) => x.lower);
    // ("Donald Trump and Prime Minister Shinzo Abe": the next one's capitalised title after the link)
    const titled = joined.length > 1 && gap.slice(1).every((x) => x.kind === "word" && x.cap);
    if ((joined.length === 1 || titled) && (joined[0] === "and" || joined[0] === ",")) {
      sawAnd = joined[0] === "and";
      if (!members.some((x) => x.key === inSent[i]!.head.actor.key)) members.push(inSent[i]!.head.actor);
    } else break;
  }
  return sawAnd && members.length >= 2 ? members : undefined;
}

/** Verbs after which a sentence-opening "It" is no actor ("It is unclear", "It was not until ..."). */
const EXPLETIVE_NEXT = /^(is|was|'s|seems|seemed|appears|appeared|remains|remained|became|becomes|would|could|might|may|will|took|takes|came|comes|means|meant|isn't|wasn't)$/;

/**
 * "The European Commission published its plan. It also asked the UK to ...": a sentence-opening "It"
 * before its verb stands for the organisation or state that opened the sentence before (its first chunk).
 */
export function itChunks(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, quoted: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("Its leaders demanded", "Its representatives insisted": the body's people speak for it)
    const its = t.text === "Its" && PEOPLE_NOUNS.has(tokens[k + 1]?.lower ?? "");
    if ((t.text !== "It" && !its) || tokens[k - 1]!.sent === t.sent || chunkAt[k]! >= 0 || quoted[k]) continue;
    const next = tokens[its ? k + 2 : k + 1];
    if (next?.kind !== "word" || next.cap || EXPLETIVE_NEXT.test(next.lower) || next.sent !== t.sent) continue;
    let first: Chunk | undefined;
    for (const c of chunks) {
      if (c.sent > t.sent - 1) break;
      if (c.sent === t.sent - 1) {
        first = c;
        break;
      }
    }
    if (!first || first.pair || first.head.actor.type === "Person") continue;
    let opening = first.start;
    while (opening > 0 && tokens[opening - 1]!.sent === first.sent) opening--;
    // ("3 June: The Samoa Council of Churches offers ...": over a timeline's date and colon)
    const colon = tokens.slice(opening, opening + 4).findIndex((x) => x.text === ":");
    if (colon >= 0 && colon + opening < first.start) opening += colon + 1;
    if (first.start - opening > 3) continue;
    const end = its ? k + 2 : k + 1;
    out.push({ start: k, end, sent: t.sent, head: mkMention(k, end, t.sent, first.head.actor, t.text, "pronoun"), pair: false });
  }
  return out;
}

/** Verbs of saying after which "it" opens the reported clause ("Sweden said it would keep pressing Iran"). */
const SAID_IT = /^(said|says|added|adds|stressed|stresses|insisted|insists|warned|warns|announced|announces|confirmed|confirms|indicated|signalled|signaled|vowed|pledged|stated|states)$/;

/**
 * "Sweden said it would keep pressing Iran to ...", "The union has said that it will strike": "it" right
 * after a verb of saying (and an optional "that") stands for the organisation or state saying it, and
 * "they" for the organisation.
 */
export function saidItChunks(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, quoted: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("The Lionesses said they had asked the FA to", "the Taliban said they would": a group's "they")
    const they = t.lower === "they";
    if ((t.lower !== "it" && !they) || chunkAt[k]! >= 0 || quoted[k]) continue;
    let v = k - 1;
    if (tokens[v]!.lower === "that") v--;
    // "the Treasury said the United States had facilitated ..., and it urged Ethiopia": "it" opening the
    // sentence's next clause is the body that said the first
    // ("FIFA told the FFA that its statutes fell short and demanded that it broaden the congress": "it" after
    // a demand's "that" is the body the demander addressed before it, not the demander)
    const demanded = !they && v === k - 2 && DEMANDED_THAT.test(tokens[v]!.lower) ? addressedBefore(tokens, chunks, chunkAt, v) : undefined;
    const c = demanded ?? (SAID_IT.test(tokens[v]!.lower) ? bodySaying(tokens, chunks, chunkAt, v) : tokens[v]!.lower === "and" ? bodySayingBefore(tokens, chunks, chunkAt, v) : undefined);
    if (!c || c.sent !== t.sent || (they && c.head.actor.type !== "Group")) continue;
    out.push({ start: k, end: k + 1, sent: t.sent, head: mkMention(k, k + 1, t.sent, c.head.actor, t.text, "pronoun"), pair: false });
  }
  return out;
}

/** Verbs of demanding whose "that it" names the one asked. */
const DEMANDED_THAT = /^(demanded|demands|demand|insisted|insists|asked|asks|urged|urges|requested|requests)$/;

/**
 * The body or state named last in the sentence before the verb at `v` other than its opening subject (the one
 * told or addressed before the demand), when the sentence opens with another body or state.
 */
function addressedBefore(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, v: number): Chunk | undefined {
  const sent = tokens[v]!.sent;
  let subject: Chunk | undefined;
  let last: Chunk | undefined;
  for (const c of chunks) {
    if (c.sent < sent || c.pair) continue;
    if (c.sent > sent || c.start >= v) break;
    subject ??= c;
    if (c !== subject && c.head.actor.type !== "Person" && c.head.actor.key !== subject.head.actor.key) last = c;
  }
  return subject && subject.head.actor.type !== "Person" && chunkAt[v - 1]! < 0 ? last : undefined;
}

/** The organisation or state whose chunk says the verb of saying at `v` ("has said", "(PSAC) says"), if any. */
function bodySaying(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, v: number): Chunk | undefined {
  if (v < 1) return undefined;
  // the speaker's chunk right before the verb, or before one auxiliary or adverb ("has said", "also said")
  let s = v - 1;
  if (chunkAt[s]! < 0 && /^(has|had|also|again|later|then|have)$/.test(tokens[s]!.lower)) s--;
  // "The Public Service Alliance of Canada (PSAC) says it": over the acronym in parentheses
  if (s >= 3 && chunkAt[s]! < 0 && tokens[s]!.text === ")" && tokens[s - 2]!.text === "(") s -= 3;
  const ci = s >= 0 ? chunkAt[s]! : -1;
  const c = ci >= 0 ? chunks[ci]! : undefined;
  return c && !c.pair && c.sent === tokens[v]!.sent && c.head.actor.type !== "Person" ? c : undefined;
}

/** The body saying the first verb of saying of the sentence before ", and" at `and` (the nearest one before it). */
function bodySayingBefore(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, and: number): Chunk | undefined {
  if (tokens[and - 1]?.text !== ",") return undefined;
  const sent = tokens[and]!.sent;
  for (let v = and - 2; v > 0 && tokens[v]!.sent === sent; v--) {
    if (tokens[v]!.text === ";" || QUOTE_MARK.test(tokens[v]!.text)) return undefined;
    if (SAID_IT.test(tokens[v]!.lower)) return bodySaying(tokens, chunks, chunkAt, v);
  }
  return undefined;
}
const QUOTE_MARK = /^["“”]$/;

/**
 * "The envoy also met X before flying to Israel, where he met ...": the sentence of the pronoun at `k`
 * opens with a role noun no named person holds, and the pronoun is most likely that unnamed subject:
 * better no reading than the object before it.
 */
function opensWithUnresolvedRole(tokens: readonly Token[], chunkAt: Int32Array, k: number): boolean {
  let first = k;
  while (first > 0 && tokens[first - 1]!.sent === tokens[k]!.sent) first--;
  if (tokens[first]!.lower !== "the") return false;
  for (let q = first + 1; q < first + 4 && q < k; q++) {
    const w = tokens[q]!.lower;
    if (ROLE_NOUNS.has(w) || OFFICE_NOUNS.has(w)) return chunkAt[q]! < 0;
    if (!ROLE_MODIFIERS.has(w) && tokens[q]!.cap) return false;
  }
  return false;
}

/**
 * "The UN Special Coordinator ..., Tor Wennesland, said he had been in touch": a "he" or "she" right
 * after a verb of saying (and "that") is the person saying it.
 */
function speakerBefore(tokens: readonly Token[], chunks: readonly Chunk[], chunkAt: Int32Array, k: number): Chunk | undefined {
  let v = k - 1;
  if (tokens[v]?.lower === "that") v--;
  // ("Israel has pressed Russia, Netanyahu said, adding that he had also asked Putin": the speaker of "said")
  if (/^(adding|saying)$/.test(tokens[v]?.lower ?? "") && tokens[v - 1]?.text === ",") v -= 2;
  const verb = tokens[v]?.lower ?? "";
  if (!SAID_IT.test(verb) && !/^(told|tells|argued|argues)$/.test(verb)) return undefined;
  // the speaker's chunk ends right before the verb ("Wennesland said") or before a comma after it
  const ci = (tokens[v - 1]?.text === "," ? chunkAt[v - 2] : chunkAt[v - 1]) ?? -1;
  const c = ci >= 0 ? chunks[ci] : undefined;
  return c && c.head.actor.type === "Person" && !c.pair && c.sent === tokens[k]!.sent ? c : undefined;
}

/**
 * "President Trump's special envoy, Steve Witkoff, flew": a possessor whose role the next person holds is
 * not the subject; nor is one whose relative follows ("Goto's wife, Rinko,").
 */
function possessorOfNamedRole(tokens: readonly Token[], chunks: readonly Chunk[], c: Chunk): boolean {
  if (!/^['’]s?$/.test(tokens[c.end]?.text ?? "")) return false;
  if (KIN_NOUNS.has(tokens[c.end + 1]?.lower ?? "")) return true;
  for (let q = c.end + 1; q < c.end + 7 && tokens[q]?.sent === c.sent; q++)
    if (tokens[q]!.text === ",") return chunks.some((x) => x.start === q + 1 && x.head.actor.type === "Person");
  return false;
}

function sentenceOpeningPerson(tokens: readonly Token[], chunks: readonly Chunk[], before: number): Chunk | undefined {
  const sent = tokens[before]!.sent;
  let best: Chunk | undefined;
  for (const c of chunks) {
    if (c.start >= before) break;
    if (c.sent < sent - 2 || c.pair || c.head.actor.type !== "Person" || possessorOfNamedRole(tokens, chunks, c)) continue;
    // within the first eight tokens of its sentence
    let first = c.start;
    while (first > 0 && tokens[first - 1]!.sent === c.sent) first--;
    // in any one sentence its subject, the first person, wins ("The envoy also met Prime Minister X
    // before flying to Israel, where he met ...": he is the envoy, not X; "Hamdok called on al-Hilu and
    // Abdel Wahid to join. He is due to meet ...": Hamdok)
    // ('"...," Sutherland said, and he urged': the speaker after a quotation opening the sentence)
    // ('"...," said Michel Murray, the union adviser. He called on': the speaker after a quotation and its verb)
    const inverted = /^(said|says|added|adds)$/.test(tokens[c.start - 1]?.lower ?? "") && /^[",”]$/.test(tokens[c.start - 2]?.text ?? "");
    // ('"...," Ms Ashton said': over an honorific before the speaker)
    const opener = HONORIFICS.has(tokens[c.start - 1]?.text ?? "") ? c.start - 2 : c.start - 1;
    const speaker = inverted || (/^(said|says|added|adds|told|tells)$/.test(tokens[c.end]?.lower ?? "") && /^["”]$/.test(tokens[opener]?.text ?? ""));
    if ((c.start - first <= 8 || speaker) && (speaker || !(best && best.sent === c.sent))) best = c;
  }
  return best && !relativeOpensSentence(tokens, best.end, before) ? best : undefined;
}

/**
 * "Kenji Goto's wife, Rinko, broke her silence. She appealed": a sentence between `from` and `to` opens
 * with a relative of someone named (up to three capitalised words, "'s", a kin noun), whom no chunk
 * names; a later "she" or "he" is more likely that relative than anyone named before.
 */
function relativeOpensSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (k > 0 && tokens[k - 1]!.sent === tokens[k]!.sent) continue;
    let q = k;
    while (q < k + 3 && tokens[q]?.cap) q++;
    if (q > k && /^['’]s?$/.test(tokens[q]?.text ?? "") && KIN_NOUNS.has(tokens[q + 1]?.lower ?? "")) return true;
  }
  return false;
}
