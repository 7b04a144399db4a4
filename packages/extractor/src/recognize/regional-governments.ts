// Regional and provincial governments and local councils: a place the gazetteer knows, acting through
// its own government ("the Assam government", "the Lagos State Government", "the government of
// Punjab"), through its council ("Birmingham city council") or through the head of it ("Assam Chief
// Minister Himanta Biswa Sarma", "Wallonia's Minister-President Paul Magnette", "California Governor
// Gavin Newsom", "Hong Kong Chief Executive Leung Chun-ying"). The region is a Group of its own, named
// as the place: it is not an organ of its state (Catalonia, Kurdistan or Tigray may sit across the
// table from theirs).
import { nodeKey } from "../util/keys.js";
import { mkActor, mkMention, type ActorMention, type PlaceMention, type RecognizeContext } from "./model.js";

/** Words between a place and "government": "the Lagos State Government", "the Kurdistan Regional Government". */
const GOVERNMENT_KIND = new Set(["state", "regional", "provincial", "region", "province"]);
/** Titles of a region's head of government, after the place or its possessive. */
const REGIONAL_HEADS = [["chief", "minister"], ["deputy", "chief", "minister"], ["minister-president"], ["minister", "-", "president"], ["minister", "president"], ["first", "minister"], ["premier"], ["governor"], ["gov."], ["chief", "executive"]];

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
    // "the government of Punjab"
    const start = end < 0 && tokens[p.start - 1]?.lower === "of" && tokens[p.start - 2]?.lower === "government" && tokens[p.start - 3]?.lower === "the" ? p.start - 3 : p.start;
    if (start < p.start) end = p.end;
    // "Assam Chief Minister X", "Wallonia's Minister-President X": the place alone, before its head's title
    if (end < 0) {
      const at = tokens[p.end]?.text === "'s" ? p.end + 1 : p.end;
      if (REGIONAL_HEADS.some((words) => words.every((w, i) => tokens[at + i]?.lower === w && tokens[at + i]!.sent === sent))) end = p.end;
    }
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
    found.push(mkMention(start, end, sent, mkActor(nodeKey("Group", p.name), "Group", p.name, undefined, "other"), surface, "region"));
    for (let q = start; q < end; q++) covered[q] = 1;
  }
  return found;
}

/** Words between a place and "council" in a local authority's name ("Birmingham City Council"). */
const COUNCIL_KIND = new Set(["city", "county", "borough", "district", "town", "municipal", "metropolitan", "regional"]);

/** The end of "<place> city council" after the place's end k, or -1. */
function councilEnd(tokens: RecognizeContext["tokens"], k: number, sent: number): number {
  if (!COUNCIL_KIND.has(tokens[k]?.lower ?? "")) return -1;
  return tokens[k + 1]?.lower === "council" && tokens[k + 1]!.sent === sent ? k + 2 : -1;
}
