// Football clubs, read only in a story about football: many share a city's name ("Liverpool",
// "Barcelona"), which elsewhere is a place. A club's name takes over a place or a capital the gazetteer
// read inside it ("Real Madrid"), never one after a preposition of place ("talks in Barcelona").
import { CLUBS, type ClubEntry } from "../gazetteer/data/clubs.js";
import { nodeKey } from "../util/keys.js";
import { mkActor, mkMention, type Actor, type ActorMention, type RecognizeContext } from "./model.js";

/** Words that show a story is about football. */
const FOOTBALL_SIGNS = /\b(football|footballers?|soccer|UEFA|FIFA|Premier League|Champions League|Europa League|Super League|La Liga|Serie A|Bundesliga|Ligue 1|Copa Libertadores|striker|midfielder|goalkeeper)\b/i;
/** Prepositions after which a city's name is where something happens. */
const PLACE_BEFORE = /^(in|at|to|from|near|outside|inside|into|across|around|via)$/;

interface ClubForm {
  words: readonly string[];
  club: ClubEntry;
  short: boolean;
}

const FORMS: readonly ClubForm[] = CLUBS.flatMap((club) => [
  ...[club.name, ...club.aliases].map((f) => ({ words: f.split(" "), club, short: false })),
  ...club.short.map((f) => ({ words: f.split(" "), club, short: true })),
]).sort((x, y) => y.words.length - x.words.length);

/** Whether the words of `form` are the tokens at `k` (hyphen-joined words as the tokenizer splits them). */
function formAt(ctx: RecognizeContext, k: number, form: readonly string[]): number {
  const { tokens } = ctx;
  let q = k;
  for (const word of form) {
    for (const part of word.split(/(-)/).filter(Boolean)) {
      const t = tokens[q];
      if (!t || t.sent !== tokens[k]!.sent || t.text !== part) return -1;
      q++;
    }
  }
  return q;
}

/**
 * The clubs a football story names, each as a Group; removes from `kept` the gazetteer's mentions inside
 * a club's name ("Madrid" of "Real Madrid").
 */
export function findClubs(ctx: RecognizeContext, kept: ActorMention[], inPlace: Uint8Array): ActorMention[] {
  const { tokens, covered } = ctx;
  if (!FOOTBALL_SIGNS.test(ctx.a.text)) return [];
  const found: ActorMention[] = [];
  const named = new Set<string>();
  const actors = new Map<string, Actor>();
  const actorOf = (club: ClubEntry) => actors.get(club.id) ?? actors.set(club.id, mkActor(nodeKey("Group", club.id), "Group", club.name, undefined, "other")).get(club.id)!;
  for (const shortPass of [false, true]) {
    for (let k = 0; k < tokens.length; k++) {
      const prev = tokens[k - 1];
      if (!tokens[k]!.cap || (prev && prev.sent === tokens[k]!.sent && prev.cap && prev.kind === "word") || PLACE_BEFORE.test(prev?.lower ?? "")) continue;
      for (const form of FORMS) {
        if (form.short !== shortPass || (form.short && !named.has(form.club.id))) continue;
        const end = formAt(ctx, k, form.words);
        // (a name that goes on is another's: "Liverpool City Council", "Real Madrid Foundation")
        if (end < 0 || (tokens[end]?.cap && tokens[end]!.kind === "word" && tokens[end]!.sent === tokens[k]!.sent)) continue;
        if (kept.some((m) => m.start < end && k < m.end && !(m.via === "capital" || m.actor.type === "State"))) continue;
        for (let i = kept.length - 1; i >= 0; i--) if (kept[i]!.start < end && k < kept[i]!.end) kept.splice(i, 1);
        found.push(mkMention(k, end, tokens[k]!.sent, actorOf(form.club), ctx.a.text.slice(tokens[k]!.start, tokens[end - 1]!.end), "club"));
        covered.fill(1, k, end);
        inPlace.fill(0, k, end);
        named.add(form.club.id);
        k = end - 1;
        break;
      }
    }
  }
  return found;
}
