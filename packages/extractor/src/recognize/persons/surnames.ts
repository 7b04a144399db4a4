// The names a person goes by after being named in full (surnames, particles, given names), and the
// passes that read them: partial names re-pointed to the full one, pending names that act alone.
import { nodeKey } from "../../util/keys.js";
import { mkActor, type Candidate, type PersonContext } from "../model.js";
import { ADDRESS_FORMS, FAMILY_FIRST_NAMES, NAME_PARTICLES, PERSON_VERBS } from "../words.js";
import { describedPerson } from "./describe.js";

/** Per `known` map, the forms registered only as a guess (a Spanish first surname): any other registration replaces them. */
const GUESSED = new WeakMap<Map<string, string>, Set<string>>();

/** Auxiliaries between a name and its verb ("Suthep has demanded"). */
const AUXILIARIES = new Set(["has", "had", "have", "will", "would"]);

/** A compound Arabic given name's first word ("Abdel Wahid", "Abdul Rashid"). */
const COMPOUND_GIVEN = /^(Abdel|Abdul|Abdal|Abdol|Abd) /;

/** A syllable of a romanised Chinese or Korean given name ("Yi", "Qiang", "Jin", "ping"). */
const SYLLABLES = /^(?:[bcdfghjklmnpqrstwxyz]{1,2}[aeiouy]{1,3}(?:ng|n|r)?)+$/i;

/**
 * Whether a name is written family name first: a known East Asian family name, then a given name of
 * that shape (one or two hyphened syllables, "Jae-in"; a run of syllables, "Jinping"; or two short words,
 * "Jong Un"). "Lee Anderson" and "Han Solo" are not.
 */
export function familyFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !FAMILY_FIRST_NAMES.has(words[0]!)) return false;
  const given = words.slice(1);
  if (given.length === 2) return given.every((w) => /^[A-Z][a-z]{1,4}$/.test(w));
  const g = given[0]!;
  const hyphened = /^([A-Z][a-z]+)-([a-z]{1,5})$/.exec(g);
  return hyphened ? SYLLABLES.test(hyphened[1]!) : /^[A-Z][a-z]+$/.test(g) && SYLLABLES.test(g);
}

/** A tribe's or people's name ending a Pakistani or Afghan name, often left off ("Hidayatur Rehman Baloch"). */
const CLAN_SUFFIX = /^(Baloch|Baluch|Bugti|Marri|Mengal|Jamali|Zehri|Achakzai|Yousafzai|Afridi|Mehsud|Wazir|Durrani|Popalzai|Barakzai)$/;

/** A Chinese given name of two syllables joined by a hyphen, as Hong Kong copy writes it ("Yok-sing", "Ping-keung"). */
const CHINESE_GIVEN = /^[A-Z][a-z]{1,5}-[a-z]{2,5}$/;

/** Records the forms `full` goes by in `known` (a form two persons go by maps to ""). */
/** Takes `word` for `full`'s name as a guess, which any other reading of the word replaces. */
function guess(known: Map<string, string>, word: string, full: string): void {
  known.set(word, full);
  const g = GUESSED.get(known) ?? new Set<string>();
  GUESSED.set(known, g);
  g.add(word);
}

/** Whether `name` is a form of address and the last word of `full` ("Mallam Abdullahi", "Kashifu Inuwa Abdullahi"). */
function addressedBy(name: string, full: string): boolean {
  const words = name.split(" ");
  return words.length === 2 && ADDRESS_FORMS.has(words[0]!) && full.endsWith(` ${words[1]}`);
}

export function registerSurnames(words: string[], full: string, known: Map<string, string>): void {
  const guessed = GUESSED.get(known);
  const set = (k: string) => {
    const prev = guessed?.delete(k) ? undefined : known.get(k);
    // "Mallam Abdullahi" and "Kashifu Inuwa Abdullahi", in either order: a form of address before the
    // surname of a full name is that person
    if (prev && prev !== full && addressedBy(full, prev)) return;
    if (prev && prev !== full && addressedBy(prev, full)) {
      known.set(k, full);
      return;
    }
    // "De la Calle" named after "Humberto de la Calle": keep the longer name
    if (k === full && prev && prev.toLowerCase().endsWith(` ${full.toLowerCase()}`)) return;
    // "Abdel Wahid" named after "Abdel Wahid al-Nur": keep the longer name
    if (k === full && prev && COMPOUND_GIVEN.test(full) && prev.startsWith(`${full} `)) return;
    // "Jasper Tsang Yok-sing" after "Jasper Tsang": the name with the Chinese given name is the same person's
    if (k === full && prev && CHINESE_GIVEN.test(prev.slice(full.length + 1)) && prev.startsWith(`${full} `)) return;
    // ("Hidayatur Rehman" after "Hidayatur Rehman Baloch": the name without its tribe's)
    if (k === full && prev && CLAN_SUFFIX.test(prev.slice(full.length + 1)) && prev.startsWith(`${full} `)) return;
    if (prev && prev !== full && CHINESE_GIVEN.test(full.slice(prev.length + 1)) && full.startsWith(`${prev} `)) {
      known.set(k, full);
      return;
    }
    known.set(k, prev === undefined || prev === full ? full : "");
  };
  // "Nicolás Maduro Moros", "Daniel Ortega Saavedra": a three-word name may end in two surnames, the
  // first of which the person goes by ("President Maduro"); only a guess, never over another reading
  if (words.length === 3 && !words.some((w) => NAME_PARTICLES.has(w) || w.includes("-")) && words[1]!.length > 3 && !known.has(words[1]!)) {
    guess(known, words[1]!, full);
  }
  // "Luiz Inácio Lula da Silva": the word before the surname's particle, after two given names, is a
  // name the person may go by alone ("Lula"); a guess too
  const particle = words.findIndex((w, i) => i >= 2 && NAME_PARTICLES.has(w));
  if (particle > 0 && particle < words.length - 1 && !known.has(words[particle - 1]!)) {
    guess(known, words[particle - 1]!, full);
  }
  // "Nazir Tirik" after "Nazir Mohamed al-Amin Tirik": the first and last words of a longer name; a guess
  const firstLast = words.length >= 3 ? `${words[0]} ${words[words.length - 1]}` : "";
  if (firstLast && !known.has(firstLast)) guess(known, firstLast, full);
  set(full);
  for (let k = 1; k < words.length; k++) {
    const suffix = words.slice(k).join(" ");
    // "Mohammed bin Salman": a father's name that ends the name is the father's, not the person's ("King Salman")
    if (k === words.length - 1 && /^(bin|ibn|bint)$/.test(words[k - 1]!)) continue;
    set(suffix);
    // "de la Calle" opens a sentence as "De la Calle"
    if (NAME_PARTICLES.has(words[k]!)) set(suffix.charAt(0).toUpperCase() + suffix.slice(1));
    // "al-Ansari" also goes by "Ansari"
    const m = /^(?:al|el|Al|El|ad|ar|as|an)-(.+)$/.exec(suffix);
    if (m) set(m[1]!);
  }
  // "Moon Jae-in", "Kim Jong Un", "Wang Yi": a family name written first is what the person goes by;
  // the first person of that family name keeps it (a later "Kim Yong Chol" does not make "Kim" nobody's),
  // and any other reading replaces it
  if (familyFirst(words) && !known.has(words[0]!)) {
    guess(known, words[0]!, full);
  }
  // "Sheikh Mohamed" after "Mohamed bin Zayed al-Nahyan": a patronymic name goes by its given name
  if (words.length >= 3 && /^(bin|ibn|bint)$/.test(words[1]!)) set(words[0]!);
  // "Abdel Wahid" after "Abdel Wahid al-Nur": a compound Arabic given name ("Abdel", "Abdul", "Abd al-")
  // is what the person goes by
  if (words.length >= 3 && COMPOUND_GIVEN.test(`${words[0]} `) && !NAME_PARTICLES.has(words[1]!)) set(`${words[0]} ${words[1]}`);
  // "Maulana Hidayatur Rehman" after "Maulana Hidayatur Rehman Baloch": the name without its tribe's
  if (words.length === 3 && CLAN_SUFFIX.test(words[2]!)) set(`${words[0]} ${words[1]}`);
  // "Jasper Tsang" after "Jasper Tsang Yok-sing": Hong Kong copy adds the Chinese given name to an English one
  if (words.length === 3 && CHINESE_GIVEN.test(words[2]!)) {
    set(`${words[0]} ${words[1]}`);
    set(words[1]!);
  }
  // "Al-Ansari" written "al-Ansari"
  const last = words[words.length - 1]!;
  if (/^[Aa]l-|^[Ee]l-/.test(last)) set(last.charAt(0) === "a" || last.charAt(0) === "e" ? last.charAt(0).toUpperCase() + last.slice(1) : last.charAt(0).toLowerCase() + last.slice(1));
}

/** Persons named by a surname or a partial name of a person named in full: re-pointed to the full name. */
export function repointToFullNames(pc: PersonContext): void {
  const { persons, known } = pc;
  for (const p of persons) {
    if (p.actor.name.includes(" ")) {
      // "De la Calle" after "Humberto de la Calle": a multi-word surname
      const full = known.get(p.actor.name);
      // ("Abdel Wahid" after "Abdel Wahid al-Nur": a compound given name opening the full one)
      const rest = full ? full.slice(p.actor.name.length + 1) : "";
      const given = !!full && (COMPOUND_GIVEN.test(p.actor.name) || CHINESE_GIVEN.test(rest) || CLAN_SUFFIX.test(rest)) && full.startsWith(`${p.actor.name} `);
      if (full && full !== p.actor.name && (given || full.toLowerCase().endsWith(` ${p.actor.name.toLowerCase()}`))) {
        p.actor = mkActor(nodeKey("Person", full), "Person", full);
        p.via = "surname";
      }
      continue;
    }
    const full = fullNameBefore(pc, p.actor.name, p.start);
    if (full) {
      p.actor = mkActor(nodeKey("Person", full), "Person", full);
      p.via = "surname";
    }
  }
}

/**
 * The full name a surname stands for at token `at`: the one the article registered, or, when two persons
 * share the surname ("Donald Fehr", later "Steve Fehr"), the only one of them named in full before it;
 * when both are, the one the surname alone has stood for so far ("Kaja Kallas ... Kallas said ...
 * Kristina Kallas of Eesti 200 ... Karis met Kallas": news names the second in full each time).
 */
function fullNameBefore(pc: PersonContext, form: string, at: number): string | undefined {
  const full = pc.known.get(form);
  if (full !== "") return full;
  let only: string | undefined;
  let ambiguous = false;
  let alone: string | undefined;
  for (const p of pc.persons) {
    if (p.start >= at || !p.actor.name.endsWith(` ${form}`)) continue;
    if (p.via === "surname") {
      if (alone !== undefined && alone !== p.actor.name) return undefined;
      alone = p.actor.name;
      continue;
    }
    if (only !== undefined && only !== p.actor.name) ambiguous = true;
    only = p.actor.name;
  }
  return ambiguous ? alone : only;
}

/**
 * A pending multi-word name whose last word acts alone elsewhere ("Kurti said", "Blyde told reporters")
 * is a person (and, for a two-word name, one whose first word does: Thai and Indonesian usage).
 */
export function findNamesActingAlone(pc: PersonContext, pending: readonly Candidate[]): void {
  const { tokens, persons, known } = pc;
  const actsAlone = new Set<string>();
  for (const c of pending) {
    if (c.words.length !== 1) continue;
    const next = tokens[c.end];
    if (!next || next.sent !== tokens[c.start]!.sent) continue;
    // "Suthep said", "Suthep has demanded", "Suthep, who leads the PDRC"
    const verb = AUXILIARIES.has(next.lower) ? tokens[c.end + 1] : next;
    if (PERSON_VERBS.has(verb?.lower ?? "") || (next.text === "," && tokens[c.end + 1]?.lower === "who")) actsAlone.add(c.name);
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
    persons.push(describedPerson(pc, c, c.name, "surname-acts"));
    registerSurnames(c.words, c.name, known);
    if (byFirst) known.set(first, c.name); // Thai and Indonesian usage: the given name alone
    c.words = [];
  }
  // a person named in full elsewhere ("Srettha Thavisin", "Zulkifli Zainal Abidin") whose given name
  // acts alone ("Srettha, who met ...", "Zulkifli urged"): Thai, Malay, Indonesian and Ethiopian usage
  for (const p of [...persons]) {
    const words = p.actor.name.split(" ");
    if (words.length < 2 || words.length > 3 || p.via === "surname" || words.some((w) => NAME_PARTICLES.has(w))) continue;
    const first = words[0]!;
    if (actsAlone.has(first) && !words.slice(1).some((w) => actsAlone.has(w)) && !known.has(first)) known.set(first, p.actor.name);
  }
}

/** Persons named by one word (or by surname) whose surface is a known form of a full name: re-pointed. */
export function repointSurfacesToFullNames(pc: PersonContext): void {
  const { persons, known } = pc;
  for (const p of persons) {
    // ("Mallam Kashifu Inuwa Abdullahi ... Mallam Abdullahi said": a form of address before a known surname)
    const addressed = known.get(p.actor.name.split(" ")[1] ?? "");
    if (addressed && addressedBy(p.actor.name, addressed)) {
      p.actor = mkActor(nodeKey("Person", addressed), "Person", addressed);
      continue;
    }
    if (p.via !== "surname" && p.actor.name.includes(" ")) continue;
    const full = known.get(p.surface);
    if (full && full !== p.actor.name) p.actor = mkActor(nodeKey("Person", full), "Person", full);
  }
}

/** Pending candidates (not taken since) that are a known form of a full name: persons of that name (of the one named before, when two share it). */
export function findSurnamesOfPending(pc: PersonContext, pending: readonly Candidate[]): void {
  const { persons } = pc;
  // "President Trump said ... Trump wrote": a person named by one word with a title goes by it later
  const titledOneWord = new Set<string>();
  for (const p of persons) if (p.role && !p.actor.name.includes(" ") && p.via !== "surname") titledOneWord.add(p.actor.name);
  for (const c of pending) {
    if (!c.words.length) continue;
    const full = fullNameBefore(pc, c.name, c.start) ?? (c.words.length === 1 && titledOneWord.has(c.name) ? c.name : undefined);
    if (!full) continue;
    persons.push(describedPerson(pc, c, full, "surname"));
  }
}

/**
 * "Dagalo, widely known as Hemeti": a pending name after "known as" is another name of the person right
 * before (read once that person's surname is resolved); later uses of it name the same person.
 */
export function findNamesKnownAs(pc: PersonContext, pending: readonly Candidate[]): void {
  const { tokens, persons, known } = pc;
  for (const c of pending) {
    if (!c.words.length || tokens[c.start - 1]?.lower !== "as" || tokens[c.start - 2]?.lower !== "known" || known.has(c.name)) continue;
    const near = (end: number) => end <= c.start - 2 && end >= c.start - 5;
    // the person before: read already, or a surname still pending ("Dagalo, widely known as")
    const before = persons.find((x) => near(x.end) && x.sent === tokens[c.start]!.sent)?.actor.name ?? known.get(pending.find((x) => x.words.length && near(x.end))?.name ?? "");
    if (!before) continue;
    known.set(c.name, before);
    persons.push(describedPerson(pc, c, before, "alias"));
    c.words = [];
  }
}
