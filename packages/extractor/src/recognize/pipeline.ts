// The entity stage: the passes that find the mentions of one article, in order.
import { nodeKey } from "../util/keys.js";
import type { Analysis } from "../nlp/wink.js";
import type { LexEntry, Lexicon } from "./lexicon.js";
import { mkActor, mkMention, type Actor, type ActorMention, type Mentions, type PlaceMention, type TitleMention } from "./model.js";
import { LOCATIVE, PERSON_VERBS } from "./words.js";
import { cachedActor, composeOrgan } from "./actors.js";
import { CAPITAL_ACTOR_NEXT, CAPITAL_OF_ORG, CAPITAL_PARENTHETICAL, meetingNounAhead } from "./capitals.js";
import { GEO_NOUNS, TITLE_OF, isTitleOrNothing } from "./gazetteer.js";
import { NO_SUFFIXES, ORGAN_BY_FIRST } from "./organs.js";
import { placeDescription } from "./places.js";
import { findOrganisations } from "./organisations.js";
import { describeReferences } from "./references.js";
import { findPersons } from "./persons/find.js";
import { headlineSentences } from "./tokens.js";
import type { OrganSuffix } from "./model.js";

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
