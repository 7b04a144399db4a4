// Every rule's own examples, keyed by rule id: sentences it must fire on (with an edge it must produce)
// and sentences it must stay silent on. The registry test (test/rules.test.ts) runs each one.
import type { RuleExamples } from "../../model.js";
import { AFFILIATED_EXAMPLES } from "./affiliated.js";
import { ATTENDS_EXAMPLES } from "./attends.js";
import { DEMANDS_EXAMPLES } from "./demands.js";
import { DERIVED_EXAMPLES } from "./derived.js";
import { MEDIATES_EXAMPLES } from "./mediates.js";
import { MEETS_EXAMPLES } from "./meets.js";
import { PART_OF_EXAMPLES } from "./part-of.js";

export const RULE_EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  ...MEDIATES_EXAMPLES,
  ...MEETS_EXAMPLES,
  ...ATTENDS_EXAMPLES,
  ...DEMANDS_EXAMPLES,
  ...DERIVED_EXAMPLES,
  ...AFFILIATED_EXAMPLES,
  ...PART_OF_EXAMPLES,
};
