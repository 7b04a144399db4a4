// The rule registry: every rule as typed data, one file per relation type, validated when this module
// loads (an unknown word class, an empty step, a duplicate id or a bad confidence fails at once).
import type { CompiledRule, DerivedRule, PatternRule, PatternStep, Rule } from "../model.js";
import { ATTENDS_RULES } from "./attends.js";
import { DEMANDS_RULES } from "./demands.js";
import { AFFILIATION_RULES, DERIVED_RULES, PART_OF_RULES } from "./derived.js";
import { MEDIATES_RULES } from "./mediates.js";
import { MEETS_RULES } from "./meets.js";
import { verbForms } from "./inflect.js";
import { WORD_CLASSES } from "./word-classes.js";

/** Pattern rules in match order: on a tie in length the earlier rule wins. */
export const PATTERN_RULES: readonly PatternRule[] = [...MEDIATES_RULES, ...MEETS_RULES, ...ATTENDS_RULES, ...DEMANDS_RULES];
export { AFFILIATION_RULES, DERIVED_RULES, PART_OF_RULES };

/** Every rule id that evidence may carry. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = indexById([...PATTERN_RULES, ...DERIVED_RULES, ...AFFILIATION_RULES, ...PART_OF_RULES]);

export const isPatternRule = (r: Rule): r is PatternRule => "pattern" in r;

function indexById(rules: Rule[]): Map<string, Rule> {
  const byId = new Map<string, Rule>();
  for (const r of rules) {
    if (!/^[a-z][a-z0-9-]*$/.test(r.id)) throw new Error(`relation rule id "${r.id}": lower-case words joined by hyphens`);
    if (byId.has(r.id)) throw new Error(`relation rule id "${r.id}" is defined twice`);
    const conf = r.confidence;
    if (conf !== undefined && !(conf > 0 && conf <= 1)) throw new Error(`relation rule ${r.id}: confidence ${conf} is not in (0, 1]`);
    byId.set(r.id, r);
  }
  return byId;
}

/** The words of one pattern step or requiresAfter list, word classes expanded. */
function expand(ruleId: string, alternatives: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of alternatives) {
    if (!w) throw new Error(`relation rule ${ruleId}: an empty word in its pattern`);
    // "mediate+": the verb's forms, generated
    if (w.endsWith("+")) {
      for (const x of verbForms(w.slice(0, -1))) out.add(x);
      continue;
    }
    if (!w.startsWith("@")) {
      out.add(w);
      continue;
    }
    const cls = WORD_CLASSES.get(w.slice(1));
    if (!cls) throw new Error(`relation rule ${ruleId}: unknown word class ${w}`);
    for (const x of cls) out.add(x);
  }
  return out;
}

export function compileRule(rule: PatternRule): CompiledRule {
  const steps: PatternStep[] = rule.pattern.split(/\s+/).map((raw): PatternStep => {
    const gap = /^~([1-9])$/.exec(raw);
    if (gap) return { words: new Set(), optional: true, repeat: false, gap: Number(gap[1]) };
    const repeat = raw.endsWith("*");
    const optional = repeat || raw.endsWith("?");
    return { words: expand(rule.id, raw.replace(/[?*]$/, "").split("|")), optional, repeat, gap: 0 };
  });
  if (!steps.length || steps[0]!.gap || steps[steps.length - 1]!.gap) throw new Error(`relation rule ${rule.id}: a pattern must start and end with words`);
  const c: CompiledRule = { rule, steps };
  if (rule.requiresAfter) c.requiresAfter = expand(rule.id, rule.requiresAfter.trim().split(/\s+/));
  if (rule.notAfter) c.notAfter = expand(rule.id, rule.notAfter.split("|"));
  if (rule.notBefore) c.notBefore = expand(rule.id, rule.notBefore.split("|"));
  return c;
}

/** The words a match of the rule can start with: its first step's, and the next step's while steps are optional. */
function startWords(c: CompiledRule): Set<string> {
  const out = new Set<string>();
  for (const st of c.steps) {
    if (st.gap) break;
    for (const w of st.words) out.add(w);
    if (!st.optional) break;
  }
  return out;
}

/** Compiled pattern rules by the words a match can start with. */
export const RULES_BY_FIRST_WORD: ReadonlyMap<string, readonly CompiledRule[]> = (() => {
  const byFirst = new Map<string, CompiledRule[]>();
  for (const r of PATTERN_RULES) {
    const c = compileRule(r);
    for (const w of startWords(c)) {
      const list = byFirst.get(w) ?? [];
      list.push(c);
      byFirst.set(w, list);
    }
  }
  return byFirst;
})();

export type { DerivedRule, PatternRule, Rule };
