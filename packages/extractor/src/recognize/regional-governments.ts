// Regional and provincial governments and local councils: a place the gazetteer knows, acting through
// its own government ("the Assam government", "the Lagos State Government", "the government of
// Punjab"), through its council ("Birmingham city council") or through the head of it ("Assam Chief
// Minister Himanta Biswa Sarma", "Wallonia's Minister-President Paul Magnette", "California Governor
// Gavin Newsom", "Hong Kong Chief Executive Leung Chun-ying"). The region is a Group of its own, named
// as the place: it is not an organ of its state (Catalonia, Kurdistan or Tigray may sit across the
// table from theirs). A region the gazetteer does not know is read from its head's title alone ("Papua
// Governor Lukas Enembe", "the governor of the Liberec region, Martin Půta").
import type { Token } from "../nlp/wink.js";
import { nodeKey } from "../util/keys.js";
import { mkActor, mkMention, type ActorMention, type PlaceMention, type RecognizeContext } from "./model.js";
import { NOT_NAME, TITLE_MODIFIERS } from "./words.js";

/** Words between a place and "government": "the Lagos State Government", "the Kurdistan Regional Government". */
const GOVERNMENT_KIND = new Set(["state", "regional", "provincial", "region", "province", "prefecture", "oblast", "governorate", "county", "city", "municipal"]);
/** Words after a region's name that are part of it: "Kaduna State", "the Liberec region", "Osaka Prefecture". */
const REGION_KIND = new Set(["state", "region", "province", "prefecture", "oblast", "governorate", "county", "territory"]);
/** Titles that name a region's head even when the gazetteer does not know the region ("Enga Governor X"); a
 * company also has a "chief executive", a bank a "governor" (their names are organisations, read before). */
const UNKNOWN_REGION_HEADS = [["chief", "minister"], ["premier"], ["governor"], ["gov."], ["sheriff"], ["assemblyman"], ["assemblywoman"]];
/** Capitalised words that open or close no region's name before a head's title ("Deputy Governor", "Bank Governor"). */
const NOT_REGION = new Set(["bank", "reserve", "central", "monetary", "fund", "provincial", "regional", "military", "royal", "colonial", "general", "lieutenant", "state", "federal", "then", "new", "incumbent", "elected"]);
/** Titles of a region's head of government, after the place or its possessive. */
const REGIONAL_HEADS = [["state", "premier"], ["lieutenant", "governor"], ["chief", "minister"], ["deputy", "chief", "minister"], ["minister-president"], ["minister", "-", "president"], ["minister", "president"], ["first", "minister"], ["premier"], ["governor"], ["gov."], ["chief", "executive"], ["sheriff"], ["assemblyman"], ["assemblywoman"], ["prime", "minister"], ["president"]];

/**
 * "Water Minister", "Health and Education Minister", "Fisheries Secretary": one to four capitalised
 * portfolio words, then "Minister" or "Secretary" (in lower case too after a possessive: "Bavaria's
 * justice minister").
 */
function regionalMinisterAt(tokens: readonly Token[], at: number, sent: number, lowerCase: boolean): boolean {
  for (let k = at; k < at + 5; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent || t.kind !== "word" || !(t.cap || lowerCase || (t.lower === "and" && k > at))) return false;
    if (t.lower === "minister" || t.lower === "secretary") return k > at && (lowerCase || t.cap);
  }
  return false;
}

/** Mentions of the regions whose governments act, on tokens no mention covers yet. */
export function findRegionalGovernments(ctx: RecognizeContext, places: readonly PlaceMention[], known: readonly ActorMention[]): ActorMention[] {
  const { tokens, covered } = ctx;
  const taken = new Set<number>();
  for (const m of known) for (let q = m.start; q < m.end; q++) taken.add(q);
  const found: ActorMention[] = [];
  for (const p of places) {
    if (taken.has(p.start) || !p.state) continue;
    const sent = tokens[p.start]!.sent;
    let end = -1;
    // "the Assam government", "Lagos State Government"
    let k = p.end;
    if (GOVERNMENT_KIND.has(tokens[k]?.lower ?? "")) k++;
    if (tokens[k]?.lower === "government" && tokens[k]!.sent === sent) end = k + 1;
    // "the government of Punjab", "The State of Michigan has agreed" (a state of a federation, by its
    // formal name)
    const start = end < 0 && tokens[p.start - 1]?.lower === "of" && /^(government|state)$/.test(tokens[p.start - 2]?.lower ?? "") && tokens[p.start - 3]?.lower === "the" ? p.start - 3 : p.start;
    if (start < p.start) end = p.end;
    // "Assam Chief Minister X", "Wallonia's Minister-President X": the place alone, before its head's title
    if (end < 0) {
      let at = tokens[p.end]?.text === "'s" ? p.end + 1 : p.end;
      // ("Espírito Santo's Acting Governor César Colnago": over a word saying the office is held for now)
      if (/^(acting|interim)$/.test(tokens[at]?.lower ?? "") && REGIONAL_HEADS.some((words) => tokens[at + 1]?.lower === words[0])) at++;
      // (not a former head's: "former Saxony state premier Georg Milbradt" names no region acting now)
      const head = REGIONAL_HEADS.find((words) => words.every((w, i) => tokens[at + i]?.lower === w && tokens[at + i]!.sent === sent));
      // ("Navarre President Uxue Barkos"; not "the Khyber Pakhtunkhwa president of the ANP", a party's
      // officer, nor "American Federation of Teachers-West Virginia President X", a union's)
      const bodysPresident = head?.[0] === "president" && (!tokens[at]!.cap || tokens[at + 1]?.lower === "of" || tokens[p.start - 1]?.text === "-");
      if (head && !bodysPresident && !/^(former|ex-|late)$/.test(tokens[p.start - 1]?.lower ?? "")) end = p.end;
      // "Victoria's Water Minister, Peter Walsh", "Andhra Pradesh Water Resources Minister X": a region's own
      // minister (not a capital's: "Delhi's")
      else if (regionalMinisterAt(tokens, at, sent, at > p.end) && !ctx.lex.states.get(p.state)?.capitals.includes(p.name)) end = p.end;
      // "Los Angeles Mayor Antonio Villaraigosa": a city's government, through its mayor (not a capital's:
      // "Seoul Mayor X" is as often read for the state)
      else if (tokens[at]?.lower === "mayor" && tokens[at]!.sent === sent && !ctx.lex.states.get(p.state)?.capitals.includes(p.name)) end = p.end;
      // "Ingushetia's leader, Yunus-Bek Yevkurov": the head a region's possessive names (not a capital's)
      else if (at > p.end && /^(leader|head)$/.test(tokens[at]?.lower ?? "") && tokens[at]!.sent === sent && !ctx.lex.states.get(p.state)?.capitals.includes(p.name)) end = p.end;
      // "Hawaii County Mayor Harry Kim": a county's government, through its mayor
      else if (at === p.end && tokens[at]?.text === "County" && tokens[at + 1]?.lower === "mayor" && tokens[at + 1]!.sent === sent) end = at + 1;
    }
    // "Premier of Ontario", "the Chief Minister of Punjab", "President of the Kurdistan Region": the head's
    // title, "of" and the region (not its state's capital, nor a mayor's city)
    // ("governor of Osaka Prefecture": a name with its kind word is read with the heads' regions below)
    if (end < 0 && headTitledOf(tokens, p.start, sent, p.end) && !REGION_KIND.has(tokens[p.end]?.lower ?? "") && !ctx.lex.states.get(p.state)?.capitals.includes(p.name)) end = p.end;
    // "Meghalaya Chief Minister X and his Assam counterpart Y": a region that is not its state's capital,
    // as the other head's
    if (end < 0 && /^(his|her|their)$/.test(tokens[p.start - 1]?.lower ?? "") && /^counterparts?$/.test(tokens[p.end]?.lower ?? "") && !ctx.lex.states.get(p.state)?.capitals.includes(p.name)) end = p.end;
    // "a Mizoram team led by Home Minister Lalchamliana", "a two-member Assam delegation": a region
    // (not its state's capital) that sends a side to talks
    if (end < 0 && /^(a|an|the|member)$/.test(tokens[p.start - 1]?.lower ?? "") && /^(delegation|team|negotiators)$/.test(tokens[p.end]?.lower ?? "") && !ctx.lex.states.get(p.state)?.capitals.includes(p.name)) end = p.end;
    const council = end < 0 ? councilEnd(tokens, p.end, sent) : -1;
    if (council >= 0) {
      // "Birmingham city council", "Leeds City Council": a local authority, named as its own body
      const name = tokens.slice(p.start, council).map((t, i) => (i < p.end - p.start ? t.text : t.text[0]!.toUpperCase() + t.text.slice(1))).join(" ");
      const surface = ctx.a.text.slice(tokens[p.start]!.start, tokens[council - 1]!.end);
      found.push(mkMention(p.start, council, sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), surface, "region"));
      for (let q = p.start; q < council; q++) covered[q] = 1;
      continue;
    }
    if (end < 0) continue;
    const surface = ctx.a.text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    // ("Kurdistan Region Prime Minister X" in a story that names the "Kurdistan Regional Government": that body)
    const own = known.find((m) => m.actor.type === "Group" && regionGovernment(m.actor.name, p.name));
    // ("Hawaii County Mayor X": the county, named with its kind word)
    const name = end === p.end + 1 && tokens[p.end]!.text === "County" ? `${p.name} County` : p.name;
    found.push(mkMention(start, end, sent, own?.actor ?? mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), surface, "region"));
    for (let q = start; q < end; q++) covered[q] = 1;
  }
  const claimed = new Set([...taken, ...found.map((f) => f.start)]);
  for (const r of regionsNamedByHeads(ctx, places, claimed)) {
    // a capitalised kind word is part of the name ("Kaduna State", "Osaka Prefecture"); a lower-case one
    // describes it ("the Liberec region" is Liberec, and its surface an alias)
    const last = tokens[r.end - 1]!;
    const nameEnd = REGION_KIND.has(last.lower) && !last.cap ? r.end - 2 : r.end - 1;
    const name = ctx.a.text.slice(tokens[r.start]!.start, tokens[nameEnd]!.end);
    const surface = ctx.a.text.slice(tokens[r.start]!.start, last.end);
    // ("Enga Governor X" in a story that names the "Enga Provincial Government": that body)
    const own = known.find((m) => m.actor.type === "Group" && regionGovernment(m.actor.name, name));
    found.push(mkMention(r.start, r.end, last.sent, own?.actor ?? mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), surface, "region"));
    for (let q = r.start; q < r.end; q++) covered[q] = 1;
  }
  return found.concat(regionActingElsewhere(ctx, places, found, claimed));
}

/** Prepositions of place before a region's name: there it is where something happens, not who acts. */
const PLACE_BEFORE = /^(in|at|to|from|near|off|across|towards|toward|around|into|outside|inside|within|throughout|via|of|on|over|through|for|into|about)$/;
/** Nouns after a region's name that make it the place's ("Jersey waters", "the Assam border"). */
const PLACE_NOUNS_AFTER = /^(waters|harbour|harbor|port|ports|coast|coastline|island|islands|border|borders|capital|city|town|airport|soil|territory|residents|islanders|people|side|shore|shores|sea|seas|roads|streets|police|valley|hills|district|districts)$/;

/**
 * "Jersey's Chief Minister ... demanded that Jersey withdraw": a region whose government the article
 * shows acting also acts where its bare name stands as a subject or an object (not after a preposition
 * of place, nor before a noun that makes it a place).
 */
function regionActingElsewhere(ctx: RecognizeContext, places: readonly PlaceMention[], found: readonly ActorMention[], claimed: ReadonlySet<number>): ActorMention[] {
  const { tokens, covered } = ctx;
  // ("The State of Michigan", "the government of Punjab": the name ends the formal one)
  const acting = new Map(found.filter((m) => m.actor.name === m.surface || m.surface.startsWith(m.actor.name) || / of (the )?/.test(m.surface)).map((m) => [m.actor.name, m.actor] as const));
  const out: ActorMention[] = [];
  for (const p of places) {
    const actor = acting.get(p.name);
    if (!actor || claimed.has(p.start) || found.some((m) => m.start <= p.start && p.start < m.end) || ctx.headline[tokens[p.start]!.sent]) continue;
    const next = tokens[p.end];
    if (PLACE_BEFORE.test(tokens[p.start - 1]?.lower ?? "") || (next?.kind === "word" && !next.cap && PLACE_NOUNS_AFTER.test(next.lower))) continue;
    out.push(mkMention(p.start, p.end, tokens[p.start]!.sent, actor, ctx.a.text.slice(tokens[p.start]!.start, tokens[p.end - 1]!.end), "region"));
    for (let q = p.start; q < p.end; q++) covered[q] = 1;
  }
  return out;
}

/** A regional head's title (or "President") and "of", with an optional "the", right before token `start`. */
function headTitledOf(tokens: readonly Token[], start: number, sent: number, end?: number): boolean {
  const of = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  if (tokens[of]?.lower !== "of" || tokens[of]!.sent !== sent) return false;
  if (tokens[of - 1]?.lower === "president" && tokens[of - 1]!.cap) return true;
  // "the head of Chechnya, Ramzan Kadyrov" (not "the head of Punjab police": the place ends the phrase)
  if (tokens[of - 1]?.lower === "head" && tokens[of - 2]?.lower === "the" && end !== undefined && /^(,|and|\.)$/.test(tokens[end]?.text ?? "")) return true;
  // ("ran for president of Nagorno Karabakh": the office sought, in lower case, is no head acting)
  return REGIONAL_HEADS.some((words) => words[0] !== "president" && words.length < of && headAt(tokens, of - words.length, [words]) === words.length);
}

/** Whether `body` is the government of the region `name` ("Enga Provincial Government", "the Kaduna State Government"). */
function regionGovernment(body: string, region: string): boolean {
  // ("the Kurdistan Region": its government is the "Kurdistan Regional Government")
  const name = region.replace(/ (Region|Province|State)$/, "");
  if (!body.toLowerCase().startsWith(`${name.toLowerCase()} `)) return false;
  const rest = body.slice(name.length + 1).toLowerCase().split(" ");
  return rest[rest.length - 1] === "government" && rest.slice(0, -1).every((w) => GOVERNMENT_KIND.has(w));
}

/** The length of the regional head's title at token k ("Governor", "Chief Minister"), or 0. */
function headAt(tokens: RecognizeContext["tokens"], k: number, heads: readonly string[][]): number {
  const words = heads.find((ws) => ws.every((w, i) => tokens[k + i]?.lower === w && tokens[k + i]!.sent === tokens[k]!.sent));
  return words?.length ?? 0;
}

/**
 * Regions named by their head's title, as "<region> [kind] <title> <name>" ("Papua Governor Lukas Enembe",
 * "Buenos Aires province Governor X", "The Kaduna State Governor, X") or "<title> of [the] <region> [kind]"
 * ("governor of the Liberec region", "governor of Osaka Prefecture"): a known place with its kind word, or
 * capitalised words no other reading took. The span includes the kind word; the caller names the region
 * with it when it is capitalised ("Kaduna State") and without it when not ("Liberec").
 */
function regionsNamedByHeads(ctx: RecognizeContext, places: readonly PlaceMention[], claimed: ReadonlySet<number>): { start: number; end: number }[] {
  const { tokens, covered } = ctx;
  // (a known place's tokens are covered as a place: it is free when no actor claimed it)
  const placeAt = new Map(places.filter((p) => !claimed.has(p.start)).map((p) => [p.start, p] as const));
  const placeEnd = new Map(places.filter((p) => !claimed.has(p.start)).map((p) => [p.end, p] as const));
  const free = (q: number) => !claimed.has(q) && !covered[q];
  /** A capitalised word that may be part of an unknown region's name. */
  const nameWord = (q: number) => {
    const t = tokens[q];
    return !!t && t.kind === "word" && t.cap && free(q) && !NOT_NAME.has(t.text) && !TITLE_MODIFIERS.has(t.lower) && !NOT_REGION.has(t.lower) && !placeAt.has(q);
  };
  // (a former head's region is no fact of the day: "former Saxony state premier X")
  const former = (q: number) => /^(former|ex|ex-|late)$/.test(tokens[q - 1]?.lower ?? "");
  const out: { start: number; end: number }[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const len = headAt(tokens, k, UNKNOWN_REGION_HEADS);
    if (!len) continue;
    const sent = tokens[k]!.sent;
    // before the title: "[kind]" after the name, then the name; a person's name follows the title
    const next = tokens[k + len]?.text === "," ? tokens[k + len + 1] : tokens[k + len];
    let e = k;
    if (REGION_KIND.has(tokens[e - 1]?.lower ?? "") && tokens[e - 1]!.sent === sent) e--;
    const known = placeEnd.get(e);
    if (next?.cap && next.kind === "word" && next.sent === sent) {
      if (known && e < k && !former(known.start)) out.push({ start: known.start, end: k });
      else if (!known) {
        let s = e;
        while (s > 0 && s > e - 3 && nameWord(s - 1) && tokens[s - 1]!.sent === sent) s--;
        if (s < e && !former(s)) out.push({ start: s, end: k });
      }
    }
    // after the title: "governor of [the] <region> [kind]"; "Governor Deval Patrick of Massachusetts": over
    // the head's name to a place the gazetteer knows
    const named = nameThenOf(tokens, k + len, sent);
    if (tokens[k + len]?.lower !== "of" && named < 0) continue;
    let s = (named > 0 ? named : k + len) + 1;
    if (tokens[s]?.lower === "the") s++;
    const p = placeAt.get(s);
    let q = p ? p.end : s;
    if (!p) while (q < s + 3 && nameWord(q) && tokens[q]!.sent === sent) q++;
    if (q === s) continue;
    const kind = REGION_KIND.has(tokens[q]?.lower ?? "") && tokens[q]!.sent === sent;
    // (an unknown name needs its kind word: "governor of the Liberec region"; a known place alone is the
    // region when its head is named right after it, "the Premier of Greenland, Múte B. Egede", or before)
    if (kind && named < 0) out.push({ start: s, end: q + 1 });
    else if (p && !former(k) && (named > 0 || headNamedAfter(tokens, q, sent))) out.push({ start: s, end: q });
  }
  return out;
}

/** The "of" after a person's name of two or three capitalised words at token k ("Deval Patrick of"), or -1. */
function nameThenOf(tokens: RecognizeContext["tokens"], k: number, sent: number): number {
  let q = k;
  while (q < k + 3 && tokens[q]?.kind === "word" && tokens[q]!.cap && tokens[q]!.sent === sent) q++;
  return q >= k + 2 && tokens[q]?.lower === "of" ? q : -1;
}

/** A person's name (two capitalised words) right after token q, or after a comma there. */
function headNamedAfter(tokens: RecognizeContext["tokens"], q: number, sent: number): boolean {
  const at = tokens[q]?.text === "," ? q + 1 : q;
  const name = (t: Token | undefined) => !!t && t.kind === "word" && t.cap && t.sent === sent;
  return name(tokens[at]) && name(tokens[at + 1]);
}

/** Words between a place and "council" in a local authority's name ("Birmingham City Council"). */
const COUNCIL_KIND = new Set(["city", "county", "borough", "district", "town", "municipal", "metropolitan", "regional"]);

/** The end of "<place> city council" after the place's end k, or -1. */
function councilEnd(tokens: RecognizeContext["tokens"], k: number, sent: number): number {
  if (!COUNCIL_KIND.has(tokens[k]?.lower ?? "")) return -1;
  return tokens[k + 1]?.lower === "council" && tokens[k + 1]!.sent === sent ? k + 2 : -1;
}
