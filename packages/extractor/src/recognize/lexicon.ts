// A token trie over every gazetteer surface form (states, demonyms, capitals, organisations,
// titles, places), matched longest-first. Built once per process.
import type { LeaderEntry, OrganisationEntry, OrganisationKind, PlaceEntry, StateEntry, TitleEntry, TitleKind } from "../gazetteer/types.js";
import { tokenizePhrase, type Token } from "../nlp/wink.js";
import { getOrCreate } from "../util/maps.js";
import { GENERATION_SUFFIX_AT_END } from "./words.js";

export interface GazetteerData {
  states: readonly StateEntry[];
  organisations: readonly OrganisationEntry[];
  titles: readonly TitleEntry[];
  places: readonly PlaceEntry[];
  /** Known leaders and their states (optional: a lexicon without them just knows no leader). */
  leaders?: readonly LeaderEntry[];
}

export type LexKind = "org" | "state" | "demonym" | "capital" | "place" | "title";
const KIND_RANK: Record<LexKind, number> = { org: 0, state: 1, demonym: 2, capital: 3, place: 4, title: 5 };

/** How a surface form must match: exactly, first token exactly (rest any case), or in any case. */
type CaseMode = "exact" | "first" | "none";

export interface LexEntry {
  kind: LexKind;
  /** State id, organisation id, title text or place name. */
  id: string;
  surface: string;
  tokens: string[];
  caseMode: CaseMode;
  orgKind?: OrganisationKind;
  /** For orgs, capitals, places: the state they belong to. */
  state?: string;
  titleKind?: TitleKind;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexEntry[];
}

export interface LexMatch {
  len: number;
  entry: LexEntry;
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

export class Lexicon {
  readonly states = new Map<string, StateEntry>();
  readonly orgs = new Map<string, OrganisationEntry>();
  readonly places = new Map<string, PlaceEntry>();
  readonly titleKinds = new Map<string, TitleKind>();
  /** Organisations by owning state id. */
  readonly orgsByState = new Map<string, OrganisationEntry[]>();
  /** Lower-cased place/capital name -> state id (for meeting places). */
  readonly placeState = new Map<string, string>();
  private readonly root = newNode();
  /** Folded full name of a known leader ("vladimir putin") -> state id; names given to two states are dropped. */
  private readonly leaders = new Map<string, string | null>();
  /** folded leader name -> the year the leader first took office, for those news followed in opposition first */
  private readonly leaderSince = new Map<string, number>();
  /** A known leader's surname ("netanyahu") -> state id; surnames of leaders of two states are dropped. */
  private readonly leaderSurnames = new Map<string, string | null>();
  /** Lower-cased single words that start some title ("prime", "special", "spokesman"). */
  readonly titleWords = new Set<string>();
  /** Acronyms' title-case forms the lexicon added ("Farc", "Knut"): some are also given names. */
  readonly spokenAcronyms = new Set<string>();

  constructor(data: GazetteerData) {
    const seen = new Set<string>();
    const add = (surface: string, e: Omit<LexEntry, "surface" | "tokens" | "caseMode">, mode?: CaseMode) => {
      const s = surface.trim();
      if (!s) return;
      const dedupe = `${e.kind}|${e.id}|${s}`;
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      const tokens = tokenizePhrase(s);
      if (!tokens.length) return;
      const caseMode: CaseMode = mode ?? (tokens.length === 1 ? "exact" : "first");
      const entry: LexEntry = { ...e, surface: s, tokens, caseMode };
      let node = this.root;
      for (const t of tokens) {
        const k = t.toLowerCase();
        node = getOrCreate(node.next, k, newNode);
      }
      node.entries.push(entry);
      node.entries.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
    };
    for (const st of data.states) {
      this.states.set(st.id, st);
      add(st.name, { kind: "state", id: st.id });
      for (const a of st.aliases) add(a, { kind: "state", id: st.id });
      for (const d of st.demonyms) add(d, { kind: "demonym", id: st.id });
      for (const c of st.capitals) {
        add(c, { kind: "capital", id: st.id, state: st.id });
        this.placeState.set(c.toLowerCase(), st.id);
      }
      this.placeState.set(st.name.toLowerCase(), st.id);
    }
    for (const o of data.organisations) {
      this.orgs.set(o.id, o);
      if (o.state) {
        const list = this.orgsByState.get(o.state) ?? [];
        list.push(o);
        this.orgsByState.set(o.state, list);
      }
      const entry = { kind: "org" as const, id: o.id, orgKind: o.kind, ...(o.state ? { state: o.state } : {}) };
      for (const a of [o.name, ...o.aliases]) {
        add(a, entry);
        // British style writes an acronym said as a word in title case: "Farc", "Opec", "Unicef"
        const spoken = titleCaseAcronym(a);
        if (spoken) {
          add(spoken, entry);
          this.spokenAcronyms.add(spoken);
        }
        // "Jamiat Ulema-e-Islam" is written "Jamiat Ulema-i-Islam" too: the other transliteration of the ezafe
        const ezafe = otherEzafe(a);
        if (ezafe) add(ezafe, entry);
      }
    }
    for (const t of data.titles) {
      const title = t.title.toLowerCase();
      this.titleKinds.set(title, t.kind);
      add(title, { kind: "title", id: title, titleKind: t.kind }, "none");
      for (const w of title.split(/\s+/)) this.titleWords.add(w);
    }
    for (const l of data.leaders ?? []) {
      const bare = l.name.replace(LEADER_HONORIFIC, "");
      // "Tayyip Erdogan" for "Recep Tayyip Erdogan": the last two words of a longer name too
      const tail = bare.split(/\s+/).slice(-2).join(" ");
      for (const form of [l.name, bare, tail]) {
        const k = foldName(form);
        if (!k.includes(" ")) continue; // a single word ("Suharto", "Jokowi") would match too much
        const prev = this.leaders.get(k);
        this.leaders.set(k, prev === undefined || prev === l.state ? l.state : null);
        if (l.since) this.leaderSince.set(k, l.since);
      }
      const surname = foldName(bare.split(/\s+/).pop() ?? "");
      const prevSurname = this.leaderSurnames.get(surname);
      if (surname) this.leaderSurnames.set(surname, prevSurname === undefined || prevSurname === l.state ? l.state : null);
    }
    for (const p of data.places) {
      this.places.set(p.name, p);
      add(p.name, { kind: "place", id: p.name, state: p.state });
      this.placeState.set(p.name.toLowerCase(), p.state);
      for (const a of p.aliases) {
        add(a, { kind: "place", id: p.name, state: p.state });
        this.placeState.set(a.toLowerCase(), p.state);
      }
    }
  }

  /** The state of the one known leader with this surname ("Netanyahu" -> "israel"), else undefined. */
  leaderSurnameState(surname: string): string | undefined {
    return this.leaderSurnames.get(foldName(surname)) ?? undefined;
  }

  /**
   * The state a known leader leads or led ("Vladimir Putin" -> "russia"), by full name; none in an
   * article of a `year` before the leader first took office.
   */
  leaderState(name: string, year?: number): string | undefined {
    let k = foldName(name);
    // "Joseph R. Biden Jr.": a generational suffix the gazetteer's name leaves out ("Ferdinand Marcos Jr."
    // is listed with it)
    const unsuffixed = name.replace(GENERATION_SUFFIX_AT_END, "");
    if (!this.leaders.has(k) && unsuffixed !== name) return this.leaderState(unsuffixed, year);
    if (!this.leaders.has(k)) {
      // "Rodrigo Roa Duterte" for "Rodrigo Duterte": a middle name the gazetteer leaves out ("Mohamed
      // Abdullahi Mohamed Farmaajo" for "Mohamed Abdullahi Farmaajo": one of two)
      const words = name.trim().split(/\s+/);
      if (words.length < 3) return undefined;
      k = foldName(`${words[0]} ${words[words.length - 1]}`);
      for (let d = 1; d < words.length - 1 && !this.leaders.has(k) && words.length === 4; d++) k = foldName(words.filter((_, i) => i !== d).join(" "));
    }
    if (year !== undefined && (this.leaderSince.get(k) ?? 0) > year) return undefined;
    return this.leaders.get(k) ?? undefined;
  }

  /**
   * Whether `name` is a leader's whole name as the gazetteer lists it, and no longer listed name goes on
   * from it ("Sheikh Hasina"; "Sheikh Tamim" is a style and a given name: "Sheikh Tamim bin Hamad Al Thani").
   */
  isWholeLeaderName(name: string): boolean {
    const k = foldName(name);
    if (!this.leaders.has(k)) return false;
    for (const other of this.leaders.keys()) if (other.startsWith(`${k} `)) return false;
    return true;
  }

  /** Longest gazetteer match starting at token i (within the same sentence), or null. */
  match(tokens: readonly Token[], i: number, kinds?: ReadonlySet<LexKind>): LexMatch | null {
    const first = tokens[i];
    if (first === undefined) return null;
    // most words start no entry: one look-up, and nothing allocated
    let node = this.root.next.get(first.lower);
    if (node === undefined) return null;
    let best: LexMatch | null = null;
    const sent = first.sent;
    for (let j = i; ; ) {
      for (const e of node.entries) {
        if (kinds && !kinds.has(e.kind)) continue;
        if (caseOk(e, tokens, i)) {
          best = { len: j - i + 1, entry: e };
          break;
        }
      }
      j++;
      const t = tokens[j];
      if (t === undefined || t.sent !== sent) break;
      node = node.next.get(t.lower);
      if (node === undefined) break;
    }
    return best;
  }

  /** The entry for a title phrase ("prime minister"), if it is one. */
  isTitle(lower: string): boolean {
    return this.titleKinds.has(lower);
  }

  stateName(id: string): string {
    return this.states.get(id)?.name ?? id;
  }

  /** The adjective form of a state ("Qatari"), falling back to its name. */
  demonym(id: string): string {
    const st = this.states.get(id);
    if (!st) return id;
    const adj = st.demonyms.find((d) => !/s$/.test(d)) ?? st.demonyms[0];
    return adj ?? st.name;
  }
}

const LEADER_HONORIFIC = /^(king|queen|sheikh|crown prince|prince|pope|cardinal|sultan|sayyid|ayatollah|emir)\s+/i;
/** Lower case, no accents, one space: "Nicolás  Maduro" -> "nicolas maduro". */
function foldName(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\u2019]/g, "'").replace(/\s+/g, " ").trim();
}

function caseOk(e: LexEntry, tokens: readonly Token[], i: number): boolean {
  if (e.caseMode === "none") return true;
  if (tokens[i]!.text !== e.tokens[0]) return e.kind === "state" && inCapitals(e, tokens, i);
  if (e.caseMode === "first") return true;
  for (let k = 1; k < e.tokens.length; k++) if (tokens[i + k]!.text !== e.tokens[k]) return false;
  return true;
}

/**
 * A state's name written in capitals, as negotiation summaries and some wires write the delegations
 * ("RWANDA and NORWAY urged the Chair"): every word of the name, at least four letters in all.
 */
function inCapitals(e: LexEntry, tokens: readonly Token[], i: number): boolean {
  let letters = 0;
  for (let k = 0; k < e.tokens.length; k++) {
    const w = e.tokens[k]!;
    const t = tokens[i + k]!.text;
    if (t !== w.toUpperCase() || t === w) return false;
    letters += w.length;
  }
  return letters >= 4;
}

/** Title-case forms that are English words or places, never an acronym's ("ACCORD", "FACT", "UTICA"). */
const ACRONYMS_THAT_ARE_WORDS = new Set(["accord", "fact", "arena", "disk", "rand", "mend", "utica", "alba", "kuna", "unit", "aces"]);

/**
 * The title-case form of an acronym of four to six capitals with a vowel ("FARC" -> "Farc"), which
 * British copy writes for acronyms said as words; undefined for other names and for English words.
 */
function titleCaseAcronym(name: string): string | undefined {
  if (!/^[A-Z]{4,6}$/.test(name) || !/[AEIOU]/.test(name)) return undefined;
  const lower = name.toLowerCase();
  return ACRONYMS_THAT_ARE_WORDS.has(lower) ? undefined : name[0] + lower.slice(1);
}

/** The name with its ezafe ("-e-" between words) written the other way ("-i-"), or undefined when it has none. */
function otherEzafe(name: string): string | undefined {
  return EZAFE.test(name) ? name.replace(EZAFE_G, (_, a: string, v: string) => `${a}-${v === "e" ? "i" : "e"}-`) : undefined;
}
const EZAFE = /(\p{Ll})-([ei])-(?=\p{Lu})/u;
const EZAFE_G = new RegExp(EZAFE.source, "gu");
