// Persons: name candidates validated by what surrounds them (a title, a role noun, an honorific, a verb
// of speech ...), then persons named in lists, by surname or partial name, then affiliations read from
// the article as a whole.
import type { Token } from "../../nlp/wink.js";
import { mkMention, type ActorMention, type Candidate, type Cover, type PersonContext, type PlaceMention, type RecognizeContext, type TitleMention } from "../model.js";
import { NOT_ORG_WORDS, ORG_HEADS } from "../organisations.js";
import { EZAFE_COMPOUND, GIVEN_NAMES, POST_NOMINALS, SHIP_PREFIXES, HONORIFICS, INSTITUTION_WORDS, KIN_NOUNS, LED_BY, MONTH_NAMES, NOT_NAME, OCCUPATION_NOUNS, PERSON_VERBS, PLACE_GIVEN_NAMES, RELATION_NOUNS, ROLE_NOUNS, TITLE_MODIFIERS } from "../words.js";
import { appositiveTitle, coordinatedAfterPerson, ledByEarlier, personNounAppositive, pluralTitleBefore, titleModifierAhead, titlePhraseEndsAt } from "./cues.js";
import { describedPerson } from "./describe.js";
import { surnameAloneElsewhere } from "../tokens.js";
import { listedPersons, namesListedWithPersons } from "./lists.js";
import { familyFirst, findNamesActingAlone, findNamesKnownAs, findSurnamesOfPending, registerSurnames, repointSurfacesToFullNames, repointToFullNames } from "./surnames.js";
import { affiliateFromArticle } from "./affiliation.js";


const SPEECH_AFTER = new Set(["said", "says", "told", "added"]);
const REPORTED_AUX = new Set(["had", "has", "would", "will", "was"]);

// verbs and nouns whose object is usually a person ("toppled X", "the death of X")
const PERSON_OBJECT_VERBS = new Set(["toppled", "ousted", "overthrew", "overthrown", "deposed", "assassinated", "succeeded", "succeeds", "replaced", "replaces", "included", "including", "includes", "telephoned", "phoned", "met", "meets", "thanked", "congratulated", "briefed"]);
const PERSON_OF_NOUNS = new Set(["death", "resignation", "assassination", "killing", "ouster", "overthrow", "arrest", "election", "inauguration", "widow", "son", "daughter", "wife", "husband", "successor", "predecessor"]);

/** Nouns of kinship, set off before a relative's name ("his wife, X", "the hostage's father, Y"). */

/** "the government of X": nouns whose "of" names the person at the head (not "the Government of National Unity"). */
const RULED_BY_NOUNS = new Set(["government", "administration", "regime", "cabinet"]);
const NOT_RULER_WORDS = new Set(["National", "Unity", "Accord", "Salvation", "Transition", "Transitional", "Reconciliation", "Concord", "Consensus", "Interim", "Provisional", "Democratic", "People's", "Republic", "Kingdom", "State", "States", "United"]);

/** The persons among the name candidates, with their roles and affiliations. */
/** Articles that open a plural name: a people or a body ("Los Tlacos"), not a person. */
const PLURAL_ARTICLES = /^(Los|Las)$/;
/** Members of a party, in the plural, that end its name ("Social Democrats", "Free Democrats"). */
const PARTY_MEMBERS = /^(Democrats|Republicans|Socialists|Liberals|Conservatives|Greens|Christians|Nationalists|Communists|Unionists)$/;

/** Whether brackets from token `open` (one or two groups, as "(Berwick - Leader of the Opposition) (11:51)") close on a colon. */
function bracketedLabel(tokens: readonly Token[], open: number): boolean {
  let q = open;
  for (let group = 0; group < 2 && tokens[q]?.text === "("; group++) {
    const end = q + 24;
    while (q < end && tokens[q] && tokens[q]!.sent === tokens[open]!.sent && !/^\)/.test(tokens[q]!.text)) q++;
    if (tokens[q]?.text === "):" || (tokens[q]?.text === ")" && tokens[q + 1]?.text === ":")) return true;
    if (tokens[q]?.text !== ")") return false;
    q++;
  }
  return false;
}

export function findPersons(ctx: RecognizeContext, cands: readonly Candidate[], actors: readonly ActorMention[], titles: readonly TitleMention[], places: readonly PlaceMention[] = []): ActorMention[] {
  if (!cands.length) return [];
  const pc = personContext(ctx, actors, titles, places);
  // "Minister of Foreign Affairs", "Mediation in Conflict Resolution": an office's name, never a person's
  const pending = validateCandidates(pc, cands.filter((c) => !monthAfterPreposition(ctx.tokens, c) && !c.words.some((w) => INSTITUTION_WORDS.has(w))));
  const make = (c: Candidate, via: string): ActorMention => {
    const p = describedPerson(pc, c, c.name, via);
    pc.persons.push(p);
    registerSurnames(c.words, c.name, pc.known);
    c.words = [];
    return p;
  };
  listedPersons(pc, pending, make);
  namesListedWithPersons(pc, pending, make);
  // second pass: surnames and partial names of persons named in full elsewhere in the article;
  // persons named after their surname appear first are re-pointed too.
  repointToFullNames(pc);
  findNamesActingAlone(pc, pending);
  repointSurfacesToFullNames(pc);
  findNamesKnownAs(pc, pending);
  findSurnamesOfPending(pc, pending);
  affiliateFromArticle(pc);
  return pc.persons;
}

/** Words before a month name that make it a date: "In May, General X ...", "since March". */
const BEFORE_MONTH = new Set("in since by until till from through last next early late mid of during before after this".split(" "));
const MONTHS = new Set(MONTH_NAMES);

/** "In May," is a month, not Theresa May: a one-word candidate that is a month's name after a time word. */
function monthAfterPreposition(tokens: readonly Token[], c: Candidate): boolean {
  return c.words.length === 1 && MONTHS.has(c.name) && BEFORE_MONTH.has(tokens[c.start - 1]?.lower ?? "");
}

function personContext(ctx: RecognizeContext, actors: readonly ActorMention[], titles: readonly TitleMention[], places: readonly PlaceMention[]): PersonContext {
  const titleEnd = new Map<number, TitleMention>(); // token index right after a title -> title
  const titleStart = new Map<number, TitleMention>();
  for (const t of titles) {
    titleEnd.set(t.end, t);
    titleStart.set(t.start, t);
  }
  const cover = coverIndex(ctx.tokens.length, titles, actors);
  const actorEnd = new Map<number, ActorMention>();
  const actorStart = new Map<number, ActorMention>();
  for (const m of actors) {
    actorEnd.set(m.end, m);
    actorStart.set(m.start, m);
  }
  return { ...ctx, actors, titles, places, titleStart, titleEnd, actorStart, actorEnd, cover, persons: [], known: new Map() };
}

/** Token -> covering title / non-person actor (the first in list order), for O(1) look-ups. */
function coverIndex(n: number, titles: readonly TitleMention[], actors: readonly ActorMention[]): Cover {
  const title = new Int32Array(n).fill(-1);
  const actor = new Int32Array(n).fill(-1);
  for (let x = titles.length - 1; x >= 0; x--) for (let k = titles[x]!.start; k < titles[x]!.end && k < n; k++) title[k] = x;
  for (let x = actors.length - 1; x >= 0; x--) {
    const m = actors[x]!;
    if (m.actor.type === "Person") continue;
    for (let k = m.start; k < m.end && k < n; k++) actor[k] = x;
  }
  return { title, actor };
}

/**
 * The candidates that something around them shows to be persons become persons (in `pc.persons`, their
 * surnames in `pc.known`); returns the others, still pending.
 */
/** "the Order of King Abdulaziz", "the Medal of Freedom": a name inside an honour's name ("of" after Order, Medal ...). */
function namesHonour(tokens: readonly Token[], start: number): boolean {
  const of = tokens[start - 1]?.lower === "of" ? start - 1 : tokens[start - 2]?.lower === "of" && tokens[start - 1]?.cap ? start - 2 : -1;
  return of > 0 && /^(Order|Medal|Cross|Prize|Award|Star)$/.test(tokens[of - 1]!.text);
}

function validateCandidates(pc: PersonContext, cands: readonly Candidate[]): Candidate[] {
  const { tokens, titleEnd, titleStart, actorEnd, persons, known } = pc;
  const sharedAt = new Map<number, ActorMention[]>(); // "and" token index -> the two actors of a shared title
  const pending: Candidate[] = [];
  for (const c of cands) {
    const prev = tokens[c.start - 1];
    const next = tokens[c.end];
    const multi = c.words.length >= 2;
    // "the Gila River", "the Lower Basin": a place, which no later pass reads as a person either
    // ("Hans Island": a landform no surname is, even after a given name)
    const landform = c.words[c.words.length - 1]!;
    if (multi && LANDFORM_LAST_WORDS.has(landform) && (!GIVEN_NAMES.has(c.words[0]!) || NO_SURNAME_LANDFORMS.has(landform))) continue;
    // "the FIFA World Cup", "the Irvin Works", "Raj Bhavan": a competition, a plant or a seat, never a person
    if (multi && NEVER_SURNAMES.has(landform)) continue;
    // "Anas Abdulrahman, also known as Hipni Mareh": another name of the person before
    if (prev?.lower === "as" && tokens[c.start - 2]?.lower === "known") {
      const q = persons.find((x) => x.end <= c.start - 2 && x.end >= c.start - 5);
      if (q) {
        const al = mkMention(c.start, c.end, tokens[c.start]!.sent, q.actor, c.name, "alias");
        al.role = q.role;
        al.affiliation = q.affiliation;
        al.affiliationRule = q.affiliationRule;
        persons.push(al);
        // later bare uses of the other name ("Prachanda said") name the same person
        if (!known.has(c.name)) known.set(c.name, q.actor.name);
        continue;
      }
    }
    // "Tehreek-e-Labbaik", "Hezb-i-Islami": a Persian or Urdu ezafe compound names a movement, not a person;
    // "the BRP Gregorio del Pilar": a name after a ship's prefix names the ship; "the Order of King
    // Abdulaziz": an honour
    // ("The Garda Representative Association voted": a body's head noun alone after words read as a title is no name)
    if (c.words.some((w) => EZAFE_COMPOUND.test(w)) || SHIP_PREFIXES.has(prev?.text ?? "") || namesHonour(tokens, c.start) || (c.words.length === 1 && ORG_HEADS.has(c.words[0]!))) {
      pending.push(c);
      continue;
    }
    // "Deputy Supreme Commander": a capitalised modifier between two titles is part of the title
    if (titleEnd.has(c.start) && titleStart.has(c.end) && c.words.every((w) => TITLE_MODIFIERS.has(w.toLowerCase()))) {
      pending.push(c);
      continue;
    }
    // "Justice and Human Rights Minister X": capitalised words that qualify a title are not names
    // ("David Lammy MP": letters after a name are no title it qualifies)
    const postNominal = POST_NOMINALS.has(tokens[c.end]?.text ?? "");
    // ("academic John Smith and Catholic bishop X": a name that a given name or a person's occupation opens is no title's qualifier)
    // ("Dr. Parakrama Dissanayake and CMPort Chairman X": nor one a form of address opens)
    // ("Datuk Seri Darwis Abdul Razak and CCCC vice president X": nor one an honorific opens)
    const personShaped = multi && (GIVEN_NAMES.has(c.words[0]!) || OCCUPATION_NOUNS.has(prev?.lower ?? "") || FORMS_OF_ADDRESS.test(prev?.text ?? "") || HONORIFICS.has(prev?.text ?? ""));
    if (!titleEnd.has(c.start) && !postNominal && (titleStart.has(c.end) || (next?.lower === "and" && !personShaped && titleModifierAhead(tokens, c.end + 1, titleStart)))) {
      pending.push(c);
      continue;
    }
    // "The foreign ministers of A and B, X and Y": one plural title shared, respectively
    const shared = multi ? sharedTitleBefore(pc, c, sharedAt) : undefined;
    const via = shared ? "shared-title" : personCue(pc, c);
    if (!via) {
      pending.push(c);
      continue;
    }
    const p = describedPerson(pc, c, c.name, via);
    if (!p.affiliation && prev?.lower === "and") sharePluralTitle(pc, p);
    if (shared) {
      // the first name takes the first actor, the second the second
      const second = prev?.lower === "and";
      p.affiliation = shared[second ? 1 : 0];
      p.affiliationRule = "shared-title";
      if (!second && tokens[c.end]?.lower === "and") sharedAt.set(c.end, shared);
    } else if (via === "org-of" || via === "title-of-state") {
      // the cue names the affiliation; when the title phrase read the same actor, the cue's rule says how
      const cued = via === "org-of" ? (actorEnd.get(c.start - 1) ?? actorEnd.get(c.start - 2)) : actorEnd.get(c.start);
      if (!p.affiliation || (cued && p.affiliation.actor.key === cued.actor.key)) {
        p.affiliation = cued;
        p.affiliationRule = via;
      }
    }
    persons.push(p);
    if (multi) registerSurnames(c.words, c.name, known);
  }
  return pending;
}

/**
 * The two actors of a plural title the (multi-word) candidate shares: "The foreign ministers of A and B,
 * X and Y" (X takes A after the comma, Y takes B after "and").
 */
function sharedTitleBefore(pc: PersonContext, c: Candidate, sharedAt: ReadonlyMap<number, ActorMention[]>): ActorMention[] | undefined {
  const prev = pc.tokens[c.start - 1];
  if (prev?.text === ",") return pluralTitleBefore(pc.tokens, c.start - 1, pc.actors);
  if (prev?.lower === "and") return sharedAt.get(c.start - 1);
  return undefined;
}

/**
 * "Congress MLAs Anand Singh and Pratap Gouda Patil": the name after "and" shares the plural title (and
 * its body or state) of the name before it.
 */
function sharePluralTitle(pc: PersonContext, p: ActorMention): void {
  const { tokens, persons } = pc;
  const q = persons.find((x) => x.end === p.start - 1);
  const title = q ? tokens[q.start - 1] : undefined;
  if (!q?.affiliation || !q.role || !title || !/[^s]s$/.test(title.text) || !pc.lex.isTitle(title.lower.slice(0, -1))) return;
  p.role = q.role;
  p.affiliation = q.affiliation;
  p.affiliationRule = q.affiliationRule;
}

/** Forms of address that only a person's name follows ("Dr.", "Mrs"), unlike "Prince" or "Crown". */
const FORMS_OF_ADDRESS = /^(Mr|Mrs|Ms|Dr|Prof)\.?$/;

/** "X for the government and Y for the ELN": a name after "and" following a validated name + "for". */
function pendingRole(pc: PersonContext, andIdx: number): boolean {
  const { tokens, persons } = pc;
  for (let k = andIdx - 1; k > andIdx - 6 && k >= 0; k--) if (tokens[k]!.lower === "for") return persons.some((p) => p.end === k);
  return false;
}

/** "X of the Y": the organisation (a Group) right after the candidate's "of" (and an optional "the"). */
function ofGroupAfter(pc: PersonContext, c: Candidate): boolean {
  const at = c.end + (pc.tokens[c.end + 1]?.lower === "the" ? 2 : 1);
  const am = pc.actorStart.get(at);
  if (am?.actor.type !== "Group") return false;
  // the organisation ends the phrase ("... said", "..., which", "... (SAD)"), as affiliateOfActor reads it
  const after = pc.tokens[am.end];
  return !after || after.kind === "punct" || after.sent !== am.sent || PERSON_VERBS.has(after.lower) || after.lower === "and";
}

/** Where a list of names goes on after token `k` (", and", "and" or a comma, then a capitalised word), or -1. */
function nextListItem(tokens: PersonContext["tokens"], k: number): number {
  let q = k;
  if (tokens[q]?.text === ",") q++;
  if (tokens[q]?.lower === "and") q++;
  const t = tokens[q];
  return q > k && t && t.sent === tokens[k]!.sent && t.kind === "word" && t.cap ? q : -1;
}

/** Nouns that end a place's name, never a person's ("Uhuru Park", "Yilan County"). */
// (South Asian places too: "Liaquat Bagh", "Shaheen Bagh", "D-Chowk", "Ramlila Maidan", "Raj Bhavan", "Anne Marg")
const PLACE_LAST_WORDS = new Set("Park Stadium Avenue Road Street Square Bridge Gardens Airport Hotel Mall Boulevard Highway Hall County Prefecture Province Governorate Oblast Municipality Bagh Chowk Maidan Bhavan Bhawan Marg Nagar".split(" "));
/** Nouns of land and water that end a place's name ("the Gila River", "the Lower Basin"), and some
 * surnames too: after a given name they end a person's ("Anthony Lake"). */
const LANDFORM_LAST_WORDS = new Set("River Basin Valley Lake Lakes Mountains Sea Bay Delta Desert Plateau Peninsula Gulf Canal Strait Coast Creek Falls Dam Reservoir Island Islands Highlands Range".split(" "));
/** Those of them that are no one's surname. */
const NO_SURNAME_LANDFORMS = new Set("Basin Mountains Delta Desert Plateau Peninsula Gulf Canal Strait Dam Reservoir Island Islands Highlands".split(" "));

/** Last words of names of competitions, plants, districts and official seats: never a surname, even after a given name. */
const NEVER_SURNAMES = new Set("Cup Trophy Championship Championships Works Industry Industries District Bhavan Unit Complex".split(" "));

/** Nouns whose "of" names a place fought over ("the battle of Sultan Yacoub", "the siege of Sheikh Maqsoud"). */
const BATTLE_NOUNS = /^(battle|battles|siege|sieges|massacre)$/;

/** Whether capitalised words from just after a battle noun's "of" run up to `start` (a title's words may). */
function battlePlace(tokens: PersonContext["tokens"], start: number): boolean {
  let q = start - 1;
  while (q >= start - 2 && tokens[q]?.cap) q--;
  return tokens[q]?.lower === "of" && BATTLE_NOUNS.test(tokens[q - 1]?.lower ?? "");
}

/** Words before a seat's letters that make them a title, not a name's post-nominal ("One Conservative MP"). */
const SEAT_QUALIFIERS = /^(One|Another|Two|Three|Some|Several|Senior|Junior|Conservative|Tory|Labour|Labor|Liberal|Democrat|Democratic|Republican|Green|Unionist|Nationalist|Independent|Opposition|Government|Backbench|Coalition|Reform|Alliance)$/;

/** How the words around a candidate show it names a person (the first cue that holds), or undefined. */
function personCue(pc: PersonContext, c: Candidate): string | undefined {
  const { tokens, titleEnd, titleStart, actorEnd, actorStart, cover, persons, known } = pc;
  const prev = tokens[c.start - 1];
  // ("Mark Drakeford MS said": the word after the letters of a seat or an honour; not "One
  // Conservative MP told us", a party's member)
  const seat = POST_NOMINALS.has(tokens[c.end]?.text ?? "") && !c.words.some((w) => SEAT_QUALIFIERS.test(w));
  const after = seat ? c.end + 1 : c.end;
  const next = tokens[after];
  const multi = c.words.length >= 2;
  // ("Gen Z representatives", "Plan B"): a lone letter is no one's name
  if (!multi && c.words[0]!.length === 1) return undefined;
  // "Colombia's President Meets Protest Leaders": in a title-case headline a lone capitalised word is a
  // name only when the article names that person elsewhere (read with the pending candidates)
  // ("Stéphane Dujarric, Spokesman for the Secretary-General": a signature line's appositive title still counts)
  if (!multi && pc.headline[tokens[c.start]!.sent] && !known.has(c.name) && !(next?.text === "," && appositiveTitle(tokens, after + 1, titleStart))) return undefined;
  // "a rally at Uhuru Park", "Mandela Bridge": a place's noun ends no person's name
  // ("the Ambassador Bridge": a lone place noun after a title's word is no surname)
  if ((multi || titleEnd.has(c.start)) && PLACE_LAST_WORDS.has(c.words[c.words.length - 1]!)) return undefined;
  if (battlePlace(tokens, c.start)) return undefined;
  // "Los Tlacos", "Las Abejas": a Spanish plural article opens a body's name, never a person's; "the Social
  // Democrats", "Young Republicans": a party's members in the plural name the party
  if (multi && (PLURAL_ARTICLES.test(c.words[0]!) || PARTY_MEMBERS.test(c.words[c.words.length - 1]!))) return undefined;
  // "English PEN welcomes": an acronym ends a body's name, not a person's (a regnal number may: "Trillanes IV")
  if (multi && /^[A-Z]{2,}$/.test(c.words[c.words.length - 1]!) && !/^[IVXL]+$/.test(c.words[c.words.length - 1]!)) return undefined;
  // "Jacinta Allan (Bendigo East - Premier) (12:09): On a point of order": a parliament's record labels
  // each speaker, at the line's start, with seat and office in brackets before the colon
  if (multi && c.words.length <= 4 && tokens[c.start - 1]?.sent !== tokens[c.start]!.sent && next?.text === "(" && bracketedLabel(tokens, c.end)) return "speaker-label";
  // (not after a title's "of the": "the cacica general of the Ngäbe-Buglé comarca" names a people or a body)
  if (titleEnd.has(c.start) && prev?.lower !== "the") return "title-before";
  if (prev && ROLE_NOUNS.has(prev.lower)) return "role-before";
  // "New Zealand pilot Phillip Mehrtens", "Mets pitcher Max Scherzer": what a person does, then the name
  // (not "Student Researchers United": a plural of such a noun opens no person's name)
  if (multi && c.words.length <= 3 && prev && OCCUPATION_NOUNS.has(prev.lower) && !c.words.every((w) => w === w.toUpperCase()) && !OCCUPATION_NOUNS.has(c.words[0]!.toLowerCase().replace(/s$/, ""))) return "role-before";
  if (prev?.text === "," && ROLE_NOUNS.has(tokens[c.start - 2]?.lower ?? "") ) return "role-before";
  // "Her lawyer, Wade McMullen", "his wife Sandy Anderson": someone's lawyer or relative, then the name
  const owned = /^(his|her|their|its|'s|')$/.test(tokens[c.start - (prev?.text === "," ? 3 : 2)]?.lower ?? "");
  if (multi && owned && (KIN_NOUNS.has(tokens[c.start - (prev?.text === "," ? 2 : 1)]?.lower ?? "") || (prev?.text === "," && OCCUPATION_NOUNS.has(tokens[c.start - 2]?.lower ?? "")))) return "role-before";
  // "members elected Theo Zurenuoc as Speaker": a name given an office
  if (multi && c.words.length <= 4 && next?.lower === "as" && titleStart.has(c.end + 1)) return "title-after";
  // "his deputy and chief rival Mothetjoa Metsing", "her predecessor Ellen Johnson Sirleaf"
  if (multi && prev && RELATION_NOUNS.has(prev.lower)) return "role-before";
  if (prev?.lower === "by" && LED_BY.has(tokens[c.start - 2]?.lower ?? "")) return "led-by";
  // "the government team was headed by A, the opposition team by B": a gapped "led by"
  if (multi && prev?.lower === "by" && ledByEarlier(tokens, c.start - 1)) return "led-by";
  // "toppled Muammar Gaddafi", "the resignation of Hailemariam Desalegn": verbs and nouns of persons
  if (multi && c.words.length <= 4 && prev && (PERSON_OBJECT_VERBS.has(prev.lower) || (prev.lower === "of" && PERSON_OF_NOUNS.has(tokens[c.start - 2]?.lower ?? "")))) return "person-object";
  // "Jimmy Carter told Menachem Begin": a person telling a name (sources also tell news outlets)
  if (multi && c.words.length <= 4 && prev?.lower === "told" && persons.some((q) => q.end === c.start - 1)) return "person-object";
  // "the President of Eritrea Isaias Afwerki": a title, "of" and its state right before the name
  if (multi && actorEnd.get(c.start)?.actor.type === "State" && tokens[actorEnd.get(c.start)!.start - 1]?.lower === "of" && titleEnd.has(actorEnd.get(c.start)!.start - 1)) return "title-of-state";
  // "the FPRC of Noureddine Adam": a group's leader
  if (multi && c.words.length <= 4 && prev?.lower === "of" && (actorEnd.get(c.start - 1)?.actor.type === "Group" || (tokens[c.start - 2]?.text === ")" && actorEnd.get(c.start - 2)?.actor.type === "Group"))) return "org-of";
  if (multi && next?.lower === "for" && actorStart.has(c.end + (tokens[c.end + 1]?.lower === "the" ? 2 : 1))) return "for-actor";
  if (multi && prev?.lower === "and" && pendingRole(pc, c.start - 1)) return "coordinated";
  // "signed by TLYRA chief Khadim Hussain Rizvi, Pir Muhammad Afzal Qadri and Dr Amini": a name listed
  // right after a person, before "and" or a comma and another name
  // (either name opening as persons' names do: "Activision Productions, Disney Character Voices and ..." is no list of persons)
  const nextItem = multi && c.words.length <= 4 && prev?.text === "," && persons.some((q) => q.end === c.start - 1) ? nextListItem(tokens, c.end) : -1;
  if (nextItem > 0 && (GIVEN_NAMES.has(c.words[0]!) || HONORIFICS.has(tokens[nextItem]!.text) || GIVEN_NAMES.has(tokens[nextItem]!.text) || titleStart.has(nextItem)) && !c.words.some((w) => ORG_HEADS.has(w) || NOT_ORG_WORDS.has(w) || NOT_NAME.has(w) || INSTITUTION_WORDS.has(w))) return "listed";
  // (not "PM" after a clock time, "updated at 9:15 PM", nor a style ending the sentence before)
  if (prev && HONORIFICS.has(prev.text) && prev.sent === tokens[c.start]!.sent && !(prev.text === "PM" && /\d$/.test(tokens[c.start - 2]?.text ?? ""))) return "honorific";
  // ("at La Moneda, Interior Minister X": a place after "at" is set off before the person, not one)
  if (next?.text === "," && !/^(at|in|from|near|outside|inside)$/.test(prev?.lower ?? "") && appositiveTitle(tokens, after + 1, titleStart) && !(c.words.length === 1 && (portfolioListAhead(tokens, c.end + 1, titleStart) || ENUMERATORS.test(c.words[0]!)))) return "appositive";
  if (multi && actorEnd.has(c.start) && actorEnd.get(c.start)!.actor.type === "Group") return "org-before";
  // (not "The Service Sector Employers Palta called on": a body's head noun inside the name)
  if (multi && next && next.sent === tokens[c.start]!.sent && PERSON_VERBS.has(next.lower) && !c.words.some((w) => ORG_HEADS.has(w))) return "verb-after";
  if (multi && prev && SPEECH_AFTER.has(prev.lower) && (!next || next.kind === "punct")) return "verb-before";
  // "the presidency said Emmanuel Macron had spoken with ...": the subject of a reported clause
  if (multi && c.words.length <= 3 && prev && SPEECH_AFTER.has(prev.lower) && next && REPORTED_AUX.has(next.lower)) return "verb-before";
  if (multi && next?.text === "," && tokens[c.end + 1] && PERSON_VERBS.has(tokens[c.end + 1]!.lower)) return "verb-after";
  // "Brian Currin, a South African lawyer who ...": an appositive naming what kind of person
  if (multi && c.words.length <= 4 && next?.text === "," && personNounAppositive(tokens, c.end + 1)) return "appositive";
  // "Igor Plotnitsky, of the Luhansk People's Republic, said": a person set off with the group he is of
  if (multi && c.words.length <= 4 && next?.text === "," && tokens[c.end + 1]?.lower === "of" && actorStart.has(c.end + (tokens[c.end + 2]?.lower === "the" ? 3 : 2)) && actorStart.get(c.end + (tokens[c.end + 2]?.lower === "the" ? 3 : 2))!.actor.type !== "Person") return "of-actor";
  // "Rakesh Tikait of the Bharatiya Kisan Union said": a name followed by the organisation it is of
  if (multi && c.words.length <= 4 && next?.lower === "of" && ofGroupAfter(pc, c) && !c.words.some((w) => ORG_HEADS.has(w) || NOT_ORG_WORDS.has(w) || NOT_NAME.has(w) || INSTITUTION_WORDS.has(w))) return "of-actor";
  // "the government of José Luis Rodríguez Zapatero", "the regime of Bashar al-Assad"
  if (multi && c.words.length <= 4 && prev?.lower === "of" && RULED_BY_NOUNS.has(tokens[c.start - 2]?.lower ?? "") && !c.words.some((w) => NOT_RULER_WORDS.has(w) || ORG_HEADS.has(w) || NOT_ORG_WORDS.has(w))) return "person-object";
  // "South Africa's Cyril Ramaphosa": a state's two- or three-word name
  if (multi && c.words.length <= 3 && (prev?.text === "'s" || prev?.text === "'") && actorEnd.get(c.start - 1)?.actor.type === "State" && (!(next && next.kind === "word" && !next.cap && !PERSON_VERBS.has(next.lower) && next.lower !== "and") || coordinatedAfterPerson(tokens, actorEnd.get(c.start - 1)!.start, persons))) return "state-possessive";
  // "Likud pressed Yamina's Nir Orbach, ...": a party's or body's member, named in two or three words
  // that name no organisation, place or office ("Hamas's Qassam Brigades", "Likud's Knesset Members")
  if (multi && c.words.length <= 3 && (prev?.text === "'s" || prev?.text === "'") && actorEnd.get(c.start - 1)?.actor.type === "Group" && (!next || next.kind === "punct" || next.sent !== tokens[c.start]!.sent || PERSON_VERBS.has(next.lower)) && !c.words.some((w) => ORG_HEADS.has(w) || NOT_ORG_WORDS.has(w) || NOT_NAME.has(w) || INSTITUTION_WORDS.has(w))) return "group-possessive";
  // "Thomas Cirillo's National Salvation Front": a person's organisation
  if (multi && (next?.text === "'s" || next?.text === "'") && actorStart.get(c.end + 1)?.actor.type === "Group") return "possessor-org";
  // "Molwyn Joseph of Antigua and Barbuda, who chairs": a name of a state, then "who"
  const ofState = next?.lower === "of" ? actorStart.get(c.end + 1) : undefined;
  if (multi && c.words.length <= 3 && ofState?.actor.type === "State" && tokens[ofState.end]?.text === "," && /^(who|whose)$/.test(tokens[ofState.end + 1]?.lower ?? "")) return "who-after";
  // "Gerardo Blyde, who leads": "who" follows persons
  if (multi && next?.text === "," && /^(who|whose)$/.test(tokens[c.end + 1]?.lower ?? "")) return "who-after";
  // "Abdullah Abdullah, Ghani's rival": an appositive relating the name to a known person
  if (multi && next?.text === "," && known.get(tokens[c.end + 1]?.text ?? "") && (tokens[c.end + 2]?.text === "'s" || tokens[c.end + 2]?.text === "'")) return "person-appositive";
  // "Kosovo's prime minister, Albin Kurti", "the US envoy for the Western Balkans, Gabriel Escobar"
  if (multi && prev?.text === "," && titlePhraseEndsAt(tokens, c.start - 2, cover.title)) return "title-appositive";
  // "Woodke's wife, Els Woodke, had pressed": a relative named in apposition
  if (multi && c.words.length <= 4 && prev?.text === "," && KIN_NOUNS.has(tokens[c.start - 2]?.lower ?? "")) return "title-appositive";
  // ("Baumel's father, Yona, who campaigned": a named person's relative set off by one name alone)
  if (!multi && prev?.text === "," && next?.text === "," && KIN_NOUNS.has(tokens[c.start - 2]?.lower ?? "") && /^['’]s?$/.test(tokens[c.start - 3]?.text ?? "") && tokens[c.start - 4]?.cap) return "title-appositive";
  // "Prince Faisal bin Farhan and Hossein Amirabdollahian": coordinated with a named person
  if (multi && (prev?.lower === "and" || prev?.lower === "or") && persons.some((q) => q.end === c.start - 1)) return "coordinated";
  // "Felix Tshisekedi flew to Luanda": a leader the gazetteer knows by full name
  if (multi && pc.lex.leaderState(c.name) !== undefined) return "known-leader";
  // "Siamak Namazi, Emad Shargi and Morad Tahbaz were freed": a name that opens with a given name
  if (multi && c.words.length <= 4 && GIVEN_NAMES.has(c.words[0]!) && !c.words.some((w) => ORG_HEADS.has(w) || NOT_ORG_WORDS.has(w) || NOT_NAME.has(w))) return "given-name";
  // "Israel Folau" (the gazetteer left the state's name to a surname written alone elsewhere)
  if (c.words.length === 2 && PLACE_GIVEN_NAMES.has(c.words[0]!) && surnameAloneElsewhere(tokens, c.start + 1)) return "given-name";
  // "Cai Qi, member of the Standing Committee": an East Asian name, family name first
  // ("in Wong Chuk Hang" is a place)
  if (multi && familyFirst(c.words) && !/^(in|at|near|from|to)$/.test(prev?.lower ?? "") && !c.words.some((w) => ORG_HEADS.has(w) || NOT_ORG_WORDS.has(w) || NOT_NAME.has(w))) return "family-name-first";
  return undefined;
}

/** Words that number an argument's points ("Third, Höcke has won"), never a person before a comma. */
const ENUMERATORS = /^(First|Second|Third|Fourth|Fifth|Sixth|Firstly|Secondly|Thirdly|Fourthly|Lastly|Finally)$/;

/**
 * "Industry, Trade and Supply Minister X": from the comma at `from`, capitalised portfolios joined by "and"
 * right up to a title, so the one word before the comma is the first portfolio, not a person.
 */
function portfolioListAhead(tokens: readonly Token[], from: number, titleStart: ReadonlyMap<number, unknown>): boolean {
  for (let k = from + 1; k < from + 8; k++) {
    if (titleStart.has(k)) return k > from + 1;
    const t = tokens[k];
    if (t?.kind !== "word" || !(t.cap || t.lower === "and")) return false;
  }
  return false;
}
