// Legislative chambers named by their bare word: "the Senate", "the House", "Senate Majority Leader X",
// "House Speaker Y", "the Philippine Senate". Analysts follow who speaks for a chamber (a speaker, a
// majority leader) and what a chamber demands, so the chamber is a Group of its own, of the state the
// text ties it to: a state named right before it ("the Philippine Senate", "Nigeria's Senate"), else the
// state the article is about. Longer names ("House of Commons", "Senate Foreign Relations Committee",
// "House Republicans") are other readers'.
import { nodeKey } from "../util/keys.js";
import { orgActor } from "./actors.js";
import { articleState } from "./article-state.js";
import type { Lexicon } from "./lexicon.js";
import { mkActor, mkMention, type Actor, type ActorMention, type RecognizeContext } from "./model.js";

/** Capitalised words after a chamber's word that keep it the chamber: its officers' titles. */
const CHAMBER_OFFICERS = new Set(["Speaker", "President", "Majority", "Minority", "Leader", "Whip", "Chair", "Chairman", "Chairwoman", "Deputy", "Clerk", "Pro"]);
/** Words before "House" that make it a chamber ("the Lower House"). */
const HOUSE_SIDES = new Set(["Lower", "Upper"]);
/** States whose lower chamber is a House of Commons; elsewhere "the House" is a House of Representatives. */
const COMMONS: Readonly<Record<string, string | undefined>> = { "united-kingdom": "house-of-commons", canada: undefined };

/** Chamber mentions on tokens no mention covers yet, given the actors found so far (in text order). */
export function findChambers(ctx: RecognizeContext, known: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered, lex } = ctx;
  const found: ActorMention[] = [];
  const byEnd = new Map(known.map((m) => [m.end, m] as const));
  let led: string | undefined | null = null;
  const named = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.text !== "Senate" && t.text !== "House") || covered[i] || ctx.headline[t.sent]) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const side = t.text === "House" && prev && HOUSE_SIDES.has(prev.text) && !covered[i - 1] ? i - 1 : i;
    const before = tokens[side - 1];
    // "the Philippine Senate", "U.S. Senate", "Nigeria's Senate": the state named right before
    const possessive = before && /^['’]s?$/.test(before.text) ? byEnd.get(side - 1) : undefined;
    const owner = byEnd.get(side)?.actor.type === "State" ? byEnd.get(side) : possessive?.actor.type === "State" ? possessive : undefined;
    // ("the White House", "State House", "Lancaster House": another capitalised word's building)
    if (before?.cap && before.kind === "word" && before.sent === t.sent && !owner && before.text !== "The") continue;
    // ("House of Commons", "Senate Foreign Relations Committee": a longer name)
    // (but "Speaker of the House Nancy Pelosi": the officer's name after the title)
    const officerOf = prev?.lower === "the" && tokens[i - 2]?.lower === "of" && CHAMBER_OFFICERS.has(tokens[i - 3]?.text ?? "");
    const longer = next?.cap && next.kind === "word" && !CHAMBER_OFFICERS.has(next.text) && !officerOf;
    if (next?.sent === t.sent && (longer || (next.lower === "of" && tokens[i + 2]?.cap))) continue;
    // a bare "House" is a chamber after "the" or before an officer's title ("House Speaker X")
    const officer = !!next?.cap && CHAMBER_OFFICERS.has(next.text);
    if (t.text === "House" && side === i && !officer && !/^the$/i.test(before?.text ?? "") && !owner) continue;
    if (led === null) led = articleState(known, ctx.datelineState, 2, 1)?.state;
    // (a chamber once named with its state keeps it: "the Philippine Senate ... Senate President X")
    const state = owner?.actor.state ?? named.get(t.text) ?? led;
    if (owner?.actor.state) named.set(t.text, owner.actor.state);
    const surface = ctx.a.text.slice(tokens[side]!.start, t.end);
    found.push(mkMention(side, i + 1, t.sent, chamberActor(lex, t.text === "Senate" ? "Senate" : surface, state), surface, "chamber"));
    for (let q = side; q <= i; q++) covered[q] = 1;
  }
  return found;
}

/** The chamber `word` ("Senate", "House", "Lower House") of `state`, named with its state ("Nigeria Senate"). */
function chamberActor(lex: Lexicon, word: string, state: string | undefined): Actor {
  const commons = state ? COMMONS[state] : undefined;
  if (word === "House" && commons && lex.orgs.has(commons)) return orgActor(lex, commons);
  const full = word === "House" ? (state && state in COMMONS ? "House of Commons" : "House of Representatives") : word;
  const name = state ? `${lex.stateName(state)} ${full}` : full;
  return mkActor(nodeKey("Group", name), "Group", name, state, "government-office");
}
