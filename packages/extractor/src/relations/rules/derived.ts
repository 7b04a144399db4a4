// Rules without a pattern of their own: facts that a hook of a pattern rule or an article pass emits,
// and the affiliation rules of mention recognition (a person's title or appositive names the state or
// organisation the person speaks for). Every rule id that evidence can carry is in the registry.
import { CAMEO } from "@backchannel/schema";
import type { DerivedRule } from "../model.js";

export const DERIVED_RULES: DerivedRule[] = [
  // "Ruto opened talks between South Sudan's government and the opposition": the convener mediates
  { id: "convened-talks-between", type: "MEDIATES", cameo: CAMEO.MEDIATE, producedBy: "hook:held-talks, hook:held-talks-with" },
  // "Oman hosted Iranian and American negotiators": a host of two opposing parties mediates
  { id: "hosted-parties", type: "MEDIATES", cameo: CAMEO.MEDIATE, producedBy: "hook:hosted" },
  // "flew to Riyadh to meet Crown Prince Mohammed bin Salman": whom the visit was for
  { id: "travelled-to-meet", type: "MEETS", cameo: CAMEO.VISIT, producedBy: "hook:visit-to" },
  // "a meeting chaired by X with the unions' leaders", "X chaired the sessions with Y": the chair meets those named after "with"
  { id: "chaired-meeting-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, producedBy: "hook:chaired-by, hook:chaired-talks" },
  // "talks brokered by the Labour Department between the union and the contractors": the sides of talks a
  // third party brought about meet in them
  { id: "talks-by-between", type: "MEETS", cameo: CAMEO.NEGOTIATE, confidence: 0.75, producedBy: "hook:mediated-by, hook:talks-led-by" },
  // "Jeffrey carried messages between the Turkish side and the SDF", "shuttled between Martelly's office and
  // the Parliament": a go-between meets each side
  { id: "carried-messages-to", type: "MEETS", cameo: CAMEO.NEGOTIATE, producedBy: "hook:relayed-messages, hook:shuttle-between" },
  // "Malaysian facilitator X", "X, the Norwegian facilitator": a title that says the person mediates
  { id: "mediator-title", type: "MEDIATES", cameo: CAMEO.MEDIATE, confidence: 0.7, producedBy: "pass:mediator-titles" },
  // "Mediators held talks ... The United States, Qatar and Egypt met ...": the actors behind "the mediators"
  { id: "mediators-antecedent", type: "MEDIATES", cameo: CAMEO.MEDIATE, confidence: 0.55, producedBy: "pass:mediators-antecedent" },
  // "The government delegation was headed by X. The rebel team was represented by Y."
  { id: "delegation-heads", type: "MEETS", cameo: CAMEO.NEGOTIATE, confidence: 0.6, producedBy: "pass:delegation-heads" },
  // "The Dialogue was co-chaired by U.S. Secretary of State Blinken and Mexican Foreign Secretary Ebrard"
  { id: "co-chairs-of-sides", type: "MEETS", cameo: CAMEO.NEGOTIATE, confidence: 0.7, producedBy: "hook:co-mediated-by" },
  // "Costa Rica, Guatemala and Mexico have agreed ... Guatemala's Foreign Minister X, who hosted the
  // meeting": a host whose state agreed as a party takes part
  { id: "host-takes-part", type: "ATTENDS", cameo: CAMEO.CONSULT, confidence: 0.6, producedBy: "hook:host-talks, hook:played-host" },
  // "The agreement was reached in talks in Tbilisi facilitated by ... The deal was signed by A and by B"
  { id: "signatories-attend", type: "ATTENDS", cameo: CAMEO.CONSULT, confidence: 0.6, producedBy: "pass:signatories-attend" },
];

/** Affiliation rules, by the id recognize/mentions.ts gives the affiliation it reads. */
export const AFFILIATION_RULES: DerivedRule[] = [
  ["shared-title", "\"the foreign ministers of Qatar and Egypt, A and B\": one plural title, the first name takes the first actor"],
  ["org-of", "\"the FPRC of Noureddine Adam\": a group's leader"],
  ["title-of-state", "\"the President of Eritrea Isaias Afwerki\": a title, \"of\" and its state right before the name"],
  ["title-frame", "\"In Israel, ..., opposition leader X\", \"In Taipei, Foreign Minister X\": a state-level title in a sentence set in one state or its capital"],
  ["title-article", "a state-level title with no state in reach: the state the article is about, when it dominates"],
  ["title-dateline", "a state-level title with no state in reach nor one the article is about, or with several in reach and none other in its own sentence: the dateline's state (when the article names it most)"],
  ["title-context", "a state-level title without its state: the one state named just before"],
  ["title-shared", "\"Venezuela's Vice-President A and Oil Minister B\": the state qualifying the first title, for the title after \"and\""],
  ["title-counterpart", "a state-level title whose holder meets \"his <demonym> counterpart\": the other state in reach"],
  ["party-tag", "a tag in brackets after the name: an American lawmaker's party (\"Harry Reid (D-Nev.)\"), a party (\"Olaf Scholz (SPD)\") or a delegate's state (\"Peter Woolcott (Australia)\")"],
  ["title-leader", "a titled person with no state: a known leader's own state (\"President Vladimir Putin\")"],
  ["known-leader", "a leader the gazetteer knows, named without a title: their state (\"Volodymyr Zelensky said\")"],
  ["possessive-title", "\"Holbrooke and his deputy, Christopher Hill\": the affiliation of the person \"his\" stands for"],
  ["aide-to", "\"X, a senior adviser to President Joe Biden\": the affiliation of the person the role serves"],
  ["same-title", "an organisation's own title (\"Secretary-General\") and the organisation named next to it elsewhere"],
  ["list", "persons listed after one affiliation"],
  ["title-state", "the US cabinet's \"<Department> Secretary\""],
  ["title-region", "a regional head's title with no region (\"Gov. Gretchen Whitmer\"): the one region the story shows acting through its government"],
  ["title-before", "a title phrase before the name names the state or organisation (\"Qatar's Prime Minister X\")"],
  ["org-before", "an organisation or state right before the name, no title (\"Hamas official X\")"],
  ["led-by", "\"the delegation headed by Justice Minister X\": the body the person leads"],
  ["for-actor", "\"Pablo Beltran for the ELN\""],
  ["of-actor", "\"Ziad Nakhaleh of Islamic Jihad\""],
  ["possessor", "\"Khalifa Haftar's Libyan National Army\": the person's organisation"],
  ["who-leads", "\", who leads the negotiating team of the Unitary Platform\""],
  ["whose-party", "\"Matteo Salvini, whose League pulled the plug\": the party named right after \"whose\""],
  ["party-appositive", "\"President Igor Dodon, a Socialist,\": the party a member's word in apposition names, besides the office's state"],
  ["whose-role", "\"the Democratic party, whose acting leader, Maurizio Martina,\": the body before \"whose\" and a role"],
  ["appositive", "\"X, Egypt's intelligence chief\", \"X, a member of the government team\""],
  ["on-behalf-of", "\"X signed on behalf of the CMA\", \"X represented the United Nations\""],
  ["side-named", "\"A and B on the Sri Lankan side\": the state of the side named after the persons listed"],
  ["office-taken", "\"X has been sworn in as Nepal's first woman prime minister\", \"X was elected president of Ghana\": the state of the office taken"],
  ["organ-state", "a person of a state's army or intelligence service also speaks for the state (\"Sudan's army chief X\")"],
].map(([id, about]) => ({ id: id!, type: "AFFILIATED_WITH" as const, confidence: 0.85, producedBy: `recognize:mentions (${about})` }));
// "X, a veteran of the Islamist movement": the nearest armed group or political movement named before
AFFILIATION_RULES.push({ id: "appositive-description", type: "AFFILIATED_WITH", confidence: 0.6, producedBy: "recognize:mentions (a descriptive appositive: the nearest armed or political group before it)" });

/** PART_OF rules, by the id the part-of pass (passes/part-of.ts) gives the fact it writes. */
export const PART_OF_RULES: DerivedRule[] = [
  { id: "organ-of-state", type: "PART_OF", confidence: 1, producedBy: "pass:part-of (a state organ the gazetteer knows: Mossad -> Israel, the White House -> the United States)" },
  { id: "composed-organ", type: "PART_OF", confidence: 0.9, producedBy: "pass:part-of (a state and an organ word: \"Qatar's foreign ministry\", \"the Egyptian intelligence service\")" },
  { id: "wing-of-group", type: "PART_OF", confidence: 1, producedBy: "pass:part-of (an armed wing the gazetteer ties to its movement: Qassam Brigades -> Hamas)" },
];
