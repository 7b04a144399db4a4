// Bodies the gazetteer does not know, named by the word that ends their name: companies by a trade word
// ("Noble Energy", "Delek Drilling", "Ratio Oil", "Hancock Prospecting", "Bath Iron Works"), the energy,
// mining and shipbuilding firms that are parties to the deals and strikes the news reports; Indigenous
// nations' governments by "Nation" ("Innu Nation", "Sipekne'katik First Nation") and their alliances
// ("Coastal First Nations"), parties to land and
// resource talks; and companies named in a list of companies the gazetteer knows ("Olam, Mars and Hershey").
import { nodeKey } from "../util/keys.js";
import { mkActor, mkMention, type ActorMention, type RecognizeContext } from "./model.js";
import { isNameWord } from "./tokens.js";
import { FUNCTION_CAPS, GIVEN_NAMES, MONTH_NAMES, WEEKDAY_NAMES, WORKER_NOUNS } from "./words.js";

/** Words that end such a body's name: a company's trade words, and an Indigenous nation's. */
const TAIL_WORDS = new Set(["Energy", "Oil", "Gas", "Drilling", "Prospecting", "Resources", "Shipbuilding", "Chemicals", "Nation", "Nations"]);
/** "Bath Iron Works": a works named for what it makes (not "the Irvin Works", a plant). */
const WORKS_MATERIALS = new Set(["Iron", "Steel"]);
/** Words before a name that make it a portfolio or a field, not a company ("Ministry of Energy", "in the Field of Energy"). */
const PORTFOLIO_BEFORE = /^(of|for)$/;
const NOT_FIRST = new Set([...FUNCTION_CAPS, ...MONTH_NAMES, ...WEEKDAY_NAMES]);

/**
 * Names of one to three capitalised words, none read yet, ending in a trade word that ends the name: no
 * capitalised word or "of" follows, nor "and" but before another company's name ("Trans-Caspian Gas
 * Pipeline", "House Energy and Commerce Committee", "Natural Resources and Environment" are other names;
 * "Ratio Oil and Hancock Prospecting" two companies), and no "of" or "for" comes before.
 */
export function findTailNamedBodies(ctx: RecognizeContext, known: readonly ActorMention[]): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const out: ActorMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const tail = tokens[i]!;
    const works = tail.text === "Works" && WORKS_MATERIALS.has(tokens[i - 1]!.text);
    if ((!TAIL_WORDS.has(tail.text) && !works) || covered[i] || ctx.headline[tail.sent]) continue;
    const next = tokens[i + 1];
    // (a title read after the name may follow: "Innu Nation Grand Chief X")
    if (next && next.sent === tail.sent && ((next.kind === "word" && next.cap && !covered[i + 1]) || next.lower === "of" || (next.lower === "-" && !tail.space) || (/^(and|&)$/.test(next.lower) && !tailNamedAfter(ctx, i + 2)))) continue;
    let s = i;
    while (s > i - 3 && s > 0 && !covered[s - 1] && isNameWord(tokens[s - 1]) && tokens[s - 1]!.sent === tail.sent && !NOT_FIRST.has(tokens[s - 1]!.text)) {
      s--;
      // ("Tsleil-Waututh Nation": over a hyphen inside a word of the name)
      if (tokens[s - 1]?.text === "-" && !tokens[s - 1]!.space && !tokens[s]!.space && isNameWord(tokens[s - 2]) && !covered[s - 2]) s -= 2;
    }
    if (s === i || PORTFOLIO_BEFORE.test(tokens[s - 1]?.lower ?? "") || known.some((m) => m.start < i + 1 && m.end > s)) continue;
    const name = a.text.slice(tokens[s]!.start, tail.end);
    // ("First Nations" are peoples, no body, and "Six Nations" a tournament; "Coastal First Nations" is an
    // alliance of them)
    if (/^(First|United|Six|Five|Four|Three|Two) Nations$/.test(name)) continue;
    out.push(mkMention(s, i + 1, tail.sent, mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), name, "org-pattern"));
    for (let k = s; k <= i; k++) covered[k] = 1;
  }
  return out;
}

/** Whether the capitalised words from k end in a trade word ("... and Hancock Prospecting"). */
function tailNamedAfter(ctx: RecognizeContext, k: number): boolean {
  const { tokens } = ctx;
  let q = k;
  while (q < k + 4 && isNameWord(tokens[q]) && tokens[q]!.sent === tokens[k]!.sent) q++;
  return q > k && TAIL_WORDS.has(tokens[q - 1]!.text) && !tokens[q]?.cap;
}

/**
 * "Cargill, Olam, Barry Callebaut, Mars and Hershey": a capitalised name no reading took, listed between
 * companies the gazetteer knows (or last, after two items), is a company too.
 */
export function companiesListedWithCompanies(ctx: RecognizeContext, known: readonly ActorMention[]): ActorMention[] {
  const { a, tokens, covered } = ctx;
  const companyEnd = new Map<number, ActorMention>();
  const companyStart = new Map<number, ActorMention>();
  for (const m of known) {
    if (!m.actor.employer) continue;
    companyEnd.set(m.end, m);
    companyStart.set(m.start, m);
  }
  const out: ActorMention[] = [];
  for (const [end, before] of companyEnd) {
    // ", X," / ", X and" / " and X" right after a company
    let k = end;
    if (tokens[k]?.text !== "," && tokens[k]?.lower !== "and") continue;
    k += tokens[k]!.text === "," && tokens[k + 1]?.lower === "and" ? 2 : 1;
    let e = k;
    while (e < k + 3 && isNameWord(tokens[e]) && !covered[e] && tokens[e]!.sent === before.sent && !NOT_FIRST.has(tokens[e]!.text)) e++;
    if (e === k) continue;
    const next = tokens[e];
    // the list goes on to another company, or ends with this name after "and"
    const listed = (next?.text === "," || next?.lower === "and") && (companyStart.has(e + 1) || companyStart.has(e + 2));
    const last = tokens[k - 1]!.lower === "and" && !(next?.kind === "word" && next.cap);
    // (a list of companies with another item before the known one, or a known one after this name; no
    // person's name nor a plural's: "Boeing and Machinists", "NBCUniversal's Donna Langley")
    const inList = listed || tokens[before.start - 1]?.text === ",";
    const personLike = GIVEN_NAMES.has(tokens[k]!.text) || (e === k + 1 && WORKER_NOUNS.has(tokens[k]!.lower));
    if ((!listed && !last) || !inList || personLike) continue;
    const name = a.text.slice(tokens[k]!.start, tokens[e - 1]!.end);
    out.push(mkMention(k, e, before.sent, { ...mkActor(nodeKey("Group", name), "Group", name, undefined, "other"), employer: true }, name, "org-pattern"));
    for (let q = k; q < e; q++) covered[q] = 1;
  }
  return out;
}
