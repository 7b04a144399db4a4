// Examples of the attends rules (see ./index.ts).
import type { RuleExamples } from "../../model.js";

export const ATTENDS_EXAMPLES: Record<string, RuleExamples> = {
  attended: {
    fires: [
      { text: "Britain's foreign secretary attended the talks in Geneva.", source: "United Kingdom", target: "meeting" },
      { text: "U.S. envoy Tom Perriello attended the talks in Geneva as an observer.", source: "Tom Perriello", target: "meeting" },
    ],
    silent: [
      // the sentence names no meeting to attend
      "Qatar joined the coalition against the Islamic State.",
    ],
  },
  "took-part": {
    fires: [
      { text: "Iran and Russia took part in the talks in Astana.", source: "Russia", target: "meeting" },
      // the hook: those joined by "alongside" take part with the subject (no meeting known: they meet it)
      { text: "Clubs met on Saturday. The PFA's chief executive Gordon Taylor took part in Saturday's discussions alongside Premier League chief executive Richard Masters.", type: "MEETS", source: "Gordon Taylor", target: "Richard Masters" },
      { text: "Iran took part in the talks in Astana alongside Turkey.", source: "Turkey", target: "meeting" },
      // (and the companions meet one another)
      { text: "Clubs met on Saturday. Gordon Taylor of the PFA took part in Saturday's discussions alongside Premier League chief executive Richard Masters and LMA chief executive Richard Bevan.", type: "MEETS", source: "Richard Masters", target: "Richard Bevan" },
    ],
    silent: [
      "Israel took part in the war.",
      // "take" without "part": no attending, and no subject for the demand coordinated after it
      "Chris Mutsvangwa called on Zimbabweans to take to the streets and demanded that Robert Mugabe leave office.",
    ],
  },
  "meeting-of": {
    fires: [
      { text: "The talks were preceded by a Rome meeting of intelligence chiefs from the U.S., Qatar and Egypt.", source: "Qatar", target: "meeting" },
      // the hook: with no meeting known, the actors meet one another
      { text: "A meeting of senior officials from Saudi Arabia and Iran is expected next month.", type: "MEETS", source: "Saudi Arabia", target: "Iran" },
      // capitals after the people's "from" stand for their states
      { text: "The deal came after talks between negotiators from Washington and Beijing.", type: "MEETS", source: "United States", target: "China" },
    ],
    silent: [
      // "a meeting of minds": no actor right after the trigger
      "A meeting of minds between Israel and Hamas is unlikely, Qatar said.",
      "The summit of Mount Ararat lies in Turkey, near Armenia.",
    ],
  },
  "present-at-were": {
    fires: [
      // the meeting of the sentence before, those present as its attendees
      {
        text: "President Muhammadu Buhari met leaders of the Pan Niger Delta Forum at the Presidential Villa, Abuja. Present at the meeting were Vice-President Yemi Osinbajo, the National Security Adviser, Maj.-Gen. Babagana Monguno (retd), and the Chief of Staff to the President, Mallam Abba Kyari.",
        source: "Babagana Monguno",
        target: "meeting",
      },
      // over a hyphen-joined rank ("Maj.-Gen.", whose dots end no sentence) and a "(retd)" to the last item
      {
        text: "President Muhammadu Buhari met leaders of the Pan Niger Delta Forum at the Presidential Villa, Abuja. Present at the meeting were Vice-President Yemi Osinbajo, the National Security Adviser, Maj.-Gen. Babagana Monguno (retd), and the Chief of Staff to the President, Mallam Abba Kyari.",
        source: "Abba Kyari",
        target: "meeting",
      },
    ],
    silent: [
      // no verb "were": a description of someone present, not a list of those present
      "Osinbajo, present at the meeting, said nothing.",
    ],
  },
  "taking-part-were": {
    fires: [
      // the meeting named a few sentences before; the list the semicolons divide, one actor per item
      {
        text: "General Prayuth Chan-ocha hosted talks at the Army Club in Bangkok. The rivals came on Wednesday. Taking part were Suthep Thaugsuban, who leads the PDRC; Jatuporn Prompan of the UDD; and Democrat Party leader Abhisit Vejjajiva.",
        source: "Abhisit Vejjajiva",
        target: "meeting",
      },
      // with no meeting named, the participants meet one another
      { text: "Attending were Sinn Fein leader Gerry Adams and DUP leader Ian Paisley.", type: "MEETS", source: "Gerry Adams", target: "Ian Paisley" },
    ],
    silent: [
      // no actor after the verb
      "Taking part were representatives of several groups, the organisers said.",
    ],
  },
  "stay-for-talks": {
    fires: [
      { text: "Turkish intelligence chief Ibrahim Kalin's short stay in Moscow for talks with Russia ended on Friday.", source: "Ibrahim Kalin", target: "meeting" },
      { text: "CIA Director William Burns's visit to Cairo for talks on the hostages was cut short.", source: "William Burns", target: "meeting" },
    ],
    silent: [
      // no meeting in the sentence
      "Hamas's presence in Gaza worries Egypt.",
      "Russia's presence in Syria was discussed by Turkey and Iran.",
    ],
  },
  "attended-by": {
    fires: [{ text: "The talks in Addis Ababa on Monday were attended by representatives of the African Union and IGAD.", source: "African Union", target: "meeting" }],
    silent: ["The ceremony was attended by hundreds of people."],
  },
};
