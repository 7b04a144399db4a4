// DEMANDS (CAMEO 10x): who demands what of whom.
// Pattern syntax and argument shapes: ../model.ts (PatternRule, ArgShape).
import { CAMEO } from "@backchannel/schema";
import type { PatternRule } from "../model.js";

export const DEMANDS_RULES: PatternRule[] = [
  { id: "seek-for", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "want|wants|wanted|seek+", args: "subj-obj", confidence: 0.65, requiresAfter: "lifted sanctions release withdrawal ceasefire cease-fire truce guarantees guarantee end halt removal lifting return exchange recognition compensation pullout departure freeing assurances concessions autonomy independence referendum elections accountability rise raise increase increases pay wages audit inquiry investigation dissolution resignation apology reforms amnesty reduction cut cuts relief restoration reinstatement protections pensions benefits" },
  { id: "demand-verb", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "demand|demands|requests on|for|that|from?", args: "subj-obj", confidence: 0.75, notAfter: "new|the|these|those|its|their|his|her|our|of|such|and|some|key|main|'s|'|a|any|no|all|to|make|made|making|add|adding|added" },
  { id: "demanded-verb", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "demanded|demanding|requested on|for|that|from?", args: "subj-obj", confidence: 0.75, notAfter: "the|these|those|its|their|his|her|our|of|'s|'|such|new|key|main|some|any|no|all|additional|fresh|further" },
  // "The IMF asked that spending on social programmes be protected": a request's that-clause ("asked
  // whether" is a question)
  { id: "asked-that", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "asked|asks|asking|ask that", args: "subj-obj", confidence: 0.7 },
  // ("insisted last week that the president give him more time": over a time before "that")
  { id: "call-for", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "call+|press+|insist+|push+|appealed|appeals|appealing last|this|yesterday|today|again|repeatedly|publicly|earlier? week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday? for|on|that", args: "subj-obj", confidence: 0.75, notAfter: "a|the|phone|its|their" },
  // "had insisted before the meeting that Washington cancel", "set as a condition for his approval that the
  // text contain": a time or purpose phrase between the verb and its that-clause
  { id: "insisted-then-that", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "insist+|demanded|stipulated|stipulate+ before|after|during|at|in|on|from|throughout the|a|its|their|his|her? ~3 that", args: "subj-obj", confidence: 0.7, notAfter: "a|the|its|their" },
  { id: "condition-that", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "set|sets|setting|made|makes|make|making|laid|lays|laying it? as|down? a|the|its? condition|conditions|precondition|preconditions|prerequisite|prerequisites for|of? the|a|its|their|his|her? ~5 that", args: "subj-obj", confidence: 0.7 },
  { id: "urged-to", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "urge+|press+|pressure+|encourage+|implore+|challenged|challenges|challenging|asked|asks|asking|told|tells|call|called|calls|calling|appeal+|expects|expected|expect|push+|warned|warns|want|wants|wanted on|upon|to?", args: "subj-obj", confidence: 0.7, objThenTo: true, placesAsActors: true, notAfter: "is|are|was|were|be|been|being|widely|generally|not|a|the|phone|his|her|its|their|this|that" },
  // '"We ask the government to take responsibility," Sakamoto said': the present "ask", not one planned
  // or allowed ("will ask the UN to", "agreed to ask the ICRC to", "could ask Horgan to")
  { id: "ask-to", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "ask", args: "subj-obj", confidence: 0.7, objThenTo: true, notAfter: "will|would|could|can|may|might|must|should|shall|to|not|'ll|and|or" },
  // "Obama asked Qatar's emir for assurances", "UTJ has pressed Netanyahu for a law": the object, then
  // "for" and what is asked
  { id: "asked-for", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "asked|asks|asking|ask|pressed|presses|pressing|press|pressured|pressuring|lobbied|lobbying|lobbies|petitioned", args: "subj-obj", confidence: 0.65, objThenFor: true, placesAsActors: true, notAfter: "is|are|was|were|be|been|being" },
  // "Zelensky appealed to Germany for more air defence systems", "turned to Qatar for help": the
  // addressee after "to", then "for" and what is asked
  { id: "appealed-to-for", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "appeal+|turned|turns|turning to", args: "subj-obj", confidence: 0.6, objThenFor: true, placesAsActors: true, notAfter: "is|are|was|were|be|been|being|an|the|his|her|its|their|this|that" },
  // "Blinken pressed Netanyahu on humanitarian aid", "Paris presses Tehran over four still held": the
  // object, then "on" or "over" and what is pressed for
  { id: "pressed-on", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "press+|pressure+|push+", args: "subj-obj", confidence: 0.6, objThenOn: true, notAfter: "to|is|are|was|were|be|been|being" },
  // "Washington is pressing Israel to", "has been urging both sides to": the progressive, where "is" and
  // "been" do not make a passive
  { id: "urging-to", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "urging|pressing|pressuring|asking|telling|pushing|appealing on|to?", args: "subj-obj", confidence: 0.7, objThenTo: true, placesAsActors: true, notAfter: "widely|generally|not" },
  // "Reynders wrote to the Spanish government in November asking for detailed information": a letter's
  // addressee, then the request (a hook finds the participle)
  { id: "wrote-to-asking", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "wrote|writes|write|writing|written to", args: "subj-obj", confidence: 0.65 },
  { id: "said-must", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "said|says|told|tells|insisted|insists|argued|argues|warned|warns|stressed|stresses|added|adds|adding|saying|insisting|stressing|arguing that?", args: "subj-obj", confidence: 0.65, objThenMust: true },
  // "Netanyahu said any deal must follow the Libyan model": the terms a settlement must meet, of no one in particular
  { id: "said-deal-must", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "said|says|insisted|insists|argued|argues|warned|warns|stressed|stresses|added|adds that?", args: "subj", confidence: 0.6, requiresAfter: "must should", noAddressee: true },
  // "Iran had conditioned the release on the return of ...", "refused to sign unless the rebels halted ..."
  { id: "conditioned-on", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "condition+|conditional", args: "subj-obj", confidence: 0.7, requiresAfter: "on upon", notAfter: "the|a|its|their|his|her|these|those|of|no|any|new|two|three|four|five|several|'s|'" },
  { id: "refused-unless", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "refuse+|decline+|threaten+|vow+ to", args: "subj", confidence: 0.65, unlessAfter: true },
  // "the rebels would not sign unless the junta freed their fighters", "will boycott the dialogue unless"
  // '"Israel must stop the bombing," Hamas official Basem Naim said': the speaker demands it of the subject
  { id: "quoted-must", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "must|should", args: "subj", confidence: 0.65 },
  { id: "not-unless", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "not|never|n't|boycott+ ~5 unless", args: "subj", confidence: 0.65 },
  // "would not negotiate with the RSF until they withdrew", "will not release the hostages until Israel
  // ends the war": a refusal that lasts until the other side acts (a hook finds the refusal)
  { id: "not-until", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "until", args: "subj", confidence: 0.6 },
  // "The Houthis say they will stop attacking ships only when Israel ends its offensive": a condition set on the other side
  { id: "only-if", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "only if|when|after|once", args: "subj", confidence: 0.6 },
  // "Washington told Tehran it must halt enrichment": the object, then a pronoun and "must" (a hook checks)
  { id: "told-must", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "told|tells|warned|warns|informed|informs", args: "subj-obj", confidence: 0.65, requiresAfter: "must should has have had needs need needed" },
  // "MK had set Ramaphosa's removal as a condition for any talks with the ANC", "Iran had made the
  // repayment of the debt a condition of any progress": what is set is the demand
  { id: "set-as-condition", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "set|sets|setting|made|makes|making|named|names|laid|lays ~6 as? a|the|its|their? condition|precondition|prerequisite", args: "subj", confidence: 0.65 },
  // "The Palestinian Authority renewed its call for Israel to halt settlement construction", "Hamas
  // reiterated its demand for a complete withdrawal": a demand restated in its own noun
  { id: "renewed-call-for", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "renew+|reiterate+|repeat+|restate+|reaffirm+|echo+|voice+|underline+|underscore+ its|their|his|her|an|a earlier|previous|longstanding|long-standing? call|calls|demand|demands|appeal|appeals for|on|that", args: "subj-obj", confidence: 0.7 },
  // "The NLC issued a seven-day ultimatum to the federal government to reverse the increase", "gave the
  // government a 48-hour ultimatum to": an ultimatum's addressee and its demand (a hook reads them)
  { id: "ultimatum-to", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "ultimatum|ultimatums", args: "subj", confidence: 0.65, subjectFromSentenceStart: true },
  // "gave the government 14 days to implement the agreement" (the same hook, with "give" only)
  { id: "gave-days-to", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "days|hours|weeks|months to", args: "subj", confidence: 0.6, subjectFromSentenceStart: true },
  { id: "possessive-demand", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "'s|' demand|demands|insistence|call|calls|condition|conditions for|on|that?", args: "possessor", confidence: 0.75 },
  { id: "demand-pressed-by", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "demand|demands|condition|conditions pressed|made|put|raised|voiced|championed|set|backed hard|forward|repeatedly? by", args: "obj", confidence: 0.65 },
  // '"We want direct talks with the government," X said': in a quotation, what the speaker wants
  { id: "speaker-wants", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "want|need|demand|expect|insist on?", args: "subj-obj", confidence: 0.65, speakerSubject: true },
  { id: "making-demands", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "adding|making|add|make|made|added|issued|issuing|presented|presenting|set|setting|raised|raising|tabled|put new|additional|fresh|further|unacceptable|more|its? demands|conditions", args: "subj", confidence: 0.65, noAddressee: true, whatInTrigger: true },
];
