// Word classes that patterns name with "@": defined once, here. A pattern step "@talk-modifier*" or a
// requiresAfter entry "@talk-object" stands for every word of the class.
import { MODS, TALK } from "./phrases.js";

const words = (s: string): string[] => s.trim().split(/[\s|]+/);

export const WORD_CLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  /** Words that may stand between a verb and the talks it governs ("held two rounds of direct talks"). */
  ["talk-modifier", words(MODS)],
  /** What a brokering verb may bring about ("brokered a ceasefire", "facilitate talks between"). */
  ["talk-object", words(TALK)],
]);
