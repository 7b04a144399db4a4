// Party names many countries share, read as the party of the state the article is about: "Labour
// leader Chris Hipkins" in New Zealand, "the Greens" in Germany, "Social Democrat leader Stefan Löfven"
// in Sweden. The bare word must show it names a party (a party role after it, a possessive, a verb, or
// "the" before a plural), and the article's state must have such a party (gazetteer/data/generic-parties.ts).
import { slugify } from "@backchannel/schema";
import { GENERIC_PARTIES } from "../gazetteer/data/generic-parties.js";
import { orgActor } from "./actors.js";
import { articleState } from "./article-state.js";
import { mkActor, mkMention, type ActorMention, type RecognizeContext } from "./model.js";
import { nodeKey } from "../util/keys.js";
import { PERSON_VERBS } from "./words.js";

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
/** Adverbs between a party and its verb ("Labour also held talks"). */
const VERB_ADVERBS = new Set(["also", "then", "now", "still", "already", "later", "earlier", "too"]);
/** "Social Democrat", "Christian Democrats", "Free Democrats": the first words of two-word names. */
const DEMOCRAT_FIRST = new Set(["social", "christian", "free"]);

/** Mentions of generic party names, on tokens no known mention takes. */
export function findGenericParties(ctx: RecognizeContext, known: readonly ActorMention[]): ActorMention[] {
  // the state must lead the count, but a party name needs less evidence than a title: two counts do
  // (a story set in Scotland or Wales may name the United Kingdom too seldom to lead)
  const { tokens, lex } = ctx;
  const led = articleState(known, ctx.datelineState, 2, 1)?.state;
  const nation = !led || led === "united-kingdom" ? devolvedNation(tokens) : undefined;
  const home = led ?? (nation ? "united-kingdom" : undefined);
  if (!home) return [];
  const taken = new Set<number>();
  for (const m of known) for (let q = m.start; q < m.end; q++) taken.add(q);
  const found: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.kind !== "word" || taken.has(i)) continue;
    const two = DEMOCRAT_FIRST.has(t.lower) && tokens[i + 1]?.cap && /^democrats?$/.test(tokens[i + 1]!.lower) && !taken.has(i + 1);
    const end = two ? i + 2 : i + 1;
    const last = tokens[end - 1]!.lower;
    const plural = last.endsWith("s") && !/^(labour|labor)$/.test(last);
    const key = `${two ? `${t.lower} ` : ""}${plural ? last.slice(0, -1) : last}`;
    const name = (nation && GENERIC_PARTIES[key]?.[nation]) || GENERIC_PARTIES[key]?.[home];
    if (!name || !namesParty(tokens, i, end, plural)) continue;
    const id = slugify(name);
    if (!lex.orgs.has(id)) continue;
    // "urged the Liberal government to": the government the party forms, the state's
    if (tokens[end]?.lower === "government" && tokens[i - 1]?.lower === "the" && lex.states.has(home)) {
      const state = mkActor(nodeKey("State", home), "State", lex.stateName(home), home);
      found.push(mkMention(i, end + 1, t.sent, state, ctx.a.text.slice(t.start, tokens[end]!.end), "reference"));
      continue;
    }
    found.push(mkMention(i, end, t.sent, orgActor(lex, id), ctx.a.text.slice(t.start, tokens[end - 1]!.end), "generic-party"));
  }
  return found;
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
function namesParty(tokens: RecognizeContext["tokens"], i: number, end: number, plural: boolean): boolean {
  const next = tokens[end];
  if (!next || next.sent !== tokens[i]!.sent) return false;
  if (plural && tokens[i - 1]?.lower === "the") return true;
  // "Matteo Salvini, whose League pulled the plug": a person's own party
  if (tokens[i - 1]?.lower === "whose" && tokens[i - 2]?.text === ",") return true;
  if (next.text === "'s" || next.text === "’s") return true;
  const role = ROLE_MODIFIERS.has(next.lower) ? tokens[end + 1] : next;
  if (role && (role.cap ? LAWMAKER_TITLES.has(role.text) : PARTY_ROLE.test(role.lower))) return true;
  const verb = VERB_ADVERBS.has(next.lower) ? tokens[end + 1] : next;
  return !!verb && verb.sent === next.sent && PARTY_VERBS.has(verb.lower);
}

/**
 * Bodies whose bare name names another state's body in an article about that state: "the Congress" of
 * an Indian story is the Indian National Congress, not the United States Congress. The other state
 * leads the article, or one of its parties (`signs`) is named in it.
 */
const SHARED_BARE_NAMES: readonly { readonly id: string; readonly surface: RegExp; readonly state: string; readonly other: string; readonly signs: readonly string[] }[] = [
  {
    id: "us-congress",
    surface: /^Congress$/,
    state: "india",
    other: "indian-national-congress",
    signs: ["bharatiya-janata-party", "aam-aadmi-party", "shiv-sena", "nationalist-congress-party", "all-india-trinamool-congress", "samajwadi-party", "bahujan-samaj-party", "dravida-munnetra-kazhagam", "rashtriya-janata-dal", "telugu-desam-party"],
  },
];

/** The mentions, with each shared bare name re-pointed where the article is about the other state. */
export function repointSharedNames(ctx: RecognizeContext, actors: readonly ActorMention[]): ActorMention[] {
  const led = articleState(actors, ctx.datelineState, 2, 1)?.state;
  let out: ActorMention[] | undefined;
  for (const shared of SHARED_BARE_NAMES) {
    if (!ctx.lex.orgs.has(shared.other)) continue;
    if (led !== shared.state && !actors.some((m) => shared.signs.includes(m.actor.key.replace(/^group:/, "")))) continue;
    out ??= actors.slice();
    for (const [i, m] of out.entries()) {
      if (m.actor.key !== `group:${shared.id}` || !shared.surface.test(m.surface)) continue;
      out[i] = mkMention(m.start, m.end, m.sent, orgActor(ctx.lex, shared.other), m.surface, m.via);
    }
  }
  return out ?? actors.slice();
}

