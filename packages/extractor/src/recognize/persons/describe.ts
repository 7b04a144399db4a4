// One person's role and affiliation: from the title phrase before the name, else from what follows it
// ("led by", "for the ELN", "of Islamic Jihad", "Haftar's army", an appositive).
import { nodeKey } from "../../util/keys.js";
import { mkActor, mkMention, type ActorMention, type Candidate, type PersonContext, type PlaceMention, type TitleMention, type TitlePhrase } from "../model.js";
import type { Token } from "../../nlp/wink.js";
import { isNameWord } from "../tokens.js";
import { DESCRIPTORS, FUNCTION_CAPS, HONORIFICS, LED_BY, PERSON_VERBS, RELATION_NOUNS, ROLE_NOUNS, SIDE_NOUNS, TITLE_MODIFIERS } from "../words.js";
import { titlePhraseEndsAt } from "./cues.js";
import { malayHonour } from "./candidates.js";

/** Roles in a company, which a demonym before them does not make a state's. */
const COMPANY_ROLE = /\b(executive|ceo|co-ceo|managing director|founder|co-founder|entrepreneur|businessman|businesswoman)\b/i;

const GROUP_WORDS = new Set(["movement", "group", "militia", "faction", "organisation", "organization", "rebels", "party", "militants", "insurgents", "alliance", "coalition", "force"]);

/** Verbs of ", who leads ..." that name what the person leads. */
const LEADS = new Set(["leads", "led", "heads", "headed", "chairs", "chaired", "represents", "represented", "commands", "commanded", "runs", "ran", "founded", "co-founded"]);

/** Titles that name their state when none is given ("Secretary of State Mike Pompeo"). */
const TITLE_STATE: ReadonlyMap<string, string> = new Map([
  ["secretary of state", "united-states"],
  ["defense secretary", "united-states"],
  ["secretary of defense", "united-states"],
  ["deputy secretary of state", "united-states"],
  ["assistant secretary of state", "united-states"],
  ["treasury secretary", "united-states"],
  ["secretary of the treasury", "united-states"],
  // the US cabinet's "<Department> Secretary" (elsewhere ministers are "<portfolio> minister")
  ["commerce secretary", "united-states"],
  ["secretary of commerce", "united-states"],
  ["labor secretary", "united-states"],
  ["secretary of labor", "united-states"],
  ["agriculture secretary", "united-states"],
  ["secretary of agriculture", "united-states"],
  ["energy secretary", "united-states"],
  ["secretary of energy", "united-states"],
  ["transportation secretary", "united-states"],
  ["secretary of transportation", "united-states"],
  ["homeland security secretary", "united-states"],
  ["secretary of homeland security", "united-states"],
  ["secretary of the interior", "united-states"],
  // (a bare "Interior Secretary" is also Pakistan's, Mexico's and the Philippines': read from the context)
  // the British cabinet's secretaries of state, in British spelling ("foreign", "home" and "defence
  // secretary" are also South Asian titles: those are read from the context)
  ["health secretary", "united-kingdom"],
  ["northern ireland secretary", "united-kingdom"],
  ["chancellor of the exchequer", "united-kingdom"],
]);
/** Words before such a title that do not change whose it is ("Acting Labor Secretary"). */
const TITLE_STATE_PREFIX = /^((u\.s\.|us|american|british|acting|interim|then|outgoing|incoming|new)\s+)+/;
/** States whose cabinet members are "<Department> Secretary" as in the US ("Defense Secretary Voltaire Gazmin"). */
const SECRETARY_CABINETS = new Set(["philippines"]);
/**
 * A title that names its own state ("Secretary of State"): that state, when the person has no affiliation.
 * A US department's secretary in copy datelined in a state whose cabinet has such secretaries is that
 * state's ("ZAMBOANGA CITY -- ... Defense Secretary Voltaire Gazmin").
 */
function defaultTitleState(pc: PersonContext, p: ActorMention): void {
  const { lex, datelineState } = pc;
  if (p.affiliation) return;
  if (!p.role) {
    governorOfRegion(pc, p);
    return;
  }
  const role = p.role.toLowerCase().replace(TITLE_STATE_PREFIX, "");
  let id = TITLE_STATE.get(role);
  // (not the Secretary of State, the US's own, nor a title that says it is American)
  if (id === "united-states" && datelineState && SECRETARY_CABINETS.has(datelineState) && !/\bstate\b/.test(role) && !/^(u\.s\.|us|american) /.test(p.role.toLowerCase())) id = datelineState;
  if (!id) {
    governorOfRegion(pc, p);
    return;
  }
  if (!lex.states.has(id)) return;
  p.affiliation = mkMention(p.start, p.start, p.sent, mkActor(nodeKey("State", id), "State", lex.stateName(id), id), "", "title-state");
  p.affiliationRule = "title-state";
}

/** Letters after a name: a silk's, a legislator's, an honour's ("KC", "QC", "MP", "OBE"). */
const POSTNOMINALS = /^(KC|QC|SC|SAN|MP|MEP|MSP|MS|MLA|MPP|TD|OBE|CBE|MBE|KBE|DBE|CH|PhD)$/;

/** A regional head's title with no region before it ("Gov. Gretchen Whitmer", "Premier Danielle Smith"). */
const REGION_HEAD_TITLE = /^(gov\.?|governor|premier|chief minister)$/;

/**
 * "The State of Michigan has agreed ..., Gov. Gretchen Whitmer announced": a regional head named
 * without the region, in a story where one region acts through its government, heads that region.
 */
function governorOfRegion(pc: PersonContext, p: ActorMention): void {
  const { tokens, actors } = pc;
  const title = (p.role ?? tokens[p.start - 1]?.text ?? "").toLowerCase().replace(TITLE_STATE_PREFIX, "");
  // (not a former head, nor one whose region is in capitalised words no reading took: "South
  // Australian Premier X", "Gila River Indian Community Gov. X")
  // (nor one whose party is tagged after the name: "Governor Geraldo Alckmin (PSDB)")
  if (tokens[p.end]?.text === "(") return;
  const before = tokens[p.start - 2];
  if (!REGION_HEAD_TITLE.test(title) || /^(former|ex-?|late)$/.test(before?.lower ?? "") || (before?.kind === "word" && before.cap && before.sent === p.sent)) return;
  // the regions acting in this sentence or the one before, not a city's through its mayor ("Sacramento
  // Mayor X") nor a county's
  const city = new Set(actors.filter((m) => /^(mayor|county|city)$/.test(tokens[m.end]?.lower ?? "")).map((m) => m.actor.key));
  const near = actors.filter((m) => m.via === "region" && !city.has(m.actor.key) && !/ County$/.test(m.actor.name));
  const regions = new Map(near.map((m) => [m.actor.key, m] as const));
  if (regions.size !== 1) return;
  // (another region's name in the head's own sentence may be the one headed: "Governor Maru Campos asked
  // ... from Chihuahua's dams", in a story where Texas acts)
  const [only] = regions.values();
  // ("From South Australia. Premier Jay Weatherill campaigned": or in the sentence before)
  // (not a place inside a name: "Detroit Free Press")
  const inName = (pl: PlaceMention) => tokens[pl.end]?.kind === "word" && tokens[pl.end]!.cap && tokens[pl.end]!.sent === tokens[pl.start]!.sent;
  if (pc.places.some((pl) => tokens[pl.start]!.sent <= p.sent && tokens[pl.start]!.sent >= p.sent - 1 && pl.name !== only!.actor.name && !inName(pl) && !pc.lex.states.get(pl.state ?? "")?.capitals.includes(pl.name))) return;
  p.affiliation = mkMention(p.start, p.start, p.sent, only!.actor, "", "title-region");
  p.affiliationRule = "title-region";
}

/** Of the persons validated so far in the article (the last five), the one covering token `q` ("X and his deputy, Y"). */
function personEndingAt(persons: readonly ActorMention[], q: number): ActorMention | undefined {
  for (let i = persons.length - 1; i >= 0 && i > persons.length - 6; i--) {
    const p = persons[i]!;
    if (p.start <= q && q < p.end) return p;
  }
  return undefined;
}

/** Titles of a person a state sends to another place or for a conflict ("special envoy for Syria"). */
const ENVOY_TITLE = /\b(envoy|representative|coordinator|ambassador)$/i;

function titleCovering(pc: PersonContext, i: number): TitleMention | undefined {
  return i >= 0 && pc.cover.title[i]! >= 0 ? pc.titles[pc.cover.title[i]!] : undefined;
}

function actorCovering(pc: PersonContext, i: number): ActorMention | undefined {
  return i >= 0 && pc.cover.actor[i]! >= 0 ? pc.actors[pc.cover.actor[i]!] : undefined;
}

/** A person mention of candidate `c` under `name`, with the role and affiliation read around it. */
export function describedPerson(pc: PersonContext, c: Candidate, name: string, via: string): ActorMention {
  const p = mkMention(c.start, c.end, pc.tokens[c.start]!.sent, mkActor(nodeKey("Person", name), "Person", name), c.name, via);
  describePerson(pc, p);
  return p;
}

/**
 * Role and affiliation: from the title phrase before the name, else from what follows it ("led by",
 * "for the ELN", "of Islamic Jihad", "Haftar's army", ", who leads ...", an appositive).
 */
function describePerson(pc: PersonContext, p: ActorMention): void {
  const { tokens } = pc;
  const phrase = readTitlePhraseBefore(pc, p);
  applyTitlePhrase(pc, p, phrase);
  // "Former Nigerian president Olusegun Obasanjo, the African Union's envoy for the Horn of Africa": a
  // former office before the name yields to the appositive's present one ("the ...": not the next
  // person's title in a list, "Former UN chief Kofi Annan, former Irish prime minister Bertie Ahern")
  if (p.role && p.affiliation && /\b(former|ex-)/i.test(p.role) && tokens[p.end]?.text === "," && tokens[p.end + 1]?.lower === "the") {
    const before = { role: p.role, affiliation: p.affiliation, rule: p.affiliationRule };
    p.role = undefined;
    p.affiliation = undefined;
    readAppositive(pc, p);
    if (!p.affiliation) {
      p.role = before.role;
      p.affiliation = before.affiliation;
      p.affiliationRule = before.rule;
    }
    return;
  }
  // "Ghana's John Dramani Mahama, who chairs ECOWAS": a state's person with no title, leading a body
  if (!p.role && p.affiliation?.actor.type === "State") {
    const led = bodyLedAfter(pc, p);
    if (led?.actor.type === "Group") p.ledBody = led;
  }
  if (p.role && p.affiliation) {
    // "Senegal's President Macky Sall, who chairs ECOWAS": a state's officeholder leading a body too
    // ("Manitoba Premier Heather Stefanson, who chairs the Council of the Federation": a region's head too)
    const led = p.affiliation.actor.type === "State" || p.affiliation.via === "region" ? bodyLedAfter(pc, p) : undefined;
    if (led?.actor.type === "Group" && led.actor.key !== p.affiliation.actor.key) p.ledBody = led;
    // "Prime Minister Magdalena Andersson, whose Social Democrats remain the largest party": her party too
    const party = p.ledBody ? undefined : partyAfterWhose(pc, p);
    if (party && party.actor.key !== p.affiliation.actor.key) {
      p.ledBody = party;
      p.ledBodyRule = "whose-party";
    }
    // "President Igor Dodon, a Socialist, ...": the party a member's word in apposition names
    const member = p.ledBody ? undefined : partyInApposition(pc, p.end);
    if (member && member.actor.key !== p.affiliation.actor.key) {
      p.ledBody = member;
      p.ledBodyRule = "party-appositive";
    }
    // "GRS, led by Sabah Chief Minister Hajiji Noor", "Senate president Eva Copa, of the MAS": a
    // region's head or a chamber's officer is of a party or bloc too
    if (!p.ledBody && (p.affiliation.via === "region" || p.affiliation.via === "chamber")) affiliateSecondBody(pc, p, phrase.sawTitle);
    return;
  }
  if (affiliateLedBy(pc, p, phrase.sawTitle) || affiliateForActor(pc, p) || affiliateOfActor(pc, p) || affiliatePossessor(pc, p) || affiliateWhoseRole(pc, p)) {
    // "Molwyn Joseph of Antigua and Barbuda, who chairs Aosis": the state he is of, and the body he leads
    const led = p.affiliation?.actor.type === "State" ? bodyLedAfter(pc, p) : undefined;
    if (led?.actor.type === "Group") p.ledBody = led;
    return;
  }
  // "Stephen Flynn (Aberdeen South), the SNP's Westminster leader": a parliamentary report's
  // constituency in parentheses before the appositive
  const close = tokens[p.end]?.text === "(" ? tokens.findIndex((t, q) => q > p.end && q < p.end + 8 && t.text === ")") : -1;
  if (close > 0 && tokens[close + 1]?.text === "," && tokens[close + 1]!.sent === p.sent && !/^(who|whose)$/.test(tokens[close + 2]?.lower ?? "")) {
    readAppositive(pc, p, close + 1);
    return;
  }
  // "Kirsty Brimelow KC, the chair of the CBA": over letters after the name (a silk's, a member's, an honour's)
  // (not in a list of titled persons: "Patricia Scotland KC, the Chairperson of the AU Commission, H.E. Moussa Faki")
  const next = tokens.findIndex((t, q) => q > p.end + 1 && q < p.end + 18 && (t.text === "," || t.sent !== p.sent));
  const listed = next > 0 && tokens[next]!.text === "," && HONORIFICS.has(tokens[next + 1]?.text ?? "");
  if (POSTNOMINALS.test(tokens[p.end]?.text ?? "") && tokens[p.end + 1]?.text === "," && !listed && !/^(who|whose)$/.test(tokens[p.end + 2]?.lower ?? "")) {
    readAppositive(pc, p, p.end + 1);
    return;
  }
  if (tokens[p.end]?.text !== ",") {
    defaultTitleState(pc, p);
    return;
  }
  // ", who leads the negotiating team of the Unitary Platform": the organisation the person leads
  if (/^(who|whose)$/.test(tokens[p.end + 1]?.lower ?? "")) {
    const party = partyAfterWhose(pc, p);
    if (party && !p.affiliation) {
      p.affiliation = party;
      p.affiliationRule = "whose-party";
    }
    affiliateWhoLeads(pc, p);
    // ", who is also General Secretary of the PPP/C": a title after "who is" is an appositive's
    const is = tokens[p.end + 2]?.lower === "is" || tokens[p.end + 2]?.lower === "was" ? p.end + 2 : -1;
    if (!p.affiliation && is > 0) readAppositive(pc, p, /^(also|now|currently|still)$/.test(tokens[is + 1]?.lower ?? "") ? is + 1 : is);
    else defaultTitleState(pc, p);
    return;
  }
  readAppositive(pc, p);
}

/** Walks back from the name over titles, actors, modifiers, "'s", "of", and a title phrase set off by a comma. */
/** A style at token k ("the Honourable", "Dr.") right after a comma. */
function styledAfterComma(tokens: readonly Token[], k: number): boolean {
  if (!HONORIFICS.has(tokens[k]!.text)) return false;
  const q = tokens[k - 1]?.lower === "the" ? k - 2 : k - 1;
  return tokens[q]?.text === "," && tokens[q]!.sent === tokens[k]!.sent;
}

/**
 * Whether exactly two styles stand before the name at `start` ("Foreign Minister Datuk Seri Anifah Aman",
 * "spokesperson, Lt. Gen. Maly Socheata"): the title reader passes them as one.
 */
function twoStylesBefore(tokens: readonly Token[], start: number): boolean {
  const style = (q: number) => q >= 0 && (HONORIFICS.has(tokens[q]?.text ?? "") || malayHonour(tokens, q));
  return style(start - 1) && style(start - 2) && !style(start - 3);
}

function readTitlePhraseBefore(pc: PersonContext, p: ActorMention): TitlePhrase {
  const { tokens, cover } = pc;
  const sent = p.sent;
  const styled = twoStylesBefore(tokens, p.start) ? 1 : 0;
  let k = p.start - 1 - styled;
  let affil: ActorMention | undefined;
  let roleStart = -1;
  let roleEnd = -1;
  let sawTitle = false;
  let crossedComma = false;
  let tailAffil: ActorMention | undefined;
  let tailState: ActorMention | undefined;
  let possessive = false;
  let ownerSeen = false;
  let weakAffil: ActorMention | undefined;
  while (k >= 0 && tokens[k]!.sent === sent) {
    const t = tokens[k]!;
    const tm = titleCovering(pc, k);
    // "Interior Minister Sheikh Rashid Ahmed": a style between the title and the name is no part of the role
    if (tm && k === p.start - 1 - styled && HONORIFICS.has(t.text) && titleCovering(pc, k - 1)) {
      k--;
      continue;
    }
    // "the Minister of Foreign Affairs of Canada, the Honourable Mélanie Joly": over the style to the comma
    if (k === p.start - 1 && styledAfterComma(tokens, k)) {
      k = tokens[k - 1]!.lower === "the" ? k - 2 : k - 1;
      continue;
    }
    if (tm) {
      sawTitle = true;
      if (roleEnd < 0) roleEnd = tm.end;
      if (!ownerSeen) roleStart = tm.start;
      k = tm.start - 1;
      continue;
    }
    const am = actorCovering(pc, k);
    if (am) {
      affil ??= am;
      k = am.start - 1;
      continue;
    }
    // "International Atomic Energy Agency (IAEA) Director General X": past the body's acronym to its name
    if (t.text === ")" && roleEnd >= 0 && !affil && tokens[k - 2]?.text === "(" && tokens[k - 2]!.sent === sent && /^\p{Lu}[\p{Lu}0-9-]{1,7}$/u.test(tokens[k - 1]!.text)) {
      k -= 3;
      continue;
    }
    // "Japan Innovation Party (Nippon Ishin no Kai) leader X": past a body's other name in brackets to the body
    if (t.text === ")" && roleEnd >= 0 && !affil) {
      let open = k - 1;
      while (open > k - 8 && tokens[open]?.kind === "word" && tokens[open]!.sent === sent) open--;
      if (tokens[open]?.text === "(" && open < k - 1 && actorCovering(pc, open - 1)?.actor.type === "Group") {
        k = open - 1;
        continue;
      }
    }
    // "Vietnamese Deputy Prime Minister and Foreign Minister X": two titles of one person (the role is the nearer)
    if (t.lower === "and" && sawTitle && !affil && k === roleStart - 1 && titleCovering(pc, k - 1)) {
      [ownerSeen, k] = [true, k - 1];
      continue;
    }
    // "a go-between for Kim": a title before "for" right before the name is another's ("the government
    // of X" is still X's)
    if (t.lower === "for" && k === p.start - 1) break;
    // "the minority government of Prime Minister X", "the visit of President X": a plain noun before the
    // title's "of" is the title holder's, not part of the title
    if (t.lower === "of" && sawTitle && !affil && k === roleStart - 1 && tokens[k - 1]?.kind === "word" && !tokens[k - 1]!.cap && !titleCovering(pc, k - 1) && !ROLE_NOUNS.has(tokens[k - 1]!.lower)) break;
    // "US special envoy for Venezuela Elliott Abrams": the place an envoy is for is not the envoy's state
    if (t.lower === "for" && affil && !sawTitle && ENVOY_TITLE.test(titleCovering(pc, k - 1)?.title ?? "")) affil = undefined;
    // the role ends at its owner ("Trump's Middle East envoy": the role is "Middle East envoy")
    if ((t.text === "'s" || t.text === "'") && roleEnd >= 0) ownerSeen = true;
    if (t.text === "'s" || t.text === "'" || t.lower === "of" || t.lower === "for" || ((HONORIFICS.has(t.text) || styled === 1) && k === p.start - 1 - styled) || (ROLE_NOUNS.has(t.lower) && roleEnd < 0)) {
      if (ROLE_NOUNS.has(t.lower)) {
        roleStart = k;
        roleEnd = k + 1;
        sawTitle = true;
      }
      k--;
      continue;
    }
    // "EU justice commissioner": a lower-case portfolio word of a title before it; "the EU's trade
    // commissioner", "the PKK's jailed leader": any lower-case word right after an actor's possessive
    // (not past an actor already read: "on Hezbollah's behalf with U.S. envoy X" is the U.S. envoy)
    const afterPossessive = roleEnd >= 0 && !affil && !t.cap && t.kind === "word" && t.lower.length > 2 && lowerWordsAfterPossessive(pc, k);
    if (TITLE_MODIFIERS.has(t.lower) || afterPossessive || (roleEnd >= 0 && !t.cap && t.kind === "word" && t.lower.length > 3 && pc.lex.titleWords.has(t.lower) && actorCovering(pc, k - 1))) {
      if (roleEnd >= 0 && !ownerSeen) roleStart = k;
      k--;
      continue;
    }
    // ... also right after a possessive ("Norway's International Development minister")
    const possessiveBefore = (tokens[k - 1]?.text === "'s" || tokens[k - 1]?.text === "'") && (!!actorCovering(pc, k - 2) || pc.persons.some((q) => q.end === k - 1));
    if (t.cap && t.kind === "word" && (roleEnd >= 0 || affil) && !HONORIFICS.has(t.text) && !FUNCTION_CAPS.has(t.text) && tokens[k - 1] && (actorCovering(pc, k - 1) || tokens[k - 1]!.cap || possessiveBefore)) {
      // capitalised title words: "Middle East envoy", "National Security spokesperson"
      if (roleEnd >= 0 && !ownerSeen) roleStart = k;
      k--;
      continue;
    }
    // "Chinese Ambassador to the United States Cui Tiankai", "UN envoy to Yemen X": the state a title is
    // sent to is not the person's; the title and what comes before it are
    if (affil && !sawTitle && (t.lower === "to" || (t.lower === "the" && tokens[k - 1]?.lower === "to"))) {
      const to = t.lower === "to" ? k : k - 1;
      if (titleCovering(pc, to - 1)) {
        affil = undefined;
        k = to - 1;
        continue;
      }
    }
    // "the U.N. chief and his special adviser, X": the organisation of the person "his" stands for
    if ((t.lower === "his" || t.lower === "her") && sawTitle && !affil) {
      // ("his counterpart at the Kuppet, X": the body the title phrase names is X's, and a counterpart
      // is of the other side, not of the one "his" stands for)
      if (tailAffil || /^counterparts?$/.test(tokens[roleStart]?.lower ?? "")) break;
      affil = affiliationOfHis(pc, k, sent);
      if (affil) possessive = true;
      break;
    }
    // "Its northern leader, Michelle O'Neill": any lower-case word between a sentence-opening "Its" and the title
    if (sawTitle && !affil && t.kind === "word" && !t.cap && /^(Its|Their)$/.test(tokens[k - 1]?.text ?? "") && tokens[k - 1]!.sent === sent && tokens[k - 2]?.sent !== sent) {
      k--;
      continue;
    }
    // "its director general, Rafael Grossi": the organisation or state the sentence is about
    if ((t.lower === "its" || t.lower === "their") && sawTitle && !affil) {
      affil = subjectOfIts(pc, k, sent);
      break;
    }
    // title phrase set off by a comma: "Kosovo's prime minister, Albin Kurti", "The Houthis' chief
    // negotiator, Mohammed Abdulsalam", "His counterpart from Haftar's Libyan National Army (LNA), General X"
    // "The OSCE's envoy, Swiss diplomat X": a nationality right after the comma gives way to the title
    // phrase before it
    if (t.text === "," && affil && !weakAffil && affil.via === "demonym" && affil.actor.type === "State" && affil.start === k + 1 && !crossedComma && titlePhraseEndsAt(tokens, k - 1, cover.title)) {
      weakAffil = affil;
      affil = undefined;
    }
    if (t.text === "," && !affil && !crossedComma && titlePhraseEndsAt(tokens, k - 1, cover.title)) {
      crossedComma = true;
      const tail = titleAppositiveTail(pc, k - 1);
      tailAffil = tail.group;
      tailState = tail.state;
      k = tail.stop;
      continue;
    }
    break;
  }
  if (!affil && tailAffil) affil = tailAffil;
  if (!affil && tailState) affil = tailState;
  if (!affil && weakAffil) affil = weakAffil;
  return { stop: k, affil, roleStart, roleEnd, sawTitle, possessive, weakAffil };
}

/** "his" at token `k`: the organisation of the person (or the organisation) it stands for, a little before. */
function affiliationOfHis(pc: PersonContext, k: number, sent: number): ActorMention | undefined {
  const { tokens, persons } = pc;
  for (let q = k - 1; q >= 0 && q > k - 15 && tokens[q]!.sent === sent; q--) {
    const am = actorCovering(pc, q) ?? personEndingAt(persons, q);
    if (!am) continue;
    if (am.actor.type !== "Person") return am;
    return am.affiliation;
  }
  return undefined;
}

/**
 * Whether `owner` is the possessor of a body named after it by a lower-case noun ("BA's parent company
 * IAG", "Russia's state energy company Gazprom"): the body named is the one the person serves.
 */
function possessorOf(tokens: PersonContext["tokens"], owner: ActorMention, named: ActorMention): boolean {
  const apostrophe = tokens[owner.end]?.text;
  if (apostrophe !== "'s" && apostrophe !== "'") return false;
  let nouns = 0;
  for (let q = owner.end + 1; q < named.start; q++) {
    const t = tokens[q]!;
    if (t.kind !== "word" || t.cap) return false;
    nouns++;
  }
  return nouns >= 1 && nouns <= 3;
}

/**
 * "its" at token `k`: the subject of the sentence (its first actor), else the subject of the sentence
 * before (its first actor, "The Association of X, ..., had urged Congress ... Its chief executive").
 */
function subjectOfIts(pc: PersonContext, k: number, sent: number): ActorMention | undefined {
  const { tokens } = pc;
  // ("Malaysia was represented by X, while Indonesia was represented by its minister": the subject of
  // the clause "its" is in)
  let clause = -1;
  for (let q = k - 1; q > 0 && tokens[q]!.sent === sent; q--) {
    if (tokens[q]!.text === ";" || (tokens[q - 1]!.text === "," && /^(while|whereas|but)$/.test(tokens[q]!.lower))) {
      clause = q;
      break;
    }
  }
  let affil: ActorMention | undefined;
  for (const m of pc.actors) {
    if (m.start >= k) break;
    if (m.actor.type === "Person") continue;
    // ("The IAEA ... is not part of the talks, but its director general": a clause with no actor of its own)
    if (m.sent === sent && m.start >= clause) return m;
    if (m.sent === sent) {
      if (affil?.sent !== sent) affil = m;
      continue;
    }
    if (m.sent === sent - 1 && (!affil || affil.sent !== sent - 1)) affil = m;
  }
  return affil;
}

/**
 * The title phrase before an appositive comma, read back from token `from` to its title: the group of its
 * tail ("His counterpart from Haftar's Libyan National Army (LNA), General X"), the state right after its
 * "of" ("The Emir of Qatar, Sheikh Tamim"), and where the reading stopped.
 */
function titleAppositiveTail(pc: PersonContext, from: number): { stop: number; group: ActorMention | undefined; state: ActorMention | undefined } {
  const { tokens } = pc;
  let q = from;
  let tailGroup: ActorMention | undefined;
  let tailAffil: ActorMention | undefined;
  let tailState: ActorMention | undefined;
  while (q >= 0 && !titleCovering(pc, q) && !ROLE_NOUNS.has(tokens[q]!.lower)) {
    const am = actorCovering(pc, q);
    if (am && am.actor.type === "Group") tailGroup = am;
    // "Hamas said the head of its political bureau, Ismail Haniyeh": the body named last before "its"
    if (!am && !tailGroup && /^(its|their)$/.test(tokens[q]!.lower)) tailGroup = bodyBefore(pc, q);
    // "The Emir of Qatar, Sheikh Tamim": a state right after the title's "of"
    if (am && am.actor.type === "State" && tokens[am.start - 1]?.lower === "of" && titleCovering(pc, am.start - 2)) tailState = am;
    if (/^(from|of|for|at)$/.test(tokens[q]!.lower) && tailGroup) tailAffil ??= tailGroup;
    q = am ? am.start - 1 : q - 1;
  }
  // the title itself ends in "of the" ("the leader of the former rebel movement Renamo")
  if (!tailAffil && tailGroup && q >= 0 && /^(of|the|for|from)$/.test(tokens[q]!.lower)) tailAffil = tailGroup;
  return { stop: q, group: tailAffil, state: tailState };
}

/** The last body or state named before token `k` in its sentence. */
function bodyBefore(pc: PersonContext, k: number): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (const m of pc.actors) {
    if (m.start >= k) break;
    if (m.sent === pc.tokens[k]!.sent && m.actor.type !== "Person") found = m;
  }
  return found;
}

/** The role and affiliation the title phrase gives; the nearest actor before the title wins. */
function applyTitlePhrase(pc: PersonContext, p: ActorMention, phrase: TitlePhrase): void {
  const { a, tokens, actors } = pc;
  const { stop: k, affil, roleStart, roleEnd, sawTitle, possessive, weakAffil } = phrase;
  if (sawTitle && roleStart >= 0) {
    p.role = a.text.slice(tokens[roleStart]!.start, tokens[roleEnd - 1]!.end);
    // "Minister for Transport, Tourism and Sport": the title is read from its first portfolio
    const tm = titleCovering(pc, roleStart);
    if (tm?.start === roleStart && tm.end === roleEnd && /,|\band\b/.test(p.role.slice(tm.title.length))) p.role = tm.title;
  }
  if (affil) {
    p.affiliation = affil;
    p.affiliationRule = sawTitle ? "title-before" : "org-before";
  }
  // the nearest actor before the title wins (the one adjacent to the title phrase)
  if (affil && sawTitle && !possessive) {
    // prefer a Group found anywhere in the phrase over a State ("U.S. State Department spokesperson")
    let best: ActorMention | undefined;
    for (const m of actors) {
      if (m.actor.type === "Person" || m.start <= k || m.end > p.start || (m === weakAffil && affil !== weakAffil)) continue;
      // "Russia's ambassador to Ukraine, X": the state a title is accredited or sent to is not the person's
      const before = tokens[m.start - 1]?.lower === "the" ? tokens[m.start - 2] : tokens[m.start - 1];
      // ("US special envoy for Venezuela X": nor the place an envoy is for)
      const titled = titleCovering(pc, m.start - (before === tokens[m.start - 1] ? 2 : 3));
      if ((before?.lower === "to" && titled) || (before?.lower === "for" && ENVOY_TITLE.test(titled?.title ?? ""))) continue;
      if (!best || (m.actor.type === "Group" && best.actor.type !== "Group") || (m.actor.type === best.actor.type && m.start > best.start)) best = m;
    }
    if (best) p.affiliation = best;
  }
}

/** The body a person with an office already read also belongs to, read as if the office were not there. */
function affiliateSecondBody(pc: PersonContext, p: ActorMention, sawTitle: boolean): void {
  const office = p.affiliation;
  const officeRule = p.affiliationRule;
  p.affiliation = undefined;
  if ((affiliateLedBy(pc, p, sawTitle) || affiliateOfActor(pc, p)) && p.affiliation!.actor.key !== office!.actor.key) {
    p.ledBody = p.affiliation;
    p.ledBodyRule = p.affiliationRule;
  }
  p.affiliation = office;
  p.affiliationRule = officeRule;
}

/**
 * "the army, led by General X" / "a Saudi delegation led by Ambassador Y": the led group. True when it
 * affiliated the person (nothing more to read).
 */
function affiliateLedBy(pc: PersonContext, p: ActorMention, sawTitle: boolean): boolean {
  const { tokens, actors, titles } = pc;
  const sent = p.sent;
  let q = p.start - 1;
  while (q >= 0 && (titleCovering(pc, q) || HONORIFICS.has(tokens[q]!.text))) q--;
  // "led by exiled former army chief X": lower-case modifiers of the title
  if (q < p.start - 1) {
    let r = q;
    for (let g = 0; g < 3 && r > 0 && tokens[r]!.kind === "word" && !tokens[r]!.cap && (TITLE_MODIFIERS.has(tokens[r]!.lower) || DESCRIPTORS.has(tokens[r]!.lower) || /ed$/.test(tokens[r]!.lower)) && !LED_BY.has(tokens[r]!.lower); g++) r--;
    // only on the way to "led by" ("and included Lt. Gen. X" is no modifier)
    if (tokens[r]?.lower === "by") q = r;
  }
  // "headed by Justice and Human Rights Minister X": capitalised qualifiers of the title
  // "MINUSCA, led by the Special Representative of the Secretary-General, X": over a title appositive
  // ("led by the State Minister of Finance, Mr Shehan Semasinghe": the same over an honorific)
  if (tokens[q]?.text === "," && (p.via === "title-appositive" || (q < p.start - 1 && titleCovering(pc, q - 1)))) {
    for (let r = q - 1; r > q - 12 && r > 0 && tokens[r]!.sent === sent && tokens[r]!.text !== "," && tokens[r]!.text !== ";"; r--)
      if (tokens[r]!.lower === "by" && LED_BY.has(tokens[r - 1]?.lower ?? "")) {
        q = r;
        break;
      }
  }
  // "led by Secretary of State Marco Rubio and National Security Adviser Mike Waltz", "represented by A,
  // the head of ..., B and C": the next person of a list of leaders leads the same body
  if ((tokens[q]?.lower === "and" || tokens[q]?.text === ",") && !p.affiliation) {
    const before = personEndingAt(pc.persons, tokens[q - 1]?.text === "," ? q - 2 : q - 1);
    const ledList = (b: ActorMention) => b.affiliationRule === "led-by" || pc.persons.some((x) => x.sent === sent && x.affiliationRule === "led-by" && x.affiliation?.actor.key === b.affiliation?.actor.key);
    // ("talks between an IMF team led by A and Finance Minister B": "and" opens the other side)
    if (before?.affiliation && before.sent === sent && ledList(before) && !betweenBefore(tokens, before.start, sent)) {
      p.affiliation = before.affiliation;
      p.affiliationRule = "led-by";
      p.role ??= titles.find((t) => t.end === p.start)?.title;
      return true;
    }
  }
  // "led by Sabah Chief Minister X": past the region the title is of
  const region = actorCovering(pc, q);
  if (sawTitle && region?.via === "region" && region.end === q + 1) q = region.start - 1;
  let crossedAnd = false;
  if (sawTitle)
    for (let g = 0; g < 6 && q > 0 && tokens[q]!.sent === sent && !actorCovering(pc, q) && ((tokens[q]!.kind === "word" && tokens[q]!.cap) || (tokens[q]!.lower === "and" && tokens[q - 1]!.cap)); g++) {
      if (tokens[q]!.lower === "and") crossedAnd = true;
      q--;
    }
  // ("talks between an IMF team led by A and Finance Minister B": "and" opens the other side)
  if (crossedAnd && betweenBefore(tokens, q, sent)) return false;
  // gapped: "the government side was headed by A, the opposition team by B"
  if (tokens[q]?.lower === "by" && !LED_BY.has(tokens[q - 1]?.lower ?? "") && p.via === "led-by" && !p.affiliation) {
    const led = actors.find((m) => m.end <= q && m.end >= q - 2 && m.actor.type !== "Person" && m.sent === sent);
    if (led) {
      p.affiliation = led;
      p.affiliationRule = "led-by";
      return true;
    }
  }
  const verb = tokens[q]?.lower === "by" ? ledVerbBefore(tokens, q) : -1;
  if (verb >= 0) {
    let r = verb - 1;
    // "The Sri Lankan delegation was led by", "the team has been headed by": over the auxiliaries
    const verbAt = r;
    while (r > 0 && /^(is|are|was|were|been|being|has|have|had|also|now|still)$/.test(tokens[r]!.lower)) r--;
    // (a passive names what was led right before it: "the talks, held in the Swedish capital, were led by" do not)
    const namedEnd = tokens[r]?.text === ")" ? r : r + 1;
    if (r < verbAt && !/^(which|that|who|whose)$/.test(tokens[r]?.lower ?? "") && !SIDE_NOUNS.has(tokens[r]?.lower ?? "") && !actors.some((m) => (m.end === namedEnd || m.end === r + 1) && m.actor.type !== "Person")) return false;
    if (tokens[r]?.text === ",") r--;
    // "Hamas said its delegation, headed by X": the body "its" stands for
    if (!p.affiliation && SIDE_NOUNS.has(tokens[r]?.lower ?? "") && /^(its|their)$/.test(tokens[r - 1]?.lower ?? "")) {
      const owner = subjectOfIts(pc, r - 1, sent);
      if (owner && owner.actor.type !== "Person") {
        p.affiliation = owner;
        p.affiliationRule = "led-by";
        return true;
      }
    }
    // ("ISWAP, a Boko Haram splinter group led by X": the group the appositive describes, not the body it broke from)
    let led = actors.find((m) => m.end === r + 1 && m.actor.type !== "Person") ?? describedGroup(pc, r) ?? actors.find((m) => r >= m.start && r < m.end + 2 && m.actor.type !== "Person" && m.end <= q);
    // "its leadership from Sweden, led by X": a place of origin is not what X leads
    if (led && /^(from|in|at)$/.test(tokens[led.start - 1]?.lower ?? "")) led = undefined;
    // "separate talks between Canberra and Port Moresby led by X": the talks are led, not their last side
    if (led && led.end === r + 1 && tokens[led.start - 1]?.lower === "and" && betweenBefore(tokens, led.start - 1, sent)) led = undefined;
    // "an American-Israeli delegation led by X": a joint delegation says nothing of X's own state
    if (led && tokens[led.start - 1]?.text === "-" && actors.some((m) => m.end === led!.start - 1 && m.actor.type === "State")) led = undefined;
    if (led && !p.affiliation) {
      p.affiliation = led;
      p.affiliationRule = "led-by";
      p.role ??= titles.find((t) => t.end === p.start)?.title ?? tokens[verb]!.lower;
      return true;
    }
  }
  return false;
}

/**
 * "Dallas Smith, president, Nanwakolas Council -": a release's speaker line sets the body off after the
 * title with a comma; the body starting at `k` that ends the line (or its dash), else undefined.
 */
function bodyEndingLine(pc: PersonContext, k: number): ActorMention | undefined {
  const { tokens } = pc;
  const am = actorCovering(pc, k);
  if (!am || am.start !== k || am.actor.type !== "Group") return undefined;
  const next = tokens[am.end];
  return !next || next.sent !== tokens[k]!.sent || (/^[-–—]$/.test(next.text) && tokens[am.end + 1]?.sent !== next.sent) ? am : undefined;
}

/** The mention opens its sentence, past an article ("The IAEA sent a team"). */
function opensSentence(pc: PersonContext, m: ActorMention): boolean {
  const { tokens } = pc;
  const k = /^(the)$/i.test(tokens[m.start - 1]?.text ?? "") ? m.start - 1 : m.start;
  return tokens[k - 1]?.sent !== m.sent;
}

/**
 * The verb of leading before the "by" at token `by`: right before it ("was led by"), or before a short
 * phrase of where or when ("Hamas is represented at the talks by X", "was led in Cairo by"); else -1.
 */
function ledVerbBefore(tokens: readonly Token[], by: number): number {
  if (LED_BY.has(tokens[by - 1]?.lower ?? "")) return by - 1;
  // ("headed on an acting basis by X"; a place may follow "in", but "led on the EU side by X" names its
  // side, no place)
  for (let k = by - 1; k > by - 5 && k > 0 && tokens[k]!.kind === "word" && tokens[k]!.lower !== "by"; k--) {
    if (!/^(at|in|on|during)$/.test(tokens[k]!.lower)) continue;
    const gap = tokens.slice(k + 1, by);
    return LED_BY.has(tokens[k - 1]!.lower) && (tokens[k]!.lower === "in" || gap.every((w) => !w.cap)) ? k - 1 : -1;
  }
  return -1;
}

/** Nouns of an appositive that describes a body ("the RNC, a rebel group led by X"). */
const BODY_NOUNS = new Set(["group", "movement", "party", "coalition", "alliance", "militia", "faction", "front", "organisation", "organization", "union", "body", "bloc", "force", "network", "outfit"]);

/**
 * "the RNC, a rebel group led by X", "the RNC, which is led by X", "the SNC, whose delegation is led by
 * X": the body named before a comma and an appositive (or relative clause) that ends at token r, right
 * before "led".
 */
function describedGroup(pc: PersonContext, r: number): ActorMention | undefined {
  const { tokens, actors } = pc;
  let q = r;
  let noun = false;
  let offshoot = false;
  for (;;) {
    // ("ISWAP, a Boko Haram splinter group led by X": over the body the group broke from)
    const from = offshoot ? actors.find((m) => m.start <= q && q < m.end && m.actor.type === "Group") : undefined;
    if (from && from.start > r - 8) {
      q = from.start - 1;
      continue;
    }
    if (!(q > r - 6 && q > 0 && tokens[q]!.kind === "word" && !tokens[q]!.cap)) break;
    if (BODY_NOUNS.has(tokens[q]!.lower) || /^(which|that|whose)$/.test(tokens[q]!.lower)) noun = true;
    if (OFFSHOOT_NOUNS.has(tokens[q]!.lower)) offshoot = true;
    q--;
  }
  if (!noun || tokens[q]?.text !== ",") return undefined;
  // "the Rwanda National Congress (RNC), a rebel group": the acronym in parentheses names it too
  const end = tokens[q - 1]?.text === ")" ? q - 1 : q;
  return actors.find((m) => m.end === end && m.actor.type === "Group");
}

/** "Pablo Beltran for the ELN". True when it affiliated the person. */
function affiliateForActor(pc: PersonContext, p: ActorMention): boolean {
  const { tokens, actors } = pc;
  if (tokens[p.end]?.lower !== "for") return false;
  const at = tokens[p.end + 1]?.lower === "the" ? p.end + 2 : p.end + 1;
  const am = actors.find((m) => m.start === at && m.actor.type !== "Person");
  if (!am || p.affiliation) return false;
  p.affiliation = am;
  p.affiliationRule = "for-actor";
  return true;
}

/** Words for a party's or movement's leaning, written before its name ("the liberal Neos", "the opposition ANO"). */
const PARTY_LEANING = /^(liberal|conservative|centrist|centre-right|center-right|centre-left|center-left|right-wing|left-wing|far-right|far-left|socialist|nationalist|populist|leftist|rightist|islamist|green|opposition|ruling|governing|separatist|rebel|militant|hardline|moderate|radical)$/;

/**
 * "Ziad Nakhaleh of Islamic Jihad", "Igor Plotnitsky, of the Luhansk People's Republic,": the actor the
 * person is of. True when it affiliated the person.
 */
function affiliateOfActor(pc: PersonContext, p: ActorMention): boolean {
  const { tokens, actors } = pc;
  const of = tokens[p.end]?.lower === "of" ? p.end : tokens[p.end]?.text === "," && tokens[p.end + 1]?.lower === "of" ? p.end + 1 : -1;
  if (of < 0 || p.affiliation) return false;
  let at = tokens[of + 1]?.lower === "the" ? of + 2 : of + 1;
  // "Beate Meinl-Reisinger of the liberal Neos": a party's leaning between "the" and its name
  if (at === of + 2 && !tokens[at]?.cap && PARTY_LEANING.test(tokens[at]?.lower ?? "")) at++;
  const am = actors.find((m) => m.start === at && m.actor.type !== "Person");
  const after = am ? tokens[am.end] : undefined;
  // (a capitalised word after it may open another body's name: "of the Philippines Embassy")
  if (!(am && (!after || after.kind === "punct" || after.sent !== p.sent || !after.cap || PERSON_VERBS.has(after.lower)))) return false;
  p.affiliation = am;
  p.affiliationRule = "of-actor";
  affiliateListedBefore(pc, p, am);
  return true;
}

/**
 * "Sharad Pawar, Praful Patel and Jayant Patil of the NCP": the persons of a list of three or more that
 * ends in the one just affiliated, none affiliated yet, are of the same actor. (Two names joined by
 * "and" may be two sides: "Netanyahu and Sinwar of Hamas".)
 */
function affiliateListedBefore(pc: PersonContext, p: ActorMention, am: ActorMention): void {
  const { tokens } = pc;
  const listed: ActorMention[] = [];
  let next = p.start;
  for (let q = pc.persons.length - 1; q >= 0; q--) {
    const r = pc.persons[q]!;
    if (r === p || r.start >= p.start) continue;
    const gap = tokens.slice(r.end, next).map((t) => t.lower).join(" ");
    if (r.affiliation || !(gap === "," || (next === p.start && (gap === "and" || gap === ", and")))) break;
    listed.push(r);
    next = r.start;
  }
  if (listed.length < 2) return;
  for (const r of listed) {
    r.affiliation = am;
    r.affiliationRule = "of-actor";
  }
}

/** "Khalifa Haftar's Libyan National Army": the person's organisation. True when it affiliated the person. */
function affiliatePossessor(pc: PersonContext, p: ActorMention): boolean {
  const { tokens, actors } = pc;
  if (p.affiliation || !(tokens[p.end]?.text === "'s" || tokens[p.end]?.text === "'")) return false;
  const am = actors.find((m) => m.start === p.end + 1 && m.actor.type === "Group") ?? namedAfterBodyNoun(pc, p.end + 1);
  if (!am) return false;
  p.affiliation = am;
  p.affiliationRule = "possessor";
  return true;
}

/** Nouns for a body that a possessive owns and an appositive names ("Musk's satellite internet company, Starlink"). */
const OWNED_BODY_NOUNS = /^(company|firm|party|movement|group|union|organisation|organization|militia|foundation|airline|platform|network|carrier|conglomerate)$/;

/** "satellite internet company, Starlink": the body named after up to five lower-case words ending in a body noun and a comma. */
function namedAfterBodyNoun(pc: PersonContext, from: number): ActorMention | undefined {
  const { tokens } = pc;
  let q = from;
  while (q < from + 5 && tokens[q]?.kind === "word" && !tokens[q]!.cap) q++;
  if (q === from || !OWNED_BODY_NOUNS.test(tokens[q - 1]!.lower) || tokens[q]?.text !== ",") return undefined;
  const am = pc.actorStart.get(q + 1);
  return am?.actor.type === "Group" ? am : undefined;
}

/** Roles a "whose ..., X," clause names ("whose acting leader, Maurizio Martina,"). */
const WHOSE_ROLES = /^(leader|chairman|chairwoman|chair|president|head|chief|spokesman|spokeswoman|spokesperson|founder|secretary-general|negotiator|commander|executive|director|boss|owner|coordinator|convener|convenor|envoy|representative)$/;

/**
 * "The centre-left Democratic party, whose acting leader, Maurizio Martina, said": the body before
 * "whose" and the role. True when it affiliated the person.
 */
function affiliateWhoseRole(pc: PersonContext, p: ActorMention): boolean {
  const { tokens, actors } = pc;
  // (over the person's own title or style: "whose president, Judge Nili Arad,"; or after "is": "whose
  // president is Guillermo Borger")
  let at = p.start - 1;
  while (at > p.start - 5 && (titleCovering(pc, at) || HONORIFICS.has(tokens[at]?.text ?? ""))) at--;
  // ("The UAF, whose president Andriy Pavelko has urged": the title right after "whose", no comma)
  const direct = tokens[at]?.lower === "whose" && WHOSE_ROLES.test(tokens[at + 1]?.lower ?? "");
  if (p.affiliation || !(direct || /^(,|is)$/.test(tokens[at]?.lower ?? ""))) return false;
  let q = direct ? at : at - 1;
  if (!direct && !WHOSE_ROLES.test(tokens[q]?.lower ?? "")) return false;
  while (q > at - 8 && tokens[q]?.kind === "word" && !tokens[q]!.cap && tokens[q]!.lower !== "whose") q--;
  if (tokens[q]?.lower !== "whose" || tokens[q - 1]?.text !== ",") return false;
  const end = tokens[q - 2]?.text === ")" ? q - 2 : q - 1;
  const am = actors.find((m) => m.end === end && m.actor.type !== "Person");
  if (!am) return false;
  p.role ??= tokens[direct ? at + 1 : at - 1]!.lower;
  p.affiliation = am;
  p.affiliationRule = "whose-role";
  return true;
}

/** "Matteo Salvini, whose League pulled the plug": a political party right after ", whose" is the person's. */
function partyAfterWhose(pc: PersonContext, p: ActorMention): ActorMention | undefined {
  if (pc.tokens[p.end]?.text !== "," || pc.tokens[p.end + 1]?.lower !== "whose") return undefined;
  const am = pc.actorStart.get(p.end + 2);
  return am?.actor.type === "Group" && am.actor.orgKind === "political" ? am : undefined;
}

/** The party a member's word names in apposition after the comma at `comma` (", a Socialist,", ", a Democrat from Ohio", ", the Free Democrat,"). */
function partyInApposition(pc: PersonContext, comma: number): ActorMention | undefined {
  const { tokens } = pc;
  if (tokens[comma]?.text !== "," || !/^(an?|the)$/.test(tokens[comma + 1]?.lower ?? "")) return undefined;
  const am = pc.actorStart.get(comma + 2);
  return am?.via === "generic-party" ? am : undefined;
}

/** ", who leads the negotiating team of the Unitary Platform", "who has led", "who also heads": what the person leads. */
function affiliateWhoLeads(pc: PersonContext, p: ActorMention): void {
  if (p.affiliation) return;
  const led = bodyLedAfter(pc, p);
  if (!led) return;
  p.affiliation = led;
  p.affiliationRule = "who-leads";
}

/** The actor a ", who leads ..." relative clause right after the person names, or undefined. */
function bodyLedAfter(pc: PersonContext, p: ActorMention): ActorMention | undefined {
  const { tokens } = pc;
  // ("Molwyn Joseph of Antigua and Barbuda, who chairs": past the state he is of)
  const of = tokens[p.end]?.lower === "of" ? actorCovering(pc, p.end + 1) : undefined;
  const end = of?.actor.type === "State" ? of.end : p.end;
  if (tokens[end]?.text !== ",") return undefined;
  // ("Guinea's President Alpha Conde, chairman of the African Union,": a body's chair in apposition)
  const apposed = chairOf(pc, end + 1);
  if (apposed) return apposed;
  if (!/^(who|whose)$/.test(tokens[end + 1]?.lower ?? "")) return undefined;
  const held = bodyOfTitleHeld(pc, end + 2) ?? chairTakenOver(pc, end + 2);
  if (held) return held;
  const v = /^(has|have|had|also|now|currently)$/.test(tokens[end + 2]?.lower ?? "") ? end + 3 : end + 2;
  if (!LEADS.has(tokens[v]?.lower ?? "")) return undefined;
  for (let j = v + 1; j < v + 10 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sent !== p.sent || t.text === "," || t.text === ";" || t.text === ".") break;
    // "who led the negotiations with IMF staff": the other side of what the person leads, not their body
    if (/^(with|against|between|to|toward|towards)$/.test(t.lower)) break;
    const am = actorCovering(pc, j);
    if (am) return am;
  }
  return undefined;
}

const CHAIR_WORDS = /^(chairman|chairwoman|chair|chairperson|president|head|leader)$/;

/** "chairman of the African Union", "the current chair of ECOWAS" at token k: the body chaired. */
function chairOf(pc: PersonContext, k: number): ActorMention | undefined {
  const { tokens } = pc;
  let q = tokens[k]?.lower === "the" ? k + 1 : k;
  if (/^(current|rotating|outgoing|incoming)$/.test(tokens[q]?.lower ?? "")) q++;
  if (!CHAIR_WORDS.test(tokens[q]?.text ?? "") || tokens[q + 1]?.lower !== "of") return undefined;
  const at = tokens[q + 2]?.lower === "the" ? q + 3 : q + 2;
  const body = actorCovering(pc, at);
  return body?.actor.type === "Group" && body.start === at ? body : undefined;
}

/** "took over the AU's rotating chairmanship", "holds the bloc's presidency" (from token `k`, after "who"): the body. */
function chairTakenOver(pc: PersonContext, k: number): ActorMention | undefined {
  const { tokens } = pc;
  let q = k + (/^(took|takes|holds|held|assumed|assumes)$/.test(tokens[k]?.lower ?? "") ? 1 : 0);
  if (q === k) return undefined;
  if (tokens[q]?.lower === "over") q++;
  if (tokens[q]?.lower !== "the") return undefined;
  const body = actorCovering(pc, q + 1);
  if (body?.actor.type !== "Group" || !/^['’]s?$/.test(tokens[body.end]?.text ?? "")) return undefined;
  const after = /^(rotating|annual)$/.test(tokens[body.end + 1]?.lower ?? "") ? body.end + 2 : body.end + 1;
  return /^(chairmanship|chairpersonship|presidency|leadership|chair)$/.test(tokens[after]?.lower ?? "") ? body : undefined;
}

/** ", who is also governor of Osaka Prefecture", "who is now the head of X": the body of the title the clause gives (from token `k`, after "who"). */
function bodyOfTitleHeld(pc: PersonContext, k: number): ActorMention | undefined {
  const { tokens, titleStart } = pc;
  if (!/^(is|was)$/.test(tokens[k]?.lower ?? "")) return undefined;
  let q = k + 1;
  while (/^(also|now|currently|still)$/.test(tokens[q]?.lower ?? "")) q++;
  if (/^(the|a)$/.test(tokens[q]?.lower ?? "")) q++;
  const title = titleStart.get(q);
  if (!title || tokens[title.end]?.lower !== "of") return undefined;
  const at = tokens[title.end + 1]?.lower === "the" ? title.end + 2 : title.end + 1;
  const am = pc.actorStart.get(at);
  return am && am.actor.type !== "Person" ? am : undefined;
}

/** Lower-case words from token `k` back to an actor's possessive, at most three ("Volkswagen's human resources chief"). */
function lowerWordsAfterPossessive(pc: PersonContext, k: number): boolean {
  const { tokens } = pc;
  for (let j = k; j > k - 3 && j > 1; j--) {
    const t = tokens[j]!;
    if (t.cap || t.kind !== "word") return false;
    if ((tokens[j - 1]?.text === "'s" || tokens[j - 1]?.text === "'") && tokens[j - 1]!.sent === t.sent) return !!actorCovering(pc, j - 2);
  }
  return false;
}

/**
 * An appositive after the name's comma: "X, the head of ...", "X, a White House spokesman", "X, Norway's
 * envoy", "X, a member of the government team": its title is the role, its actor the affiliation.
 */
/** Verbs after "who" that say what a person is or holds ("who is", "who serves as", "who heads"). */
const HOLDS_OFFICE = /^(is|was|are|were|has|had|serves|served|heads|headed|leads|led|chairs|chaired|represents|represented|works|worked|also|now|remains|became|becomes)$/;

function readAppositive(pc: PersonContext, p: ActorMention, comma: number = p.end): void {
  const { tokens, actors, titleStart, cover } = pc;
  const sent = p.sent;
  let title: TitleMention | undefined;
  let lastTitle: TitleMention | undefined;
  let roleEnd: number | undefined;
  let org: ActorMention | undefined;
  let state: ActorMention | undefined;
  let groupWord = false;
  let member = false;
  // ("X, Egypt's intelligence chief", "X, a lawyer for Hamas": a role word no title list holds)
  let roleWord = -1;
  // ("Andrej Babiš, now the leader of the opposition ANO movement": past an adverb of the present)
  if (/^(now|currently|also|still)$/.test(tokens[comma + 1]?.lower ?? "") && /^(a|an|the|its|their|his|her)$/.test(tokens[comma + 2]?.lower ?? "")) comma++;
  // an appositive opens with a determiner, a title or a name ("the head of", "a White House
  // spokesman", "Norway's envoy"), not with a verb or a clause
  const first = tokens[comma + 1];
  // ("X, member of the TPLF Executive Committee": press releases drop the article before "member of")
  const bareMember = first?.lower === "member" && tokens[comma + 2]?.lower === "of";
  // "X, one of the Rassemblement's leaders": one of a body's people is its member
  const oneOf = first?.lower === "one" && tokens[comma + 2]?.lower === "of";
  if (first && first.kind === "word" && !first.cap && !bareMember && !oneOf && !APPOSITIVE_ROLE_WORDS.has(first.lower) && !/^(a|an|the|its|their|his|her)$/.test(first.lower) && !titleStart.has(comma + 1) && !TITLE_MODIFIERS.has(first.lower) && !actorCovering(pc, comma + 1)) {
    defaultTitleState(pc, p);
    return;
  }
  for (let j = comma + 1; j < comma + 16 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === "," && title && !org && !state) org = bodyEndingLine(pc, j + 1);
    if (t.sent !== sent || t.text === "," || t.text === ";" || t.text === "." || t.text === ")" || t.text === "(" || t.text === "—") break;
    // ("X, a retired general who acted as a go-between for Hamas and Israel": a relative clause of what
    // the person did says nothing of whom they speak for; one of what they are or hold may, "a former
    // German president who serves as the UN's envoy")
    if (/^(who|whom|which)$/.test(t.text) && j > comma + 1 && !HOLDS_OFFICE.test(tokens[j + 1]?.lower ?? "")) break;
    // "Speaker Nabih Berri, a Hezbollah ally": an ally or a rival of a body is none of its people
    if (RELATION_NOUNS.has(t.lower) && !title) {
      defaultTitleState(pc, p);
      return;
    }
    // "King X, the Prime Minister of Ethiopia Dr. Y": a second person's title, not an appositive
    // ("Ronald Pofalla, former Brandenburg state premier Matthias Platzeck": the next person's title, whose
    // name follows it; not a title inside a phrase of the appositive's, "a spokesman for Myanmar's President X")
    const nameAfterTitle = !!title && cover.title[j - 1]! >= 0 && cover.title[j]! < 0 && !actorCovering(pc, j) && t.cap && isNameWord(t) && isNameWord(tokens[j + 1]) && cover.title[j + 1]! < 0 && !actorCovering(pc, j + 1) && !tokens.slice(comma + 1, j).some((w) => /^(of|for|to|with|at|['’]s?)$/.test(w.lower));
    if (HONORIFICS.has(t.text) || nameAfterTitle || ((org || state) && !actorCovering(pc, j) && actorCovering(pc, j - 1) && cover.title[j]! < 0 && isNameWord(t) && isNameWord(tokens[j + 1]))) {
      defaultTitleState(pc, p);
      return;
    }
    // "Japan's minister in charge of the TPP", "responsible for the talks": the portfolio, not the employer
    if (title && ((t.lower === "in" && tokens[j + 1]?.lower === "charge") || (t.lower === "responsible" && tokens[j + 1]?.lower === "for"))) break;
    const tm = titleStart.get(j);
    if (tm && !title) title = tm;
    // "chief" + "mediator": adjacent titles read as one role ("chief mediator")
    else if (tm && title && tm.start === (roleEnd ?? title.end) && !/^(of|the)$/i.test(tokens[tm.start - 1]!.text)) roleEnd = tm.end;
    if (tm) lastTitle = tm;
    // "Ismail Haniyeh, the head of its political bureau", "Khalil al-Hayya, its deputy leader": the body
    // the sentence (or the one before) is about
    if ((t.lower === "its" || t.lower === "their") && (title || j === comma + 1) && !org && !state) {
      const its = subjectOfIts(pc, j, sent);
      // (opening the appositive, "its" stands for a body of the same sentence or one opening the sentence
      // before; "Four weeks after Spain won the World Cup, the federation was in turmoil. X, its former
      // president" is the federation's)
      if (!title && its && its.sent !== sent && !opensSentence(pc, its)) break;
      if (its?.actor.type === "Group") org = its;
      else if (its) state = its;
      continue;
    }
    const am = actorCovering(pc, j);
    // "Sen. Joe Manchin, a Democrat, said": a party's member by its word
    if (j === comma + 2 && partyInApposition(pc, comma)) member = true;
    // "flanked by Foreign Minister X, National Assembly Speaker Y and ...": a title right before another
    // person is that person's, not an appositive of X
    // ("Sharif, Indian External Affairs Minister S. Jaishankar": over the demonym before the title)
    const qualifier = org ?? state;
    if (title && (title.start === comma + 1 || (!!qualifier && qualifier.start === comma + 1 && title.start === qualifier.end)) && cover.title[j - 1]! >= 0 && !/^(of|the|for|to|and)$/.test(tokens[j - 1]!.lower) && cover.title[j]! < 0 && !actorCovering(pc, j) && isNameWord(t) && isNameWord(tokens[j + 1])) {
      defaultTitleState(pc, p);
      return;
    }
    if (am) {
      // "an Afghan-born diplomat", "a Doha-based official": origin, not affiliation
      const origin = tokens[am.end]?.text === "-" && /^(born|based|raised|educated|trained)$/.test(tokens[am.end + 1]?.lower ?? "");
      // "Vladimir Putin's special envoy for Syria": the possessor's side (read later from the
      // possessor), not the person, nor the state the envoy is for
      const envoyFor = !!lastTitle && /^(for|to)$/.test(tokens[am.start - 1]?.lower ?? "") && /envoy|ambassador|representative|coordinator|advis[eo]r/i.test(lastTitle.title);
      if (origin || am.actor.type === "Person" || (envoyFor && am.actor.type === "State")) {
        /* skip */
      } else if (am.actor.type === "Group") {
        // "Tom Haas, the BLET's general chairman at NJ Transit": the body whose title it is, not the
        // workplace after it
        const titleOwner = !!org && !!title && /^['’]s?$/.test(tokens[org.end]?.text ?? "") && title.start > org.end && title.start <= org.end + 3;
        // ("X, the Republican chairman of the Senate Foreign Relations Committee": the body whose
        // chairman he is, not the party word before the title)
        org = !org || (!titleOwner && possessorOf(tokens, org, am)) || (org.via === "generic-party" && !!title && title.start > org.start) ? am : org;
      }
      else state ??= am;
      j = am.end - 1;
      continue;
    }
    // "the founder of the opposition party Nidaa Tounes": a group word before a name the recognisers did
    // not know names that group, not the last one named
    if (GROUP_WORDS.has(t.lower)) groupWord = !(isNameWord(tokens[j + 1]) && !actorCovering(pc, j + 1) && tokens[j + 1]!.sent === sent);
    // "X, a member of the government team": membership is an affiliation too
    if ((t.lower === "member" || t.lower === "members" || (t.lower === "one" && j === comma + 1)) && tokens[j + 1]?.lower === "of" && !title) member = true;
    if (!title && roleWord < 0 && !t.cap && APPOSITIVE_ROLE_WORDS.has(t.lower)) roleWord = j;
    if (PERSON_VERBS.has(t.lower) && !title) return;
  }
  // (a role word speaks for a body named in the appositive, or for a state that owns it: "Egypt's")
  const ownedState = !!state && /^['’]s?$/.test(tokens[state.end]?.text ?? "");
  if (!title && !member && (roleWord < 0 || !(org || ownedState))) {
    defaultTitleState(pc, p);
    return;
  }
  // "X, a former education minister": a post no longer held (affiliation passes skip former roles)
  const former = tokens.slice(comma + 1, title?.start ?? (roleWord >= 0 ? roleWord : comma + 1)).some((t) => t.lower === "former" || t.lower === "ex");
  const role = title ? (roleEnd ? pc.a.text.slice(tokens[title.start]!.start, tokens[roleEnd - 1]!.end).replace(/(\s+(of|the|for|to|and))+$/i, "") : title.title) : member ? "member" : tokens[roleWord]!.text;
  p.role ??= former ? `former ${role}` : role;
  if (p.affiliation) return;
  // "X, a Russian cryptocurrency executive": a company's role says where the person is from, not whom they act for
  const chosen = org ?? (state && !(state.via === "demonym" && COMPANY_ROLE.test(role)) ? state : undefined);
  if (chosen) {
    p.affiliation = chosen;
    p.affiliationRule = "appositive";
  } else if (groupWord) {
    // "the Islamist movement": the nearest armed group or political movement named before
    let best: ActorMention | undefined;
    for (const m of actors) {
      if (m.start >= p.start) break;
      if (m.actor.type === "Group" && (m.actor.orgKind === "armed-group" || m.actor.orgKind === "political")) best = m;
    }
    if (best) {
      p.affiliation = best;
      p.affiliationRule = "appositive-description";
    }
  }
  defaultTitleState(pc, p);
}

/** Role words of an appositive that no title list holds ("intelligence chief", "a lawyer for X"). */
const APPOSITIVE_ROLE_WORDS = new Set(["chief", "head", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "negotiator", "envoy", "representative", "delegate", "lawyer", "lawyers", "attorney", "counsel", "advocate", "solicitor", "barrister"]);

/** Nouns for a group broken away from the body named before them ("a Boko Haram splinter group"). */
const OFFSHOOT_NOUNS = new Set(["splinter", "breakaway", "offshoot", "faction", "wing", "affiliate"]);

/** Whether "between" opens the phrase the person at `start` is in (within ten words before it, in its sentence). */
function betweenBefore(tokens: readonly Token[], start: number, sent: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 10 && tokens[k]!.sent === sent; k--) if (tokens[k]!.lower === "between") return true;
  return false;
}
