// Gazetteers are typed data: one entry per real entity, every surface form it goes by.
// Surface forms are matched case-sensitively as written (so "US" and "us" differ), whole words only.

/** A sovereign state (UN member or observer, plus widely recognised de facto states). */
export interface StateEntry {
  /** Stable slug, used in node keys: "united-states", "qatar". */
  id: string;
  /** Canonical English short name: "United States", "Qatar", "Türkiye" is an alias of "Turkey". */
  name: string;
  /** Other names, official names, abbreviations: "U.S.", "USA", "America", "State of Qatar". */
  aliases: string[];
  /** Adjective and people forms: "American", "Americans", "Qatari", "Qataris". */
  demonyms: string[];
  /** Seats of government, for capital metonymy ("Washington says"): "Washington", "Doha". */
  capitals: string[];
}

export type OrganisationKind =
  | "international" // UN, EU, African Union, ICRC ...
  | "armed-group" // Hamas, Hezbollah, M23, RSF, Taliban ...
  | "political" // parties, movements, governments-in-exile
  | "government-office" // White House, Kremlin, Élysée, cabinet offices
  | "ministry" // State Department, Foreign Office, named ministries
  | "intelligence" // CIA, Mossad, MI6, Egyptian General Intelligence ...
  | "military" // IDF, Pentagon, named armed forces
  | "media" // news agencies and outlets (credits, never actors in a negotiation)
  | "ngo" // humanitarian and mediation NGOs: ICRC, MSF, Crisis Group, HD Centre, Sant'Egidio
  | "other";

export interface OrganisationEntry {
  id: string;
  name: string;
  /** Acronyms and other names: "CIA", "Central Intelligence Agency". */
  aliases: string[];
  kind: OrganisationKind;
  /** The state it belongs to, when it is a state's organ (CIA -> "united-states"). */
  state?: string;
  /** The organisation it is a part of, by id: an armed wing's movement (Qassam Brigades -> "hamas"). */
  parent?: string;
  /** A company or employers' body: a side of labour disputes ("the automakers", "the employers"). */
  employer?: boolean;
  /** A trade union or a federation of them, whatever its name says ("the two unions" may stand for it). */
  union?: boolean;
  /** A building that names the office seated in it: an actor in "the Kremlin said", a place in "talks
   * at the Kremlin". */
  seat?: boolean;
}

export type TitleKind =
  | "head-of-state" // president, king, emir, sultan
  | "head-of-government" // prime minister, chancellor, premier
  | "minister" // foreign minister, secretary of state, defence minister
  | "diplomat" // ambassador, envoy, special envoy, representative, negotiator, mediator
  | "spokesperson" // spokesperson, spokesman, spokeswoman, press secretary
  | "security" // national security adviser, intelligence chief, director
  | "military" // general, commander, chief of staff
  | "leader" // leader, chairman, head, secretary-general, politburo member
  | "official"; // official, aide, adviser, adviser

export interface TitleEntry {
  /** Lower-case title as it appears in text: "prime minister", "special envoy", "spokesman". */
  title: string;
  kind: TitleKind;
}

/** A place that is not a capital in the states gazetteer (venues of talks): "Geneva", "Sharm el-Sheikh". */
export interface PlaceEntry {
  name: string;
  aliases: string[];
  /** State id the place is in. */
  state: string;
}

/** A head of state or government, monarch, crown prince or foreign minister, with the state concerned. */
export interface LeaderEntry {
  /** Full name as news writes it: "Vladimir Putin", "Mohammed bin Salman". */
  name: string;
  /** State id. */
  state: string;
  /**
   * The year the person first took a state-level office, for a figure news followed in opposition
   * first ("Hakainde Hichilema": 2021): in copy from before it the name gives no state.
   */
  since?: number;
}
