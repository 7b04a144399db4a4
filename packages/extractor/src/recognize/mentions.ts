// Mentions in one article: gazetteer entries (states by name, demonym or capital metonymy,
// organisations, titles, places), composed groups ("Qatar's foreign ministry"), and persons.
import { nodeKey } from "../util/keys.js";
import type { OrganisationKind } from "../gazetteer/types.js";
import type { Analysis, Token } from "../nlp/wink.js";
import type { LexEntry, Lexicon } from "./lexicon.js";
import { mkActor, mkMention, type Actor, type ActorMention, type Mentions, type PlaceMention, type TitleMention } from "./model.js";
// the model moved to model.ts; these re-exports keep the imports of other modules working
export { mkActor, mkMention } from "./model.js";
export type { Actor, ActorMention, Mentions, PlaceMention, TitleMention } from "./model.js";
import { HONORIFICS, LOCATIVE, MEETING_NOUNS, NAME_PARTICLES, NOT_NAME, PERSON_VERBS, TITLE_MODIFIERS } from "./words.js";

// "<state>'s foreign ministry", "Egyptian intelligence", "the Israeli military": organ suffixes.
interface OrganSuffix {
  words: string[];
  canonical: string;
  /** Matches a gazetteer organisation of that state (kind, name pattern). */
  kind?: OrganisationKind;
  namePattern?: RegExp;
  /** When set, the phrase stands for the state itself ("Israeli government"). */
  state?: boolean;
}
const ORGAN_SUFFIXES: OrganSuffix[] = [
  ...["foreign ministry", "ministry of foreign affairs", "foreign affairs ministry", "foreign office", "ministry of foreign affairs"].map((w) => ({
    words: w.split(" "), canonical: "Foreign Ministry", kind: "ministry" as const, namePattern: /foreign/i,
  })),
  ...["defence ministry", "defense ministry", "ministry of defence", "ministry of defense"].map((w) => ({
    words: w.split(" "), canonical: "Defence Ministry", kind: "ministry" as const, namePattern: /defen[cs]e/i,
  })),
  ...["interior ministry", "ministry of interior", "ministry of the interior"].map((w) => ({
    words: w.split(" "), canonical: "Interior Ministry", kind: "ministry" as const, namePattern: /interior/i,
  })),
  ...["general intelligence service", "general intelligence directorate", "general intelligence", "intelligence service", "intelligence services", "intelligence agency", "intelligence"].map((w) => ({
    words: w.split(" "), canonical: "intelligence", kind: "intelligence" as const, namePattern: /intelligence/i,
  })),
  ...["armed forces", "defence forces", "defense forces", "military", "army", "forces"].map((w) => ({
    words: w.split(" "), canonical: "military", kind: "military" as const, namePattern: /army|armed forces|military|defen[cs]e forces/i,
  })),
  ...["government", "federal government", "transitional government", "interim government"].map((w) => ({ words: w.split(" "), canonical: "government", state: true })),
  ...["delegation", "delegations", "negotiators", "negotiating team", "officials", "authorities", "leadership", "side", "technical teams", "technical team", "team"].map((w) => ({
    words: w.split(" "), canonical: "", state: true,
  })),
];

/** Capitals whose metonymy in the news names an international body, not the host state. */
const CAPITAL_OF_ORG: Record<string, string> = { Brussels: "eu" };

const ORGAN_BY_FIRST = new Map<string, OrganSuffix[]>();
for (const suf of ORGAN_SUFFIXES) {
  const list = ORGAN_BY_FIRST.get(suf.words[0]!) ?? [];
  list.push(suf);
  ORGAN_BY_FIRST.set(suf.words[0]!, list);
}
const NO_SUFFIXES: OrganSuffix[] = [];

const TITLE_OF = new Set(["State", "Defense", "Defence", "Foreign", "Affairs", "Treasury", "Interior", "Homeland", "Security", "Justice", "the", "Staff", "Finance"]);
/** Role nouns that validate a following name without being gazetteer titles. */
const ROLE_NOUNS = new Set(["counterpart", "counterparts", "deputy", "negotiator", "negotiators", "mediator", "mediators", "envoy", "envoys", "representative", "delegate", "chief", "leader", "head", "commander", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "ambassador", "facilitator"]);
const LED_BY = new Set(["led", "headed", "commanded", "chaired", "founded", "run", "represented"]);

/** After a capital, words that show it acts ("Washington says", "Moscow has", "Kinshasa and the rebels"). */
const CAPITAL_ACTOR_NEXT = new Set("has have had is was were will would could should may might must can and also does did remains accepted always repeatedly rejects rejected wants wanted insisted insists demands demanded sees saw launched backed warned responded refused expected expects urged urges pressed presses asked asks welcomed welcomes believes believed considers considered opposes opposed supports supported signalled signaled accused accuses offered offers approved approves blamed blames announced announces agreed agrees denied denies condemned condemns".split(" "));
/** "Tehran, for its part, has pressed ...": a capital opening the sentence before a parenthetical. */
const CAPITAL_PARENTHETICAL = /^(for|however|meanwhile|in|too|though|by|on)$/;

const SPEECH_AFTER = new Set(["said", "says", "told", "added"]);
const REPORTED_AUX = new Set(["had", "has", "would", "will", "was"]);

function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || !t.cap) return false;
  if (NOT_NAME.has(t.text)) return false;
  const v = t.text;
  // ASCII fast path: an upper-case letter, then letters, apostrophes and dots; all-caps words longer
  // than 4 letters are headlines/datelines, not names
  let lower = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 127) return !(v.length > 4 && v === v.toUpperCase()) && /^\p{Lu}[\p{L}'.]*$/u.test(v);
    if (c >= 97 && c <= 122) lower = true;
    else if (i > 0 && !(c >= 65 && c <= 90) && c !== 39 && c !== 46) return false;
  }
  return lower || v.length <= 4;
}

/**
 * Sentences that are title-case headlines on a line of their own ("Hostages Freed as Reagan Takes
 * Office"): every word of four letters or more capitalised, at least three of them, no final period.
 * Their capitalised runs are not names; only words known as names elsewhere count.
 */
function headlineSentences(a: Analysis): Uint8Array {
  const { text, tokens, sentences } = a;
  const out = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const se = sentences[s]!;
    if (se.start > 0 && text.charCodeAt(se.start - 1) !== 10) continue;
    if (se.end < text.length && text.charCodeAt(se.end) !== 10 && text.charCodeAt(se.end) !== 13) continue;
    if (tokens[se.tokEnd - 1]!.text === ".") continue;
    let caps = 0;
    let ok = true;
    for (let k = se.tokStart; k < se.tokEnd && ok; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || t.text.length < 4 || tokens[k - 1]?.text === "-") continue;
      if (t.cap) caps++;
      else ok = false;
    }
    if (ok && caps >= 3) out[s] = 1;
  }
  return out;
}

export function recognize(a: Analysis, lex: Lexicon): Mentions {
  const { tokens } = a;
  const n = tokens.length;
  const actors: ActorMention[] = [];
  const titles: TitleMention[] = [];
  const places: PlaceMention[] = [];
  const covered = new Uint8Array(n); // 1 = part of a gazetteer match
  const surf = (s: number, e: number) => a.text.slice(tokens[s]!.start, tokens[e - 1]!.end);

  // 1. gazetteer scan (longest match)
  const raw: { start: number; end: number; e: LexEntry }[] = [];
  for (let i = 0; i < n; ) {
    const t = tokens[i]!;
    if (t.kind !== "word" && t.kind !== "number" && t.text !== "'") {
      i++;
      continue;
    }
    const m = lex.match(tokens, i);
    if (!m) {
      i++;
      continue;
    }
    raw.push({ start: i, end: i + m.len, e: m.entry });
    for (let k = i; k < i + m.len; k++) covered[k] = 1;
    i += m.len;
  }

  const stateActor = (id: string): Actor => cachedActor(lex, 0, id, () => (mkActor(nodeKey("State", id), "State", lex.stateName(id), id)));
  const orgActor = (id: string): Actor =>
    cachedActor(lex, 1, id, () => {
      const o = lex.orgs.get(id)!;
      return mkActor(nodeKey("Group", o.id), "Group", o.name, o.state, o.kind);
    });

  // 2. type the raw matches; compose state organs
  for (let r = 0; r < raw.length; r++) {
    const { start, end, e } = raw[r]!;
    const t0 = tokens[start]!;
    const sent = t0.sent;
    if (e.kind === "title") {
      // "Assistant Secretary of State", "Minister of Foreign Affairs"
      let tEnd = end;
      if (tokens[tEnd]?.lower === "of" && TITLE_OF.has(tokens[tEnd + 1]?.text ?? "")) {
        tEnd += 2;
        while (TITLE_OF.has(tokens[tEnd]?.text ?? "") && tEnd < end + 5) tEnd++;
        for (let k = end; k < tEnd; k++) covered[k] = 1;
        while (raw[r + 1] && raw[r + 1]!.start < tEnd) r++;
      }
      titles.push({ start, end: tEnd, title: surf(start, tEnd) });
      continue;
    }
    if (e.kind === "place") {
      places.push({ start, end, name: lex.places.get(e.id)?.name ?? e.id, ...(e.state ? { state: e.state } : {}) });
      continue;
    }
    // "Northern Ireland", "Western Sahara": a capitalised compass word before a state's name names a region
    if (e.kind === "state" && /^(Northern|Southern|Eastern|Western|Upper|Lower)$/.test(tokens[start - 1]?.text ?? "") && tokens[start - 1]!.sent === sent && tokens[start - 1]!.space) {
      for (let k = start - 1; k < end; k++) covered[k] = 1;
      continue;
    }
    // "the Indian Ocean island", "the Arabian Sea": a demonym naming a sea or region, not the state
    if (e.kind === "demonym" && GEO_NOUNS.has(tokens[end]?.text ?? "")) {
      for (let k = start; k < end + 1; k++) covered[k] = 1;
      continue;
    }
    if (e.kind === "org") {
      if (e.orgKind === "media") continue; // credits and outlets, never actors
      actors.push(mkMention(start, end, sent, orgActor(e.id), surf(start, end), "name"));
      continue;
    }
    if (e.kind === "capital") {
      const prev = tokens[start - 1];
      const next = tokens[end];
      // "Psaki said Washington \"strongly supports\" the ceasefire", "he said Moscow would": the subject of a reported clause
      const reportedSubject = !!prev && prev.sent === sent && /^(said|says|added|adds|stressed|stresses|insisted|insists|argued|argues|warned|warns|noted|notes)$/.test(prev.lower) && !!next && next.sent === sent && (next.text === '"' || next.text === "“" || (next.kind === "word" && !next.cap && !LOCATIVE.has(next.lower) && next.lower !== "and")) && !meetingNounAhead(tokens, end);
      const asPlace =
        !reportedSubject && ((prev && LOCATIVE.has(prev.lower)) ||
        !next ||
        next.sent !== sent ||
        meetingNounAhead(tokens, end) ||
        (next.text !== "'s" && next.text !== "'" && !(next.kind === "word" && !next.cap && (PERSON_VERBS.has(next.lower) || CAPITAL_ACTOR_NEXT.has(next.lower))) && !(next.text === "," && (start === 0 || tokens[start - 1]!.sent !== sent) && CAPITAL_PARENTHETICAL.test(tokens[end + 1]?.lower ?? ""))) ||
        (prev && prev.text === "," && tokens[start - 2]?.cap && !covered[start - 2]));
      if (asPlace) {
        places.push({ start, end, name: surf(start, end), state: e.id });
        continue;
      }
      const seat = CAPITAL_OF_ORG[surf(start, end)];
      actors.push(mkMention(start, end, sent, seat && lex.orgs.has(seat) ? orgActor(seat) : stateActor(e.id), surf(start, end), "capital"));
      continue;
    }
    // state name or demonym: maybe followed by an organ suffix
    let j = end;
    if (tokens[j]?.text === "'s" || tokens[j]?.text === "'") j++;
    let organ: OrganSuffix | undefined;
    let organEnd = j;
    for (const suf of ORGAN_BY_FIRST.get(tokens[j]?.lower ?? "") ?? NO_SUFFIXES) {
      let ok = true;
      for (let k = 0; k < suf.words.length; k++) {
        const tk = tokens[j + k];
        if (!tk || tk.sent !== sent || tk.lower !== suf.words[k] || (covered[j + k] && !isTitleOrNothing(raw, j + k))) {
          ok = false;
          break;
        }
      }
      // "Niger's military leader", "the military rulers": the state's leadership, not its forces
      if (ok && suf.kind === "military" && /^(leader|leaders|ruler|rulers|government|junta|regime|authorities)$/.test(tokens[j + suf.words.length]?.lower ?? "")) ok = false;
      // "a Turkish military base", "Egyptian military aid": an adjective of a thing, not the forces
      if (ok && suf.kind === "military" && /^(base|bases|installation|installations|presence|aid|assistance|equipment|hardware|exercise|exercises|drills|spending|cooperation|ties|academy|court|courts|facility|facilities|plane|planes|aircraft|jet|jets|vehicle|vehicles|convoy|hospital|budget|sales|deal)$/.test(tokens[j + suf.words.length]?.lower ?? "")) ok = false;
      if (ok) {
        organ = suf;
        organEnd = j + suf.words.length;
        break;
      }
    }
    const via = e.kind === "demonym" ? "demonym" : "name";
    // "the Qatari capital", "the Moroccan town of Bouznika", "Saudi Arabia's port city of Jeddah": places
    placeDescription(a, lex, tokens, covered, places, e.id, j);
    // a state name also names a place ("talks in Qatar")
    if (e.kind === "state") places.push({ start, end, name: lex.stateName(e.id), state: e.id });
    if (organ && !organ.state) {
      const actor = composeOrgan(lex, e.id, organ);
      // keep the state mention (it is named) and add the organ over the whole phrase
      actors.push(mkMention(start, organEnd, sent, actor, surf(start, organEnd), "composed"));
      for (let k = end; k < organEnd; k++) covered[k] = 1;
      // skip a following raw match swallowed by the suffix
      while (raw[r + 1] && raw[r + 1]!.start < organEnd) r++;
      continue;
    }
    if (organ?.state && organ.canonical === "government") {
      // "the Israeli government", "Colombia's government": the state itself
      actors.push(mkMention(start, organEnd, sent, stateActor(e.id), surf(start, organEnd), via));
      for (let k = end; k < organEnd; k++) covered[k] = 1;
      continue;
    }
    actors.push(mkMention(start, end, sent, stateActor(e.id), surf(start, end), via));
  }
  actors.sort((x, y) => x.start - y.start);
  const headline = headlineSentences(a);
  findOrganisations(a, tokens, covered, actors, places, headline);
  actors.sort((x, y) => x.start - y.start);
  describeReferences(a, lex, tokens, covered, actors);
  actors.sort((x, y) => x.start - y.start);

  // 3. persons
  findPersons(a, lex, tokens, covered, actors, titles, headline);
  actors.sort((x, y) => x.start - y.start);

  const actorAt = new Int32Array(n).fill(-1);
  actors.forEach((m, idx) => {
    for (let k = m.start; k < m.end; k++) actorAt[k] = idx;
  });
  const titleAt = new Int32Array(n).fill(-1);
  titles.forEach((m, idx) => {
    for (let k = m.start; k < m.end; k++) if (actorAt[k]! < 0) titleAt[k] = idx;
  });
  places.sort((x, y) => x.start - y.start);
  const placeAt = new Int32Array(n).fill(-1);
  places.forEach((m, idx) => {
    for (let k = m.start; k < m.end; k++) placeAt[k] = idx;
  });
  return { actors, titles, places, actorAt, titleAt, placeAt };
}

const GEO_NOUNS = new Set(["Ocean", "Sea", "Seas", "Gulf", "Peninsula", "Subcontinent", "Plateau", "Desert", "Basin", "Highlands", "Archipelago"]);
const PLACE_NOUNS = new Set(["capital", "city", "town", "village", "port", "resort", "region", "province", "enclave", "district", "island", "oasis"]);
/** After a state or demonym (token `j` follows it): "capital" names its seat, "town of X" names X. */
function placeDescription(a: Analysis, lex: Lexicon, tokens: readonly Token[], covered: Uint8Array, places: PlaceMention[], stateId: string, j: number): void {
  let k = j;
  while (k < j + 3 && /^(coastal|southern|northern|eastern|western|central|port|border|resort|holy|ancient|seaside|red|sea|mountain|desert)$/.test(tokens[k]?.lower ?? "")) k++;
  const noun = tokens[k];
  if (!noun || !PLACE_NOUNS.has(noun.lower) || noun.sent !== tokens[j - 1]?.sent) return;
  if (noun.lower === "capital" && tokens[k + 1]?.lower !== "of") {
    const cap = lex.states.get(stateId)?.capitals[0];
    if (cap) places.push({ start: k, end: k + 1, name: cap, state: stateId });
    return;
  }
  if (tokens[k + 1]?.lower !== "of") return;
  let e = k + 2;
  while (e < tokens.length && e < k + 5 && tokens[e]!.kind === "word" && tokens[e]!.cap && !covered[e] && tokens[e]!.sent === noun.sent) e++;
  if (e === k + 2) return;
  places.push({ start: k + 2, end: e, name: a.text.slice(tokens[k + 2]!.start, tokens[e - 1]!.end), state: stateId });
  for (let q = k + 2; q < e; q++) covered[q] = 1;
}

const REF_MILITARY = new Set(["army", "military"]);
const REF_GROUP = new Set(["guerrillas", "guerrilla", "rebels", "group", "movement", "militants", "insurgents", "militia", "fighters", "paramilitaries", "rebel"]);

/**
 * Definite descriptions that name an actor already introduced: "the army" (the article's military),
 * "the rebels"/"the group" (the last armed group or movement), "the government" (the last state
 * named with its government).
 */
// ---------------------------------------------------------------------------------------------
// Organisations outside the gazetteer: capitalised names ending in an organisation noun
// ("International Contact Group", "High Council of State", "Deep South Watch") and names defined
// with an acronym ("Barisan Revolusi Nasional (BRN)"); the acronym then names it too.

const ORG_HEADS = new Map<string, OrganisationKind>([
  ...["Junta", "Front", "Army", "Forces", "Fighters", "Brigade", "Brigades", "Militia", "Militias", "Guards", "Guard", "Battalion", "Battalions", "Mujahideen"].map((w) => [w, "armed-group"] as const),
  ...["Movement", "Party", "Platform", "Alliance", "Coalition", "Congress", "Union", "Brotherhood", "Bloc", "Caucus"].map((w) => [w, "political"] as const),
  ...["Government", "Council", "Commission", "Committee", "Assembly", "Parliament", "Senate", "Representatives", "Deputies", "Cabinet", "Presidency", "Secretariat", "Ministry", "Office", "Department", "Division", "Board", "Authority", "Administration", "Directorate", "Bureau", "Agency", "Service", "Court", "Tribunal", "Police", "Mission"].map((w) => [w, "government-office"] as const),
  ...["Watch", "Foundation", "Institute", "Centre", "Center", "Network", "Society", "Trust", "Fund", "Organisation", "Organization", "Association", "Federation", "Group", "League", "Community", "Panel"].map((w) => [w, "other"] as const),
]);
/** Words that make a capitalised phrase an agreement, event or place rather than an organisation. */
const NOT_ORG_WORDS = new Set("Initiative Plan Agreement Accord Accords Treaty Deal Declaration Protocol Framework Roadmap Process Programme Program Resolution Act Convention Charter Memorandum Statement Communique Law Constitution Strategy Vision Summit Conference Talks Dialogue Forum Day Week War Crisis Hotel Palace Square Street Airport University Prize Games Cup Region Province".split(" "));
const ORG_INNER = new Set(["of", "for", "the", "and", "de", "des", "du", "del", "la", "al"]);
const NOT_ORG_START = new Set([...FUNCTION_WORDS_CAP(), "Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "Foreign", "Secretary", "General", "Former", "Acting", "Deputy", "Senior", "Chief", "Top", "Under", "Earlier", "Later"]);
function FUNCTION_WORDS_CAP(): string[] {
  return "The A An In On At For From To Of By With But And Or If As After Before While When Since During According However Meanwhile Despite This That It He She They We His Her Its Their Both Each Under Over Through Until Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(" ");
}
const ORG_PRE_OK = new Set(FUNCTION_WORDS_CAP());
/** Group nouns next to a bare capitalised name ("the rebel movement Renamo", "the Frelimo party"). */
const GROUP_NOUNS = new Map<string, OrganisationKind>([
  ["movement", "armed-group"], ["group", "armed-group"], ["militia", "armed-group"], ["rebels", "armed-group"], ["faction", "armed-group"],
  ["party", "political"], ["coalition", "political"], ["alliance", "political"],
]);
/** Nouns of an appositive that says a name is an organisation ("Lokarri, a Basque citizens' network"). */
const APPOSITIVE_ORG_NOUNS = new Map<string, OrganisationKind>([
  ...["group", "militia", "faction", "insurgency"].map((w) => [w, "armed-group"] as const),
  ...["party", "coalition", "alliance", "movement"].map((w) => [w, "political"] as const),
  ...["network", "organisation", "organization", "association", "charity", "foundation", "think-tank", "ngo", "union", "federation", "platform"].map((w) => [w, "other"] as const),
]);
const ADJECTIVE_END = /(ist|ian|ic|ish|ese|an|al|ive|ary)$/;
const ARMED_CONTEXT = /^(rebel|rebels|insurgent|insurgents|insurgency|militant|militants|armed|guerrilla|guerrillas|separatist|separatists|jihadist|militia)$/;
const POLITICAL_CONTEXT = /^(party|parties|opposition|coalition|alliance|political|movement)$/;

function orgWord(t: Token | undefined, covered: Uint8Array, k: number): boolean {
  if (!t || t.kind !== "word" || !t.cap || covered[k]) return false;
  const v = t.text;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 127) return /^\p{Lu}[\p{L}'’.-]*$/u.test(v);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45)) return false;
  }
  return true;
}

/** ", or LURD", ", known as MODEL", ", also known as X": an all-capitals acronym defined after a name. */
/** The first four letters of a name's first content word ("Organisation of ..." -> "orga"). */
function openingStem(name: string): string {
  for (const w of name.toLowerCase().split(/[\s-]+/)) if (w && !ORG_INNER.has(w)) return w.slice(0, 4);
  return "";
}

function spelledAcronym(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.text !== ",") return undefined;
  let k = end + 1;
  if (tokens[k]?.lower === "or") k++;
  else {
    if (tokens[k]?.lower === "also") k++;
    if (tokens[k]?.lower !== "known" || tokens[k + 1]?.lower !== "as") return undefined;
    k += 2;
  }
  const x = tokens[k]?.text ?? "";
  return /^\p{Lu}[\p{Lu}0-9]{1,7}$/u.test(x) && tokens[k]!.sent === tokens[end]!.sent ? x : undefined;
}

/** "(SMART-TD)" right after a name: an acronym written as two upper-case parts joined by a hyphen. */
function hyphenAcronym(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.text !== "(" || tokens[end + 4]?.text !== ")" || tokens[end + 2]?.text !== "-" || tokens[end + 2]!.space || tokens[end + 3]!.space) return undefined;
  const x = tokens[end + 1]!.text;
  const y = tokens[end + 3]!.text;
  return /^\p{Lu}[\p{Lu}0-9]{0,6}$/u.test(x) && /^\p{Lu}[\p{Lu}0-9]{0,4}$/u.test(y) ? `${x}-${y}` : undefined;
}

function findOrganisations(a: Analysis, tokens: readonly Token[], covered: Uint8Array, actors: ActorMention[], places: PlaceMention[], headline: Uint8Array): void {
  const n = tokens.length;
  const acronyms = new Map<string, Actor>();
  const defined = new Map<string, Actor>(); // acronyms the article defines: "Forces for the Defence of Democracy (FDD)"
  const inPlace = new Uint8Array(n);
  for (const p of places) for (let k = p.start; k < p.end && k < n; k++) inPlace[k] = 1;
  const placeCovered = (k: number) => inPlace[k] === 1;
  // "Ulster Unionist Party": a place opening an organisation's capitalised name
  // "the Luhansk People's Republic": a place naming a breakaway entity
  const peoplesRepublicAhead = (k: number): boolean => tokens[k + 1]?.text === "People" && (tokens[k + 2]?.text === "'s" || tokens[k + 2]?.text === "’s") && tokens[k + 3]?.text === "Republic" && tokens[k + 4]?.lower !== "of";
  const orgHeadAhead = (k: number): boolean => {
    if (peoplesRepublicAhead(k)) return true;
    for (let j = k + 1; j < k + 6 && j < n && tokens[j]!.sent === tokens[k]!.sent && tokens[j]!.kind === "word" && tokens[j]!.cap && !covered[j]; j++) if (ORG_HEADS.has(tokens[j]!.text)) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    // "Liberians United for Reconciliation and Democracy, or LURD": a name that opens with a demonym,
    // confirmed by the acronym defined right after it
    let demonymStart: ActorMention | undefined;
    if (covered[i] && tokens[i]!.cap && tokens[i + 1]?.sent === tokens[i]!.sent && orgWord(tokens[i + 1], covered, i + 1) && !NOT_ORG_START.has(tokens[i + 1]!.text)) {
      const dm = actors.find((m) => m.start === i && m.end === i + 1 && m.via === "demonym" && m.actor.type === "State");
      if (dm && tokens[i - 1]?.text !== "'s") {
        covered[i] = 0;
        demonymStart = dm;
      }
    }
    if (covered[i] && placeCovered(i) && tokens[i]!.cap && peoplesRepublicAhead(i) && !actors.some((m) => m.start <= i && i < m.end)) covered[i] = 0;
    if (!orgWord(tokens[i], covered, i) || NOT_ORG_START.has(tokens[i]!.text) || (placeCovered(i) && !orgHeadAhead(i)) || headline[tokens[i]!.sent]) {
      if (demonymStart) covered[i] = 1;
      continue;
    }
    const sent = tokens[i]!.sent;
    // part of a longer capitalised name that starts with a word we do not start on ("Foreign Service Institute")
    const before = tokens[i - 1];
    if (before && before.sent === sent && before.kind === "word" && before.cap && !covered[i - 1] && before.space !== undefined && !ORG_PRE_OK.has(before.text)) {
      if (demonymStart) covered[i] = 1;
      continue;
    }
    let j = i + 1;
    let lastCap = i;
    let inAt = -1;
    while (j < n && tokens[j]!.sent === sent && !covered[j]) {
      const t = tokens[j]!;
      // "Women in Peacebuilding Network": "in" inside a name (kept only if a head noun ends the name)
      if (t.text === "in" && inAt < 0 && j === lastCap + 1 && orgWord(tokens[j + 1], covered, j + 1) && !NOT_ORG_START.has(tokens[j + 1]!.text)) {
        inAt = j;
        j++;
        continue;
      }
      if (orgWord(t, covered, j) && t.space) {
        lastCap = j;
        j++;
        continue;
      }
      // "National Carriers' Conference Committee": a plural possessive inside the name
      if ((t.text === "'" || t.text === "’") && !t.space && j === lastCap + 1 && /s$/.test(tokens[j - 1]!.text) && orgWord(tokens[j + 1], covered, j + 1) && tokens[j + 1]!.space) {
        j++;
        continue;
      }
      // "Donetsk People's Republic": a singular possessive inside the name
      if ((t.text === "'s" || t.text === "’s") && !t.space && j === lastCap + 1 && tokens[j - 1]!.text === "People" && tokens[j + 1]?.text === "Republic" && tokens[j + 1]!.space) {
        j++;
        continue;
      }
      // "Serb-majority"
      if (t.text === "-" && !t.space && tokens[j + 1] && !tokens[j + 1]!.space && tokens[j + 1]!.kind === "word") {
        j += 2;
        continue;
      }
      if (ORG_INNER.has(t.text) && orgWord(tokens[j + 1], covered, j + 1) && !NOT_ORG_START.has(tokens[j + 1]!.text)) {
        j++;
        continue;
      }
      break;
    }
    // "Ulster Unionist Party leader": the head noun opens a title ("Party leader")
    {
      const t = tokens[j];
      if (t && j === lastCap + 1 && covered[j] && t.sent === sent && t.cap && ORG_HEADS.has(t.text) && !actors.some((m) => m.start <= j && j < m.end)) lastCap = j;
    }
    if (inAt >= 0 && lastCap > inAt && !ORG_HEADS.has(tokens[lastCap]!.text)) lastCap = inAt - 1;
    let end = lastCap + 1;
    let qualifier: string | undefined;
    // "Popular Front for the Renaissance of the Central African Republic (FPRC)": a longer name,
    // across a state's name, defined by the acronym right after it
    if (tokens[end]?.text !== "(" && tokens[end]?.sent === sent && (ORG_INNER.has(tokens[end]!.text) || tokens[end]!.text === "in")) {
      let k = end;
      while (k < end + 12 && k < n && tokens[k]!.sent === sent && tokens[k]!.text !== "and" && (ORG_INNER.has(tokens[k]!.text) || tokens[k]!.text === "in" || (tokens[k]!.kind === "word" && tokens[k]!.cap))) k++;
      // "Communist Party of Nepal (Maoist)": a capitalised qualifier names it too, like an acronym
      const qual = tokens[k + 2]?.text === ")" && /^\p{Lu}\p{Ll}{2,14}$/u.test(tokens[k + 1]?.text ?? "") && ORG_HEADS.has(tokens[end - 1]!.text);
      if (k > end + 1 && tokens[k - 1]!.cap && ((tokens[k]?.text === "(" && tokens[k + 2]?.text === ")" && (qual || /^\p{Lu}[\p{Lu}0-9-]{1,7}$/u.test(tokens[k + 1]?.text ?? ""))) || spelledAcronym(tokens, k))) {
        if (qual) qualifier = tokens[k + 1]!.text;
        for (let q = actors.length - 1; q >= 0; q--) if (actors[q]!.start >= end && actors[q]!.end <= k) actors.splice(q, 1);
        lastCap = k - 1;
        end = k;
      }
    }
    const words: Token[] = [];
    for (let k = i; k < end; k++) if (tokens[k]!.kind === "word" && tokens[k]!.cap) words.push(tokens[k]!);
    // the head noun is the last organisation noun ("Islamic Freedom Fighters"), or the first word of
    // "X of Y" names ("Government of National Accord", "Council of State")
    let head: OrganisationKind | undefined;
    let bad = false;
    const firstHead = ORG_HEADS.get(words[0]?.text ?? "");
    for (const [wi, w] of words.entries()) {
      // "the self-proclaimed Luhansk People's Republic": a breakaway entity, not a state of the gazetteer
      const h = ORG_HEADS.get(w.text) ?? (w.text === "Republic" && words[wi - 1]?.text === "People" && wi >= 2 ? "government-office" : undefined);
      if (h) {
        head = h;
        bad = false;
      } else if (NOT_ORG_WORDS.has(w.text)) bad = true;
    }
    if (firstHead && tokens[i + 1]?.lower === "of") {
      head = firstHead;
      bad = false;
    }
    const acr = qualifier ?? (tokens[end]?.text === "(" && tokens[end + 2]?.text === ")" && /^\p{Lu}[\p{Lu}0-9-]{1,7}$/u.test(tokens[end + 1]?.text ?? "") ? tokens[end + 1]!.text : (hyphenAcronym(tokens, end) ?? spelledAcronym(tokens, end)));
    // "the International Conference Center": a venue, not an organisation
    if (words.length >= 2 && /^(Center|Centre|Hall)$/.test(words[words.length - 1]!.text) && /^(Conference|Convention|Exhibition|Congress|Trade|Press|Media|Shopping|Cultural|Sports|Civic|Community)$/.test(words[words.length - 2]!.text)) bad = true;
    if (demonymStart) {
      if (bad || !acr || words.length < 3) {
        covered[i] = 1;
        continue;
      }
      actors.splice(actors.indexOf(demonymStart), 1);
    }
    if (bad || words.length < 2 || (!head && !acr) || (words.length === end - i && words.every((w) => w.text === w.text.toUpperCase()))) {
      i = Math.max(i, end - 1);
      continue;
    }
    // kind from the head noun, else from the words around the name ("the rebel group", "opposition party")
    let kind: OrganisationKind = head ?? "other";
    if (kind === "other" || kind === "government-office") {
      for (let k = Math.max(0, i - 8); k < Math.min(n, end + 10); k++) {
        const t = tokens[k]!;
        if (t.sent !== sent) continue;
        if (ARMED_CONTEXT.test(t.lower)) {
          kind = "armed-group";
          break;
        }
        if (POLITICAL_CONTEXT.test(t.lower) && kind === "other") kind = "political";
      }
    }
    // "the Front for Democracy in Burundi (FRODEBU), the largest party": an armed-sounding head noun
    // ("Front", "Forces") with party words and no armed words around it names a party
    if (head === "armed-group" && (tokens[end]?.text === "(" || tokens[end]?.text === ",")) {
      let party = false;
      let armed = false;
      for (let k = Math.max(0, i - 8); k < Math.min(n, end + 10); k++) {
        const t = tokens[k]!;
        if (t.sent !== sent) continue;
        if (ARMED_CONTEXT.test(t.lower)) armed = true;
        else if (t.lower === "party" || t.lower === "parties") party = true;
      }
      if (party && !armed) kind = "political";
    }
    const name = a.text.slice(tokens[i]!.start, tokens[end - 1]!.end).replace(/\s+/g, " ");
    const actor: Actor = mkActor(nodeKey("Group", name), "Group", name, undefined, kind);
    actors.push(mkMention(i, end, sent, actor, name, "org-pattern"));
    for (let k = i; k < end; k++) covered[k] = 1;
    if (acr && !acronyms.has(acr)) {
      acronyms.set(acr, actor);
      if (acr !== qualifier) defined.set(acr, actor);
    }
    i = end - 1;
  }
  // "the former rebel movement Renamo", "the militant group X", "the ruling Frelimo party": a
  // capitalised name next to a group noun
  for (let k = 1; k < n; k++) {
    const t = tokens[k]!;
    if (!t.cap || covered[k] || headline[t.sent]) continue;
    const prev = tokens[k - 1]!;
    const next = tokens[k + 1];
    if (!GROUP_NOUNS.has(prev.lower) && !(next && GROUP_NOUNS.has(next.lower))) continue;
    if (!orgWord(t, covered, k) || NOT_ORG_START.has(t.text) || placeCovered(k) || (t.text === t.text.toUpperCase() && t.text.length > 5)) continue;
    const nounBefore = GROUP_NOUNS.get(prev.lower);
    const nounAfter = next && next.sent === t.sent ? GROUP_NOUNS.get(next.lower) : undefined;
    let kind: OrganisationKind | undefined;
    if (nounBefore && prev.sent === t.sent && (!next || next.kind !== "word" || !next.cap) && /^(the|a|rebel|militant|armed|former|ruling|opposition|separatist|insurgent|political|islamist|jihadist|breakaway|rival|leftist|rightist|left-wing|right-wing|far-left|far-right|banned|outlawed|proscribed|illegal|dissolved|conservative|nationalist|communist|socialist|liberal|centrist|hardline|radical|moderate|secular|governing|main|largest|pro-independence|separatist)$/.test(tokens[k - 2]?.lower ?? "")) kind = nounBefore;
    // ... but not an adjective ("the Islamist movement", "the Kurdish party", "the Catholic group")
    else if (nounAfter && /^(the|ruling|opposition|rebel|governing|main|rival|former)$/.test(prev.lower) && !NOT_NAME.has(t.text) && !ADJECTIVE_END.test(t.text)) kind = nounAfter;
    if (!kind) continue;
    const actor: Actor = mkActor(nodeKey("Group", t.text), "Group", t.text, undefined, kind);
    actors.push(mkMention(k, k + 1, t.sent, actor, t.text, "org-noun"));
    covered[k] = 1;
    if (!acronyms.has(t.text)) acronyms.set(t.text, actor);
  }
  // "Lokarri, a Basque citizens' network that ...": a name defined by an appositive naming an organisation
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (!t.cap || covered[k] || headline[t.sent] || tokens[k + 1]?.text !== "," || !/^(a|an)$/.test(tokens[k + 2]?.lower ?? "")) continue;
    if (!orgWord(t, covered, k) || NOT_NAME.has(t.text) || NOT_ORG_START.has(t.text) || placeCovered(k) || (t.text === t.text.toUpperCase() && t.text.length > 5)) continue;
    // a single capitalised word, not the end of a longer name
    const prev = tokens[k - 1];
    if (prev && prev.sent === t.sent && prev.kind === "word" && prev.cap) continue;
    let kind: OrganisationKind | undefined;
    for (let q = k + 3; q < k + 8 && q < n && tokens[q]!.sent === t.sent; q++) {
      const w = tokens[q]!;
      if (w.text === "'" || w.text === "’" || w.text === "-") continue;
      if (w.kind !== "word") break;
      const noun = APPOSITIVE_ORG_NOUNS.get(w.lower);
      if (noun) {
        const after = tokens[q + 1];
        if (!after || after.sent !== t.sent || after.kind !== "word" || /^(that|which|who|based|in|of|for|with|close|linked|founded|backed|campaigning|working|representing|fighting|seeking|from|and|whose)$/.test(after.lower)) kind = noun;
        break;
      }
    }
    if (!kind) continue;
    const actor: Actor = mkActor(nodeKey("Group", t.text), "Group", t.text, undefined, kind);
    actors.push(mkMention(k, k + 1, t.sent, actor, t.text, "org-appositive"));
    covered[k] = 1;
    if (!acronyms.has(t.text)) acronyms.set(t.text, actor);
  }
  if (!acronyms.size) return;
  // an acronym the article defines for a name the gazetteer does not know wins over a gazetteer entry
  // with the same acronym ("FDD" defined as the Forces for the Defence of Democracy is not the
  // Foundation for Defense of Democracies), unless both names open alike (a spelling variant)
  if (defined.size)
    for (const m of actors) {
      if (m.via !== "name" || m.actor.type !== "Group") continue;
      const own = defined.get(m.surface);
      if (own && own.key !== m.actor.key && openingStem(own.name) !== openingStem(m.actor.name)) m.actor = own;
    }
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (covered[k] || t.kind !== "word") continue;
    // "SMART-TD": a hyphenated acronym is three tokens
    if (tokens[k + 1]?.text === "-" && !tokens[k + 1]!.space && tokens[k + 2] && !tokens[k + 2]!.space && !covered[k + 2]) {
      const hy = acronyms.get(`${t.text}-${tokens[k + 2]!.text}`);
      if (hy) {
        actors.push(mkMention(k, k + 3, t.sent, hy, `${t.text}-${tokens[k + 2]!.text}`, "acronym"));
        covered[k] = covered[k + 1] = covered[k + 2] = 1;
        k += 2;
        continue;
      }
    }
    const actor = acronyms.get(t.text);
    if (!actor) continue;
    actors.push(mkMention(k, k + 1, t.sent, actor, t.text, "acronym"));
    covered[k] = 1;
  }
}

const GULF = new Set(["qatar", "united-arab-emirates", "bahrain", "kuwait", "oman", "saudi-arabia"]);
const isKingdom = (lex: Lexicon, id: string) => !!lex.states.get(id)?.aliases.some((x) => /\bKingdom\b/.test(x));
/** Definite descriptions of a state: "the kingdom", "the emirate", "the sultanate". */
const REF_STATE = new Map<string, (lex: Lexicon, id: string) => boolean>([
  ["kingdom", isKingdom],
  ["emirate", (_l, id) => id === "qatar" || id === "kuwait" || id === "united-arab-emirates"],
  ["sultanate", (_l, id) => id === "oman" || id === "brunei"],
]);

const REF_WORDS = new Set(["guerrillas", "guerrilla", "delegation", "junta", "regime", "army", "military", "rebels", "group", "movement", "militants", "insurgents", "militia", "fighters", "paramilitaries", "rebel", "government", "opposition", "bloc", "kingdom", "emirate", "sultanate", "state"]);

function mostMentionedState(actors: ActorMention[], before: number): ActorMention | undefined {
  const count = new Map<string, { m: ActorMention; n: number }>();
  let best: { m: ActorMention; n: number } | undefined;
  for (const m of actors) {
    if (m.start >= before) break;
    if (m.actor.type !== "State") continue;
    const e = count.get(m.actor.key) ?? { m, n: 0 };
    // the headline names what the article is about
    e.n += m.sent === 0 ? 2 : 1;
    count.set(m.actor.key, e);
    if (!best || e.n > best.n) best = e;
  }
  return best?.m;
}

function describeReferences(a: Analysis, lex: Lexicon, tokens: readonly Token[], covered: Uint8Array, actors: ActorMention[]): void {
  const found: ActorMention[] = [];
  const sorted = actors;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "The Government delegation called for": a capitalised "Government" before a delegation noun
    const capGov = t.text === "Government" && tokens[i - 1]!.lower === "the" && /^(delegation|side|team|negotiators|representatives)$/.test(tokens[i + 1]?.text ?? "");
    if (covered[i] || t.kind !== "word" || (t.cap && !capGov) || !REF_WORDS.has(t.lower)) continue;
    const lw = t.lower;
    const prev = tokens[i - 1]!;
    const gulf = prev.text === "Gulf" && tokens[i - 2]?.lower === "the";
    const oppositionGroups = lw === "opposition" && /^(groups|movements|parties)$/.test(tokens[i + 1]?.lower ?? "");
    const definite = prev.lower === "the" || gulf || oppositionGroups || (REF_MILITARY.has(lw) && prev.kind !== "word");
    const bareMilitary = REF_MILITARY.has(lw) && tokens[i + 1]?.kind === "word" && !tokens[i + 1]!.cap && prev.lower !== "a";
    if (!definite && !bareMilitary) continue;
    if (lw === "delegation") {
      // "A delegation from ECOWAS met ... The delegation, led by ...": the actor of the last delegation named
      if (prev.lower !== "the") continue;
      const ante = delegationActor(tokens, sorted, i, t.sent);
      if (ante) {
        found.push(mkMention(i, i + 1, t.sent, ante.actor, "", "reference"));
        covered[i] = 1;
      }
      continue;
    }
    let want: ((m: ActorMention) => boolean) | undefined;
    if (REF_MILITARY.has(lw)) want = (m) => m.actor.type === "Group" && m.actor.orgKind === "military";
    else if (REF_GROUP.has(lw) && prev.lower === "the") want = (m) => m.actor.type === "Group" && (m.actor.orgKind === "armed-group" || m.actor.orgKind === "political");
    else if (lw === "bloc" && prev.lower === "the") want = (m) => m.actor.type === "Group" && m.actor.orgKind === "international";
    else if (lw === "government" && prev.lower === "the") want = (m) => m.actor.type === "State" && /government$/i.test(m.surface);
    else if (lw === "opposition" && (prev.lower === "the" || /^(groups|movements|parties|alliance|coalition)$/.test(tokens[i + 1]?.lower ?? "")) && !(tokens[i + 1]?.kind === "word" && !tokens[i + 1]!.cap && REF_GROUP.has(tokens[i + 1]!.lower))) want = (m) => m.actor.type === "Group" && m.actor.orgKind === "political";
    else if (prev.lower === "the" && REF_STATE.has(lw) && tokens[i + 1]?.lower !== "of") {
      const pred = REF_STATE.get(lw)!;
      // "the Gulf state": the word before "the" is part of the description ("the Gulf state", "the Gulf kingdom")
      want = (m) => m.actor.type === "State" && !!m.actor.state && pred(lex, m.actor.state);
    }
    if (gulf && (lw === "state" || lw === "kingdom" || lw === "emirate")) {
      // "the Gulf state", "the Gulf kingdom"
      want = (m) => m.actor.type === "State" && !!m.actor.state && GULF.has(m.actor.state) && (lw !== "kingdom" || isKingdom(lex, m.actor.state));
    }
    // "the junta", "the government" without a "<state> government" before it: the state the article is about so far
    const byCount = lw === "junta" || lw === "regime" || (lw === "government" && !want);
    if (!want && !byCount) continue;
    let ante: ActorMention | undefined;
    if (want) {
      // "the rebels", "the guerrillas": an armed group named before wins over a later political party
      const armedWord = REF_GROUP.has(lw) && lw !== "group" && lw !== "movement";
      let armed: ActorMention | undefined;
      for (const m of sorted) {
        if (m.start >= i) break;
        if (want(m)) {
          ante = m;
          if (armedWord && m.actor.orgKind === "armed-group") armed = m;
        }
      }
      if (armed) ante = armed;
    }
    if (!ante && (byCount || lw === "government") && prev.lower === "the") ante = mostMentionedState(sorted, i);
    // "talks between the government and opposition groups ... the South Sudan Opposition Movements
    // Alliance (SSOMA)": a group named in the next sentences
    if (!ante && want && (oppositionGroups || REF_GROUP.has(lw))) {
      for (const m of sorted) {
        if (m.start <= i) continue;
        if (m.sent > t.sent + 2) break;
        if (want(m)) {
          ante = m;
          break;
        }
      }
    }
    if (!ante) continue;
    found.push(mkMention(i, i + 1, t.sent, ante.actor, "", "reference"));
    covered[i] = 1;
  }
  for (const f of found) actors.push(f);
  void a;
}

/** The actor of the nearest earlier "delegation" (up to two sentences back): "the Indonesian
 * government delegation", "a delegation from the bloc ECOWAS", "ECOWAS's delegation". */
function delegationActor(tokens: readonly Token[], actors: ActorMention[], i: number, sent: number): ActorMention | undefined {
  for (let d = i - 1; d >= 0 && tokens[d]!.sent >= sent - 2; d--) {
    const w = tokens[d]!.lower;
    if (w !== "delegation" && w !== "delegations") continue;
    if (tokens[d]!.sent === sent) return undefined;
    let before: ActorMention | undefined;
    let after: ActorMention | undefined;
    for (const m of actors) {
      if (m.actor.type === "Person") continue;
      if (m.end <= d && m.end >= d - 2 && m.sent === tokens[d]!.sent) before = m;
      if (m.start > d && m.start <= d + 10 && m.sent === tokens[d]!.sent && !after && /^(from|of)$/.test(tokens[d + 1]?.lower ?? "")) after = m;
    }
    return before ?? after;
  }
  return undefined;
}

function meetingNounAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (MEETING_NOUNS.has(t.lower)) return true;
    if (t.cap || t.kind !== "word") return false;
  }
  return false;
}

function isTitleOrNothing(raw: { start: number; end: number; e: LexEntry }[], k: number): boolean {
  for (const r of raw) if (k >= r.start && k < r.end) return r.e.kind === "title";
  return true;
}

const actorCache = new WeakMap<Lexicon, [Map<string, Actor>, Map<string, Actor>]>();
/** Gazetteer actors are immutable and shared: built once per lexicon (kind 0: states, 1: organisations). */
function cachedActor(lex: Lexicon, kind: 0 | 1, id: string, make: () => Actor): Actor {
  let caches = actorCache.get(lex);
  if (!caches) actorCache.set(lex, (caches = [new Map(), new Map()]));
  const cache = caches[kind];
  let a = cache.get(id);
  if (!a) cache.set(id, (a = make()));
  return a;
}

const organCache = new WeakMap<Lexicon, Map<string, Actor>>();
function composeOrgan(lex: Lexicon, stateId: string, suf: OrganSuffix): Actor {
  let cache = organCache.get(lex);
  if (!cache) organCache.set(lex, (cache = new Map()));
  const ck = `${stateId}|${suf.canonical}`;
  const hit = cache.get(ck);
  if (hit) return hit;
  let actor: Actor | undefined;
  const candidates = (lex.orgsByState.get(stateId) ?? []).filter(
    (o) => o.kind === suf.kind && (!suf.namePattern || suf.namePattern.test([o.name, ...o.aliases].join(" "))),
  );
  if (candidates.length === 1) {
    const o = candidates[0]!;
    actor = mkActor(nodeKey("Group", o.id), "Group", o.name, stateId, o.kind);
  } else {
    const name = `${lex.demonym(stateId)} ${suf.canonical}`;
    actor = mkActor(nodeKey("Group", name), "Group", name, stateId, suf.kind);
  }
  cache.set(ck, actor);
  return actor;
}

// ---------------------------------------------------------------------------------------------
// Persons

interface Candidate {
  start: number;
  end: number;
  words: string[];
  name: string;
}

function candidates(a: Analysis, lex: Lexicon, tokens: readonly Token[], covered: Uint8Array, titles: TitleMention[], headline: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (covered[i] || !isNameWord(tokens[i])) continue;
    const sent = tokens[i]!.sent;
    let j = i + 1;
    // a title-case headline: one word at a time (a name known elsewhere in the article still counts)
    if (headline[sent]) {
      out.push({ start: i, end: j, words: [tokens[i]!.text], name: tokens[i]!.text });
      continue;
    }
    for (;;) {
      const t = tokens[j];
      if (!t || t.sent !== sent || covered[j]) break;
      if (isNameWord(t) && t.space) {
        j++;
        continue;
      }
      // "Dato' Abdul", "N'Diaye": an apostrophe glued to a name word
      if ((t.text === "'" || t.text === "’") && !t.space && isNameWord(tokens[j + 1]) && !covered[j + 1]) {
        j++;
        continue;
      }
      // hyphenated and particle-joined parts: al-Ansari, Al-Ansari, bin Salman
      if (t.text === "-" && !t.space && tokens[j + 1] && !tokens[j + 1]!.space && tokens[j + 1]!.kind === "word" && !covered[j + 1] && /^\p{L}/u.test(tokens[j + 1]!.text)) {
        j += 2;
        continue;
      }
      if (NAME_PARTICLES.has(t.text) && isNameWord(tokens[j + 1]) && !covered[j + 1]) {
        j += 1;
        continue;
      }
      // "de la Calle", "van der Bellen": two particles
      if (NAME_PARTICLES.has(t.text) && NAME_PARTICLES.has(tokens[j + 1]?.text ?? "") && tokens[j + 1]!.space && isNameWord(tokens[j + 2]) && !covered[j + 2]) {
        j += 2;
        continue;
      }
      if (NAME_PARTICLES.has(t.text) && tokens[j + 1]?.text === "-" && tokens[j + 2] && !covered[j + 2] && tokens[j + 2]!.cap) {
        j += 3;
        continue;
      }
      break;
    }
    // "Secretary Blinken", "Envoy Smith": a capitalised title word is a title, not a first name
    if (j - i >= 2 && lex.isTitle(tokens[i]!.lower) && !NOT_TITLE_START.has(tokens[i]!.lower)) {
      titles.push({ start: i, end: i + 1, title: tokens[i]!.text });
      i++;
    }
    if (j - i > 8) j = i + 8;
    const text = a.text.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/\s+/g, " ");
    out.push({ start: i, end: j, words: text.split(" "), name: text });
    i = j - 1;
  }
  // lower-case particle starting a single surname ("al-Nono", "al-Ansari")
  return out;
}

function findPersons(a: Analysis, lex: Lexicon, tokens: readonly Token[], covered: Uint8Array, actors: ActorMention[], titles: TitleMention[], headline: Uint8Array): void {
  const cands = candidates(a, lex, tokens, covered, titles, headline);
  if (!cands.length) return;
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
  personsSoFar = persons;
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
    describePerson(a, lex, tokens, p, actors, titles, titleStart, cover);
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
    describePerson(a, lex, tokens, p, actors, titles, titleStart, cover);
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
    describePerson(a, lex, tokens, p, actors, titles, titleStart, cover);
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
    describePerson(a, lex, tokens, p, actors, titles, titleStart, cover);
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
  personsSoFar = [];
  // a validated name may also be a longer form of a partial one (possessive split, etc.)
  for (const p of persons) actors.push(p);
}

// plural nouns of persons that introduce a list of names ("two former presidents, A and B")
const LIST_PERSON_NOUNS = new Set([...["ministers", "leaders", "presidents", "envoys", "negotiators", "chiefs", "heads", "representatives", "ambassadors", "spokesmen", "commanders", "counterparts", "premiers"], ...["officials", "academics", "agents", "prisoners", "activists", "diplomats", "generals", "politicians", "journalists", "scholars", "lawmakers", "senators", "members", "figures", "candidates", "rivals", "chairmen", "co-chairs", "mediators", "facilitators", "delegates", "detainees", "hostages", "dissidents", "opponents", "veterans", "businessmen", "founders", "aides", "advisers", "advisors", "deputies", "heads", "premiers", "monarchs", "rulers", "emirs", "kings", "clerics", "nationals", "citizens"]]);
// of those, the nouns that tie every listed person to the state or organisation they are of
const LIST_AFFILIATING = new Set(["ministers", "leaders", "presidents", "envoys", "negotiators", "chiefs", "heads", "representatives", "ambassadors", "spokesmen", "commanders", "officials", "diplomats", "generals", "members", "delegates", "aides", "advisers", "advisors", "deputies", "founders", "premiers", "co-chairs"]);
const LIST_SEP = new Set([":", "—", "–", "--"]);

/**
 * Persons named in a list after a plural noun of persons: "Two former presidents, Didier Ratsiraka and
 * Albert Zafy", "five commanders of the Front — A, B and C", "three agents ...: A, B and C", "envoys A
 * and B", "four presidents — Ghana's A, the ECOWAS chairman, B of Nigeria and C". Each listed name
 * (two words or more, not otherwise recognised) becomes a person; "<State>'s X" / "X of <State>" give
 * that state, and an affiliating noun gives its own state or organisation ("commanders of the FMLN",
 * "Israeli negotiators") to every listed person without one.
 */
function listedPersons(tokens: readonly Token[], pending: Candidate[], persons: ActorMention[], actorEnd: Map<number, ActorMention>, actorStart: Map<number, ActorMention>, make: (c: Candidate, via: string) => ActorMention): void {
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
        if (x.kind === "punct" && x.text !== "-" && x.text !== "'s" && x.text !== "'") break;
      }
    if (s < 0) continue;
    // the state or organisation of the noun phrase: "Israeli academics", "commanders of the FMLN"
    let own: ActorMention | undefined = actorEnd.get(i);
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
        else if (!nameAt(k) && !(actorStart.get(k)?.actor.type === "State" && tokens[actorStart.get(k)!.end]?.text === "'s")) {
          let q = k;
          while (q < k + 7 && tokens[q] && tokens[q]!.sent === sent && tokens[q]!.text !== "," && (tokens[q]!.kind !== "punct" || tokens[q]!.text === "'s" || tokens[q]!.text === "'")) q++;
          if (tokens[q]?.text !== "," || !(nameAt(q + 1) || actorStart.get(q + 1)?.actor.type === "State")) break;
          k = q + 1;
        }
      } else break;
    }
    if (items.length < 2 && !(items.length === 1 && s > i + 1 && tokens[s - 1]!.kind === "punct" && LIST_SEP.has(tokens[s - 1]!.text))) continue;
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

// verbs and nouns whose object is usually a person ("toppled X", "the death of X")
const PERSON_OBJECT_VERBS = new Set(["toppled", "ousted", "overthrew", "overthrown", "deposed", "assassinated", "succeeded", "succeeds", "replaced", "replaces", "included", "including", "includes", "telephoned", "phoned", "thanked", "congratulated", "briefed"]);
const PERSON_OF_NOUNS = new Set(["death", "resignation", "assassination", "killing", "ouster", "overthrow", "arrest", "election", "inauguration", "widow", "son", "daughter", "wife", "husband", "successor", "predecessor"]);

/** "the government of X": nouns whose "of" names the person at the head (not "the Government of National Unity"). */
const RULED_BY_NOUNS = new Set(["government", "administration", "regime", "cabinet"]);
const NOT_RULER_WORDS = new Set(["National", "Unity", "Accord", "Salvation", "Transition", "Transitional", "Reconciliation", "Concord", "Consensus", "Interim", "Provisional", "Democratic", "People's", "Republic", "Kingdom", "State", "States", "United"]);
/** Nouns of an appositive that says what kind of person a name is ("X, a South African lawyer"). */
const PERSON_APPOSITIVE_NOUNS = new Set(["lawyer", "attorney", "diplomat", "businessman", "businesswoman", "activist", "cleric", "academic", "professor", "journalist", "politician", "economist", "banker", "priest", "bishop", "scholar", "historian", "jurist", "judge", "lawmaker", "senator", "general", "colonel", "veteran", "statesman", "stateswoman", "campaigner", "mediator", "negotiator", "commander", "warlord", "preacher", "dissident", "philanthropist", "billionaire", "entrepreneur", "tycoon", "retiree", "pastor", "imam", "rabbi"]);
function personNounAppositive(tokens: readonly Token[], from: number): boolean {
  const t0 = tokens[from];
  if (!t0 || !/^(a|an)$/.test(t0.lower)) return false;
  const sent = t0.sent;
  for (let k = from + 1; k < from + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sent !== sent || t.kind !== "word") return false;
    if (PERSON_APPOSITIVE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

const PLURAL_TITLES = new Set(["ministers", "leaders", "presidents", "envoys", "negotiators", "chiefs", "heads", "representatives", "ambassadors", "spokesmen", "commanders", "counterparts", "premiers"]);
const PAIR_OF = new Set(["countries", "states", "nations", "sides", "parties", "governments", "neighbours", "neighbors"]);

/**
 * "The foreign ministers of Saudi Arabia and Iran," / "the leaders of the two countries,": the two
 * actors of a plural title ending right before the comma at `comma`, or undefined.
 */
function pluralTitleBefore(tokens: readonly Token[], comma: number, actors: ActorMention[]): ActorMention[] | undefined {
  const sent = tokens[comma]!.sent;
  const named: ActorMention[] = [];
  let k = comma - 1;
  let pair = false;
  while (k > 0 && k > comma - 12 && tokens[k]!.sent === sent) {
    const t = tokens[k]!;
    if (t.lower === "of") {
      if (!PLURAL_TITLES.has(tokens[k - 1]?.lower ?? "")) return undefined;
      break;
    }
    const am = actors.find((m) => m.end === k + 1 && m.actor.type !== "Person");
    if (am) {
      named.unshift(am);
      k = am.start - 1;
      continue;
    }
    if (PAIR_OF.has(t.lower)) pair = true;
    else if (!/^(and|the|two|both|'s)$/.test(t.lower)) return undefined;
    k--;
  }
  if (tokens[k]?.lower !== "of") return undefined;
  if (named.length === 2 && named[0]!.actor.key !== named[1]!.actor.key) return named;
  // "the two countries" does not say which is which
  void pair;
  return undefined;
}

/** A capitalised run from `k` that is followed by a title ("and Human Rights Minister"). */
function titleModifierAhead(tokens: readonly Token[], k: number, titleStart: Map<number, TitleMention>): boolean {
  for (let j = k; j < k + 4; j++) {
    if (titleStart.has(j)) return j > k;
    if (!tokens[j]?.cap) return false;
  }
  return false;
}

/** "headed by A, the other side by B": a "led by" earlier in the sentence, before a comma. */
function ledByEarlier(tokens: readonly Token[], by: number): boolean {
  const sent = tokens[by]!.sent;
  let comma = false;
  for (let k = by - 1; k >= 0 && k > by - 25 && tokens[k]!.sent === sent; k--) {
    if (tokens[k]!.text === ",") comma = true;
    else if (comma && tokens[k]!.lower === "by" && LED_BY.has(tokens[k - 1]?.lower ?? "")) return true;
  }
  return false;
}

/** "Norway's Foreign Minister X and Cuba's Y": the state right after "and" a validated person. */
function coordinatedAfterPerson(tokens: readonly Token[], stateStart: number, persons: ActorMention[]): boolean {
  if (tokens[stateStart - 1]?.lower !== "and") return false;
  for (let i = persons.length - 1; i >= 0 && i > persons.length - 4; i--) if (persons[i]!.end === stateStart - 1) return true;
  return false;
}

/** The article's state by mentions, when it has at least three and twice those of any other; else null. */
function dominantState(actors: ActorMention[]): ActorMention | null {
  const count = new Map<string, { m: ActorMention; n: number }>();
  for (const m of actors) {
    if (m.actor.type !== "State") continue;
    const e = count.get(m.actor.key);
    if (e) e.n++;
    else count.set(m.actor.key, { m, n: 1 });
  }
  let best: { m: ActorMention; n: number } | undefined;
  let second = 0;
  for (const e of count.values()) {
    if (!best || e.n > best.n) {
      second = best?.n ?? 0;
      best = e;
    } else if (e.n > second) second = e.n;
  }
  return best && best.n >= 3 && best.n >= 2 * second ? best.m : null;
}

function registerSurnames(words: string[], full: string, known: Map<string, string>): void {
  const set = (k: string) => {
    const prev = known.get(k);
    // "De la Calle" named after "Humberto de la Calle": keep the longer name
    if (k === full && prev && prev.toLowerCase().endsWith(" " + full.toLowerCase())) return;
    known.set(k, prev === undefined || prev === full ? full : "");
  };
  set(full);
  for (let k = 1; k < words.length; k++) {
    const suffix = words.slice(k).join(" ");
    set(suffix);
    // "de la Calle" opens a sentence as "De la Calle"
    if (NAME_PARTICLES.has(words[k]!)) set(suffix.charAt(0).toUpperCase() + suffix.slice(1));
    // "al-Ansari" also goes by "Ansari"
    const m = /^(?:al|el|Al|El|ad|ar|as|an)-(.+)$/.exec(suffix);
    if (m) set(m[1]!);
  }
  // "Sheikh Mohamed" after "Mohamed bin Zayed al-Nahyan": a patronymic name goes by its given name
  if (words.length >= 3 && /^(bin|ibn|bint)$/.test(words[1]!)) set(words[0]!);
  // "Al-Ansari" written "al-Ansari"
  const last = words[words.length - 1]!;
  if (/^[Aa]l-|^[Ee]l-/.test(last)) set(last.charAt(0) === "a" || last.charAt(0) === "e" ? last.charAt(0).toUpperCase() + last.slice(1) : last.charAt(0).toLowerCase() + last.slice(1));
}

/**
 * True when a title phrase ends at token `k` (before an appositive comma): "Kosovo's prime minister",
 * "the US envoy for the Western Balkans", "Russia's ambassador to international organisations in Vienna".
 */
function titlePhraseEndsAt(tokens: readonly Token[], k: number, titleCover: Int32Array): boolean {
  const sent = tokens[k + 1]?.sent;
  for (let q = k; q >= 0 && q > k - 8; q--) {
    const t = tokens[q]!;
    if (t.sent !== sent || t.text === "," || t.text === ";" || t.text === "." || PERSON_VERBS.has(t.lower)) return false;
    if (titleCover[q]! >= 0 || ROLE_NOUNS.has(t.lower)) {
      // the words after the title are a prepositional tail ("for the Western Balkans") or nothing
      const after = tokens[q + 1]!;
      // "the leader of the former rebel movement Renamo": a title ending in "of the" takes its object
      return q === k || /^(for|to|of|in|at|on|from|with)$/.test(after.lower) || /^(of|the|for)$/.test(t.lower) || titleCover[q + 1]! >= 0;
    }
  }
  return false;
}

function appositiveTitle(tokens: readonly Token[], from: number, titleStart: Map<number, TitleMention>): boolean {
  const sent = tokens[from - 1]?.sent;
  for (let k = from; k < from + 12 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sent !== sent || t.text === "," || t.text === ";" || t.text === "." || t.text === "(" || t.text === ")") return false;
    if (titleStart.has(k)) return true;
    if (k === from && t.kind === "word" && !/^(a|an|the|who|its|their|his|her)$/.test(t.lower) && !t.cap) return false;
  }
  return false;
}

const NOT_TITLE_START = new Set(["of", "the", "and", "for", "state", "national", "foreign", "security", "affairs", "general", "public", "special"]);
const FUNCTION_CAPS = new Set("The A An In On At For From To Of By With But And Or If As After Before While When Since During According However Meanwhile Despite This That It He She They We".split(" "));

const GROUP_WORDS = new Set(["movement", "group", "militia", "faction", "organisation", "organization", "rebels", "party", "militants", "insurgents", "alliance", "coalition", "force"]);

/** Role and affiliation: from the title phrase before the name, else from an appositive after it. */
const LEADS = new Set(["leads", "led", "heads", "headed", "chairs", "chaired", "represents", "represented", "commands", "commanded", "runs", "ran", "founded", "co-founded"]);
const STATE_TITLE_KINDS = new Set(["head-of-state", "head-of-government", "minister"]);
/** "Prime Minister", "President", "Foreign Minister", "opposition leader": titles held within one state. */
function stateLevelTitle(lex: Lexicon, role: string): boolean {
  const r = role.toLowerCase().replace(/^(u\.s\.|the)\s+/, "");
  const kind = lex.titleKinds.get(r);
  return (kind !== undefined && STATE_TITLE_KINDS.has(kind)) || r === "opposition leader" || r === "vice president" || r === "vice-president";
}

/** Titles that name their state when none is given ("Secretary of State Mike Pompeo"). */
const TITLE_STATE: Record<string, string> = {
  "secretary of state": "united-states",
  "defense secretary": "united-states",
  "secretary of defense": "united-states",
  "deputy secretary of state": "united-states",
  "assistant secretary of state": "united-states",
  "treasury secretary": "united-states",
  "secretary of the treasury": "united-states",
  // the US cabinet's "<Department> Secretary" (elsewhere ministers are "<portfolio> minister")
  "commerce secretary": "united-states",
  "secretary of commerce": "united-states",
  "labor secretary": "united-states",
  "secretary of labor": "united-states",
  "agriculture secretary": "united-states",
  "secretary of agriculture": "united-states",
  "energy secretary": "united-states",
  "secretary of energy": "united-states",
  "transportation secretary": "united-states",
  "secretary of transportation": "united-states",
  "homeland security secretary": "united-states",
  "secretary of homeland security": "united-states",
  "foreign secretary": "united-kingdom",
};
function defaultTitleState(lex: Lexicon, p: ActorMention): void {
  if (p.affiliation || !p.role) return;
  const id = TITLE_STATE[p.role.toLowerCase().replace(/^(u\.s\.|us|american)\s+/, "")];
  if (!id || !lex.states.has(id)) return;
  p.affiliation = mkMention(p.start, p.start, p.sent, mkActor(nodeKey("State", id), "State", lex.stateName(id), id), "", "title-state");
  p.affiliationRule = "title-state";
}

/** Token -> covering title / non-person actor (the first in list order), for O(1) look-ups. */
interface Cover {
  title: Int32Array;
  actor: Int32Array;
}
function coverIndex(n: number, titles: TitleMention[], actors: ActorMention[]): Cover {
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

/** Persons validated so far in the article being read (for "X and his deputy, Y"). */
let personsSoFar: ActorMention[] = [];
function personEndingAt(q: number): ActorMention | undefined {
  for (let i = personsSoFar.length - 1; i >= 0 && i > personsSoFar.length - 6; i--) {
    const p = personsSoFar[i]!;
    if (p.start <= q && q < p.end) return p;
  }
  return undefined;
}

function describePerson(a: Analysis, lex: Lexicon, tokens: readonly Token[], p: ActorMention, actors: ActorMention[], titles: TitleMention[], titleStart: Map<number, TitleMention>, cover: Cover): void {
  const sent = p.sent;
  // before: walk back over titles, actors, modifiers, "'s", "of"
  let k = p.start - 1;
  let affil: ActorMention | undefined;
  let roleStart = -1;
  let roleEnd = -1;
  const titleCovering = (i: number): TitleMention | undefined => (i >= 0 && cover.title[i]! >= 0 ? titles[cover.title[i]!] : undefined);
  const actorCovering = (i: number): ActorMention | undefined => (i >= 0 && cover.actor[i]! >= 0 ? actors[cover.actor[i]!] : undefined);
  let sawTitle = false;
  let crossedComma = false;
  let tailAffil: ActorMention | undefined;
  let tailState: ActorMention | undefined;
  let possessive = false;
  let weakAffil: ActorMention | undefined;
  while (k >= 0 && tokens[k]!.sent === sent) {
    const t = tokens[k]!;
    const tm = titleCovering(k);
    if (tm) {
      sawTitle = true;
      if (roleEnd < 0) roleEnd = tm.end;
      roleStart = tm.start;
      k = tm.start - 1;
      continue;
    }
    const am = actorCovering(k);
    if (am) {
      if (!affil || (affil.actor.type === "State" && am.actor.type === "Group" && false)) affil ??= am;
      k = am.start - 1;
      continue;
    }
    if (t.text === "'s" || t.text === "'" || t.lower === "of" || t.lower === "for" || (HONORIFICS.has(t.text) && k === p.start - 1) || (ROLE_NOUNS.has(t.lower) && roleEnd < 0)) {
      if (ROLE_NOUNS.has(t.lower)) {
        roleStart = k;
        roleEnd = k + 1;
        sawTitle = true;
      }
      k--;
      continue;
    }
    if (TITLE_MODIFIERS.has(t.lower) || (t.cap && t.kind === "word" && !NOT_NAME.has(t.text) && sawTitle === false && roleEnd < 0 && false)) {
      if (roleEnd >= 0) roleStart = k;
      k--;
      continue;
    }
    // ... also right after a possessive ("Norway's International Development minister")
    const possessiveBefore = (tokens[k - 1]?.text === "'s" || tokens[k - 1]?.text === "'") && !!actorCovering(k - 2);
    if (t.cap && t.kind === "word" && (roleEnd >= 0 || affil) && !HONORIFICS.has(t.text) && !FUNCTION_CAPS.has(t.text) && tokens[k - 1] && (actorCovering(k - 1) || tokens[k - 1]!.cap || possessiveBefore)) {
      // capitalised title words: "Middle East envoy", "National Security spokesperson"
      if (roleEnd >= 0) roleStart = k;
      k--;
      continue;
    }
    // "the U.N. chief and his special adviser, X": the organisation of the person "his" stands for
    if ((t.lower === "his" || t.lower === "her") && sawTitle && !affil) {
      for (let q = k - 1; q >= 0 && q > k - 15 && tokens[q]!.sent === sent; q--) {
        const am = actorCovering(q) ?? personEndingAt(q);
        if (!am) continue;
        if (am.actor.type !== "Person") affil = am;
        else if (am.affiliation) affil = am.affiliation;
        break;
      }
      if (affil) possessive = true;
      break;
    }
    // "its director general, Rafael Grossi": the organisation or state the sentence is about
    if ((t.lower === "its" || t.lower === "their") && sawTitle && !affil) {
      // the subject of the sentence (its first actor), else the subject of the sentence before (its
      // first actor, "The Association of X, ..., had urged Congress ... Its chief executive")
      for (const m of actors) {
        if (m.start >= k) break;
        if (m.actor.type === "Person") continue;
        if (m.sent === sent) {
          affil = m;
          break;
        }
        if (m.sent === sent - 1 && (!affil || affil.sent !== sent - 1)) affil = m;
      }
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
      let q = k - 1;
      let tailGroup: ActorMention | undefined;
      while (q >= 0 && !titleCovering(q) && !ROLE_NOUNS.has(tokens[q]!.lower)) {
        const am = actorCovering(q);
        if (am && am.actor.type === "Group") tailGroup = am;
        // "The Emir of Qatar, Sheikh Tamim": a state right after the title's "of"
        if (am && am.actor.type === "State" && tokens[am.start - 1]?.lower === "of" && titleCovering(am.start - 2)) tailState = am;
        if (/^(from|of|for)$/.test(tokens[q]!.lower) && tailGroup) tailAffil ??= tailGroup;
        q = am ? am.start - 1 : q - 1;
      }
      // the title itself ends in "of the" ("the leader of the former rebel movement Renamo")
      if (!tailAffil && tailGroup && q >= 0 && /^(of|the|for|from)$/.test(tokens[q]!.lower)) tailAffil = tailGroup;
      k = q;
      continue;
    }
    break;
  }
  if (!affil && tailAffil) affil = tailAffil;
  if (!affil && tailState) affil = tailState;
  if (!affil && weakAffil) affil = weakAffil;
  if (sawTitle && roleStart >= 0) {
    p.role = a.text.slice(tokens[roleStart]!.start, tokens[roleEnd - 1]!.end);
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
      if (before?.lower === "to" && titleCovering(m.start - (before === tokens[m.start - 1] ? 2 : 3))) continue;
      if (!best || (m.actor.type === "Group" && best.actor.type !== "Group") || (m.actor.type === best.actor.type && m.start > best.start)) best = m;
    }
    if (best) p.affiliation = best;
  }
  if (p.role && p.affiliation) return;

  // "the army, led by General X" / "a Saudi delegation led by Ambassador Y": the led group
  {
    let q = p.start - 1;
    while (q >= 0 && (titleCovering(q) || HONORIFICS.has(tokens[q]!.text))) q--;
    // "headed by Justice and Human Rights Minister X": capitalised qualifiers of the title
    // "MINUSCA, led by the Special Representative of the Secretary-General, X": over a title appositive
    if (tokens[q]?.text === "," && p.via === "title-appositive") {
      for (let r = q - 1; r > q - 12 && r > 0 && tokens[r]!.sent === sent && tokens[r]!.text !== "," && tokens[r]!.text !== ";"; r--)
        if (tokens[r]!.lower === "by" && LED_BY.has(tokens[r - 1]?.lower ?? "")) {
          q = r;
          break;
        }
    }
    if (sawTitle) for (let g = 0; g < 6 && q > 0 && tokens[q]!.sent === sent && !actorCovering(q) && ((tokens[q]!.kind === "word" && tokens[q]!.cap) || (tokens[q]!.lower === "and" && tokens[q - 1]!.cap)); g++) q--;
    // gapped: "the government side was headed by A, the opposition team by B"
    if (tokens[q]?.lower === "by" && !LED_BY.has(tokens[q - 1]?.lower ?? "") && p.via === "led-by" && !p.affiliation) {
      const led = actors.find((m) => m.end <= q && m.end >= q - 2 && m.actor.type !== "Person" && m.sent === sent);
      if (led) {
        p.affiliation = led;
        p.affiliationRule = "led-by";
        return;
      }
    }
    if (tokens[q]?.lower === "by" && LED_BY.has(tokens[q - 1]?.lower ?? "")) {
      let r = q - 2;
      if (tokens[r]?.text === ",") r--;
      let led = actors.find((m) => m.end === r + 1 && m.actor.type !== "Person") ?? actors.find((m) => r >= m.start && r < m.end + 2 && m.actor.type !== "Person" && m.end <= q);
      // "its leadership from Sweden, led by X": a place of origin is not what X leads
      if (led && /^(from|in|at)$/.test(tokens[led.start - 1]?.lower ?? "")) led = undefined;
      if (led && !p.affiliation) {
        p.affiliation = led;
        p.affiliationRule = "led-by";
        p.role ??= titles.find((t) => t.end === p.start)?.title ?? tokens[q - 1]!.lower;
        return;
      }
    }
  }
  // "Pablo Beltran for the ELN"
  if (tokens[p.end]?.lower === "for") {
    const at = tokens[p.end + 1]?.lower === "the" ? p.end + 2 : p.end + 1;
    const am = actors.find((m) => m.start === at && m.actor.type !== "Person");
    if (am && !p.affiliation) {
      p.affiliation = am;
      p.affiliationRule = "for-actor";
      return;
    }
  }

  // "Ziad Nakhaleh of Islamic Jihad", "Igor Plotnitsky, of the Luhansk People's Republic,": the actor the person is of
  {
    const of = tokens[p.end]?.lower === "of" ? p.end : tokens[p.end]?.text === "," && tokens[p.end + 1]?.lower === "of" ? p.end + 1 : -1;
    if (of >= 0 && !p.affiliation) {
      const at = tokens[of + 1]?.lower === "the" ? of + 2 : of + 1;
      const am = actors.find((m) => m.start === at && m.actor.type !== "Person");
      const after = am ? tokens[am.end] : undefined;
      if (am && (!after || after.kind === "punct" || after.sent !== sent || PERSON_VERBS.has(after.lower) || after.lower === "and")) {
        p.affiliation = am;
        p.affiliationRule = "of-actor";
        return;
      }
    }
  }
  // "Khalifa Haftar's Libyan National Army": the person's organisation
  if (!p.affiliation && (tokens[p.end]?.text === "'s" || tokens[p.end]?.text === "'")) {
    const am = actors.find((m) => m.start === p.end + 1 && m.actor.type === "Group");
    if (am) {
      p.affiliation = am;
      p.affiliationRule = "possessor";
      return;
    }
  }
  if (tokens[p.end]?.text !== ",") {
    defaultTitleState(lex, p);
    return;
  }
  // ", who leads the negotiating team of the Unitary Platform": the organisation the person leads
  if (/^(who|whose)$/.test(tokens[p.end + 1]?.lower ?? "")) {
    // "who has led", "who also heads"
    const v = /^(has|have|had|also|now|currently)$/.test(tokens[p.end + 2]?.lower ?? "") ? p.end + 3 : p.end + 2;
    if (!p.affiliation && LEADS.has(tokens[v]?.lower ?? "")) {
      for (let j = v + 1; j < v + 10 && j < tokens.length; j++) {
        const t = tokens[j]!;
        if (t.sent !== sent || t.text === "," || t.text === ";" || t.text === ".") break;
        const am = actorCovering(j);
        if (am) {
          p.affiliation = am;
          p.affiliationRule = "who-leads";
          break;
        }
      }
    }
    defaultTitleState(lex, p);
    return;
  }
  let title: TitleMention | undefined;
  let org: ActorMention | undefined;
  let state: ActorMention | undefined;
  let groupWord = false;
  let member = false;
  let end = p.end + 1;
  // an appositive opens with a determiner, a title or a name ("the head of", "a White House
  // spokesman", "Norway's envoy"), not with a verb or a clause
  const first = tokens[p.end + 1];
  if (first && first.kind === "word" && !first.cap && !/^(a|an|the|its|their|his|her)$/.test(first.lower) && !titleStart.has(p.end + 1) && !TITLE_MODIFIERS.has(first.lower) && !actorCovering(p.end + 1)) {
    defaultTitleState(lex, p);
    return;
  }
  for (let j = p.end + 1; j < p.end + 16 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sent !== sent || t.text === "," || t.text === ";" || t.text === "." || t.text === ")" || t.text === "(" || t.text === "—") break;
    // "King X, the Prime Minister of Ethiopia Dr. Y": a second person's title, not an appositive
    if (HONORIFICS.has(t.text) || ((org || state) && !actorCovering(j) && actorCovering(j - 1) && cover.title[j]! < 0 && isNameWord(t) && isNameWord(tokens[j + 1]))) {
      defaultTitleState(lex, p);
      return;
    }
    end = j + 1;
    const tm = titleStart.get(j);
    if (tm && !title) title = tm;
    const am = actorCovering(j);
    if (am) {
      // "an Afghan-born diplomat", "a Doha-based official": origin, not affiliation
      const origin = tokens[am.end]?.text === "-" && /^(born|based|raised|educated|trained)$/.test(tokens[am.end + 1]?.lower ?? "");
      if (origin) {
        /* skip */
      } else if (am.actor.type === "Group") org ??= am;
      else state ??= am;
      j = am.end - 1;
      continue;
    }
    if (GROUP_WORDS.has(t.lower)) groupWord = true;
    // "X, a member of the government team": membership is an affiliation too
    if ((t.lower === "member" || t.lower === "members") && tokens[j + 1]?.lower === "of" && !title) member = true;
    if (PERSON_VERBS.has(t.lower) && !title) return;
  }
  if (!title && !member) {
    defaultTitleState(lex, p);
    return;
  }
  p.role ??= title ? title.title : "member";
  if (p.affiliation) return;
  const chosen = org ?? state;
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
  defaultTitleState(lex, p);
  void end;
}
