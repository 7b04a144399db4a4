// The gazetteer pass: longest matches of gazetteer surface forms, typed into titles, places, states
// (by name, demonym or capital metonymy), organisations and state organs.
import type { LexEntry } from "./lexicon.js";

export const TITLE_OF = new Set(["State", "Defense", "Defence", "Foreign", "Affairs", "Treasury", "Interior", "Homeland", "Security", "Justice", "the", "Staff", "Finance"]);

export const GEO_NOUNS = new Set(["Ocean", "Sea", "Seas", "Gulf", "Peninsula", "Subcontinent", "Plateau", "Desert", "Basin", "Highlands", "Archipelago"]);

export function isTitleOrNothing(raw: { start: number; end: number; e: LexEntry }[], k: number): boolean {
  for (const r of raw) if (k >= r.start && k < r.end) return r.e.kind === "title";
  return true;
}
