// Applies the relation rules (./rules.ts) to one article's sentences. Arguments are read from
// "chunks": actor mentions glued by possessives, titles and descriptors ("the head of Israel's
// Mossad" is one chunk whose head is Mossad), coordinated into lists ("the United States, Qatar
// and Egypt"). The head of a chunk is its person if it names one, else its last actor: unnamed
// officials stand for their organisation or state.
import { CAMEO, type RelationType } from "@backchannel/schema";
import { nodeKey } from "../util/keys.js";
import type { Analysis, Sentence, Token } from "../nlp/wink.js";
import type { Lexicon } from "../recognize/lexicon.js";
import type { Actor, ActorMention, Mentions } from "../recognize/mentions.js";
import { mkActor, mkMention } from "../recognize/mentions.js";
import type { ArticleMeeting, MeetingMention } from "../recognize/meetings.js";
import { DESCRIPTORS, HONORIFICS, RANK_WORDS, TITLE_MODIFIERS, WEEKDAY, set } from "../recognize/words.js";
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;
import { RULES, type RelationRule } from "./rules.js";

export type FactTarget = { actor: Actor } | { meeting: number };

export interface Fact {
  type: RelationType;
  source: Actor;
  target: FactTarget;
  rule: string;
  confidence: number;
  sent: number;
  cameo?: string;
  what?: string;
  role?: string;
}

interface PendingDemand {
  source: Actor;
  target?: Actor;
  rule: RelationRule;
  sent: number;
  cameo: string;
  what?: string;
}

interface Chunk {
  start: number;
  end: number;
  sent: number;
  head: ActorMention;
  /** "the two sides", "both parties": the article's two opposing parties, resolved when read. */
  pair?: boolean;
  /** "the two men": the two persons named last, resolved when the chunk is made. */
  members?: Actor[];
}

/** "the two sides", "both parties", "the warring parties", "the two leaders". */
const PERSON_PAIR_NOUNS = set(`men women`);
const PAIR_NOUNS = set(`sides parties countries rivals delegations leaders governments neighbours neighbors foes adversaries camps`);

// ------------------------------------------------------------------ compiled rules
interface Step {
  words: ReadonlySet<string>;
  optional: boolean;
  repeat: boolean;
}
interface Compiled {
  rule: RelationRule;
  steps: Step[];
  requiresAfter?: ReadonlySet<string>;
  notAfter?: ReadonlySet<string>;
}
function compile(rule: RelationRule): Compiled {
  const steps = rule.pattern.split(/\s+/).map((raw) => {
    const repeat = raw.endsWith("*");
    const optional = repeat || raw.endsWith("?");
    const body = raw.replace(/[?*]$/, "");
    return { words: new Set(body.split("|")), optional, repeat };
  });
  const c: Compiled = { rule, steps };
  if (rule.requiresAfter) c.requiresAfter = set(rule.requiresAfter);
  if (rule.notAfter) c.notAfter = new Set(rule.notAfter.split("|"));
  return c;
}
const BY_FIRST = new Map<string, Compiled[]>();
for (const r of RULES) {
  const c = compile(r);
  for (const w of c.steps[0]!.words) {
    const list = BY_FIRST.get(w) ?? [];
    list.push(c);
    BY_FIRST.set(w, list);
  }
}

/** Token index after the match, or -1. Greedy per step (patterns are short and unambiguous). */
function matchAt(c: Compiled, tokens: readonly Token[], i: number): number {
  const sent = tokens[i]!.sent;
  let j = i;
  for (const st of c.steps) {
    if (st.repeat) {
      let n = 0;
      while (n < 4 && tokens[j] && tokens[j]!.sent === sent && st.words.has(tokens[j]!.lower)) {
        j++;
        n++;
      }
      continue;
    }
    const t = tokens[j];
    if (t && t.sent === sent && st.words.has(t.lower)) j++;
    else if (!st.optional) return -1;
  }
  return j;
}

const PAIR_ACTOR: Actor = mkActor("pair:", "State", "");

// ------------------------------------------------------------------ word classes for gaps
const GLUE = set(`'s ' of the a an its their his her ( )`);
/** "the Rwanda-backed M23": the backer is named, the head is the group. */
const HYPHEN_GLUE = set(`backed aligned allied supported funded armed controlled sponsored affiliated linked`);
const LIST_COORD = set(`, and or & plus alongside along together well both`);
const LIST_GAP = set(`, and or & plus alongside along together with well both the also its their his her`);
const PRE_GAP = set(`
  has have had is are was were will would could should may might must can also reportedly recently then later
  previously already again still now not n't never been being jointly separately repeatedly publicly once first
  earlier today yesterday tonight on last this week month morning evening afternoon night late early long
  privately firmly consistently due set scheduled expected likely poised ready willing able going
  do does did who which not n't never whose both all together officially formally finally successfully effectively
  directly indirectly personally quietly secretly currently initially just to reportedly ( )
  always often long repeatedly statement communique communiqué
`);
const OBJ_GAP = set(`ousted deposed detained jailed exiled imprisoned the a an its their his her both with counterparts counterpart representatives officials official delegation delegations leaders leader members from of top senior envoys envoy negotiators team teams`);
const NEGATION = set(`not n't never no`);
const PLACE_WORDS = set(`capital city town village resort port region province island border coast mountains countryside`);
const SPEECH = set(`said says told tells added adds wrote announced stated`);
const PEOPLE_NOUNS = set(`counterparts counterpart officials official leaders leader representatives delegations delegation envoys envoy negotiators diplomats ministers authorities`);
const APPOSITIVE_ADJ = set(`acting former veteran seasoned career longtime long-time retired experienced respected prominent influential powerful then`);
const DELEG_NOUNS = set(`delegation delegations team teams side negotiators panel`);
const MEDIATOR_ROLE = /\b(mediator|facilitator|broker|intermediary|go-between)s?\b/i;
const NOT_PARTY_KINDS = new Set(["international", "media", "ngo"]);
const CLAUSE_BREAK = set(`; : " “ ” that if because while but whereas although though when after before since until`);

function isDateWord(t: Token): boolean {
  return t.kind === "number" || WEEKDAY.has(t.lower) || (t.cap && MONTH_WORD.test(t.lower));
}

export interface RelationInput {
  analysis: Analysis;
  mentions: Mentions;
  meetings: ArticleMeeting[];
  meetingMentions: MeetingMention[];
  lex: Lexicon;
}

export function extractRelations(inp: RelationInput): Fact[] {
  const { analysis: a, mentions: m, meetings, meetingMentions, lex } = inp;
  const { tokens, sentences } = a;
  const n = tokens.length;
  const facts: Fact[] = [];

  // ---- chunks
  const chunks: Chunk[] = [];
  const chunkAt = new Int32Array(n).fill(-1);
  {
    let cur: Chunk | undefined;
    for (const am of m.actors) {
      if (cur && cur.sent === am.sent && appositiveGap(cur.end, am.start, cur.head.actor.type === "Person", am.actor.type === "Person")) {
        cur.end = am.end;
        if (am.actor.type === "Person") cur.head = am;
        continue;
      }
      if (cur && cur.sent === am.sent && gapAll(cur.end, am.start, (t, k) => GLUE.has(t.lower) || m.titleAt[k]! >= 0 || (HONORIFICS.has(t.text) && k === am.start - 1 && am.actor.type === "Person" && cur!.head.actor.type !== "Person") || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || (t.text === "-" && HYPHEN_GLUE.has(tokens[k + 1]?.lower ?? "")) || (HYPHEN_GLUE.has(t.lower) && tokens[k - 1]?.text === "-"))) {
        cur.end = am.end;
        if (am.actor.type === "Person" || cur.head.actor.type !== "Person") cur.head = am;
        continue;
      }
      cur = { start: am.start, end: am.end, sent: am.sent, head: am, pair: false };
      chunks.push(cur);
    }
    // "the two sides", "both parties": a chunk standing for the two parties
    let added = false;
    for (let k = 1; k < n; k++) {
      const t = tokens[k]!;
      const personPair = PERSON_PAIR_NOUNS.has(t.lower);
      if ((!PAIR_NOUNS.has(t.lower) && !personPair) || m.actorAt[k]! >= 0) continue;
      const p1 = tokens[k - 1]!.lower;
      const p2 = tokens[k - 2]?.lower;
      if (personPair) {
        // "Weizman developed a rapport with Sadat, and the two men held talks": the two persons named
        // last, in this sentence or the one before
        if (!((p1 === "two" && p2 === "the") || p1 === "both") || m.actorAt[k - 1]! >= 0) continue;
        const start = p1 === "both" ? k - 1 : k - 2;
        const members: Actor[] = [];
        for (let q = m.actors.length - 1; q >= 0 && members.length < 2; q--) {
          const am = m.actors[q]!;
          if (am.end > start) continue;
          if (am.sent < t.sent - 1) break;
          if (am.actor.type === "Person" && !members.some((x) => x.key === am.actor.key)) members.push(am.actor);
        }
        if (members.length < 2) continue;
        chunks.push({ start, end: k + 1, sent: t.sent, head: mkMention(start, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true, members: members.reverse() });
        added = true;
        continue;
      }
      let start = -1;
      if ((p1 === "two" && p2 === "the") || (p1 === "warring" && p2 === "the")) start = k - 2;
      else if (p1 === "both" || (p1 === "rival" && p2 === "the" && t.lower !== "delegations")) start = k - 1 - (p1 === "rival" ? 1 : 0);
      if (start < 0 || tokens[k + 1]?.lower === "of" || (tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === "'s")) continue;
      if (m.actorAt[start]! >= 0) continue;
      chunks.push({ start, end: k + 1, sent: t.sent, head: mkMention(start, k + 1, t.sent, PAIR_ACTOR, "", "pair"), pair: true });
      added = true;
    }
    if (added) chunks.sort((x, y) => x.start - y.start);
    chunks.forEach((c, idx) => {
      for (let k = c.start; k < c.end; k++) chunkAt[k] = idx;
    });
  }
  /**
   * A title appositive joins a person and the actor it names: "Stephanie Williams, the acting head of
   * UNSMIL" (person first) and "Kosovo's prime minister, Albin Kurti" (title phrase first).
   */
  function appositiveGap(from: number, to: number, curPerson: boolean, nextPerson: boolean): boolean {
    if (curPerson === nextPerson || to - from > 8 || to <= from) return false;
    let comma = -1;
    let title = false;
    let tail = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (t.text === ",") {
        if (comma >= 0) return false;
        comma = k;
        continue;
      }
      if (m.titleAt[k]! >= 0) title = true;
      else if (GLUE.has(t.lower) || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower)) continue;
      // "the EU's coordinator for the talks, Enrique Mora": a short prepositional tail after the title
      else if (!curPerson && title && comma < 0 && t.kind === "word" && ++tail <= 4 && (tail > 1 || /^(for|to|in|on|at|of|from|with)$/.test(t.lower))) continue;
      else return false;
    }
    // "Josep Borrell, the EU's foreign policy chief": the title may follow the actor
    if (curPerson && !title) {
      const am = m.actorAt[to]! >= 0 ? m.actors[m.actorAt[to]!]! : undefined;
      const after = am ? am.end : to;
      for (let k = after; k < after + 4 && k < n; k++) {
        if (m.titleAt[k]! >= 0) {
          title = true;
          break;
        }
        const t = tokens[k]!;
        if (!(GLUE.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower))) break;
      }
    }
    if (comma < 0 || !title) return false;
    if (curPerson) return comma === from;
    // "Qatar's foreign minister, Sheikh Mohammed ...": only titles and honorifics after the comma
    for (let k = comma + 1; k < to; k++) if (m.titleAt[k]! < 0) return false;
    return true;
  }
  function describesPlace(c: Chunk): boolean {
    if (c.head.via !== "demonym") return false;
    for (let k = c.end; k < c.end + 3 && k < n; k++) {
      const lw = tokens[k]!.lower;
      if (PLACE_WORDS.has(lw)) return true;
      if (tokens[k]!.kind !== "word") return false;
    }
    return false;
  }
  function gapAll(from: number, to: number, ok: (t: Token, k: number) => boolean): boolean {
    for (let k = from; k < to; k++) if (!ok(tokens[k]!, k)) return false;
    return true;
  }

  /** ", [and] the <modifiers> <title> [to|of|for <place or words>]," between two persons of a list. */
  const titledListGap = (from: number, to: number, c1: Chunk, c2: Chunk): boolean => {
    if (c1.head.actor.type !== "Person" || c2.head.actor.type !== "Person" || to - from > 10 || to - from < 3) return false;
    if (tokens[to - 1]!.text !== ",") return false;
    let k = from + 1;
    if (tokens[from]!.text !== ",") {
      // "B, the Algerian | Ambassador to Washington, C": the title's state was read into the chunk of the
      // person before, after a comma
      if (!(c1.head.end < c1.end && tokens[c1.head.end]!.text === ",")) return false;
      k = from;
    } else if (tokens[k]!.lower === "and" || tokens[k]!.lower === "or") k++;
    let title = false;
    let loose = 0;
    for (; k < to - 1; k++) {
      const t = tokens[k]!;
      if (m.titleAt[k]! >= 0) {
        title = true;
        loose = 0;
        continue;
      }
      if (GLUE.has(t.lower) || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || APPOSITIVE_ADJ.has(t.lower)) continue;
      // "governor of the central bank", "Ambassador to Washington": a short tail after the title
      if (title && (/^(to|of|for|in|at)$/.test(t.lower) || m.placeAt[k]! >= 0 || (t.kind === "word" && t.cap))) continue;
      // "the central bank governor": up to two plain words before the title
      if (!title && t.kind === "word" && !t.cap && ++loose <= 2) continue;
      return false;
    }
    return title && loose === 0;
  };

  const listFrom = (ci: number, dir: 1 | -1): number[] => {
    const out = [ci];
    let cur = ci;
    // "A, B and C": comma links count only with a closing "and"/"or" link
    let lastConj = 0; // items up to the last conjunction link
    let commaFirst = false;
    for (;;) {
      const nx = cur + dir;
      const c1 = chunks[cur]!;
      const c2 = chunks[nx];
      if (!c2 || c2.sent !== c1.sent) break;
      const [from, to] = dir === 1 ? [c1.end, c2.start] : [c2.end, c1.start];
      if (to - from > 8) break;
      let coord = false;
      let ok = true;
      let conj = false;
      for (let k = from; k < to; k++) {
        const t = tokens[k]!;
        if (LIST_COORD.has(t.lower)) coord = true;
        if (LIST_COORD.has(t.lower) && t.text !== ",") conj = true;
        const asWell = t.lower === "as" && (tokens[k + 1]?.lower === "well" || tokens[k - 1]?.lower === "well");
        const honorific = HONORIFICS.has(t.text) && k === to - 1;
        if (!(asWell || honorific || LIST_GAP.has(t.lower) || GLUE.has(t.lower) || m.titleAt[k]! >= 0 || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) || t.lower === "a" || t.lower === "an") {
          ok = false;
          break;
        }
      }
      // "Foreign Minister A, the Ambassador to Washington, B, and the central bank governor, C": persons
      // listed each with a title of their own set off by commas
      if (!ok && dir === 1 && titledListGap(from, to, c1, c2)) {
        ok = coord = true;
        conj = tokens[from + 1]?.lower === "and" || tokens[from + 1]?.lower === "or";
      }
      if (!ok || !coord) break;
      if (dir === -1 && out.length === 1 && !conj) commaFirst = true;
      if (commaFirst) break;
      out.push(nx);
      cur = nx;
      if (conj) lastConj = out.length;
    }
    if (dir === 1 && out.length > 1 && lastConj < out.length) out.length = Math.max(1, lastConj);
    return dir === 1 ? out : out.reverse();
  };

  const subjectBefore = (ts: number, sentStart: number): number[] => {
    let k = ts - 1;
    let gap = 0;
    while (k >= sentStart) {
      if (chunkAt[k]! >= 0) return listFrom(chunkAt[k]!, -1);
      const t = tokens[k]!;
      // "Gerardo Blyde, who leads ...", "Qatar and Egypt, which have mediated ..."
      // "George Mitchell, the former Senate majority leader who has chaired ...": "who" right after a person's chunk
      if (t.lower === "who" && k - 1 >= sentStart && chunkAt[k - 1]! >= 0 && chunks[chunkAt[k - 1]!]!.head.actor.type === "Person") return [chunkAt[k - 1]!];
      if ((t.lower === "who" || t.lower === "which") && tokens[k - 1]?.text === "," && k - 2 >= sentStart) {
        // "... (UNSMIL), who chaired": over a closing parenthesis
        // over a closing parenthesis or a title trailing the chunk ("Josep Borrell, the EU's foreign policy chief, who ...")
        let q = k - 2;
        while (q > sentStart && chunkAt[q]! < 0 && q > k - 8 && (tokens[q]!.text === ")" || m.titleAt[q]! >= 0 || GLUE.has(tokens[q]!.lower) || TITLE_MODIFIERS.has(tokens[q]!.lower))) q--;
        const c = chunkAt[q]!;
        if (c >= 0) return listFrom(c, -1);
      }
      if (t.text === ",") {
        // skip a parenthetical: ", which ... ," / ", a White House spokesman," (commas inside a chunk's
        // own appositive do not close it)
        let q = k - 1;
        while (q >= sentStart && q > k - 24 && !(tokens[q]!.text === "," && chunkAt[q]! < 0) && !CLAUSE_BREAK.has(tokens[q]!.lower)) q--;
        if (q >= sentStart && tokens[q]!.text === "," && /^(which|who|whose|a|an|the|also|along|together|in|on|at|after|despite|speaking|for|like|unlike|as|led|headed|accompanied)$/.test(tokens[q + 1]?.lower ?? "") && q - 1 >= sentStart && chunkAt[q - 1]! >= 0) {
          k = q - 1;
          gap++;
          continue;
        }
        // "The foreign minister, Moshe Dayan, was received by ...": a person set off by a title appositive
        const pc = k - 1 >= sentStart ? chunkAt[k - 1]! : -1;
        if (pc >= 0 && chunks[pc]!.head.actor.type === "Person" && tokens[chunks[pc]!.start - 1]?.text === "," && m.titleAt[chunks[pc]!.start - 2] !== undefined && m.titleAt[chunks[pc]!.start - 2]! >= 0) return [pc];
        if (k - 1 >= sentStart && chunkAt[k - 1]! >= 0 && gap === 0) {
          // "Qatar, serving as a mediator"
          k--;
          continue;
        }
        if (q < sentStart || q <= k - 24) {
          // "Jorge Rodríguez, the president of ... and the head of ..., signed": the sentence opens with
          // its subject and a long appositive
          for (let x = sentStart; x < sentStart + 3 && x < k; x++)
            if (chunkAt[x]! >= 0) {
              const c = chunks[chunkAt[x]!]!;
              return c.head.actor.type === "Person" && c.end < k ? [chunkAt[x]!] : [];
            }
        }
        return [];
      }
      if (CLAUSE_BREAK.has(t.lower)) return [];
      if (PRE_GAP.has(t.lower) && NEGATION.has(t.lower)) return [];
      if (PRE_GAP.has(t.lower) || m.titleAt[k]! >= 0 || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || GLUE.has(t.lower) || isDateWord(t)) {
        k--;
        if (++gap > 8) return [];
        continue;
      }
      return [];
    }
    return [];
  };

  const objectAfter = (te: number, sentEnd: number, maxGap = 5, loose = false): number[] => {
    let k = te;
    let gap = 0;
    while (k < sentEnd) {
      if (chunkAt[k]! >= 0) return listFrom(chunkAt[k]!, 1);
      const t = tokens[k]!;
      // "brokered by the Rome-based Catholic community of Sant'Egidio": descriptive words before the agent
      if (loose && (t.kind === "word" || t.text === "-") && !CLAUSE_BREAK.has(t.lower) && !SPEECH.has(t.lower) && t.lower !== "and") {
        // "the Regional Peace Initiative on Burundi": a name the recognizer missed, not its last word
        if (/^(on|of|for|in)$/.test(t.lower) && k > te && tokens[k - 1]!.cap && chunkAt[k + 1]! >= 0) return [];
        k++;
        if (++gap > 8) return [];
        continue;
      }
      // "brokered by the departing Secretary General, Javier Perez de Cuellar": a person in apposition
      if (loose && t.text === "," && k > te && chunkAt[k + 1]! >= 0 && chunks[chunkAt[k + 1]!]!.head.actor.type === "Person") {
        k++;
        continue;
      }
      // "counterparts in Turkey" (people in a state), but not "met in Bouznika" (a place)
      const peopleIn = t.lower === "in" && k > te && PEOPLE_NOUNS.has(tokens[k - 1]!.lower);
      // "with Mr. Nabavi": an honorific before a person the recognizer read without it
      const honorific = HONORIFICS.has(t.text) && chunkAt[k + 1]! >= 0 && chunks[chunkAt[k + 1]!]!.head.actor.type === "Person";
      // "the chief mediator, Lt-Gen (Rtd) Lazaro Sumbeiywo": a run of rank abbreviations before a person
      if (HONORIFICS.has(t.text)) {
        let q = k;
        while (q < sentEnd && q < k + 6 && chunkAt[q]! < 0 && RANK_WORDS.has(tokens[q]!.lower)) q++;
        if (q > k + 1 && q < sentEnd && chunkAt[q]! >= 0 && chunks[chunkAt[q]!]!.head.actor.type === "Person") {
          k = q;
          continue;
        }
      }
      if (peopleIn || honorific || OBJ_GAP.has(t.lower) || m.titleAt[k]! >= 0 || DESCRIPTORS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || GLUE.has(t.lower)) {
        k++;
        if (++gap > maxGap) return [];
        continue;
      }
      return [];
    }
    return [];
  };

  const placeEndAfter = (te: number): number => {
    for (let k = te; k < te + 3 && k < n; k++) {
      const pi = m.placeAt[k]!;
      if (pi >= 0) return m.places[pi]!.end;
    }
    return -1;
  };
  const placeActorAfter = (te: number, sentEnd: number): Actor | undefined => {
    for (let k = te; k < Math.min(te + 3, sentEnd); k++) {
      const pi = m.placeAt[k]!;
      if (pi >= 0) {
        const p = m.places[pi]!;
        const st = p.state ?? lex.placeState.get(p.name.toLowerCase());
        if (st) return mkActor(nodeKey("State", st), "State", lex.stateName(st), st);
        return undefined;
      }
      if (!GLUE.has(tokens[k]!.lower)) return undefined;
    }
    return undefined;
  };

  const heads = (idx: number[]): Actor[] => {
    const seen = new Set<string>();
    const out: Actor[] = [];
    for (const i of idx) {
      const c = chunks[i]!;
      for (const act of c.members ?? (c.pair ? parties() : [c.head.actor])) {
        if (!seen.has(act.key)) {
          seen.add(act.key);
          out.push(act);
        }
      }
    }
    return out;
  };
  /** The article's two opposing parties: the most salient actors that are not mediators. */
  const parties = (): Actor[] => {
    // "talks between A and B" named earlier: those are the two sides
    if (betweenPair) return betweenPair;
    const out: Actor[] = [];
    for (const x of ranked) {
      if (mediatorKeys.has(x.key) || (x.type === "Group" && NOT_PARTY_KINDS.has(x.orgKind ?? ""))) continue;
      if (out.some((y) => sameSide(x, y))) continue;
      out.push(x);
      if (out.length === 2) break;
    }
    return out.length === 2 ? out : [];
  };

  // meetings named in each sentence
  const meetingsIn = new Map<number, number>(); // sentence -> merged meeting (named or referred back to)
  const placedIn = new Map<number, number>(); // sentence -> merged meeting named with its place
  const meetingNounIn = new Set<number>(); // sentences with any meeting noun
  const meetingAtNoun = new Map<number, number>(); // noun token -> merged meeting
  for (const mm of meetingMentions) {
    meetingNounIn.add(mm.sent);
    if (mm.meeting >= 0) {
      if (!meetingsIn.has(mm.sent)) meetingsIn.set(mm.sent, mm.meeting);
      if (mm.place && !placedIn.has(mm.sent)) placedIn.set(mm.sent, mm.meeting);
      meetingAtNoun.set(mm.noun, mm.meeting);
    }
  }

  // ---- article-level salience, for "the other side" and fallback parties
  const freq = new Map<string, { actor: Actor; n: number; first: number }>();
  for (const c of chunks) {
    // "Azerbaijani Foreign Minister X": the person's state or organisation counts too
    const act = c.head.actor.type === "Person" ? c.head.affiliation?.actor : c.head.actor;
    if (!act || act.type === "Person" || c.pair) continue;
    const e = freq.get(act.key);
    if (e) e.n++;
    else freq.set(act.key, { actor: act, n: 1, first: c.start });
  }
  const ranked = [...freq.values()].sort((x, y) => y.n - x.n || x.first - y.first).map((e) => e.actor);
  const sameSide = (x: Actor, y: Actor) => x.key === y.key || (!!x.state && x.state === y.state);
  /** A person and the state or organisation the person speaks for. */
  const ownSide = (x: Actor, y: Actor): boolean =>
    (x.type === "Person" && (personState.get(x.key)?.key === y.key || personAffil.get(x.key)?.has(y.key) === true)) ||
    (y.type === "Person" && (personState.get(y.key)?.key === x.key || personAffil.get(y.key)?.has(x.key) === true));

  const mediatorKeys = new Map<string, Actor>();
  let betweenPair: Actor[] | undefined; // the first "talks between A and B" of two opposing non-mediators
  // a person's state, from the title/appositive affiliation: a mediating envoy's state mediates too
  const personState = new Map<string, Actor>();
  const personIntl = new Map<string, Actor>();
  const personAffil = new Map<string, Set<string>>();
  const formerRole = new Set<string>(); // "former Nigerian President X" no longer acts for Nigeria
  for (const am of m.actors) {
    const af = am.affiliation?.actor;
    if (am.actor.type !== "Person" || !af) continue;
    if (am.role && /\b(former|ex-|retired|late)\b/i.test(am.role)) formerRole.add(am.actor.key);
    const st = af.type === "State" ? af : af.state && lex.states.has(af.state) ? mkActor(nodeKey("State", af.state), "State", lex.stateName(af.state), af.state) : undefined;
    if (st) personState.set(am.actor.key, st);
    if (af.type === "Group" && af.orgKind === "international") personIntl.set(am.actor.key, af);
    let set = personAffil.get(am.actor.key);
    if (!set) personAffil.set(am.actor.key, (set = new Set()));
    set.add(af.key);
  }
  const subjectLists: { sent: number; actors: Actor[] }[] = [];
  const consumedMediatorNoun = new Set<number>();
  const demands: PendingDemand[] = [];

  const push = (f: Fact) => {
    if ("actor" in f.target && f.target.actor.key === f.source.key) return;
    // one shape for every stored fact (optional fields present): keeps the code that reads them monomorphic
    facts.push({ type: f.type, source: f.source, target: f.target, rule: f.rule, confidence: f.confidence, sent: f.sent, cameo: f.cameo, what: f.what, role: f.role });
  };

  const mediate = (mediators: Actor[], s: number, te: number, sentEnd: number, rule: RelationRule, exclude: Actor[]) => {
    if (!mediators.length) return;
    const meeting = meetingsIn.get(s);
    let targets: FactTarget[] = [];
    if (meeting !== undefined) targets = [{ meeting }];
    else {
      // "between A and B" anywhere after the trigger
      for (let k = te; k < sentEnd; k++) {
        if (tokens[k]!.lower === "between") {
          targets = heads(objectAfter(k + 1, sentEnd, 3)).filter((x) => !mediators.some((y) => y.key === x.key)).map((actor) => ({ actor }));
          break;
        }
      }
      if (!targets.length && meetings.length === 1) targets = [{ meeting: 0 }];
      if (!targets.length) {
        const ex = [...mediators, ...exclude];
        targets = ranked.filter((x) => !ex.some((y) => sameSide(x, y))).slice(0, 2).map((actor) => ({ actor }));
      }
    }
    const all = [...mediators];
    for (const med of mediators) {
      const st = med.type === "Person" && !formerRole.has(med.key) && !personIntl.has(med.key) ? personState.get(med.key) : undefined;
      if (st && !all.some((x) => x.key === st.key)) all.push(st);
      // an envoy of an international body mediates for it ("the EU's coordinator", "head of UNSMIL")
      const og = med.type === "Person" && !formerRole.has(med.key) ? personIntl.get(med.key) : undefined;
      if (og && !all.some((x) => x.key === og.key)) all.push(og);
    }
    for (const med of all) {
      mediatorKeys.set(med.key, med);
      for (const target of targets) push({ type: "MEDIATES", source: med, target, rule: rule.name, confidence: rule.confidence, sent: s, cameo: CAMEO.MEDIATE });
    }
  };

  // The handlers per relation type are separate functions: V8 compiles (and, after a rare branch,
  // recompiles) each on its own instead of one 18 KB function.
  const onMediates = (rule: RelationRule, s: number, ts: number, te: number, sen: Sentence, S: Actor[], O: Actor[], subj: number[], obj: number[]): void => {
  // "Saudi Crown Prince X is expected to chair the meeting": a party to the dispute chairing a meeting
  // or session (a summit of a body it belongs to) presides, it does not mediate; "chaired the meeting
  // between A and B" still mediates
  if (rule.name === "chaired-talks" && /^(meeting|meetings|session|sessions)$/.test(tokens[te - 1]!.lower) && gapAll(te, sen.tokEnd, (t) => t.lower !== "between")) {
    const sides = parties();
    const side = (x: Actor) => (x.type === "Person" ? personState.get(x.key) : x);
    if (S.some((x) => sides.some((y) => y.key === x.key || (!!side(x) && sameSide(y, side(x)!))))) return;
  }
  if (rule.name === "mediator-appointed-by-who") {
    // "the chief mediator, Gen. X, who was appointed by ECOWAS": the body that sent a mediator mediates
    const who = heads(subjectBefore(ts, sen.tokStart));
    if (!who.length || !who.every((x) => mediatorKeys.has(x.key))) return;
  }
  if (rule.args === "obj") {
    if (O.length) consumedMediatorNoun.add(ts);
    mediate(O, s, te, sen.tokEnd, rule, []);
    return;
  }
  let meds = S;
  // "has served as Kuala Lumpur's facilitator": the subject mediates with the possessor
  if (rule.args === "possessor" && subj.length && tokens[chunks[subj[0]!]!.start - 1]?.lower === "as") {
    const verbAt = chunks[subj[0]!]!.start - 2;
    if (verbAt > sen.tokStart) meds = [...meds, ...heads(subjectBefore(verbAt, sen.tokStart))];
  }
  if (rule.alsoAfter) {
    let k = te;
    while (k < sen.tokEnd && k < te + 8 && chunkAt[k]! < 0 && !/^(alongside|with|and)$/.test(tokens[k]!.lower)) k++;
    if (k < sen.tokEnd && /^(alongside|with|and)$/.test(tokens[k]!.lower)) meds = [...meds, ...heads(objectAfter(k + 1, sen.tokEnd, 2))];
  }
  if (meds.length && /mediator|broker|facilitator|intermediar|guarantor|go-between/.test(tokens[te - 1]!.lower)) consumedMediatorNoun.add(te - 1);
  mediate(meds, s, te, sen.tokEnd, rule, []);
  return;
  };

  const onMeets = (rule: RelationRule, s: number, ts: number, te: number, sen: Sentence, S: Actor[], O: Actor[], subj: number[], obj: number[]): void => {
  const meeting = placedIn.get(s);
  if (rule.args === "between") {
    for (let x = 0; x < O.length; x++)
      for (let y = x + 1; y < O.length; y++) push({ type: "MEETS", source: O[x]!, target: { actor: O[y]! }, rule: rule.name, confidence: rule.confidence, sent: s, cameo: rule.cameo });
    if (meeting !== undefined) for (const o of O) push({ type: "ATTENDS", source: o, target: { meeting }, rule: rule.name, confidence: rule.confidence, sent: s });
    return;
  }
  if (rule.name === "for-talks-with" && !S.length) return;
  if (rule.name === "signed-passive" || (rule.name === "signed-agreement" && !S.length && /^(signed|initialled|initialed|inked)$/.test(tokens[ts]!.lower))) {
    // "The deal, signed in a hotel in Doha by X and Y, ...": the signatories meet
    for (let k = te; k < Math.min(te + 16, sen.tokEnd); k++) {
      const lw = tokens[k]!.lower;
      if (lw === "by") {
        const by = heads(objectAfter(k + 1, sen.tokEnd, 3));
        for (let x = 0; x < by.length; x++)
          for (let y = x + 1; y < by.length; y++) if (!sameSide(by[x]!, by[y]!) && !ownSide(by[x]!, by[y]!)) push({ type: "MEETS", source: by[x]!, target: { actor: by[y]! }, rule: "signed-by", confidence: 0.7, sent: s, cameo: rule.cameo });
        break;
      }
      if (CLAUSE_BREAK.has(lw) || lw === ",") break;
    }
  }
  if (rule.name === "signed-passive") return;
  if ((rule.name === "held-talks" || rule.name === "held-talks-with") && S.length && tokens[te]?.lower === "between") {
    // "Ruto opened talks between South Sudan's government and the opposition": the convener mediates
    const parties = heads(objectAfter(te + 1, sen.tokEnd, 3));
    const conveners = S.filter((x) => !parties.some((y) => sameSide(x, y) || ownSide(x, y)));
    if (parties.length && conveners.length === S.length) {
      mediate(conveners, s, te, sen.tokEnd, { ...rule, name: "convened-talks-between", type: "MEDIATES" }, parties);
      for (let x = 0; x < parties.length; x++)
        for (let y = x + 1; y < parties.length; y++) push({ type: "MEETS", source: parties[x]!, target: { actor: parties[y]! }, rule: "talks-between", confidence: 0.75, sent: s, cameo: rule.cameo });
      return;
    }
  }
  if (rule.name === "signed-agreement" && !O.length) {
    // "signed the document with Gerardo Blyde"
    for (let k = te; k < Math.min(te + 8, sen.tokEnd); k++) {
      if (tokens[k]!.lower === "with") {
        O = heads(objectAfter(k + 1, sen.tokEnd, 3));
        break;
      }
      if (CLAUSE_BREAK.has(tokens[k]!.lower) || tokens[k]!.text === ",") break;
    }
  }
  if (rule.name === "hosted" && O.length >= 2) {
    // "X hosted A and B": A and B meet; a host of two opposing parties mediates
    let opposed = false;
    for (let x = 0; x < O.length; x++)
      for (let y = x + 1; y < O.length; y++)
        if (!sameSide(O[x]!, O[y]!)) {
          opposed = true;
          push({ type: "MEETS", source: O[x]!, target: { actor: O[y]! }, rule: rule.name, confidence: rule.confidence * 0.9, sent: s, cameo: rule.cameo });
        }
    const hosts = S.filter((x) => !O.some((y) => sameSide(x, y)));
    if (opposed && hosts.length && /^host/.test(tokens[ts]!.lower) && !O.some((y) => mediatorKeys.has(y.key))) mediate(hosts, s, te, sen.tokEnd, { ...rule, name: "hosted-parties", type: "MEDIATES" }, O);
  }
  if (O.length) {
    for (const x of S) for (const y of O) if ((!sameSide(x, y) || x.type === "Person" || y.type === "Person") && !ownSide(x, y)) push({ type: "MEETS", source: x, target: { actor: y }, rule: rule.name, confidence: rule.confidence, sent: s, cameo: rule.cameo });
  } else if (S.length >= 2 && rule.name !== "hosted" && rule.name !== "visited" && rule.name !== "visit-to" && !(rule.name === "signed-agreement" && /^agree/.test(tokens[ts]!.lower) && subj.some((x) => chunks[x]!.pair))) {
    for (let x = 0; x < S.length; x++)
      for (let y = x + 1; y < S.length; y++) if (!ownSide(S[x]!, S[y]!)) push({ type: "MEETS", source: S[x]!, target: { actor: S[y]! }, rule: rule.name, confidence: rule.confidence * 0.9, sent: s, cameo: rule.cameo });
  }
  if (meeting !== undefined && rule.name !== "visited") for (const x of [...S, ...O]) push({ type: "ATTENDS", source: x, target: { meeting }, rule: rule.name, confidence: rule.confidence * 0.9, sent: s });
  return;
  };

  const onAttends = (rule: RelationRule, s: number, ts: number, te: number, sen: Sentence, S: Actor[], O: Actor[], subj: number[], obj: number[]): void => {
  const meeting = rule.name === "meeting-of" ? (meetingAtNoun.get(ts) ?? meetingsIn.get(s)) : meetingsIn.get(s);
  const who = rule.name === "meeting-of" ? O : S;
  if (meeting !== undefined) {
    for (const x of who) push({ type: "ATTENDS", source: x, target: { meeting }, rule: rule.name, confidence: rule.confidence, sent: s });
  } else if (rule.name === "meeting-of") {
    for (let x = 0; x < who.length; x++)
      for (let y = x + 1; y < who.length; y++) push({ type: "MEETS", source: who[x]!, target: { actor: who[y]! }, rule: rule.name, confidence: rule.confidence * 0.8, sent: s, cameo: CAMEO.CONSULT });
  }
  return;
  };

  const onDemands = (rule: RelationRule, s: number, ts: number, te: number, sen: Sentence, S: Actor[], O: Actor[], subj: number[], obj: number[]): void => {
  // "..., a demand pressed by X and by Y": the actors after the trigger make the demand stated before
  // it, whose addressee is left unsaid
  if (rule.args === "obj") {
    if (!O.length) return;
    const what = a.text.slice(tokens[sen.tokStart]!.start, tokens[Math.max(sen.tokStart, ts - 1)]!.start).replace(/[\s,;:–—-]+(a|an|the)?\s*$/i, "").trim();
    for (const x of O) demands.push({ source: x, target: undefined, rule, sent: s, cameo: CAMEO.DEMAND, what: what || undefined });
    return;
  }
  if (!S.length) return;
  if (rule.unlessAfter) {
    // "refused to sign unless the Serbs handed back ...": the condition after "unless" is the demand
    let u = te;
    while (u < sen.tokEnd && u < te + 16 && !/^(unless|until)$/.test(tokens[u]!.lower) && tokens[u]!.text !== ";" && !SPEECH.has(tokens[u]!.lower)) u++;
    if (u >= sen.tokEnd || !/^(unless|until)$/.test(tokens[u]!.lower)) return;
    te = u + 1;
  }
  // the demand, in the article's words: up to the end of the clause
  let k = te;
  while (k < sen.tokEnd && k < te + 14) {
    const t = tokens[k]!;
    if (t.text === ";" || t.text === "." || (k > te + 2 && (t.text === "," || /^(but|while|which|following|after|as|because|whereas)$/.test(t.lower)))) break;
    k++;
  }
  const whatText = k > te ? a.text.slice(tokens[te]!.start, tokens[k - 1]!.end).replace(/^(that|for|on)\s+/i, "").trim() : "";
  let target: Actor | undefined = rule.objThenTo || rule.objThenMust ? O.find((x) => !S.some((y) => sameSide(x, y))) : undefined;
  for (let q = te; q < k && !target; q++) {
    const ci = chunkAt[q]!;
    if (ci < 0) {
      // "demanded that Washington lift ...": a capital in the demand stands for its state
      const pi = m.placeAt[q]!;
      const pl = pi >= 0 ? m.places[pi]! : undefined;
      if (pl?.state && tokens[q - 1]?.lower === "that" && lex.states.get(pl.state)?.capitals.includes(pl.name) && !S.some((y) => y.state === pl.state)) {
        target = mkActor(nodeKey("State", pl.state), "State", lex.stateName(pl.state), pl.state);
        break;
      }
      continue;
    }
    let act = chunks[ci]!.head.actor;
    if (act.type === "Person" && /^(on|of|for|against|to|about)$/.test(tokens[chunks[ci]!.start - 1]?.lower ?? "")) {
      q = chunks[ci]!.end - 1;
      continue;
    }
    // "the withdrawal of the Israeli military": the addressee is the state, unless the article
    // treats the force itself as the party (Sudan's army against the RSF)
    if (act.type === "Group" && act.state && lex.states.has(act.state)) {
      const stKey = nodeKey("State", act.state);
      if ((freq.get(stKey)?.n ?? 0) >= (freq.get(act.key)?.n ?? 0)) act = mkActor(stKey, "State", lex.stateName(act.state), act.state);
    }
    if (!S.some((x) => sameSide(x, act) || ownSide(x, act))) {
      target = act;
      break;
    }
    q = chunks[ci]!.end - 1;
  }
  if (rule.name === "making-demands") target = undefined; // "of adding new demands to a proposal": no addressee
  const cameo = /cease-?fire|truce|halt|stop/i.test(whatText) ? CAMEO.DEMAND_CEASEFIRE : /release|free|freeing|prisoner|hostage|withdraw/i.test(whatText) ? CAMEO.DEMAND_RELEASE : CAMEO.DEMAND;
  // "X demanded that Riyadh pay ..., and called for the reopening of ...": a coordinated demand
  // without its own addressee keeps the one before it in the sentence
  if (!target && /^(and|but)$/.test(tokens[ts - 1]?.lower ?? "")) {
    for (let d = demands.length - 1; d >= 0 && demands[d]!.sent === s; d--)
      if (demands[d]!.target && S.some((x) => x.key === demands[d]!.source.key)) {
        target = demands[d]!.target;
        break;
      }
  }
  for (const x of S) {
    const d: PendingDemand = { source: x, target, rule, sent: s, cameo, what: whatText || undefined };
    demands.push(d);
  }
  return;
  };

  let lastSubj: { sent: number; idx: number[] } | undefined;
  // one rule match: its arguments, then the handler of its relation type (a function of its own, so V8
  // compiles the sentence loop and the argument reading separately)
  const onMatch = (best: Compiled, bestEnd: number, i: number, s: number, sen: Sentence): void => {
  const rule = best.rule;
  const ts = i;
  const te = bestEnd;
  let subj: number[] = [];
  let obj: number[] = [];
  let objActor: Actor | undefined;
  switch (rule.args) {
    case "subj-obj":
      subj = subjectBefore(ts, sen.tokStart);
      // "X visited Moscow and held talks with Y": the subject of the coordinated verb
      if (!subj.length && tokens[ts - 1]?.lower === "and" && lastSubj && lastSubj.sent === s) subj = lastSubj.idx;
      obj = objectAfter(te, sen.tokEnd);
      break;
    case "subj":
      subj = subjectBefore(ts, sen.tokStart);
      break;
    case "obj":
    case "between":
      obj = objectAfter(te, sen.tokEnd, rule.args === "between" ? 3 : 2, rule.type === "MEDIATES" && tokens[te - 1]!.lower !== "," && rule.name !== "mediators-list");
      break;
    case "possessor":
      if (chunkAt[ts - 1]! >= 0) subj = [chunkAt[ts - 1]!];
      if (rule.type === "MEETS") obj = objectAfter(te, sen.tokEnd);
      break;
    case "prefix":
      if (chunkAt[ts - 1]! >= 0) subj = listFrom(chunkAt[ts - 1]!, -1);
      break;
  }
  // coordinated verb without its own subject: "X told reporters ... but insisted that ...",
  // "X has rejected the accord and demanded ...": the sentence's subject
  if (!subj.length && (rule.args === "subj-obj" || rule.args === "subj")) {
    let q = ts - 1;
    while (q > sen.tokStart && PRE_GAP.has(tokens[q]!.lower) && !NEGATION.has(tokens[q]!.lower)) q--;
    const participle = /^(after|before|while|when|since|by|following|upon)$/.test(tokens[q]?.lower ?? "") && /ing$/.test(tokens[ts]!.lower);
    if ((participle || /^(and|but)$/.test(tokens[q]?.lower ?? "")) && q > sen.tokStart) {
      let first = -1;
      for (let k = sen.tokStart; k < q; k++)
        if (chunkAt[k]! >= 0) {
          first = k;
          break;
        }
      // '"...," Mora said on Twitter after chairing ...': the speaker is the subject
      if (first > sen.tokStart + 6) {
        for (let k = q - 1; k > sen.tokStart; k--) {
          const c = chunkAt[k]!;
          if (c >= 0 && SPEECH.has(tokens[chunks[c]!.end]?.lower ?? "")) {
            first = chunks[c]!.start;
            break;
          }
        }
      }
      if (first >= 0 && (first <= sen.tokStart + 6 || SPEECH.has(tokens[chunks[chunkAt[first]!]!.end]?.lower ?? ""))) subj = listFrom(chunkAt[first]!, 1).filter((x) => chunks[x]!.end <= q);
    }
  }
  // "thanks Sudan for hosting the talks", "X, ..., for leading the facilitation": the actor before "for"
  if (!subj.length && (rule.args === "subj-obj" || rule.args === "subj") && tokens[ts - 1]?.lower === "for" && /ing$/.test(tokens[ts]!.lower)) {
    const q = tokens[ts - 2]?.text === "," ? ts - 3 : ts - 2;
    const c = q >= sen.tokStart ? chunkAt[q]! : -1;
    if (c >= 0) subj = [c];
  }
  // "He said ...", "She insisted ...": a pronoun opening the sentence stands for the person who opens
  // the sentence before
  if (!subj.length && (rule.args === "subj-obj" || rule.args === "subj") && ts - 1 === sen.tokStart && (tokens[ts - 1]!.text === "He" || tokens[ts - 1]!.text === "She") && s > 0) {
    const prev = sentences[s - 1]!;
    for (let k = prev.tokStart; k < prev.tokStart + 8 && k < prev.tokEnd; k++) {
      const c = chunkAt[k]!;
      if (c < 0) continue;
      if (chunks[c]!.head.actor.type === "Person") subj = [c];
      break;
    }
  }
  if (rule.objThenTo) {
    // "urged Iran to", "pressed Riyadh to": the object, then "to"
    let last = obj.length ? chunks[obj[obj.length - 1]!]!.end : -1;
    // "urged Iran in December to accept": a date between the object and "to"
    if (last >= 0 && tokens[last]?.lower !== "to" && /^(in|on|last|this|early|late)$/.test(tokens[last]?.lower ?? "")) {
      let q = last + 1;
      while (q < sen.tokEnd && q < last + 4 && (isDateWord(tokens[q]!) || /^(week|month|year|the|of|early|late|mid)$/.test(tokens[q]!.lower))) q++;
      if (q > last + 1 && tokens[q]?.lower === "to") last = q;
    }
    if (last < 0 || tokens[last]?.lower !== "to") {
      obj = [];
      const pa = rule.placesAsActors ? placeActorAfter(te, sen.tokEnd) : undefined;
      const pe = pa ? placeEndAfter(te) : -1;
      if (!pa || tokens[pe]?.lower !== "to") return;
      objActor = pa;
    }
  }
  if (rule.objThenMust) {
    // "X said the government must ...": the object, then "must"/"should"
    const last = obj.length ? chunks[obj[obj.length - 1]!]!.end : -1;
    const mv = tokens[last]?.lower;
    if (last < 0 || (mv !== "must" && mv !== "should")) return;
  }
  if (rule.name === "for-talks-with") {
    const first = chunks.findIndex((c) => c.sent === s);
    if (first >= 0 && chunks[first]!.start <= sen.tokStart + 3 && chunks[first]!.end <= ts) subj = listFrom(first, 1).filter((x) => chunks[x]!.end <= ts);
  }
  if (subj.length) lastSubj = { sent: s, idx: subj };
  const S = heads(subj);
  // "flew to the Swiss Alpine resort": a demonym describing a place is not the visited party
  if (rule.placesAsActors && !rule.objThenTo) obj = obj.filter((ci) => !describesPlace(chunks[ci]!));
  let O = objActor ? [objActor] : heads(obj);
  if (rule.placesAsActors && !O.length && !rule.objThenTo) {
    const pa = placeActorAfter(te, sen.tokEnd);
    if (pa) O = [pa];
  }
  if (S.length) subjectLists.push({ sent: s, actors: S });
  if (rule.args === "between" && rule.type === "MEETS" && O.length === 2 && !betweenPair && !sameSide(O[0]!, O[1]!) && O.every((x) => x.type !== "Person" && !mediatorKeys.has(x.key)) && !obj.some((ci) => chunks[ci]!.pair)) betweenPair = O;

  switch (rule.type) {
    case "MEDIATES":
      onMediates(rule, s, ts, te, sen, S, O, subj, obj);
      break;
    case "MEETS":
      onMeets(rule, s, ts, te, sen, S, O, subj, obj);
      break;
    case "ATTENDS":
      onAttends(rule, s, ts, te, sen, S, O, subj, obj);
      break;
    case "DEMANDS":
      onDemands(rule, s, ts, te, sen, S, O, subj, obj);
      break;
  }
  };

  for (let s = 0; s < sentences.length; s++) {
    const sen = sentences[s]!;
    for (let i = sen.tokStart; i < sen.tokEnd; i++) {
      const cands = BY_FIRST.get(tokens[i]!.lower);
      if (!cands) continue;
      let best: Compiled | undefined;
      let bestEnd = -1;
      for (const c of cands) {
        if (c.notAfter && i > 0 && c.notAfter.has(tokens[i - 1]!.lower)) continue;
        const e = matchAt(c, tokens, i);
        if (e <= i || e <= bestEnd) continue;
        if (c.requiresAfter) {
          let ok = false;
          for (let k = e; k < Math.min(e + 5, sen.tokEnd); k++) if (c.requiresAfter.has(tokens[k]!.lower)) ok = true;
          if (!ok) continue;
        }
        if (c.rule.needsMeeting && !meetingNounIn.has(s)) continue;
        best = c;
        bestEnd = e;
      }
      if (!best) continue;
      onMatch(best, bestEnd, i, s, sen);
    }
  }

  // ---- persons whose title says they mediate ("Malaysian facilitator X", "X, the Norwegian facilitator")
  for (const am of m.actors) {
    if (am.actor.type !== "Person" || !am.role || !MEDIATOR_ROLE.test(am.role) || formerRole.has(am.actor.key) || mediatorKeys.has(am.actor.key)) continue;
    const sen = sentences[am.sent]!;
    mediate([am.actor], am.sent, am.end, sen.tokEnd, { name: "mediator-title", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "", args: "subj", confidence: 0.7 }, []);
  }

  // ---- "the mediators": the mediators the article names, else the actors the lead paragraphs
  // show acting together right after the word ("Mediators held talks ... The United States, Qatar
  // and Egypt met with an Israeli delegation")
  if (!mediatorKeys.size) {
    let firstGeneric = -1;
    for (let i = 0; i < n; i++) {
      const lw = tokens[i]!.lower;
      if ((lw === "mediators" || lw === "mediator") && !consumedMediatorNoun.has(i)) {
        firstGeneric = tokens[i]!.sent;
        break;
      }
    }
    if (firstGeneric >= 0) {
      const cand = subjectLists.find((l) => l.sent >= firstGeneric && l.sent <= firstGeneric + 2 && l.actors.length >= 2 && l.actors.every((x) => x.type !== "Person"));
      if (cand) {
        const sen = sentences[cand.sent]!;
        mediate(cand.actors, cand.sent, sen.tokStart, sen.tokEnd, { name: "mediators-antecedent", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "", args: "subj", confidence: 0.55 }, []);
      }
    }
  }

  // ---- "The government delegation was headed by X. The rebel team was represented by Y.", "X, who led
  // the government side": the heads of two delegations of opposing sides met. One scan for "by" and
  // "who" tokens only.
  {
    const reps: { rep: Actor; owner: Actor | undefined; sent: number }[] = [];
    for (let k = 2; k < n - 2; k++) {
      const lw = tokens[k]!.lower;
      if (lw !== "headed" && lw !== "led" && lw !== "represented") continue;
      const s = tokens[k]!.sent;
      const sen = sentences[s]!;
      const prev = tokens[k - 1]!.lower;
      let owner: Actor | undefined;
      let rep: Actor | undefined;
      if (tokens[k + 1]!.lower === "by" && (prev === "was" || prev === "were" || prev === "is" || prev === "are")) {
        let noun = false;
        for (let q = k - 2; q >= sen.tokStart && q >= k - 8; q--) {
          if (DELEG_NOUNS.has(tokens[q]!.lower)) noun = true;
          const c = chunkAt[q]!;
          if (c >= 0 && !chunks[c]!.pair) {
            owner = chunks[c]!.head.actor;
            break;
          }
        }
        if (!noun && !owner) continue;
        for (let q = k + 2; q < sen.tokEnd && q < k + 14; q++) {
          const c = chunkAt[q]!;
          if (c >= 0 && chunks[c]!.head.actor.type === "Person") {
            rep = chunks[c]!.head.actor;
            break;
          }
        }
        rep ??= owner;
      } else if (prev === "who" && tokens[k - 2]!.text === "," && lw !== "represented") {
        let noun = false;
        for (let q = k + 1; q < sen.tokEnd && q < k + 5; q++) {
          if (DELEG_NOUNS.has(tokens[q]!.lower)) noun = true;
          const c = chunkAt[q]!;
          if (c >= 0 && !owner) owner = chunks[c]!.head.actor;
        }
        const c = chunkAt[k - 3] ?? -1;
        if (!noun || c < 0 || chunks[c]!.head.actor.type !== "Person") continue;
        rep = chunks[c]!.head.actor;
      } else continue;
      if (!rep || mediatorKeys.has(rep.key) || (owner && mediatorKeys.has(owner.key))) continue;
      if (owner?.type === "Person") owner = undefined;
      reps.push({ rep, owner, sent: s });
    }
    const sides = (r: { rep: Actor; owner: Actor | undefined }): Actor[] => {
      const out = [r.rep];
      if (r.owner) out.push(r.owner);
      const st = personState.get(r.rep.key);
      if (st) out.push(st);
      return out;
    };
    const apart = (x: { rep: Actor; owner: Actor | undefined }, y: { rep: Actor; owner: Actor | undefined }): boolean =>
      !sides(x).some((a) => sides(y).some((b) => sameSide(a, b) || ownSide(a, b)));
    for (let i = 0; i < reps.length; i++)
      for (let j = i + 1; j < reps.length; j++)
        if (apart(reps[i]!, reps[j]!)) push({ type: "MEETS", source: reps[i]!.rep, target: { actor: reps[j]!.rep }, rule: "delegation-heads", confidence: 0.6, sent: reps[j]!.sent, cameo: CAMEO.NEGOTIATE });
  }

  // ---- demands without a named addressee go to "the other side": the most salient actor that is
  // neither the demander's side nor a mediator
  for (const d of demands) {
    // actors making the same demand together ("a demand pressed by A and by B") are not its addressee
    const co = (x: Actor) => demands.some((o) => o !== d && o.sent === d.sent && o.rule === d.rule && !o.target && o.source.key === x.key);
    const target = d.target ?? ranked.find((x) => !sameSide(x, d.source) && !ownSide(d.source, x) && !mediatorKeys.has(x.key) && x.type !== "Person" && !co(x));
    if (!target) continue;
    const f: Fact = { type: "DEMANDS", source: d.source, target: { actor: target }, rule: d.rule.name, confidence: d.target ? d.rule.confidence : d.rule.confidence * 0.8, sent: d.sent, cameo: d.cameo };
    if (d.what) f.what = d.what;
    push(f);
  }

  // ---- affiliations from titles and appositives
  for (const am of m.actors) {
    if (am.actor.type !== "Person" || !am.affiliation) continue;
    const f: Fact = { type: "AFFILIATED_WITH", source: am.actor, target: { actor: am.affiliation.actor }, rule: am.affiliationRule ?? "title", confidence: am.affiliationRule === "appositive-description" ? 0.6 : 0.85, sent: am.sent };
    if (am.role) f.role = am.role;
    push(f);
  }
  return facts;
}
