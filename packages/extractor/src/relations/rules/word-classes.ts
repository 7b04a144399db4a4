// Word classes that patterns name with "@": defined once, here. A pattern step "@talk-modifier*" or a
// requiresAfter entry "@talk-object" stands for every word of the class.

const words = (s: string): string[] => s.trim().split(/[\s|]+/);

export const WORD_CLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  /** Words that may stand between a verb and the talks it governs ("held two rounds of direct talks"). */
  ["talk-modifier", words("-|high|level|exploratory|a|an|the|months|weeks|days|years|rounds|round|series|of|several|new|further|direct|indirect|separate|bilateral|fresh|more|several|two|three|lengthy|extensive|phone|telephone|face-to-face|virtual|closed-door|high-level|rare|secret|informal|formal|preliminary|productive|constructive|final|another|first|second|third|ceasefire|cease-fire|peace|security|multi-party|multiparty|all-party|multi|party|multilateral|ministers|ministers'|'|foreign|its|their|his|her|group|group's|'s")],
  /** People held and handed over ("released the men to", "handed the two hostages over to"). */
  ["captives", words("hostages hostage captives captive prisoners prisoner detainees detainee men women soldiers soldier officers police policemen nurses crew crewmen sailors seafarers fishermen pilots pilot journalists journalist reporters reporter workers children girls boys pilgrims students citizens nationals missionaries tourists")],
  /** What a brokering verb may bring about ("brokered a ceasefire", "facilitate talks between"). */
  ["talk-object", words("talks negotiations negotiation deal agreement ceasefire cease-fire truce dialogue accord peace exchange swap settlement process arrangement understanding meeting meetings summit contacts between round rounds compromise releases handover")],
  /** Texts that sides sign ("the memorandum signed between Turkey and Libya"). */
  ["signed-document", words("agreement agreements accord accords deal deals memorandum memoranda memorandums treaty treaties pact pacts protocol protocols declaration contract contracts")],
]);
