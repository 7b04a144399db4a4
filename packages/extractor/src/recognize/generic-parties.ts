// Party names many countries share, read as the party of the state the article is about: "Labour
// leader Chris Hipkins" in New Zealand, "the Greens" in Germany, "Social Democrat leader Stefan Löfven"
// in Sweden. The bare word must show it names a party (a party role after it, a possessive, a verb, or
// "the" before a plural), and the article's state must have such a party (gazetteer/data/generic-parties.ts).
import { slugify } from "@backchannel/schema";
import { GENERIC_PARTIES } from "../gazetteer/data/generic-parties.js";
import { orgActor } from "./actors.js";
import { articleState, leadingPlaceState, stateMentionCounts } from "./article-state.js";
import { mkActor, mkMention, type ActorMention, type PlaceMention, type RecognizeContext } from "./model.js";
import { nodeKey } from "../util/keys.js";
import { FUNCTION_CAPS, GIVEN_NAMES, PERSON_VERBS } from "./words.js";

/** Words for a party's people or offices after its name ("Labour leader", "Green co-leader", "National MPs"). */
const PARTY_ROLE = /^(leader|leaders|co-leader|co-leaders|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|mp|mps|lawmaker|lawmakers|politician|politicians|candidate|member|members|negotiator|negotiators|whip|senator|senators|government|caucus|delegation)$/;
/** Words between the name and such a role ("Green parliamentary leader", "National's deputy leader"). */
const ROLE_MODIFIERS = new Set(["deputy", "parliamentary", "party", "finance", "health", "foreign", "education", "presidential", "congressional", "state"]);
/**
 * Capitalised titles of a party's lawmakers after its name ("Labour MP X", "Republican Sen. X",
 * "Democratic Rep. Y"): a title's capitals, which the lower-case roles above do not take.
 */
const LAWMAKER_TITLES = new Set(["Leader", "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "TD", "Sen.", "Sens.", "Senator", "Senators", "Rep.", "Reps.", "Representative", "Congressman", "Congresswoman", "Gov.", "Governor", "Mayor"]);
/** Verbs a party acts by ("Labour said", "the Greens had demanded", "whose Social Democrats remain"), persons' acting verbs included. */
const PARTY_VERBS = new Set([...PERSON_VERBS, "has", "had", "have", "is", "are", "was", "were", "will", "would", "won", "lost", "leads", "led", "wants", "wanted", "called", "refused", "voted", "supports", "supported", "backed", "backs", "walked", "remain", "remains", "opposed", "opposes", "formed", "joined", "quit"]);
/** Words right before a demand's addressee ("urged Labor to", "called on the Greens to"). */
const ASKED_BEFORE = /^(urged|urges|urging|pressed|presses|pressing|asked|asks|asking|told|tells|on|upon|challenged|challenges|implored)$/;
/** Adverbs between a party and its verb ("Labour also held talks"). */
const VERB_ADVERBS = new Set(["also", "then", "now", "still", "already", "later", "earlier", "too"]);
/** "Social Democrat", "Christian Democrats", "Free Democrats", "New Democrats": the first words of two-word names. */
const DEMOCRAT_FIRST = new Set(["social", "christian", "free", "new"]);

/** Mentions of generic party names, on tokens no known mention takes. */
export function findGenericParties(ctx: RecognizeContext, known: readonly ActorMention[], places: readonly PlaceMention[] = []): ActorMention[] {
  const { tokens, lex } = ctx;
  // "the Democratic Party ... the Democrats' deputy leader": a party the article names owns its short name
  const local = localPartyWords(known);
  const states = statesInReach(ctx, known, places);
  if (!states.home && !states.others.length && !local.size) return [];
  const taken = new Set<number>();
  for (const m of known) for (let q = m.start; q < m.end; q++) taken.add(q);
  const found: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.kind !== "word" || taken.has(i)) continue;
    // ("the Liberal Democrat leader", "the Christian Democrat X": "Democrat" ending a longer name is no
    // party of its own; "the Scottish Conservative leader" is the Conservatives')
    const prev = tokens[i - 1];
    if (/^democrats?$/.test(t.lower) && prev && prev.sent === t.sent && prev.kind === "word" && prev.cap && !FUNCTION_CAPS.has(prev.text) && !taken.has(i - 1)) continue;
    const two = DEMOCRAT_FIRST.has(t.lower) && tokens[i + 1]?.cap && /^democrats?$/.test(tokens[i + 1]!.lower) && !taken.has(i + 1);
    const end = two ? i + 2 : i + 1;
    const last = tokens[end - 1]!.lower;
    const plural = last.endsWith("s") && !/^(labour|labor)$/.test(last);
    const key = `${two ? `${t.lower} ` : ""}${plural ? last.slice(0, -1) : last}`;
    const own = local.get(key);
    const generic = own ? undefined : genericParty(key, states);
    if ((!own && !generic) || !namesParty(tokens, i, end, plural, taken)) continue;
    const surface = ctx.a.text.slice(t.start, tokens[end - 1]!.end);
    // (a two-word name is read once: "Social Democrat" is not also "Democrat")
    const start = i;
    i = end - 1;
    if (own) {
      found.push(mkMention(start, end, t.sent, own, surface, "generic-party"));
      continue;
    }
    const { id, state: home } = generic!;
    // "urged the Liberal government to", "his Conservative government": the government the party forms, the state's
    if (tokens[end]?.lower === "government" && /^(the|his|her|its|their)$/.test(tokens[start - 1]?.lower ?? "") && lex.states.has(home)) {
      const state = mkActor(nodeKey("State", home), "State", lex.stateName(home), home);
      found.push(mkMention(start, end + 1, t.sent, state, ctx.a.text.slice(t.start, tokens[end]!.end), "reference"));
      continue;
    }
    found.push(mkMention(start, end, t.sent, orgActor(lex, id), surface, "generic-party"));
  }
  return found;
}

/**
 * The states whose parties a generic name may mean: the article's own first, then the others it names
 * ("Nationals leader X" in a story that names Australia once and no other state).
 */
interface StatesInReach {
  readonly home?: string;
  readonly nation?: string;
  /** The other states named, most named first, with their counts. */
  readonly others: readonly { readonly state: string; readonly n: number }[];
}

function statesInReach(ctx: RecognizeContext, known: readonly ActorMention[], places: readonly PlaceMention[]): StatesInReach {
  // the state must lead the count, but a party name needs less evidence than a title: two counts do
  // (a story set in Scotland or Wales may name the United Kingdom too seldom to lead)
  const led = articleState(known, ctx.datelineState, 2, 1)?.state;
  const nation = !led || led === "united-kingdom" ? devolvedNation(ctx.tokens) : undefined;
  const counts = stateMentionCounts(known, ctx.datelineState);
  // ("Conservative Leader Andrew Scheer" in a story that names Montreal, Quebec and Ottawa, never Canada)
  const home = led ?? (nation ? "united-kingdom" : undefined) ?? (counts.size ? undefined : (leadingPlaceState(places)?.state ?? leadersState(ctx)));
  const others = [...counts.values()].filter((c) => c.state !== home).sort((x, y) => y.n - x.n);
  return { ...(home ? { home } : {}), ...(nation ? { nation } : {}), others: others.map((c) => ({ state: c.state, n: c.n })) };
}

/**
 * "Prime Minister Jacinda Ardern ... a cooperation agreement with Labour": in a story that names no state
 * nor place, the state of the known leaders it names in full, when they all lead one state.
 */
function leadersState(ctx: RecognizeContext): string | undefined {
  const { tokens, lex } = ctx;
  let found: string | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!a.cap || !b.cap || a.kind !== "word" || b.kind !== "word" || a.sent !== b.sent) continue;
    const st = lex.leaderState(`${a.text} ${b.text}`, ctx.year);
    if (!st) continue;
    if (found && found !== st) return undefined;
    found = st;
  }
  return found;
}

/**
 * The party a generic name means: the home state's, else that of the state named most that has one
 * ("Labor's immigration spokesman" in a story that names the United States more than Australia), unless
 * another state named as often has one too.
 */
function genericParty(key: string, states: StatesInReach): { id: string; state: string } | undefined {
  const byState = GENERIC_PARTIES[key];
  if (!byState) return undefined;
  const { home, nation, others } = states;
  const homeName = (nation && byState[nation]) || (home && byState[home]);
  if (homeName) return { id: slugify(homeName), state: home! };
  const having = others.filter((c) => byState[c.state]);
  const first = having[0];
  if (!first || having[1]?.n === first.n) return undefined;
  return { id: slugify(byState[first.state]!), state: first.state };
}

/** Words of a party's politics that its members and its short name carry ("the Socialists", "Democrat X"). */
const PARTY_NAME_WORDS = new Set("democratic republican socialist communist conservative liberal labour labor green progressive nationalist national radical unionist federalist agrarian libertarian".split(" "));

/**
 * The short names of the parties the article names, by generic key: "Democratic Party" gives
 * "democratic" and "democrat", "Party of Socialists" gives "socialist". A party named by a gazetteer
 * entry or by its head noun alike.
 */
function localPartyWords(known: readonly ActorMention[]): Map<string, ActorMention["actor"]> {
  const local = new Map<string, ActorMention["actor"]>();
  for (const m of known) {
    if (m.actor.type !== "Group") continue;
    // (not a party of a people, "the Democratic Party of Albanians", whose members are not "Democrats")
    const word = /^(?:The )?(\p{Lu}\p{Ll}+) Party(?: of (?:the )?[\p{L} ]+[^s])?$/u.exec(m.actor.name)?.[1] ?? /^Party of (?:the )?(\p{Lu}\p{Ll}+)s\b/u.exec(m.actor.name)?.[1];
    const w = word?.toLowerCase();
    // ("the Independence Party ... Independence leader Bjarni Benediktsson": a party's own first word names it
    // in its article, whatever the word; "Party of X" only for the words of a party's politics)
    if (!w || (!PARTY_NAME_WORDS.has(w) && !/ Party$/.test(m.actor.name))) continue;
    for (const key of w.endsWith("atic") ? [w, w.slice(0, -2)] : [w]) if (!local.has(key)) local.set(key, m.actor);
  }
  // "the Social Democratic Party of Lithuania ... the Social Democrats": a party named "<X> Democratic
  // Party" owns "<X> Democrats" in its article
  for (const m of known) {
    const two = /^(?:The )?(\p{Lu}\p{Ll}+) Democratic Party\b/u.exec(m.actor.name)?.[1]?.toLowerCase();
    if (m.actor.type === "Group" && two && DEMOCRAT_FIRST.has(two) && !local.has(`${two} democrat`)) local.set(`${two} democrat`, m.actor);
  }
  return local;
}

/** Words that place a British story in Scotland or in Wales. */
const NATION_WORDS: Readonly<Record<string, string>> = {
  scotland: "scotland", scottish: "scotland", edinburgh: "scotland", holyrood: "scotland", glasgow: "scotland", snp: "scotland",
  wales: "wales", welsh: "wales", cardiff: "wales", senedd: "wales", plaid: "wales",
};

/**
 * "Scotland" or "Wales" when the story's words place it there (at least three such words, more than
 * for the other nation): its generic party names are the devolved branches ("the Greens" at Holyrood).
 */
function devolvedNation(tokens: RecognizeContext["tokens"]): string | undefined {
  const count: Record<string, number> = { scotland: 0, wales: 0 };
  for (const t of tokens) {
    const n = t.cap ? NATION_WORDS[t.lower] : undefined;
    if (n) count[n]!++;
  }
  const [best, other] = count.scotland! >= count.wales! ? ["scotland", "wales"] : ["wales", "scotland"];
  return count[best]! >= 3 && count[best]! > count[other]! ? best : undefined;
}

/** Whether the words around a generic name show it is a party's. */
function namesParty(tokens: RecognizeContext["tokens"], i: number, end: number, plural: boolean, taken: ReadonlySet<number>): boolean {
  const next = tokens[end];
  if (!next || next.sent !== tokens[i]!.sent) return false;
  if (plural && tokens[i - 1]?.lower === "the") return true;
  // "Premier Christy Clark's Liberals", "Merkel's Christian Democrats": a plural owned by a name
  if (plural && /^['’]s$/.test(tokens[i - 1]?.text ?? "") && tokens[i - 2]?.cap && tokens[i - 2]!.kind === "word") return true;
  // "Matteo Salvini, whose League pulled the plug": a person's own party
  if (tokens[i - 1]?.lower === "whose" && tokens[i - 2]?.text === ",") return true;
  // ("the Pirates' Þórhildur Sunna Ævarsdóttir": a plural's possessive)
  if (next.text === "'s" || next.text === "’s" || (plural && (next.text === "'" || next.text === "’"))) return true;
  const role = ROLE_MODIFIERS.has(next.lower) ? tokens[end + 1] : next;
  if (role && (role.cap ? LAWMAKER_TITLES.has(role.text) : PARTY_ROLE.test(role.lower))) return true;
  const verb = VERB_ADVERBS.has(next.lower) ? tokens[end + 1] : next;
  if (verb && verb.sent === next.sent && PARTY_VERBS.has(verb.lower)) return true;
  // "Turnbull had urged Labor to back the agreement": the addressee of a demand
  if (next.lower === "to" && ASKED_BEFORE.test(tokens[i - 1]?.lower ?? "")) return true;
  // "Igor Dodon, a Socialist, said", "Thomas Kemmerich, the Free Democrat, as premier": a member's party in apposition
  if ((/^an?$/.test(tokens[i - 1]?.lower ?? "") || (!plural && tokens[i - 1]?.lower === "the")) && tokens[i - 2]?.text === "," && /^(,|\.|who|from|and)$/.test(next.text)) return true;
  return memberBefore(tokens, end, taken);
}

/**
 * "Republican Mitt Romney", "Socialist Zinaida Greceanii as speaker": a party's word right before a
 * member's two-word name, which opens with a given name or ends before a lower-case word.
 */
function memberBefore(tokens: RecognizeContext["tokens"], end: number, taken: ReadonlySet<number>): boolean {
  const [first, second, after] = [tokens[end], tokens[end + 1], tokens[end + 2]];
  if (!first || !second || taken.has(end) || taken.has(end + 1)) return false;
  if (!first.cap || !second.cap || first.kind !== "word" || second.kind !== "word" || second.sent !== first.sent || tokens[end - 1]!.sent !== first.sent) return false;
  return GIVEN_NAMES.has(first.text) || !after || after.sent !== second.sent || !after.cap;
}

/** Parties whose naming places a story in Indian politics. */
const INDIAN_PARTIES = ["bharatiya-janata-party", "aam-aadmi-party", "shiv-sena", "nationalist-congress-party", "all-india-trinamool-congress", "samajwadi-party", "bahujan-samaj-party", "dravida-munnetra-kazhagam", "rashtriya-janata-dal", "telugu-desam-party"];

/**
 * Bodies whose bare name names another state's body in an article about that state: "the Congress" of
 * an Indian story is the Indian National Congress, not the United States Congress. The other state
 * leads the article, or one of its parties (`signs`) is named in it; a name shared across fields (an
 * acronym) has only its signs.
 */
const SHARED_BARE_NAMES: readonly { readonly id: string; readonly surface: RegExp; readonly state?: string; readonly other: string; readonly signs: readonly string[] }[] = [
  { id: "us-congress", surface: /^Congress$/, state: "india", other: "indian-national-congress", signs: INDIAN_PARTIES },
  // "the Liberals (Venstre)" of a Norwegian story: Norway's Liberal Party, not Denmark's Venstre
  { id: "venstre", surface: /^Venstre$/, state: "norway", other: "liberal-party-of-norway", signs: ["conservative-party-of-norway", "progress-party-of-norway", "christian-democratic-party-of-norway", "centre-party-of-norway", "norwegian-labour-party"] },
  // "Peoples Democratic Party (PDP) patron Mufti Mohammad Sayeed ... with the BJP": Kashmir's PDP, not Nigeria's
  {
    id: "peoples-democratic-party-of-nigeria",
    surface: /^(?:Peoples|People's|People’s) Democratic Party$|^PDP$/,
    state: "india",
    other: "jammu-and-kashmir-peoples-democratic-party",
    signs: [...INDIAN_PARTIES, "indian-national-congress", "jammu-and-kashmir-national-conference"],
  },
  // "a FIFA and AFC ad hoc committee": the Asian Football Confederation, not Congo's rebel alliance, in a
  // story that names a football body
  { id: "afc", surface: /^AFC$/, other: "asian-football-confederation", signs: ["fifa", "uefa", "caf", "concacaf", "conmebol", "fifpro"] },
  // "took over as ICC chair" in a story that names a cricket board: the International Cricket Council,
  // not the International Criminal Court
  { id: "icc", surface: /^ICC$/, other: "international-cricket-council", signs: ["bcci", "pcb", "bcb", "cricket-australia", "cricket-south-africa", "cricket-west-indies", "england-and-wales-cricket-board", "new-zealand-cricket", "sri-lanka-cricket", "zimbabwe-cricket", "asian-cricket-council", "australian-cricketers-association"] },
];

/**
 * States whose national legislature is a Congress: in an article about one of them, a bare "Congress"
 * ("urged Congress to guarantee Lugo due process") is that state's, not the United States'.
 */
const CONGRESS_STATES = new Set(["argentina", "bolivia", "brazil", "chile", "colombia", "dominican-republic", "ecuador", "guatemala", "honduras", "mexico", "paraguay", "peru", "philippines", "spain", "micronesia"]);

/** The mentions, with each shared bare name re-pointed where the article is about the other state. */
export function repointSharedNames(ctx: RecognizeContext, actors: readonly ActorMention[]): ActorMention[] {
  const led = articleState(actors, ctx.datelineState, 2, 1)?.state;
  let out: ActorMention[] | undefined;
  if (actors.some((m) => m.actor.key === "group:us-congress")) {
    // (a Congress state must lead twice over: "Republicans in Congress" in a story about U.S.-Mexico talks)
    const congressState = articleState(actors, ctx.datelineState, 2, 2)?.state;
    out = repointCongress(ctx, actors, congressState && CONGRESS_STATES.has(congressState) ? congressState : undefined);
  }
  // "Leaders of the Nepali Congress ... A Congress spokesman": a party named with "Congress" last owns
  // the bare word after it, outside American stories
  const congressParty = actors.find((m) => m.actor.type === "Group" && m.actor.orgKind === "political" && / Congress$/.test(m.actor.name));
  if (congressParty && led !== "united-states") {
    out ??= actors.slice();
    for (const [i, m] of out.entries())
      if (m.actor.key === "group:us-congress" && m.surface === "Congress" && m.start > congressParty.start) out[i] = mkMention(m.start, m.end, m.sent, congressParty.actor, m.surface, m.via);
  }
  for (const shared of SHARED_BARE_NAMES) {
    if (!ctx.lex.orgs.has(shared.other)) continue;
    if ((!shared.state || led !== shared.state) && !actors.some((m) => shared.signs.includes(m.actor.key.replace(/^group:/, "")))) continue;
    out ??= actors.slice();
    for (const [i, m] of out.entries()) {
      if (m.actor.key !== `group:${shared.id}` || !shared.surface.test(m.surface)) continue;
      out[i] = mkMention(m.start, m.end, m.sent, orgActor(ctx.lex, shared.other), m.surface, m.via);
    }
  }
  return out ?? actors.slice();
}

/**
 * The mentions, with a bare "Congress" read as the Congress of a state that has one: the state named
 * right before it ("Argentina's Congress", "the Peruvian Congress"), else `led`, the state the article
 * is about ("urged Congress to guarantee Lugo due process" in a Paraguayan story).
 */
function repointCongress(ctx: RecognizeContext, actors: readonly ActorMention[], led: string | undefined): ActorMention[] {
  const { tokens } = ctx;
  return actors.map((m, i) => {
    if (m.actor.key !== "group:us-congress" || m.surface !== "Congress") return m;
    const possessive = /^['’]s?$/.test(tokens[m.start - 1]?.text ?? "");
    const before = actors[i - 1];
    const owner = before && before.actor.type === "State" && before.end === (possessive ? m.start - 1 : m.start) ? before.actor.state : undefined;
    const state = owner ?? led;
    if (!state || !CONGRESS_STATES.has(state) || !ctx.lex.states.has(state)) return m;
    const name = `${ctx.lex.stateName(state)} Congress`;
    return mkMention(m.start, m.end, m.sent, mkActor(nodeKey("Group", name), "Group", name, state, "government-office"), m.surface, m.via);
  });
}
