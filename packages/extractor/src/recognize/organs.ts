// Organ suffixes after a state's name or demonym: "<state>'s foreign ministry", "Egyptian intelligence",
// "the Israeli military", "the Israeli government".
import type { OrganSuffix } from "./model.js";

export const ORGAN_SUFFIXES: OrganSuffix[] = [
  ...["foreign ministry", "ministry of foreign affairs", "foreign affairs ministry", "foreign office", "ministry of foreign affairs"].map((w) => ({
    words: w.split(" "), canonical: "Foreign Ministry", kind: "ministry" as const, namePattern: /foreign/i,
  })),
  ...["defence ministry", "defense ministry", "ministry of defence", "ministry of defense"].map((w) => ({
    words: w.split(" "), canonical: "Defence Ministry", kind: "ministry" as const, namePattern: /defen[cs]e/i,
  })),
  ...["interior ministry", "ministry of interior", "ministry of the interior"].map((w) => ({
    words: w.split(" "), canonical: "Interior Ministry", kind: "ministry" as const, namePattern: /interior/i,
  })),
  ...["general intelligence service", "general intelligence directorate", "general intelligence", "intelligence service", "intelligence services", "intelligence agency", "intelligence"].map((w) => ({
    words: w.split(" "), canonical: "intelligence", kind: "intelligence" as const, namePattern: /intelligence/i,
  })),
  ...["armed forces", "defence forces", "defense forces", "military", "army", "forces"].map((w) => ({
    words: w.split(" "), canonical: "military", kind: "military" as const, namePattern: /army|armed forces|military|defen[cs]e forces/i,
  })),
  ...["government", "federal government", "transitional government", "interim government"].map((w) => ({ words: w.split(" "), canonical: "government", state: true })),
  ...["delegation", "delegations", "negotiators", "negotiating team", "officials", "authorities", "leadership", "side", "technical teams", "technical team", "team"].map((w) => ({
    words: w.split(" "), canonical: "", state: true,
  })),
];


export const ORGAN_BY_FIRST = new Map<string, OrganSuffix[]>();
for (const suf of ORGAN_SUFFIXES) {
  const list = ORGAN_BY_FIRST.get(suf.words[0]!) ?? [];
  list.push(suf);
  ORGAN_BY_FIRST.set(suf.words[0]!, list);
}
export const NO_SUFFIXES: OrganSuffix[] = [];
