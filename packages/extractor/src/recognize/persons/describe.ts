// One person's role and affiliation: from the title phrase before the name, else from what follows it
// ("led by", "for the ELN", "of Islamic Jihad", "Haftar's army", an appositive).
import { nodeKey } from "../../util/keys.js";
import type { Analysis, Token } from "../../nlp/wink.js";
import type { Lexicon } from "../lexicon.js";
import { mkActor, mkMention, type ActorMention, type Cover, type TitleMention } from "../model.js";
import { isNameWord } from "../tokens.js";
import { FUNCTION_CAPS, HONORIFICS, LED_BY, NOT_NAME, PERSON_VERBS, ROLE_NOUNS, TITLE_MODIFIERS } from "../words.js";
import { titlePhraseEndsAt } from "./cues.js";

const GROUP_WORDS = new Set(["movement", "group", "militia", "faction", "organisation", "organization", "rebels", "party", "militants", "insurgents", "alliance", "coalition", "force"]);

const LEADS = new Set(["leads", "led", "heads", "headed", "chairs", "chaired", "represents", "represented", "commands", "commanded", "runs", "ran", "founded", "co-founded"]);

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

/** Of the persons validated so far in the article (the last five), the one covering token `q` ("X and his deputy, Y"). */
function personEndingAt(persons: readonly ActorMention[], q: number): ActorMention | undefined {
  for (let i = persons.length - 1; i >= 0 && i > persons.length - 6; i--) {
    const p = persons[i]!;
    if (p.start <= q && q < p.end) return p;
  }
  return undefined;
}

/** Role and affiliation: from the title phrase before the name, else from an appositive after it. */
export function describePerson(a: Analysis, lex: Lexicon, tokens: readonly Token[], p: ActorMention, actors: readonly ActorMention[], titles: readonly TitleMention[], titleStart: Map<number, TitleMention>, cover: Cover, persons: readonly ActorMention[]): void {
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
        const am = actorCovering(q) ?? personEndingAt(persons, q);
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
