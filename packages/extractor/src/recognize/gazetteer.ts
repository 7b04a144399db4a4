// The gazetteer pass: longest matches of gazetteer surface forms, typed into titles, places, states
// (by name, demonym or capital metonymy), organisations and state organs ("Qatar's foreign ministry").
import type { Token } from "../nlp/wink.js";
import type { Actor, ActorMention, GazetteerMatch, GazetteerMentions, RecognizeContext } from "./model.js";
import { mkActor, mkMention } from "./model.js";
import { nodeKey } from "../util/keys.js";
import { PORTFOLIO_NAMES } from "../gazetteer/index.js";
import { composeOrgan, orgActor, stateActor } from "./actors.js";
import { capitalActor, capitalIsPlace } from "./capitals.js";
import { ORG_HEADS } from "./organisations.js";
import { organSuffixAt } from "./organs.js";
import { placeDescribedAfter } from "./places.js";
import { amirOpensName, isNameWord, surnameAloneElsewhere } from "./tokens.js";
import { FAMILY_FIRST_NAMES, GIVEN_NAMES, HONORIFICS, MEETING_NOUNS, NAME_PARTICLES, PLACE_GIVEN_NAMES, VENUE_NOUNS } from "./words.js";

/** Words after a title's "of" that belong to the title ("Secretary of State", "Minister of Foreign Affairs"). */
const TITLE_OF = new Set(["State", "Defense", "Defence", "Foreign", "Affairs", "Treasury", "Interior", "Homeland", "Security", "Justice", "the", "Staff", "Finance"]);
const GEO_NOUNS = new Set(["Ocean", "Sea", "Seas", "Gulf", "Peninsula", "Subcontinent", "Plateau", "Desert", "Basin", "Highlands", "Archipelago"]);
/** Lower-case place nouns after a one-word organisation's name that make it a place's ("the Amazon province"). */
const PLACE_NOUNS_AFTER = /^(province|region|rainforest|basin|river|jungle|forest|delta|valley)$/;
/** Whether capitalised words after `end` end with an organisation's head noun ("Cooperation Treaty Organization"). */
function opensLongerBody(tokens: RecognizeContext["tokens"], end: number): boolean {
  let k = end;
  while (k < end + 5 && tokens[k]?.cap && tokens[k]!.kind === "word" && tokens[k]!.sent === tokens[end - 1]!.sent && tokens[k]!.space) k++;
  return k > end && ORG_HEADS.has(tokens[k - 1]!.text);
}

/**
 * "Colombians for Peace", "Americans for the Arts": the end of a body's name that a people's plural opens
 * with "for" and capitalised words after it, or -1.
 */
function forCauseEnd(tokens: RecognizeContext["tokens"], start: number, end: number): number {
  if (end !== start + 1 || !tokens[start]!.text.endsWith("s") || tokens[end]?.text !== "for") return -1;
  let k = tokens[end + 1]?.text === "the" ? end + 2 : end + 1;
  const from = k;
  while (k < from + 3 && tokens[k]?.cap && tokens[k]!.kind === "word" && tokens[k]!.sent === tokens[start]!.sent) k++;
  return k > from ? k : -1;
}

/** Words that name the United States in a text ("US$" is a currency, not the state). */
const AMERICAN = /\b(United States|U\.S\.|American|Americans|Washington)\b|\bUS\b(?!\$)/;

/**
 * A treasury named bare in a story that names no American: the treasury of the dateline's state, or of
 * the one state the story names, keyed by it so that two states' treasuries stay two nodes.
 */
function treasuryOfStory(ctx: RecognizeContext, matches: readonly GazetteerMatch[]): Actor {
  const named = new Set(matches.filter((m) => m.entry.kind === "state" || m.entry.kind === "demonym").map((m) => m.entry.id));
  const state = ctx.datelineState ?? (named.size === 1 ? [...named][0] : undefined);
  return mkActor(nodeKey("Group", state ? `${state} Treasury` : "Treasury"), "Group", "Treasury", state, "government-office");
}

/** Platforms people post on, which are also companies that negotiate with states. */
const PLATFORMS = new Set(["twitter", "facebook", "youtube", "whatsapp", "telegram", "tiktok"]);
/** What is posted on a platform ("a Twitter post", "his Facebook page", "YouTube TV"). */
const POSTING_NOUNS = /^(post|posts|posting|account|accounts|page|pages|feed|thread|video|videos|message|messages|handle|handles|live|broadcast|channel|channels|group|groups|statement|livestream|user|users|tv)$/;
/** Words before "on" a platform that make it the one acted on ("called on Facebook to", "a ban on TikTok"). */
const ACTED_ON = /^(call|calls|called|calling|pressure|pressed|ban|bans|banned|crackdown|sanctions|fine|fines|restrictions|tax|levy|levies|rules|demands|attack|attacks)$/;

/** "said on Twitter", "via WhatsApp", "a Twitter post", "Twitter: @handle": the platform as a medium. */
function postedOn(tokens: RecognizeContext["tokens"], start: number, end: number): boolean {
  const before = tokens[start - 1]?.lower ?? "";
  if (/^(via|through)$/.test(before) || (before === "on" && !ACTED_ON.test(tokens[start - 2]?.lower ?? ""))) return true;
  return POSTING_NOUNS.test(tokens[end]?.lower ?? "") || tokens[end]?.text === ":";
}

/** One-word organisation names a river or a region shares, which "the" before them names ("the Amazon"). */
const PLACE_SHARED_ORG_NAMES = new Set(["Amazon"]);
/** Words that make a demonym after them a region's or a people's ("Central American", "Latin American"). */
const REGION_WORDS = /^(Central|Latin|Native|Pan|Anglo|Meso|Ibero|Hispanic)$/;
/** Nouns after "Indian" that name a Native American people's body or land ("the Gila River Indian
 * Community", "the Bureau of Indian Affairs", "Indian Country"), not anything of India's. */
const NATIVE_AMERICAN_NOUNS = /^(Community|Communities|Tribe|Tribes|Nation|Nations|Reservation|Reservations|Affairs|Country|Health|Gaming|Rancheria|Pueblo|Band)$/;
const COMPASS = /^(Northern|Southern|Eastern|Western|Upper|Lower)$/;
/** Words that name a sector's trade body before "UK" ("Universities UK", "Energy UK", "Water UK"). */
const SECTOR_BODY_WORD = /^(Universities|Colleges|Schools|Airlines|Airports|Ports|Railways|Hospitals|Energy|Water|Hospitality|Logistics|Make|Steel|Retail|Finance|Housing|Tech|Science|Sport|Music|Theatres|Cinemas|Pubs|Farmers|Insurers|Banks|Builders|Chemicals|Fisheries|Offshore)$/;

/** The longest gazetteer match at each word, left to right; their tokens are taken. */
export function matchGazetteer(ctx: RecognizeContext): GazetteerMatch[] {
  const { lex, tokens, covered } = ctx;
  const n = tokens.length;
  const matches: GazetteerMatch[] = [];
  // surnames read as a company's name after a given name ("Premier Doug Ford"): the person's later on
  const surnames = new Set<string>();
  for (let i = 0; i < n; ) {
    const t = tokens[i]!;
    if (t.kind !== "word" && t.kind !== "number" && t.text !== "'") {
      i++;
      continue;
    }
    const m = lex.match(tokens, i);
    const company = m?.len === 1 && m.entry.kind === "org" && m.entry.orgKind === "other";
    if (company && (surnames.has(t.text) || endsFullName(ctx, i, true))) surnames.add(t.text);
    if (!m || (m.len === 1 && ((m.entry.kind === "title" && titleWordInName(ctx, i)) || (m.entry.kind === "org" && (surnames.has(t.text) || endsFullName(ctx, i, false) || surnameAfterGivenName(ctx, i) || endsHyphenatedSurname(ctx, i) || namesVenue(ctx, i) || spokenAcronymOpensName(ctx, i) || spokenAcronymEndsName(ctx, i))))) || (m.entry.kind === "state" && (endsHyphenatedSurname(ctx, i) || insideHonouredName(ctx, i, m.len) || (m.len === 1 && surnameAfterGivenName(ctx, i)))) || (m.entry.kind === "place" && (endsLeaderName(ctx, i) || surnameAfterGivenName(ctx, i, true))) || (m.entry.kind === "capital" && m.len === 1 && (endsLeaderName(ctx, i) || (surnameAfterGivenName(ctx, i) && !VENUE_NOUNS.has(tokens[i + 1]?.lower ?? ""))))) {
      i++;
      continue;
    }
    // ("Nippon Steel Corp. and Mitsubishi Heavy Industries Ltd.": a known company's legal form is part of its name)
    const len = m.entry.kind === "org" && LEGAL_FORM_WORDS.has(tokens[i + m.len]?.text ?? "") && tokens[i + m.len]!.sent === t.sent ? m.len + 1 : m.len;
    matches.push({ start: i, end: i + len, entry: m.entry });
    for (let k = i; k < i + len; k++) covered[k] = 1;
    i += len;
  }
  return matches;
}

/** Companies' legal forms written after their names. */
const LEGAL_FORM_WORDS = new Set(["Corp.", "Corp", "Inc.", "Inc", "Ltd.", "Ltd", "Co.", "LLC", "plc", "PLC"]);

/**
 * "the Social Democrat Knut Fleckenstein": an acronym's title-case form ("Knut" for KNUT) opening a name
 * of two words (a capitalised word no title, body or meeting word, then no further capital) is a given name;
 * so is one before a given name and a surname ("Knut Arild Hareide").
 */
function spokenAcronymOpensName(ctx: RecognizeContext, i: number): boolean {
  const { lex, tokens } = ctx;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!lex.spokenAcronyms.has(tokens[i]!.text) || !isNameWord(next) || next!.sent !== tokens[i]!.sent) return false;
  if (lex.titleWords.has(next!.lower) || VENUE_NOUNS.has(next!.lower) || MEETING_NOUNS.has(next!.lower) || lex.match(tokens, i + 1)) return false;
  if (!after || after.sent !== next!.sent || !after.cap) return true;
  // "Knut Arild Hareide": a second given name, then the surname, ends a name of three words
  const last = tokens[i + 3];
  return GIVEN_NAMES.has(next!.text) && isNameWord(after) && !lex.match(tokens, i + 2) && (!last || last.sent !== after.sent || !last.cap);
}

/** "Agriculture Minister Piet Adema" (ADEMA is a Malian party): an acronym's title-case form right after a given name is a surname. */
function spokenAcronymEndsName(ctx: RecognizeContext, i: number): boolean {
  const { lex, tokens, covered } = ctx;
  const t = tokens[i]!;
  const given = tokens[i - 1];
  return lex.spokenAcronyms.has(t.text) && !!given && given.sent === t.sent && t.space && !covered[i - 1] && GIVEN_NAMES.has(given.text) && !isNameWord(tokens[i + 1]);
}

/** "at the Vale Resort": a one-word name before a capitalised venue noun names the venue. */
function namesVenue(ctx: RecognizeContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next?.cap && next.sent === ctx.tokens[i]!.sent && VENUE_NOUNS.has(next.lower);
}

/** "President Mokgweetsi Masisi" (Masisi is also a Congolese territory): a place's name that ends a known leader's full name. */
function endsLeaderName(ctx: RecognizeContext, i: number): boolean {
  const { lex, tokens } = ctx;
  const name = (from: number) => tokens.slice(from, i + 1).map((t) => t.text).join(" ");
  for (let from = i - 1; from >= i - 2 && from >= 0 && tokens[from]!.cap && tokens[from]!.kind === "word" && tokens[from]!.sent === tokens[i]!.sent; from--) if (lex.leaderState(name(from))) return true;
  return false;
}

/**
 * A one-word title at token i that is part of a person's name: hyphen-joined to a name word ("Hossein
 * Amir-Abdollahian"), or a surname after a given name with no name after it ("Foreign Minister Julie
 * Bishop signed", where "Bishop Desmond Tutu" keeps its title).
 */
function titleWordInName(ctx: RecognizeContext, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const hyphen = tokens[i + 1];
  if (hyphen?.text === "-" && !hyphen.space && tokens[i + 2]?.cap && !tokens[i + 2]!.space) return true;
  // "Hussein al-Sheikh", "Abdullah al-Amir": after a particle and its hyphen, a title word is the surname
  const dash = tokens[i - 1];
  if (dash?.text === "-" && !dash.space && !t.space && NAME_PARTICLES.has(tokens[i - 2]?.lower ?? "") && tokens[i - 2]!.sent === t.sent) return true;
  return surnameAfterGivenName(ctx, i);
}

/**
 * A one-word name at token i right after a given name (and maybe one more name word), with no name after
 * it ("Julie Bishop", "Joseph Muscat", a capital's name, "Michael Jordan", a state's, "Erica Stanford", a
 * body's, "Miriam Defensor Santiago"); a place's
 * name also after any name word that a title or honorific opens ("Gov. Mark Dayton": "Mark" is no listed
 * given name, being an ordinary word too).
 */
function surnameAfterGivenName(ctx: RecognizeContext, i: number, afterTitle = false): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const title = tokens[i - 2];
  const titled = afterTitle && !!title && title.sent === t.sent && (HONORIFICS.has(title.text) || lex.isTitle(title.lower)) && isNameWord(prev);
  // ("Miriam Defensor Santiago": a second name word between the given name and the surname)
  const second = !!title && title.sent === t.sent && GIVEN_NAMES.has(title.text) && isNameWord(prev) && prev!.space;
  // ("Japan's ambassador to UNESCO, Takehiro Kano, told": two name words set off by commas after a title phrase)
  const apposed = afterTitle && title?.text === "," && tokens[i + 1]?.text === "," && isNameWord(prev) && titleBefore(ctx, i - 2);
  return !!prev && prev.sent === t.sent && t.space && (GIVEN_NAMES.has(prev.text) || titled || second || apposed) && !isNameWord(tokens[i + 1]);
}

/** Whether a title word stands among the six tokens before the comma at `comma`, in its sentence. */
function titleBefore(ctx: RecognizeContext, comma: number): boolean {
  const { tokens, lex } = ctx;
  for (let k = comma - 1; k >= 0 && k >= comma - 6 && tokens[k]!.sent === tokens[comma]!.sent; k--) if (lex.isTitle(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "Duncan Crabtree-Ireland": a state's name hyphen-joined to a name word after another name word is
 * a surname's second half ("US-Ukraine talks" and "Israel-Hamas" start with an actor, not a name).
 */
function endsHyphenatedSurname(ctx: RecognizeContext, i: number): boolean {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  const hyphen = tokens[i - 1];
  const first = tokens[i - 2];
  const given = tokens[i - 3];
  return !t.space && hyphen?.text === "-" && !hyphen.space && !!first && !!given && isNameWord(first) && isNameWord(given) && !covered[i - 2] && !covered[i - 3] && given.sent === t.sent;
}

/** Honorifics of Afghan and Pakistani names that open a name ("Haji Mali Khan", "Mullah Omar"). */
const NAME_HONORIFICS = new Set(["Haji", "Hajji", "Mullah", "Mawlawi", "Maulvi", "Qari"]);
/** "Haji Mali Khan": a state's one-word name between such an honorific and a name word is a name. */
function insideHonouredName(ctx: RecognizeContext, i: number, len: number): boolean {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  const after = tokens[i + len];
  return len === 1 && !!before && !!after && NAME_HONORIFICS.has(before.text) && before.sent === tokens[i]!.sent && after.sent === before.sent && after.space && isNameWord(after);
}

/**
 * "Therese Kayikwamba Wagner": a one-word organisation's name (Wagner) ending a full name before it;
 * "Premier Doug Ford": a company's one-word name right after a given name, as a surname.
 */
function endsFullName(ctx: RecognizeContext, i: number, company: boolean): boolean {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  const a = tokens[i - 1];
  const b = tokens[i - 2];
  if (company && a && a.sent === t.sent && t.space && a.space && !covered[i - 1] && GIVEN_NAMES.has(a.text) && !isNameWord(tokens[i + 1])) return true;
  return t.space && !!a && !!b && a.sent === t.sent && b.sent === t.sent && a.space && !covered[i - 1] && !covered[i - 2] && isNameWord(a) && isNameWord(b) && GIVEN_NAMES.has(b.text);
}

/**
 * "Justice and Human Rights Minister X": a capitalised portfolio joined by "and" to a title's own
 * portfolio belongs to the title (its start, else `start`). The word must be a title word, so
 * "Biden and Secretary of State Blinken" keeps its person.
 */
function joinedPortfolioStart(ctx: RecognizeContext, start: number): number {
  const { lex, tokens, covered } = ctx;
  const and = tokens[start - 1];
  const word = tokens[start - 2];
  if (!tokens[start]?.cap || and?.lower !== "and" || !word?.cap || word.kind !== "word" || covered[start - 2] || word.sent !== tokens[start]!.sent) return start;
  if (!lex.titleWords.has(word.lower)) return start;
  // ("Railways, Commerce and Food Minister X": more portfolios before it, each set off by a comma)
  let from = start - 2;
  while (tokens[from - 1]?.text === "," && tokens[from - 2]?.cap && !covered[from - 2] && tokens[from - 2]!.sent === word.sent && PORTFOLIO_NAMES.has(tokens[from - 2]!.lower)) from -= 2;
  return from;
}

/** Prepositions that make the seat of government after them a place ("went straight to the White House"). */
const PLACE_PREPOSITION = /^(at|in|inside|outside|near|into|to|from)$/;

/**
 * The word before a name and its article ("at the Kremlin" -> "at"), in lower case, or "" ("according
 * to the White House" names the office that speaks).
 */
function placePrepositionBefore(tokens: RecognizeContext["tokens"], start: number): string {
  const k = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  if (tokens[k]?.sent !== tokens[start]!.sent || tokens[k - 1]?.lower === "according") return "";
  return tokens[k]!.lower;
}

/** The matches as mentions: titles, places, organisations, capitals, states and their organs. */
export function typeGazetteerMatches(ctx: RecognizeContext, matches: readonly GazetteerMatch[]): GazetteerMentions {
  const { lex, tokens, covered } = ctx;
  const found: GazetteerMentions = { actors: [], titles: [], places: [] };
  const { actors, titles, places } = found;
  for (let r = 0; r < matches.length; r++) {
    const m = matches[r]!;
    const { start, end, entry: e } = m;
    const sent = tokens[start]!.sent;
    if (e.kind === "title") {
      if (amirOpensName(lex, tokens, start)) {
        covered[start] = 0;
        continue;
      }
      const tEnd = titleEnd(ctx, m);
      // (the portfolios joined after it are part of the mention; the title is read from the first)
      const joinedEnd = joinedPortfoliosEnd(ctx, start, tEnd);
      for (let k = tEnd; k < joinedEnd; k++) covered[k] = 1;
      // skip the matches the title's "of" tail swallowed
      while (matches[r + 1] && matches[r + 1]!.start < joinedEnd) r++;
      const from = joinedPortfolioStart(ctx, start);
      for (let k = from; k < start; k++) covered[k] = 1;
      titles.push({ start: from, end: joinedEnd, title: surface(ctx, from, tEnd) });
      continue;
    }
    // "President Santiago Peña", "Under Secretary Victoria Nuland": a place's name is the given name; left to the persons
    if ((e.kind === "place" || e.kind === "capital") && givenNameOfPerson(ctx, matches, r)) {
      for (let k = start; k < end; k++) covered[k] = 0;
      continue;
    }
    if (e.kind === "place") {
      places.push({ start, end, name: lex.places.get(e.id)?.name ?? e.id, ...(e.state ? { state: e.state } : {}) });
      continue;
    }
    const prevWord = tokens[start - 1]?.text ?? "";
    // "Universities UK", "Energy UK": a sector's trade body, named by its members' plural or its sector
    if (e.kind === "state" && end === start + 1 && /^(UK|Canada|Australia)$/.test(tokens[start]!.text) && SECTOR_BODY_WORD.test(prevWord) && tokens[start - 1]!.sent === sent && !covered[start - 1]) {
      const name = `${prevWord} ${tokens[start]!.text}`;
      actors.push(mkMention(start - 1, end, sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), name, "org-pattern"));
      for (let k = start - 1; k < end; k++) covered[k] = 1;
      continue;
    }
    // "Northern Ireland", "Western Sahara": a capitalised compass word before a state's name names a region
    // ("North America", "Latin America", "Central America": continents and regions, not the United States)
    const continent = e.kind === "state" && tokens[start]!.text === "America" && /^(North|South|Latin|Central|Middle)$/.test(prevWord);
    // ("in Trinidad, the capital of Beni department": a town a state's name also names, so described)
    if (e.kind === "state" && tokens[end]?.text === "," && (tokens[end + 1]?.lower === "capital" || (tokens[end + 1]?.lower === "the" && tokens[end + 2]?.lower === "capital")) && /^(of|city)$/.test(tokens[end + (tokens[end + 1]!.lower === "the" ? 3 : 2)]?.lower ?? "")) {
      for (let k = start; k < end; k++) covered[k] = 1;
      continue;
    }
    if (continent || (e.kind === "state" && COMPASS.test(tokens[start - 1]?.text ?? "") && tokens[start - 1]!.sent === sent && tokens[start - 1]!.space)) {
      for (let k = start - 1; k < end; k++) covered[k] = 1;
      continue;
    }
    // "the Indian Ocean island", "the Arabian Sea": a demonym naming a sea or region, not the state;
    // "Central American", "Latin American", "Native American": a region's or a people's adjective
    // "the Gila River Indian Community": a Native American people's body
    const nativeAmerican = e.kind === "demonym" && tokens[start]!.text === "Indian" && NATIVE_AMERICAN_NOUNS.test(tokens[end]?.text ?? "");
    const regionBefore = e.kind === "demonym" && tokens[start - 1]?.sent === sent && (REGION_WORDS.test(prevWord) || (/^(South|North)$/.test(prevWord) && /^Americans?$/.test(tokens[start]!.text)));
    if (nativeAmerican) {
      for (let k = start; k < end; k++) covered[k] = 0;
      continue;
    }
    if (regionBefore) {
      for (let k = start - 1; k < end; k++) covered[k] = 1;
      continue;
    }
    // "the French-speaking liberals", "a German-language paper": a language, not the state
    const language = e.kind === "demonym" && tokens[end]?.text === "-" && !tokens[end]!.space && /^(speaking|speakers?|language)$/.test(tokens[end + 1]?.lower ?? "");
    if (language || (e.kind === "demonym" && GEO_NOUNS.has(tokens[end]?.text ?? ""))) {
      for (let k = start; k < end + 1; k++) covered[k] = 1;
      continue;
    }
    // "the group Colombians for Peace", "Israelis for Peace": a people's plural naming a body for a cause
    const causeEnd = e.kind === "demonym" ? forCauseEnd(tokens, start, end) : -1;
    if (causeEnd > 0) {
      const name = surface(ctx, start, causeEnd);
      actors.push(mkMention(start, causeEnd, sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), name, "org-pattern"));
      covered.fill(1, start, causeEnd);
      continue;
    }
    if (e.kind === "state" && givenNameOfPerson(ctx, matches, r)) {
      // "Defence Minister Israel Katz": the state's name is the person's given name; left to the persons
      for (let k = start; k < end; k++) covered[k] = 0;
      continue;
    }
    if (e.kind === "org") {
      if (e.orgKind === "media") continue; // credits and outlets, never actors
      // "said on Twitter", "a Facebook post": a platform that carries what someone says is no actor there
      if (PLATFORMS.has(e.id) && postedOn(tokens, start, end)) continue;
      // "the Amazon province of Sucumbíos", "the Amazon rainforest": a one-word name before a place noun names the place
      if (end === start + 1 && !tokens[end]?.cap && PLACE_NOUNS_AFTER.test(tokens[end]?.lower ?? "") && tokens[end]!.sent === sent) continue;
      // "Amazon Cooperation Treaty Organization", "Amazon Web Services": a company's one-word name opening
      // a longer body's name, left for the organisations to read whole
      if (end === start + 1 && e.orgKind === "other" && opensLongerBody(tokens, end)) {
        covered[start] = 0;
        continue;
      }
      // ("Prof Ncube said Treasury would set up a team" in a story that names no American: that state's treasury)
      if (e.id === "us-treasury" && surface(ctx, start, end) === "Treasury" && !AMERICAN.test(ctx.a.text)) {
        actors.push(mkMention(start, end, sent, treasuryOfStory(ctx, matches), "Treasury", "name"));
        continue;
      }
      // "the mouth of the Amazon": "the" before a company's name that a river or a region shares
      if (end === start + 1 && tokens[start - 1]?.lower === "the" && PLACE_SHARED_ORG_NAMES.has(tokens[start]!.text)) continue;
      // (left for the references: "asked the Commonwealth to" of an Australian story is its government)
      if (e.id === "commonwealth" && end === start + 1 && bareCommonwealthElsewhere(ctx, end)) {
        covered[start] = 0;
        continue;
      }
      // "met the governors at the Casa Rosada": a seat of government after a preposition of place is
      // where something happens, not who acts
      const mention = mkMention(start, end, sent, orgActor(lex, sharedAcronymOwner(ctx, surface(ctx, start, end)) ?? e.id), surface(ctx, start, end), "name");
      if (lex.orgs.get(e.id)?.seat && PLACE_PREPOSITION.test(placePrepositionBefore(tokens, start))) mention.placeOnly = true;
      actors.push(mention);
      continue;
    }
    if (e.kind === "capital") {
      // "Victoria" of an Australian story is the state of Victoria, not the Seychelles' capital (of a
      // story on British Columbia, its capital)
      const elsewhere = capitalElsewhere(surface(ctx, start, end), ctx.a.text);
      if (elsewhere) {
        places.push({ start, end, name: surface(ctx, start, end), state: elsewhere });
        continue;
      }
      if (capitalIsPlace(ctx, m)) places.push({ start, end, name: surface(ctx, start, end), state: e.id });
      else actors.push(mkMention(start, end, sent, capitalActor(lex, surface(ctx, start, end), e.id), surface(ctx, start, end), "capital"));
      continue;
    }
    r = stateMention(ctx, matches, r, found);
  }
  return found;
}

/**
 * Acronyms two bodies go by, the other body's, and the words of a story set where it sits (with the words
 * that say the gazetteer's body is meant after all): "DPR" in an Indonesian story is its parliament.
 */
const SHARED_ACRONYMS: ReadonlyMap<string, { id: string; signs: RegExp; not: RegExp }> = new Map([
  ["DPR", { id: "indonesian-house-of-representatives", signs: /\b(Indonesia|Indonesian|Jakarta)\b/, not: /\b(Donetsk|Luhansk|Donbas|Donbass|Ukraine|Ukrainian)\b/ }],
]);

/** The body an acronym names in this article when another than the gazetteer's own is meant, if any. */
function sharedAcronymOwner(ctx: RecognizeContext, acronym: string): string | undefined {
  const shared = SHARED_ACRONYMS.get(acronym);
  return shared?.signs.test(ctx.a.text) && !shared.not.test(ctx.a.text) ? shared.id : undefined;
}

/**
 * Capitals that share their name with a city or region of another state, and the words of a story set
 * there (with the words that say the capital is meant after all).
 */
const SHARED_CAPITAL_NAMES: ReadonlyMap<string, readonly { state: string; signs: RegExp; not: RegExp }[]> = new Map([
  [
    "victoria",
    [
      { state: "australia", signs: /\b(Australia|Australian|Melbourne|Canberra|Murray)\b/, not: /\b(Seychelles|Seychellois)\b/ },
      { state: "canada", signs: /\b(British Columbia|B\.C\.|Vancouver|Canada|Canadian)\b/, not: /\b(Seychelles|Seychellois)\b/ },
    ],
  ],
  ["kingston", [{ state: "canada", signs: /\bOntario\b/, not: /\bJamaica/ }]],
  ["georgetown", [{ state: "malaysia", signs: /\b(Penang|Malaysia|Malaysian)\b/, not: /\bGuyan/ }]],
  ["st. john's", [{ state: "canada", signs: /\b(Newfoundland|Canada|Canadian)\b/, not: /\bAntigua/ }]],
  ["san jose", [{ state: "united-states", signs: /\b(California|Calif\.|Silicon Valley)\b/, not: /\bCosta Ric/ }]],
  ["tripoli", [{ state: "lebanon", signs: /\b(Lebanon|Lebanese)\b/, not: /\b(Libya|Libyan)\b/ }]],
]);

/**
 * The other state a capital's name means in this text ("Victoria" of a story on British Columbia or
 * Australia), if the text shows one.
 */
export function capitalElsewhere(name: string, text: string): string | undefined {
  return SHARED_CAPITAL_NAMES.get(name.toLowerCase())?.find((r) => r.signs.test(text) && !r.not.test(text))?.state;
}

/** Names that open with "Commonwealth" but name no body of the Commonwealth of Nations. */
const COMMONWEALTH_OTHER = /^(Games|Bank|Day|Realm|Realms|War|Scholarship)$/;

/**
 * A bare "Commonwealth" that is not the Commonwealth of Nations: the federal government in Australian
 * copy, or the first word of a games' or a bank's name.
 */
function bareCommonwealthElsewhere(ctx: RecognizeContext, end: number): boolean {
  return COMMONWEALTH_OTHER.test(ctx.tokens[end]?.text ?? "") || /\bAustralia/.test(ctx.a.text);
}

/**
 * True when the state or place match r is a person's given name: one of those names, right after a title
 * ("Defence Minister Israel Katz") and followed by a capitalised word no gazetteer entry takes, that is
 * no geographic noun ("the Jordan Valley") and ends the name.
 */
function givenNameOfPerson(ctx: RecognizeContext, matches: readonly GazetteerMatch[], r: number): boolean {
  const { tokens } = ctx;
  const m = matches[r]!;
  const first = tokens[m.start]!;
  const next = tokens[m.end];
  const after = tokens[m.end + 1];
  // ("Commerce Minister Gao Hucheng": a town's name that is also a Chinese or Korean family name)
  const given = PLACE_GIVEN_NAMES.has(first.text) || (m.entry.kind === "place" && FAMILY_FIRST_NAMES.has(first.text));
  if (m.end !== m.start + 1 || !given || !next || next.sent !== first.sent || next.kind !== "word" || !next.cap || !next.space) return false;
  if (GEO_NOUNS.has(next.text) || /^(Valley|River|Gate|Tech|Street|Road|Airport)$/.test(next.text) || matches[r + 1]?.start === m.end) return false;
  if (after && after.kind === "word" && after.cap && after.sent === first.sent) return false;
  const prev = matches[r - 1];
  // ("Gao Feng, spokesperson of China's Ministry of Commerce,", "Dallas Smith, president, Nanwakolas
  // Council": a name set off by an appositive)
  if (after?.text === "," && lowerAppositive(tokens, m.end + 2)) return true;
  // ("Israel Folau and Rugby Australia ... caused to Folau": no title, but the surname alone elsewhere)
  if (prev?.entry.kind !== "title") return surnameAloneElsewhere(tokens, m.end);
  // "Under Secretary of State Victoria Nuland": over the title's "of" tail
  let k = prev.end;
  if (tokens[k]?.lower === "of") while (k < m.start && (tokens[k]!.lower === "of" || TITLE_OF.has(tokens[k]!.text))) k++;
  // ("China's Commerce Minister, Gao Hucheng, said": the name set off by commas after its title)
  if (tokens[k]?.text === "," && k + 1 === m.start && tokens[m.end + 1]?.text === ",") return true;
  return k === m.start;
}

/** A lower-case appositive noun opening at k, with or without its article (", spokesperson of", ", a senior aide"). */
function lowerAppositive(tokens: readonly Token[], k: number): boolean {
  const at = /^(a|an|the)$/.test(tokens[k]?.text ?? "") ? k + 1 : k;
  return tokens[at]?.kind === "word" && !tokens[at]!.cap && tokens[at]!.sent === tokens[k - 1]?.sent;
}

function surface(ctx: RecognizeContext, s: number, e: number): string {
  return ctx.a.text.slice(ctx.tokens[s]!.start, ctx.tokens[e - 1]!.end);
}

/**
 * "Minister of Cabinet Affairs", "Minister for Veterans' Affairs": a portfolio of one or two capitalised
 * words and "Affairs" after a minister's "of" or "for" is the title's (no body of its own); the end of
 * the title, or `end`.
 */
function affairsPortfolioEnd(tokens: readonly Token[], end: number): number {
  if (!/^(of|for)$/.test(tokens[end]?.lower ?? "")) return end;
  for (let k = end + 1; k <= end + 3; k++) {
    const t = tokens[k];
    if (!t || t.sent !== tokens[end]!.sent || !(t.cap || /^['’]$/.test(t.text))) return end;
    if (t.text === "Affairs") return k + 1;
  }
  return end;
}

/** Where a title ends: "Assistant Secretary of State", "Minister of Foreign Affairs" take their "of" tail. */
function titleEnd(ctx: RecognizeContext, m: GazetteerMatch): number {
  const { tokens, covered } = ctx;
  const { end } = m;
  let tEnd = end;
  // ("Advisor of the State of Israel": "the State of" names a state, no part of the title; "Speaker of
  // the State Great Khural", "of the State Council": "the State" opens a body's name)
  const stateNamed = (k: number) => tokens[k]?.text === "the" && tokens[k + 1]?.text === "State" && (tokens[k + 2]?.lower === "of" || (!!tokens[k + 2]?.cap && tokens[k + 2]!.kind === "word"));
  if (tokens[tEnd]?.lower === "of" && TITLE_OF.has(tokens[tEnd + 1]?.text ?? "") && !stateNamed(tEnd + 1)) {
    tEnd += 2;
    while (TITLE_OF.has(tokens[tEnd]?.text ?? "") && tEnd < end + 5 && !stateNamed(tEnd)) tEnd++;
  } else if (/^(minister|secretary)$/i.test(tokens[end - 1]?.text ?? "")) tEnd = affairsPortfolioEnd(tokens, end);
  // "Minister of Sports Development", "Minister for Foreign Trade Promotion": a portfolio's last word
  // the title list lacks, after a portfolio of "of" or "for"
  const ofFor = tokens.slice(m.start, tEnd).some((t) => t.lower === "of" || t.lower === "for");
  while (ofFor && tEnd < end + 2 && PORTFOLIO_TAILS.has(tokens[tEnd]?.text ?? "") && tokens[tEnd]!.sent === tokens[m.start]!.sent) tEnd++;
  for (let k = end; k < tEnd; k++) covered[k] = 1;
  return tEnd;
}

/** Last words of a portfolio's name that make no portfolio alone. */
const PORTFOLIO_TAILS = new Set(["Development", "Promotion", "Planning", "Management", "Reform", "Reforms", "Services", "Welfare", "Administration", "Policy", "Protection", "Cooperation", "Relations", "Affairs", "Resources"]);

/**
 * "Minister for Transport, Tourism and Sport Shane Ross": capitalised portfolios joined after a title's
 * "for" or "of" belong to the title. The end of the last, or `end`.
 */
function joinedPortfoliosEnd(ctx: RecognizeContext, start: number, end: number): number {
  const { lex, tokens } = ctx;
  let of = -1;
  for (let k = start; k < end; k++) if (tokens[k]!.lower === "for" || tokens[k]!.lower === "of") of = k;
  if (of < 0 || !tokens[end - 1]?.cap) return end;
  // each joined portfolio makes a title with the same head ("minister for" + "tourism")
  const head = tokens.slice(start, of + 1).map((t) => t.lower).join(" ");
  let out = end;
  for (let q = end; q < end + 12; ) {
    if (tokens[q]?.text !== "," && tokens[q]?.lower !== "and") break;
    const from = tokens[q]!.text === "," && tokens[q + 1]?.lower === "and" ? q + 2 : q + 1;
    let w = from;
    while (tokens[w]?.kind === "word" && tokens[w]!.cap && tokens[w]!.sent === tokens[start]!.sent && lex.titleWords.has(tokens[w]!.lower)) w++;
    const words = tokens.slice(from, w).map((t) => t.lower);
    // (a portfolio the title list lacks in that form still joins: "Immigration and Corrections")
    if (w === from || !(lex.isTitle(`${head} ${words.join(" ")}`) || PORTFOLIO_NAMES.has(words.join(" ")))) break;
    out = w;
    q = w;
  }
  return out;
}

/**
 * A state's name or demonym at match `r`, maybe followed by an organ suffix ("Qatar's foreign ministry",
 * "the Israeli government"), and the place a description after it names. Returns the index of the last
 * match it used.
 */
function stateMention(ctx: RecognizeContext, matches: readonly GazetteerMatch[], r: number, found: GazetteerMentions): number {
  const { lex, tokens, covered } = ctx;
  const { actors, places } = found;
  const { start, end, entry: e } = matches[r]!;
  const sent = tokens[start]!.sent;
  // "British Columbians": the people of a region whose name opens with the demonym
  const next = tokens[end];
  if (e.kind === "demonym" && next?.cap && next.sent === sent && lex.placeState.has(`${surface(ctx, start, end)} ${next.text.replace(/n?s$/, "")}`.toLowerCase())) return r;
  let j = end;
  if (tokens[j]?.text === "'s" || tokens[j]?.text === "'") j++;
  const organ = organSuffixAt(ctx, matches, j, sent);
  const organEnd = organ ? j + organ.words.length : j;
  const via = e.kind === "demonym" ? "demonym" : "name";
  // "the Qatari capital", "the Moroccan town of Bouznika", "Saudi Arabia's port city of Jeddah": places
  const described = placeDescribedAfter(ctx, e.id, j);
  if (described) places.push(described);
  // a state name also names a place ("talks in Qatar")
  if (e.kind === "state") places.push({ start, end, name: lex.stateName(e.id), state: e.id });
  let mention: ActorMention;
  if (organ && !organ.state) {
    // the organ over the whole phrase (resolve/article.ts still sees the state it names)
    mention = mkMention(start, organEnd, sent, composeOrgan(lex, e.id, organ), surface(ctx, start, organEnd), "composed");
    for (let k = end; k < organEnd; k++) covered[k] = 1;
    // skip a following match swallowed by the suffix
    while (matches[r + 1] && matches[r + 1]!.start < organEnd) r++;
  } else if (organ?.state && organ.canonical === "government") {
    // "the Israeli government", "Colombia's government": the state itself
    mention = mkMention(start, organEnd, sent, stateActor(lex, e.id), surface(ctx, start, organEnd), via);
    for (let k = end; k < organEnd; k++) covered[k] = 1;
  } else mention = mkMention(start, end, sent, stateActor(lex, e.id), surface(ctx, start, end), via);
  actors.push(mention);
  return r;
}
