// Affiliations read from the article as a whole, once every person is found: the state of a
// state-level title, a known leader's state, the person "his" stands for, an organisation's own title.
import { nodeKey } from "../../util/keys.js";
import { orgActor } from "../actors.js";
import { articleState, leadingState, stateMentionCounts } from "../article-state.js";
import type { Lexicon } from "../lexicon.js";
import { mkActor, mkMention, type ActorMention, type PersonContext } from "../model.js";
import { HONORIFICS, ROLE_NOUNS, SIDE_NOUNS, TITLE_MODIFIERS } from "../words.js";

/** Words for the other side's holder of a title: "his counterpart" is not his. */
const COUNTERPART_NOUNS = new Set(["counterpart", "counterparts", "rival", "rivals", "opponent", "opponents", "successor", "predecessor"]);

/** Affiliations guessed from the sentence's or the article's state, which a reading of the person's own yields to. */
const GUESSED_RULES = new Set(["title-shared", "title-context", "title-article", "title-frame", "title-dateline", "title-counterpart"]);

/** A role that the person no longer holds. */
const FORMER_ROLE = /\b(former|ex-|late|ousted|deposed)\b/i;
/** Offices a party has as well as a state ("president", "chairman"), unlike "prime minister". */
const PARTY_OFFICES = /^(president|chairman|chairwoman|chair|leader|secretary-general|secretary general|deputy president|vice-president|vice president)$/i;

/** Affiliations for the persons still without one (or with only the state of the context). */
export function affiliateFromArticle(pc: PersonContext): void {
  // the actors of persons affiliated already (another mention of the person may lack it)
  const affiliated = new Set<string>();
  for (const p of pc.persons) if (p.affiliation) affiliated.add(p.actor.key);
  affiliateStateLevelTitles(pc, affiliated);
  affiliateKnownLeaders(pc, affiliated);
  affiliateDeputiesOfLeaders(pc);
  affiliatePresidentialOffices(pc);
  affiliateByPossessive(pc);
  affiliateBySameTitle(pc, affiliated);
  affiliateByRepresenting(pc);
  affiliateByOfficeTaken(pc);
  affiliateByBodyOfListedTitle(pc);
  affiliateBySideNamed(pc);
  affiliateByLedSide(pc);
  affiliateDelegationMembers(pc);
  affiliatePartyLeadersStates(pc);
  affiliateByPartyTag(pc);
}

/** The state whose capital opens sentence `sent` as "In <capital>,", as a state mention there; undefined otherwise. */
function capitalFraming(pc: PersonContext, sent: number): ActorMention | undefined {
  const { tokens, lex } = pc;
  const k = pc.a.sentences[sent]?.tokStart ?? -1;
  if (k < 0 || tokens[k]?.text !== "In") return undefined;
  for (const len of [1, 2]) {
    if (tokens[k + 1 + len]?.text !== ",") continue;
    const name = tokens.slice(k + 1, k + 1 + len).map((t) => t.text).join(" ");
    const state = lex.placeState.get(name.toLowerCase());
    if (state && lex.states.get(state)?.capitals.includes(name)) return mkMention(k + 1, k + 1 + len, sent, mkActor(nodeKey("State", state), "State", lex.stateName(state), state), name, "capital");
  }
  return undefined;
}

/** A head of state's or government's deputy, and the heads they deputise for. */
const DEPUTY_OF = /^(vice[- ]president|deputy president|vice[- ]premier|deputy prime minister)$/i;
const HEAD_OF = /^(president|prime minister|premier)$/i;

/**
 * "President Donald Trump and Vice President JD Vance": a deputy named right after the head, joined by
 * "and", is of the head's state (over a state guessed from the sentence).
 */
function affiliateDeputiesOfLeaders(pc: PersonContext): void {
  const { tokens, titles } = pc;
  for (const p of pc.persons) {
    if ((p.affiliation && !GUESSED_RULES.has(p.affiliationRule ?? "")) || !DEPUTY_OF.test(p.role ?? "")) continue;
    const t = titles.find((x) => x.end === p.start);
    if (!t || tokens[t.start - 1]?.lower !== "and") continue;
    const head = pc.persons.find((o) => o.end === t.start - 1 && o.sent === p.sent);
    if (!head || !HEAD_OF.test(head.role ?? "") || head.affiliation?.actor.type !== "State") continue;
    p.affiliation = head.affiliation;
    p.affiliationRule = "title-context";
  }
}

/**
 * "Foreign Minister X led the Bhutanese delegation", "X headed the PML-N committee": the side a person
 * with no affiliation yet led, named right after the verb.
 */
function affiliateByLedSide(pc: PersonContext): void {
  const { tokens, actors } = pc;
  for (const p of pc.persons) {
    // (the side read here is the person's own, over one guessed from the article)
    if ((p.affiliation && !GUESSED_RULES.has(p.affiliationRule ?? "")) || !/^(led|leads|heads|headed)$/.test(tokens[p.end]?.lower ?? "")) continue;
    const k = /^(the|a)$/.test(tokens[p.end + 1]?.lower ?? "") ? p.end + 2 : p.end + 1;
    const side = actors.find((m) => m.start === k && m.actor.type !== "Person");
    if (!side) continue;
    let n = side.end;
    if (tokens[n]?.text === "'s" || tokens[n]?.text === "'") n++;
    if (tokens[n]?.lower === "negotiating" || tokens[n]?.lower === "facilitation") n++;
    if (!SIDE_NOUNS.has(tokens[n]?.lower ?? "")) continue;
    p.affiliation = side;
    p.affiliationRule = "led-by";
  }
}

/** Words that open the list of a delegation's members ("a delegation comprising A and B"). */
const MEMBERS_OPENER = /^(comprising|including|of)$/;

/**
 * "a two-member Assam delegation, comprising Minister A and Minister B", "a team including X": the
 * persons listed after the side's noun are of the actor that names the side, unless their own title
 * says otherwise.
 */
function affiliateDelegationMembers(pc: PersonContext): void {
  const { tokens, actors, persons, cover } = pc;
  let side: ActorMention | undefined;
  let listEnd = -1;
  for (const p of persons) {
    let k = p.start - 1;
    while (k >= 0 && cover.title[k]! >= 0 && tokens[k]!.sent === p.sent) k--;
    // (over the portfolio words the title gazetteer left: "Border Protection and Development Minister")
    if (k < p.start - 1 && k !== listEnd) for (let g = 0; g < 5 && k > 0 && ((tokens[k]!.cap && cover.actor[k]! < 0) || (tokens[k]!.lower === "and" && tokens[k - 1]!.cap)); g++) k--;
    // the next member: "..., comprising A and B"
    if (side && tokens[k]?.lower === "and" && k === listEnd) {
      if (!p.affiliation || GUESSED_RULES.has(p.affiliationRule ?? "")) {
        p.affiliation = side;
        p.affiliationRule = "led-by";
      }
      listEnd = p.end;
      continue;
    }
    side = undefined;
    if (!MEMBERS_OPENER.test(tokens[k]?.lower ?? "")) continue;
    const noun = tokens[k - 1]?.text === "," ? k - 2 : k - 1;
    if (!SIDE_NOUNS.has(tokens[noun]?.lower ?? "")) continue;
    const owner = actors.find((m) => m.end === noun && m.actor.type !== "Person" && m.sent === p.sent);
    if (!owner) continue;
    if (!p.affiliation || GUESSED_RULES.has(p.affiliationRule ?? "")) {
      p.affiliation = owner;
      p.affiliationRule = "led-by";
    }
    side = owner;
    listEnd = p.end;
  }
}

/** The parties of American copy's tags after a lawmaker's name: "(D-Nev.)", "(R-Ky.)", "(I-Vt.)", ", D-Calif.,". */
const US_PARTY_TAGS: Readonly<Record<string, string>> = { D: "democratic-party", R: "republican-party" };
const PARTY_TAG = /^\(([DRI])-[A-Z][A-Za-z.]{0,6}\)|^, ?([DRI])-[A-Z][A-Za-z.]{0,6},/;

/**
 * "Senate Majority Leader Harry Reid (D-Nev.)": the party of the tag right after the name, over any
 * affiliation guessed from the article (the tag is the lawmaker's own).
 */
function affiliateByPartyTag(pc: PersonContext): void {
  const { a, lex, tokens } = pc;
  for (const p of pc.persons) {
    // ("Sen. Bernie Sanders, I-Vt., called": the same between commas)
    const open = tokens[p.end];
    if ((open?.text !== "(" && open?.text !== ",") || open.sent !== p.sent) continue;
    const tag = PARTY_TAG.exec(a.text.slice(open.start, open.start + 13));
    const id = tag ? US_PARTY_TAGS[(tag[1] ?? tag[2])!] : undefined;
    if (!id) {
      affiliateByPartyInBrackets(pc, p);
      continue;
    }
    if (!lex.orgs.has(id)) continue;
    const party = mkMention(p.end, p.end, p.sent, orgActor(lex, id), "", "party-tag");
    // ("Senate Majority Leader Harry Reid (D-Nev.)": the chamber the title names, and the party)
    if (p.affiliation && !GUESSED_RULES.has(p.affiliationRule ?? "")) {
      if (!p.ledBody && p.affiliation.actor.key !== party.actor.key) {
        p.ledBody = party;
        p.ledBodyRule = "party-tag";
      }
      continue;
    }
    p.affiliation = party;
    p.affiliationRule = "party-tag";
  }
}

/**
 * "De Croo (Open VLD) and the PS chairman", "Olaf Scholz (SPD)": a party alone in brackets after a
 * name is the person's. A state the person was given (a known leader's) stays as the second affiliation.
 * A state alone in brackets is the person's state.
 */
function affiliateByPartyInBrackets(pc: PersonContext, p: ActorMention): void {
  const { tokens } = pc;
  const party = tokens[p.end]?.text === "(" ? pc.actorStart.get(p.end + 1) : undefined;
  // "The Conference President, Peter Woolcott (Australia)": a delegate's state, as United Nations copy tags it
  if (party?.actor.type === "State" && tokens[party.end]?.text === ")" && (!p.affiliation || GUESSED_RULES.has(p.affiliationRule ?? ""))) {
    p.affiliation = party;
    p.affiliationRule = "party-tag";
    return;
  }
  if (party?.actor.type !== "Group" || party.actor.orgKind !== "political" || tokens[party.end]?.text !== ")") return;
  // ("the Social Liberals (Radikale Venstre)": a party's English name misread as a person's)
  if (p.actor.name.split(" ").every((w) => party.actor.name.includes(w.replace(/s$/, "")))) return;
  if (p.affiliation?.actor.type === "State" && !p.stateAffiliation) {
    p.stateAffiliation = p.affiliation;
    p.stateAffiliationRule = p.affiliationRule;
  } else if (p.affiliation && !GUESSED_RULES.has(p.affiliationRule ?? "")) return;
  p.affiliation = party;
  p.affiliationRule = "party-tag";
}

/**
 * "PKR president Datuk Seri Anwar Ibrahim": an office the party's name opens is the party's, not the
 * state's (the leader of a state the gazetteer knows at the article's date keeps the state).
 */
function partyOpensTitle(pc: PersonContext, p: ActorMention): boolean {
  let end = p.start;
  while (end > 0 && HONORIFICS.has(pc.tokens[end - 1]!.text)) end--;
  const title = pc.titleEnd.get(end);
  return !!title && !!p.role && PARTY_OFFICES.test(p.role) && title.start === p.affiliation!.end;
}

/**
 * "Prime Minister Nikola Gruevski, head of the ruling VMRO-DPMNE": a person whose affiliation is a party
 * and whose title is a state's speaks for the state too: the known leader's, else the one state named
 * in the sentence or the one before.
 */
function affiliatePartyLeadersStates(pc: PersonContext): void {
  const { lex, actors } = pc;
  for (const p of pc.persons) {
    if (p.affiliation?.actor.type !== "Group" || p.affiliation.actor.orgKind !== "political" || p.stateAffiliation || !p.role || FORMER_ROLE.test(p.role) || !stateLevelTitle(lex, p.role)) continue;
    const known = lex.leaderState(p.actor.name, pc.year);
    if (known && lex.states.has(known)) {
      p.stateAffiliation = mkMention(p.start, p.start, p.sent, mkActor(nodeKey("State", known), "State", lex.stateName(known), known), "", "leader");
      p.stateAffiliationRule = "title-leader";
      continue;
    }
    // (an opposition leader the gazetteer knows for a past or later post holds no state's title here)
    if (partyOpensTitle(pc, p)) continue;
    let st: ActorMention | undefined;
    for (const m of actors) {
      if (m.sent < p.sent - 1 || m.sent > p.sent || m.actor.type !== "State") continue;
      if (st && st.actor.key !== m.actor.key) {
        st = undefined;
        break;
      }
      st = m;
    }
    if (!st) continue;
    p.stateAffiliation = st;
    p.stateAffiliationRule = "title-context";
  }
}

/** Verbs and phrases by which a person acts for a state or body named right after them. */
const FOR_WHOM = /^(represented|represents|representing)$/;
/** Verbs before "for" by which a person acts for the state or body after it ("signed for the Crown", "speaking for Hamas"). */
const SIGNED_FOR = /^(signed|initialled|initialed|inked|negotiated|negotiates|negotiating|speaking|spoke|speaks|acting|acted|acts)$/;

/**
 * "X signed the agreement on behalf of the CMA", "Mongi Hamdi represented the United Nations", "X,
 * representing Turkey, ...": the person acts for that actor. Read within the person's clause (up to ten
 * words, no comma), for persons the other passes left without an affiliation.
 */
function affiliateByRepresenting(pc: PersonContext): void {
  const { tokens, actorStart, persons } = pc;
  for (const p of persons) {
    if (p.affiliation) continue;
    const from = tokens[p.end]?.text === "," && FOR_WHOM.test(tokens[p.end + 1]?.lower ?? "") ? p.end + 1 : p.end;
    for (let k = from; k < from + 10 && k < tokens.length && tokens[k]!.sent === p.sent; k++) {
      const t = tokens[k]!;
      // another actor first is the one acting ("criticised the deal Norway signed on behalf of ...")
      if (k > from && (t.text === "," || t.text === ";" || t.text === "." || persons.some((q) => q.start === k) || actorStart.has(k))) break;
      let at = -1;
      if (FOR_WHOM.test(t.lower)) at = k + 1;
      // "Chris Finlayson signed for the Crown"
      else if (t.lower === "for" && SIGNED_FOR.test(tokens[k - 1]?.lower ?? "")) at = k + 1;
      else if (t.lower === "behalf" && tokens[k - 1]?.lower === "on" && tokens[k + 1]?.lower === "of") at = k + 2;
      if (at < 0) continue;
      const am = actorStart.get(at) ?? (tokens[at]?.lower === "the" ? actorStart.get(at + 1) : undefined);
      // "on behalf of the Bosnian Serbs": a demonym before a people names no state the person speaks for
      if (am && am.actor.type !== "Person" && am.via !== "demonym") {
        p.affiliation = am;
        p.affiliationRule = "on-behalf-of";
      }
      break;
    }
    if (!p.affiliation) signedForBy(pc, p);
  }
}

/**
 * "The agreements were signed for the United States by Ambassador Joseph Yun, ..., and for the Republic of
 * the Marshall Islands by the Honorable Jack Ading": the passive's signer acts for the actor before "by".
 */
function signedForBy(pc: PersonContext, p: ActorMention): void {
  const { tokens, actorEnd } = pc;
  let by = p.start - 1;
  // (over the person's title and form of address: "by the Honorable", "by Ambassador")
  while (by > p.start - 5 && by > 0 && (tokens[by]!.lower === "the" || (tokens[by]!.cap && tokens[by]!.kind === "word"))) by--;
  const am = tokens[by]?.lower === "by" ? actorEnd.get(by) : undefined;
  if (!am || am.actor.type === "Person" || am.via === "demonym") return;
  const at = tokens[am.start - 1]?.lower === "the" ? am.start - 1 : am.start;
  const forAt = tokens[at - 1]?.lower === "for" ? at - 1 : tokens[at - 1]?.lower === "of" && tokens[at - 2]?.lower === "behalf" ? at - 3 : -1;
  const before = tokens[forAt - 1]?.lower ?? "";
  // (after the verb, or after "and" that elides it: ", and for the Republic ... by")
  if (forAt < 0 || !(SIGNED_FOR.test(before) || before === "and")) return;
  p.affiliation = am;
  p.affiliationRule = "on-behalf-of";
}

/**
 * "National Basketball Players Association president Chris Paul and executive director Michele Roberts":
 * a title after "and" with no body of its own, behind a person whose title the body right before it
 * qualifies, is an office of the same body (states are left to the state-level passes).
 */
function affiliateByBodyOfListedTitle(pc: PersonContext): void {
  const { tokens, titles, persons } = pc;
  for (const p of persons) {
    if (p.affiliation) continue;
    const own = titles.find((t) => t.end === p.start);
    if (!own || tokens[own.start - 1]?.lower !== "and" || stateLevelTitle(pc.lex, own.title)) continue;
    const q = persons.find((x) => x.end === own.start - 1 && x.sent === p.sent);
    const body = q?.affiliation;
    if (!q || body?.actor.type !== "Group" || q.affiliationRule !== "title-before" || firstSideBetween(pc, q)) continue;
    if (titles.find((t) => t.end === q.start)?.start !== body.end) continue;
    p.affiliation = body;
    p.affiliationRule = "title-shared";
  }
}

/**
 * "Foreign Minister A and Fisheries Minister B on the Sri Lankan side, and C and D on the Indian side":
 * the persons listed before "on the <demonym> side" are of that state, over a state guessed from the
 * context.
 */
function affiliateBySideNamed(pc: PersonContext): void {
  const { tokens, actorStart, cover, persons } = pc;
  for (const p of persons) {
    if (p.affiliation && !GUESSED_RULES.has(p.affiliationRule ?? "")) continue;
    for (let k = p.end; k < p.end + 16 && tokens[k]?.sent === p.sent; k++) {
      const t = tokens[k]!;
      if (/^(on|for|from)$/.test(t.lower) && tokens[k + 1]?.lower === "the") {
        const st = actorStart.get(k + 2);
        if (st?.actor.type === "State" && st.via === "demonym" && /^(side|team|delegation)$/.test(tokens[st.end]?.lower ?? "")) {
          p.affiliation = st;
          p.affiliationRule = "side-named";
        }
        break;
      }
      // over the rest of the list: "and", commas, titles and the other persons
      if (!(t.lower === "and" || t.text === "," || cover.title[k]! >= 0 || persons.some((q) => k >= q.start && k < q.end))) break;
    }
  }
}

/** Verbs of taking an office, after the name and its auxiliaries ("has been sworn in as", "was named"). */
const TAKES_OFFICE = /^(sworn|appointed|named|elected|installed|confirmed|became|becomes|becoming|took|takes|taking)$/;
const OFFICE_AUXILIARIES = /^(has|have|had|been|was|is|were|will|be|being|formally|officially|later|then)$/;

/**
 * "Sushila Karki has been sworn in as Nepal's first woman prime minister", "X was elected president of
 * Ghana": the state of the office the person takes, for persons the other passes left without one.
 */
function affiliateByOfficeTaken(pc: PersonContext): void {
  const { tokens, actorStart, cover, persons } = pc;
  const titleRun = (from: number): number => {
    let q = from;
    while (q < from + 6 && tokens[q]?.sent === tokens[from]?.sent && tokens[q]!.kind === "word" && (cover.title[q]! >= 0 || !tokens[q]!.cap) && !/^(of|in|on|at|and|for)$/.test(tokens[q]!.lower)) q++;
    return tokens.slice(from, q).some((_, i) => cover.title[from + i]! >= 0) ? q : -1;
  };
  for (const p of persons) {
    if (p.affiliation) continue;
    let k = p.end;
    while (k < p.end + 3 && OFFICE_AUXILIARIES.test(tokens[k]?.lower ?? "")) k++;
    const verb = tokens[k]?.lower ?? "";
    if (!TAKES_OFFICE.test(verb) || tokens[k]!.sent !== p.sent) continue;
    k++;
    // ("sworn in as", "took over as": the particle and "as" are needed)
    const particle = verb === "sworn" ? "in" : /^(took|takes|taking)$/.test(verb) ? "over" : "";
    if (particle && tokens[k++]?.lower !== particle) continue;
    if (tokens[k]?.lower === "as") k++;
    else if (particle) continue;
    if (/^(the|a|an)$/.test(tokens[k]?.lower ?? "")) k++;
    // "Nepal's first woman prime minister", "the Nepali prime minister"
    const st = actorStart.get(k);
    if (st?.actor.type === "State" && st.via !== "capital") {
      const possessive = /^['’]s?$/.test(tokens[st.end]?.text ?? "");
      if ((possessive || st.via === "demonym") && titleRun(st.end + (possessive ? 1 : 0)) > 0) {
        p.affiliation = st;
        p.affiliationRule = "office-taken";
      }
      continue;
    }
    // "president of Ghana", "prime minister of the Solomon Islands"
    const end = titleRun(k);
    if (end < 0 || tokens[end]?.lower !== "of") continue;
    const of = actorStart.get(end + 1) ?? (tokens[end + 1]?.lower === "the" ? actorStart.get(end + 2) : undefined);
    if (of?.actor.type === "State") {
      p.affiliation = of;
      p.affiliationRule = "office-taken";
    }
  }
}

/**
 * A state-level title without its state ("Prime Minister Benjamin Netanyahu said", "Foreign Minister
 * X") in a sentence about one state: the state named just before, in this sentence or the last.
 */
function affiliateStateLevelTitles(pc: PersonContext, affiliated: Set<string>): void {
  const { lex, tokens, actors, persons } = pc;
  let dominant: ActorMention | null | undefined;
  for (const p of persons) {
    if (p.affiliation || !p.role || affiliated.has(p.actor.key) || FORMER_ROLE.test(p.role) || ownerNotRead(pc, p)) continue;
    const stateLevel = stateLevelTitle(lex, p.role);
    // ("Turkey's Foreign Minister A, Defence Minister B and intelligence chief C": a security office shares
    // the list's state too, though alone it names none)
    if (!stateLevel && lex.titleKinds.get(p.role.toLowerCase()) !== "security") continue;
    const shared = qualifierOfPrevious(pc, p);
    if (shared) {
      p.affiliation = shared;
      p.affiliationRule = "title-shared";
      affiliated.add(p.actor.key);
      continue;
    }
    if (!stateLevel) continue;
    let st: ActorMention | undefined;
    let framed = false;
    for (const m of actors) {
      if (m.start >= p.start) break;
      if (m.sent >= p.sent - 1 && m.actor.type === "State" && m.via !== "capital") st = m;
      // "In Israel, which ..., opposition leader X": the sentence is set in that state
      if (m.sent === p.sent && m.actor.type === "State" && tokens[m.start - 1]?.text === "In" && (m.start < 2 || tokens[m.start - 2]!.sent !== p.sent) && tokens[m.end]?.text === ",") {
        st = m;
        framed = true;
        break;
      }
    }
    // "In Taipei, Foreign Minister Joseph Wu told ...": a sentence set in a state's capital
    if (!framed) {
      const capital = capitalFraming(pc, p.sent);
      if (capital) {
        st = capital;
        framed = true;
      }
    }
    if (framed && st) {
      p.affiliation = st;
      p.affiliationRule = "title-frame";
      affiliated.add(p.actor.key);
      continue;
    }
    if (!st) {
      // no state in reach: the state the article is about, when it dominates (twice the mentions of
      // any other) and no state is named in this sentence or the one before
      dominant ??= dominantState(actors, pc.datelineState);
      const home = dominant ?? datelineStateMention(pc, p);
      // ("Foreign Minister X met his Malian counterpart" in a story on Mali: X is not Malian)
      // ("Foreign Minister Kang met her Japanese counterpart" in copy datelined Seoul: the counterpart's
      // state is no rival in reach)
      const counterpart = counterpartState(pc, p);
      const rival = (m: ActorMention) => m.sent >= p.sent - 1 && m.sent <= p.sent && m.actor.type === "State" && m.actor.key !== home?.actor.key && m.actor.key !== counterpart && !qualifiesOtherTitle(pc, m, p);
      if (!home || home.actor.key === counterpart || actors.some(rival)) continue;
      p.affiliation = home;
      p.affiliationRule = dominant ? "title-article" : "title-dateline";
      affiliated.add(p.actor.key);
      continue;
    }
    // only when that state is the only one in reach (otherwise the title is ambiguous)
    // (a state after the title that qualifies another person's title is that person's: "represented by
    // Human Resources Minister X, while Indonesia was represented by its Manpower Minister Y")
    const others = actors.some((m) => m.sent >= p.sent - 1 && m.sent <= p.sent && m.actor.type === "State" && m.actor.key !== st!.actor.key && !(m.start > p.start && qualifiesOtherTitle(pc, m, p)));
    if (others) {
      // "Defence Minister Rajnath Singh held talks with his Chinese counterpart": the other state in reach
      const other = stateBesideCounterpart(pc, p);
      // a title no demonym or possessive qualifies, in copy datelined in one of the states in reach, is
      // the dateline state's ("ISLAMABAD: ... Foreign Minister Jalil Abbas Jilani" in a story on Iran)
      const home = other ? undefined : datelineStateInReach(pc, p);
      if (other || home) {
        p.affiliation = other ?? home;
        p.affiliationRule = other ? "title-counterpart" : "title-dateline";
        affiliated.add(p.actor.key);
      }
      continue;
    }
    if (st.actor.key === counterpartState(pc, p)) continue;
    // ("talks between Indonesia's Law Minister X and Home Affairs Minister Y": the state is the other side's)
    if (persons.some((q) => q.sent === p.sent && q.start < p.start && q.affiliation === st && q.affiliationRule === "title-before" && firstSideBetween(pc, q))) continue;
    p.affiliation = st;
    p.affiliationRule = "title-context";
    affiliated.add(p.actor.key);
  }
}

/**
 * "Transport Minister X met Ukrainian Prime Minister Y": a state that qualifies another person's title
 * is that person's, no rival for a title no state qualifies.
 */
function qualifiesOtherTitle(pc: PersonContext, m: ActorMention, p: ActorMention): boolean {
  return pc.persons.some((q) => q !== p && q.affiliation === m && q.affiliationRule === "title-before");
}

/**
 * "Venezuela's Vice-President Delcy Rodríguez and Oil Minister Pedro Tellechea", "Iranian Foreign
 * Minister A and Defence Minister B": the state that qualifies the first title qualifies the second,
 * whose title follows "and" right after the first name; and so on down a list ("Turkey's Foreign
 * Minister A, Defence Minister B and ..."), as long as each title is another office (the same office
 * twice is two states'); undefined otherwise.
 */
function qualifierOfPrevious(pc: PersonContext, p: ActorMention): ActorMention | undefined {
  const { lex, tokens, cover, persons } = pc;
  // (a head of state or government after "and" is more often another state's: "Egypt's President Sisi and King Abdullah")
  const kind = lex.titleKinds.get((p.role ?? "").toLowerCase().replace(/^the\s+/, ""));
  if (kind === "head-of-state" || kind === "head-of-government") return undefined;
  let k = p.start - 1;
  while (k >= 0 && cover.title[k]! >= 0 && tokens[k]!.sent === p.sent) k--;
  if (k === p.start - 1 || (tokens[k]?.lower !== "and" && tokens[k]?.text !== ",")) return undefined;
  const q = persons.find((x) => x.end === k && x.sent === p.sent);
  if (!q || q.role?.toLowerCase() === p.role?.toLowerCase() || (tokens[k]!.lower === "and" && firstSideBetween(pc, q))) return undefined;
  if (q.affiliationRule === "title-shared") return q.affiliation;
  const st = q.affiliationRule === "title-before" ? q.affiliation : undefined;
  if (st?.actor.type !== "State" || st.end >= q.start) return undefined;
  // the state stands right before the first title, as a demonym or a possessive
  const titleStart = st.end + (/^['’]s?$/.test(tokens[st.end]?.text ?? "") ? 1 : 0);
  return (st.via === "demonym" || titleStart > st.end) && cover.title[titleStart]! >= 0 ? st : undefined;
}

/**
 * "negotiations between Indonesia's Coordinating Minister for Law, X, and Home Affairs Minister Y": the
 * person opens the list of a "between" (no "and" before it), whose next member is the other side.
 */
function firstSideBetween(pc: PersonContext, q: ActorMention): boolean {
  const { tokens, cover } = pc;
  for (let k = q.start - 1; k >= 0 && k > q.start - 18 && tokens[k]!.sent === q.sent; k--) {
    if (tokens[k]!.lower === "between") return true;
    // ("between A, B and C": a person listed before q opens the list)
    if (tokens[k]!.text === "," && pc.persons.some((x) => x.end === k && x.sent === q.sent)) return false;
    // (an "and" inside a portfolio is no list's: "Minister for Law, Human Rights, Immigration and Corrections")
    if ((tokens[k]!.lower === "and" && !(cover.title[k]! >= 0 || (tokens[k - 1]?.cap && tokens[k + 1]?.cap))) || tokens[k]!.text === ";") return false;
  }
  return false;
}

/**
 * Whether the person's title belongs to a name no reading took, written as a possessive ("Myron
 * Brilliant, the Chamber's executive vice president"): that body's office, not the state's.
 */
function ownerNotRead(pc: PersonContext, p: ActorMention): boolean {
  const { tokens, cover } = pc;
  const unread = (k: number) => (tokens[k]?.text === "'s" || tokens[k]?.text === "'") && !!tokens[k - 1]?.cap && cover.actor[k - 1]! < 0 && !pc.persons.some((q) => q.end === k);
  if (tokens[p.end]?.text === ",") for (let k = p.end + 2; k < p.end + 6 && tokens[k]?.sent === p.sent && cover.title[k]! < 0; k++) if (unread(k)) return true;
  // "Leonard Cheng, president of Lingnan University": the title, "of" and a capitalised name no reading took
  if (tokens[p.end]?.text === ",") {
    let k = p.end + 1;
    while (k < p.end + 6 && cover.title[k]! >= 0) k++;
    if (k > p.end + 1 && tokens[k]?.lower === "of") {
      const at = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
      if (tokens[at]?.cap && tokens[at]!.kind === "word" && tokens[at]!.sent === p.sent && cover.actor[at]! < 0 && !pc.persons.some((q) => q.start === at)) return true;
    }
  }
  for (let k = p.start - 1; k > p.start - 7 && k > 0 && tokens[k]!.sent === p.sent; k--) if (unread(k)) return true;
  return false;
}

/**
 * A titled person left without a state (several states in reach), or given only the state of the
 * context: a known leader's own state ("President Vladimir Putin", "King Salman", "Pope Francis").
 */
function affiliateKnownLeaders(pc: PersonContext, affiliated: Set<string>): void {
  const { lex, persons } = pc;
  for (const p of persons) {
    const guessed = GUESSED_RULES.has(p.affiliationRule ?? "");
    if (p.affiliation && !guessed) continue;
    if (!p.affiliation && affiliated.has(p.actor.key)) continue;
    // ("President Trump", "Foreign Minister Lavrov": a titled surname of one known leader)
    const surname = p.role && !p.actor.name.includes(" ") ? lex.leaderSurnameState(p.actor.name) : undefined;
    const id = lex.leaderState(p.actor.name, pc.year) ?? (p.role ? lex.leaderState(`${p.role} ${p.actor.name}`, pc.year) : undefined) ?? surname;
    if (!id || !lex.states.has(id) || p.affiliation?.actor.key === nodeKey("State", id)) continue;
    // "Volodymyr Zelensky has postponed a visit": a leader named without a title speaks for the state too
    p.affiliation = mkMention(p.start, p.start, p.sent, mkActor(nodeKey("State", id), "State", lex.stateName(id), id), "", "leader");
    p.affiliationRule = p.role ? "title-leader" : "known-leader";
    affiliated.add(p.actor.key);
  }
}

/**
 * "Holbrooke and his deputy, Christopher Hill", "Yuri Ushakov, Vladimir Putin's foreign policy aide":
 * the affiliation of the person "his" stands for, or of the person whose aide the appositive names.
 */
function affiliateByPossessive(pc: PersonContext): void {
  const { tokens, persons } = pc;
  const affiliationOf = (owner: ActorMention) => (owner.affiliation ? owner : persons.find((q) => q.actor.key === owner.actor.key && q.affiliation))?.affiliation;
  for (const p of persons) {
    // a state guessed from the context yields to the possessor's ("Brett McGurk, President Joe Biden's
    // Middle East coordinator": not the state the sentence is about)
    const guessed = GUESSED_RULES.has(p.affiliationRule ?? "");
    if (p.affiliation && !guessed) continue;
    if (tokens[p.end]?.text === ",") {
      // the owner may carry a title of its own ("President Vladimir Putin's special envoy")
      let at = p.end + 1;
      while (at < p.end + 4 && tokens[at]?.cap && tokens[at]!.sent === p.sent && !persons.some((q) => q.start === at)) at++;
      const owner = persons.find((q) => q.start === at && q !== p && q.actor.key !== p.actor.key);
      const possessive = owner && (tokens[owner.end]?.text === "'s" || tokens[owner.end]?.text === "'") && tokens[owner.end + 1]?.kind === "word";
      const af = possessive ? affiliationOf(owner) : undefined;
      if (af) {
        p.affiliation = af;
        p.affiliationRule = "possessive-title";
        continue;
      }
    }
    // "Amos Hochstein, a senior adviser to President Joe Biden,": the principal's
    const principal = principalAfterAideTitle(pc, p);
    const principalAf = principal ? affiliationOf(principal) : undefined;
    if (principalAf) {
      p.affiliation = principalAf;
      p.affiliationRule = "aide-to";
      continue;
    }
    // "Erdogan's spokesman, Ibrahim Kalin": the owner's, over the title before the comma; "Donald
    // Trump's Middle East envoy Steve Witkoff": the owner's, the title right before the name
    const titleOwner = tokens[p.start - 1]?.text === "," ? ownerBeforeTitle(pc, p) : ownerBeforeTitle(pc, p, p.start - 1);
    const ownerAf = titleOwner ? affiliationOf(titleOwner) : undefined;
    if (ownerAf) {
      p.affiliation = ownerAf;
      p.affiliationRule = "possessive-title";
      continue;
    }
    if (!p.role || p.affiliation) continue;
    let h = -1;
    for (let k = p.start - 1; k >= 0 && k > p.start - 7 && tokens[k]!.sent === p.sent; k--) {
      const t = tokens[k]!;
      if (t.lower === "his" || t.lower === "her") {
        h = k;
        break;
      }
      if (t.cap || (t.kind !== "word" && t.text !== ",")) break;
    }
    if (h < 0) continue;
    const owner = persons.find((q) => q.sent === p.sent && q.end <= h && q.end >= h - 2 && q !== p);
    if (!owner) continue;
    const af = affiliationOf(owner);
    if (!af) continue;
    p.affiliation = af;
    p.affiliationRule = "possessive-title";
  }
}

/** Roles that serve a principal ("an adviser to", "a close confidant of"). */
const AIDE_NOUNS = /^(adviser|advisor|aide|confidant|confidante|envoy|emissary|spokesman|spokeswoman|spokesperson|representative|counsellor|counselor|lieutenant|ally|deputy)$/;

/**
 * "X, a senior adviser to President Joe Biden", "X, a close confidant of Netanyahu": the person an
 * appositive role noun serves (its "to"/"of" and any title before the name), or undefined.
 */
function principalAfterAideTitle(pc: PersonContext, p: ActorMention): ActorMention | undefined {
  const { tokens, persons, cover } = pc;
  if (tokens[p.end]?.text !== ",") return undefined;
  // ("Kim Kwan-jin, national security adviser to President Park": no article, as press copy often writes it)
  const from = /^(a|an|the|his|her)$/.test(tokens[p.end + 1]?.lower ?? "") ? p.end + 2 : p.end + 1;
  if (from === p.end + 1 && (tokens[from]?.kind !== "word" || tokens[from]!.cap)) return undefined;
  for (let j = from; j < from + 5 && tokens[j]?.sent === p.sent; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word" || (t.cap && cover.title[j]! < 0)) return undefined;
    if (!AIDE_NOUNS.test(t.lower) || !/^(to|of)$/.test(tokens[j + 1]?.lower ?? "")) continue;
    let at = j + 2;
    while (at < j + 6 && cover.title[at]! >= 0 && !persons.some((q) => q.start === at)) at++;
    return persons.find((q) => q.start === at && q.actor.key !== p.actor.key);
  }
  return undefined;
}

/**
 * The person whose title, written as a possessive, is set off before the name by a comma ("Erdogan's
 * spokesman, Ibrahim Kalin", "Putin's foreign policy aide, Yuri Ushakov") or stands right before it
 * (`from` = the token before the name: "Trump's Middle East envoy Steve Witkoff", where capitalised
 * words may qualify the title), or undefined; the words between must hold a title or a role noun
 * ("Biden's decision, Xi said" names none).
 */
function ownerBeforeTitle(pc: PersonContext, p: ActorMention, from = p.start - 2): ActorMention | undefined {
  const { tokens, persons, cover } = pc;
  const adjacent = from === p.start - 1;
  let titled = false;
  let q = from;
  let plain = 0;
  for (; q >= 0 && q > p.start - 8 && tokens[q]!.sent === p.sent; q--) {
    const t = tokens[q]!;
    if (t.text === "'s" || t.text === "'" || t.lower === "his" || t.lower === "her") break;
    if (t.kind !== "word" || (t.cap && cover.title[q]! < 0 && !adjacent) || t.lower === "and" || COUNTERPART_NOUNS.has(t.lower) || persons.some((o) => o.start <= q && q < o.end)) return undefined;
    if (cover.title[q]! >= 0 || ROLE_NOUNS.has(t.lower)) titled = true;
    else if (!TITLE_MODIFIERS.has(t.lower)) plain++;
  }
  if (!titled || q < 0) return undefined;
  // "Mogherini chaired the talks. Her deputy, Helga Schmid, ...", "Trump and his envoy Steve Witkoff":
  // the person "her" stands for, when only title words follow it
  if (tokens[q]!.lower === "his" || tokens[q]!.lower === "her") return plain ? undefined : personOfHis(pc, q, p);
  if (!(tokens[q]!.text === "'s" || tokens[q]!.text === "'")) return undefined;
  return persons.find((o) => o.end === q && o !== p && o.actor.key !== p.actor.key);
}

/**
 * The person "his" or "her" at token `k` stands for: the last person named before it in its sentence,
 * else the first of the sentence before (its subject: "The DUP leader, Arlene Foster, has pressed
 * Johnson ... Her deputy, Nigel Dodds").
 */
function personOfHis(pc: PersonContext, k: number, p: ActorMention): ActorMention | undefined {
  let last: ActorMention | undefined;
  let subject: ActorMention | undefined;
  for (const o of pc.persons) {
    if (o.end > k || o.actor.key === p.actor.key) continue;
    if (o.sent === p.sent && (!last || o.end > last.end)) last = o;
    if (o.sent === p.sent - 1 && (!subject || o.start < subject.start)) subject = o;
  }
  return last ?? subject;
}

/**
 * "Secretary-General Kofi Annan" after "the UN Secretary-General": a title left without its actor takes
 * the one organisation the article names right next to the same title elsewhere.
 */
function affiliateBySameTitle(pc: PersonContext, affiliated: ReadonlySet<string>): void {
  const { tokens, titles, actorStart, actorEnd, persons } = pc;
  const byTitle = new Map<string, ActorMention | null>();
  for (const t of titles) {
    let am = actorEnd.get(t.start) ?? (tokens[t.start - 1]?.text === "'s" ? actorEnd.get(t.start - 1) : undefined);
    if (!am && tokens[t.end]?.lower === "of") am = actorStart.get(t.end + 1) ?? (tokens[t.end + 1]?.lower === "the" ? actorStart.get(t.end + 2) : undefined);
    // an organisation's own title ("Secretary-General"); a state's titles ("special envoy", "foreign
    // minister") are held in many states at once, and a chamber's ("majority leader") in both chambers
    // (and a region's head's: "Osaka Governor X" and "Papua Governor Y" govern two regions)
    // (and a candidate's: every party in the race has one)
    if (am?.actor.type !== "Group" || am.via === "region" || /\b(majority|minority|whip|candidate|nominee|running mate)\b/i.test(t.title)) continue;
    const key = t.title.toLowerCase();
    const prev = byTitle.get(key);
    if (prev === undefined) byTitle.set(key, am);
    else if (prev && prev.actor.key !== am.actor.key) byTitle.set(key, null);
  }
  if (!byTitle.size) return;
  for (const p of persons) {
    if (p.affiliation || !p.role || affiliated.has(p.actor.key) || FORMER_ROLE.test(p.role)) continue;
    // ("former chancellery chief Ronald Pofalla": "former" before the title's own words)
    if (tokens.slice(Math.max(0, p.start - 4), p.start).some((t) => t.lower === "former" && t.sent === p.sent)) continue;
    const am = byTitle.get(p.role.toLowerCase());
    // ("Matteo Salvini, the League's leader": the title is the League's, which no reading took)
    if (!am || unreadNameBeforeTitle(pc, p) || ownerNotRead(pc, p)) continue;
    p.affiliation = am;
    p.affiliationRule = "same-title";
  }
}

/**
 * "Gazprom chief Alexei Miller" (a name no reading took, opening the sentence): the title has a body of
 * its own, not the one another "chief" of the article has.
 */
function unreadNameBeforeTitle(pc: PersonContext, p: ActorMention): boolean {
  const { tokens, titles, actorEnd } = pc;
  const t = titles.find((x) => x.end === p.start);
  const w = t ? tokens[t.start - 1] : undefined;
  return !!t && !!w && w.kind === "word" && w.cap && w.sent === p.sent && !/^[A-Z]/.test(t.title) && !actorEnd.has(t.start) && !tokens[t.start]!.cap;
}

/**
 * "presidential spokesman Garba Shehu" after "President Muhammadu Buhari": the office of the one
 * president the article names with a state, over a state guessed from the sentence's context, when
 * that state is the one the article is about.
 */
function affiliatePresidentialOffices(pc: PersonContext): void {
  let president: ActorMention | undefined | null = null;
  for (const p of pc.persons) {
    const guessed = GUESSED_RULES.has(p.affiliationRule ?? "");
    if ((p.affiliation && !guessed) || !p.role || !/^presidential\b/i.test(p.role)) continue;
    if (president === null) {
      president = presidentsState(pc.persons);
      if (president && dominantState(pc.actors, pc.datelineState)?.actor.key !== president.actor.key) president = undefined;
    }
    if (!president) return;
    p.affiliation = president;
    p.affiliationRule = "title-article";
  }
}

/** The state of the one president the article names with a state ("President Muhammadu Buhari"), else undefined. */
function presidentsState(persons: readonly ActorMention[]): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (const q of persons) {
    if (!q.role || !/^president$/i.test(q.role) || q.affiliation?.actor.type !== "State") continue;
    if (found && found.actor.key !== q.affiliation.actor.key) return undefined;
    found = q.affiliation;
  }
  return found;
}

/**
 * The state of a person whose sentence goes on to "his <demonym> counterpart", or who is named with a
 * person of a demonym's title ("X and Saudi Deputy Crown Prince Y"): the one state in reach (this
 * sentence and the one before) other than the counterpart's, or undefined.
 */
function stateBesideCounterpart(pc: PersonContext, p: ActorMention): ActorMention | undefined {
  const { tokens, actorStart, actors } = pc;
  let theirs = counterpartState(pc, p);
  // "Prime Minister Sherif Ismail and Saudi Deputy Crown Prince Mohammed bin Salman": the titled person
  // named with the first stands for another state
  const next = tokens[p.end]?.lower === "and" ? actorStart.get(p.end + 1) : undefined;
  if (!theirs && next?.actor.type === "State" && next.via === "demonym" && pc.cover.title[next.end]! >= 0) theirs = next.actor.key;
  if (!theirs) return undefined;
  let found: ActorMention | undefined;
  for (const m of actors) {
    if (m.sent < p.sent - 1 || m.sent > p.sent || m.actor.type !== "State" || m.actor.key === theirs) continue;
    if (found && found.actor.key !== m.actor.key) return undefined;
    found = m;
  }
  return found;
}

/** The state of "his <demonym> counterpart" later in the person's sentence ("X met his Malian counterpart"), or undefined. */
function counterpartState(pc: PersonContext, p: ActorMention): string | undefined {
  const { tokens, actorStart } = pc;
  for (let k = p.end; k < p.end + 14 && k + 2 < tokens.length && tokens[k]!.sent === p.sent; k++) {
    if (!/^(his|her)$/.test(tokens[k]!.lower)) continue;
    const d = actorStart.get(k + 1);
    return d?.actor.type === "State" && tokens[d.end]?.lower === "counterpart" ? d.actor.key : undefined;
  }
  return undefined;
}

/**
 * The dateline's state when the sentence or the one before names it among other states and the article
 * names it more than any other and opens with it (not a host's capital, "OSLO" of talks between
 * others), else undefined.
 */
function datelineStateInReach(pc: PersonContext, p: ActorMention): ActorMention | undefined {
  const id = pc.datelineState;
  if (!id) return undefined;
  const counts = stateMentionCounts(pc.actors, id);
  const { best } = leadingState(counts);
  if (!best || (counts.get(id)?.n ?? 0) * 3 < best.n * 2) return undefined;
  // (and the story's first state: "KHARTOUM - South Sudan's rivals signed ..." is about South Sudan)
  const first = pc.actors.find((m) => m.actor.type === "State" && !pc.headline[m.sent]);
  if (first && first.actor.state !== id) return undefined;
  // (a leader the gazetteer places in another state is a visitor; another state named in the person's
  // own sentence is more likely theirs: "Defence Minister Moshe Yaalon told reporters that Israel had")
  const known = pc.lex.leaderState(p.actor.name);
  if (known && known !== id) return undefined;
  const inReach = pc.actors.filter((m) => m.sent >= p.sent - 1 && m.sent <= p.sent && m.actor.type === "State");
  if (inReach.some((m) => m.sent === p.sent && m.actor.state !== id) || !inReach.some((m) => m.actor.state === id)) return undefined;
  return datelineStateMention(pc, p);
}

/**
 * "VANCOUVER (Reuters) - ... Labour Minister Seamus O'Regan": with no state in the article to go by,
 * the state of the dateline's place (wire copy names a foreign minister's country; its own it leaves out).
 */
function datelineStateMention(pc: PersonContext, p: ActorMention): ActorMention | undefined {
  const id = pc.datelineState;
  if (!id || !pc.lex.states.has(id)) return undefined;
  return mkMention(p.start, p.start, p.sent, mkActor(nodeKey("State", id), "State", pc.lex.stateName(id), id), "", "dateline");
}

const STATE_TITLE_KINDS = new Set(["head-of-state", "head-of-government", "minister"]);
/** "government spokeswoman", "presidential spokesman", "national security adviser", "chief of staff": offices of a state's government. */
const GOVERNMENT_OFFICE = /^(government|presidential|presidency|cabinet|kremlin) (spokes(man|woman|person)|adviser|advisor|secretary)$|^(deputy )?national security (adviser|advisor)$|^(presidential |white house )?chief of staff$/;
/** "Prime Minister", "President", "Foreign Minister": titles held within one state (an opposition leader speaks for a party, not the state). */
function stateLevelTitle(lex: Lexicon, role: string): boolean {
  const r = role.toLowerCase().replace(/^(u\.s\.|the)\s+/, "");
  // (a title of joined portfolios is of its first or its last: "minister for law, human rights and
  // corrections", "railways, commerce and food minister")
  const joined = /^(minister|secretary) (of|for) .*(,| and) |(,| and) .*\b(minister|secretary)$/.test(r);
  const kind = lex.titleKinds.get(r) ?? (joined ? (lex.titleKinds.get(r.replace(/(,| and) .*$/, "")) ?? lex.titleKinds.get(r.replace(/^.*(,| and) /, ""))) : undefined);
  return (kind !== undefined && STATE_TITLE_KINDS.has(kind)) || r === "vice president" || r === "vice-president" || GOVERNMENT_OFFICE.test(r);
}

/** The article's state, named at least three times and twice as often as any other, or null. */
function dominantState(actors: readonly ActorMention[], dateline?: string): ActorMention | null {
  // (a state the headline names, with no other state anywhere in the article, is the article's too)
  const only = leadingState(stateMentionCounts(actors, dateline));
  const alone = only.best && only.best.n >= 2 && only.second === 0 ? only.best : undefined;
  return (articleState(actors, dateline, 3, 2) ?? alone)?.m ?? null;
}
