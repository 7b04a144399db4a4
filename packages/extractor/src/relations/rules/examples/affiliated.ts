// Examples of the affiliated rules (see ./index.ts).
import type { RuleExamples } from "../../model.js";

export const AFFILIATED_EXAMPLES: Record<string, RuleExamples> = {
  "shared-title": {
    fires: [
      { text: "The foreign ministers of Qatar and Egypt, Mohammed bin Abdulrahman Al Thani and Sameh Shoukry, met in Cairo.", source: "Sameh Shoukry", target: "Egypt" },
      { text: "The foreign ministers of Qatar and Egypt, Mohammed bin Abdulrahman Al Thani and Sameh Shoukry, met in Cairo.", source: "Mohammed bin Abdulrahman Al Thani", target: "Qatar" },
    ],
    silent: [
      // one singular title: no list of titles to share out
      "The foreign minister of Egypt, Sameh Shoukry, met Qatar's prime minister in Cairo.",
    ],
  },
  "org-of": {
    fires: [
      {
        text: "The Khartoum deal was signed by the Popular Front for the Renaissance of the Central African Republic (FPRC) of Noureddine Adam.",
        source: "Noureddine Adam",
        target: "Popular Front for the Renaissance of the Central African Republic",
      },
    ],
    silent: [
      // "the government of X": a ruler, not a group's leader
      "The government of Abiy Ahmed signed the deal with the TPLF.",
    ],
  },
  "title-of-state": {
    fires: [
      // defect: the name is validated by this rule, but reading the title phrase before the name
      // (describePerson) already gives the state under "title-before", so "title-of-state" is never set
      { text: "The President of Eritrea Isaias Afwerki met Ethiopia's prime minister in Asmara.", source: "Isaias Afwerki", target: "Eritrea" },
    ],
    silent: [
      "Eritrea's President Isaias Afwerki met Ethiopia's prime minister in Asmara.",
    ],
  },
  "title-frame": {
    fires: [
      {
        text: "In Serbia, where the deal was widely criticised, Defence Minister Bratislav Gasic called it a betrayal.",
        source: "Bratislav Gasic",
        target: "Serbia",
      },
    ],
    silent: [
      // no "In <state>," opening the sentence
      "Saudi Arabia and Israel were close to a deal, Defence Minister Bratislav Gasic said.",
      // an opposition leader speaks for a party, not the state
      "In Serbia, where the deal was widely criticised, opposition leader Dragan Djilas called it a betrayal.",
      "Israel's opposition leader Yair Lapid called the deal with Saudi Arabia a failure.",
    ],
  },
  "title-article": {
    fires: [
      {
        text: "Indonesia and the rebels signed the deal in Helsinki. Indonesia hopes the deal will hold. The army in Indonesia will withdraw. Aid will reach Aceh. Vice President Jusuf Kalla praised the accord.",
        source: "Jusuf Kalla",
        target: "Indonesia",
      },
      {
        // a presidential office: the state of the article's president, over a state named just before
        text: "Nigeria freed 82 girls. Nigeria said Boko Haram freed them. President Muhammadu Buhari received them in Nigeria. Some had been held in Cameroon. In a statement, presidential spokesman Garba Shehu said the talks went on.",
        source: "Garba Shehu",
        target: "Nigeria",
      },
      {
        // a state named two sentences before is out of reach
        text: "Pakistan banned the TLP in April. Pakistan said the ban would stay. Pakistan's courts upheld it. The TLP demanded that France's ambassador be expelled. The marchers reached Muridke. Interior Minister Rashid Ahmed said the talks would continue.",
        source: "Rashid Ahmed",
        target: "Pakistan",
      },
      {
        // a state that qualifies another person's title in the sentence is that person's, no rival
        text: "Malaysia reached a deal with the rebels. Malaysia will send a team. Malaysia's experts are ready. The rebels hold the site. Transport Minister Liow Tiong Lai met Ukrainian Prime Minister Arseniy Yatsenyuk on Tuesday.",
        source: "Liow Tiong Lai",
        target: "Malaysia",
      },
    ],
    silent: [
      // a title of a body no reading took ("the Chamber's"), not of the state
      "The United States signed the deal. The United States will buy more. The United States welcomed it. The Chamber of Trade cheered. Myron Brilliant, the Chamber's executive vice president, urged both governments to go further.",
      // another state named in reach of the title
      "Indonesia and the rebels signed the deal in Helsinki. Indonesia hopes the deal will hold. The army in Indonesia will withdraw. Aid will reach Aceh. Vice President Jusuf Kalla praised the accord in Finland.",
      // the state the article is about is the counterpart's, not the title holder's
      "Mali and the rebels signed the deal in Algiers. Mali hopes the deal will hold. The army in Mali will withdraw. Aid will reach Kidal. The rebels made no comment. Foreign Minister Ousmane Kane met his Malian counterpart, Moussa Traore, in Dakar.",
    ],
  },
  "title-shared": {
    fires: [
      // a body's title, then another office after "and" with no body of its own
      { text: "The players met on Wednesday. National Basketball Players Association president Chris Paul and executive director Michele Roberts led the session.", source: "Michele Roberts", target: "National Basketball Players Association" },
      {
        text: "Trinidad and Tobago signed the licence. Energy Minister Stuart Young signed it in Caracas with Venezuela's Vice-President Delcy Rodriguez and Oil Minister Pedro Tellechea.",
        source: "Pedro Tellechea",
        target: "Venezuela",
      },
    ],
    silent: [
      // a head of state after "and" is more often another state's
      "Jordan and Egypt agreed. Egypt's President Abdel Fattah al-Sisi and King Hussein Talal met in Cairo.",
      // a state-level title after "and" is no office of the body before
      "The talks ended. Hamas leader Ismail Haniyeh and Prime Minister Jane Doe spoke on Monday.",
      // the first person of a "between" list and the next after "and" are the two sides
      "The deal was signed. It followed talks between Indonesia's Law Minister Yusril Ihza Mahendra and Home Affairs Minister Tony Burke.",
    ],
  },
  "title-counterpart": {
    fires: [
      { text: "India and China agreed to pull back. A week earlier Defence Minister Rajnath Singh held talks with his Chinese counterpart, Wei Fenghe, in Moscow.", source: "Rajnath Singh", target: "India" },
    ],
    silent: [
      // three states in reach: the counterpart's leaves two
      "India, Pakistan and China agreed to pull back. A week earlier Defence Minister Rajnath Singh held talks with his Chinese counterpart, Wei Fenghe, in Moscow.",
    ],
  },
  "party-tag": {
    fires: [
      { text: "Senate Majority Leader Harry Reid (D-Nev.) announced an agreement on Wednesday.", source: "Harry Reid", target: "Democratic Party" },
      { text: "The deal was backed by Sen. Mitch McConnell (R-Ky.), who had met the White House.", source: "Mitch McConnell", target: "Republican Party" },
      // a party's name or acronym alone in brackets, after a plain name or a known leader's
      { text: "The two negotiators, Jan Peeters (Open VLD) and Paul Magnette, met the King.", source: "Jan Peeters", target: "Open Vld" },
      { text: "Olaf Scholz (SPD) said the coalition would hold.", source: "Olaf Scholz", target: "Social Democratic Party of Germany" },
      // a state alone in brackets, as United Nations copy tags a delegate
      { text: "The treaty was adopted. The Conference President, Peter Woolcott (Australia), brokered the compromise text.", source: "Peter Woolcott", target: "Australia" },
    ],
    silent: [
      // a bracketed note that is no party's tag
      "Senate Majority Leader Harry Reid (pictured) announced an agreement on Wednesday.",
    ],
  },
  "title-dateline": {
    fires: [
      { text: "VANCOUVER, July 13 (Reuters) - Dock workers reached a deal on Thursday. Labour Minister Seamus O'Regan welcomed it.", source: "Seamus O'Regan", target: "Canada" },
    ],
    silent: [
      // a state in reach of the title: the dateline is only the place of the news
      "VANCOUVER, July 13 (Reuters) - Dock workers in Mexico reached a deal on Thursday. Labour Minister Seamus O'Regan welcomed it.",
    ],
  },
  "title-context": {
    fires: [
      // a state after the title that qualifies another person's title is no rival
      { text: "Malaysia signed the memorandum. Human Resources Minister M. Saravanan spoke first, while Indonesia was represented by its Manpower Minister Ida Fauziyah.", source: "M. Saravanan", target: "Malaysia" },
      { text: "Protests spread across Thailand on Sunday. King Vajiralongkorn has not commented.", source: "King Vajiralongkorn", target: "Thailand" },
      { text: "Talks resumed in Israel. Prime Minister Yitzhak Rabin and his adviser, Yossi Beilin, backed the channel.", source: "Yitzhak Rabin", target: "Israel" },      {
        // "the government" long after "the Swiss government": the state the article is about, not Switzerland
        text: "Nigeria freed the girls in a deal brokered by the Swiss government. Nigeria said more would follow. Nigeria thanked the mediators. Boko Haram made no comment. The government said talks went on. Information Minister Lai Mohammed said the talks were continuing.",
        source: "Lai Mohammed",
        target: "Nigeria",
      },
    ],
    silent: [
      // two states in reach: the title is ambiguous
      "Protests spread across Thailand and Cambodia on Sunday. King Vajiralongkorn has not commented.",
      // the one state in reach qualifies the title of the other side of a "between"
      "The deal was signed. It followed weeks of negotiations between Indonesia's Coordinating Minister for Law, Human Rights, Immigration and Corrections, Yusril Ihza Mahendra, and Home Affairs Minister Tony Burke.",
      // the one state in reach is the counterpart's
      "The talks on Mali resumed on Sunday. Foreign Minister Ousmane Kane met his Malian counterpart, Moussa Traore, in Dakar.",
    ],
  },
  "organ-state": {
    fires: [
      { text: "Sudan's army chief Abdel Fattah al-Burhan on Sunday signed a deal with the civilians.", source: "Abdel Fattah al-Burhan", target: "Sudan" },
    ],
    silent: [
      // a ministry's people are read by the title rules; a party's leader speaks for the party
      "Egypt's foreign ministry spokesman Ahmed Abu Zeid said the talks would resume.",
      "Likud leader Benjamin Netanyahu said the talks would resume.",
    ],
  },
  "known-leader": {
    fires: [
      { text: "Volodymyr Zelensky has postponed a visit to Saudi Arabia.", source: "Volodymyr Zelensky", target: "Ukraine" },
      { text: "Russia and the United States met in Riyadh. Sergei Lavrov said the talks had been useful.", source: "Sergei Lavrov", target: "Russia" },
    ],
    silent: [
      // a titled leader takes title-leader; an unknown person takes nothing
      "President Vladimir Putin met Saudi officials in Moscow.",
      "Olga Petrenko said the talks had been useful.",
    ],
  },
  "title-leader": {
    fires: [
      { text: "President Vladimir Putin said Russia and Ukraine were far apart.", source: "Vladimir Putin", target: "Russia" },
      { text: "Saudi Arabia and Israel were close to a deal, opposition leader Yair Lapid said.", source: "Yair Lapid", target: "Israel" },
      // a titled surname of one known leader
      { text: "Russia and Ukraine were far apart, President Trump said.", source: "Trump", target: "United States" },
    ],
    silent: [
      // a known leader named without a title
      "Vladimir Putin said Russia and Ukraine were far apart.",
    ],
  },
  "side-named": {
    fires: [
      {
        text: "Sri Lanka and India agreed on a hotline. The talks were held between Foreign Minister Mangala Samaraweera and Fisheries Minister Mahinda Amaraweera on the Sri Lankan side, and External Affairs Minister Sushma Swaraj on the Indian side.",
        source: "Mahinda Amaraweera",
        target: "Sri Lanka",
      },
    ],
    silent: [
      // a place, not a side
      "Sri Lanka and India agreed on a hotline. Fisheries Minister Mahinda Amaraweera spoke on the Indian coast.",
    ],
  },
  "office-taken": {
    fires: [
      { text: "Protests ended in Kathmandu. Former Chief Justice Sushila Karki has been sworn in as Nepal's first woman prime minister.", source: "Sushila Karki", target: "Nepal" },
      { text: "The vote was close. Kwame Asante was elected president of Ghana in December.", source: "Kwame Asante", target: "Ghana" },
    ],
    silent: [
      // no office taken: a state after "as" alone, or a verb that takes none
      "The vote was close. Jane Doe was elected in Ghana in December.",
      "The vote was close. Jane Doe became Ghana's best-known activist.",
    ],
  },
  "on-behalf-of": {
    fires: [
      // speaking or acting for a body
      { text: "Basem Naim, speaking for Hamas, said the talks would go on.", source: "Basem Naim", target: "Hamas" },
      { text: "Sidi Brahim Ould Sidati signed the agreement on behalf of the CMA in Bamako.", source: "Sidi Brahim Ould Sidati", target: "Coordination of Azawad Movements" },
      { text: "Martin Kobler represented the United Nations at the ceremony in Skhirat.", source: "Martin Kobler", target: "United Nations" },
      // "signed for the Crown": a Commonwealth realm's government in a story about it
      { text: "New Zealand and Whanganui Iwi settled the claim in New Zealand. Treaty Negotiations Minister Chris Finlayson signed for the Crown.", source: "Chris Finlayson", target: "New Zealand" },
    ],
    silent: [
      // another clause, or a person, between the name and the phrase
      "Pagan Amum spoke, and Mali signed on behalf of the CMA.",
      "Ruth Okafor criticised the deal that Norway signed on behalf of the ELN.",
    ],
  },
  "aide-to": {
    fires: [
      // no article before the title, as press copy writes it
      { text: "The deal was announced by Kim Kwan-jin, national security adviser to President Park Geun-hye.", source: "Kim Kwan-jin", target: "South Korea" },
      { text: "The terms were hammered out by Amos Hochstein, a senior adviser to President Joe Biden, who traveled to Beirut.", source: "Amos Hochstein", target: "United States" },
      { text: "Ron Dermer, a close confidant of Benjamin Netanyahu, met the envoy in Washington.", source: "Ron Dermer", target: "Israel" },
    ],
    silent: [
      // the role serves a body, not a person: no principal to take an affiliation from
      "Amos Hochstein, an adviser to the White House on energy, flew to Beirut.",
    ],
  },
  "possessive-title": {
    fires: [
      { text: "Brett McGurk, President Joe Biden's Middle East coordinator, joined the talks between Israel and Hamas in Doha.", source: "Brett McGurk", target: "United States" },
      { text: "Russia sent Sergei Lavrov. Yuri Ushakov, Vladimir Putin's foreign policy aide, said the talks were useful.", source: "Yuri Ushakov", target: "Russia" },
      { text: "President Vladimir Putin and his aide, Yuri Ushakov, met the American delegation in Moscow.", source: "Yuri Ushakov", target: "Russia" },
      // the possessive title right before the name
      { text: "Donald Trump's envoy Steve Witkoff headed the American team.", source: "Steve Witkoff", target: "United States" },
      { text: "Talks resumed in Israel. Prime Minister Yitzhak Rabin and his adviser, Yossi Beilin, backed the channel.", source: "Yossi Beilin", target: "Israel" },
      // "her" opening a sentence: the subject of the sentence before
      { text: "The DUP leader, Arlene Foster, has pressed Boris Johnson to rule out a border. Her deputy, Nigel Dodds, insisted on Thursday.", source: "Nigel Dodds", target: "Democratic Unionist Party" },
    ],
    silent: [
      // no "his" or "her" standing for the person before
      "President Vladimir Putin met the American delegation with an aide, Yuri Ushakov, in Moscow.",
      // "his counterpart" is the other side's
      "Stephen Biegun, the State Department's special representative, held talks with his new counterpart, Kim Hyok Chol, in Pyongyang.",
    ],
  },
  "same-title": {
    fires: [
      { text: "The UN Secretary-General praised the truce. Secretary-General Ban Ki-moon said UN monitors were ready.", source: "Ban Ki-moon", target: "United Nations" },
    ],
    silent: [
      // the same title held in two organisations: ambiguous
      "The UN Secretary-General and the NATO Secretary-General praised the truce. Secretary-General Ban Ki-moon said UN monitors were ready.",
      // a candidate's title: every party in the race has one
      "Renamo's presidential candidate Afonso Dhlakama agreed to the truce. Presidential candidate Daviz Simango said the deal came late.",
    ],
  },
  list: {
    fires: [
      {
        text: "Three commanders of the FARC — Ivan Marquez, Pablo Catatumbo and Jesus Santrich — led the rebel delegation.",
        source: "Pablo Catatumbo",
        target: "FARC",
      },
    ],
    silent: [
      // no affiliation before the list
      "Ivan Marquez, Pablo Catatumbo and Jesus Santrich led the rebel delegation.",
    ],
  },
  "title-region": {
    fires: [{ text: "The State of Michigan has agreed to pay $600 million, Attorney General Dana Nessel and Gov. Gretchen Whitmer announced Thursday.", source: "Gretchen Whitmer", target: "Michigan" }],
    silent: [
      // no region acts in the story
      "Gov. Gretchen Whitmer met the union's leaders in Lansing.",
      // a former governor holds no office
      "The State of Michigan agreed to pay, said former Gov. Rick Snyder.",
    ],
  },
  "title-state": {
    fires: [
      { text: "Energy Secretary Jennifer Granholm met the Saudi delegation.", source: "Jennifer Granholm", target: "United States" },
      // datelined in a state whose cabinet has department secretaries too: that state's
      { text: "MANILA, Sept. 13 -- Defense Secretary Voltaire Gazmin agreed to a truce with the rebels.", source: "Voltaire Gazmin", target: "Philippines" },
      // (but the Secretary of State is the US's wherever the dateline)
      { text: "MANILA, Sept. 13 -- Secretary of State John Kerry arrived for talks.", source: "John Kerry", target: "United States" },
    ],
    silent: [
      // a minister's title names no state
      "Energy Minister Prince Abdulaziz bin Salman met the American delegation.",
      // a shadow minister speaks for the opposition, not the state
      "Labour's shadow health secretary, Wes Streeting, pressed the Prime Minister to get involved.",
      // the state is named before the title
      "Britain's Foreign Secretary David Lammy met the Saudi delegation.",
    ],
  },
  "title-before": {
    fires: [
      // a region's minister or secretary, after the region's possessive or its bare name
      { text: "The deal ended the row. Scotland's Fisheries Secretary, Richard Lochhead, said the outcome was a relief.", source: "Richard Lochhead", target: "Scotland" },
      { text: "Police withdrew from the dam. Andhra Pradesh Water Resources Minister Ambati Rambabu defended the operation.", source: "Ambati Rambabu", target: "Andhra Pradesh" },
      // the region's government the story names, for the region its head's title names
      { text: "Exports resumed. Kurdistan Region Prime Minister Masrour Barzani signed the deal. The Kurdistan Regional Government (KRG) will manage the account.", source: "Masrour Barzani", target: "Kurdistan Regional Government" },
      // a state in free association with New Zealand
      { text: "Funding was paused. Cook Islands Prime Minister Mark Brown said he had not been consulted.", source: "Mark Brown", target: "Cook Islands" },
      // a capital's name as the surname after a given name and a title
      { text: "Spain took the ship. Malta's Prime Minister Joseph Muscat refused to let it dock.", source: "Joseph Muscat", target: "Malta" },
      // a portfolio's last word the title list lacks ("Sports Development")
      { text: "The team flew home. Nigeria's Minister of Sports Development, John Owan Enoh, said he had spoken to Libya.", source: "John Owan Enoh", target: "Nigeria" },
      { text: "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leaders in Doha.", source: "Mohammed bin Abdulrahman Al Thani", target: "Qatar" },
      // a region before "counterpart" is the other head's ("his Assam counterpart")
      { text: "Meghalaya Chief Minister Conrad Sangma and his Assam counterpart Himanta Biswa Sarma signed the memorandum in New Delhi.", source: "Himanta Biswa Sarma", target: "Assam" },
      { text: "Hamas official Basem Naim said the group had accepted the proposal.", source: "Basem Naim", target: "Hamas" },
      // a body's head noun stands for it, before a role and before a possessive ("the Brotherhood's")
      { text: "The Muslim Brotherhood rejected the plan. Brotherhood spokesman Gehad el-Haddad said the sit-ins would go on.", source: "Gehad el-Haddad", target: "Muslim Brotherhood" },
      { text: "The Muslim Brotherhood rejected the plan. The envoys visited the Brotherhood's jailed deputy leader, Khairat el-Shater, in prison.", source: "Khairat el-Shater", target: "Muslim Brotherhood" },
      // "the council's" is the council named, not a name that opened with a quantity ("Thousands of ...")
      { text: "Thousands of Glasgow City Council workers marched. Last week the council's chief executive, Annemarie O'Donnell, wrote to both unions.", source: "Annemarie O'Donnell", target: "Glasgow City Council" },
      // the place an envoy is for is not the envoy's state
      { text: "US special representative for Venezuela Elliott Abrams said the agreement was welcome.", source: "Elliott Abrams", target: "United States" },
      // "its" in a clause of its own: the clause's subject ("while Indonesia was represented by its ...")
      { text: "Malaysia was represented by Human Resources Minister M. Saravanan, while Indonesia was represented by its Manpower Minister Ida Fauziyah.", source: "Ida Fauziyah", target: "Indonesia" },
      // a party's candidate
      { text: "Frelimo's presidential candidate Filipe Nyusi welcomed the deal.", source: "Filipe Nyusi", target: "Frelimo" },
      // the actor right before the title, not a possessive further back
      { text: "Berri negotiated on Hezbollah's behalf with U.S. envoy Amos Hochstein.", source: "Amos Hochstein", target: "United States" },
      // a lower-case portfolio between the actor and the title
      { text: "EU justice commissioner Didier Reynders wrote to the Spanish government.", source: "Didier Reynders", target: "European Union" },
      // a body's head noun before a role stands for the body named with it ("coalition spokesman")
      { text: "The Syrian National Coalition walked out. \"We came to negotiate,\" coalition spokesman Louay Safi said.", source: "Louay Safi", target: "Syrian National Coalition" },
      { text: "The agreement was signed by the DUP chief whip Jeffrey Donaldson in London.", source: "Jeffrey Donaldson", target: "Democratic Unionist Party" },
      // a chamber's word between the party and its title
      { text: "German coalition talks collapsed in Germany. Green parliamentary leader Katrin Göring-Eckardt called on the FDP to return.", source: "Katrin Göring-Eckardt", target: "Alliance 90/The Greens" },
    ],
    silent: [
      // the title follows the name
      "Mohammed bin Abdulrahman Al Thani, Qatar's prime minister, met Hamas leaders in Doha.",
    ],
  },
  "org-before": {
    fires: [
      { text: "Venezuela's Jorge Rodriguez met the opposition's negotiators in Mexico City.", source: "Jorge Rodriguez", target: "Venezuela" },
      { text: "South Sudan's Salva Kiir met the holdout groups in Nairobi.", source: "Salva Kiir", target: "South Sudan" },
      { text: "The deal was signed by Israel's Yitzhak Rabin and the PLO's Yasser Arafat.", source: "Yitzhak Rabin", target: "Israel" },
    ],
    silent: [
      // with a title between, the rule is title-before
      "Hamas official Basem Naim said the group had accepted the proposal.",
    ],
  },
  "led-by": {
    fires: [
      { text: "The Sudanese government delegation was led by Defence Minister Yassin Ibrahim.", source: "Yassin Ibrahim", target: "Sudan" },
      { text: "The Taliban, led by Hibatullah Akhundzada, met Pakistan in Kabul.", source: "Hibatullah Akhundzada", target: "Taliban" },
      { text: "The opposition Syrian National Coalition, whose delegation is led by Hadi al-Bahra, has insisted on a transition.", source: "Hadi al-Bahra", target: "Syrian National Coalition" },
      // over a title appositive and the honorific after its comma
      { text: "The Sri Lankan delegation was led by the State Minister of Finance, Mr Shehan Semasinghe.", source: "Shehan Semasinghe", target: "Sri Lanka" },
      // the team's kind between the state and the noun
      { text: "The Norwegian facilitation team is led by Special Envoy Dag Nylander.", source: "Dag Nylander", target: "Norway" },
      // "its delegation": the body the sentence's subject is
      { text: "Hamas said its delegation, headed by Khalil al-Hayya, had held talks.", source: "Khalil al-Hayya", target: "Hamas" },
      // the person, then the side's delegation he led
      { text: "Foreign Minister Tandi Dorji led the Bhutanese delegation.", source: "Tandi Dorji", target: "Bhutan" },
    ],
    silent: [
      // the led delegation names no state or organisation (in a story that names none: "the government"
      // of a story that names Sudan is Sudan's)
      "The government delegation was led by Interior Minister Kamal Hassan, officials said.",
      // a passive names what was led right before it: talks held in a state's capital are not the state's
      "The talks, held in the Swedish capital, were led by Junichi Ihara.",
      // the talks between two sides are led, not their last side
      "The deal followed separate talks between Canberra and Port Moresby led by Pacific Minister Pat Conroy.",
    ],
  },
  "for-actor": {
    fires: [
      {
        text: "The two heads of delegation, Miriam Coronel-Ferrer for the government and Mohagher Iqbal for the MILF, signed the annex.",
        source: "Mohagher Iqbal",
        target: "Moro Islamic Liberation Front",
      },
    ],
    silent: [
      // "for" followed by no actor
      "Mohagher Iqbal spoke for two hours about the MILF's demands.",
    ],
  },
  "of-actor": {
    fires: [
      { text: "The Palestinian delegation included Fatah official Azzam al-Ahmad and Khalil al-Hayya of Hamas.", source: "Khalil al-Hayya", target: "Hamas" },
    ],
    silent: [
      // "of" followed by a place, not a group
      "Ziad Nakhaleh, of Gaza City, said Islamic Jihad accepted the truce.",
    ],
  },
  possessor: {
    fires: [
      { text: "Khalifa Haftar's Libyan National Army agreed to the UN-brokered truce in Geneva.", source: "Khalifa Haftar", target: "Libyan National Army" },
    ],
    silent: [
      // the possessed noun is no organisation
      "Khalifa Haftar's forces rejected the ceasefire.",
    ],
  },
  "whose-role": {
    fires: [
      { text: "Italy formed a government. The centre-left Democratic party, whose acting leader, Maurizio Martina, said it would lead the opposition, will vote against.", source: "Maurizio Martina", target: "Democratic Party" },
    ],
    silent: [
      // a role the clause gives to no named person
      "Italy formed a government. The centre-left Democratic party, whose acting leader said it would lead the opposition, will vote against Maurizio Martina.",
    ],
  },
  "whose-party": {
    fires: [
      { text: "ROME (Reuters) - Italy's president met party leaders. Matteo Salvini, whose League pulled out of the coalition, asked for early elections.", source: "Matteo Salvini", target: "Northern League" },
      // a state's officeholder: the party besides the state
      { text: "Sweden voted. Prime Minister Magdalena Andersson, whose Social Democrats remain the largest party, conceded.", source: "Magdalena Andersson", target: "Swedish Social Democratic Party" },
    ],
    silent: [
      // a body that is no party
      "Sweden voted. Prime Minister Magdalena Andersson, whose Foreign Ministry issued the statement, conceded.",
    ],
  },
  "party-appositive": {
    fires: [
      { text: "CHISINAU - Moldova's parliament voted. Moldova's President Igor Dodon, a Socialist, said so. The Socialist Party agreed.", source: "Igor Dodon", target: "Socialist Party" },
    ],
    silent: [
      // an adjective of politics the article names no party by
      "CHISINAU - Moldova's parliament voted. Moldova's President Igor Dodon, a socialist, said so. The Socialist Party agreed.",
    ],
  },
  "who-leads": {
    fires: [
      { text: "Gerardo Blyde, who leads the opposition's negotiating team for the Unitary Platform, met Venezuela's Jorge Rodriguez in Mexico City.", source: "Gerardo Blyde", target: "Unitary Platform" },
      // a state's officeholder who also chairs a body speaks for both
      { text: "Senegal's President Macky Sall, who chairs the Economic Community of West African States (ECOWAS), presented the draft.", source: "Macky Sall", target: "ECOWAS" },
    ],
    silent: [
      // "who met", not "who leads"
      "Gerardo Blyde, who met the Unitary Platform's leaders, praised the talks with Venezuela.",
    ],
  },
  appositive: {
    fires: [
      { text: "Getachew Reda, a TPLF spokesman, said the Tigrayan side would honour the truce.", source: "Getachew Reda", target: "Tigray People's Liberation Front" },
      { text: "Mohammed bin Abdulrahman Al Thani, Qatar's prime minister, met Hamas leaders in Doha.", source: "Mohammed bin Abdulrahman Al Thani", target: "Qatar" },
      // "its": the body the sentence before is about, not the last one named
      { text: "Mossad chief David Barnea flew to Paris. Hamas insisted on an end to the war. Ismail Haniyeh, the head of its political bureau, said the group had the proposal.", source: "Ismail Haniyeh", target: "Hamas" },
      // the body a possessor's noun names, not the possessor
      { text: "Abu Obeida, spokesman of Hamas's armed wing Qassam Brigades, said the hostages were alive.", source: "Abu Obeida", target: "Qassam Brigades" },
    ],
    silent: [
      // the appositive names no title
      "Getachew Reda, speaking in Pretoria, said the Tigrayan side would honour the truce.",
      // an ally of a body is none of its people
      "Speaker Nabih Berri, a Hezbollah ally, said the extension must not become an occupation.",
    ],
  },
  "appositive-description": {
    fires: [
      {
        text: "Hamas rejected the plan. Taher al-Nono, a senior official of the Islamist movement, said talks were at zero.",
        source: "Taher al-Nono",
        target: "Hamas",
      },
    ],
    silent: [
      // no armed group or political movement named before
      "Taher al-Nono, a senior official of the Islamist movement, said talks were at zero.",
    ],
  },
};
