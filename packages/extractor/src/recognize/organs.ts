// Organ suffixes after a state's name or demonym: "<state>'s foreign ministry", "Egyptian intelligence",
// "the Israeli military", "the Israeli government".
import type { GazetteerMatch, OrganSuffix, RecognizeContext } from "./model.js";

const ORGAN_SUFFIXES: OrganSuffix[] = [
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

const ORGAN_BY_FIRST = new Map<string, OrganSuffix[]>();
for (const suf of ORGAN_SUFFIXES) {
  const list = ORGAN_BY_FIRST.get(suf.words[0]!) ?? [];
  list.push(suf);
  ORGAN_BY_FIRST.set(suf.words[0]!, list);
}
const NO_SUFFIXES: OrganSuffix[] = [];

/** True when token `k` is in no gazetteer match, or in a title's (an organ suffix may run over a title). */
function isTitleOrNothing(matches: readonly GazetteerMatch[], k: number): boolean {
  for (const r of matches) if (k >= r.start && k < r.end) return r.entry.kind === "title";
  return true;
}

/** The organ suffix whose words start at token `j` in sentence `sent` ("foreign ministry", "military"), if any. */
export function organSuffixAt(ctx: RecognizeContext, matches: readonly GazetteerMatch[], j: number, sent: number): OrganSuffix | undefined {
  const { tokens, covered } = ctx;
  for (const suf of ORGAN_BY_FIRST.get(tokens[j]?.lower ?? "") ?? NO_SUFFIXES) {
    let ok = true;
    for (let k = 0; k < suf.words.length; k++) {
      const tk = tokens[j + k];
      if (!tk || tk.sent !== sent || tk.lower !== suf.words[k] || (covered[j + k] && !isTitleOrNothing(matches, j + k))) {
        ok = false;
        break;
      }
    }
    // "Niger's military leader", "the military rulers": the state's leadership, not its forces
    if (ok && suf.kind === "military" && /^(leader|leaders|ruler|rulers|government|junta|regime|authorities)$/.test(tokens[j + suf.words.length]?.lower ?? "")) ok = false;
    // "a Turkish military base", "Egyptian military aid": an adjective of a thing, not the forces
    if (ok && suf.kind === "military" && /^(base|bases|installation|installations|presence|aid|assistance|equipment|hardware|exercise|exercises|drills|spending|cooperation|ties|academy|court|courts|facility|facilities|plane|planes|aircraft|jet|jets|vehicle|vehicles|convoy|hospital|budget|sales|deal)$/.test(tokens[j + suf.words.length]?.lower ?? "")) ok = false;
    if (ok) return suf;
  }
  return undefined;
}
