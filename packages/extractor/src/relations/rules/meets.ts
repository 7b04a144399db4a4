// MEETS (CAMEO 040/042/043/046): who met, talked, negotiated with or visited whom.
// Pattern syntax and argument shapes: ../model.ts (PatternRule, ArgShape).
import { CAMEO } from "@backchannel/schema";
import type { PatternRule } from "../model.js";

export const MEETS_RULES: PatternRule[] = [
  // "met on Monday with", "met alone with", "met twice this week with": a day or a manner between the verb and "with"
  { id: "met-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "met|meets|meet twice|again|on|late|early|last|this? on|late|early|last|this? monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|alone|privately|separately|briefly|secretly|directly|informally|personally|twice|again? with|separately?", args: "subj-obj", confidence: 0.85, notAfter: "be|been|being|was|were|is|are" },
  // "met in Moscow with Maxim Oreshkin", "met at the Kremlin on Monday with": a place between the verb and "with"
  { id: "met-in-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "met|meets|meet in|at ~4 on|last|this? monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend? with", args: "subj-obj", confidence: 0.8, notAfter: "be|been|being|was|were|is|are" },
  // "acted as a go-between, meeting Mr Ruto at State House", "after meeting Netanyahu": the participle
  // (never the noun: "a meeting with", "the cabinet meeting")
  { id: "meeting-participle", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "meeting with? separately?", args: "subj-obj", confidence: 0.75, notAfter: "a|an|the|this|that|its|their|his|her|our|'s|'|first|second|third|next|last|weekly|monthly|emergency|cabinet|security|board|private|closed-door|face-to-face|high-level|separate|bilateral|trilateral|summit|of|at|in|to|for|on|by|from|during|no|any|every|each|another|planned|scheduled|key|crucial|rare|brief|hour-long|two-hour|one-on-one|virtual|tripartite|ministerial|leaders" },
  // "The FARC released the men to a delegation of the ICRC", "handed them over to a Djiboutian delegation":
  // captives handed from one side to another meet at the handover (not the passive, "was handed over to",
  // whose subject is the captive; nor power or an office, "handed power to", "hands over to")
  { id: "handed-over-to", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "release+|free+|hand+ ~6 @captives|them|him|her over? to", args: "subj-obj", confidence: 0.65, notAfter: "is|are|was|were|be|been|being|to|not|never|n't|will|would|could" },
  { id: "sat-down-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "sit+ down|across|opposite the|a? table? together? for? the? first? time? with|from", args: "subj-obj", confidence: 0.8 },
  { id: "held-talks-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `hold+|had|have|has|conducted|led|leads|leading|began|begin|begun|opened|resumed|resume|continued|continue|finished|concluded|completed|ended|wrapped ~8 talks|discussions|negotiations|consultations|meeting|meetings|session|sessions|call|calls|conversation|round|rounds on|late|early|last|this? monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|night|morning|evening|afternoon? night|morning|evening|afternoon? there|separately|directly|privately|secretly|bilaterally|informally|first|again|briefly|jointly? with`, args: "subj-obj", confidence: 0.85, placesAsActors: true },
  // "held talks on the draft with X", "had discussions about the border with Y": the subject of the talks between
  { id: "held-talks-on-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `hold+|had|have|has|conducted|began|begin|begun|opened|resumed|resume|continued|continue ~4 talks|discussions|negotiations|consultations|meeting|meetings|session|sessions on|about|over ~5 with`, args: "subj-obj", confidence: 0.8 },
  // "the consultations that Algeria had held with Fatah", "talks which X held with Y": the talk noun before the relative clause
  { id: "talks-that-held-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "held|had|hold|holds|conducted separately|directly|privately|secretly? with", args: "subj-obj", confidence: 0.75 },
  // "Kim and Trump shook hands in Singapore", "Abiy shook hands with Getachew": a handshake is a meeting
  { id: "shook-hands", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "shook|shake|shakes|shaking hands with?", args: "subj-obj", confidence: 0.75 },
  // "Sudan's army and the RSF sat down in Jeddah": the parties named together sat down with each other
  { id: "sat-down", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "sit+ down together|again|face-to-face? in|at|on|for|together|face-to-face", args: "subj", confidence: 0.7 },
  // "Negotiators from the four parties are holed up at an inn", "the two sides were closeted in a hotel": together, apart from others
  { id: "holed-up", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "holed|closeted|huddled|sequestered|cloistered up|together? in|at|behind|inside|for", args: "subj", confidence: 0.65 },
  // "Miller and Kobolyev sat across the table on Friday", "the negotiators of A and of B sat face to face"
  { id: "sat-across", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "sit+ across|opposite the|a table", args: "subj", confidence: 0.7 },
  { id: "sat-face-to-face", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "sit+|met|talked face to face", args: "subj", confidence: 0.7 },
  { id: "held-talks", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `hold+|conducted|concluded|concludes|ended|ends|wrapped|completed|began|begin|begun|resumed|resume|launched|opened|closed|closing up? ~8 talks|discussions|negotiations|consultations|meeting|meetings`, args: "subj", confidence: 0.7 },
  // "The IOC, the Tokyo government, the organisers and the central government agreed at the meeting that":
  // the parties named together agreed at talks held among them
  { id: "agreed-at-talks", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "agreed|agree|agrees|decided|concurred at|during|in ~3 meeting|talks|negotiations|consultations|session", args: "subj", confidence: 0.65 },
  // "A and his counterpart, B, witnessed the signing of three agreements": those present at a signing meet
  { id: "witnessed-signing", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "witness+|attended|attend|attends|oversaw|oversee|oversees the signing|signature", args: "subj", confidence: 0.65 },
  { id: "signed-agreement", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `signed|sign|signs|agreed|agree|agrees|reached|reach|struck|inked|initialled|initialed`, args: "subj", confidence: 0.65, notAfter: "to", requiresWithin: 7, requiresAfter: "agreement agreements deal deals ceasefire cease-fire truce accord accords declaration memorandum memoranda mou protocol protocols on peace framework annex annexes document documents letters instruments pact pacts treaty treaties roadmap communique plan programme program contract contracts formula settlement understanding compromise arrangement resolve settle resume restore normalise normalize reopen" },
  // "Argentina had reached an understanding with the IMF", "the union struck a tentative deal with the airline"
  { id: "reached-deal-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "reach+|struck|strike|strikes|striking|clinch+|seal+|signed|signs|inked|concluded|concludes|hammer+ out? ~5 deal|deals|agreement|agreements|understanding|accord|settlement|compromise|truce|pact|contract|formula|memorandum|mou|protocol|arrangement|declaration|treaty|charter|roadmap|it with", args: "subj-obj", confidence: 0.75 },
  // "signed a new collective agreement on the wages of workers in the tea and rubber plantations with the
  // EFC": what the deal is about between the deal and its partner
  { id: "reached-deal-on-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "reach+|struck|strike|strikes|striking|clinch+|seal+|signed|signs|inked|concluded|concludes|hammer+ out? ~5 deal|deals|agreement|agreements|understanding|accord|settlement|compromise|truce|pact|contract|formula|memorandum|mou|protocol|arrangement|declaration|treaty|charter|roadmap|it on|over|about|covering ~4 of|in|for? ~4 of|in|for? ~4 with", args: "subj-obj", confidence: 0.7 },
  // "the wage agreement Sibanye-Stillwater concluded in November with the NUM": a time phrase between
  // the verb and its partner (a deal named after the verb is reached-deal-with's)
  { id: "signed-then-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "signed|concluded|struck|inked|negotiated in|on|last|earlier|late ~2 with", args: "subj-obj", confidence: 0.7 },
  // "A five-year agreement has been struck between the EU, Norway and the Faroe Islands", "a deal was
  // reached late on Friday between": a deal made between its sides, in the passive
  // "The memorandum signed between Turkey and the Tripoli government in November": the text, then its
  // participle (no "was")
  { id: "document-signed-between", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "@signed-document signed|struck|reached|concluded|sealed|agreed between", args: "between", confidence: 0.75 },
  { id: "struck-between", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "was|were|been|being struck|reached|signed|agreed|concluded|sealed|clinched|finalised|finalized late|early|earlier? on|in|at|last|this? ~2 between", args: "between", confidence: 0.75 },
  { id: "signed-by", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "signed|initialled|initialed|inked|concluded by", args: "between", confidence: 0.75 },
  // "was signed at the prefecture by the prefect, X, ...": the place of the signing before its agents (the same hook)
  { id: "signed-at-by", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "signed|initialled|initialed|inked at the? ~3 by", args: "between", confidence: 0.75 },
  // "The agreement was negotiated over almost a month by the Moderates, the Sweden Democrats and the
  // Liberals": the negotiators, two or more, met one another (one negotiator alone may be a broker)
  { id: "negotiated-by", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "was|were|been|being negotiated|concluded|hammered out? over|for|in|during|through? ~6 in|on|over|for|during? ~3 by", args: "between", confidence: 0.7 },
  // "A signed the document for the government, while B signed on behalf of the party": each signed for a
  // side of one deal (the hook pairs this signer with the sentence's earlier one)
  { id: "signed-on-behalf", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "signed|initialled|initialed|inked ~3 for|on behalf of", args: "subj", confidence: 0.7 },
  { id: "brought-together", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "bring+ together", args: "between", confidence: 0.75 },
  // "The meeting had brought Mr. Obama together with Mr. Reid and Mr. McConnell": the first meets the
  // others ("brought Israel and Hamas together": by "brought-sides-together", whose hook uses this id)
  { id: "brought-named-together", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "bring+ ~8 together with", args: "obj", confidence: 0.7 },
  { id: "signed-passive", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "signed|initialled|initialed|inked", args: "subj", confidence: 0.7 },
  // "In a phone call with Netanyahu on Sunday, Biden urged ...", "During talks with Blinken, Al Thani said": a
  // meeting phrase opening the sentence, its subject after the comma
  { id: "fronted-talks-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: `in|during|at|after ~4 talks|call|meeting|conversation|discussions|negotiations|session with`, args: "obj", confidence: 0.7, subjectAfterPhrase: true, subjectsApart: true },
  // "Johnson and Varadkar said they could see a way to a deal after three hours of talks": the parties
  // named together at the sentence's start held the talks (not "after talks with Y", nor talks that acted)
  // a visit at a leader's invitation is hosted by them ("At the invitation of President Joko Widodo, Prime Minister Lee visited Bintan")
  { id: "invited-fronted", type: "MEETS", cameo: CAMEO.VISIT, pattern: "at|on|upon the invitation of", args: "obj", confidence: 0.65, subjectAfterPhrase: true, subjectsApart: true },
  { id: "at-invitation-of", type: "MEETS", cameo: CAMEO.VISIT, pattern: "at|on|upon the invitation of", args: "obj", confidence: 0.6, subjectFromSentenceStart: true, subjectsApart: true },
  { id: "after-talks", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "after|following ~4 talks|meeting|negotiations|discussions|consultations", args: "subj", confidence: 0.65, subjectFromSentenceStart: true, notBefore: "with|between|among|involving|collapsed|broke|stalled|failed|faltered|foundered|ended|resumed|began|were|was|had" },
  // ("A and B agreed to resume the handover after separate meetings with Almagro": each met him)
  // ("announced the breakthrough after a morning of talks at his residence with Y": past the talks' venue)
  // ("launches a mediation effort with talks in Jeddah with King Salman")
  { id: "for-talks-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `for|in|after|following|during|with|at|including ~6 talks|negotiations|discussions|consultations|meeting|meetings at|in|on? ~4 at|in|on? ~4 with`, args: "obj", confidence: 0.6, subjectFromSentenceStart: true, subjectsApart: true },
  // "Freeland walked out of talks with Magnette", "the union broke off negotiations with the airline": talks
  // left were talks held
  { id: "left-talks-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `walk+|storm+|broke|break|breaks|breaking|broken out|off|away of|from? ~3 talks|negotiations|discussions|meeting|meetings with`, args: "subj-obj", confidence: 0.7 },
  // "the two delegations have been negotiating since February", "Israel and Hamas negotiated for weeks":
  // the parties named together negotiated with each other
  // "Hungarian and Azerbaijani officials had negotiated the transfer for months": what they negotiated, then nothing of a third party
  { id: "negotiated-object", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "negotiated the|a|an|its|their", args: "subj", confidence: 0.65 },
  // "Beppe Grillo led his party's delegation to Draghi": the delegation's head meets whom it went to
  { id: "led-delegation-to", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "led|leads|leading|headed|heads ~3 delegation|delegations|team to", args: "subj-obj", confidence: 0.7 },
  { id: "negotiated", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "negotiated|negotiating since|for|in|at|through|until|over|behind|directly|indirectly|face-to-face", args: "subj", confidence: 0.7 },
  // "Zuma raised the matter with Buhari during a state visit", "discussed the transit contract with"
  { id: "discussed-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "discuss+|raised|raise|raises|raising ~5 with", args: "subj-obj", confidence: 0.65, notAfter: "to" },
  // "Balakrishnan, who co-chaired the meeting with his Chinese counterpart Wang Yi"
  { id: "co-chaired-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "co-chaired|co-chairs|co-chairing|co-chair|co-hosted|co-hosts|co-hosting ~9 with", args: "subj-obj", confidence: 0.7 },
  // "said it had been in intensive contact with both sides", "had been in touch with all sides": talks at a
  // distance are talks
  // "The two parties had been in formal talks since mid-November", "Armenia and Azerbaijan are in direct
  // negotiations": a state of talks said of two or more parties
  { id: "in-talks", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "been|were|are|was|is|remain+|remained|stay+ in ~2 talks|negotiations", args: "subj", confidence: 0.65 },
  { id: "in-contact-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "in|into ~2 contact|contacts|touch with", args: "subj-obj", confidence: 0.6 },
  // "spoke by phone with", "talked over the telephone to", "conferred by video link with"
  // "Biden phoned Egyptian President Abdel Fattah al-Sisi": a call is talks, as "spoke by phone with" is
  { id: "phoned", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "phoned|telephoned|phones|telephones", args: "subj-obj", confidence: 0.7 },
  { id: "negotiate-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "negotiate+|talked|talking|spoke|spoken|speaks|speaking|conferred|consulted directly|personally|privately|secretly|separately? by|over|on? the? phone|telephone|video|videoconference? link? with|to", args: "subj-obj", confidence: 0.8, notAfter: "should|must|could|would", placesAsActors: true },
  // "Salehi spent weeks negotiating the technical annexes with Moniz", "negotiated a truce with the rebels":
  // what was negotiated stands between the verb and its "with"
  { id: "negotiated-terms-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "negotiate+ the|a|an|its|their ~4 with", args: "subj-obj", confidence: 0.75, notAfter: "should|must|could|would" },
  // "A trilateral meeting with Rubio, Fidan and Umerov took place": every party of a three-way meeting meets the others
  { id: "trilateral-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "trilateral|tripartite|three-way|four-way|quadrilateral|quadripartite meeting|talks|summit|consultations with", args: "between", confidence: 0.75 },
  { id: "talks-between", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "talks|negotiations|meeting|meetings|dialogue|discussions|consultations|contacts|summit|negotiation|round|deal|agreement|accord|exchange|swap|lunch|dinner|breakfast|session in|during|last|earlier|this|on? ~1 conducted|held|taking? place? only|directly|secretly? between", args: "between", confidence: 0.8, notAfter: "indirect|proximity" },
  // "Following the meeting of President Biden and Chancellor Merkel at the White House": the parties a
  // meeting is "of", named as a pair (one body alone, "a meeting of the Security Council", pairs no one)
  { id: "meeting-of-pair", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "meeting|talks|summit|encounter of", args: "between", confidence: 0.7 },
  // "talks in Beijing on Friday between X and Y", "talks in Kuala Lumpur between": the place and the day
  // before "between" (a hook keeps the words between to a place, a venue and a time)
  { id: "talks-in-place-between", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "talks|negotiations|meeting|meetings|summit|consultations in|at ~3 in|at? ~3 on|last|this|late|early? ~2 between", args: "between", confidence: 0.75, notAfter: "indirect|proximity" },
  // "the two sides returned to the bargaining table", "sat down at the negotiating table"
  // the talks' place or day said before the sides ("Talks were held in Guwahati on Monday between Assam and Mizoram")
  { id: "talks-held-in-place-between", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "talks|negotiations|meeting|meetings|discussions|consultations|summit was|were held|convened|conducted|resumed in|at ~3 in|at? ~3 on|last|this|late|early|earlier? ~2 between", args: "between", confidence: 0.75, notAfter: "indirect|proximity" },
  { id: "back-to-table", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "return+|come+|went|go|goes|going|sit+|met back|down|again? to|at|around|round the|a ~2 table", args: "subj", confidence: 0.7 },
  // "the U.S.-Taliban talks", "Israeli-Palestinian peace negotiations", "the Saudi-Iranian deal"
  { id: "pair-talks", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "peace|ceasefire|truce|direct|prisoner|hostage|border|normalisation|normalization|security|trade|nuclear? talks|negotiations|dialogue|summit|deal|agreement|accord|rapprochement", args: "hyphen-pair", confidence: 0.75 },
  { id: "visited", type: "MEETS", cameo: CAMEO.VISIT, pattern: "visit+|toured", args: "subj-obj", confidence: 0.7, placesAsActors: true, subjectsApart: true, noAttends: true },
  { id: "visit-to", type: "MEETS", cameo: CAMEO.VISIT, pattern: "visit|trip|travel+|travelled|travelling|fly|flew|flies|flying|drove|drive|drives|driving|sailed|rushed|hurried|raced|crossed|went|headed|journeyed to|into", args: "subj-obj", confidence: 0.65, placesAsActors: true, subjectsApart: true },
  // "Isaias Afwerki played host to Abiy Ahmed": a host and a guest (not "played host to talks", a
  // mediation: played-host)
  { id: "played-host-to", type: "MEETS", cameo: CAMEO.HOST, pattern: "play+ host to", args: "subj-obj", confidence: 0.7, subjectsApart: true, notBefore: "the|a|an|talks|negotiations|meeting|meetings|summit|round|dialogue|consultations|conference" },
  // "had lunch with", "dined with": a meal together is a meeting
  { id: "meal-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "had|have|has|having|shared|share|hosted|host a|an? working|private|official|state|long|late? lunch|dinner|breakfast|meal with", args: "subj-obj", confidence: 0.7 },
  { id: "dined-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "dine+|lunched|breakfasted with", args: "subj-obj", confidence: 0.7 },
  { id: "hosted", type: "MEETS", cameo: CAMEO.HOST, pattern: "host+|received|receives|welcomed|welcomes|greet+", args: "subj-obj", confidence: 0.7, subjectsApart: true },
  // "X was received by Y", "the delegation had been briefed by Y": the passive of a meeting verb
  // "briefed President Muhammadu Buhari on the outcome": an account given in person is a meeting
  { id: "briefed", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "briefed|briefs|briefing", args: "subj-obj", confidence: 0.65, notAfter: "was|were|is|are|been|being|be" },
  // "Lyonpo also called on Vice President Han Zheng", "paid a courtesy call on the Emir": a visit in the
  // South Asian and African sense ("called on X to" stays a demand)
  { id: "called-on", type: "MEETS", cameo: CAMEO.VISIT, pattern: "called|calls|calling on", args: "subj-obj", confidence: 0.65, courtesyCall: true },
  { id: "courtesy-call", type: "MEETS", cameo: CAMEO.VISIT, pattern: "paid|pays|paying|made|makes|making a courtesy call|visit on|to", args: "subj-obj", confidence: 0.75 },
  // "Kishida received a briefing from TEPCO President Tomoaki Kobayakawa": a briefing given in person
  { id: "briefing-from", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "receive+|got|get|gets|had|given a|an? detailed|full|security|private? briefing|briefings from|by", args: "subj-obj", confidence: 0.7 },
  // "Nozaki told Minister Nishimura at a meeting in Iwaki that", "told Kishida at the prime minister's
  // office that": said to someone at a meeting or a venue is said face to face (a hook finds the place)
  { id: "told-at-meeting", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "told|tells|assured|assures|informed|informs", args: "subj-obj", confidence: 0.65, sharesTrigger: true },
  { id: "received-by", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "received|welcomed|briefed|greeted in? audience? by", args: "subj-obj", confidence: 0.7 },
  // "Tillerson was received at State House by Mr Kenyatta": the passive over the place or time of the meeting
  { id: "received-at-by", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "was|were|been received|welcomed|greeted at|in|on ~3 at|in|on? ~2 by", args: "subj-obj", confidence: 0.7 },
  { id: "meeting-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "'s|' meeting|meetings|talks|call|conversation with", args: "possessor", confidence: 0.75 },
];
