// Names as analysts type them: forms to try when a name matches nothing exactly (codes such as USA or
// KSA, plural demonyms), titles that stand for their holder ("Mossad chief"), and how near a mistyped
// name is to a real one ("Quatar"). Pure functions, shared by both backends' resolvers.
import { normName } from "../ids.js";

/**
 * Common codes and short names of states and bodies, to the name a graph knows them by (normalised).
 * A Map, not an object literal: a name such as "constructor" must find nothing, not Object.prototype's members.
 */
const CODES: ReadonlyMap<string, string[]> = new Map<string, string[]>([
  ["us", ["united states"]],
  ["usa", ["united states"]],
  ["america", ["united states"]],
  ["uk", ["united kingdom"]],
  ["gb", ["united kingdom"]],
  ["britain", ["united kingdom"]],
  ["great britain", ["united kingdom"]],
  ["ksa", ["saudi arabia"]],
  ["uae", ["united arab emirates"]],
  ["emirates", ["united arab emirates"]],
  ["prc", ["china"]],
  ["dprk", ["north korea"]],
  ["rok", ["south korea"]],
  ["drc", ["democratic republic of the congo", "dr congo"]],
  ["un", ["united nations"]],
  ["eu", ["european union"]],
  ["au", ["african union"]],
  ["pa", ["palestinian authority"]],
  ["idf", ["israel defense forces", "israeli military"]],
]);

/**
 * Other normalised forms a name may be written in the graph: its expansion when it is a code, and its
 * singular when it is a plural ("the Americans" -> "american", a demonym the graph keeps as an alias).
 */
export function nameVariants(name: string): string[] {
  const n = normName(name);
  const out = [...(CODES.get(n) ?? [])];
  if (/[a-z]{3}s$/.test(n)) out.push(n.slice(0, -1));
  if (/[a-z]{3}es$/.test(n)) out.push(n.slice(0, -2));
  if (/[a-z]{2}ies$/.test(n)) out.push(`${n.slice(0, -3)}y`);
  return [...new Set(out)].filter((v) => v && v !== n);
}

/** Titles an analyst puts after a state or body, each with the words that mean the same in a role. */
const TITLES: readonly (readonly string[])[] = [
  ["prime minister", "premier", "pm"],
  ["foreign minister", "minister of foreign affairs", "foreign secretary"],
  ["defence minister", "defense minister", "minister of defence", "minister of defense"],
  ["secretary of state"],
  ["president"],
  ["vice president"],
  ["chief", "head", "director", "leader", "boss", "chairman"],
  ["spokesman", "spokesperson", "spokeswoman"],
  ["envoy", "special envoy", "representative"],
  ["negotiator", "chief negotiator"],
  ["king", "emir", "monarch", "crown prince"],
  ["ambassador"],
  ["minister"],
  ["commander"],
];

export interface TitledName {
  /** The state or body the title belongs to, as typed ("qatari"). */
  owner: string;
  /** Words a role may use for the title. */
  synonyms: readonly string[];
}

/** "Qatari prime minister", "Mossad chief", "head of Mossad": the owner and the title; else undefined. */
export function splitTitle(name: string): TitledName | undefined {
  const n = normName(name);
  const forms = TITLES.flatMap((group) => group.map((form) => ({ form, group }))).sort((a, b) => b.form.length - a.form.length);
  for (const { form, group } of forms) {
    if (n.endsWith(` ${form}`)) return { owner: n.slice(0, -form.length - 1), synonyms: group };
    if (n.startsWith(`${form} of `)) return { owner: n.slice(form.length + 4), synonyms: group };
  }
  return undefined;
}

/** Whether a role ("CIA Director", "Middle East envoy") holds one of the title's words. */
export function roleHasTitle(role: string, synonyms: readonly string[]): boolean {
  const r = ` ${normName(role)} `;
  return synonyms.some((s) => r.includes(` ${s} `));
}

/** Levenshtein distance, given up (max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Edits a mistyped name may be off by: one for short names, two otherwise (Lucene's fuzzy limit). */
export const maxEdits = (norm: string): number => (norm.length <= 4 ? 1 : 2);

/**
 * How far a typed name (normalised) is from a node's normalised name or alias: the edits to the whole
 * form, or for a one-word name the edits to one word of the form plus one ("Burnz" is near "william
 * burns", but "Quatar" nearer "qatar" than "qatar talks").
 */
export function nameDistance(typed: string, form: string): number {
  const max = maxEdits(typed);
  let d = editDistance(typed, form, max);
  if (!typed.includes(" ") && typed.length >= 5) {
    for (const w of form.split(" ")) if (w.length >= 4 && w !== form) d = Math.min(d, editDistance(typed, w, max) + 1);
  }
  return d;
}

/** Whether every word of the typed name is a word of the form ("doha" in "talks in doha"). */
export function hasAllWords(typed: string, form: string): boolean {
  const words = new Set(form.split(" "));
  return typed.split(" ").every((w) => words.has(w));
}
