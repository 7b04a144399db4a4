// Examples of the PART_OF rules (see ./index.ts).
import type { RuleExamples } from "../../model.js";

export const PART_OF_EXAMPLES: Record<string, RuleExamples> = {
  "organ-of-state": {
    fires: [
      { text: "The head of Mossad flew to Doha for the talks.", source: "Mossad", target: "Israel" },
      { text: "White House spokesman John Kirby said the talks were constructive.", source: "White House", target: "United States" },
    ],
    silent: [
      // an organisation of no state
      "Hamas said it had received the proposal.",
    ],
  },
  "composed-organ": {
    fires: [{ text: "Kenya's interior ministry said the talks would resume on Sunday.", source: "Kenyan Interior Ministry", target: "Kenya" }],
    silent: [
      // the gazetteer knows this organ: organ-of-state reads it
      "Qatar's foreign ministry said the talks would resume on Sunday.",
    ],
  },
  "wing-of-group": {
    fires: [{ text: "The Qassam Brigades said two hostages had been killed.", source: "Qassam Brigades", target: "Hamas" }],
    silent: ["Hamas said two hostages had been killed."],
  },
};
