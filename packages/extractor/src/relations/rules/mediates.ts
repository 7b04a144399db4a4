// MEDIATES (CAMEO 045): who mediates, brokers, hosts or chairs talks between others.
// Pattern syntax and argument shapes: ../model.ts (PatternRule, ArgShape).
import { CAMEO } from "@backchannel/schema";
import type { PatternRule } from "../model.js";

export const MEDIATES_RULES: PatternRule[] = [
  { id: "mediated-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediated|brokered|facilitated|sponsored|convened by", args: "obj", confidence: 0.85 },
  { id: "co-mediated-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "co-mediated|co-brokered|co-facilitated|co-sponsored|co-chaired|co-hosted|co-convened|co-organised|co-organized by", args: "obj", confidence: 0.8 },
  { id: "chaired-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "chaired|moderated|steered|overseen by", args: "obj", confidence: 0.7, needsMeeting: true },
  // "The mediators will be Matthias Platzeck and Frank-Jürgen Weise": the mediators named after a copula
  { id: "mediators-are", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediator|mediators|facilitator|facilitators|intermediary|intermediaries will|would? be|is|are|was|were", args: "obj", confidence: 0.75, strictObject: true },
  { id: "mediator-appointed-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediator|mediators|facilitator|facilitators appointed|named|designated|mandated|chosen by", args: "obj", confidence: 0.75 },
  { id: "talks-led-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "talks|negotiations|mediation|process|dialogue|consultations ,? led|chaired|overseen|hosted|organised|organized by", args: "obj", confidence: 0.8 },
  // "The talks, which have been conducted since April 1990 by X": the one who conducts talks between others mediates them
  { id: "talks-conducted-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "talks|negotiations|mediation|dialogue|consultations|discussions , which|that have|has|had been conducted|steered|guided|led|chaired|facilitated|overseen since|for|over|throughout|in? ~4 by", args: "obj", confidence: 0.75 },
  { id: "lead-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "lead+|head+|chair+|coordinated|coordinates|coordinating the|a|an|its? joint|international|regional|african|au|un? mediation|mediating|facilitation", args: "subj", confidence: 0.8 },
  { id: "prefix-led", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "- led|hosted|chaired|convened", args: "prefix", confidence: 0.75, requiresAfter: "talks negotiations mediation process dialogue consultations peace" },
  { id: "hosted-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "hosted by", args: "obj", confidence: 0.7, needsMeeting: true },
  { id: "mediation-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediation|intermediation|facilitation efforts? by|of|from", args: "obj", confidence: 0.8 },
  { id: "quiet-efforts-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "quiet|diplomatic|mediation|behind-the-scenes|intensive efforts|work|diplomacy of|by", args: "obj", confidence: 0.7 },
  { id: "possessive-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "'s|' mediation|mediating|mediator|mediators|facilitation|facilitator|facilitators|shuttle|auspices|aegis", args: "possessor", confidence: 0.8 },
  // "through Egyptian mediation", "Qatari and Egyptian mediators met ...", "AU facilitators": the actor
  // named right before the noun mediates
  { id: "adjective-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediation|mediators|mediator|facilitation|facilitators|intermediaries|go-betweens|auspices|aegis", args: "prefix", confidence: 0.75 },
  { id: "prefix-brokered", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "- brokered|mediated|facilitated|sponsored", args: "prefix", confidence: 0.85 },
  { id: "serve-as-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "offer+|agree+|volunteer+|ready|willing|prepared? to? serve+|act+|work+|chair+|preside+|stepped|step|emerged|emerging|become|becomes|became|becoming|remain|remains|remained|is|are|was|were|be|been|has|have in? \"|“? as? a|an|the|key|main|chief|lead|international|regional|principal|major|top|neutral|discreet|informal|quiet|unofficial|impartial|honest|trusted|behind-the-scenes* mediator|mediators|broker|brokers|facilitator|facilitators|intermediary|intermediaries|go-between|go-betweens|guarantor|guarantors", args: "subj", confidence: 0.85, alsoAfter: true },
  // "the Cardinal had acted as a bridge between the two sides": a bridge between sides, not to the future
  { id: "acted-as-bridge-between", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "serve+|act+|work+|is|was|became|become as? a|an|the bridge|channel|conduit between", args: "subj", confidence: 0.7 },
  // wink splits "go-between" into "go - between"
  { id: "serve-as-go-between", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "offer+|agree+|volunteer+|ready|willing|prepared? to? serve+|act+|work+|is|are|was|were|be|been as? a|an|the|key|main|chief|neutral|discreet|informal|quiet|unofficial|trusted* go - between|betweens", args: "subj", confidence: 0.8, alsoAfter: true },
  // "Le Drian, acting as Macron's go-between": the role held for another, named by a possessive
  { id: "serve-as-possessed-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "serve+|act+|work+ as ~3 's|' chief|special|personal|main? mediator|mediators|intermediary|intermediaries|facilitator|broker", args: "subj", confidence: 0.8 },
  { id: "serve-as-possessed-go-between", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "serve+|act+|work+ as ~3 's|' chief|special|personal|main? go - between|betweens", args: "subj", confidence: 0.8 },
  // "The United States also helped bring the two sides together", "Qatar brought Israel and Hamas together": a third
  // party that brings the sides together mediates between them
  { id: "brought-sides-together", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "help+|trying|tried|worked|sought? to? bring+", args: "subj-obj", confidence: 0.7, requiresAfter: "together", requiresWithin: 12 },
  { id: "mediate-verb", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediate+", args: "subj", confidence: 0.85, alsoAfter: true, notAfter: "being" },
  { id: "broker-verb", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "help+|trying|tried|seeking|sought|working|worked|asked|mandated|invited|tasked|chosen|agreed|offered|volunteered|ready|willing|prepared? to? broker+|facilitate+|convene+", args: "subj", confidence: 0.75, requiresAfter: "@talk-object", alsoAfter: true },
  { id: "host-talks", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: `offered|offers|agreed|agrees|ready|willing|prepared|proposed|proposes|promised|pledged|plans|planned|expected|due|scheduled? to? host+|co-host+ ~6 talks|negotiations|meeting|meetings|summit|round|dialogue|consultations|conference`, args: "subj", confidence: 0.7 },
  // "whose institute quietly played host to the negotiations", "Oman has played host to talks between"
  { id: "played-host", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "play+ host to ~6 talks|negotiations|meeting|meetings|summit|round|dialogue|consultations|conference", args: "subj", confidence: 0.7 },
  // "spent seven hours relaying messages between the two sides"
  { id: "relayed-messages", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "relay+|carry+|pass+|convey+|ferried|ferrying ~3 messages|proposals|letters|offers|responses|replies|documents|drafts between", args: "subj", confidence: 0.75 },
  // "talks held at the invitation of Egypt": whoever invites the parties convenes their talks
  { id: "invitation-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "invitation|invitations of|from", args: "obj", confidence: 0.65, needsMeeting: true, strictObject: true },
  // "talks at the Seoul Regional Labor Relations Commission", "proposals drawn up by the Workplace
  // Relations Commission": a state's dispute-resolution service that hosts talks or drafts the terms
  // mediates them (the hook keeps such services only; "talks at the Foreign Ministry" host nothing)
  // (read from the preposition: "talks between the two sides at the Commission" is also a MEETS rule's match)
  { id: "talks-at-service", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "at|before|under the?", args: "obj", confidence: 0.7, requiresAfter: "commission commission's service board court tribunal authority office acas fmcs ccma", requiresWithin: 6 },
  { id: "proposals-by-service", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "proposals|proposal|recommendations|recommendation|settlement|terms drawn? up? by", args: "obj", confidence: 0.7 },
  { id: "auspices-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "auspices|aegis|patronage|stewardship of", args: "obj", confidence: 0.8 },
  // "The company held talks with worker representatives, under the supervision of the city government and
  // the provincial union": talks held under someone's supervision (a hook checks the talks; a text applied
  // "under the supervision of" a court or the UN is no mediation)
  { id: "talks-under-supervision-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "supervision of", args: "obj", confidence: 0.7 },
  { id: "chaired-talks", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: `chair+|co-chair+|oversee+|steer+|moderated|moderating|moderates|presided|presiding|presides over? ~6 talks|negotiations|meeting|meetings|process|dialogue|consultations|round|session|sessions|ceremony|conference|summit`, args: "subj", confidence: 0.75 },
  { id: "shuttle-between", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "shuttle+ back? and? forth? for? several|a|two|three|four|few|many? days|weeks|months|hours? between", args: "subj", confidence: 0.75 },
  // "Algeria's good offices", "the good offices of Oman", "Oman, whose good offices helped"
  { id: "good-offices-possessive", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "'s|' good offices", args: "possessor", confidence: 0.8 },
  { id: "good-offices-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "good offices of", args: "obj", confidence: 0.8 },
  { id: "whose-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "whose good? offices|mediation|facilitation|mediators|facilitators", args: "subj", confidence: 0.75 },
  // "took over as facilitator", "was appointed as mediator", "named chief mediator"
  { id: "appointed-as-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "took|take|takes|taking|appointed|named|designated|chosen|picked|installed|tapped over? as a|an|the|its|their? chief|lead|new|joint|special|principal|international|african|un|au|acting|interim|independent? state|federal|national|government|official? mediator|facilitator|co-mediator|co-facilitator|broker|intermediary|co-chair|co-chairman", args: "subj", confidence: 0.75 },
  // "was appointed acting state mediator in the dispute between": the office without "as", in the passive
  // ("Israel appointed a mediator" names no mediator)
  { id: "appointed-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "was|were|been|is|are|being appointed|named|designated|installed|tapped a|an|the|its|their? chief|lead|new|joint|special|principal|international|african|un|au|acting|interim|independent? state|federal|national|government|official? mediator|facilitator|co-mediator|co-facilitator|broker|intermediary|co-chair|co-chairman", args: "subj", confidence: 0.75 },
  // "Petro appointed Peter Simpson as special mediator": the one appointed mediates (a hook checks the "as";
  // the trigger is shared, so "asked the United States to treat the EU as a partner" stays a demand)
  { id: "appointed-x-as-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "appoint+|name+|designate+|tap+|pick+|choose|chose|invite+|ask+|enlist+", args: "obj", confidence: 0.75, requiresAfter: "as", sharesTrigger: true },
  // "The Prime Minister was joined as co-facilitator by Roosevelt Skerrit"
  { id: "joined-as-mediator-by", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "joined|assisted|aided|supported|seconded as a|an? co-facilitator|co-facilitators|facilitator|facilitators|co-mediator|co-mediators|mediator|mediators|co-chair|guarantor|guarantors by", args: "obj", confidence: 0.75 },
  // "have been negotiating since February in the presence of the apostolic nuncio": a witness to the talks
  { id: "in-presence-of", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "in the presence of", args: "obj", confidence: 0.6 },
  { id: "mediator-appointed-by-who", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "appointed|named|mandated|designated|chosen|sent|dispatched|nominated by", args: "obj", confidence: 0.7 },
  // "drafted by mediators from the East African bloc IGAD", "facilitators from Norway and Cuba"
  { id: "mediators-from", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediators|mediator|facilitators|facilitator|guarantors|co-mediators from", args: "obj", confidence: 0.75 },
  // "The mediation, expanded this year into IGAD-Plus, also includes the African Union, the United
  // Nations and China", "the other members of the mediation team, among them the African Union, ...":
  // a hook checks that a mediation noun is what includes them
  { id: "mediation-includes", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "include|includes|included|including|comprise|comprises|comprised|comprising|among them?", args: "obj", confidence: 0.7, strictObject: true },
  // "withdrew from his role as mediator in the wage dispute", "in her capacity as facilitator"
  { id: "role-as-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "his|her|its|their role|capacity|position|job as a|an|the? chief|lead|main|principal? mediator|facilitator|intermediary|go-between|broker", args: "subj", confidence: 0.75, subjectFromSentenceStart: true },
  // "Oman played a key role as intermediary in the indirect talks", "has played a mediating role between"
  { id: "played-role-as-mediator", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "play+ a|an|the|key|crucial|central|major|important|vital|pivotal|leading|significant|decisive|discreet|quiet|active* role as a|an|the? mediator|facilitator|intermediary|go-between|broker|mediators|intermediaries", args: "subj", confidence: 0.75, alsoAfter: true },
  { id: "played-mediating-role", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "play+ a|an|the|key|crucial|central|major|important|vital|pivotal|leading|significant|decisive|discreet|quiet|active* mediating|mediation|mediator|facilitating|facilitator|intermediary role", args: "subj", confidence: 0.75, alsoAfter: true },
  // "who took over the mediation last month", "has taken over the facilitation"
  { id: "took-over-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "take+|took over the|a|its? mediation|facilitation|mediating", args: "subj", confidence: 0.75 },
  // "Biden thanked Egypt and Qatar for their mediation": whom a party thanks for mediating mediated (a hook
  // checks the verb of thanks before them)
  { id: "thanked-for-mediation", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "for their|its|his|her? mediation|mediating|facilitation|facilitating|brokering", args: "subj", confidence: 0.7 },
  // "We are grateful to Chancellor Merkel for her efforts between Greece and Turkey": efforts between two
  // sides are a go-between's (the same hook)
  { id: "thanked-for-efforts-between", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "for their|its|his|her efforts|work between", args: "subj", confidence: 0.7 },
  { id: "mediators-list", type: "MEDIATES", cameo: CAMEO.MEDIATE, pattern: "mediators|mediator|brokers|facilitators|facilitator|intermediaries|intermediary|guarantors|co-chairs|co-chairmen|co-chairman|guarantor countries|nations|states|governments? :|,|—|–|-|(?", args: "obj", confidence: 0.8, strictObject: true },
];
