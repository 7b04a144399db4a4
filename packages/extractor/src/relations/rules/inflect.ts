// Verb forms generated from a lemma, for patterns that write "mediate+" instead of listing
// "mediate|mediates|mediated|mediating". Irregular verbs give their past forms here, once.

/** Past tense and past participle of the irregular verbs the patterns use. */
const IRREGULAR: ReadonlyMap<string, readonly [past: string, participle: string]> = new Map([
  ["meet", ["met", "met"]],
  ["hold", ["held", "held"]],
  ["sit", ["sat", "sat"]],
  ["lead", ["led", "led"]],
  ["oversee", ["oversaw", "overseen"]],
  ["speak", ["spoke", "spoken"]],
  ["take", ["took", "taken"]],
  ["bring", ["brought", "brought"]],
  ["begin", ["began", "begun"]],
  ["fly", ["flew", "flown"]],
  ["seek", ["sought", "sought"]],
  ["strike", ["struck", "struck"]],
  ["send", ["sent", "sent"]],
  ["write", ["wrote", "written"]],
  ["tell", ["told", "told"]],
  ["have", ["had", "had"]],
  ["come", ["came", "come"]],
  ["go", ["went", "gone"]],
  ["put", ["put", "put"]],
  ["set", ["set", "set"]],
  ["say", ["said", "said"]],
]);

/** The past tense of a verb ("urge" -> "urged", "tell" -> "told"). */
export function pastTense(lemma: string): string {
  return IRREGULAR.get(lemma)?.[0] ?? regularPast(lemma);
}

const VOWELS = /[aeiou]/;
/** One syllable ending in a single vowel and a single consonant doubles it: sit -> sitting. */
const DOUBLES = /^[^aeiou]*[aeiou][bdgklmnprtv]$/;

/** The third person singular present ("urge" -> "urges", "say" -> "says"). */
export function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

function regularPast(v: string): string {
  if (v.endsWith("e")) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (DOUBLES.test(v)) return `${v}${v.at(-1)}ed`;
  return `${v}ed`;
}

function gerund(v: string): string {
  if (v.endsWith("ie")) return `${v.slice(0, -2)}ying`;
  if (v.endsWith("e") && !v.endsWith("ee") && VOWELS.test(v.slice(0, -1))) return `${v.slice(0, -1)}ing`;
  if (DOUBLES.test(v)) return `${v}${v.at(-1)}ing`;
  return `${v}ing`;
}

/** The lemma, its third person, past, past participle and gerund ("co-host" keeps its prefix). */
export function verbForms(lemma: string): string[] {
  const hyphen = lemma.lastIndexOf("-");
  const prefix = hyphen >= 0 ? lemma.slice(0, hyphen + 1) : "";
  const v = lemma.slice(prefix.length);
  const [past, participle] = IRREGULAR.get(v) ?? [regularPast(v), regularPast(v)];
  return [...new Set([v, thirdPerson(v), past, participle, gerund(v)])].map((f) => prefix + f);
}
