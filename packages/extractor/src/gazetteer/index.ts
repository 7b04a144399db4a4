// Gazetteer: typed data (states, organisations, titles, places) plus small pure helpers.
// Everything here is synchronous and side-effect free; indexes are built once, lazily, on first use.
import { slugify } from "@backchannel/schema";
import { LEADERS } from "./data/leaders.js";
import { ORGANISATIONS } from "./data/organisations.js";
import { PLACES } from "./data/places.js";
import { NON_UN_MEMBER_STATE_IDS, STATES } from "./data/states.js";
import { PORTFOLIO_NAMES, TITLES } from "./data/titles.js";
import type { OrganisationEntry, PlaceEntry, StateEntry, TitleEntry } from "./types.js";

export type {
  LeaderEntry,
  OrganisationEntry,
  OrganisationKind,
  PlaceEntry,
  StateEntry,
  TitleEntry,
  TitleKind,
} from "./types.js";
export { LEADERS, NON_UN_MEMBER_STATE_IDS, ORGANISATIONS, PLACES, PORTFOLIO_NAMES, STATES, TITLES };

export type LexiconKind = "state" | "demonym" | "capital" | "organisation" | "place" | "title";

/** One reading of a surface form. */
export interface LexiconEntry {
  kind: LexiconKind;
  /**
   * state / demonym / capital: the StateEntry id. organisation: the OrganisationEntry id.
   * place: `placeId(place)` (slug of its name). title: the title itself ("prime minister").
   */
  id: string;
  /** The state the reading belongs to, when there is one (capital, demonym, place, state organ). */
  state?: string;
}

/** Surface form (exact case as written) -> every reading of it; more than one reading = ambiguous. */
export type Lexicon = ReadonlyMap<string, readonly LexiconEntry[]>;

/** Stable id of a place: the slug of its name ("Sharm el-Sheikh" -> "sharm-el-sheikh"). */
export function placeId(place: PlaceEntry): string {
  return slugify(place.name);
}

// ------------------------------------------------------------------ lazily built indexes

let statesById: Map<string, StateEntry> | undefined;
let organisationsById: Map<string, OrganisationEntry> | undefined;
let placesById: Map<string, PlaceEntry> | undefined;
let titlesByText: Map<string, TitleEntry> | undefined;
let lexicon: Map<string, LexiconEntry[]> | undefined;

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

export function stateById(id: string): StateEntry | undefined {
  statesById ??= indexBy(STATES, (s) => s.id);
  return statesById.get(id);
}

export function organisationById(id: string): OrganisationEntry | undefined {
  organisationsById ??= indexBy(ORGANISATIONS, (o) => o.id);
  return organisationsById.get(id);
}

export function placeById(id: string): PlaceEntry | undefined {
  placesById ??= indexBy(PLACES, placeId);
  return placesById.get(id);
}

/** The title entry for a lower-case title ("special envoy"), if known. */
export function titleByText(title: string): TitleEntry | undefined {
  titlesByText ??= indexBy(TITLES, (t) => t.title);
  return titlesByText.get(title);
}

/** True for the 193 UN member states, false for observers and de facto states. */
export function isUnMemberState(id: string): boolean {
  return stateById(id) !== undefined && !NON_UN_MEMBER_STATE_IDS.includes(id);
}

const APOSTROPHES = /['\u2019]/;

/** The surface form plus its typographic-apostrophe twin ("Sant'Egidio" <-> "Sant’Egidio"). */
function apostropheVariants(surface: string): string[] {
  if (!APOSTROPHES.test(surface)) return [surface];
  const straight = surface.replace(/\u2019/g, "'");
  const curly = surface.replace(/'/g, "\u2019");
  return straight === curly ? [surface] : [straight, curly];
}

/**
 * One map from every surface form (exact case as written, plus the curly-apostrophe twin of forms that
 * contain an apostrophe) to its readings. Built once on first call; later calls return the same map.
 * Titles are lower-case as listed; everything else keeps its capitalisation.
 */
export function buildLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const map = new Map<string, LexiconEntry[]>();
  const add = (surface: string, entry: LexiconEntry): void => {
    for (const form of apostropheVariants(surface.trim())) {
      if (form === "") continue;
      const hits = map.get(form);
      if (!hits) {
        map.set(form, [entry]);
      } else if (!hits.some((h) => h.kind === entry.kind && h.id === entry.id)) {
        hits.push(entry);
      }
    }
  };

  for (const s of STATES) {
    for (const form of [s.name, ...s.aliases]) add(form, { kind: "state", id: s.id, state: s.id });
    for (const form of s.demonyms) add(form, { kind: "demonym", id: s.id, state: s.id });
    for (const form of s.capitals) add(form, { kind: "capital", id: s.id, state: s.id });
  }
  for (const o of ORGANISATIONS) {
    const entry: LexiconEntry =
      o.state === undefined ? { kind: "organisation", id: o.id } : { kind: "organisation", id: o.id, state: o.state };
    for (const form of [o.name, ...o.aliases]) add(form, entry);
  }
  for (const p of PLACES) {
    const entry: LexiconEntry = { kind: "place", id: placeId(p), state: p.state };
    for (const form of [p.name, ...p.aliases]) add(form, entry);
  }
  for (const t of TITLES) add(t.title, { kind: "title", id: t.title });

  for (const hits of map.values()) Object.freeze(hits);
  lexicon = map;
  return lexicon;
}

/** Readings of one surface form, exact case; [] when unknown. */
export function lookup(surface: string): readonly LexiconEntry[] {
  return buildLexicon().get(surface) ?? [];
}

/** Surface forms with more than one reading (e.g. "Georgia", "Congo", "Main Intelligence Directorate"). */
export function ambiguousSurfaceForms(): string[] {
  const out: string[] = [];
  for (const [form, hits] of buildLexicon()) if (hits.length > 1) out.push(form);
  return out.sort();
}
