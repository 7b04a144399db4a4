// Persons: name candidates validated by what surrounds them (a title, a role noun, an honorific, a verb
// of speech ...), then surnames and partial names of persons named in full, then affiliations.
import { nodeKey } from "../../util/keys.js";
import type { Token } from "../../nlp/wink.js";
import { mkActor, mkMention, type ActorMention, type Candidate, type Cover, type RecognizeContext, type TitleMention } from "../model.js";
import { NOT_ORG_WORDS, ORG_HEADS } from "../organisations.js";
import { HONORIFICS, LED_BY, PERSON_VERBS, ROLE_NOUNS } from "../words.js";
import { appositiveTitle, coordinatedAfterPerson, ledByEarlier, personNounAppositive, pluralTitleBefore, titleModifierAhead, titlePhraseEndsAt } from "./cues.js";
import { describePerson } from "./describe.js";
import { listedPersons } from "./lists.js";
import { registerSurnames } from "./surnames.js";
import { dominantState, stateLevelTitle } from "./affiliation.js";

const SPEECH_AFTER = new Set(["said", "says", "told", "added"]);
const REPORTED_AUX = new Set(["had", "has", "would", "will", "was"]);

// verbs and nouns whose object is usually a person ("toppled X", "the death of X")
const PERSON_OBJECT_VERBS = new Set(["toppled", "ousted", "overthrew", "overthrown", "deposed", "assassinated", "succeeded", "succeeds", "replaced", "replaces", "included", "including", "includes", "telephoned", "phoned", "thanked", "congratulated", "briefed"]);
const PERSON_OF_NOUNS = new Set(["death", "resignation", "assassination", "killing", "ouster", "overthrow", "arrest", "election", "inauguration", "widow", "son", "daughter", "wife", "husband", "successor", "predecessor"]);

/** "the government of X": nouns whose "of" names the person at the head (not "the Government of National Unity"). */
const RULED_BY_NOUNS = new Set(["government", "administration", "regime", "cabinet"]);
const NOT_RULER_WORDS = new Set(["National", "Unity", "Accord", "Salvation", "Transition", "Transitional", "Reconciliation", "Concord", "Consensus", "Interim", "Provisional", "Democratic", "People's", "Republic", "Kingdom", "State", "States", "United"]);

/** The persons among the name candidates, with their roles and affiliations. */
export function findPersons(ctx: RecognizeContext, cands: readonly Candidate[], actors: readonly ActorMention[], titles: readonly TitleMention[]): ActorMention[] {
  const { a, lex, tokens } = ctx;
  if (!cands.length) return [];
  const titleEnd = new Map<number, TitleMention>(); // token index right after a title -> title
  const titleStart = new Map<number, TitleMention>();
  for (const t of titles) {
    titleEnd.set(t.end, t);
    titleStart.set(t.start, t);
  }
  const cover = coverIndex(tokens.length, titles, actors);
  const actorEnd = new Map<number, ActorMention>();
  const actorStart = new Map<number, ActorMention>();
  for (const m of actors) {
    actorEnd.set(m.end, m);
    actorStart.set(m.start, m);
  }
  // "X for the government and Y for the ELN": a name after "and" following a validated name + "for"
  const pendingRole = (toks: readonly Token[], andIdx: number) => {
    for (let k = andIdx - 1; k > andIdx - 6 && k >= 0; k--) if (toks[k]!.lower === "for") return persons.some((p) => p.end === k);
    return false;
  };

  const persons: ActorMention[] = [];
  const sharedAt = new Map<number, ActorMention[]>(); // "and" token index -> the two actors of a shared title
  const known = new Map<string, string>(); // surname form -> full name ("" when ambiguous)
  const pending: Candidate[] = [];

  const makePerson = (c: Candidate, name: string, via: string): ActorMention => mkMention(c.start, c.end, tokens[c.start]!.sent, mkActor(nodeKey("Person", name), "Person", name), c.name, via);

  for (const c of cands) {
    const prev = tokens[c.start - 1];
    const next = tokens[c.end];
    let via: string | undefined;
    const multi = c.words.length >= 2;
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
    // "Justice and Human Rights Minister X": capitalised words that qualify a title are not names
    if (!titleEnd.has(c.start) && (titleStart.has(c.end) || (next?.lower === "and" && titleModifierAhead(tokens, c.end + 1, titleStart)))) {
      pending.push(c);
      continue;
    }
    // "The foreign ministers of A and B, X and Y": one plural title shared, respectively
    let shared: ActorMention[] | undefined;
    if (multi && prev?.text === "," && (shared = pluralTitleBefore(tokens, c.start - 1, actors))) via = "shared-title";
    else if (multi && prev?.lower === "and" && sharedAt.has(c.start - 1)) {
      shared = sharedAt.get(c.start - 1);
      via = "shared-title";
    }
    if (via) {
      /* set above */
    } else if (titleEnd.has(c.start)) via = "title-before";
    else if (prev && ROLE_NOUNS.has(prev.lower)) via = "role-before";
    else if (prev?.text === "," && ROLE_NOUNS.has(tokens[c.start - 2]?.lower ?? "") ) via = "role-before";
    else if (prev?.lower === "by" && LED_BY.has(tokens[c.start - 2]?.lower ?? "")) via = "led-by";
    // "the government team was headed by A, the opposition team by B": a gapped "led by"
    else if (multi && prev?.lower === "by" && ledByEarlier(tokens, c.start - 1)) via = "led-by";
    // "toppled Muammar Gaddafi", "the resignation of Hailemariam Desalegn": verbs and nouns of persons
    else if (multi && c.words.length <= 4 && prev && (PERSON_OBJECT_VERBS.has(prev.lower) || (prev.lower === "of" && PERSON_OF_NOUNS.has(tokens[c.start - 2]?.lower ?? "")))) via = "person-object";
    // "Jimmy Carter told Menachem Begin": a person telling a name (sources also tell news outlets)
    else if (multi && c.words.length <= 4 && prev?.lower === "told" && persons.some((q) => q.end === c.start - 1)) via = "person-object";
    // "the President of Eritrea Isaias Afwerki": a title, "of" and its state right before the name
    else if (multi && actorEnd.get(c.start)?.actor.type === "State" && tokens[actorEnd.get(c.start)!.start - 1]?.lower === "of" && titleEnd.has(actorEnd.get(c.start)!.start - 1)) via = "title-of-state";
    // "the FPRC of Noureddine Adam": a group's leader
    else if (multi && c.words.length <= 4 && prev?.lower === "of" && (actorEnd.get(c.start - 1)?.actor.type === "Group" || (tokens[c.start - 2]?.text === ")" && actorEnd.get(c.start - 2)?.actor.type === "Group"))) via = "org-of";
    else if (multi && next?.lower === "for" && actorStart.has(c.end + (tokens[c.end + 1]?.lower === "the" ? 2 : 1))) via = "for-actor";
    else if (multi && prev?.lower === "and" && pendingRole(tokens, c.start - 1)) via = "coordinated";
    else if (prev && HONORIFICS.has(prev.text)) via = "honorific";
    else if (next?.text === "," && appositiveTitle(tokens, c.end + 1, titleStart)) via = "appositive";
    else if (multi && actorEnd.has(c.start) && actorEnd.get(c.start)!.actor.type === "Group") via = "org-before";
    else if (multi && next && next.sent === tokens[c.start]!.sent && PERSON_VERBS.has(next.lower)) via = "verb-after";
    else if (multi && prev && SPEECH_AFTER.has(prev.lower) && (!next || next.kind === "punct")) via = "verb-before";
    // "the presidency said Emmanuel Macron had spoken with ...": the subject of a reported clause
    else if (multi && c.words.length <= 3 && prev && SPEECH_AFTER.has(prev.lower) && next && REPORTED_AUX.has(next.lower)) via = "verb-before";
    else if (multi && next?.text === "," && tokens[c.end + 1] && PERSON_VERBS.has(tokens[c.end + 1]!.lower)) via = "verb-after";
    // "Brian Currin, a South African lawyer who ...": an appositive naming what kind of person
    else if (multi && c.words.length <= 4 && next?.text === "," && personNounAppositive(tokens, c.end + 1)) via = "appositive";
    // "Igor Plotnitsky, of the Luhansk People's Republic, said": a person set off with the group he is of
    else if (multi && c.words.length <= 4 && next?.text === "," && tokens[c.end + 1]?.lower === "of" && actorStart.has(c.end + (tokens[c.end + 2]?.lower === "the" ? 3 : 2)) && actorStart.get(c.end + (tokens[c.end + 2]?.lower === "the" ? 3 : 2))!.actor.type !== "Person") via = "of-actor";
    // "the government of José Luis Rodríguez Zapatero", "the regime of Bashar al-Assad"
    else if (multi && c.words.length <= 4 && prev?.lower === "of" && RULED_BY_NOUNS.has(tokens[c.start - 2]?.lower ?? "") && !c.words.some((w) => NOT_RULER_WORDS.has(w) || ORG_HEADS.has(w) || NOT_ORG_WORDS.has(w))) via = "person-object";
    // "South Africa's Cyril Ramaphosa": a state's two- or three-word name
    else if (multi && c.words.length <= 3 && (prev?.text === "'s" || prev?.text === "'") && actorEnd.get(c.start - 1)?.actor.type === "State" && (!(next && next.kind === "word" && !next.cap && !PERSON_VERBS.has(next.lower) && next.lower !== "and") || coordinatedAfterPerson(tokens, actorEnd.get(c.start - 1)!.start, persons))) via = "state-possessive";
    // "Thomas Cirillo's National Salvation Front": a person's organisation
    else if (multi && (next?.text === "'s" || next?.text === "'") && actorStart.get(c.end + 1)?.actor.type === "Group") via = "possessor-org";
    // "Gerardo Blyde, who leads": "who" follows persons
    else if (multi && next?.text === "," && /^(who|whose)$/.test(tokens[c.end + 1]?.lower ?? "")) via = "who-after";
    // "Abdullah Abdullah, Ghani's rival": an appositive relating the name to a known person
    else if (multi && next?.text === "," && known.get(tokens[c.end + 1]?.text ?? "") && (tokens[c.end + 2]?.text === "'s" || tokens[c.end + 2]?.text === "'")) via = "person-appositive";
    // "Kosovo's prime minister, Albin Kurti", "the US envoy for the Western Balkans, Gabriel Escobar"
    else if (multi && prev?.text === "," && titlePhraseEndsAt(tokens, c.start - 2, cover.title)) via = "title-appositive";
    // "Prince Faisal bin Farhan and Hossein Amirabdollahian": coordinated with a named person
    else if (multi && (prev?.lower === "and" || prev?.lower === "or") && persons.some((q) => q.end === c.start - 1)) via = "coordinated";
    if (!via) {
      pending.push(c);
      continue;
    }
    const p = makePerson(c, c.name, via);
    describePerson(a, lex, tokens, p, actors, titles, titleStart, cover, persons);
    if (shared && via === "shared-title") {
      // the first name takes the first actor, the second the second
      const second = prev?.lower === "and";
      p.affiliation = shared[second ? 1 : 0];
      p.affiliationRule = "shared-title";
      if (!second && tokens[c.end]?.lower === "and") sharedAt.set(c.end, shared);
    } else if (!p.affiliation && via === "org-of") {
      p.affiliation = actorEnd.get(c.start - 1) ?? actorEnd.get(c.start - 2);
      p.affiliationRule = "org-of";
    } else if (!p.affiliation && via === "title-of-state") {
      p.affiliation = actorEnd.get(c.start);
      p.affiliationRule = "title-of-state";
    }
    persons.push(p);
    if (multi) registerSurnames(c.words, c.name, known);
  }
  listedPersons(tokens, pending, persons, actorEnd, actorStart, (c, via) => {
    const p = makePerson(c, c.name, via);
    describePerson(a, lex, tokens, p, actors, titles, titleStart, cover, persons);
    persons.push(p);
    registerSurnames(c.words, c.name, known);
    c.words = [];
    return p;
  });
  // second pass: surnames and partial names of persons named in full elsewhere in the article;
  // persons named after their surname appear first are re-pointed too.
  const resolveName = (words: string[], name: string): string | undefined => {
    const full = known.get(name) ?? known.get(words[words.length - 1]!);
    return full || undefined;
  };
  for (const p of persons) {
    if (p.actor.name.includes(" ")) {
      // "De la Calle" after "Humberto de la Calle": a multi-word surname
      const full = known.get(p.actor.name);
      if (full && full !== p.actor.name && full.toLowerCase().endsWith(" " + p.actor.name.toLowerCase())) {
        p.actor = mkActor(nodeKey("Person", full), "Person", full);
        p.via = "surname";
      }
      continue;
    }
    const full = resolveName([p.actor.name], p.actor.name);
    if (full) {
      p.actor = mkActor(nodeKey("Person", full), "Person", full);
      p.via = "surname";
    }
  }
  // a multi-word name whose last word acts alone elsewhere ("Kurti said", "Blyde told reporters")
  const actsAlone = new Set<string>();
  for (const c of pending) {
    if (c.words.length !== 1) continue;
    const next = tokens[c.end];
    if (next && next.sent === tokens[c.start]!.sent && PERSON_VERBS.has(next.lower)) actsAlone.add(c.name);
  }
  for (const c of persons) if (c.surface && !c.surface.includes(" ") && PERSON_VERBS.has(tokens[c.end]?.lower ?? "")) actsAlone.add(c.surface);
  // persons already validated under one word ("Srettha, who met ...") name their full form too
  for (const p of persons) if (p.surface && !p.surface.includes(" ") && p.via !== "surname") actsAlone.add(p.surface);
  for (const c of pending) {
    if (c.words.length < 2 || c.words.length > 4 || known.has(c.name)) continue;
    const last = c.words[c.words.length - 1]!;
    const first = c.words[0]!;
    const byFirst = !actsAlone.has(last) && actsAlone.has(first) && c.words.length === 2 && !known.has(first);
    if (!actsAlone.has(last) && !byFirst) continue;
    const p = makePerson(c, c.name, "surname-acts");
    describePerson(a, lex, tokens, p, actors, titles, titleStart, cover, persons);
    persons.push(p);
    registerSurnames(c.words, c.name, known);
    if (byFirst) known.set(first, c.name); // Thai and Indonesian usage: the given name alone
    c.words = [];
  }
  for (const p of persons) {
    if (p.via !== "surname" && p.actor.name.includes(" ")) continue;
    const full = known.get(p.surface);
    if (full && full !== p.actor.name) p.actor = mkActor(nodeKey("Person", full), "Person", full);
  }
  for (const c of pending) {
    if (!c.words.length) continue;
    const full = known.get(c.name) || (c.words.length === 1 ? undefined : undefined);
    if (!full) continue;
    const p = makePerson(c, full, "surname");
    describePerson(a, lex, tokens, p, actors, titles, titleStart, cover, persons);
    persons.push(p);
  }
  // a state-level title without its state ("Prime Minister Benjamin Netanyahu said", "opposition leader
  // Yair Lapid") in a sentence about one state: the state named just before, in this sentence or the last
  const affiliated = new Set<string>();
  let dominant: ActorMention | null | undefined;
  for (const p of persons) if (p.affiliation) affiliated.add(p.actor.key);
  for (const p of persons) {
    if (p.affiliation || !p.role || affiliated.has(p.actor.key) || /\b(former|ex-|late|ousted|deposed)\b/i.test(p.role) || !stateLevelTitle(lex, p.role)) continue;
    let st: ActorMention | undefined;
    let framed = false;
    for (const m of actors) {
      if (m.start >= p.start) break;
      if (m.sent >= p.sent - 1 && m.actor.type === "State" && m.via !== "capital") st = m;
      // "In Israel, which ..., opposition leader X": the sentence is set in that state
      if (m.sent === p.sent && m.actor.type === "State" && tokens[m.start - 1]?.text === "In" && (m.start < 2 || tokens[m.start - 2]!.sent !== p.sent) && tokens[m.end]?.text === ",") {
        st = m;
        framed = true;
        break;
      }
    }
    if (framed && st) {
      p.affiliation = st;
      p.affiliationRule = "title-frame";
      affiliated.add(p.actor.key);
      continue;
    }
    if (!st) {
      // no state in reach: the state the article is about, when it dominates (twice the mentions of
      // any other) and no state is named in this sentence or the one before
      dominant ??= dominantState(actors);
      if (!dominant || actors.some((m) => m.sent >= p.sent - 3 && m.sent <= p.sent + 1 && m.actor.type === "State" && m.actor.key !== dominant!.actor.key)) continue;
      p.affiliation = dominant;
      p.affiliationRule = "title-article";
      affiliated.add(p.actor.key);
      continue;
    }
    // only when that state is the only one in reach (otherwise the title is ambiguous)
    const others = actors.some((m) => m.sent >= p.sent - 1 && m.sent <= p.sent && m.actor.type === "State" && m.actor.key !== st!.actor.key);
    if (others) continue;
    p.affiliation = st;
    p.affiliationRule = "title-context";
    affiliated.add(p.actor.key);
  }
  // a titled person left without a state (several states in reach), or given only the state of the
  // context: a known leader's own state ("President Vladimir Putin", "King Salman", "Pope Francis")
  for (const p of persons) {
    if (!p.role || (p.affiliation && p.affiliationRule !== "title-context" && p.affiliationRule !== "title-article")) continue;
    if (!p.affiliation && affiliated.has(p.actor.key)) continue;
    const id = lex.leaderState(p.actor.name) ?? lex.leaderState(`${p.role} ${p.actor.name}`);
    if (!id || !lex.states.has(id) || p.affiliation?.actor.key === nodeKey("State", id)) continue;
    p.affiliation = mkMention(p.start, p.start, p.sent, mkActor(nodeKey("State", id), "State", lex.stateName(id), id), "", "leader");
    p.affiliationRule = "title-leader";
    affiliated.add(p.actor.key);
  }
  // "Holbrooke and his deputy, Christopher Hill": the affiliation of the person "his" stands for
  for (const p of persons) {
    if (p.affiliation || !p.role) continue;
    let h = -1;
    for (let k = p.start - 1; k >= 0 && k > p.start - 7 && tokens[k]!.sent === p.sent; k--) {
      const t = tokens[k]!;
      if (t.lower === "his" || t.lower === "her") {
        h = k;
        break;
      }
      if (t.cap || (t.kind !== "word" && t.text !== ",")) break;
    }
    if (h < 0) continue;
    const owner = persons.find((q) => q.sent === p.sent && q.end <= h && q.end >= h - 2 && q !== p);
    if (!owner) continue;
    const src = owner.affiliation ? owner : persons.find((q) => q.actor.key === owner.actor.key && q.affiliation);
    if (!src?.affiliation) continue;
    p.affiliation = src.affiliation;
    p.affiliationRule = "possessive-title";
  }
  // "Secretary-General Kofi Annan" after "the UN Secretary-General": a title left without its actor
  // takes the one organisation the article names right next to the same title elsewhere
  {
    const byTitle = new Map<string, ActorMention | null>();
    for (const t of titles) {
      let am = actorEnd.get(t.start) ?? (tokens[t.start - 1]?.text === "'s" ? actorEnd.get(t.start - 1) : undefined);
      if (!am && tokens[t.end]?.lower === "of") am = actorStart.get(t.end + 1) ?? (tokens[t.end + 1]?.lower === "the" ? actorStart.get(t.end + 2) : undefined);
      // an organisation's own title ("Secretary-General"); a state's titles ("special envoy", "foreign
      // minister") are held in many states at once
      if (!am || am.actor.type !== "Group") continue;
      const key = t.title.toLowerCase();
      const prev = byTitle.get(key);
      if (prev === undefined) byTitle.set(key, am);
      else if (prev && prev.actor.key !== am.actor.key) byTitle.set(key, null);
    }
    if (byTitle.size)
      for (const p of persons) {
        if (p.affiliation || !p.role || affiliated.has(p.actor.key) || /\b(former|ex-|late|ousted|deposed)\b/i.test(p.role)) continue;
        const am = byTitle.get(p.role.toLowerCase());
        if (!am) continue;
        p.affiliation = am;
        p.affiliationRule = "same-title";
      }
  }
  return persons;
}

/** Token -> covering title / non-person actor (the first in list order), for O(1) look-ups. */
export function coverIndex(n: number, titles: readonly TitleMention[], actors: readonly ActorMention[]): Cover {
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
