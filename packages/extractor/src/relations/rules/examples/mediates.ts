// Examples of the mediates rules (see ./index.ts).
import type { RuleExamples } from "../../model.js";

export const MEDIATES_EXAMPLES: Record<string, RuleExamples> = {
  "mediated-by": {
    fires: [
      // the person named after the body's office, set off by a comma, mediates with the body
      { text: "Serbia and Kosovo agreed on Wednesday. The talks were mediated by the EU Special Representative for the Belgrade-Pristina Dialogue, Miroslav Lajcak, who shuttled between the delegations.", source: "Miroslav Lajcak", target: "meeting" },
      // who helped the agent mediates too
      { text: "Two Turkish pilots were freed in an exchange for Lebanese pilgrims mediated by Qatar with the help of the Palestinian Authority.", source: "Palestine", target: "Turkey" },
      // the agent's "by" repeated in a list
      { text: "The deal was brokered by Norway and by Qatar. Israel and Hamas agreed.", source: "Qatar", target: "Israel" },
      { text: "The truce between Ethiopia and Eritrea was brokered by the United Arab Emirates.", source: "United Arab Emirates", target: "Ethiopia" },
      // "the three countries": the last list of three states named together
      { text: "Russia, Turkey and Iran agreed on a monitoring mechanism. The talks between Syria and the rebels, convened by the three countries that act as guarantors, ended on Tuesday.", source: "Turkey", target: "Syria" },
      { text: "The prisoner swap between Russia and Ukraine was facilitated by Turkey, officials said.", source: "Turkey", target: "Ukraine" },
      { text: "The talks between the Philippines and the Moro Islamic Liberation Front were facilitated by Malaysia.", source: "Malaysia", target: "Moro Islamic Liberation Front" },
    ],
    silent: [
      // the agent after "by" is no actor: descriptive words are skipped, the comma ends the search
      "The thaw between Saudi Arabia and Iran was facilitated by a drop in oil prices, analysts said.",
      "The ceasefire between Armenia and Azerbaijan was brokered by telephone late on Tuesday.",
    ],
  },
  "co-mediated-by": {
    fires: [
      { text: "The talks between Serbia and Kosovo were co-chaired by the European Union and the United States.", source: "European Union", target: "Kosovo" },
      { text: "The negotiations between Sudan's army and the RSF in Jeddah were co-hosted by Saudi Arabia and the United States.", source: "Saudi Arabia", target: "meeting" },
    ],
    silent: [
      // the hook: co-chairs of the states the article is about lead their sides
      "The United States and Mexico held a security dialogue in Mexico City on Friday. Washington and Mexico signed a plan. The dialogue was co-chaired by U.S. Secretary of State Antony Blinken and Mexican Foreign Secretary Marcelo Ebrard.",
      // and co-chairs each of another of the bodies the article is about
      "The ruling Jubilee coalition and the opposition Coalition for Reforms and Democracy (CORD) agreed to form a joint select committee. Jubilee and CORD welcomed it. The committee will be co-chaired by Senator Kiraitu Murungi of Jubilee and Senator James Orengo of CORD.",
      // the co-sponsor of a resolution is no co-mediator when no actor follows "by"
      "The resolution on Yemen was co-sponsored by several Gulf governments and passed without a vote.",
      "The Kosovo talks were co-chaired, officials said, by agreement between the two delegations.",
    ],
  },
  "chaired-by": {
    fires: [
      { text: "The Geneva talks on Cyprus were chaired by the United Nations.", source: "United Nations", target: "meeting" },
      { text: "The ceasefire talks between Mozambique and Renamo were moderated by Italy.", source: "Italy", target: "Mozambique" },
      // the talks' last party before the comma is not what is chaired
      { text: "Talks between Colombia and the ELN, chaired by Norway's special envoy, Dag Nylander, resumed in Havana.", source: "Dag Nylander", target: "ELN" },
      // over a count of the persons named after it
      { text: "The coalition talks in The Hague were steered by two party veterans, Henk Kamp and Wouter Bos.", source: "Wouter Bos", target: "meeting" },
    ],
    silent: [
      // a body of one side, chaired by that side's minister
      "The agreement was concluded in Bamako after talks between a Barrick delegation and a commission of the Malian State chaired by the Minister of Economy and Finance, Alousséni Sanou.",
      // needsMeeting: a body chaired by someone is no meeting
      "The ceasefire commission between Mozambique and Renamo was chaired by Italy.",
      "The inquiry into the border shootings between India and China was overseen by the Supreme Court.",
      // a standing body its own member chairs, even in a sentence that names a meeting
      "The National Security Committee, chaired by Prime Minister Anwaar-ul-Haq Kakar, held a meeting on the strikes by Iran on Pakistan.",
    ],
  },
  "mediators-are": {
    fires: [
      { text: "Lufthansa and Verdi agreed to mediation. The mediators will be Matthias Platzeck, the former premier of Brandenburg, and Frank-Jürgen Weise, the former head of the Federal Employment Agency.", source: "Frank-Jürgen Weise", target: "Lufthansa" },
      { text: "Israel and Hamas resumed talks in Cairo. The mediators were Qatar and Egypt.", source: "Qatar", target: "meeting" },
    ],
    silent: [
      // strictObject: what the mediator is or does is no mediator
      "Israel and Hamas resumed talks. The mediator was critical of Hamas.",
      "Israel and Hamas resumed talks. The mediator is expected to meet Israel and Hamas.",
    ],
  },
  "mediator-appointed-by": {
    fires: [
      { text: "Olusegun Obasanjo, the mediator appointed by the African Union, met Ethiopia and the TPLF in Pretoria.", source: "African Union", target: "meeting" },
      { text: "The mediators appointed by IGAD met South Sudan's government and the SPLM-IO.", source: "IGAD", target: "SPLM-IO" },
      // the person set off after the appointer is the mediator (initials written without stops)
      { text: "Mumbai buses ran again. The strike by BEST employees ended after the BEST Workers' Union accepted a settlement proposed by the mediator appointed by the Bombay High Court, former Chief Justice F I Rebello.", source: "F I Rebello", target: "BEST Workers' Union" },
    ],
    silent: [
      // appointed by a party, as its negotiator, not as a mediator
      "The negotiator appointed by Colombia met the ELN in Caracas.",
      "A mediator appointed by the two families settled the land dispute in Kandahar.",
    ],
  },
  "talks-conducted-by": {
    fires: [
      { text: "El Salvador and the FMLN signed the accord. The talks, which have been conducted since April 1990 by Alvaro de Soto, had been in doubt.", source: "Alvaro de Soto", target: "FMLN" },
    ],
    silent: [
      // the parties' own negotiators conduct their side of the talks, not someone between them
      "The talks were conducted by Iran's foreign minister Abbas Araghchi and Israel's Ron Dermer.",
    ],
  },
  "talks-led-by": {
    fires: [
      { text: "Talks led by Norway between Colombia and the ELN resumed in Havana.", source: "Norway", target: "ELN" },
      { text: "The negotiations, chaired by the African Union, brought Ethiopia and the TPLF together in Pretoria.", source: "African Union", target: "Ethiopia" },
      { text: "The dialogue organised by Sant'Egidio between Mozambique and Renamo collapsed in 1990.", source: "Community of Sant'Egidio", target: "Renamo" },
    ],
    silent: [
      // the talks were led by the parties' own negotiators: "were" stands between noun and participle
      "The negotiations were led by Iran's foreign minister Abbas Araghchi and Israel's Ron Dermer.",
      "Rebels led by Joseph Kony attacked the town, Uganda said.",
    ],
  },
  "lead-mediation": {
    fires: [
      // the subject of an appointment's infinitive
      { text: "Gerald Rosen was appointed to lead mediation between Israel and Hamas.", source: "Gerald Rosen", target: "Hamas" },
      { text: "Kenya is leading the regional mediation between Sudan's army and the RSF.", source: "Kenya", target: "Rapid Support Forces" },
      { text: "Qatar heads the mediation between Israel and Hamas.", source: "Qatar", target: "Hamas" },
      { text: "The African Union has been chairing the joint mediation between Ethiopia and the TPLF.", source: "African Union", target: "Ethiopia" },
    ],
    silent: [
      // a negation between subject and verb leaves the rule without a subject
      "Kenya has never led the mediation between Sudan's army and the RSF.",
      "Kenya led the talks with Sudan's army and the RSF.",
    ],
  },
  "brought-sides-together": {
    fires: [
      { text: "Jordan and Israel signed a declaration of intent. The United States also helped bring the two sides together.", source: "United States", target: "Jordan" },
      { text: "Qatar brought Israel and Hamas together in Doha on Monday.", source: "Qatar", target: "Israel" },
      { text: "Norway brought Colombia together with the ELN in Havana.", source: "Norway", target: "Colombia" },
      // a gerund after "before" has the clause's subject ("the court": the last body "Court" heads)
      { text: "Aer Lingus and the Irish Air Line Pilots' Association met at the Labour Court. The court met both sides separately before bringing them together on Thursday.", source: "Labour Court", target: "meeting" },
    ],
    silent: [
      // the gerund's clause has a subject no reading names: no guess from the sentence before
      "Aer Lingus and the Irish Air Line Pilots' Association met at the Labour Court. The judges met both sides separately before bringing them together on Thursday.",
      // brought without "together": no bringing of the sides
      "Qatar brought the hostages home on Monday.",
      // the place of the meeting that brought them is no mediator
      "The meeting in the Oval Office brought Benjamin Netanyahu together with Mahmoud Abbas.",
    ],
  },
  "prefix-led": {
    fires: [
      { text: "The Oman-hosted talks between Iran and the United States ended on Saturday.", source: "Oman", target: "Iran" },
      { text: "Russia and Ukraine agreed to a Turkish-hosted dialogue on grain exports.", source: "Turkey", target: "Ukraine" },
    ],
    silent: [
      // requiresAfter: "-led" must be followed by talks, a process or peace
      "The Saudi-led coalition struck Houthi positions in Yemen.",
      "The US-led alliance sent more troops to Iraq, Iran said.",
      // hook: a process "led" by a state is one the sides own
      "The US embassy said it supported an Afghan-led peace process between the government and Hezb-i-Islami.",
    ],
  },
  "hosted-by": {
    fires: [
      { text: "The talks between Armenia and Azerbaijan were hosted by Kazakhstan in Almaty.", source: "Kazakhstan", target: "Armenia" },
      { text: "The summit between North Korea and the United States was hosted by Vietnam.", source: "Vietnam", target: "North Korea" },
    ],
    silent: [
      // needsMeeting: hosting refugees is no hosting of talks
      "The refugees from South Sudan were hosted by Uganda.",
      "The Afghan evacuees were hosted by Qatar and later flown to Germany.",
    ],
  },
  "mediation-by": {
    fires: [
      { text: "The ceasefire between Israel and Hamas followed mediation by Egypt and Qatar.", source: "Egypt", target: "Hamas" },
      { text: "The prisoner exchange between Russia and the United States came after facilitation efforts by Saudi Arabia.", source: "Saudi Arabia", target: "Russia" },
    ],
    silent: [
      "Armenia and Azerbaijan rejected mediation by any outside power, officials said.",
      "Mediation from abroad, Ethiopia said, would not end the dispute with Egypt.",
    ],
  },
  "quiet-efforts-of": {
    fires: [
      { text: "The rift between Saudi Arabia and Qatar ended after the quiet diplomacy of Kuwait.", source: "Kuwait", target: "Qatar" },
      { text: "Years of diplomatic efforts by Norway between Colombia and the ELN produced little.", source: "Norway", target: "ELN" },
    ],
    silent: [
      // "military efforts" are no diplomacy
      "The military efforts of Russia and Iran in Syria alarmed Turkey.",
      "The rapprochement between Ethiopia and Eritrea owed much to the diplomatic work of recent years.",
    ],
  },
  "acted-as-bridge-between": {
    fires: [{ text: "Cardinal Ricardo Ezzati acted as a bridge between the Government of Chile and the Mapuche leaders of the CAM.", source: "Ricardo Ezzati", target: "Chile" }],
    silent: ["The new port will serve as a bridge to Asian markets for Chile.", "Norway said the bridge between Oslo and Bergen was closed."],
  },
  "possessive-mediation": {
    fires: [
      { text: "Egypt's mediation between Israel and Hamas has stalled.", source: "Egypt", target: "Hamas" },
      { text: "Turkey's shuttle diplomacy between Russia and Ukraine produced a grain deal.", source: "Turkey", target: "Russia" },
      { text: "Talks between South Sudan's government and the SPLM-IO resumed under IGAD's auspices.", source: "IGAD", target: "South Sudan" },
    ],
    silent: [
      // no actor owns the mediation
      "The mediators' proposal was rejected by Israel and Hamas.",
      "The mediation's collapse left Sudan's army and the RSF fighting in Khartoum.",
    ],
  },
  "adjective-mediation": {
    fires: [
      // a copula after the noun with no mediator after it ("mediators-are" declines)
      { text: "Israel and Hamas fought for weeks in Gaza. Qatari mediators are trying to close the gaps.", source: "Qatar", target: "Hamas" },
      { text: "Through Egyptian mediation, Israel and Hamas agreed to a truce.", source: "Egypt", target: "Hamas" },
      { text: "Qatari and Egyptian mediators met Israeli and Hamas negotiators on Tuesday.", source: "Qatar", target: "Israel" },
      { text: "The AU mediation team met the Sudanese army and the RSF.", source: "African Union", target: "Rapid Support Forces" },
      // "under AU auspices", "under Egyptian auspices": the actor before the noun presides over the talks
      { text: "Talks between Ethiopia and the TPLF opened in Pretoria under African Union auspices.", source: "African Union", target: "meeting" },
    ],
    silent: [
      // "the mediators" described, not the persons the sentence before named ("the mediators the speaker appoints")
      "Mark Rutte, Alexander Pechtold and Sybrand Buma formed a cabinet. It took three informateurs, the mediators the speaker of the lower house appoints to explore and then guide coalition talks.",
      // no actor right before the noun
      "Israel and Hamas agreed to a truce after weeks of mediation.",
      "The mediators said Israel and Hamas were close to a deal.",
    ],
  },
  "prefix-brokered": {
    fires: [
      { text: "Venezuela and the United States swapped prisoners in a Qatar-mediated exchange.", source: "Qatar", target: "Venezuela" },
      { text: "Armenia and Azerbaijan agreed to a US-brokered peace framework.", source: "United States", target: "Azerbaijan" },
    ],
    silent: [
      // the word before the hyphen is no actor
      "Iran accused Israel of a state-sponsored assassination campaign.",
      "Hamas and Israel traded blame over the collapse of the privately brokered deal.",
    ],
  },
  "serve-as-mediator": {
    fires: [
      { text: "Benin and Niger quarrelled over the pipeline. Chinese diplomats, acting as discreet mediators, have held talks in both capitals.", source: "China", target: "Benin" },
      { text: "Benin and Niger quarrelled over the pipeline. Norway offered to serve as a facilitator between the two sides.", source: "Norway", target: "Niger" },
      { text: "Qatar has acted as a mediator between Israel and Hamas since the war began.", source: "Qatar", target: "Hamas" },
      { text: "Talks between Colombia and the ELN resumed in Caracas. Norway became the main facilitator of the process.", source: "Norway", target: "meeting" },
      // a quotation opened before "as"
      { text: 'The ELN freed the soldiers. The Red Cross said it had acted "as a neutral intermediary" between the ELN and Colombia.', source: "International Committee of the Red Cross", target: "ELN" },
      { text: "Norway, acting as a facilitator alongside Cuba, met Colombia and the ELN in Havana.", source: "Cuba", target: "meeting" },
      { text: "Egypt and Qatar have been the guarantors of the truce between Israel and Hamas.", source: "Qatar", target: "Israel" },
    ],
    silent: [
      // a negation before the verb leaves the rule without a subject
      "Turkey has never acted as a mediator between Russia and Ukraine.",
      "Iran is not a mediator between Israel and Hamas, its foreign ministry said.",
    ],
  },
  "serve-as-possessed-mediator": {
    fires: [{ text: "Egypt and Ethiopia were at odds. Mike Hammer, who served as Washington's chief mediator, flew to Cairo.", source: "Mike Hammer", target: "Egypt" }],
    silent: [
      // a possessed role that is no mediator's
      "Egypt and Ethiopia were at odds. Mike Hammer, acting as Washington's envoy, flew to Cairo.",
    ],
  },
  "serve-as-possessed-go-between": {
    fires: [{ text: "Lebanon and Saudi Arabia were at odds. Jean-Yves Le Drian, acting as Macron's go-between, flew to Riyadh.", source: "Jean-Yves Le Drian", target: "Lebanon" }],
    silent: ["Lebanon and Saudi Arabia were at odds. Jean-Yves Le Drian, acting as Macron's deputy, flew to Riyadh."],
  },
  "serve-as-go-between": {
    fires: [
      { text: "Switzerland acted as a go-between for Washington and Tehran.", source: "Switzerland", target: "United States" },
      // a participle after a comma: the sentence's opening subject acts, not the objects before it
      // (the talks he held on arriving are in Bishkek: he mediates that meeting)
      { text: "Dmitry Kozak arrived in Bishkek on Monday and held talks with President Sooronbay Jeenbekov and then with Sadyr Japarov, acting as a go-between for the two camps.", source: "Dmitry Kozak", target: "meeting" },
      { text: "Dmitry Kozak held talks with President Sooronbay Jeenbekov and then with Sadyr Japarov, acting as a go-between for the two camps.", source: "Dmitry Kozak", target: "Kyrgyzstan" },
      { text: "Oman has served as a go-between in the talks between Iran and the United States.", source: "Oman", target: "Iran" },
      // "with" the kidnappers: the side it deals with, and the side across from it that the story names
      { text: "Al-Shabaab held Silvia Romano for 18 months. Italy thanked Somalia and Italy thanked Turkey. Turkish intelligence acted as a go-between with the kidnappers.", source: "National Intelligence Organization", target: "al-Shabaab" },
      { text: "Al-Shabaab held Silvia Romano for 18 months. Italy thanked Somalia and Italy thanked Turkey. Turkish intelligence acted as a go-between with the kidnappers.", source: "National Intelligence Organization", target: "Italy" },
    ],
    silent: [
      "Switzerland has never acted as a go-between for Washington and Tehran.",
      "The go-between was arrested before talks between Egypt and Ethiopia began.",
    ],
  },
  "mediate-verb": {
    fires: [
      // over a trip's verb, its list of places and a count of times before the infinitive
      { text: "The rift deepened. Ismail Qaani travelled to Baghdad and Najaf several times to mediate between the Sadrists and the Coordination Framework.", source: "Ismail Qaani", target: "Coordination Framework" },
      { text: "The rift deepened. Ismail Qaani went to Najaf to mediate between Egypt and Ethiopia.", source: "Ismail Qaani", target: "Egypt" },
      // the person after a short opening adverbial, over an appositive that runs to the verb
      { text: "The row went on. In November, Kohzo Tashima, a FIFA official, came to Jakarta to mediate between Indonesia and the PSSI.", source: "Kohzo Tashima", target: "PSSI" },
      // an appositive of plain words and a home state: the person, not the state
      { text: "The row went on. Kohzo Tashima, a FIFA executive committee member from Japan, mediated between Indonesia and the PSSI.", source: "Kohzo Tashima", target: "PSSI" },
      { text: "Egypt and Qatar mediated the talks between Israel and Hamas.", source: "Qatar", target: "meeting" },
      { text: "Iran's foreign minister arrived in Muscat for talks with Britain as Oman mediates.", source: "Oman", target: "meeting" },
      // over a verb that takes "to" between the subject and the trigger
      { text: "Norway tried to mediate between Spain and Morocco.", source: "Norway", target: "Morocco" },
    ],
    silent: [
      // notAfter "being": the one being mediated does not mediate
      "Ethiopia objected to being mediated by Kenya in its dispute with Egypt.",
      // a party named after "between" is mediated, never a mediator
      "Francos, the president of the National Sports Council, flew in to mediate between the players and the Royal Spanish Football Federation.",
      "Turkey did not mediate between Russia and Ukraine.",
    ],
  },
  "broker-verb": {
    fires: [
      // the verb of an open relative clause, after "and", is its antecedent's
      { text: "The ELN freed the soldiers to former senator Piedad Cordoba, who heads a peace group and has helped broker several earlier releases.", source: "Piedad Cordoba", target: "ELN" },
      // over the time spent trying ("has spent a year trying to broker")
      { text: "Lakhdar Brahimi has spent a year trying to broker negotiations between Syria and the opposition.", source: "Lakhdar Brahimi", target: "Syria" },
      // "a deal with X": the side the broker deals with, no second broker
      { text: "The strike ended. Palestinian prisoners agreed to end a hunger strike after Egypt brokered a deal with Israel that eases their conditions.", source: "Egypt", target: "Israel" },
      { text: "Egypt helped broker a ceasefire between Israel and Hamas.", source: "Egypt", target: "Hamas" },
      // a hearsay frame between the subject and the verb
      { text: "Qatar is widely reported to have brokered the early contacts between Ethiopia and Eritrea.", source: "Qatar", target: "Eritrea" },
      // a passive asking or mandate before the verb
      { text: "Switzerland said it had been mandated to facilitate talks between Cameroon and the separatists of the Ambazonia Governing Council.", source: "Switzerland", target: "Cameroon" },
      // over "had spent months" between the subject and the verb
      { text: "Norway, which has spent months trying to broker a truce between Colombia and the ELN, welcomed the deal.", source: "Norway", target: "ELN" },
      { text: "Qatar is working to facilitate talks between Venezuela and the United States.", source: "Qatar", target: "Venezuela" },
      // the bare verb: the first step of the pattern is optional, so the rule is indexed by "brokered" too
      { text: "The United States brokered a ceasefire between Israel and Hezbollah.", source: "United States", target: "Hezbollah" },
      // rounds of talks facilitated, by a list before "who"
      { text: "Macedonia's parties met in Brussels. Richard Howitt and Ivo Vajgl, who facilitated the earlier rounds of the talks, left for Skopje.", source: "Ivo Vajgl", target: "meeting" },
    ],
    silent: [
      // requiresAfter: what is facilitated must be talks, a deal or a ceasefire
      "Egypt helped facilitate the release of aid for Gaza.",
      "Jordan sought to facilitate the return of refugees to Syria.",
      // an action asked of the subject: no mediation yet
      "The DUP urged Britain and Ireland to facilitate talks between the DUP and Sinn Fein.",
      // the hook: a convener among those its meeting is of takes part
      "Gurung said India's home secretary would convene a tripartite meeting of India, the Bengal government and the Gorkha Janmukti Morcha.",
      // a demand's that-clause: asked of the subject, not done
      "Gurung has demanded that the Centre convene talks between India and Nepal.",
    ],
  },
  "host-talks": {
    fires: [
      // a planned host (over "plans to")
      { text: "The United States plans to host a meeting between Israeli and Lebanese officials.", source: "United States", target: "Lebanon" },
      // an offer to host
      { text: "Turkish President Recep Tayyip Erdogan offered to host a meeting between Vladimir Putin and Volodymyr Zelensky.", source: "Turkey", target: "Vladimir Putin" },
      { text: "Turkey hosted talks between Russia and Ukraine in Istanbul.", source: "Turkey", target: "meeting" },
      { text: "Switzerland will host a peace summit on Ukraine in June.", source: "Switzerland", target: "Ukraine" },
      // the guests named after "with" attend the talks the host mediates
      { text: "Russian President Vladimir Putin has hosted talks with Armenian President Serzh Sarkisian and Azerbaijani President Ilham Aliyev in Sochi.", source: "Ilham Aliyev", target: "meeting", type: "ATTENDS" },
    ],
    silent: [
      // a host whose state agreed as a party takes part in the meeting
      "Costa Rica, Guatemala, El Salvador and Mexico have agreed on a pilot plan at a meeting in Guatemala City. Guatemala's Foreign Minister Carlos Raúl Morales, who hosted the meeting, said his country would guarantee safe passage.",
      // a regional conference that names no sides: its host takes part
      "Malaysia and Indonesia met on Wednesday. Thailand will host a special meeting on irregular migration in Bangkok on May 29.",
      // hosting refugees, not talks
      "Uganda hosts 1.5 million refugees from South Sudan, the UN said.",
      "Qatar hosted the World Cup in 2022, months before talks between Israel and Hamas.",
    ],
  },
  "played-host": {
    fires: [
      { text: "Oman, which has quietly played host to talks between Iran and the United States, welcomed the progress.", source: "Oman", target: "Iran" },
      { text: "Norway played host to a secret round of negotiations between Israel and the PLO.", source: "Norway", target: "Palestine Liberation Organization" },
    ],
    silent: [
      // a host of something else than talks
      "Qatar played host to the World Cup while Israel and Hamas fought in Gaza.",
      "Egypt played no host role in the talks between Israel and Hamas.",
    ],
  },
  "relayed-messages": {
    fires: [
      { text: "Norway relayed messages between Israel and the PLO for weeks.", source: "Norway", target: "Palestine Liberation Organization" },
      { text: "Qatar carried proposals between Hamas and Israel throughout the night.", source: "Qatar", target: "Hamas" },
    ],
    silent: [
      // messages between places, or no "between"
      "Qatar relayed the proposal to Hamas on Sunday.",
      "The ministry passed the letters to Israel and Hamas.",
    ],
  },
  "invitation-of": {
    fires: [
      { text: "The talks between Israel and Hamas, held at the invitation of Egypt, resumed in Cairo.", source: "Egypt", target: "Hamas" },
      { text: "Armenian and Azerbaijani negotiators met in Almaty at the invitation of Kazakhstan.", source: "Kazakhstan", target: "meeting" },
    ],
    silent: [
      // no talks in the sentence: an invitation to something else
      "Hamas leaders travelled to Tehran at the invitation of Iran.",
      "Qatar declined an invitation from Israel.",
    ],
  },
  "talks-at-service": {
    fires: [
      { text: "Mediation talks between Hyundai Motor and the Korean Metal Workers' Union at the Seoul Regional Labor Relations Commission broke down on Thursday.", source: "Seoul Regional Labor Relations Commission", target: "meeting" },
      { text: "The BMA and the Government reached an agreement after 10 days of talks at the conciliation service Acas.", source: "Acas", target: "British Medical Association" },
      // a conciliation service named alone, with no "service" after it
      { text: "The RMT and London Underground met. The breakthrough followed two days of talks at Acas.", source: "Acas", target: "meeting" },
    ],
    silent: [
      // a ministry hosting talks is a side's own office, no dispute-resolution service
      "Talks between the union and the operators at the Ministry of Labour broke down on Thursday.",
      // no talks named before the service
      "The union filed its claim at the Workplace Relations Commission on Monday.",
    ],
  },
  "proposals-by-service": {
    fires: [{ text: "Luas drivers in SIPTU voted to accept proposals drawn up by the Workplace Relations Commission.", source: "Workplace Relations Commission", target: "SIPTU" }],
    silent: [
      // a side's own proposals
      "Luas drivers in SIPTU voted to reject proposals drawn up by the company.",
    ],
  },
  "auspices-of": {
    fires: [
      { text: "The talks between Ethiopia and the TPLF were held under the auspices of the African Union.", source: "African Union", target: "Ethiopia" },
      { text: "The deal between Israel and Jordan was signed under the patronage of King Abdullah.", source: "King Abdullah", target: "Israel" },
    ],
    silent: [
      "Talks between Armenia and Azerbaijan were held under the auspices of a trilateral format.",
      "The aegis of international law, Armenia argued, protects its border with Azerbaijan.",
    ],
  },
  "talks-under-supervision-of": {
    fires: [{ text: "Yue Yuen Industrial held talks with its workers under the supervision of the Guangdong Federation of Trade Unions.", source: "Guangdong Federation of Trade Unions", target: "Yue Yuen Industrial" }],
    silent: [
      // what is carried out under supervision, not talks
      "Under the agreement, the Malian army will redeploy to Kidal under the supervision of the United Nations.",
      "The island's assembly would adapt national laws under the supervision of the Constitutional Council.",
    ],
  },
  "chaired-talks": {
    fires: [
      { text: "The UN envoy chaired the talks between Armenia and Azerbaijan in Geneva.", source: "United Nations", target: "meeting" },
      { text: "Norway has steered the talks between the Colombian government and the FARC since 2012.", source: "Norway", target: "FARC" },
      { text: "UN Secretary-General Antonio Guterres chaired the talks between Greek Cypriots and Turkish Cypriots in Crans-Montana.", source: "Antonio Guterres", target: "meeting" },
    ],
    silent: [
      // the hook: a party to the dispute chairing a meeting presides, it does not mediate
      "Saudi Arabia and Iran agreed to restore ties. Saudi Crown Prince Mohammed bin Salman chaired the meeting in Riyadh.",
      "Kenya's opposition boycotted the vote. President Mwai Kibaki chaired the cabinet session in Nairobi.",
      // a chair asked for, not one held
      "The Leh Apex Body met officials of the Home Ministry. We have asked Home Minister Amit Shah to chair the next round of talks with India himself.",
    ],
  },
  "shuttle-between": {
    fires: [
      { text: "US envoy Amos Hochstein shuttled between Lebanon and Israel for weeks.", source: "Amos Hochstein", target: "Lebanon" },
      // a duration between the verb and "between"
      { text: "Kremlin aide Vladislav Surkov flew to Sukhumi on May 28 and shuttled for several days between Abkhazia and Georgia.", source: "Vladislav Surkov", target: "Georgia" },
      { text: "EU envoy Miroslav Lajčák shuttled back and forth between Serbia and Kosovo before the summit.", source: "Miroslav Lajčák", target: "Serbia" },
      // (over "has spent most of the weekend", a duration between the subject and the verb)
      { text: "US envoy Amos Hochstein has spent most of the weekend shuttling between Lebanon and Israel.", source: "Amos Hochstein", target: "Lebanon" },
    ],
    silent: [
      // no actor shuttles
      "Ferries shuttle between Cyprus and Turkey every day.",
      "Aid convoys shuttled between Egypt and Gaza during the truce.",
    ],
  },
  "good-offices-possessive": {
    fires: [
      { text: "Thanks to Algeria's good offices, the United States and Iran reached a deal.", source: "Algeria", target: "Iran" },
    ],
    silent: [
      "Algeria's offices in Tehran were closed, and the United States and Iran had no channel.",
      "The good offices were never used by Iran or the United States.",
    ],
  },
  "good-offices-of": {
    fires: [
      { text: "Iran and the United States reached a deal through the good offices of Algeria.", source: "Algeria", target: "Iran" },
      { text: "The release of the detained sailors was arranged by Britain and Iran through the good offices of Oman.", source: "Oman", target: "Iran" },
    ],
    silent: [
      "The good offices of the embassy in Kabul were closed after the Taliban took power.",
      "Iran and the United States reached a deal without good offices, officials said.",
    ],
  },
  "whose-mediation": {
    fires: [
      { text: "Iran and the United States thanked Oman, whose good offices made the talks possible.", source: "Oman", target: "Iran" },
      { text: "Houthi and Saudi officials thanked Oman, whose mediation made the prisoner swap possible.", source: "Oman", target: "Houthis" },
    ],
    silent: [
      // "whose offices" of a building, and no actor before "whose"
      "The rebels, whose offices in Doha were closed, rejected the talks with Afghanistan.",
      "The process, whose mediation stalled in 2023, left Sudan's army and the RSF fighting.",
    ],
  },
  "appointed-as-mediator": {
    fires: [
      { text: "Ghana was appointed as chief mediator between Togo's government and the opposition.", source: "Ghana", target: "Togo" },
      { text: "Tanzania was named as the new facilitator of the talks between Burundi and the rebels in Arusha.", source: "Tanzania", target: "meeting" },
    ],
    silent: [
      // appointed to another office
      "Ghana was appointed as foreign minister of Togo.",
      "Mali has not been named as a mediator between Niger and ECOWAS.",
    ],
  },
  "appointed-mediator": {
    fires: [
      { text: "John Smith, who was appointed acting state mediator in the dispute between Hamas and Israel last week, presented a proposal.", source: "John Smith", target: "Hamas" },
      { text: "Ghana was appointed mediator in the dispute between Togo's government and the opposition.", source: "Ghana", target: "Togo" },
    ],
    silent: [
      // the active: who appoints a mediator is none
      "Israel appointed a mediator in the dispute between Hamas and Egypt.",
    ],
  },
  "appointed-x-as-mediator": {
    fires: [
      { text: "The Colombian government and the ELN held talks in Havana. On Monday President Gustavo Petro appointed Peter Simpson as special mediator.", source: "Peter Simpson", target: "meeting" },
      { text: "Canada Post and the Canadian Union of Postal Workers failed to agree. The minister named William Kaplan as the mediator.", source: "William Kaplan", target: "Canada Post" },
    ],
    silent: [
      // an appointment to another office
      "The Colombian government and the ELN held talks in Havana. On Monday President Gustavo Petro appointed Peter Simpson as ambassador to Cuba.",
      "The minister named William Kaplan, a labour lawyer, to the board.",
    ],
  },
  "joined-as-mediator-by": {
    fires: [
      { text: "Guyana and Venezuela held talks in Argyle. The Prime Minister was joined as co-facilitator by Roosevelt Skerrit, Prime Minister of Dominica.", source: "Roosevelt Skerrit", target: "meeting" },
    ],
    silent: ["Guyana and Venezuela held talks in Argyle. The Prime Minister was joined by Roosevelt Skerrit, Prime Minister of Dominica."],
  },
  "in-presence-of": {
    fires: [
      { text: "The government and the Civic Alliance have been negotiating since February in the presence of the apostolic nuncio, Monsignor Waldemar Sommertag.", source: "Waldemar Sommertag", target: "Civic Alliance" },
      { text: "At the end of the session, Abbas Araghchi and Steve Witkoff spoke directly in the presence of Oman's foreign minister, Badr Albusaidi.", source: "Oman", target: "Iran" },
    ],
    silent: [
      // a signing's witness is as often a party's own leader
      "The accord was signed by R.N. Ravi and Thuingaleng Muivah in the presence of Prime Minister Narendra Modi.",
      // no talks
      "The bishop spoke in the presence of President Daniel Ortega.",
      // an exchange of instruments before both leaders, who held the talks themselves
      "The instruments were exchanged in the presence of Prime Minister Narendra Modi and Prime Minister Sheikh Hasina after the two leaders held talks in Dhaka.",
    ],
  },
  "mediator-appointed-by-who": {
    fires: [
      { text: "The chief mediator, former Kenyan army commander Gen. Lazaro Sumbeiywo, who was appointed by IGAD, witnessed the deal between Sudan and the SPLM.", source: "IGAD", target: "SPLM" },
    ],
    silent: [
      // the hook: the person appointed is no mediator
      "Liberian envoy Jonathan Taylor, who was appointed by ECOWAS, met the LURD rebels.",
      "The commander, who was appointed by Khartoum, attacked the RSF in Darfur.",
    ],
  },
  "mediators-from": {
    fires: [
      { text: "The agreement between Salva Kiir and Riek Machar was drafted by mediators from the East African bloc IGAD.", source: "IGAD", target: "South Sudan" },
      { text: "Facilitators from Norway and Cuba joined the talks between Colombia and the ELN.", source: "Cuba", target: "ELN" },
    ],
    silent: [
      // negotiators are parties, not mediators
      "Negotiators from Israel and Hamas met in Cairo.",
      "The mediator from 2019 to 2021 was never replaced, Israel and Hamas said.",
    ],
  },
  "mediation-includes": {
    fires: [
      { text: "The mediation between Mali and the rebels, led by Algeria, also includes the African Union and the European Union.", source: "European Union", target: "Mali" },
      { text: "Ban thanked the members of the mediation team between Mali and the CMA, among them the African Union and ECOWAS.", source: "ECOWAS", target: "Mali" },
    ],
    silent: [
      // nothing mediating includes them
      "The deal between Israel and Hamas includes Egypt and Qatar as guarantors of the first phase.",
      // the hook: "among them" lists the nearer plural of persons, not the mediation
      "The separatists want talks under international mediation and have demanded the release of their detained leaders, among them Julius Ayuk Tabe.",
      "The talks between Serbia and Kosovo, including the European Union, stalled.",
    ],
  },
  "role-as-mediator": {
    fires: [
      { text: "Former South African president Thabo Mbeki withdrew from his role as mediator between Sudan and South Sudan.", source: "Thabo Mbeki", target: "South Sudan" },
      { text: "Norway, in its capacity as facilitator, met Colombia and the ELN in Havana.", source: "Norway", target: "meeting" },
    ],
    silent: ["Qatar said its role in the region was growing.", "Mikati defended his role as prime minister in the talks with Israel."],
  },
  "played-role-as-mediator": {
    fires: [
      { text: "Oman played a key role as intermediary in the indirect talks between Iran and the United States.", source: "Oman", target: "Iran" },
    ],
    silent: [
      // a role that is no go-between's
      "Egypt played a key role in the region's security.",
      "China played a role as host of the summit.",
      "Monitors from the OSCE are to play a leading role in helping Ukrainian authorities carry out the measures.",
    ],
  },
  "played-mediating-role": {
    fires: [{ text: "Qatar has played a mediating role between Israel and Hamas since the war began.", source: "Qatar", target: "Hamas" }],
    silent: ["Egypt played a leading role in the talks."],
  },
  "thanked-for-efforts-between": {
    fires: [{ text: "We are grateful to Chancellor Angela Merkel for her efforts between Greece and Turkey.", source: "Angela Merkel", target: "Turkey" }],
    // thanks to no one named before "for", and efforts for one side
    silent: ["Greece and Turkey owe much to her efforts between them.", "We thank Chancellor Angela Merkel for her efforts on behalf of Greece."],
  },
  "took-over-mediation": {
    fires: [{ text: "Martin Kobler, who took over the mediation between the Libyan rivals last month, met the House of Representatives and the General National Congress.", source: "Martin Kobler", target: "Libya" }],
    silent: ["Hamas took over the negotiations with Israel after the strike.", "Kobler took over the UN mission in Libya."],
  },
  "thanked-for-mediation": {
    fires: [
      { text: "A ceasefire between Israel and Islamic Jihad took effect. US President Joe Biden thanked Egypt and Qatar for their mediation.", source: "Qatar", target: "Israel" },
      { text: "Libya's two chambers agreed a deal. The Council commended the United Nations Support Mission in Libya for facilitating the consultations between them.", source: "UNSMIL", target: "Libya" },
    ],
    silent: [
      // the hook: no verb of thanks before them
      "A ceasefire between Israel and Islamic Jihad took effect. Critics blamed Egypt and Qatar for their mediation.",
      "Libya's two chambers agreed a deal. Critics blamed the United Nations Support Mission in Libya for facilitating the consultations between them.",
    ],
  },
  "mediators-list": {
    fires: [
      // a counted plural title between the listed persons
      { text: "Venezuela's government and the opposition met in Caracas. The facilitators: Monsignor Claudio Maria Celli, plus three former heads of government, José Luis Rodríguez Zapatero, Leonel Fernández and Martín Torrijos.", source: "Leonel Fernández", target: "meeting" },
      { text: "The mediators, Qatar, Egypt and the United States, presented a new proposal to Israel and Hamas.", source: "Egypt", target: "Hamas" },
      { text: "The mediators — Qatar, Egypt and the United States — met Israel and Hamas.", source: "Qatar", target: "Israel" },
      // items set off by semicolons, each with its title or description
      { text: "Talks between Israel and Hamas resumed. Egypt named three mediators: General Hassan Rashad, the intelligence chief; the diplomat Ahmed Aboul Gheit; and the lawyer Sameh Ashour, who has advised both sides.", source: "Sameh Ashour", target: "Hamas" },
      { text: "The negotiations between Venezuela's government and the opposition are backed by guarantor countries Norway, Mexico and the Netherlands.", source: "Norway", target: "Venezuela" },
    ],
    silent: [
      // the mediators as a source: the clause's subject is no mediator
      "Lieutenant-Colonel Paul-Henri Sandaogo Damiba agreed to resign. According to the mediators, Damiba set seven conditions for stepping aside.",
      // chairs each side nominated speak for it
      "The Special Envoy opened the session with its two Co-Chairs, Mr. Ahmad Kuzbari, nominated by the Government, and Mr. Hadi al-Bahra, nominated by the Syrian Negotiations Commission.",
      // the chairs of one side's committee lead that side
      "The health secretary opened negotiations with the doctors' committee's co-chairs, Robert Laurenson and Vivek Trivedi, in London.",
      "Wes Streeting met the co-chairs of the British Medical Association's junior doctors committee, Robert Laurenson and Vivek Trivedi.",
      // strictObject: descriptive words before the actor end the list
      "The mediators, including the Gulf state of Qatar, met Israel and Hamas.",
      "The mediators, who met in Cairo, gave Israel and Hamas a week to respond.",
      // the side an intermediary deals with is no mediator
      "Abu Sayyaf freed the crew. Kivlan Zen acted as an intermediary with the captors.",
      // the actor after the comma is the speaker, no list of the intermediaries
      "Boko Haram returned the girls after contacts conducted through intermediaries, Nigeria's information minister said.",
      // the chairs of a party the sentence before named lead it
      "The pro-Kurdish DEM Party met Abdullah Ocalan in Imrali. Its co-chairs, Tulay Hatimogullari and Tuncer Bakirhan, want legal changes.",
      // a body's name before the title: its officer
      "The coalition talks in Bucharest ended. AUR co-chairman George Simion demanded early elections.",
    ],
  },
};
