// Examples of the derived rules (see ./index.ts).
import type { RuleExamples } from "../../model.js";

export const DERIVED_EXAMPLES: Record<string, RuleExamples> = {
  "convened-talks-between": {
    fires: [
      { text: "Ugandan President Yoweri Museveni opened talks between South Sudan's government and the opposition in Entebbe.", source: "Yoweri Museveni", target: "meeting" },
      { text: "Qatar held talks between Afghanistan and the Taliban in Doha.", source: "Qatar", target: "meeting" },
    ],
    silent: [
      // the hook: a convener on one of the sides is a party, not a mediator
      "Sudan's army opened talks between Sudan and the rebels in Juba.",
      "Armenia and Azerbaijan held talks in Almaty on Friday.",
    ],
  },
  "talks-by-between": {
    fires: [
      { text: "The deal was reached in talks brokered by Norway between Colombia and the ELN.", source: "Colombia", target: "ELN" },
      // a counted plural and "among them" before the bodies of the second side
      { text: "The strike ended. The deal was reached in talks brokered by the Labour Department between the Union of Hong Kong Dockers and the four contractors, among them Global Stevedoring Service and Everbest Port Services.", source: "Union of Hong Kong Dockers", target: "Everbest Port Services" },
    ],
    silent: [
      // notAfter: proximity talks are held apart
      "The deal was reached in proximity talks brokered by Norway between Colombia and the ELN.",
    ],
  },
  "carried-messages-to": {
    fires: [
      { text: "US envoy James Jeffrey carried messages between Turkey and the Syrian Democratic Forces throughout the day.", source: "James Jeffrey", target: "Syrian Democratic Forces" },
    ],
    silent: [
      // messages of one's own side's
      "Turkish President Recep Tayyip Erdogan carried messages between Turkey and its allies.",
    ],
  },
  "chaired-meeting-with": {
    fires: [
      { text: "The deal was signed at the end of a meeting chaired by Head of Government Aziz Akhannouch with the Moroccan Labour Union and the Moroccan Workers' Union.", source: "Aziz Akhannouch", target: "Moroccan Labour Union" },
      { text: "Mutlaq al-Qahtani, Qatar's special envoy, chaired the sessions with the Taliban delegation and then drafted the resolution.", source: "Mutlaq al-Qahtani", target: "Taliban" },
    ],
    silent: [
      // no "with": the chair of talks between others mediates them
      "Talks between Ethiopia and Egypt were chaired by Cyril Ramaphosa in Pretoria.",
    ],
  },
  "co-chairs-of-sides": {
    fires: [
      { text: "The United States and Mexico held a security dialogue in Mexico City on Friday. Washington and Mexico signed a plan. The dialogue was co-chaired by U.S. Secretary of State Antony Blinken and Mexican Foreign Secretary Marcelo Ebrard.", source: "Antony Blinken", target: "Marcelo Ebrard" },
      // co-chairs each of another of the bodies the article is about
      { text: "The ruling Jubilee coalition and the opposition Coalition for Reforms and Democracy (CORD) agreed to form a joint select committee. Jubilee and CORD welcomed it. The committee will be co-chaired by Senator Kiraitu Murungi of Jubilee and Senator James Orengo of CORD.", source: "Kiraitu Murungi", target: "James Orengo" },
    ],
    silent: [
      // co-chairs of third states mediate the talks
      "Colombia and the FARC held talks in Havana. Colombia and the FARC agreed a truce. The talks were co-chaired by Norwegian envoy Dag Nylander and Cuban diplomat Rodolfo Benitez.",
    ],
  },
  "host-takes-part": {
    fires: [
      { text: "Costa Rica, Guatemala, El Salvador and Mexico have agreed on a pilot plan at a meeting in Guatemala City. Guatemala's Foreign Minister Carlos Raúl Morales, who hosted the meeting, said his country would guarantee safe passage.", type: "ATTENDS", source: "Carlos Raúl Morales", target: "meeting" },
    ],
    silent: [
      // a host whose state is no party mediates
      "Costa Rica and Mexico have agreed on a pilot plan at a meeting in Guatemala City. Guatemala's Foreign Minister Carlos Raúl Morales, who hosted the meeting, said the plan would work.",
    ],
  },
  "signatories-attend": {
    fires: [
      { text: "The agreement was reached in talks in Tbilisi facilitated by US Ambassador Kelly Degnan. The deal was signed by Georgian Dream and by the United National Movement.", type: "ATTENDS", source: "United National Movement", target: "meeting" },
    ],
    silent: [
      // the talks are named after the signing, or the signing has a day of its own, or nobody mediates
      "The deal was signed by Georgian Dream and by the United National Movement. The agreement had been reached in talks in Tbilisi facilitated by US Ambassador Kelly Degnan.",
      "The agreement was reached in talks in Tbilisi facilitated by US Ambassador Kelly Degnan. The deal was signed by Georgian Dream and by the United National Movement on Friday.",
      "The agreement was reached in talks in Tbilisi. The deal was signed by Georgian Dream and by the United National Movement.",
    ],
  },
  "travelled-to-meet": {
    fires: [
      { text: "South Korean President Moon Jae-in crossed into North Korea to meet Kim Jong Un.", source: "Moon Jae-in", target: "Kim Jong Un" },
      { text: "Antony Blinken flew to Riyadh, the Saudi capital, to meet Crown Prince Mohammed bin Salman.", source: "Antony Blinken", target: "Mohammed bin Salman" },
    ],
    silent: [
      // a trip for something else
      "Antony Blinken flew to Riyadh to attend a summit that Crown Prince Mohammed bin Salman opened.",
      // one's own side is not met
      "Ukrainian President Volodymyr Zelensky travelled to Kharkiv to meet Ukrainian troops.",
    ],
  },
  "hosted-parties": {
    fires: [
      { text: "Switzerland hosted Armenian and Azerbaijani negotiators for talks in Geneva.", source: "Switzerland", target: "meeting" },
      { text: "Egypt hosted Israeli and Hamas negotiators for talks in Cairo.", source: "Egypt", target: "meeting" },
    ],
    silent: [
      // the hook: only "host" makes the host a mediator, not "received"
      "Saudi Arabia received Iranian and Yemeni delegations for talks in Riyadh.",
      // a host on the side of one of its guests
      "Sudan's army hosted Sudanese and Egyptian officers for talks in Port Sudan.",
      // the chiefs of international bodies received together are one delegation
      "Prime Minister Keir Starmer hosted European Commission President Ursula von der Leyen and European Council President António Costa at Lancaster House in London.",
    ],
  },
  "mediator-title": {
    fires: [
      { text: "Abdul Rahim Noor, the Malaysian facilitator, said the Philippines and the MILF had agreed on a ceasefire.", source: "Abdul Rahim Noor", target: "Philippines" },
      { text: "Abdul Rahim Noor, the Malaysian facilitator, said the Philippines and the MILF had agreed on a ceasefire.", source: "Malaysia", target: "Philippines" },
      // the Dutch go-between who explores a coalition
      { text: "Informateur Henk Kamp met Mark Rutte and Diederik Samsom in The Hague on Monday.", source: "Henk Kamp", target: "meeting" },
      // Finland's public mediator in labour disputes; the union's acronym written right after its name
      { text: "National Conciliator Vuokko Piekkala summoned Posti and the Postal and Logistics Union PAU to talks in Helsinki on Friday.", source: "Vuokko Piekkala", target: "meeting" },
    ],
    silent: [
      // an envoy's title does not say the person mediates
      "Abdul Rahim Noor, the Malaysian envoy, said the Philippines and the MILF had agreed on a ceasefire.",
      // a role in a participle clause after a person deep in the sentence is the opening subject's
      "Dmitry Kozak arrived in Bishkek on Monday and held talks with President Sooronbay Jeenbekov and then with Sadyr Japarov, acting as a go-between for the two camps.",
      // the mediators as a source: the name after them is the clause's subject
      "Lieutenant-Colonel Paul-Henri Sandaogo Damiba agreed to resign. According to the mediators, Damiba set seven conditions for stepping aside.",
      // the pass skips a person a sentence rule already made a mediator
      "The talks were chaired by Dag Nylander, the Norwegian facilitator, in Havana.",
    ],
  },
  "mediators-antecedent": {
    fires: [
      { text: "Mediators held talks in Cairo on Monday. Egypt, Qatar and the United States met with a Hamas delegation.", source: "Qatar", target: "meeting" },
    ],
    silent: [
      // a mediator is named: "the mediators" needs no antecedent
      "Egypt mediated the talks in Cairo. The mediators then met Israel and Hamas. The United States and Qatar met with an Israeli delegation.",
      "Mediators held talks in Doha on Thursday. Hamas did not attend.",
      // the singular names one person: the parties acting together next are not mediators
      "Junts officials have described the diplomat as a mediator between the two sides. Spain and Junts signed the deal in Brussels.",
    ],
  },
  "delegation-heads": {
    fires: [
      { text: "The Philippine government panel was headed by Miriam Coronel-Ferrer. The MILF panel was led by Mohagher Iqbal.", source: "Miriam Coronel-Ferrer", target: "Mohagher Iqbal" },
      { text: "The ELN delegation was represented by Pablo Beltran. The Colombian government delegation was headed by Otty Patino.", source: "Pablo Beltran", target: "Otty Patino" },
      // the active voice, the second head after a long appositive
      { text: "Foreign Minister Hassan Mahmoud led the Ethiopian delegation, while Tadesse Berhane, a veteran commander of the Tigray People's Liberation Front, headed the TPLF team.", source: "Hassan Mahmoud", target: "Tadesse Berhane" },
      // the members listed with each head ("and included", "and secretary general") meet across the table
      { text: "Talks between Pakistan and the Jamaat-i-Islami ended. The government's team was led by Federal Information Minister Attaullah Tarar and included Minister of State Tariq Fazal Chaudhry, while the JI side was headed by its deputy emir Liaqat Baloch and secretary general Amirul Azeem.", source: "Tariq Fazal Chaudhry", target: "Amirul Azeem" },
    ],
    silent: [
      // both heads on the same side
      "The Israeli delegation was headed by Mossad chief David Barnea. The Israeli team was represented by Shin Bet chief Ronen Bar.",
      "The Ethiopian delegation was led by Redwan Hussien, who met reporters in Pretoria.",
      // both lead delegations of one side
      "Foreign Minister Hassan Mahmoud led the Ethiopian delegation, while Defence Minister Abraham Belay headed the Ethiopian military team.",
    ],
  },
};
