// Persons named in a list after a plural noun of persons ("two former presidents, A and B").
import type { ActorMention, Candidate, PersonContext } from "../model.js";
import { HONORIFICS, INSTITUTION_WORDS, NOT_NAME, PLURAL_TITLES } from "../words.js";
import { NOT_ORG_WORDS, ORG_HEADS } from "../organisations.js";

// plural nouns of persons that introduce a list of names ("two former presidents, A and B")
const LIST_PERSON_NOUNS = new Set([...PLURAL_TITLES, ...["officials", "academics", "agents", "prisoners", "activists", "diplomats", "generals", "politicians", "journalists", "scholars", "lawmakers", "senators", "members", "figures", "candidates", "rivals", "chairmen", "co-chairs", "co-leaders", "co-presidents", "co-chairmen", "co-founders", "mediators", "facilitators", "delegates", "detainees", "hostages", "dissidents", "opponents", "veterans", "businessmen", "founders", "aides", "advisers", "advisors", "deputies", "heads", "premiers", "monarchs", "rulers", "emirs", "kings", "clerics", "nationals", "citizens"]]);
// of those, the nouns that tie every listed person to the state or organisation they are of
const LIST_AFFILIATING = new Set(["ministers", "leaders", "presidents", "envoys", "negotiators", "chiefs", "heads", "representatives", "ambassadors", "spokesmen", "commanders", "officials", "diplomats", "generals", "members", "delegates", "aides", "advisers", "advisors", "deputies", "founders", "premiers", "co-chairs", "co-leaders", "co-presidents", "co-chairmen", "co-founders", "figures", "politicians", "lawmakers", "senators", "candidates"]);
const LIST_SEP = new Set([":", "—", "–", "--"]);

/**
 * Persons named in a list after a plural noun of persons: "Two former presidents, Didier Ratsiraka and
 * Albert Zafy", "five commanders of the Front — A, B and C", "three agents ...: A, B and C", "envoys A
 * and B", "four presidents — Ghana's A, the ECOWAS chairman, B of Nigeria and C". Each listed name
 * (two words or more, not otherwise recognised) becomes a person; "<State>'s X" / "X of <State>" give
 * that state, and an affiliating noun gives its own state or organisation ("commanders of the FMLN",
 * "Israeli negotiators") to every listed person without one.
 */
export function listedPersons(pc: PersonContext, pending: readonly Candidate[], make: (c: Candidate, via: string) => ActorMention): void {
  const { tokens, persons, actorEnd, actorStart } = pc;
  let pendingAt: Map<number, Candidate> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !LIST_PERSON_NOUNS.has(t.lower)) continue;
    if (!pendingAt) {
      pendingAt = new Map();
      for (const c of pending) if (c.words.length >= 2) pendingAt.set(c.start, c);
    }
    const sent = t.sent;
    const nameAt = (k: number) => (pendingAt!.get(k)?.words.length ? pendingAt!.get(k) : undefined) ?? persons.find((p) => p.start === k);
    const overHonorific = (k: number) => (HONORIFICS.has(tokens[k]?.text ?? "") && !nameAt(k) ? k + (tokens[k + 1]?.text === "." ? 2 : 1) : k);
    // the list starts right after the noun, after "noun," or after a colon or dash within the noun phrase
    let s = -1;
    let phraseEnd = i;
    if (nameAt(i + 1)) s = i + 1;
    else if (tokens[i + 1]?.text === "," && tokens[i + 1]!.sent === sent) s = i + 2;
    else
      for (let q = i + 1; q < i + 14 && tokens[q] && tokens[q]!.sent === sent; q++) {
        const x = tokens[q]!;
        if (LIST_SEP.has(x.text)) {
          s = q + 1;
          phraseEnd = q - 1;
          break;
        }
        // (a comma between the states the noun is of: "ministers of Colombia, Brazil and Ecuador —")
        const stateComma = x.text === "," && actorStart.get(q + 1)?.actor.type === "State";
        if (x.kind === "punct" && x.text !== "-" && x.text !== "'s" && x.text !== "'" && !stateComma) break;
      }
    if (s < 0) continue;
    // the state or organisation of the noun phrase: "Israeli academics", "commanders of the FMLN"
    // ("the SPD's co-leaders, A and B": over the possessive)
    let own: ActorMention | undefined = actorEnd.get(i) ?? (/^['’]s?$/.test(tokens[i - 1]?.text ?? "") ? actorEnd.get(i - 1) : undefined);
    if (own?.actor.type === "Person") own = undefined;
    if (!own && tokens[i + 1]?.lower === "of") {
      const o = actorStart.get(i + 1 + (tokens[i + 2]?.lower === "the" ? 2 : 1));
      if (o && o.actor.type !== "Person" && o.end <= phraseEnd + 1) own = o;
    }
    if (!LIST_AFFILIATING.has(t.lower)) own = undefined;
    const items: { name: Candidate | ActorMention; state?: ActorMention }[] = [];
    let k = s;
    while (k < tokens.length && tokens[k]!.sent === sent && items.length < 12) {
      let state: ActorMention | undefined;
      const pre = actorStart.get(k);
      if (pre && pre.actor.type === "State" && (tokens[pre.end]?.text === "'s" || tokens[pre.end]?.text === "'")) {
        state = pre;
        k = pre.end + 1;
      }
      // ("four ODM figures, Mr John Mbadi, Mr Hassan Joho and ...": over each name's form of address)
      k = overHonorific(k);
      const nm = nameAt(k);
      if (!nm) break;
      let e = nm.end;
      if (tokens[e]?.lower === "of" && actorStart.get(e + 1)?.actor.type === "State") {
        state = actorStart.get(e + 1);
        e = state!.end;
      }
      items.push({ name: nm, state });
      // ", and", "and", ","; an appositive between items (", the current ECOWAS chairman,") is skipped
      if (tokens[e]?.lower === "and") k = e + 1;
      else if (tokens[e]?.text === ",") {
        k = e + 1;
        if (tokens[k]?.lower === "and") k++;
        else if (!nameAt(overHonorific(k)) && !(actorStart.get(k)?.actor.type === "State" && tokens[actorStart.get(k)!.end]?.text === "'s")) {
          let q = k;
          while (q < k + 7 && tokens[q] && tokens[q]!.sent === sent && tokens[q]!.text !== "," && (tokens[q]!.kind !== "punct" || tokens[q]!.text === "'s" || tokens[q]!.text === "'")) q++;
          if (tokens[q]?.text !== "," || !(nameAt(q + 1) || actorStart.get(q + 1)?.actor.type === "State")) break;
          k = q + 1;
        }
      } else break;
    }
    if (items.length < 2 && !(items.length === 1 && s > i + 1 && tokens[s - 1]!.kind === "punct" && LIST_SEP.has(tokens[s - 1]!.text))) continue;
    // "the foreign ministers of Colombia, Brazil and Ecuador — A, B and C": as many states as names, in turn
    const respective = LIST_AFFILIATING.has(t.lower) && tokens[i + 1]?.lower === "of" ? statesListedFrom(pc, i + 2, phraseEnd + 1) : [];
    // (with another count of states, none is each one's)
    if (respective.length >= 2) own = undefined;
    if (respective.length === items.length && items.length >= 2) for (const [q, it] of items.entries()) it.state ??= respective[q];
    for (const it of items) {
      const p = "actor" in it.name ? it.name : make(it.name, "list");
      const aff = it.state ?? own;
      if (aff && !p.affiliation) {
        p.affiliation = aff;
        p.affiliationRule = "list";
        if (!p.role && LIST_AFFILIATING.has(t.lower)) p.role = t.lower.replace(/(ies)$/, "y").replace(/men$/, "man").replace(/s$/, "");
      }
    }
    i = k - 1;
  }
}

/** The states listed from token `k` to `end` ("Colombia, Brazil and Ecuador"), in order; empty when anything else stands there. */
function statesListedFrom(pc: PersonContext, k: number, end: number): ActorMention[] {
  const { tokens, actorStart } = pc;
  const out: ActorMention[] = [];
  let q = k;
  while (q < end) {
    const st = actorStart.get(q);
    if (st?.actor.type !== "State") return [];
    out.push(st);
    q = st.end;
    if (tokens[q]?.text === ",") q++;
    if (tokens[q]?.lower === "and") q++;
  }
  return q === end ? out : [];
}

/** Words that end the name of a place, a building or an event rather than a person's. */
const NOT_PERSON_LAST_WORDS = new Set("Park Stadium Avenue Road Street Square Bridge Gardens Airport Hotel Mall Boulevard Highway Hall County Province River Valley Lake Island Islands Cup Trophy Championship Works Industries District".split(" "));

/** A pending name that can be a person's: two to four name words, none an organisation's, an office's or an acronym. */
function personShapedName(c: Candidate): boolean {
  const n = c.words.length;
  if (n < 2 || n > 4 || NOT_PERSON_LAST_WORDS.has(c.words[n - 1]!)) return false;
  return c.words.every((w) => !(w.length > 1 && w === w.toUpperCase()) && !ORG_HEADS.has(w) && !NOT_ORG_WORDS.has(w) && !NOT_NAME.has(w) && !INSTITUTION_WORDS.has(w));
}

/**
 * Names listed next to a person by "and", ", and" or (inside a list that goes on) "," are persons too: "spoke with LeBron James and
 * Chris Paul", "included General Secretary Obaidul Quader, Amir Hossain Amu and Tofail Ahmed" (each new
 * person may carry the list on). Only names shaped as persons' are taken, so "Barack Obama and Boko Haram"
 * keeps the group (read before) and "Hancock Prospecting" (a body's word) stays out.
 */
export function namesListedWithPersons(pc: PersonContext, pending: readonly Candidate[], make: (c: Candidate, via: string) => ActorMention): void {
  const { tokens, persons, titleStart, lex } = pc;
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const c of pending) {
    // (not "the Third Way", nor "Christian Democrat leader X": a name after "the" or before a title is no person's)
    const next = tokens[c.end];
    if (!personShapedName(c) || tokens[c.start - 1]?.lower === "the" || titleStart.has(c.end) || (next?.kind === "word" && !next.cap && lex.isTitle(next.lower))) continue;
    byStart.set(c.start, c);
    byEnd.set(c.end, c);
  }
  if (!byStart.size) return;
  const take = (c: Candidate | undefined, sent: number): ActorMention | undefined => {
    if (!c?.words.length || tokens[c.start]!.sent !== sent) return undefined;
    const p = make(c, "listed-with-person");
    byStart.delete(c.start);
    byEnd.delete(c.end);
    return p;
  };
  // (a comma alone links a name only inside a list that goes on: "the Director of Public Prosecutions,
  // Lillian Shawa-Siyuni" sets off a name after an office's)
  const goesOn = (c: Candidate | undefined) => !!c && /^(,|and)$/.test(tokens[c.end]?.lower ?? "");
  // (from persons read by what surrounds them, not from a name read only after a body's: "Disney Character Voices")
  const queue = persons.filter((p) => p.via !== "org-before");
  while (queue.length) {
    const p = queue.pop()!;
    let k = p.end;
    if (tokens[k]?.text === ",") k++;
    const forward = tokens[k]?.lower === "and" ? byStart.get(k + 1) : k > p.end && goesOn(byStart.get(k)) ? byStart.get(k) : undefined;
    const backward = tokens[p.start - 1]?.lower === "and" ? byEnd.get(p.start - (tokens[p.start - 2]?.text === "," ? 2 : 1)) : undefined;
    for (const q of [take(forward, p.sent), take(backward, p.sent)]) if (q) queue.push(q);
  }
}
