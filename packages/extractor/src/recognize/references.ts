// Definite descriptions that name an actor already introduced ("the army", "the rebels", "the
// government", "the kingdom", "the delegation").
import type { Token } from "../nlp/wink.js";
import type { Lexicon } from "./lexicon.js";
import { stateActor } from "./actors.js";
import { leadingPlaceState, leadingState, stateMentionCounts } from "./article-state.js";
import { mkMention, type Actor, type ActorMention, type PlaceMention, type RecognizeContext } from "./model.js";
import { ROLE_NOUNS, WORKER_NOUNS } from "./words.js";

/** "the army": the article's military. */
const REF_MILITARY = new Set(["army", "military"]);
/** "the rebels", "the group": the last armed group or movement named. */
const REF_GROUP = new Set(["guerrillas", "guerrilla", "rebels", "group", "movement", "militants", "insurgents", "militia", "fighters", "paramilitaries", "rebel"]);
/** "the kidnappers", "the captors": only an armed group named before (a party takes no hostages). */
const REF_CAPTORS = new Set(["kidnappers", "abductors", "captors", "hostage-takers", "gunmen", "jihadists"]);

const GULF = new Set(["qatar", "united-arab-emirates", "bahrain", "kuwait", "oman", "saudi-arabia"]);
const isKingdom = (lex: Lexicon, id: string) => !!lex.states.get(id)?.aliases.some((x) => /\bKingdom\b/.test(x));
/** Definite descriptions of a state: "the kingdom", "the emirate", "the sultanate". */
const REF_STATE = new Map<string, (lex: Lexicon, id: string) => boolean>([
  ["kingdom", isKingdom],
  ["emirate", (_l, id) => id === "qatar" || id === "kuwait" || id === "united-arab-emirates"],
  ["sultanate", (_l, id) => id === "oman" || id === "brunei"],
]);

/** "the bishops", "the church", "the elders": the last body whose name says it is one. */
const REF_BODY = new Map<string, RegExp>([
  ["bishops", /\b(Episcopal|Bishops'?|Catholic Church)\b/],
  ["church", /\b(Church|Episcopal)\b/],
  ["elders", /\bElders\b/],
]);

/**
 * "the Council" after "the UN Security Council", "the guild" after "the Writers Guild of America": a
 * body's head noun stands for the last organisation named with it.
 */
const HEAD_REFS = new Set(["council", "court", "tribunal", "brotherhood", "commission", "ministry", "fund", "bank", "committee", "assembly", "alliance", "front", "guild", "federation", "confederation", "coalition", "league", "panel", "board", "authority", "conference", "synod", "patriarchate", "diocese", "archdiocese"]);

/** A body's officers, written after its head noun ("Federation secretary general X", "league president X"). */
const OFFICER_NOUNS = new Set(["secretary", "general", "president", "chairman", "chairwoman", "chair", "director", "treasurer", "vice"]);

const HEAD_WORD = new Map([...HEAD_REFS].map((w) => [w, new RegExp(`\\b${w}\\b`, "i")]));
/** The head noun heading the name ("Premier League", "Council of Europe"), not modifying it ("League Managers Association"). */
const HEAD_OF_NAME = new Map([...HEAD_REFS].map((w) => [w, new RegExp(`\\b${w}(\\s+(of|for|on)\\b.*)?$`, "i")]));

/**
 * "the company", "the airline": the last company named, an employer the gazetteer knows or a name that
 * says it is a company (each noun with the names it fits).
 */
/** The last word of a company's name ("Acme Inc.", "Barrick Gold", "Anglo American Platinum"). */
const COMPANY_NAME = /\b(Inc|Corp|Corporation|Company|Co|Ltd|Limited|plc|PLC|Group|Holdings|AG|SA|Gold|Mining|Mines|Minerals|Resources|Platinum|Copper|Petroleum|Energy|Steel|Motors|Industries|Industrial|Technologies|Pharmaceuticals)\b\.?$/;
const REF_COMPANY = new Map<string, RegExp>([
  ["company", COMPANY_NAME],
  ["firm", COMPANY_NAME],
  ["airline", /\b(Airways|Airlines|Air)\b/],
  ["carrier", /\b(Airways|Airlines|Air)\b/],
  ["automaker", /\bMotors?\b/],
  ["carmaker", /\bMotors?\b/],
  ["miner", /\b(Mining|Mines|Minerals)\b/],
]);
const WORD_ONLY = /^$/;
/** Nouns of a kind of company: the company the gazetteer knows must fit the noun's words too ("the airline" is not Boeing). */
const COMPANY_KIND_NOUNS = new Set(["airline", "carrier", "automaker", "carmaker", "miner"]);

/** Nouns for a government that a leader's surname may name ("the Modi government"). */
const GOVERNMENT_NOUNS = new Set(["government", "administration", "regime", "cabinet"]);
/** Nouns for those who speak for a government at talks ("The Government delegation", "a Federal Government team"). */
const DELEGATION_NOUNS = /^(delegation|side|team|negotiators|representatives)$/;
/** Capitalised modifiers of "Government" that name the article's government ("the Federal Government"). */
const GOV_MODIFIER = /^(Federal|Central|Union)$/;

/** Every noun a definite description of an actor may end in. */
/** "the workers", "the players", "the pilots": the people a union speaks for, who stand for it (not "members" or "crews", too often others'). */
const UNION_PEOPLE = new Set([...WORKER_NOUNS].filter((w) => w !== "members" && w !== "crews"));
const REF_WORDS = new Set([...REF_GROUP, ...REF_CAPTORS, ...REF_MILITARY, ...REF_STATE.keys(), ...REF_BODY.keys(), ...REF_COMPANY.keys(), ...UNION_PEOPLE, "delegation", "junta", "regime", "government", "authorities", "cabinet", "opposition", "bloc", "state", "union", "body", "party"]);

/** Words before "body" that make it a world or sports body ("the world body", "football's governing body"). */
const WORLD_BODY = /^(world|global|governing|international|sports?|football|olympic)$/;
/** Names of a world or sports body. */
const WORLD_BODY_NAME = /\b(International|World|Global|United Nations)\b|^(FIFA|UEFA)$/;
/** Titles of a union's officers after "Union" ("Union President X"; "Union Home Minister" is India's). */
const UNION_OFFICERS = /^(president|spokesman|spokeswoman|spokesperson|leader|leaders|chief|official|officials|secretary|secretary-treasurer|negotiator|chair|chairman|chairwoman|boss|head|representative|organiser|organizer)$/;
/**
 * A body whose name says it is a trade union ("Association of Mineworkers and Construction Union", "Writers
 * Guild", "MLB Players Association", "Nigeria Labour Congress"; not an employers' association, and not a
 * sport's governing body or a union of states: "Welsh Rugby Union", "African Union").
 */
const WORKER_BODY_NOUNS = "players|cricketers|footballers|pilots|aviators|controllers|teachers|lecturers|professors|doctors|nurses|medical|employees|officers|staff|crew|firefighters|dockworkers|dockers|seafarers|journalists|musicians|actors|performers|artists|screenwriters|midwives|paramedics|pharmacists|physicians|surgeons|dentists|technicians|mechanics|engineers|cleaners|porters|labou?r";
export const UNION_NAME = new RegExp(
  `(?<!\\b(rugby|football|european|african|postal|telecommunication|customs|monetary|economic|soviet) )\\b(union|unions|workers|guild|syndicate|teamsters|longshoremen|mineworkers|machinists|mechanics|drivers|nurses)\\b|\\b(${WORKER_BODY_NOUNS})\\b.*\\b(association|federation|confederation|congress)\\b|\\b(association|federation|confederation) of (\\w+ )?(${WORKER_BODY_NOUNS})\\b`,
  "i",
);

/** A trade union: one the gazetteer knows as one, or a body whose name says it is ("Culinary Workers Union"). */
export function isUnion(actor: Actor): boolean {
  // (not "the Teachers' Employer Bargaining Association": the employers of teachers)
  return actor.type === "Group" && (!!actor.union || (UNION_NAME.test(actor.name) && !/\bEmployers?\b/i.test(actor.name)));
}

/**
 * The state named most before token `before` (the first to reach the highest count). A state that
 * qualifies a title ("U.S. Secretary of State John Kerry") names an official's, not the story's, and
 * is not counted.
 */
function mostMentionedState(ctx: RecognizeContext, actors: readonly ActorMention[], before: number, dateline?: string): ActorMention | undefined {
  const { best } = leadingState(stateMentionCounts(withoutTitleQualifiers(ctx, actors), dateline, before));
  // (the dateline's state, named in the text only before a title: "ROME - Italian President X")
  return best?.m ?? actors.find((m) => m.start < before && m.actor.type === "State" && m.actor.state === best?.state);
}

/** The mentions without the states that qualify a title ("The US Assistant Secretary of State"). */
function withoutTitleQualifiers(ctx: RecognizeContext, actors: readonly ActorMention[]): readonly ActorMention[] {
  const { tokens, lex } = ctx;
  return actors.filter((m) => m.actor.type !== "State" || !(tokens[m.end]?.cap && lex.titleWords.has(tokens[m.end]!.lower)));
}

/**
 * "the authorities", which a mediation story uses for the side's government while naming the mediator's
 * state more often: only a state named at least three times and twice as often as any other.
 */
function clearlyLeadingState(actors: readonly ActorMention[], before: number, dateline?: string): ActorMention | undefined {
  const { best, second } = leadingState(stateMentionCounts(actors, dateline, before));
  return best && best.n >= 3 && best.n >= 2 * second ? best.m : undefined;
}

/**
 * The state the whole article names most, at least twice and more than any other, unless its first place
 * lies in another. A state that qualifies a title ("The US Assistant Secretary of State") is an official's
 * and is not counted: a Bangladesh story set in Dhaka names the United States so.
 */
function leadingStateOfArticle(ctx: RecognizeContext, actors: readonly ActorMention[], places: readonly PlaceMention[]): ActorMention | undefined {
  const { best, second } = leadingState(stateMentionCounts(withoutTitleQualifiers(ctx, actors)));
  if (!best || best.n < 2 || best.n <= second) return undefined;
  // (the story's first place tells where it is set)
  const placed = places.find((p) => p.state)?.state;
  return !placed || placed === best.state ? best.m : undefined;
}

/**
 * "urged Government to table the document", "signed on behalf of Government": Commonwealth copy's
 * "Government" with no article, the government of the state the article is about; pushed to `found`.
 */
function bareGovernmentOfState(ctx: RecognizeContext, actors: readonly ActorMention[], found: ActorMention[], i: number): boolean {
  const { tokens, covered } = ctx;
  if (tokens[i]!.text !== "Government" || covered[i] || !bareGovernment(tokens, i)) return false;
  const ante = mostMentionedState(ctx, actors, i, ctx.datelineState);
  if (!ante) return false;
  found.push(mkMention(i, i + 1, tokens[i]!.sent, ante.actor, "", "reference"));
  covered[i] = 1;
  return true;
}

/** "Government" at i, mid-sentence, with no article or name around it ("urged Government to", "between Government and the farmers"). */
function bareGovernment(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // (mid-sentence only: "Government and opposition parties sealed" opening a sentence may be any side's)
  if (!prev || prev.sent !== tokens[i]!.sent || prev.cap || prev.kind !== "word" || /^(the|a|an|this|that|its|his|her|their|our|my|your)$/.test(prev.lower)) return false;
  // (not a modifier before a title or people, "Government chief negotiator X", "Government officials")
  return !next || next.sent !== tokens[i]!.sent || BARE_GOVERNMENT_NEXT.test(next.lower);
}
const BARE_GOVERNMENT_NEXT = /^(to|and|or|has|had|have|is|was|were|are|will|would|should|must|could|can|may|might|said|says|announced|agreed|insisted|rejected|accepted|refused|,|\.|;|in|on|at|for|with|by|from|before|after|itself)$/;

/**
 * "the government" where no earlier reading found its state: the state the story leads with, its dateline's,
 * or its places' (see each case).
 */
function governmentOfNoStateNamed(ctx: RecognizeContext, actors: readonly ActorMention[], places: readonly PlaceMention[], found: readonly ActorMention[], i: number): ActorMention | undefined {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  const stateBefore = actors.some((m) => m.start < i && m.actor.type === "State");
  // ("The Scottish Government tabled an offer ... demanded that the government explain": the one
  // government the article names as a body, when it names no state before)
  const bodies = prev.lower === "the" && !stateBefore ? actors.filter((m) => m.start < i && m.actor.type === "Group" && /\bGovernment$/.test(m.actor.name)) : [];
  if (bodies.length && bodies.every((m) => m.actor.key === bodies[0]!.actor.key)) return bodies[bodies.length - 1];
  // ("He urged the government to compensate ..." before the story first names Kenya: the state it names
  // most, when it leads, and no state is named before)
  const ante = prev.lower === "the" && !ctx.datelineState && !stateBefore ? (leadingStateOfArticle(ctx, actors, places) ?? lastStateReference(found)) : undefined;
  if (ante) return ante;
  // ("KABUL, Dec 23 (Reuters) - The government and the Taliban held talks": before any state is named,
  // the state the whole article names most with its dateline counted, where it leads; a dateline at a
  // capital only: "VANCOUVER -" and "SRINAGAR -" stories mean a province's government as often), in the
  // story's opening sentences (later, "before the government is sworn in" may be a region's new one)
  const datelined = prev.lower === "the" && ctx.datelineCapital && t.sent <= 4 && !stateBefore ? datelineLeadingState(ctx, actors, i) : undefined;
  if (datelined) return datelined;
  // "Quebec's premier called on Ottawa ... urged the federal government": with no state named yet, the state
  // of the places named (only "federal", "national", "central": a bare "the government" of a story set in
  // Quebec or Meghalaya is as often the province's)
  return NATIONAL_GOVERNMENT.test(prev.lower) && /^(the|a)$/.test(tokens[i - 2]?.lower ?? "") ? stateOfPlaces(ctx, places) : undefined;
}

/** The state the whole article names most, its dateline counted, where it leads; a mention at token i when it is named only later. */
function datelineLeadingState(ctx: RecognizeContext, actors: readonly ActorMention[], i: number): ActorMention | undefined {
  const { best, second } = leadingState(stateMentionCounts(withoutTitleQualifiers(ctx, actors), ctx.datelineState));
  if (!best || best.n <= second || !ctx.lex.states.has(best.state)) return undefined;
  return best.m ?? mkMention(i, i + 1, ctx.tokens[i]!.sent, stateActor(ctx.lex, best.state), "", "reference");
}

/** The one party, union or company the mentions name: in the reference's own sentence when any is there, else in the article before it. */
function soleBodyNamed(mentions: readonly ActorMention[], sent: number): ActorMention | undefined {
  const own = mentions.filter((m) => m.sent === sent);
  const pool = own.length ? own : mentions;
  return pool.length && pool.every((m) => m.actor.key === pool[0]!.actor.key) ? pool[pool.length - 1] : undefined;
}

/** Words that make "the government" the nation's, not a province's. */
const NATIONAL_GOVERNMENT = /^(federal|national|central)$/;

/**
 * The state the article's places lie in, as a state mention at the first of them (see `leadingPlaceState`);
 * places after the reference count too ("a Federal Government team at the Presidential Villa, Abuja").
 */
function stateOfPlaces(ctx: RecognizeContext, places: readonly PlaceMention[]): ActorMention | undefined {
  const led = leadingPlaceState(places);
  if (!led || !ctx.lex.states.has(led.state)) return undefined;
  const p = led.first;
  return mkMention(p.start, p.end, ctx.tokens[p.start]!.sent, stateActor(ctx.lex, led.state), p.name, "reference");
}

/** Realms whose government the news calls "the Crown" (treaty settlements, Crown land, Crown prosecutors). */
const CROWN_REALMS = new Set(["new-zealand", "canada", "australia", "united-kingdom"]);

/**
 * "asked the Crown to return the riverbed": the government of the Commonwealth realm the story is about
 * (the dateline's, else the state named most), never "the Crown Prince" or "the Crown Estate"; "the
 * Commonwealth" of an Australian story.
 */
function crownReference(ctx: RecognizeContext, actors: readonly ActorMention[], i: number): ActorMention | undefined {
  const { tokens } = ctx;
  const t = tokens[i]!;
  if ((t.text !== "Crown" && t.text !== "Commonwealth") || tokens[i - 1]!.lower !== "the" || ctx.covered[i] || (tokens[i + 1]?.cap && tokens[i + 1]!.sent === t.sent) || tokens[i + 1]?.lower === "of") return undefined;
  const state = ctx.datelineState ?? mostMentionedState(ctx, actors, i)?.actor.state ?? leadingStateOfArticle(ctx, actors, [])?.actor.state;
  // ("both states asked the Commonwealth to": Australia's federal government, in Australian copy)
  const realm = t.text === "Crown" ? state && CROWN_REALMS.has(state) : state === "australia";
  return realm && state ? mkMention(i, i + 1, t.sent, stateActor(ctx.lex, state), t.text, "reference") : undefined;
}

/**
 * "the Met" after "the Metropolitan Opera": a capitalised word after "the" that clips the first word of
 * exactly one body named before (three letters or more, and shorter than that word).
 */
function clippedReference(ctx: RecognizeContext, actors: readonly ActorMention[], i: number): ActorMention | undefined {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  if (covered[i] || t.kind !== "word" || !t.cap || t.text.length < 3 || t.text === t.text.toUpperCase() || tokens[i - 1]!.lower !== "the") return undefined;
  const next = tokens[i + 1];
  if (next && next.sent === t.sent && ((next.kind === "word" && next.cap) || next.text === "-")) return undefined;
  const clipped = new Map<string, ActorMention>();
  for (const m of actors) {
    if (m.start >= i) break;
    // (a word of letters: not "the State" of "State-owned Kumul Minerals")
    const first = m.actor.name.split(" ")[0]!;
    if (m.actor.type === "Group" && /^\p{L}+$/u.test(first) && first.length > t.text.length && first.startsWith(t.text)) clipped.set(m.actor.key, m);
  }
  const [only] = clipped.values();
  return clipped.size === 1 ? mkMention(i, i + 1, t.sent, only!.actor, t.text, "reference") : undefined;
}

/** The state of the first armed forces named before token `before` ("the Tatmadaw" -> Myanmar), as a state mention. */
function stateOfMilitary(actors: readonly ActorMention[], before: number, lex: Lexicon): ActorMention | undefined {
  const organ = actors.find((m) => m.start < before && m.actor.type === "Group" && m.actor.orgKind === "military" && !!m.actor.state && lex.states.has(m.actor.state));
  return organ ? mkMention(organ.start, organ.end, organ.sent, stateActor(lex, organ.actor.state!), organ.surface, "reference") : undefined;
}

/**
 * "the government" after "a deal brokered by the Swiss government" in an article about Nigeria: a
 * "<state> government" named sentences before yields to the state the article is about, when that state
 * has at least three mentions and twice those of the named one.
 */
function governmentOfArticle(actors: readonly ActorMention[], named: ActorMention, at: number, sent: number, dateline?: string): ActorMention {
  if (named.sent >= sent - 1) return named;
  const counts = stateMentionCounts(actors, dateline, at);
  const own = named.actor.state ? (counts.get(named.actor.state)?.n ?? 0) : 0;
  const { best } = leadingState(counts);
  if (!best?.m || best.m.actor.key === named.actor.key || best.n < 3 || best.n < 2 * own) return named;
  // the text itself must name that state twice: a dateline alone says only where the story was filed
  // ("(ANSA) - Rome, June 19 - The government of the Central African Republic ...")
  const inText = best.n - (best.state === dateline ? 2 : 0);
  return inText >= 2 ? best.m : named;
}

/** "called on the administration to": the American government, in copy that has named the United States. */
function administrationReference(ctx: RecognizeContext, actors: readonly ActorMention[], i: number): ActorMention | undefined {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  if (t.text !== "administration" || covered[i] || tokens[i - 1]!.lower !== "the" || namedAfter(tokens, covered, i)) return undefined;
  if (!actors.some((m) => m.start < i && m.actor.state === "united-states")) return undefined;
  return mkMention(i, i + 1, t.sent, stateActor(ctx.lex, "united-states"), "", "reference");
}

/** "the government of the Central African Republic": the state mention at `start` follows "government of". */
function governmentOf(tokens: readonly Token[], start: number): boolean {
  const k = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  return tokens[k]?.lower === "of" && /^governments?$/.test(tokens[k - 1]?.lower ?? "");
}

/**
 * "OPEC and its allies met ... the group asked Mexico": with no armed group or party named, "the group"
 * is the last body of any kind named in this sentence or the two before.
 */
function lastBodyNamed(actors: readonly ActorMention[], at: number, sent: number): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (const m of actors) {
    if (m.start >= at) break;
    if (m.actor.type === "Group" && m.sent >= sent - 2) found = m;
  }
  return found;
}

/** The last body named right before the same lower-case noun as the reference at `i`, in its sentence or the one before. */
function bodyNamedWithNoun(tokens: readonly Token[], actors: readonly ActorMention[], i: number): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (const m of actors) {
    if (m.start >= i) break;
    const noun = tokens[m.end];
    if (m.actor.type === "Group" && m.sent >= tokens[i]!.sent - 1 && noun?.lower === tokens[i]!.lower && !noun.cap) found = m;
  }
  return found;
}

/** "the 16-nation bloc", "the 27-member bloc": a count of members between "the" and the noun at `i`. */
function memberCountBefore(tokens: readonly Token[], i: number): boolean {
  return /^(nation|member|country|state)$/.test(tokens[i - 1]?.lower ?? "") && tokens[i - 2]?.text === "-" && tokens[i - 3]?.kind === "number" && tokens[i - 4]?.lower === "the";
}

/** Flags of the word before a reference noun: a union officer's title, a modifier ("the interim government"), "the Gulf". */
interface ReferenceFlags {
  readonly unionOfficer: boolean;
  readonly modified: boolean;
  readonly gulf: boolean;
  /** "the world body", "the sport's governing body" */
  readonly worldBody: boolean;
}

/** What the reference noun `lw` at token `i` may stand for, as a test of an earlier actor mention; undefined when it names no kind. */
function antecedentTest(ctx: RecognizeContext, i: number, lw: string, flags: ReferenceFlags): ((m: ActorMention) => boolean) | undefined {
  const { lex, tokens } = ctx;
  const prev = tokens[i - 1]!;
  const { unionOfficer, modified, gulf, worldBody } = flags;
  let want: ((m: ActorMention) => boolean) | undefined;
  if (REF_MILITARY.has(lw)) want = (m) => m.actor.type === "Group" && m.actor.orgKind === "military";
  else if (REF_GROUP.has(lw) && prev.lower === "the") want = (m) => m.actor.type === "Group" && (m.actor.orgKind === "armed-group" || m.actor.orgKind === "political");
  else if (REF_CAPTORS.has(lw) && prev.lower === "the") want = (m) => m.actor.type === "Group" && m.actor.orgKind === "armed-group";
  // "The party had asked": the political party named before, when only one was (not "the party to the talks")
  else if (lw === "party" && prev.lower === "the" && !/^(to|of|in|at|that|which|who)$/.test(tokens[i + 1]?.lower ?? "")) want = (m) => m.actor.type === "Group" && m.actor.orgKind === "political";
  else if (lw === "bloc" && (prev.lower === "the" || memberCountBefore(tokens, i))) want = (m) => m.actor.type === "Group" && m.actor.orgKind === "international";
  // "The world body had asked the IOA to", "the sport's governing body": the last world body named
  else if (worldBody) want = (m) => m.actor.type === "Group" && (m.actor.orgKind === "international" || WORLD_BODY_NAME.test(m.actor.name));
  // "the union": the last trade union named (not "the European Union", which is capitalised)
  else if (lw === "union" && (prev.lower === "the" || unionOfficer)) want = (m) => m.actor.type === "Group" && m.actor.orgKind !== "international" && isUnion(m.actor);
  else if (lw === "government" && (prev.lower === "the" || modified)) want = (m) => m.actor.type === "State" && (/government$/i.test(m.surface) || governmentOf(tokens, m.start));
  else if (REF_BODY.has(lw) && prev.lower === "the") want = (m) => m.actor.type === "Group" && REF_BODY.get(lw)!.test(m.actor.name);
  else if (REF_COMPANY.has(lw) && (prev.lower === "the" || (unionOfficer && lw === "company"))) {
    const names = REF_COMPANY.get(lw) ?? WORD_ONLY;
    want = (m) => m.actor.type === "Group" && m.actor.orgKind !== "international" && !isUnion(m.actor) && (names.test(m.actor.name) || (!!m.actor.employer && !COMPANY_KIND_NOUNS.has(lw)));
  }
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
  return want;
}

/**
 * Definite descriptions that name an actor already introduced: "the army" (the article's military),
 * "the rebels"/"the group" (the last armed group or movement), "the government" (the last state
 * named with its government).
 */
export function findReferences(ctx: RecognizeContext, actors: readonly ActorMention[], places: readonly PlaceMention[] = []): ActorMention[] {
  const { lex, tokens, covered } = ctx;
  const found: ActorMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const head = headReference(ctx, actors, i) ?? crownReference(ctx, actors, i) ?? clippedReference(ctx, actors, i) ?? administrationReference(ctx, actors, i);
    if (head) {
      found.push(head);
      covered[i] = 1;
      continue;
    }
    // "the Netanyahu government", "the Morrison Government", "the Modi administration": a known leader's
    // surname before the government noun names the leader's state
    // (the surname alone: "the Bashar al-Assad regime" names the person too)
    const alone = !tokens[i - 2] || tokens[i - 2]!.sent !== t.sent || /^(the|a|an)$/.test(tokens[i - 2]!.lower);
    const ruled = GOVERNMENT_NOUNS.has(t.lower) && !covered[i] && alone && tokens[i - 1]!.cap && !covered[i - 1] && tokens[i - 1]!.sent === t.sent ? lex.leaderSurnameState(tokens[i - 1]!.text) : undefined;
    if (ruled) {
      found.push(mkMention(i - 1, i + 1, t.sent, stateActor(lex, ruled), "", "reference"));
      covered[i - 1] = 1;
      covered[i] = 1;
      continue;
    }
    // "the Centre", "the Union government": India's federal government, in Indian copy (India named most, the dateline's, or its places' when no state is named)
    if (tokens[i - 1]!.lower === "the" && ((t.text === "Centre" && !tokens[i + 1]?.cap) || (t.text === "Union" && tokens[i + 1]?.lower === "government")) && indianCopy(ctx, actors, places)) {
      found.push(mkMention(i, t.text === "Union" ? i + 2 : i + 1, t.sent, stateActor(ctx.lex, "india"), "", "reference"));
      covered[i] = 1;
      if (t.text === "Union") covered[i + 1] = 1;
      continue;
    }
    // "the North", "the South's delegation": one of two states named North and South (the Koreas, the Sudans);
    // "the Centre"
    const half = tokens[i - 1]!.lower === "the" ? (halfState(ctx, actors, i) ?? (covered[i] ? undefined : centreState(tokens, actors, i))) : undefined;
    if (half) {
      found.push(mkMention(i, i + 1, t.sent, half, "", "reference"));
      covered[i] = 1;
      continue;
    }
    if (bareGovernmentOfState(ctx, actors, found, i)) continue;
    // "The Government delegation called for": a capitalised "Government" before a delegation noun; "asked
    // the Government to": one no name follows (British and translated copy capitalise it)
    const next = tokens[i + 1];
    // ("the Federal Government", "the Transitional Government": a capitalised modifier too)
    // ("a Federal Government team": the state's team, before a delegation noun)
    const det = tokens[i - 2]?.lower === "the" || (tokens[i - 2]?.lower === "a" && DELEGATION_NOUNS.test(next?.text ?? ""));
    const govAt = tokens[i - 1]!.lower === "the" ? i - 1 : GOV_MODIFIER.test(tokens[i - 1]!.text) && det ? i - 2 : -1;
    const capGov =
      (t.text === "Government" || t.text === "Cabinet") &&
      govAt >= 0 &&
      (DELEGATION_NOUNS.test(next?.text ?? "") || !next || next.sent !== t.sent || (!next.cap && next.lower !== "of" && next.text !== "'s"));
    // ("Union President Diana Valles", "Union spokeswoman X", "Company spokeswoman Y": a union's or a
    // company's officer's title opening the sentence)
    const unionOfficer = (t.lower === "union" || t.lower === "company") && tokens[i - 1]?.sent !== t.sent && UNION_OFFICERS.test(next?.lower ?? "");
    if (covered[i] || t.kind !== "word" || (t.cap && !capGov && !unionOfficer) || !REF_WORDS.has(t.lower)) continue;
    // "urged the authorities to", "urged the Cabinet to": the government the article is about, read as
    // "the government" is
    const lw = t.lower === "authorities" || t.lower === "cabinet" ? "government" : UNION_PEOPLE.has(t.lower) && next?.lower !== "of" ? "union" : t.lower;
    const prev = tokens[i - 1]!;
    const gulf = prev.text === "Gulf" && tokens[i - 2]?.lower === "the";
    const oppositionGroups = lw === "opposition" && /^(groups|movements|parties)$/.test(tokens[i + 1]?.lower ?? "");
    // "the interim government", "the military junta": a modifier between "the" and the noun
    // ("a Federal Government team": the capitalised government before a delegation noun, after "a")
    const modified = /^(interim|transitional|caretaker|provisional|military|new|incoming|outgoing|current|national|coalition|civilian|federal|central|union)$/.test(prev.lower) && (tokens[i - 2]?.lower === "the" || (capGov && govAt === i - 2)) && (lw === "government" || lw === "junta" || lw === "regime");
    const worldBody = lw === "body" && WORLD_BODY.test(prev.lower) && /^(the|'s|’s)$/.test(tokens[i - 2]?.lower ?? "");
    const definite = prev.lower === "the" || modified || gulf || oppositionGroups || worldBody || (REF_MILITARY.has(lw) && prev.kind !== "word") || (lw === "bloc" && memberCountBefore(tokens, i));
    const bareMilitary = REF_MILITARY.has(lw) && tokens[i + 1]?.kind === "word" && !tokens[i + 1]!.cap && prev.lower !== "a";
    if (!definite && !bareMilitary && !unionOfficer) continue;
    // "the opposition party Nidaa Tounes", "the rebel group M23": the description of a name that follows
    if (namedAfter(tokens, covered, i)) continue;
    // ("the opposition ANO movement": the word describes the body named right after it)
    if (actors.some((m) => m.start === i + 1 && m.actor.type === "Group")) continue;
    // ("the two main opposition parties, Mapar and TIM": the bodies named in apposition)
    if (oppositionGroups && tokens[i + 2]?.text === "," && actors.some((m) => m.start === i + 3 && m.actor.type === "Group")) continue;
    // "the government of Nicolás Maduro": a leader the gazetteer knows names the government's state
    const ruler = (lw === "government" || lw === "regime") && tokens[i + 1]?.lower === "of" ? rulerState(ctx, i + 2) : undefined;
    if (ruler) {
      found.push(mkMention(i, i + 1, t.sent, ruler, "", "reference"));
      covered[i] = 1;
      continue;
    }
    if (lw === "delegation") {
      // "A delegation from ECOWAS met ... The delegation, led by ...": the actor of the last delegation named
      if (prev.lower !== "the") continue;
      const ante = delegationActor(tokens, actors, i, t.sent);
      if (ante) {
        found.push(mkMention(i, i + 1, t.sent, ante.actor, "", "reference"));
        covered[i] = 1;
      }
      continue;
    }
    const want = antecedentTest(ctx, i, lw, { unionOfficer, modified, gulf, worldBody });
    // "the junta", "the government" without a "<state> government" before it: the state the article is about so far
    const byCount = lw === "junta" || lw === "regime" || (lw === "government" && !want);
    if (!want && !byCount) continue;
    let ante: ActorMention | undefined;
    if (want) {
      // "the rebels", "the guerrillas": an armed group named before wins over a later political party
      const armedWord = REF_GROUP.has(lw) && lw !== "group" && lw !== "movement";
      let armed: ActorMention | undefined;
      for (const m of actors) {
        if (m.start >= i) break;
        if (want(m)) {
          ante = m;
          if (armedWord && m.actor.orgKind === "armed-group") armed = m;
        }
      }
      if (armed) ante = armed;
    }
    // "chairs the LDC group, said the group had demanded": the body last written with the same noun, just before
    if (REF_GROUP.has(lw) && prev.lower === "the") ante = bodyNamedWithNoun(tokens, actors, i) ?? ante;
    if (!ante && lw === "group" && prev.lower === "the") ante = lastBodyNamed(actors, i, t.sent);
    // "the union" when two unions were named says neither (relations/body-references.ts reads it the same way)
    if (ante && lw === "government") ante = governmentOfArticle(actors, ante, i, t.sent, ctx.datelineState);
    // ("PTI founder Imran Khan ..., the party's chairman said": with two parties named, the one of its own
    // sentence; "Podemos, the party led by X": an appositive describing the name before it is no reference)
    if (ante && lw === "party") ante = tokens[i - 2]?.text === "," && actors.some((m) => m.end === i - 2) ? undefined : soleBodyNamed(actors.filter((m) => m.start < i && want!(m)), t.sent);
    // ("X, who heads the education branch of the UMT, said the union had pressed": the union of its own sentence)
    if (ante && lw === "union") ante = soleBodyNamed(actors.filter((m) => m.start < i && want!(m)), t.sent);
    // ("Google executives, including X, the company's president": with two companies named, the one of its own sentence)
    if (ante && REF_COMPANY.has(lw)) ante = soleBodyNamed(actors.filter((m) => m.start < i && want!(m)), t.sent);
    // "the regime", "the junta": the state whose armed forces the article named before ("Myanmar's military", the Tatmadaw)
    if (!ante && (lw === "regime" || lw === "junta")) ante = stateOfMilitary(actors, i, lex);
    if (!ante && (byCount || lw === "government") && (prev.lower === "the" || modified)) {
      ante = t.lower === "authorities" ? clearlyLeadingState(actors, i, ctx.datelineState) : mostMentionedState(ctx, actors, i, ctx.datelineState);
      // (a state named once, in passing, is not the government of a story the article sets elsewhere:
      // "returning from a union congress in Australia" in a story from Phnom Penh about Cambodia)
      if (ante && lw === "government" && !modified && actors.filter((m) => m.start < i && m.actor.key === ante!.actor.key).length === 1) ante = leadingStateOfArticle(ctx, actors, places) ?? ante;
    }
    if (!ante && lw === "government") ante = governmentOfNoStateNamed(ctx, actors, places, found, i);
    // "talks between the government and opposition groups ... the South Sudan Opposition Movements
    // Alliance (SSOMA)": a group named in the next sentences
    if (!ante && want && (oppositionGroups || REF_GROUP.has(lw))) {
      for (const m of actors) {
        if (m.start <= i) continue;
        if (m.sent > t.sent + 2) break;
        if (want(m)) {
          ante = m;
          break;
        }
      }
    }
    // ("urged the federal government to" in a story of Brazil and Cuba: the federation's)
    if (ante && lw === "government" && prev.lower === "federal" && ante.actor.type === "State" && !FEDERATIONS.has(ante.actor.state ?? "")) ante = mostMentionedFederation(actors, i) ?? ante;
    if (!ante) continue;
    found.push(mkMention(i, i + 1, t.sent, ante.actor, "", "reference"));
    covered[i] = 1;
  }
  return found;
}

/** States with a federal government (the press writes "the federal government" of these). */
const FEDERATIONS = new Set(["united-states", "canada", "mexico", "brazil", "argentina", "venezuela", "germany", "austria", "switzerland", "belgium", "russia", "india", "pakistan", "nepal", "malaysia", "australia", "nigeria", "ethiopia", "somalia", "sudan", "south-sudan", "iraq", "united-arab-emirates", "bosnia-and-herzegovina", "comoros", "micronesia", "saint-kitts-and-nevis"]);

/** The federation named most before token i, if any. */
function mostMentionedFederation(actors: readonly ActorMention[], i: number): ActorMention | undefined {
  const count = new Map<string, { m: ActorMention; n: number }>();
  for (const m of actors) {
    if (m.start >= i) break;
    if (m.actor.type !== "State" || !FEDERATIONS.has(m.actor.state ?? "")) continue;
    const c = count.get(m.actor.key) ?? { m, n: 0 };
    c.n++;
    count.set(m.actor.key, c);
  }
  let best: { m: ActorMention; n: number } | undefined;
  for (const c of count.values()) if (!best || c.n > best.n) best = c;
  return best?.m;
}

/** "The Albanese government's fund ... the government": the state of the last government reference read so far. */
function lastStateReference(found: readonly ActorMention[]): ActorMention | undefined {
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.actor.type === "State") return found[k];
  return undefined;
}

/** An article about India: its dateline is Indian, or India is its most named state. */
function indianCopy(ctx: RecognizeContext, actors: readonly ActorMention[], places: readonly PlaceMention[]): boolean {
  if (!ctx.lex.states.has("india")) return false;
  const lead = mostMentionedState(ctx, actors, Number.MAX_SAFE_INTEGER, ctx.datelineState)?.actor.state;
  // (a story of two Indian states that never names India: its places are India's)
  return ctx.datelineState === "india" || lead === "india" || (lead === undefined && places.some((p) => p.state === "india"));
}

/**
 * "the North" at token i in an article naming both North and South Korea (or Sudan and South Sudan): the
 * state of that half; undefined when the word goes on into a name ("the North Atlantic") or only one half is named.
 */
function halfState(ctx: RecognizeContext, actors: readonly ActorMention[], i: number): Actor | undefined {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  if ((t.text !== "North" && t.text !== "South") || covered[i] || (tokens[i + 1]?.cap && tokens[i + 1]!.sent === t.sent)) return undefined;
  const other = t.text === "North" ? "South" : "North";
  let mine: Actor | undefined;
  let theirs = false;
  for (const m of actors) {
    if (m.actor.type !== "State") continue;
    const [first, ...rest] = m.actor.name.split(" ");
    if (first === t.text && rest.length) mine = m.actor;
    else if (first === other || (t.text === "South" && actors.some((x) => x.actor.name === `South ${m.actor.name}`))) theirs = true;
  }
  return mine && theirs ? mine : undefined;
}

/** The state of a leader the gazetteer knows, named by the capitalised words from token `from` ("President Nicolás Maduro"). */
function rulerState(ctx: RecognizeContext, from: number): Actor | undefined {
  const { lex, tokens } = ctx;
  const words: string[] = [];
  for (let k = from; k < from + 5 && tokens[k]?.cap && tokens[k]!.kind === "word" && tokens[k]!.sent === tokens[from]!.sent; k++) words.push(tokens[k]!.text);
  for (let a = 0; a + 2 <= words.length; a++) {
    const id = lex.leaderState(words.slice(a).join(" "));
    if (id && lex.states.has(id)) return stateActor(lex, id);
  }
  return undefined;
}

/** "the Council" (or "the guild", "Coalition spokesman") at token i: a mention of the last organisation named with that head noun, or undefined. */
function headReference(ctx: RecognizeContext, actors: readonly ActorMention[], i: number): ActorMention | undefined {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // "coalition spokesman Louay Safi", "Coalition spokesman X": a head noun right before a role and a name, with no "the"
  // (a role of two words: "Federation secretary general Alex Chow")
  const role = (q: number) => tokens[q]?.kind === "word" && !tokens[q]!.cap && (ROLE_NOUNS.has(tokens[q]!.lower) || OFFICER_NOUNS.has(tokens[q]!.lower));
  const name = role(i + 2) ? tokens[i + 3] : tokens[i + 2];
  const beforeRole = !tokens[i - 1]?.cap && next?.sent === t.sent && role(i + 1) && next!.lower !== "counterpart" && next!.lower !== "counterparts" && !!name?.cap && name.sent === t.sent;
  if (covered[i] || t.kind !== "word" || !HEAD_REFS.has(t.lower) || (tokens[i - 1]!.lower !== "the" && !beforeRole)) return undefined;
  // "the Council of Europe", "the Commission's President": part of a name, or a possessive before a
  // capitalised word ("the Brotherhood's jailed deputy leader" is the body's own)
  const possessive = next?.text === "'s" || next?.text === "’s";
  if (next && next.sent === t.sent && ((next.kind === "word" && (next.cap || next.lower === "of")) || (possessive && tokens[i + 2]?.cap !== false) || next.text === "-")) return undefined;
  const word = HEAD_WORD.get(t.lower)!;
  const head = HEAD_OF_NAME.get(t.lower)!;
  // the last body the noun heads ("the league" after "Premier League ... LMA"), else the last that has it
  let ante: ActorMention | undefined;
  let headed: ActorMention | undefined;
  for (const m of actors) {
    if (m.start >= i) break;
    if (m.actor.type !== "Group" || !word.test(m.actor.name)) continue;
    ante = m;
    if (head.test(m.actor.name)) headed = m;
  }
  const found = headed ?? ante;
  return found ? mkMention(i, i + 1, t.sent, found.actor, "", "reference") : undefined;
}

/** Nouns that a description puts before the name it describes ("the opposition party X"). */
const NAMED_NOUNS = new Set(["party", "parties", "alliance", "coalition", "movement", "group", "bloc", "front", "union", "militia"]);

/** True when the description at token i runs on into a capitalised name nothing recognised ("the opposition party Nidaa Tounes"). */
function namedAfter(tokens: readonly Token[], covered: Uint8Array, i: number): boolean {
  const at = NAMED_NOUNS.has(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1;
  const t = tokens[at];
  return !!t && t.sent === tokens[i]!.sent && t.kind === "word" && t.cap && !covered[at] && at > i + 1;
}

/** The actor of the nearest earlier "delegation" (up to two sentences back): "the Indonesian
 * government delegation", "a delegation from the bloc ECOWAS", "ECOWAS's delegation". */
function delegationActor(tokens: readonly Token[], actors: readonly ActorMention[], i: number, sent: number): ActorMention | undefined {
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

/** "asked the Centre to provide funds": Indian usage for the Union government, once India is named. */
function centreState(tokens: readonly Token[], actors: readonly ActorMention[], i: number): Actor | undefined {
  if (tokens[i]!.text !== "Centre") return undefined;
  return actors.find((m) => m.start < i && m.actor.type === "State" && m.actor.state === "india")?.actor;
}
