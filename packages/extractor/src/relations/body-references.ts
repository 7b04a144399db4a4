// "The union has demanded ...", "which the alliance has rejected": a definite noun naming a kind of
// body stands for the body the article last named with that word in its name ("the International
// Longshore and Warehouse Union", "the United States Maritime Alliance"); a statement's "The Community"
// is the Community of Sant'Egidio it named. A union may also be named a guild or a brotherhood; not an
// association (employers have those too). Two bodies that fit: none.
import type { Token } from "../nlp/wink.js";
import { mkMention, type ActorMention, type Mentions } from "../recognize/model.js";
import type { Chunk } from "./model.js";

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
export function bodyReferenceChunks(tokens: readonly Token[], m: Mentions, chunkAt: Int32Array): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const names = BODY_NOUNS.get(t.lower);
    // (a statement names its issuer with a capital: "The Community calls on ...", not "the Community Party")
    const capitalised = t.cap && tokens[k + 1]?.cap && tokens[k + 1]!.sent === t.sent;
    if (!names || capitalised || chunkAt[k]! >= 0 || tokens[k - 1]!.lower !== "the" || tokens[k - 1]!.sent !== t.sent) continue;
    // "the union of ...", "the union leaders", "the alliance's member carriers" (a possessive still names it)
    const next = tokens[k + 1];
    if (next && next.sent === t.sent && (next.lower === "of" || (next.kind === "word" && !next.cap && /^(leader|leaders|member|members|official|officials|chief|head|president)$/.test(next.lower)))) continue;
    const ante = lastBodyNamed(m, names, k - 1);
    if (ante) out.push({ start: k - 1, end: k + 1, sent: t.sent, head: mkMention(k - 1, k + 1, t.sent, ante.actor, t.text, "body-reference"), pair: false });
  }
  return out;
}

/** The organisation named last before token `before` whose name holds one of `names`' words; none when two differ. */
function lastBodyNamed(m: Mentions, names: RegExp, before: number): ActorMention | undefined {
  let found: ActorMention | undefined;
  const keys = new Set<string>();
  for (const am of m.actors) {
    if (am.end > before) break;
    if (am.actor.type !== "Group" || !names.test(am.actor.name)) continue;
    found = am;
    keys.add(am.actor.key);
  }
  // two bodies of that kind named so far: which one "the union" means is not read
  return keys.size === 1 ? found : undefined;
}
