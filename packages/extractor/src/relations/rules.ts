// Relation triggers as typed data. A pattern is a sequence of steps; a step lists the lower-case
// words it accepts ("met|meets"); a trailing "?" makes the step optional and "*" lets it repeat.
// `args` says where the actors are read:
//   subj-obj   the coordinated actors before the trigger, and those right after it
//   subj       only the actors before the trigger
//   obj        only the actors right after the trigger ("mediators Qatar, Egypt and the US")
//   between    the actors after the trigger, paired among themselves ("talks between A and B")
//   possessor  the actor right before "'s" in the trigger ("Hamas' demand for")
//   prefix     the actor glued to the trigger by a hyphen ("U.S.-brokered")
import { CAMEO, type RelationType } from "@backchannel/schema";

export type ArgShape = "subj-obj" | "subj" | "obj" | "between" | "possessor" | "prefix";

export interface RelationRule {
  name: string;
  type: Exclude<RelationType, "AFFILIATED_WITH" | "MENTIONED_IN">;
  cameo: string;
  pattern: string;
  args: ArgShape;
  confidence: number;
  /** One of these words must follow within 5 tokens ("brokered a ceasefire", not "facilitated the release"). */
  requiresAfter?: string;
  /** Objects may be places standing for their state ("visited Kigali"). */
  placesAsActors?: boolean;
  /** Actors right after the trigger joined by "alongside"/"with" share the role ("as a mediator alongside Egypt"). */
  alsoAfter?: boolean;
  /** MEDIATES only when the sentence names a meeting or talks ("talks hosted by Norway"). */
  needsMeeting?: boolean;
  /** The left neighbour must not be one of these ("demands were met"). */
  notAfter?: string;
  /** The object must be followed by "to" ("urged Iran to", "pressed Riyadh to"). */
  objThenTo?: boolean;
  /** A demand only when "unless"/"until" follows in the clause; what follows it is the demand ("refused to sign unless the rebels ..."). */
  unlessAfter?: boolean;
  /** The object must be followed by "must" or "should" ("said the government must"). */
  objThenMust?: boolean;
}

const TALK = "talks negotiations negotiation deal agreement ceasefire cease-fire truce dialogue accord peace exchange swap settlement process arrangement understanding meeting meetings summit contacts between";
const MODS = "-|high|level|exploratory|a|an|the|months|weeks|days|years|rounds|round|series|of|several|new|further|direct|indirect|separate|bilateral|fresh|more|several|two|three|lengthy|extensive|phone|telephone|face-to-face|virtual|closed-door|high-level|rare|secret|informal|formal|preliminary|productive|constructive|final|another|first|second|third|ceasefire|cease-fire|peace|security|multi-party|multiparty|all-party|multi|party|multilateral|ministers|ministers'|'|foreign|its|their|his|her|group|group's|'s";

export const RULES: RelationRule[] = [
  // ------------------------------------------------------------------ MEDIATES (CAMEO 045)
  { name: "mediated-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediated|brokered|facilitated|sponsored|convened by", args: "obj", confidence: 0.85 },
  { name: "co-mediated-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "co-mediated|co-brokered|co-facilitated|co-sponsored|co-chaired|co-hosted|co-convened|co-organised|co-organized by", args: "obj", confidence: 0.8 },
  { name: "chaired-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "chaired|moderated|overseen by", args: "obj", confidence: 0.7, needsMeeting: true },
  { name: "mediator-appointed-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediator|mediators|facilitator|facilitators appointed|named|designated|mandated|chosen by", args: "obj", confidence: 0.75 },
  { name: "talks-led-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "talks|negotiations|mediation|process|dialogue|consultations ,? led|chaired|overseen|hosted|organised|organized by", args: "obj", confidence: 0.8 },
  { name: "lead-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "led|leads|leading|lead|heads|headed|heading|head|chaired|chairs|chairing|chair|coordinated|coordinates|coordinating the|a|an|its? joint|international|regional|african|au|un? mediation|mediating|facilitation", args: "subj", confidence: 0.8 },
  { name: "prefix-led", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "- led|hosted|chaired|convened", args: "prefix", confidence: 0.75, requiresAfter: "talks negotiations mediation process dialogue consultations peace" },
  { name: "hosted-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "hosted by", args: "obj", confidence: 0.7, needsMeeting: true },
  { name: "mediation-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediation|facilitation efforts? by|of|from", args: "obj", confidence: 0.8 },
  { name: "quiet-efforts-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "quiet|diplomatic|mediation|behind-the-scenes|intensive efforts|work|diplomacy of|by", args: "obj", confidence: 0.7 },
  { name: "possessive-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "'s|' mediation|mediating|mediator|mediators|facilitation|facilitator|facilitators|shuttle", args: "possessor", confidence: 0.8 },
  { name: "prefix-brokered", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "- brokered|mediated|facilitated|sponsored", args: "prefix", confidence: 0.85 },
  { name: "serve-as-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "serve|serves|served|serving|act|acts|acted|acting|work|works|worked|working|stepped|step|emerged|emerging|remain|remains|remained|is|are|was|were|be|been|has|have in? as? a|an|the|key|main|chief|lead|international|regional|principal|major|top|neutral* mediator|mediators|broker|brokers|facilitator|facilitators|intermediary|intermediaries|go-between|go-betweens|guarantor|guarantors", args: "subj", confidence: 0.85, alsoAfter: true },
  // wink splits "go-between" into "go - between"
  { name: "serve-as-go-between", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "serve|serves|served|serving|act|acts|acted|acting|work|works|worked|working|is|are|was|were|be|been as? a|an|the|key|main|chief|neutral? go - between|betweens", args: "subj", confidence: 0.8, alsoAfter: true },
  { name: "mediate-verb", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediate|mediates|mediated|mediating", args: "subj", confidence: 0.85, alsoAfter: true, notAfter: "being" },
  { name: "broker-verb", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "help|helped|helps|helping|trying|tried|seeking|sought|working|worked? to? broker|brokers|brokered|brokering|facilitate|facilitates|facilitated|facilitating|convene|convened|convenes|convening", args: "subj", confidence: 0.75, requiresAfter: TALK, alsoAfter: true },
  { name: "host-talks", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: `host|hosts|hosted|hosting ${MODS}* talks|negotiations|meeting|meetings|summit|round|dialogue|consultations|conference`, args: "subj", confidence: 0.7 },
  { name: "auspices-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "auspices|aegis|patronage|stewardship of", args: "obj", confidence: 0.8 },
  { name: "chaired-talks", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: `chaired|chairing|chairs|chair|oversaw|overseen|overseeing|oversees|oversee|moderated|moderating|moderates|presided|presiding|presides over? ${MODS}* talks|negotiations|meeting|meetings|process|dialogue|consultations|round|session|sessions`, args: "subj", confidence: 0.75 },
  { name: "shuttle-between", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "shuttled|shuttling|shuttles|shuttle back? and? forth? between", args: "subj", confidence: 0.75 },
  // "Algeria's good offices", "the good offices of Oman", "Oman, whose good offices helped"
  { name: "good-offices-possessive", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "'s|' good offices", args: "possessor", confidence: 0.8 },
  { name: "good-offices-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "good offices of", args: "obj", confidence: 0.8 },
  { name: "whose-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "whose good? offices|mediation|facilitation|mediators|facilitators", args: "subj", confidence: 0.75 },
  // "took over as facilitator", "was appointed as mediator", "named chief mediator"
  { name: "appointed-as-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "took|take|takes|taking|appointed|named|designated|chosen|picked|installed|tapped over? as a|an|the|its|their? chief|lead|new|joint|special|principal|international|african|un|au? mediator|facilitator|co-mediator|co-facilitator|broker|intermediary|co-chair|co-chairman", args: "subj", confidence: 0.75 },
  { name: "mediator-appointed-by-who", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "appointed|named|mandated|designated|chosen|sent|dispatched|nominated by", args: "obj", confidence: 0.7 },
  { name: "mediators-list", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediators|mediator|brokers|facilitators|facilitator|intermediaries|intermediary|guarantors|co-chairs|co-chairmen|co-chairman|guarantor countries|nations|states|governments? :|,|—|–|-|(?", args: "obj", confidence: 0.8 },

  // ------------------------------------------------------------------ MEETS (CAMEO 040 / 042 / 043 / 046)
  { name: "met-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "met|meets|meet with|separately?", args: "subj-obj", confidence: 0.85, notAfter: "be|been|being|was|were|is|are" },
  { name: "sat-down-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "sat|sit|sits|sitting down|across|opposite together? for? the? first? time? with|from", args: "subj-obj", confidence: 0.8 },
  { name: "held-talks-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `held|hold|holds|holding|had|have|has|conducted|began|begin|begun|opened|resumed|resume|continued|continue ${MODS}* talks|discussions|negotiations|consultations|meeting|meetings|call|calls|conversation|round with`, args: "subj-obj", confidence: 0.85 },
  { name: "held-talks", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `held|hold|holds|holding|conducted|concluded|concludes|ended|ends|wrapped|completed|began|begin|begun|resumed|resume|launched|opened|closed|closing up? ${MODS}* talks|discussions|negotiations|consultations|meeting|meetings`, args: "subj", confidence: 0.7 },
  { name: "signed-agreement", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `signed|sign|signs|agreed|agree|agrees|reached|reach|struck|inked|initialled|initialed`, args: "subj", confidence: 0.65, notAfter: "to", requiresAfter: "agreement deal ceasefire cease-fire truce accord declaration memorandum protocol on to peace framework annex annexes document pact treaty roadmap communique plan" },
  { name: "signed-by", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "signed|initialled|initialed|inked|concluded by", args: "between", confidence: 0.75 },
  { name: "brought-together", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "brought|bringing|brings|bring together", args: "between", confidence: 0.75 },
  { name: "signed-passive", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "signed|initialled|initialed|inked", args: "subj", confidence: 0.7 },
  { name: "for-talks-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: `for|in ${MODS}* talks|negotiations|discussions|consultations with`, args: "obj", confidence: 0.6 },
  { name: "negotiate-with", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "negotiate|negotiates|negotiated|negotiating|talked|talking|spoke|speaks|speaking|conferred|consulted with|to", args: "subj-obj", confidence: 0.8 },
  { name: "talks-between", type: "MEETS", cameo: CAMEO.NEGOTIATE, pattern: "talks|negotiations|meeting|meetings|dialogue|discussions|contacts|summit|negotiation|deal|agreement|truce|ceasefire|cease-fire|accord|exchange|swap conducted|held|taking? place? only|directly|secretly? between", args: "between", confidence: 0.8 },
  { name: "visited", type: "MEETS", cameo: CAMEO.VISIT, pattern: "visited|visits|visit|visiting|toured", args: "subj-obj", confidence: 0.7, placesAsActors: true },
  { name: "visit-to", type: "MEETS", cameo: CAMEO.VISIT, pattern: "visit|trip|travelled|traveled|flew to", args: "subj-obj", confidence: 0.65, placesAsActors: true },
  { name: "hosted", type: "MEETS", cameo: CAMEO.HOST, pattern: "hosted|hosts|hosting|host|received|receives|welcomed|welcomes", args: "subj-obj", confidence: 0.7 },
  // "X was received by Y", "the delegation had been briefed by Y": the passive of a meeting verb
  { name: "received-by", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "received|welcomed|briefed|greeted by", args: "subj-obj", confidence: 0.7 },
  { name: "meeting-with", type: "MEETS", cameo: CAMEO.CONSULT, pattern: "'s|' meeting|meetings|talks|call|conversation with", args: "possessor", confidence: 0.75 },

  // ------------------------------------------------------------------ ATTENDS
  { name: "attended", type: "ATTENDS", cameo: CAMEO.CONSULT, pattern: "attended|attends|attending|attend|joined|joins|join|participated|participates|participating|participate|took|take|takes|taking part? in?", args: "subj", confidence: 0.7 },
  { name: "meeting-of", type: "ATTENDS", cameo: CAMEO.CONSULT, pattern: "meeting|meetings|talks|summit|gathering|conference of|between|among|with intelligence|security|foreign|defence|defense|spy|top|senior? chiefs|officials|ministers|leaders|delegations|representatives|envoys|negotiators|heads|mediators? from|of", args: "obj", confidence: 0.75 },
  { name: "stay-for-talks", type: "ATTENDS", cameo: CAMEO.VISIT, pattern: "'s|' brief|short|recent|latest? stay|trip|visit|presence", args: "possessor", confidence: 0.6 },

  // ------------------------------------------------------------------ DEMANDS (CAMEO 10x)
  { name: "seek-for", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "want|wants|wanted|seeks|sought|seeking|seek", args: "subj-obj", confidence: 0.65, requiresAfter: "release withdrawal ceasefire cease-fire truce guarantees guarantee end halt removal lifting return exchange recognition compensation pullout departure freeing assurances concessions autonomy independence referendum elections accountability" },
  { name: "demand-verb", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "demand|demands|requests on|for|that|from?", args: "subj-obj", confidence: 0.75, notAfter: "new|the|these|those|its|their|his|her|our|of|such|and|some|key|main|'s|'|a|any|no|all|to|make|made|making|add|adding|added" },
  { name: "demanded-verb", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "demanded|demanding|requested on|for|that|from?", args: "subj-obj", confidence: 0.75, notAfter: "the|these|those|its|their|his|her|our|of|'s|'|such|new|key|main|some|any|no|all|additional|fresh|further" },
  { name: "call-for", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "call|calls|called|calling|pressed|presses|pressing|press|insist|insists|insisted|insisting|push|pushed|pushes|pushing|appealed|appeals|appealing for|on|that", args: "subj-obj", confidence: 0.75, notAfter: "a|the|phone|its|their" },
  { name: "urged-to", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "urged|urges|urging|urge|pressed|presses|pressing|press|asked|asks|asking|told|tells|called|calls|calling|appealed|appeals|appealing|expects|expected|expect|pushed|pushing|pushes|push|warned|warns|want|wants|wanted on|to?", args: "subj-obj", confidence: 0.7, objThenTo: true, placesAsActors: true, notAfter: "is|are|was|were|be|been|being|widely|generally|not" },
  { name: "said-must", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "said|says|insisted|insists|argued|argues|warned|warns|stressed|stresses|added|adds that?", args: "subj-obj", confidence: 0.65, objThenMust: true },
  // "Iran had conditioned the release on the return of ...", "refused to sign unless the rebels halted ..."
  { name: "conditioned-on", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "conditioned|conditioning|conditions|condition|conditional", args: "subj-obj", confidence: 0.7, requiresAfter: "on upon", notAfter: "the|a|its|their|his|her|these|those|of|no|any|new|two|three|four|five|several|'s|'" },
  { name: "refused-unless", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "refused|refuses|refuse|refusing|declined|declines|decline|declining to", args: "subj", confidence: 0.65, unlessAfter: true },
  { name: "possessive-demand", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "'s|' demand|demands|insistence|call|calls|condition|conditions for|on|that?", args: "possessor", confidence: 0.75 },
  { name: "demand-pressed-by", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "demand|demands|condition|conditions pressed|made|put|raised|voiced|championed|set|backed hard|forward|repeatedly? by", args: "obj", confidence: 0.65 },
  { name: "making-demands", type: "DEMANDS", cameo: CAMEO.DEMAND, pattern: "adding|making|add|make|made|added|issued|issuing|presented|presenting|set|setting|raised|raising|tabled|put new|additional|fresh|further|unacceptable|more|its? demands|conditions", args: "subj", confidence: 0.65 },
];
