// "The union has demanded ...", "which the alliance has rejected": a definite noun naming a kind of
// body stands for the body the article last named with that word in its name ("the International
// Longshore and Warehouse Union", "the United States Maritime Alliance"); a statement's "The Community"
// is the Community of Sant'Egidio it named. A union may also be named a guild or a brotherhood; not an
// association (employers have those too). Two bodies that fit: none.
import type { Token } from "../nlp/wink.js";
import type { Lexicon } from "../recognize/lexicon.js";
import { mkMention, type Actor, type ActorMention, type Mentions } from "../recognize/model.js";
import type { Chunk } from "./model.js";
import { getOrCreate } from "../util/maps.js";

const GROUP_PREFIX = "group:";

/** Body nouns, and the words one of them matches in a body's name. */
const BODY_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ["union", /\b(Union|Guild|Brotherhood|Teamsters)\b/],
  ["alliance", /\bAlliance\b/],
  ["association", /\bAssociation\b/],
  ["federation", /\bFederation\b/],
  ["coalition", /\bCoalition\b/],
  ["movement", /\bMovement\b/],
  ["front", /\bFront\b/],
  ["guild", /\bGuild\b/],
  ["community", /\bCommunity\b/],
  ["conference", /\bConference\b/],
  ["committee", /\bCommittee\b/],
  ["league", /\bLeague\b/],
  ["tour", /\bTour\b/],
  ["council", /\bCouncil\b/],
  ["commission", /\bCommission\b/],
  ["board", /\bBoard\b/],
  // the names an aid or international organisation goes by ("the organization had acted as a neutral intermediary")
  ["organization", /\b(Organi[sz]ation|Committee of the Red Cross|Red Crescent|Fund|Programme|Agency|Foundation)\b/],
  ["organisation", /\b(Organi[sz]ation|Committee of the Red Cross|Red Crescent|Fund|Programme|Agency|Foundation)\b/],
  ["airline", /\b(Airways|Airlines|Air)\b/],
  // a tribe ("Whanganui Iwi ... The iwi have called on the Crown to")
  ["iwi", /\bIwi\b/],
  ["tribe", /\bTribe\b/],
  // a school district ("Denver Public Schools ... urged the district and the union to")
  ["district", /\b(Schools|School District|Unified|ISD)\b/],
  ["carrier", /\b(Airways|Airlines)\b/],
  // the members for their body: "the referees had demanded" (the NFL Referees Association), "the pilots"
  ["referees", /\bReferees\b/],
  ["pilots", /\bPilots\b/],
  ["nurses", /\bNurses\b/],
  ["doctors", /\bDoctors\b/],
  ["teachers", /\bTeachers\b/],
  ["dockworkers", /\bDockworkers\b/],
  ["longshoremen", /\bLongshoremen\b/],
  ["machinists", /\bMachinists\b/],
]);

/** Chunks for "the <body noun>" that no actor mention covers, headed by the body it stands for. */
export function bodyReferenceChunks(tokens: readonly Token[], m: Mentions, chunkAt: Int32Array, lex?: Lexicon): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const names = BODY_NOUNS.get(t.lower);
    // (a statement names its issuer with a capital: "The Community calls on ...", not "the Community Party")
    const capitalised = t.cap && tokens[k + 1]?.cap && tokens[k + 1]!.sent === t.sent;
    // "the employers' association", "the pilots' union": whose body it is, between "the" and the noun
    const whose = (tokens[k - 1]!.text === "'" || tokens[k - 1]!.text === "’") && tokens[k - 2]?.kind === "word" && !tokens[k - 2]!.cap;
    const start = whose ? k - 3 : k - 1;
    // ("the actors' union SAG-AFTRA" describes the name after it)
    const described = chunkAt[k + 1]! >= 0 || m.actorAt[k + 1]! >= 0;
    if (!names || capitalised || described || chunkAt[k]! >= 0 || tokens[start]?.lower !== "the" || tokens[start]!.sent !== t.sent) continue;
    // "the union of ...", "the union leaders", "the alliance's member carriers" (a possessive still names it)
    const next = tokens[k + 1];
    if (next && next.sent === t.sent && (next.lower === "of" || (next.kind === "word" && !next.cap && /^(leader|leaders|member|members|official|officials|chief|head|president)$/.test(next.lower)))) continue;
    const ante = lastBodyNamed(m, names, start, lex);
    if (ante) out.push({ start, end: k + 1, sent: t.sent, head: mkMention(start, k + 1, t.sent, ante.actor, t.text, "body-reference"), pair: false });
  }
  return out;
}

/** The same words as the name's head noun: "... League" or "League of ...", not "League Players Association". */
const headForms = new Map<RegExp, RegExp>();
function asHead(names: RegExp): RegExp {
  return getOrCreate(headForms, names, () => new RegExp(`${names.source}(?: of\\b.*)?$`));
}

/**
 * The organisation named last before token `before` whose name holds one of `names`' words, or one of
 * its other names in the gazetteer ("the league" for the NFL, the National Football League). When two
 * differ, the one whose head noun it is ("the league" for the NFL, not the NFL Players Association);
 * none when that is still two.
 */
function lastBodyNamed(m: Mentions, names: RegExp, before: number, lex?: Lexicon): ActorMention | undefined {
  const head = asHead(names);
  const fits = (a: Actor, re: RegExp) => re.test(a.name) || !!lex?.orgs.get(a.key.slice(GROUP_PREFIX.length))?.aliases.some((x) => re.test(x));
  const last = new Map<string, ActorMention>();
  for (const am of m.actors) {
    if (am.end > before) break;
    if (am.actor.type === "Group" && fits(am.actor, names)) last.set(am.actor.key, am);
  }
  if (last.size === 1) return [...last.values()][0];
  // two bodies of that kind named so far: the one it heads, else which one "the union" means is not read
  const headed = [...last.values()].filter((am) => fits(am.actor, head));
  return headed.length === 1 ? headed[0] : undefined;
}
