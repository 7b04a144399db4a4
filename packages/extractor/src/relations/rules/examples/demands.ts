// Examples of the demands rules (see ./index.ts).
import type { RuleExamples } from "../../model.js";

export const DEMANDS_EXAMPLES: Record<string, RuleExamples> = {
  "seek-for": {
    fires: [
      { text: "Hamas wants a permanent ceasefire and the withdrawal of Israeli forces from Gaza.", source: "Hamas", target: "Israel Defense Forces" },
      { text: "The ELN seeks guarantees from Colombia before any new round.", source: "ELN", target: "Colombia" },
      { text: "The United Auto Workers is seeking restoration of pensions from General Motors.", source: "United Auto Workers", target: "General Motors" },
    ],
    silent: [
      // requiresAfter: what is wanted is no release, withdrawal, ceasefire or guarantee
      "Hamas wants to stay in power in Gaza, Israel says.",
      "Kosovo seeks closer ties with the European Union, Serbia noted.",
    ],
  },
  "demand-verb": {
    fires: [
      { text: "Hamas demands that Israel withdraw from Gaza.", source: "Hamas", target: "Israel" },
      { text: "The ELN demands a bilateral ceasefire from Colombia.", source: "ELN", target: "Colombia" },
    ],
    silent: [
      // notAfter: "the demands" is a noun, not the verb
      "Israel rejected the demands of Hamas in Cairo.",
      "Colombia said it would study any demands the ELN tabled in Caracas.",
    ],
  },
  "demanded-verb": {
    fires: [
      // "Their delegations" after a sentence that opens with a list: that list's people
      { text: "Eritrea was readmitted to the bloc. Kenya and Uganda led the opposition. Their negotiators demanded that Eritrea first sign the treaty.", source: "Uganda", target: "Eritrea" },
      // "it" after the demand's "that": the body told before, not the demander
      { text: "FIFA told the Football Federation Australia in 2017 that its statutes did not meet FIFA's standards and demanded that it broaden the congress.", source: "FIFA", target: "Football Australia" },
      // a region whose government acts elsewhere in the article acts where its bare name stands
      { text: "India's home ministry said so. The Assam government said so. Later Mizoram Chief Minister Zoramthanga demanded that Assam withdraw its police.", source: "Zoramthanga", target: "Assam" },
      // the clause's subjects, listed: each is an addressee
      { text: "Fiji's trade minister Faiyaz Koya demanded that Australia and New Zealand allow the islands to keep higher tariffs.", source: "Faiyaz Koya", target: "New Zealand" },
      // "the workers": the people the one union named speaks for, who stand for it
      { text: "The Aircraft Mechanics Fraternal Association went on strike against WestJet. The workers demanded higher wages from WestJet.", source: "Aircraft Mechanics Fraternal Association", target: "WestJet" },
      // the demander's own side acts in the that-clause: no addressee, and what it keeps is no party
      { text: "Free Patriotic Movement leader MP Michel Aoun had demanded that his bloc keep the Energy Ministry.", source: "Michel Aoun", target: "example" },
      // a document's words are the words of whoever put it out ("adopted a resolution demanding")
      { text: "The Security Council adopted a resolution demanding that Israel halt the offensive.", source: "UN Security Council", target: "Israel" },
      // one named among many: ", including X," after an unnamed plural
      { text: "Farmers' groups, including the Korean Peasants League, had demanded that Japan keep rice out of the talks.", source: "Korean Peasants League", target: "Japan" },
      { text: "The ELN demanded that Colombia release its jailed commanders.", source: "ELN", target: "Colombia" },
      // a participle's phrase set off by commas after the subject describes it
      { text: "Sadyr Japarov, addressing thousands of supporters on the square, demanded that President Sooronbay Jeenbekov step down.", source: "Sadyr Japarov", target: "Sooronbay Jeenbekov" },
      { text: "Ukraine demanded the return of its deported children from Russia.", source: "Ukraine", target: "Russia" },
      // a that-clause about the demander itself names no addressee: the demand is written to the article
      { text: "Cuba released prisoners after talks with the Holy See. Cuba has repeatedly demanded that it be removed from the list.", source: "Cuba", target: "example" },
      // the subject opens the sentence, a relative clause with appositives of its own runs to the verb
      { text: "Turkey, which regards the People's Protection Units (YPG), the backbone of the SDF, as an offshoot of the PKK, has demanded that the YPG lay down its arms.", source: "Turkey", target: "YPG" },
    ],
    silent: [
      // a negation leaves no subject; a participle after a noun has none
      "Hamas has never demanded that Egypt open the Rafah crossing.",
      "The withdrawal demanded by Hamas was rejected by Israel.",
    ],
  },
  "insisted-then-that": {
    fires: [
      // "from the start": since when the demand has stood
      { text: "Ethiopia sought a deal. Egypt insisted from the start that Ethiopia stop filling the dam.", source: "Egypt", target: "Ethiopia" },
      // a place with no article between the verb and its that-clause
      { text: "Morocco insisted in Geneva that Algeria take part as a full party.", source: "Morocco", target: "Algeria" },
      { text: "China had insisted before the meeting that the United States cancel its tariffs.", source: "China", target: "United States" },
      { text: "Israel insisted during the talks that Hamas release every hostage.", source: "Israel", target: "Hamas" },
    ],
    silent: [
      "Israel insisted during the talks on a phased withdrawal.",
      "The ministry insisted before the meeting that it was ready.",
      // the hook: a fact insisted on
      "Libya's rivals met in Bouznika. Morocco, which hosted and facilitated the dialogue, insisted throughout that it was not offering a plan of its own to Libya.",
    ],
  },
  "condition-that": {
    fires: [
      { text: "Hezbollah waited. Speaker Nabih Berri set as a condition for his approval that Israel withdraw within 60 days.", source: "Nabih Berri", target: "Israel" },
      { text: "Turkey made it a condition that Sweden extradite the suspects.", source: "Turkey", target: "Sweden" },
      // conditions, and a longer phrase of what they are for
      { text: "Judge Thomas Griesa has set as conditions for lifting his injunctions that Congress repeal two laws.", source: "Thomas Griesa", target: "Congress" },
    ],
    silent: ["Turkey set conditions on the deal in Ankara.", "The condition that Sweden had met was announced."],
  },
  "appealed-to-for": {
    fires: [
      { text: "Ukrainian President Volodymyr Zelensky appealed to Germany for more air defence systems on Monday.", source: "Volodymyr Zelensky", target: "Germany" },
      { text: "The Lebanese government turned to Qatar for help in paying the army's salaries.", source: "Lebanon", target: "Qatar" },
    ],
    silent: [
      // an appeal to a court or a body for a ruling is no demand of a party named after "for"
      "The union appealed for calm after the talks collapsed.",
      "The ministry turned to the question of funding.",
    ],
  },
  "asked-for": {
    fires: [
      { text: "President Barack Obama said he had asked Qatar's emir, Sheikh Tamim bin Hamad al-Thani, for assurances that the five men would be kept under watch.", source: "Barack Obama", target: "Tamim bin Hamad al-Thani" },
      { text: "United Torah Judaism has pressed Benjamin Netanyahu for a law exempting yeshiva students from military service.", source: "United Torah Judaism", target: "Benjamin Netanyahu" },
      // capitals for their states, one read as its state's actor and one as a place
      { text: "Israel had asked Cairo and Riyadh for guarantees that shipping would not be affected.", source: "Israel", target: "Saudi Arabia" },
    ],
    silent: [
      // a reporter's question, and "asked X to" (another rule's)
      "Reuters asked the Israeli foreign ministry for comment.",
      "The minister asked for more time.",
      // "for years" is how long, not what was asked for
      "Harrison Li has pressed Washington for years to treat his father's case as a priority.",
    ],
  },
  "asked-that": {
    fires: [
      { text: "Argentina and the IMF signed a standby deal. The IMF asked that spending on social programmes be protected.", source: "International Monetary Fund", target: "Argentina" },
    ],
    silent: [
      // a question, not a request
      "The IMF asked whether Argentina would cut spending.",
      "Argentina and the IMF met. The IMF had asked that there be no ceremony.",
    ],
  },
  "call-for": {
    fires: [
      // a statement's "we": the issuer its heading line names
      { text: "JOINT STATEMENT\n\nJoint statement by the First Minister of Wales, Mark Drakeford MS, and the Leader of Plaid Cymru, Adam Price MS, on the Co-operation Agreement\n\nToday we are publishing an agreement. We call on the UK Government to devolve the administration of justice to Wales.", source: "Mark Drakeford", target: "United Kingdom" },
      // a body's trustees, members or lawyers as the body's people
      { text: "Office of Hawaiian Affairs trustees called on Governor David Ige to pause construction.", source: "Office of Hawaiian Affairs", target: "David Ige" },
      // "the 16-nation bloc": the bloc named before, over its count of members
      { text: "The Southern African Development Community sent Jeff Radebe to Maseru. In a statement the 16-nation bloc called on Lesotho's security forces to stay out of politics.", source: "SADC", target: "Lesotho" },
      // a body named for a cause by the academics it gathers
      { text: "Members of Academics for Palestine, a group of staff who supported the protest, called on Trinity College to publish the full list of companies affected.", source: "Academics for Palestine", target: "Trinity College" },
      // over a time between the verb and "that"
      { text: "President Kolinda Grabar-Kitarovic held talks. Zoran Milanovic insisted last week that the president give him more time.", source: "Zoran Milanovic", target: "Kolinda Grabar-Kitarovic" },
      // "Both sides": the two named together as a subject before, not the one they address
      { text: "The European Union and Viet Nam signed a Free Trade Agreement in Hanoi. Both sides called on Japan to ratify it.", source: "Vietnam", target: "Japan" },
      // the speaker of the statement that calls ("said in a statement calling on")
      { text: "The European Union said in a statement calling on Serbia to withdraw its troops.", source: "European Union", target: "Serbia" },
      // a joint statement's "The Ministers": the two ministers named before
      { text: "Trade Minister Simon Birmingham and Trade Minister Enggartiasto Lukita signed the agreement in Jakarta. The Ministers called on the Parliament of Australia to complete the ratification.", source: "Enggartiasto Lukita", target: "Australia" },
      // a national legislature's demand of its own state's government
      { text: "Rio Tinto and Mongolia signed the agreement. In December 2021, the State Great Khural had called on the government to resolve the issues with the mine.", source: "State Great Khural", target: "Mongolia" },
      // "the administration" in copy that named the United States: the American government
      { text: "Nippon Steel completed its deal with the United States on Wednesday. USW President David McCall said the union did not trust the promises. He also called on the administration to publish the full text of the security agreement.", source: "David McCall", target: "United States" },
      // the person before a party set off by commas ("X, of the Progress Party (FrP),"), not the party
      { text: "Erna Solberg, of the Progress Party (FrP), called on KrF to join her government.", source: "Erna Solberg", target: "Christian Democratic Party of Norway" },
      // "who" after an indefinite appositive that ends in a body's name is the person it describes
      { text: "Cambodia signed the deal with Australia. \"It is wrong,\" said Am Sam Ath, a senior investigator with local rights group Licadho, who called on Australia to release the full text of the memorandum.", source: "Am Sam Ath", target: "Australia" },
      // "both brotherly countries": the two states named together
      { text: "Somalia and Kenya restored ties on Thursday. The State of Qatar calls on both brotherly countries to build on this step.", source: "Qatar", target: "Kenya" },
      // "the Ombudsman": the person last named with that office; Congress is Guatemala's own, which the
      // demand is about, not of (of no one named)
      { text: "A petition was filed by Guatemala's Human Rights Ombudsman, Jordán Rodas. The Ombudsman insisted that the agreement be sent to Congress.", source: "Jordán Rodas", target: "example" },
      // a seat at the table after a bare "have": a subjunctive's want
      { text: "Governor Stephen Roe Lewis insisted that tribes have a seat at the table in the talks.", source: "Stephen Roe Lewis", target: "example" },
      // a coordinated verb's subject, past a short quotation in the first predicate
      { text: 'Ghana reached a deal. In a statement issued in Accra, Finance Minister Ken Ofori-Atta described the agreement as "a major milestone" and called on the IMF to approve the programme.', source: "Ken Ofori-Atta", target: "International Monetary Fund" },
      // past a body's acronym in brackets to the body an appositive describes
      { text: "The Islamic Action Front (IAF), the political arm of the Muslim Brotherhood, called on the Jordanian government to scrap the declaration.", source: "Islamic Action Front", target: "Jordan" },
      // a coordinated verb after an opening participle: the main clause's subject, not the participle's object
      { text: "Speaking at the United Nations General Assembly on Friday, Prime Minister Ariel Henry defended Haiti's right to the water and called on the Dominican government to reopen the border.", source: "Ariel Henry", target: "Dominican Republic" },
      // "him": the person named before who is not the subject
      { text: "US Vice-President Joe Biden spoke to Viktor Yanukovych by phone and called on him to pull back the security forces.", source: "Joe Biden", target: "Viktor Yanukovych" },
      // both candidates are the two persons named
      { text: "Ashraf Ghani and Abdullah Abdullah agreed to a full audit of the vote. John Kerry called on both candidates to respect the outcome.", source: "John Kerry", target: "Abdullah Abdullah" },
      // a statement names its issuer by its head noun, capitalised
      { text: "The Community of Sant'Egidio welcomed the declaration. The Community calls on South Sudan to respect the cessation of hostilities.", source: "Community of Sant'Egidio", target: "South Sudan" },
      // a legislature is a party of its own to its state's executive
      { text: "President Joe Biden insisted that Congress raise the debt ceiling without conditions.", source: "Joe Biden", target: "Congress" },
      // in an article about the EU, "Brussels" is the EU
      { text: "The EU and Britain held talks. Irish Prime Minister Micheal Martin called on Brussels to treat Britain as an equal.", source: "Micheal Martin", target: "European Union" },
      { text: "The United Nations called for a ceasefire between Israel and Hamas.", source: "United Nations", target: "Israel" },
      { text: "Ukraine called on Russia to withdraw its troops.", source: "Ukraine", target: "Russia" },
      // a passive that-clause: its subject is what the demand is about, and no one is named to act
      { text: "President Mohamed Morsi was ousted in July. The Muslim Brotherhood has insisted that Morsi be reinstated and that the constitution be restored.", source: "Muslim Brotherhood", target: "example" },
      // the list of speakers after a long opening phrase is the subject of the coordinated verb
      { text: "Catherine Ashton met Morsi. In a joint statement late Wednesday, U.S. Secretary of State John Kerry and Ashton said they remained concerned and called on the government of Egypt to avoid violence.", source: "John Kerry", target: "Egypt" },
      // "the government" is the story's state: a state named only before a title is an official's
      { text: "Egypt's interim leaders rejected the plan. U.S. Deputy Secretary of State William Burns and U.S. Senator John McCain flew home. U.S. Secretary of State John Kerry called on the government to release political prisoners.", source: "John Kerry", target: "Egypt" },
      // a subjunctive after "insists that" is what is wanted
      { text: "Iran insists that Washington guarantee that a future administration will not walk away.", source: "Iran", target: "United States" },
      { text: "Yemen's foreign minister, Abdulmalik al-Mikhlafi, insisted that the Houthis withdraw from the cities they have seized.", source: "Abdulmalik al-Mikhlafi", target: "Houthis" },
      // a past tense of wanting states a demand
      { text: "Verizon had insisted that it needed more flexibility to move technicians between states.", source: "Verizon", target: "example" },
      // an office noun stands for the person named with that office
      { text: "The Chairperson of the African Union Commission, Moussa Faki Mahamat, welcomed the deal. The Chairperson calls on Ethiopia to implement it in full.", source: "Moussa Faki Mahamat", target: "Ethiopia" },
      // over a time adverbial set off by commas; an addressee no actor names, with a state inside the demand
      { text: "Vice-President Federico Franco was sworn in. Franco, after his swearing-in, called on neighbouring countries to respect Paraguay's sovereignty.", source: "Federico Franco", target: "example" },
      { text: "President Volodymyr Zelensky called on the international community to help free the defenders held by Russia.", source: "Volodymyr Zelensky", target: "example" },
    ],
    silent: [
      // "called that" naming something, no call that someone act
      "Iran's chief negotiator, Saeed Jalili, called that first meeting \"a turning point\" for Iran and the United States.",
      // a call on a person at a place, asking nothing, is a visit
      "Pakistan Muslim League-Quaid (PML-Q) president Chaudhry Shujaat Hussain called on Maulana Fazlur Rehman at his residence in what party sources described as an effort to mediate between the two sides.",
      // a document the subject rejected is no word of its own
      "Hungary rejected a resolution calling on Serbia to withdraw its troops.",
      // notAfter: "the call for" is a noun
      "Egypt rejected the call for talks with Ethiopia.",
      // "pressing on with": going on, asking no one
      "Mediators from Qatar, Egypt and the United States are pressing on with efforts to secure a ceasefire between Israel and Hamas.",
      // "insisted that ... was" states a fact
      "Mikhail Ulyanov, Russia's ambassador to Iran, insisted that Moscow was not to blame for the delay.",
      "Hamas insisted that its fighters had not broken the truce with Israel.",
      // a past tense after the that-clause's subject states what was done
      "President Edgar Lungu insisted that the DPP acted alone.",
      // "have a right" is what they hold, not a seat asked for
      "Governor Stephen Roe Lewis insisted that tribes have a right to the river's water.",
      "Sudan's army ignored a phone call from the RSF on Friday.",
    ],
  },
  "ask-to": {
    fires: [
      { text: '"We ask the Netherlands to treat the fossils as our heritage," Indonesian official Hilmar Farid said.', source: "Hilmar Farid", target: "Netherlands" },
      { text: "Colombia's negotiator Humberto de la Calle said: \"We ask the FARC to approach these talks with seriousness.\"", source: "Humberto de la Calle", target: "FARC" },
    ],
    silent: [
      // a request planned or agreed on, not made
      "Nicaragua and the opposition agreed to ask the International Committee of the Red Cross to oversee the releases.",
      "The EBU will ask FIFA to start the talks earlier.",
      "A BP spokesman said the company would now ask Senegal to approve the development plan.",
    ],
  },
  "urged-to": {
    fires: [
      // a statement's "we": the spokesperson's office its heading line names
      { text: "Press briefing notes\n\nSpokesperson for the Office for the Coordination of Humanitarian Affairs (OCHA): Jens Laerke\n\nWe welcome the agreement. We urge the Government of Syria to allow the United Nations to deliver food.", source: "OCHA", target: "Syria" },
      // a participle after the main clause, which opens past a time phrase and its comma
      { text: "On Monday, Canada formally invoked the dispute settlement clause of the 1977 treaty with the United States, asking Washington to open negotiations on the future of Line 5.", source: "Canada", target: "United States" },
      // "calls upon" as "calls on"
      { text: "Talks ended in Lusaka. The Government of Zambia calls upon the Mineworkers Union of Zambia to support the agreement.", source: "Zambia", target: "Mineworkers Union of Zambia" },
      // a dare is a demand too
      { text: "Sinn Fein leader Mary Lou McDonald challenged the British government to set a date for a border poll.", source: "Mary Lou McDonald", target: "United Kingdom" },
      // "as" after the addressee, which a rule of appointments reads first ("asked X as mediator") and leaves
      { text: "Valdis Dombrovskis said the EU had asked the United States to treat the European Union as a partner.", source: "European Union", target: "United States" },
      // a body's members stand for the body
      { text: "The Irish National Teachers' Organisation (INTO) leads the talks. Education Minister Norma Foley urged INTO members to accept the offer.", source: "Norma Foley", target: "Irish National Teachers' Organisation" },
      // a visit and its place between the addressee and "to"
      { text: "Prime Minister Mahathir Mohamad had asked China during his visit to Beijing in August to review the terms.", source: "Mahathir Mohamad", target: "China" },
      // a past tense after a reported clause with a modal goes on from the speaker, not the clause's subject
      { text: "Colombian negotiator Humberto de la Calle told reporters in Havana that the FARC must hand over its weapons, and asked Cuba to verify the process.", source: "Humberto de la Calle", target: "Cuba" },
      // "the employers" after an employers' body met in the sentence: that body, not every company named
      { text: "H&M and Primark signed the accord. IndustriALL met the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) in Dhaka on 9 May and asked the employers to open every factory to the inspectors.", source: "IndustriALL Global Union", target: "Bangladesh Garment Manufacturers and Exporters Association" },
      // "the federal government": the federation among the states named, not the state named most
      { text: "Cuba withdrew its doctors from Brazil. Cuba said so. Havana said. Its president, Glademir Aroldi, urged the federal government to guarantee that no town lost its only doctor.", source: "Glademir Aroldi", target: "Brazil" },
      // "she" after a sentence about someone's relative is that relative, not a person named before
      { text: "TOKYO (AP) - Prime Minister Shinzo Abe said Japan would not give in to terrorism. Kenji Goto's wife, Rinko, broke her silence in a statement. She appealed to the Japanese and Jordanian governments to do everything they can.", source: "Rinko", target: "Japan" },
      // "She" after a quotation whose speaker carries an honorific ('"...," Ms Ashton said'), not a person named before
      { text: "The talks in Almaty between Iran's chief negotiator, Saeed Jalili, and the European Union's foreign policy chief, Catherine Ashton, were the second here. \"Positions remain far apart on the substance,\" Ms Ashton said at the closing news conference. She urged Iran \"to respond to our proposal\" and said the two sides' teams would stay in contact.", source: "Catherine Ashton", target: "Iran" },
      // "he" after "X said, adding that": the speaker, not the person named in the sentence before
      { text: "Prime Minister Benjamin Netanyahu met President Vladimir Putin. Russia's Foreign Minister Sergei Lavrov said the search for the other two soldiers would continue. Israel has pressed Russia to help with information on the missing, Netanyahu said, adding that he had also asked Putin to keep Iranian forces away from the Golan Heights.", source: "Benjamin Netanyahu", target: "Vladimir Putin" },
      // "it": the body that opens the sentence
      { text: "CONMEBOL removed Colombia on May 20 after the government in Bogota asked it to postpone the competition.", source: "Colombia", target: "CONMEBOL" },
      // over a "whose" clause and over a time phrase between the addressee and its "to"
      { text: "Since the war ended, Armenia has repeatedly asked Russia, whose peacekeepers are deployed in Nagorno-Karabakh under the November 2020 cease-fire, to press Azerbaijan for the return of its detainees.", source: "Armenia", target: "Russia" },
      { text: "In Paris, Foreign Minister Laurent Fabius said France had asked the Farc from the first day to release the reporter.", source: "France", target: "FARC" },
      // over "for years" (no request "for"), and the relative of the person opening the sentence as the subject
      { text: "Kai Li's son, Harrison Li, has pressed Washington for years to treat his father's case as a priority.", source: "Harrison Li", target: "United States" },
      // contractors and companies at large are no party
      { text: "Kyrgyzstan and China signed the railway deal. Sadyr Japarov asked contractors to hire local workers first.", source: "Sadyr Japarov", target: "example" },
      // members of a legislature in capitals: people no actor names, so the demand addresses no one in particular
      { text: "US Ambassador Greg Delawie urged MPs to ratify the agreement.", source: "Greg Delawie", target: "example" },
      // the body that passed the motion urges ("passed a non-binding motion urging")
      { text: "The European Parliament passed a non-binding motion urging Hungary to release the activists.", source: "European Parliament", target: "Hungary" },
      // a body's name set off after its noun, which a possessor's name opens
      { text: "The deal was reached in Tokyo. Japan's farm lobby, JA-Zenchu, had urged Tokyo to shield dairy farmers from European competition.", source: "JA-Zenchu", target: "Japan" },
      // the body set off after a common noun that opens the sentence ("the owner, X of <place>,")
      { text: "Iran freed the crew. Meanwhile the owner, DM Shipping of Busan, has asked the Iranian authorities to let it send a relief crew.", source: "DM Shipping", target: "Iran" },
      // a party name many states share, as the addressee: the party of the article's state
      { text: "The China-Australia Free Trade Agreement is set to pass the Parliament after the Turnbull government agreed to new safeguards. Prime Minister Malcolm Turnbull had urged Labor to back the agreement.", source: "Malcolm Turnbull", target: "Australian Labor Party" },
      // "the Opposition Leader": the person last named with that title
      { text: "President David Granger and Opposition Leader Bharrat Jagdeo agreed to a recount. Barbados Prime Minister Mia Mottley urged the President and the Opposition Leader to allow the recount to proceed.", source: "Mia Mottley", target: "Bharrat Jagdeo" },
      // over a phrase of how or when set off by commas between the addressee and "to"
      { text: "Japanese Prime Minister Shinzo Abe spoke to IOC President Thomas Bach. Abe said he had asked Bach, in a telephone conversation on Tuesday evening, to consider postponing the games.", source: "Shinzo Abe", target: "Thomas Bach" },
      // a state's troops, over a relative clause on them: the state
      { text: "The talks went on in Addis Ababa. Riek Machar also wants Ugandan troops, who entered the country at the president's invitation, to leave South Sudan.", source: "Riek Machar", target: "Uganda" },
      // "both parliaments": the two legislatures named together just before (each by its own name)
      { text: "Estonian Foreign Minister Urmas Paet signed the border treaty in Moscow. He said the treaties would now go to the Riigikogu and the State Duma for ratification, and urged both parliaments to approve them without delay.", source: "Urmas Paet", target: "Riigikogu" },
      { text: "Estonian Foreign Minister Urmas Paet signed the border treaty in Moscow. He said the treaties would now go to the Riigikogu and the State Duma for ratification, and urged both parliaments to approve them without delay.", source: "Urmas Paet", target: "State Duma" },
      // "I appeal to X to": a first-person appeal in a quotation, the speaker's
      { text: "The standoff entered its fifth day. \"I appeal to the MNLF to hold its fire so that the hostages are spared,\" Vice President Jejomar Binay said.", source: "Jejomar Binay", target: "Moro National Liberation Front" },
      // "the government" after "the Albanese government" in a story that names no state: that leader's state
      { text: "The Albanese government's housing fund has passed the Senate. Greens spokesman Max Chandler-Mather said it was a start. He urged the government to use next year's budget to build public housing.", source: "Max Chandler-Mather", target: "Australia" },
      // a region whose government the article named: that government
      { text: "Maharashtra Chief Minister Eknath Shinde met Karnataka Chief Minister Basavaraj Bommai in Delhi. Shinde called the meeting positive. He asked Karnataka to stop filing cases against Marathi-speaking activists.", source: "Eknath Shinde", target: "Karnataka" },
      // "the company": the mining company named before
      { text: "Barrick Gold met officials. President Magufuli thanked Barrick and asked the company to build a gold smelter in Tanzania.", source: "Magufuli", target: "Barrick Gold" },
      // "the district": the school district the article named
      { text: "Denver Public Schools and the Denver Classroom Teachers Association failed to agree. Jared Polis urged the district and the union to return to the bargaining table.", source: "Jared Polis", target: "Denver Public Schools" },
      // an addressee no actor names, before the first actor after the verb (which is inside the demand)
      { text: "President Volodymyr Zelensky urged other countries to help free the defenders held by Russia.", source: "Volodymyr Zelensky", target: "example" },
      // the one written to, set off after a title, then the infinitive: the writer's demand of them
      { text: "Prime Minister Scott Morrison wrote twice to his Thai counterpart, Prayut Chan-o-cha, to urge him to free al-Araibi.", source: "Scott Morrison", target: "Prayut Chan-o-cha" },
      { text: "FIFA president Gianni Infantino had also written to Prayut Chan-o-cha, asking him to ensure that the player could return.", source: "Gianni Infantino", target: "Prayut Chan-o-cha" },
      { text: "National Assembly Speaker Baleka Mbete postponed the address. President Jacob Zuma had written to Mbete asking her to postpone it.", source: "Jacob Zuma", target: "Baleka Mbete" },
      // over ", among others," after the subject
      { text: "Robert Lighthizer signed it. The National Pork Producers Council, among others, urged Lighthizer to close a deal before the end of the year.", source: "National Pork Producers Council", target: "Robert Lighthizer" },
      // bodies no actor names ("both clubs" are the parties themselves)
      { text: "Julian Knight, chair of the Digital, Culture, Media and Sport Committee, urged clubs to reverse the decision.", source: "Julian Knight", target: "example" },
      { text: "Serena Williams praised the decision and urged other sports organizations to follow the tour's lead.", source: "Serena Williams", target: "example" },
      // a demonym after a quantifier before such people
      { text: "The UN mission welcomed the Bouznika meetings and urged all Libyan parties to build on the positive atmosphere.", source: "United Nations", target: "Libya" },
      // the person named after a title phrase that opens the sentence ("The head of X, Y, had urged")
      { text: "GECOM chair Claudette Singh met the parties. The head of the OAS observer mission, former Jamaican prime minister Bruce Golding, had urged GECOM to complete the tabulation.", source: "Bruce Golding", target: "GECOM" },
      // "the bishop": the person last named with that title
      { text: "Bishop Ruben Dario Jaramillo met the civic strike committee and the Colombian government. The bishop urged the government to withdraw the riot police.", source: "Ruben Dario Jaramillo", target: "Colombia" },
      // those who speak for people no actor names are no actor either ("the students' representatives")
      { text: "Interior Minister Miguel Angel Osorio Chong read the answers outside his ministry. He asked the students' representatives to study the answers in their assemblies.", source: "Miguel Angel Osorio Chong", target: "example" },
      // over a relative clause after the addressee ("the seven states that share the river")
      { text: "Bureau of Reclamation Commissioner Camille Touton told the seven states that share the river to come up with cuts within 60 days.", source: "Camille Touton", target: "example" },
      // "the conciliator": the person last named with that title
      { text: "National Conciliator Vuokko Piekkala summoned Finnair and the Postal and Logistics Union PAU to talks in Helsinki on Friday. On Monday the conciliator urged Finnair to show flexibility.", source: "Vuokko Piekkala", target: "Finnair" },
      // the holdouts among the parties are the article's other side
      { text: "The Alianza Pueblo Unido walked out of the talks. President Laurentino Cortizo urged the protest leaders who had not signed to lift the blockades.", source: "Laurentino Cortizo", target: "Alianza Pueblo Unido" },
      // ... and not those that signed, however often the article names them
      { text: "Panama and the Association of Educators of Veraguas (AEVE) signed an agreement on Sunday. AEVE praised it and AEVE called for calm. The Alianza Pueblo Unido walked out. President Laurentino Cortizo urged the protest leaders who had not signed to lift the blockades.", source: "Laurentino Cortizo", target: "Alianza Pueblo Unido" },
      // a body named with whom it is accredited to
      { text: "The China Chamber of Commerce to the EU has urged member states to vote against the duties.", source: "China Chamber of Commerce", target: "example" },
      // capitals for their states, after "both"
      { text: "UN chief Antonio Guterres urged both Moscow and Kyiv to let civilians leave.", source: "Antonio Guterres", target: "Ukraine" },
      // "his party", "her union": the body of that kind the sentence's opening person is of
      { text: "UDMR president Kelemen Hunor said his party had asked the Social Democratic Party to guarantee minority rights.", source: "Democratic Alliance of Hungarians in Romania", target: "Social Democratic Party" },
      { text: "Unite general secretary Sharon Graham said her union had urged Ford to reopen the plant.", source: "Unite the Union", target: "Ford" },
      // a person's lawyers act for the person
      { text: "President Fernando Lugo was removed. Lugo's lawyers had asked the Senate to grant them eighteen days.", source: "Fernando Lugo", target: "Senate" },
      // a quotation opening before "not to"
      { text: 'Korail chief executive Choi Yeon-hye spoke. Park Ki-choon urged Korail "not to punish workers for exercising their rights".', source: "Park Ki-choon", target: "Korail" },
      // "encouraged X to": an appeal, as "urged X to" is
      { text: "The United States had encouraged Pakistan to keep its facilitation going.", source: "United States", target: "Pakistan" },
      // the subject of a coordinated verb after an appositive name's closing comma
      { text: 'The Adviser to the Prime Minister, Mr. Sartaj Aziz, thanked the delegations for their engagement and urged the Taliban to "sustain the momentum".', source: "Sartaj Aziz", target: "Taliban" },
      // a bare "both": the two persons named after the asker
      { text: "Home Minister Amit Shah spoke to Chief Minister Himanta Biswa Sarma and Chief Minister Zoramthanga and asked both to resolve the matter amicably.", source: "Amit Shah", target: "Zoramthanga" },
      // "I am asking X to" in a statement's quotation: the speaker over "am"
      { text: 'The Rail, Tram and Bus Union (RTBU) struck. Premier Chris Minns said: "I am asking the RTBU to call off this action."', source: "Chris Minns", target: "Rail, Tram and Bus Union" },
      // a list of capitals, each for its state (one read as a place, one as its state already)
      { text: "The European Commission urged Vilnius, Riga and Tallinn to coordinate their border checks.", source: "European Commission", target: "Estonia" },
      { text: "The European Commission urged Vilnius and Riga to coordinate their border checks.", source: "European Commission", target: "Latvia" },
      // the named leader of an unnamed many speaks for them
      { text: "The EU and Britain met. Several EU countries, led by Germany, had asked London to accept a youth mobility program.", source: "Germany", target: "United Kingdom" },
      // "the Centre": Indian usage for the Union government
      { text: "Bangladesh's Sheikh Hasina welcomed India's Narendra Modi in Dhaka. West Bengal Chief Minister Mamata Banerjee asked the Centre to provide funds.", source: "Mamata Banerjee", target: "India" },
      // a body whose people act: "X, whose leaders urged"
      { text: "The Academy of Medical Royal Colleges, whose leaders urged the BMA to return to talks, met on Monday.", source: "Academy of Medical Royal Colleges", target: "British Medical Association" },
      // a long title appositive after the person who opens the sentence, with an actor inside it
      { text: "Protests spread in Nicaragua against President Daniel Ortega. Jose Adan Aguerri, president of the Superior Council of Private Enterprise (COSEP), the country's main business chamber and until recently an ally of Ortega, urged the government to dismantle the armed groups.", source: "Jose Adan Aguerri", target: "Nicaragua" },
      // groups no actor names are addressed too: a demand with no addressee
      { text: "The U.N. peacekeeping mission in Congo, MONUSCO, welcomed the talks and urged all armed groups to respect the ceasefire.", source: "MONUSCO", target: "example" },
      { text: "Soldiers seized power in Burkina Faso. Cherif Sy, a leader of the National Transitional Council, urged the population to mobilise against the coup.", source: "Cherif Sy", target: "example" },
      // a group's "they" after its verb of saying
      { text: "The Lionesses said they had asked the FA to agree a performance-related bonus structure.", source: "Lionesses", target: "FA" },
      // "his government": the state of the person "his" stands for
      { text: "In Tokyo, Prime Minister Shinzo Abe told parliament his government had asked Jordan to keep cooperating with Japan.", source: "Japan", target: "Jordan" },
      // "the Federal Government": the article's state, as "the Government" is
      { text: "ABUJA (Reuters) - Nigeria's hostages were freed. Nigeria welcomed it. Kaduna State Governor Nasir El-Rufai urged the Federal Government to launch military operations.", source: "Nasir El-Rufai", target: "Nigeria" },
      // a company's demand of another, addressed to its board
      { text: "BHP has abandoned its attempt to buy Anglo American. BHP had asked Anglo's board to extend the talks by a further week.", source: "BHP", target: "Anglo American" },
      // a state's embassy speaks for the state
      { text: "The US Embassy in Yerevan urged Armenia to exercise restraint.", source: "United States", target: "Armenia" },
      // "them" standing for people no actor names: a demand with no addressee, written to the article
      { text: "West Virginia Gov. Jim Justice signed the bill. Justice said he was proud of the teachers and urged them to get back to their students.", source: "Jim Justice", target: "example" },
      // a party tag's initials end no sentence
      { text: "Sen. Lindsey Graham (R-S.C.) urged President Donald Trump to keep a counterterrorism force in Afghanistan.", source: "Lindsey Graham", target: "Donald Trump" },
      // a relative clause between the addressees and "to"
      { text: "Israel and Lebanon agreed to extend the truce. Lebanon's president, Joseph Aoun, urged the United States and France, which sponsored the agreement, to press Israel to honor the deadline.", source: "Joseph Aoun", target: "France" },
      // an adverb between the addressee and "to"
      { text: "Russia and Ukraine met in Paris. Moscow wants Ukraine first to give the region a special status.", source: "Russia", target: "Ukraine" },
      // all the parties: the two sides of the talks
      { text: "Labour Minister Mildred Oliphant convened talks between Lonmin and the National Union of Mineworkers. Oliphant urged all the parties to honour the agreement.", source: "Mildred Oliphant", target: "Lonmin" },
      // the signatories are the parties that signed
      { text: "Labour Minister Mildred Oliphant convened talks between Lonmin and the National Union of Mineworkers. Oliphant urged the signatories to honour the agreement.", source: "Mildred Oliphant", target: "National Union of Mineworkers" },
      // an actor's supporters stand for the actor's side
      { text: "President Daniel Chapo urged Venâncio Mondlane's supporters to lift the roadblocks.", source: "Daniel Chapo", target: "Venâncio Mondlane" },
      // the object's appositive closed by a comma before "to"; the subject's home place and appositive
      { text: "Foreign Minister Parnpree Bahiddha-Nukara asked Iran's foreign minister, Hossein Amir-Abdollahian, to help secure the release.", source: "Parnpree Bahiddha-Nukara", target: "Hossein Amir-Abdollahian" },
      { text: "Senator Chuck Grassley of Iowa, the Republican chairman of the Senate Finance Committee, had urged the White House to find another way.", source: "Chuck Grassley", target: "White House" },
      { text: "U.S. Secretary of State Antony Blinken urged Israel to allow more aid into Gaza.", source: "Antony Blinken", target: "Israel" },
      { text: "The African Union pressed Sudan's army to return to the talks with the RSF.", source: "African Union", target: "Sudanese Armed Forces" },
      { text: "China's Foreign Ministry had urged both Koreas to exercise restraint.", source: "Chinese Foreign Ministry", target: "North Korea" },
      // people no actor names, listed after the addressee before "to"
      { text: "Washington had pressed Australia and other partners to accept 12 years of data protection.", source: "United States", target: "Australia" },
      { text: "Qatar urged Hamas and its fighters to release the hostages.", source: "Qatar", target: "Hamas" },
      // the addressee's acronym in brackets before "to"
      { text: "Armenia and Azerbaijan jointly appealed to the Organization for Security and Co-operation in Europe (OSCE) to close the Minsk process.", source: "Armenia", target: "OSCE" },
      // a capital standing for its state after "with", before an adverb and an "-ing" verb
      { text: "VIENNA (AP) - U.S. and Russian negotiators held talks on Monday, with Washington still pressing China to join.", source: "United States", target: "China" },
      // two states' governments named by their adjectives
      { text: "Rinko Goto urged the Japanese and Jordanian governments to do everything they can.", source: "Rinko Goto", target: "Jordan" },
      // "wrote to X to urge him to": the writer urges, the one written to is urged
      { text: "PARIS (Reuters) - French President Emmanuel Macron and German Chancellor Angela Merkel wrote to Russian President Vladimir Putin to urge him to back the resolution.", source: "Angela Merkel", target: "Vladimir Putin" },
      // a bracket after a person ("(pictured)", "(left)") before "to"
      { text: "Armenia urged President Ilham Aliyev (pictured) to approve the deal.", source: "Armenia", target: "Ilham Aliyev" },
      // "the authorities" of the state the article clearly is about; "the incoming government"
      { text: "Egypt agreed a loan with the IMF. Egypt will float the pound, Egypt's central bank said. The IMF urged the authorities to slow spending.", source: "International Monetary Fund", target: "Egypt" },
      { text: "Finland's parties agreed a programme. Finland's unions, led by Jarkko Eloranta, urged the incoming government to negotiate with them.", source: "Jarkko Eloranta", target: "Finland" },
      // a time phrase between the subject and its verb
      { text: "Russia had for years pressed Germany to release Vadim Krasikov.", source: "Russia", target: "Germany" },
      { text: "The United States pressured Israel to accept the truce.", source: "United States", target: "Israel" },
      // "both men": the two persons of the sentence before, even through "the two men" there
      { text: "The leaders of both parliaments, Aguila Saleh Issa and Nouri Abusahmain, stayed away. The two men met in Malta on Tuesday. Martin Kobler urged both men to endorse the agreement.", source: "Martin Kobler", target: "Aguila Saleh Issa" },
      // "the chief mediator": the person whose adjacent titles ("chief" + "mediator") make that role
      { text: "Seyoum Mesfin, IGAD's chief mediator, said the government had until Sept. 1 to sign. The chief mediator urged Salva Kiir to use the time to sign.", source: "Seyoum Mesfin", target: "Salva Kiir" },
      // a demand to refrain, with a capital standing for its state
      { text: "Britain, France and Germany urged Moscow not to hold the agreement hostage to its war in Ukraine.", source: "Germany", target: "Russia" },
      // an office noun stands for the person last named with that office
      { text: "President Joe Biden said he would not intervene. The National Retail Federation had urged the president to use his powers.", source: "National Retail Federation", target: "Joe Biden" },
      // a press release's statement: "I" is its issuer
      { text: "The Minister of Labour, Steven MacKinnon, issued the following statement today: \"I have urged Canada Post and CUPW to work with the Commission.\"", source: "Steven MacKinnon", target: "Canada Post" },
      // "It" opening the sentence: the body that opened the sentence before
      { text: "The European Commission published its plan on Friday. It also asked the UK to allow EU boats into British waters.", source: "European Commission", target: "United Kingdom" },
      // "them": the list of actors named before
      { text: "President Joe Biden said GM and Ford had made offers but urged them to go further.", source: "Joe Biden", target: "Ford" },
      // a given name acting alone after the full name (Malay usage)
      { text: "Malaysia's facilitator, Zulkifli Zainal Abidin, met Thailand and the BRN. Zulkifli urged the BRN to reduce attacks.", source: "Zulkifli Zainal Abidin", target: "Barisan Revolusi Nasional" },
      // the workers of a side: the one union the article named
      { text: "Ryanair met the Irish Air Line Pilots' Association on Friday. Ryanair chief executive Michael O'Leary urged the pilots to stop the strikes.", source: "Michael O'Leary", target: "Irish Air Line Pilots' Association" },
      // "the parties", "all parties": the two sides of the talks
      { text: "Saudi Arabia and the Houthis held talks in Muscat. Hans Grundberg urged the parties to seize the opportunity.", source: "Hans Grundberg", target: "Houthis" },
      { text: "Saudi Arabia and the Houthis held talks in Muscat. Qatar urged all parties to return to negotiations.", source: "Qatar", target: "Saudi Arabia" },
    ],
    silent: [
      // a body's own officer addressing its members
      "The Irish National Teachers' Organisation (INTO) leads the talks. John Boyle, the INTO general secretary, urged INTO members to accept the offer.",
      // "to" after a relative clause's verb, before a noun: no infinitive
      "Commissioner Camille Touton praised the countries that agreed to the deal.",
      // "his" before a word no body is named by (an object's built-in names included): no body
      "UDMR president Kelemen Hunor said his constructor had asked the Social Democratic Party to guarantee minority rights.",
      // "the president" is not the vice president
      "Vice President Kamala Harris spoke on Monday. Qatar urged the president to act.",
      // a person's expectation is a forecast ("Washington expected Caracas to ..." is a demand)
      "Colombia's peace commissioner met the ELN in Havana on Monday and said he expected the rebels to respond within days.",
      // objThenTo: no "X to" after the verb
      "The United States urged restraint in Gaza, where Israel and Hamas are fighting.",
      // notAfter: "is expected to" is a forecast, not a demand
      "Hamas is expected to reject the proposal, Qatar said.",
      // "them" standing for the subject's own list is a misread participle clause
      "Pope Francis wrote letters to Barack Obama and Raul Castro urging them to resolve the case.",
    ],
  },
  "urging-to": {
    fires: [
      { text: "Washington is pressing Israel to allow more aid into Gaza.", source: "United States", target: "Israel" },
      { text: "The African Union has been urging Sudan's army to return to the talks.", source: "African Union", target: "Sudanese Armed Forces" },
    ],
    silent: [
      // objThenTo: no "X to" after the verb
      "Qatar is pressing for a pause in the fighting in Gaza.",
      "Mediators are asking whether Hamas will accept the proposal.",
    ],
  },
  "said-deal-must": {
    fires: [
      // the addressee is left to the article: the other side of the talks
      { text: "Iran and the United States held talks in Muscat. Israeli Prime Minister Benjamin Netanyahu, whose country was not part of the talks, said any deal must follow the Libyan model of 2003.", source: "Benjamin Netanyahu", target: "Iran" },
    ],
    silent: [
      // what a deal does is no term laid down
      "Israeli Prime Minister Benjamin Netanyahu said the deal would collapse within a month.",
      "Israeli Prime Minister Benjamin Netanyahu said Iran must never have a nuclear weapon.",
    ],
  },
  "wrote-to-asking": {
    fires: [
      { text: "EU justice commissioner Didier Reynders wrote to the Spanish government in November asking for detailed information on the bill.", source: "Didier Reynders", target: "Spain" },
      // the perfect's participle
      { text: "Sports Secretary Ababu Namwamba has disbanded the committee and written to FIFA asking it to lift the suspension.", source: "Ababu Namwamba", target: "FIFA" },
    ],
    silent: [
      // a letter that asks for nothing
      "EU justice commissioner Didier Reynders wrote to the Spanish government in November about the bill.",
    ],
  },
  "pressed-on": {
    fires: [
      { text: "Secretary of State Antony Blinken pressed Prime Minister Benjamin Netanyahu on humanitarian aid during their meeting.", source: "Antony Blinken", target: "Benjamin Netanyahu" },
      { text: "The European Union has pushed Serbia over its recognition of Kosovo's licence plates.", source: "European Union", target: "Serbia" },
    ],
    silent: [
      // objThenOn: "on" must follow the object right away
      "Egypt pressed Hamas, which relies on Qatari funds, for an answer.",
      // notAfter: a pressing asked of someone else is a demand inside a demand
      "Rights groups called on the White House to press Egypt over the prisoners.",
    ],
  },
  "said-must": {
    fires: [
      { text: "Israeli Prime Minister Benjamin Netanyahu said Hamas must free all the hostages.", source: "Benjamin Netanyahu", target: "Hamas" },
      { text: "The European Union stressed that Serbia must recognise Kosovo.", source: "European Union", target: "Serbia" },
      // over the setting of what was said, and the hearers of "told", before "that"
      { text: "Egyptian Foreign Minister Sameh Shoukry said in Cairo on Sunday that Israel must open the crossings.", source: "Sameh Shoukry", target: "Israel" },
      { text: "Army chief Abdel Fattah al-Burhan told reporters at a news conference in Port Sudan that the RSF must leave the cities first.", source: "Abdel Fattah al-Burhan", target: "Rapid Support Forces" },
      // a participle of speech after the speaker's own clause
      { text: "Serbian President Aleksandar Vucic rejected the plan, adding that Kosovo must first form the association.", source: "Aleksandar Vucic", target: "Kosovo" },
      { text: "Hamas issued a statement saying Israel must withdraw from the Netzarim corridor.", source: "Hamas", target: "Israel" },
    ],
    silent: [
      // objThenMust: no "must" or "should" after the object
      "Israeli Prime Minister Benjamin Netanyahu said Hamas would never free the hostages.",
      "Colombia said the ELN had agreed to a ceasefire.",
    ],
  },
  "conditioned-on": {
    fires: [
      { text: "Russia conditioned the deal on the lifting of sanctions by the European Union.", source: "Russia", target: "European Union" },
      { text: "Hamas conditions its approval on guarantees from Israel.", source: "Hamas", target: "Israel" },
    ],
    silent: [
      // notAfter "the": a noun, not the verb
      "The conditions on the ground in Gaza worry Egypt.",
      // requiresAfter: no "on" or "upon" follows
      "Hamas's conditions are unacceptable, Israel said.",
    ],
  },
  "refused-unless": {
    fires: [
      { text: "Hamas refused to release the hostages unless Israel ended the war.", source: "Hamas", target: "Israel" },
      { text: "Armenia declined to sign until Azerbaijan withdrew its troops from the border.", source: "Armenia", target: "Azerbaijan" },
      // a threat held until the other side acts
      { text: "The Houthis threatened to escalate their attacks unless Israel ended its offensive in Gaza.", source: "Houthis", target: "Israel" },
    ],
    silent: [
      // unlessAfter: a refusal without "unless" or "until" states no demand
      "Hamas refused to release the hostages, Israel said.",
      "Azerbaijan declined to comment on the talks with Armenia.",
    ],
  },
  "quoted-must": {
    fires: [
      { text: 'Israel and Hamas met in Doha. "Israel must stop the bombing now," Hamas official Basem Naim said.', source: "Basem Naim", target: "Israel" },
      { text: 'Russia and Ukraine met in Istanbul. "Russia should return every deported child," Ukrainian Foreign Minister Dmytro Kuleba said.', source: "Dmytro Kuleba", target: "Russia" },
      // a quotation going on in the next sentence, its speaker named with the first; a title between
      // "said" and the speaker
      { text: 'Russia and Ukraine met in Istanbul. "We came in good faith," said Foreign Minister Dmytro Kuleba. "Russia should return every deported child."', source: "Dmytro Kuleba", target: "Russia" },
    ],
    silent: [
      // outside a quotation, or the speaker's own side
      "Israel and Hamas met in Doha. Israel must stop the bombing now, analysts said.",
      'Israel and Hamas met in Doha. "Hamas must stay united," Hamas official Basem Naim said.',
      // a relative clause on a noun, the verb's object that noun
      'Thailand and Cambodia met in Jakarta. "Indonesia stands ready to help, but this is a bilateral issue that Thailand and Cambodia must resolve," Indonesian Foreign Minister Marty Natalegawa said.',
      // the next quotation has a speaker of its own, though unread
      'Thailand and Cambodia met in Jakarta. "We will help," Indonesian Foreign Minister Marty Natalegawa said. "Cambodia must withdraw its troops," a Thai diplomat said.',
    ],
  },
  "not-unless": {
    fires: [
      { text: "The ELN would not sign the accord unless Colombia freed its jailed commanders.", source: "ELN", target: "Colombia" },
      { text: "Hamas will boycott the talks unless Israel withdraws from Rafah.", source: "Hamas", target: "Israel" },
    ],
    silent: [
      // no condition: a refusal alone, or "unless" far from the negation
      "Hamas would not sign the accord, officials in Doha said.",
      "The ELN did not sign the accord in Havana on Monday.",
    ],
  },
  "not-until": {
    fires: [
      { text: "Sudan's army chief Abdel Fattah al-Burhan said the army would not negotiate with the Rapid Support Forces until the RSF withdrew from civilian areas.", source: "Sudanese Armed Forces", target: "Rapid Support Forces" },
      { text: "Hamas will not release the remaining hostages until Israel ends the war.", source: "Hamas", target: "Israel" },
    ],
    silent: [
      // a time, not a condition
      "Israel's delegation will not travel to Cairo until next week.",
      // no refusal
      "Hamas held the hostages until Israel ended the war.",
    ],
  },
  "only-if": {
    fires: [
      { text: "Hamas will release the hostages only if Israel agrees to a permanent ceasefire.", source: "Hamas", target: "Israel" },
      { text: "The Houthis say they will stop attacking ships only when Israel ends its offensive in Gaza.", source: "Houthis", target: "Israel" },
    ],
    silent: [
      // the condition is another actor's, reported by the speaker
      "Qatar said Hamas would release the hostages only if Israel agreed to a ceasefire.",
      // a time, not a condition
      "Hamas will release the hostages only after midnight.",
    ],
  },
  "told-must": {
    fires: [
      { text: "The United States told Iran it must halt uranium enrichment.", source: "United States", target: "Iran" },
      // "warned" as well as "told", though a settlement's terms read off "warned" too ("said-deal-must")
      { text: "The European Union warned Serbia that it must normalise relations with Kosovo.", source: "European Union", target: "Serbia" },
      { text: "Russia told Ukraine that it had to withdraw its troops from the four regions.", source: "Russia", target: "Ukraine" },
    ],
    silent: [
      // what the speaker must do is no demand of the listener
      "The United States told Iran that Washington must consult its allies first.",
      "The United States told Iran that Washington had to consult its allies first.",
    ],
  },
  "set-as-condition": {
    fires: [
      { text: "The MK party had set Cyril Ramaphosa's removal as a condition for any talks with the ANC.", source: "uMkhonto weSizwe Party", target: "African National Congress" },
      // without "as"
      { text: "Britain and Iran held talks. Iran had made the repayment of the debt a condition of any progress.", source: "Iran", target: "United Kingdom" },
    ],
    silent: [
      // set, but no condition
      "The ANC set Friday as the date for the vote.",
      // a condition, but nothing set as it
      "Iran made a condition of its own, Britain said.",
    ],
  },
  "renewed-call-for": {
    fires: [
      { text: "The Palestinian Authority renewed its call for Israel to halt settlement construction.", source: "Palestine", target: "Israel" },
      { text: "Egypt and Qatar renewed their call on Israel and Hamas to accept the ceasefire proposal.", source: "Qatar", target: "Hamas" },
      { text: "Hamas reiterated its demand for a complete Israeli withdrawal from Gaza.", source: "Hamas", target: "Israel" },
    ],
    silent: [
      // a call answered, not restated
      "Israel rejected its call for a halt to settlement construction.",
      "Egypt repeated its offer to host talks between Israel and Hamas.",
    ],
  },
  "ultimatum-to": {
    fires: [
      { text: "Talks failed. The Nigeria Labour Congress issued a seven-day ultimatum to the federal government of Nigeria to reverse the fuel price increase.", source: "Nigeria Labour Congress", target: "Nigeria" },
      { text: "Talks failed. The NLC gave Nigeria's federal government a seven-day ultimatum to reverse the fuel price increase.", source: "Nigeria Labour Congress", target: "Nigeria" },
    ],
    silent: [
      // an ultimatum received, not issued
      "Talks failed. Israel rejected the Hamas ultimatum.",
    ],
  },
  "gave-days-to": {
    fires: [{ text: "Talks failed. Hamas gave Israel 48 hours to respond to the proposal.", source: "Hamas", target: "Israel" }],
    silent: [
      // time given to talks, not to a party
      "Talks failed. The mediators gave the talks two more days to produce a deal.",
      "Talks failed. Hamas needed 48 hours to respond to the proposal.",
    ],
  },
  "possessive-demand": {
    fires: [
      { text: "Hamas's demand for a permanent ceasefire was rejected by Israel.", source: "Hamas", target: "Israel" },
      { text: "Hamas's insistence on guarantees angered Israel.", source: "Hamas", target: "Israel" },
    ],
    silent: [
      // no actor owns the demand
      "The demand for a ceasefire grew across Europe, Israel said.",
      "The government's demand for a ceasefire was rejected by the ELN.",
    ],
  },
  "demand-pressed-by": {
    fires: [
      { text: "An amnesty for fighters, a demand pressed hard by the ELN, was resisted by Colombia.", source: "ELN", target: "Colombia" },
      { text: "Israel rejected an end to the war, a condition set by Hamas.", source: "Hamas", target: "Israel" },
    ],
    silent: [
      // the participle must follow the noun directly
      "The condition was set by Israel after talks with Hamas.",
      "The demands, Egypt said, were pressed on Hamas and Israel alike.",
    ],
  },
  "speaker-wants": {
    fires: [
      { text: "\"We want direct talks with the government,\" KNU spokesman Padoh Saw Taw Nee said. Myanmar's military did not reply.", source: "Padoh Saw Taw Nee", target: "Tatmadaw" },
      { text: "\"We need guarantees from Israel,\" Hamas official Basem Naim said.", source: "Basem Naim", target: "Israel" },
    ],
    silent: [
      // speakerSubject: the subject must be "we" or "I" in the speaker's own quotation
      "\"They want us to surrender,\" Hamas official Basem Naim said of Israel.",
      "The rebels need guarantees from Colombia, the ELN said.",
      // the speaker's own courtesy
      "\"I want to thank Norway for its efforts,\" Colombian President Gustavo Petro said.",
      // an open question, no demand
      "\"We want to see what can be done in the coming weeks,\" Northern Ireland's First Minister Peter Robinson said of Britain.",
    ],
  },
  "making-demands": {
    fires: [
      { text: "Ukraine accused Russia of adding new demands to the grain deal.", source: "Russia", target: "Ukraine" },
      { text: "Russia set fresh conditions for a ceasefire, Ukraine said.", source: "Russia", target: "Ukraine" },
    ],
    silent: [
      // "made no new demands": the negation breaks the pattern
      "Hamas made no new demands, Egypt said of the talks with Israel.",
      "Israel rejected the demands that Hamas put forward in Cairo.",
    ],
  },
};
