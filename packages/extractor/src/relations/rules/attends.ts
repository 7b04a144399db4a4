// ATTENDS: who took part in a meeting.
// Pattern syntax and argument shapes: ../model.ts (PatternRule, ArgShape).
import { CAMEO } from "@backchannel/schema";
import type { PatternRule } from "../model.js";

export const ATTENDS_RULES: PatternRule[] = [
  { id: "attended", type: "ATTENDS", cameo: CAMEO.CONSULT, pattern: "attend+|joined|joins|join|participate+ in?", args: "subj", confidence: 0.7 },
  // "took part in the talks" ("take" alone, as in "take to the streets", is no attending)
  { id: "took-part", type: "ATTENDS", cameo: CAMEO.CONSULT, pattern: "took|take|takes|taking|taken part in?", args: "subj", confidence: 0.7 },
  { id: "meeting-of", type: "ATTENDS", cameo: CAMEO.CONSULT, pattern: "meeting|meetings|talks|summit|gathering|conference of|between|among|with intelligence|security|foreign|defence|defense|spy|top|senior? chiefs|officials|ministers|leaders|delegations|representatives|envoys|negotiators|heads|mediators? from|of", args: "obj", confidence: 0.75 },
  // "The talks were attended by representatives of the AU, the UN and IGAD": the agents attend the talks
  { id: "attended-by", type: "ATTENDS", cameo: CAMEO.CONSULT, pattern: "attended by", args: "obj", confidence: 0.7 },
  // "Taking part were A; B; and C", "Attending were A and B", "Participants included A": the persons
  // listed after an inverted verb attend the meeting of the sentence, or of the sentence before
  { id: "taking-part-were", type: "ATTENDS", cameo: CAMEO.CONSULT, pattern: "taking? part|attending|participating|participants|attendees were|included", args: "obj", confidence: 0.65 },
  // "Present at the meeting were A, B and C": as above, with the meeting named in the phrase
  { id: "present-at-were", type: "ATTENDS", cameo: CAMEO.CONSULT, pattern: "present at the? meeting|talks|session|summit|signing|ceremony were", args: "obj", confidence: 0.65 },
  { id: "stay-for-talks", type: "ATTENDS", cameo: CAMEO.VISIT, pattern: "'s|' brief|short|recent|latest? stay|trip|visit|presence", args: "possessor", confidence: 0.6 },
];
