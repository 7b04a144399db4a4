// The entity stage's model: the actors and mentions the recogniser finds in one article, and the
// shapes its passes hand each other. Types and their constructors only; no recognition here.
import type { ActorType } from "@backchannel/schema";
import type { OrganisationKind } from "../gazetteer/types.js";
import type { Analysis, Token } from "../nlp/wink.js";
import type { LexEntry, Lexicon } from "./lexicon.js";

/** An actor node as the recogniser sees it. */
export interface Actor {
  key: string;
  type: ActorType;
  name: string;
  /** Owning state id, for state organs (CIA -> united-states) and states themselves. */
  state?: string;
  orgKind?: OrganisationKind;
  /** A company or employers' body the gazetteer knows ("the automakers" may stand for it). */
  employer?: boolean;
  /** A trade union the gazetteer knows ("the two unions" may stand for it). */
  union?: boolean;
}

export interface ActorMention {
  start: number;
  end: number;
  sent: number;
  actor: Actor;
  surface: string;
  /** How it was recognised: "name", "demonym", "capital", "composed", "person", "surname" ... */
  via: string;
  /** For persons: role and affiliation read from the title phrase or an appositive. */
  role?: string;
  affiliation?: ActorMention;
  affiliationRule?: string;
  /** A party leader's state besides the party ("Prime Minister X, head of the ruling VMRO-DPMNE"). */
  stateAffiliation?: ActorMention;
  stateAffiliationRule?: string;
  /**
   * A body a state's officeholder also leads ("Senegal's President Macky Sall, who chairs ECOWAS") or
   * belongs to ("Prime Minister X, whose Social Democrats ..."), with the rule that read it.
   */
  ledBody?: ActorMention;
  ledBodyRule?: string;
  /** A seat of government named as a place ("talks at the Kremlin"): the meetings read it for their
   * place; it is no actor of the article's relations and no node of its own. */
  placeOnly?: boolean;
}

export interface TitleMention {
  start: number;
  end: number;
  title: string;
}

export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  state?: string;
}

export interface Mentions {
  actors: ActorMention[];
  titles: TitleMention[];
  places: PlaceMention[];
  /** token index -> index into actors, or -1 */
  actorAt: Int32Array;
  /** token index -> index into titles, or -1 */
  titleAt: Int32Array;
  /** token index -> index into places, or -1 */
  placeAt: Int32Array;
}

/**
 * One article as every pass reads it. `covered` is the one thing the passes write in common: a token
 * that a mention has taken is marked, and later passes do not start a mention on it.
 */
export interface RecognizeContext {
  readonly a: Analysis;
  readonly lex: Lexicon;
  readonly tokens: readonly Token[];
  /** token index -> 1 when a mention (or a word that must not start one) has taken it */
  readonly covered: Uint8Array;
  /** sentence index -> 1 for a title-case headline, whose capitalised runs are not names */
  readonly headline: Uint8Array;
  /** The state of the dateline's place ("VANCOUVER, July 13 (Reuters) -"), when the gazetteer knows it. */
  readonly datelineState?: string;
  /** Whether the dateline's place is its state's capital ("KABUL -", not "VANCOUVER -", whose "government" may be a province's). */
  readonly datelineCapital?: boolean;
  /** The year of the article's date, when it has one (a leader named before taking office has no state yet). */
  readonly year?: number;
}

/** A gazetteer surface form at tokens [start, end) (the longest match there). */
export interface GazetteerMatch {
  start: number;
  end: number;
  entry: LexEntry;
}

/** What the gazetteer pass finds: states, organisations and organs, titles, places. */
export interface GazetteerMentions {
  actors: ActorMention[];
  titles: TitleMention[];
  places: PlaceMention[];
}

/** Organisations found by name that later words may name: acronyms and one-word names ("FDD", "Renamo"). */
export interface Acronyms {
  /** acronym or one-word name -> organisation (the first one found wins) */
  names: Map<string, Actor>;
  /** the acronyms the article defines after a name ("Forces for the Defence of Democracy (FDD)") */
  defined: Map<string, Actor>;
}

/** A run of capitalised name words that may name a person ("Majed al-Ansari", "de la Calle"). */
export interface Candidate {
  start: number;
  end: number;
  words: string[];
  name: string;
}

/** Token -> covering title / non-person actor (the first in list order), for O(1) look-ups. */
export interface Cover {
  title: Int32Array;
  actor: Int32Array;
}

/** What the person passes share while they read one article: the mentions found before them, indexed. */
export interface PersonContext extends RecognizeContext {
  /** the mentions found before persons (states, organisations, references), by start */
  readonly actors: readonly ActorMention[];
  readonly titles: readonly TitleMention[];
  /** the places the gazetteer found, by start */
  readonly places: readonly PlaceMention[];
  /** token index -> title starting there */
  readonly titleStart: ReadonlyMap<number, TitleMention>;
  /** token index right after a title -> title */
  readonly titleEnd: ReadonlyMap<number, TitleMention>;
  readonly actorStart: ReadonlyMap<number, ActorMention>;
  readonly actorEnd: ReadonlyMap<number, ActorMention>;
  readonly cover: Cover;
  /** the persons validated so far, in the order found ("X and his deputy, Y" reads the last ones) */
  readonly persons: ActorMention[];
  /** surname form -> full name ("" when ambiguous) */
  readonly known: Map<string, string>;
}

/** What the walk back over the title phrase before a person's name found ("Qatar's foreign minister X"). */
export interface TitlePhrase {
  /** the token where the walk stopped (the phrase starts after it) */
  stop: number;
  /** the actor the phrase gives (of the title, its tail, "his" or "its") */
  affil: ActorMention | undefined;
  /** the role's tokens [roleStart, roleEnd), -1 when none */
  roleStart: number;
  roleEnd: number;
  sawTitle: boolean;
  /** the actor came from "his"/"her" ("the U.N. chief and his special adviser, X") */
  possessive: boolean;
  /** a nationality right after a title appositive's comma, taken only when nothing else is */
  weakAffil: ActorMention | undefined;
}

// "<state>'s foreign ministry", "Egyptian intelligence", "the Israeli military": organ suffixes.
export interface OrganSuffix {
  words: string[];
  canonical: string;
  /** Matches a gazetteer organisation of that state (kind, name pattern). */
  kind?: OrganisationKind;
  namePattern?: RegExp;
  /** When set, the phrase stands for the state itself ("Israeli government"). */
  state?: boolean;
}

/**
 * Every actor is made here, with all five fields in one order: one hidden class for V8, so the relation
 * code that reads actors stays monomorphic (mixed shapes made TurboFan deoptimise and recompile it).
 */
export function mkActor(key: string, type: ActorType, name: string, state?: string, orgKind?: OrganisationKind): Actor {
  return { key, type, name, state, orgKind };
}

/** Every mention has all fields from the start (role and affiliation are filled in later). */
export function mkMention(start: number, end: number, sent: number, actor: Actor, surface: string, via: string): ActorMention {
  return { start, end, sent, actor, surface, via, role: undefined, affiliation: undefined, affiliationRule: undefined, stateAffiliation: undefined, stateAffiliationRule: undefined, ledBody: undefined, ledBodyRule: undefined };
}
