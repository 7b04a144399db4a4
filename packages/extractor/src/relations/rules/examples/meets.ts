// Examples of the meets rules (see ./index.ts).
import type { RuleExamples } from "../../model.js";

export const MEETS_EXAMPLES: Record<string, RuleExamples> = {
  "met-in-with": {
    fires: [
      { text: "Dmitry Medvedev and Sergei Rumas met in Moscow with Russia's economic development minister, Maxim Oreshkin.", source: "Sergei Rumas", target: "Maxim Oreshkin" },
      { text: "Dmitry Medvedev met at the Kremlin on Monday with Alexander Lukashenko.", source: "Dmitry Medvedev", target: "Alexander Lukashenko" },
    ],
    silent: ["Dmitry Medvedev met in private with journalists."],
  },
  "met-with": {
    fires: [
      // a style between the appositive's comma and the name: the person is met, not the state
      { text: "Prime Minister Abdalla Hamdok met the Ethiopian Prime Minister, Dr. Abiy Ahmed, in Djibouti on Sunday.", source: "Abdalla Hamdok", target: "Abiy Ahmed" },
      // two persons and the two states they lead are two sides, not a gathering of four
      { text: "The two leaders, Vladimir Putin and Recep Tayyip Erdogan, met in Sochi on Monday.", source: "Vladimir Putin", target: "Recep Tayyip Erdogan" },
      // a title's office of a state it does not name, then the person in apposition
      { text: "Admiral Ali Shamkhani had earlier met the President of the Republic, Dr Abdul Latif Jamal Rashid, at Baghdad Palace.", source: "Ali Shamkhani", target: "Abdul Latif Jamal Rashid" },
      // people "of" whom they represent, then the one leading them
      { text: "Sergei Lavrov met representatives of the island's sixteen old villages, led by their spokesperson Antony Blinken, on Sunday evening.", source: "Sergei Lavrov", target: "Antony Blinken" },
      // an appositive after the subject, then an auxiliary and an adverb before the verb
      { text: "Tetsu Nozaki, head of the Fukushima federation, had earlier met Economy Minister Yasutoshi Nishimura in Iwaki.", source: "Tetsu Nozaki", target: "Yasutoshi Nishimura" },
      // "Its leaders" after a timeline's date and the body that opens the sentence before: the body's people
      { text: "3 June: The Samoa Council of Churches offers to act as a go-between. Its leaders meet Fiamē Naomi Mata'afa and Tuilaepa Sailele Malielegaoi separately in Apia.", source: "Samoa Council of Churches", target: "Tuilaepa Sailele Malielegaoi" },
      // a person's aide named after the possessive: the aide, not the person
      { text: "Iran's chief negotiator Saeed Jalili spoke. Wendy Sherman, the US under secretary of state, met Mr Jalili's deputy, Ali Bagheri, on the sidelines.", source: "Wendy Sherman", target: "Ali Bagheri" },
      // those "including" after a plural noun and a phrase of where
      { text: "Hawaii County Mayor Harry Kim met on Monday with protest leaders at the Puuhonua o Puuhuluhulu camp at the base of the Mauna Kea Access Road, including Kahookahi Kanuha and Kealoha Pisciotta.", source: "Harry Kim", target: "Kealoha Pisciotta" },
      // people of a plural noun "from" a body: the body
      { text: "Higher Education Minister Blade Nzimande met vice-chancellors from Universities South Africa on Tuesday.", source: "Blade Nzimande", target: "Universities South Africa" },
      // the hook: the person before ", whom he met" is the one met, "he" the sentence's opening subject
      { text: "Gillon McLachlan said the talks were hard and credited the AFLPA president, Patrick Dangerfield, whom he met at AFL House last week.", source: "Gillon McLachlan", target: "Patrick Dangerfield" },
      // "they" after a subordinator: the list opening its own sentence (a title after "and" too)
      { text: "Donald Trump and Prime Minister Shinzo Abe agreed to start talks when they met in New York in September last year.", source: "Donald Trump", target: "Shinzo Abe" },
      // a further ", and separately with" after the objects
      { text: "The boats went out. Allister Surette said he had met Chief Mike Sack and band councillors, and separately with Colin Sproul, president of the fishermen's group.", source: "Allister Surette", target: "Colin Sproul" },
      // a body named with its head's noun ("Egypt's intelligence chief"), then the head set off by commas
      { text: "Dina Powell flew to Cairo. Ms. Powell had also met Egypt's intelligence chief, Khaled Fawzy, during her visit.", source: "Dina Powell", target: "Khaled Fawzy" },
      // "the league": the body "League" heads, not the one it modifies ("League Managers Association")
      { text: "Clubs held talks. Premier League chief executive Richard Masters and League Managers Association chief executive Richard Bevan took part. The league is due to meet the Professional Footballers' Association next week.", source: "Premier League", target: "Professional Footballers' Association" },
      // the subject is the person a title phrase introduces, past the comma closing the name
      { text: "Officials said the Premier of Greenland, Múte B. Egede, had met Danish Prime Minister Mette Frederiksen in Copenhagen.", source: "Múte B. Egede", target: "Mette Frederiksen" },
      // the persons a plural names after "including"
      { text: "Emmanuel Macron met separately with pro-independence leaders, including Louis Mapou and Roch Wamytan.", source: "Emmanuel Macron", target: "Roch Wamytan" },
      // the person a title phrase after "including" leads to (its office noun no reference to the president
      // named before); a further "and with" plural, its persons after "including"
      { text: "French President Emmanuel Macron said the reform would wait. In Noumea, he met separately with pro-independence leaders, including the president of New Caledonia's government, Louis Mapou, and with loyalist leaders, including Sonia Backes.", source: "Emmanuel Macron", target: "Louis Mapou" },
      { text: "French President Emmanuel Macron said the reform would wait. In Noumea, he met separately with pro-independence leaders, including the president of New Caledonia's government, Louis Mapou, and with loyalist leaders, including Sonia Backes.", source: "Emmanuel Macron", target: "Sonia Backes" },
      // both in one article: "the three leaders", then "the ministers"
      { text: "Justin Trudeau spoke by phone with Rachel Notley and John Horgan. The three leaders met on Sunday. The mission included Antonio Patriota, Hector Timerman and Nicolas Maduro. During talks in Asuncion, the ministers met Fernando Lugo.", source: "Hector Timerman", target: "Fernando Lugo" },
      // "the ministers": the three or more persons the sentence before named
      { text: "The mission was led by Ali Rodriguez and included Antonio Patriota, Hector Timerman and Nicolas Maduro. During talks in Asuncion, the ministers met Fernando Lugo at his residence.", source: "Hector Timerman", target: "Fernando Lugo" },
      // "the three leaders": the three persons named in this sentence and the one before
      { text: "Justin Trudeau spoke by phone with Rachel Notley and John Horgan. The three leaders met on Sunday for an hour.", source: "Rachel Notley", target: "John Horgan" },
      // two companies meet each other where no union is named (in a labour dispute they are one side)
      { text: "LONDON (Reuters) - BHP and Anglo American met in London on Monday.", source: "BHP", target: "Anglo American" },
      // over a trip to a place between the subject and "to meet"
      { text: "Humberto de la Calle returned to Havana on Tuesday to meet the FARC delegation.", source: "Humberto de la Calle", target: "FARC" },
      { text: "Prime Minister-designate Mustapha Adib met twice this week with Hezbollah's envoy Hussein Khalil.", source: "Mustapha Adib", target: "Hussein Khalil" },
      // a parenthetical "together with" joins its actors to the subject
      { text: "Fayez al-Serraj came to Moscow. Sergei Shoigu, together with his Turkish counterpart Hulusi Akar, met Serraj on Monday.", source: "Hulusi Akar", target: "Fayez al-Serraj" },
      // "the airline": the one company the article named (relations/chunks.ts)
      { text: "Air Canada and the Canadian Union of Public Employees failed to agree. Jobs Minister Patty Hajdu met separately with the union and the airline.", source: "Patty Hajdu", target: "Air Canada" },
      // the subject is the group a "loyal to" phrase describes, not the person it names
      { text: "Nigerian security officials and envoys of the Boko Haram faction loyal to Abubakar Shekau met several times over recent months.", source: "Nigeria", target: "Boko Haram" },
      // over a hyphenated modifier of the object ("Kurdish-led")
      { text: "Ahmed al-Sharaa, Syria's interim president, met Kurdish-led SDF commander Mazloum Abdi in Damascus.", source: "Ahmed al-Sharaa", target: "Mazloum Abdi" },
      { text: "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Sunday.", source: "Antony Blinken", target: "Wang Yi" },
      // "he": the subject of the sentence before, not its object; a surname with its article ("al-Hilu")
      { text: "Prime Minister Abdalla Hamdok called on Abdelaziz al-Hilu and Abdel Wahid al-Nur to join the talks. He is due to meet al-Hilu in Addis Ababa on Thursday.", source: "Abdalla Hamdok", target: "Abdelaziz al-Hilu" },
      // the subject before a possessive role appositive, not its possessor; a person opening the clause
      // before "and" and that role
      { text: "Likud lawmaker Yariv Levin, Benjamin Netanyahu's chief coalition negotiator, met with Moshe Gafni of United Torah Judaism on Friday.", source: "Yariv Levin", target: "Moshe Gafni" },
      { text: "NHL commissioner Gary Bettman and union chief Donald Fehr traded offers. At one point, Fehr and Bettman's deputy, Bill Daly, met alone with mediator Scot Beckenbaugh.", source: "Donald Fehr", target: "Scot Beckenbaugh" },
      { text: "Qatar's prime minister met with Hamas leaders in Doha.", source: "Qatar", target: "Hamas" },
      // over a relative clause that holds a clause-breaking word ("that of")
      { text: "Staffan de Mistura, who described his role in Astana as that of a facilitator, met Mohammed Alloush on Monday.", source: "Staffan de Mistura", target: "Mohammed Alloush" },
      { text: "Qatar's prime minister met with Hamas leaders in Doha.", type: "ATTENDS", source: "Hamas", target: "meeting" },
      // objects listed each with its own place (relations/lists.ts)
      { text: "Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Jerusalem and President Mahmoud Abbas in Ramallah.", source: "Antony Blinken", target: "Mahmoud Abbas" },
    ],
    silent: [
      // a bare "meet" after a that-clause's subject is a meeting demanded, not held
      "The RMT and TSSA unions walked out. Their leader demanded that Mayor Boris Johnson meet the unions face to face.",
      // notAfter: "was met with" is a reception, not a meeting
      "The Israeli proposal was met with scepticism by Hamas and Qatar.",
      "The Serbian offer was met with silence in Kosovo, officials in Belgrade said.",
      // a noun phrase, not an adverbial, opens the sentence: the possessor in its appositive is no subject
      "Prime Minister Shigeru Ishiba wants a deal. The minister, Ishiba's closest aide on the negotiations, met Commerce Secretary Howard Lutnick on Monday.",
    ],
  },
  "handed-over-to": {
    fires: [
      { text: "The ELN released the two soldiers to a delegation of the International Committee of the Red Cross in Arauca.", source: "ELN", target: "International Committee of the Red Cross" },
      { text: "Qatar's minister of state received the four men in Doha and handed them over to Djiboutian Foreign Minister Mahmoud Ali Youssouf.", source: "Qatar", target: "Mahmoud Ali Youssouf" },
    ],
    silent: [
      // a transfer of power or office is no handover of captives; the passive's subject is the captive
      "Under the deal, Ali Abdullah Saleh handed power to Abdrabu Mansur Hadi.",
      "The aid worker Silvia Romano was later handed over to al-Shabaab.",
    ],
  },
  "sat-down-with": {
    fires: [
      { text: "Serbian President Aleksandar Vucic sat down with Kosovo Prime Minister Albin Kurti in Brussels.", source: "Aleksandar Vucic", target: "Albin Kurti" },
      { text: "Israeli negotiators sat across from the PLO's team in Oslo.", source: "Israel", target: "Palestine Liberation Organization" },
    ],
    silent: [
      // "sit with" without "down", "across" or "opposite"
      "Kosovo's Prime Minister Albin Kurti refused to sit with Serbian President Aleksandar Vucic.",
      "Protesters sat down outside the Israeli embassy in Amman.",
    ],
  },
  "played-host-to": {
    fires: [{ text: "Isaias Afwerki played host to Abiy Ahmed in Asmara on Sunday.", source: "Isaias Afwerki", target: "Abiy Ahmed" }],
    silent: [
      // talks hosted are a mediation (played-host), not a guest met
      "Oman played host to talks between Iran and the United States in Muscat.",
    ],
  },
  "meal-with": {
    fires: [
      { text: "Abiy Ahmed had lunch with Isaias Afwerki in Asmara on Sunday.", source: "Abiy Ahmed", target: "Isaias Afwerki" },
      { text: "Emmanuel Macron had a working dinner with Olaf Scholz in Paris.", source: "Emmanuel Macron", target: "Olaf Scholz" },
    ],
    silent: ["Joe Biden had lunch with supporters in Ohio."],
  },
  "dined-with": {
    fires: [{ text: "Emmanuel Macron dined with Olaf Scholz at the Elysee on Tuesday.", source: "Emmanuel Macron", target: "Olaf Scholz" }],
    silent: ["Joe Biden dined with donors in Ohio."],
  },
  "shook-hands": {
    fires: [
      { text: "Khaled al-Yamani and Mohammed Abdulsalam shook hands to applause in Rimbo.", source: "Khaled al-Yamani", target: "Mohammed Abdulsalam" },
      { text: "Ethiopian Prime Minister Abiy Ahmed shook hands with Getachew Reda in Nairobi.", source: "Abiy Ahmed", target: "Getachew Reda" },
    ],
    silent: [
      // one person shaking hands with no one named
      "Joe Biden shook hands with supporters in Ohio.",
      "Kim Jong Un refused to shake hands, Seoul said.",
    ],
  },
  "negotiated-object": {
    fires: [{ text: "Hungarian and Azerbaijani officials had negotiated the transfer for several months, a ministry official said.", source: "Hungary", target: "Azerbaijan" }],
    silent: [
      // one negotiator alone meets no one
      "Qatar negotiated the release of the hostages.",
    ],
  },
  "led-delegation-to": {
    fires: [{ text: "Beppe Grillo, the Five Star Movement's founder, led his party's delegation to Mario Draghi on 10 February.", source: "Beppe Grillo", target: "Mario Draghi" }],
    silent: [
      // a delegation to a conference meets no one named
      "Beppe Grillo led his party's delegation to the conference on Monday.",
    ],
  },
  "negotiated": {
    fires: [
      { text: "Delegations of Armenia and Azerbaijan have been negotiating since February in Washington.", source: "Armenia", target: "Azerbaijan" },
      { text: "Israel and Hamas negotiated for weeks through Qatari and Egyptian mediators.", source: "Israel", target: "Hamas" },
    ],
    silent: [
      // one party negotiating meets no one named here
      "Hamas has been negotiating for weeks, its spokesman said.",
      "Qatar negotiated the release of four hostages.",
    ],
  },
  "holed-up": {
    fires: [
      { text: "Norway's coalition talks went on. Negotiators from the Conservatives, the Progress Party (FrP), the Liberals (Venstre) and KrF are holed up at an inn in Gran.", source: "Progress Party of Norway", target: "Christian Democratic Party of Norway" },
      { text: "Serbia and Kosovo were closeted in a Brussels hotel for twelve hours.", source: "Serbia", target: "Kosovo" },
    ],
    silent: [
      // one party holed up meets no one
      "The gunmen were holed up in a school near the border.",
      "Boris Johnson was closeted in Downing Street with his advisers.",
    ],
  },
  "sat-down": {
    fires: [
      { text: "Sudan's army and the RSF sat down in Jeddah on Saturday.", source: "Sudanese Armed Forces", target: "Rapid Support Forces" },
      { text: "Delegations of Armenia and Azerbaijan sat down together for the first time in a year.", source: "Armenia", target: "Azerbaijan" },
    ],
    silent: [
      // one party sitting down meets no one
      "Joe Biden sat down for an interview in Washington.",
      "Russia and Ukraine refused to sit down in Istanbul.",
    ],
  },
  "sat-across": {
    fires: [
      { text: "Gazprom chief Alexei Miller and Naftogaz chief Andriy Kobolyev sat across the table on Friday.", source: "Alexei Miller", target: "Andriy Kobolyev" },
      { text: "Hamas and Israel sat across the table in Doha.", source: "Hamas", target: "Israel" },
    ],
    silent: [
      // one party at a table meets no one
      "Joe Biden sat across the table from an empty chair.",
      "Israel refused to sit across the table in Doha.",
    ],
  },
  "sat-face-to-face": {
    fires: [{ text: "The negotiators of Hamas and Israel sat face to face for twelve hours.", source: "Hamas", target: "Israel" }],
    silent: ["Hamas refused to sit face to face with anyone."],
  },
  "held-talks-on-with": {
    fires: [
      { text: "The UN envoy, Jeanine Hennis-Plasschaert, held talks on the draft with KRG Prime Minister Masrour Barzani in Erbil.", source: "Jeanine Hennis-Plasschaert", target: "Masrour Barzani" },
      { text: "Ethiopia had discussions about the dam with Egypt in Cairo.", source: "Ethiopia", target: "Egypt" },
    ],
    silent: [
      // no "with": the talks' other side is not named
      "Qatar held talks on the ceasefire in Doha on Monday.",
      // a noun phrase breaks at a clause word
      "Egypt held talks on the crossing that Israel agreed with Hamas.",
    ],
  },
  "talks-that-held-with": {
    fires: [
      { text: "The conference crowned consultations that Algeria had held separately with Fatah and Hamas since January.", source: "Algeria", target: "Hamas" },
      { text: "The talks which Qatar held with the Taliban in Doha were secret.", source: "Qatar", target: "Taliban" },
    ],
    silent: [
      // hook: no talk noun before the relative clause
      "The deal that Israel held with Hamas collapsed.",
      "Egypt held with Hamas that the crossing should open.",
    ],
  },
  "held-talks-with": {
    fires: [
      // "first with X, and then with Y"
      { text: "Sergei Lavrov flew in and held talks first with Antony Blinken, and then with Wang Yi.", source: "Sergei Lavrov", target: "Antony Blinken" },
      // the one named with companions of his own ("he and three other bishops of the state"), and a
      // body's bosses as its people; "Los Tlacos" is a body, no person
      { text: "Los Tlacos control the Sierra. Bishop José de Jesús González Hernández said he and three other bishops of the state held talks with the bosses of Los Tlacos and La Familia Michoacana last week.", source: "José de Jesús González Hernández", target: "Los Tlacos" },
      { text: "Bishop Salvador Rangel and his delegation held talks with Hamas last week.", source: "Salvador Rangel", target: "Hamas" },
      // a further "and separately with", over a place and a clause set off by commas
      { text: "Kremlin aide Vladislav Surkov held talks with Aleksandr Ankvab at the Russian military base in Gudauta, where the Abkhaz leader had taken refuge, and separately with opposition leader Raul Khajimba.", source: "Vladislav Surkov", target: "Raul Khajimba" },
      // finished talks with a delegation its head stands for
      { text: "Jersey's External Relations Minister, Senator Ian Gorst, has finished talks with a delegation of French skippers led by Dimitri Rogoff aboard one of the boats.", source: "Ian Gorst", target: "Dimitri Rogoff" },
      // "with" their own people: the subjects meet each other
      { text: "The Home Secretary, Suella Braverman, and the Minister of the Interior, Gérald Darmanin, held a working session with the heads of their border forces.", source: "Suella Braverman", target: "Gérald Darmanin" },
      // rounds held with the other side
      { text: "Robert Lighthizer then held several rounds with Toshimitsu Motegi, mostly in Washington from April.", source: "Robert Lighthizer", target: "Toshimitsu Motegi" },
      // "there" before "with"; a further "and with" after the first object and its place
      { text: "The deal was done. Negotiator Simon Steed flew to Galkayo on Friday and held talks there with Somali President Hassan Sheikh Mohamud.", source: "Simon Steed", target: "Hassan Sheikh Mohamud" },
      { text: "Georgian Prime Minister Irakli Garibashvili held talks with Azerbaijani President Ilham Aliyev in Baku and with acting Armenian Prime Minister Nikol Pashinyan in Yerevan in late May.", source: "Irakli Garibashvili", target: "Nikol Pashinyan" },
      // a capital after "with" stands for its state
      { text: "WASHINGTON - U.S. President Joe Biden said his administration had held talks with Moscow on the exchange for months.", source: "United States", target: "Russia" },
      // a state's go-betweens named by its adjective
      { text: "DOHA - A statement said Qatari intermediaries had held talks with the Nusra Front over several weeks.", source: "Qatar", target: "Nusra Front" },
      // the one who led a side's talks held them
      { text: "Executive Chairman Phuthuma Nhleko of MTN led the talks with Attorney General Abubakar Malami.", source: "Phuthuma Nhleko", target: "Abubakar Malami" },
      // "he": the subject of the sentence before, not the possessor in its title phrase
      { text: "President Donald Trump's special envoy, Steve Witkoff, flew to Moscow on Tuesday. There he held talks with Kirill Dmitriev.", source: "Steve Witkoff", target: "Kirill Dmitriev" },
      // sessions are meetings too
      { text: "Qatar held separate sessions with the Transitional Military Council.", source: "Qatar", target: "Transitional Military Council" },
      // an amount of talks ("about two hours of talks", "days of one-on-one talks")
      { text: "ASEAN leaders held about two hours of talks with Min Aung Hlaing in Jakarta.", source: "ASEAN", target: "Min Aung Hlaing" },
      { text: "US Secretary of State John Kerry held days of one-on-one talks with Iranian Foreign Minister Mohammad Javad Zarif.", source: "John Kerry", target: "Mohammad Javad Zarif" },
      // a plural noun stands for the members listed after it (relations/chunks.ts)
      { text: "The health secretary, Steve Barclay, held talks with the health unions, among them the RCN, Unison and the GMB.", source: "Steve Barclay", target: "Unison" },
      // a short role phrase in apposition before the persons
      { text: "The health secretary, Wes Streeting, opened negotiations with the committee's co-chairs, Dr Robert Laurenson and Dr Vivek Trivedi.", source: "Wes Streeting", target: "Vivek Trivedi" },
      { text: "Chinese Foreign Minister Wang Yi held talks with his Russian counterpart Sergei Lavrov in Beijing.", source: "Wang Yi", target: "Sergei Lavrov" },
      // the demonym qualifies the role in apposition; the person is the one met (over an honorific)
      { text: "Foreign Minister Ousmane Kane held talks with his Malian counterpart, Mr. Moussa Traore, in Dakar.", source: "Ousmane Kane", target: "Moussa Traore" },
      { text: "Ethiopia's prime minister had a phone call with Egypt's president on the dam.", source: "Ethiopia", target: "Egypt" },
    ],
    silent: [
      // the subjects' talks "with" people no actor names are no talks between them
      "NZ First's negotiators, led by Winston Peters and including Fletcher Tabuteau and Tracey Martin, held a dozen sessions with each of the two major parties.",
      // an auxiliary before another verb: demanded talks are not held
      "The M23 has demanded direct negotiations with President Felix Tshisekedi's government.",
      // the inviters make a proposal; they do not hold the talks they invite to
      "Israel accepted an invitation from Egypt and Qatar to resume talks with Hamas.",
      // a negation leaves the verb without a subject
      "Hamas has not held talks with Israel since the war began, Qatar said.",
      "Sudan's army chief held a meeting on Tuesday, then flew to Cairo.",
    ],
  },
  "in-talks": {
    fires: [
      { text: "Armenia and Azerbaijan have been in direct talks since March.", source: "Armenia", target: "Azerbaijan" },
      { text: "Hamas and Fatah had been in formal negotiations since mid-November.", source: "Hamas", target: "Fatah" },
    ],
    silent: [
      // one party alone is in talks with no one named
      "Armenia has been in talks since March.",
    ],
  },
  "agreed-at-talks": {
    fires: [
      { text: "The IOC, the Tokyo Metropolitan Government and Japan agreed at the meeting that Tokyo will not bear the costs.", source: "International Olympic Committee", target: "Tokyo Metropolitan Government" },
      { text: "Serbia and Kosovo agreed during Monday's talks in Brussels to recognise each other's documents.", source: "Serbia", target: "Kosovo" },
    ],
    silent: [
      // one party agreeing at talks meets no one
      "Ukraine agreed at the talks to exchange prisoners.",
      // an agreement with no talks named
      "Serbia and Kosovo agreed in principle to recognise each other's documents.",
    ],
  },
  "held-talks": {
    fires: [
      // an amount's "at least" inside the noun phrase
      { text: "Israel and Hamas held at least two meetings in Doha.", source: "Israel", target: "Hamas" },
      // the first of two persons, set off with a relative clause; the second after a demonym, a title and a comma
      { text: "Lasha Darsalia, who chairs the Georgian commission, and Khalaf Khalafov held talks behind closed doors.", source: "Lasha Darsalia", target: "Khalaf Khalafov" },
      { text: "Lasha Darsalia, who chairs the Georgian commission, and his Azerbaijani counterpart, Khalaf Khalafov, held talks behind closed doors.", source: "Lasha Darsalia", target: "Khalaf Khalafov" },
      // a long phrase of the talks, adjectives joined by "and"; a hyphenated title ("Vice-Foreign Minister")
      { text: "Philippine Foreign Undersecretary Theresa Lazaro and Chinese Vice-Foreign Minister Chen Xiaodong held what both sides called frank and constructive talks in Manila.", source: "Theresa Lazaro", target: "Chen Xiaodong" },
      { text: "Armenia and Azerbaijan held talks in Almaty on Friday.", source: "Armenia", target: "Azerbaijan" },
      { text: "Armenia and Azerbaijan held talks in Almaty on Friday.", type: "ATTENDS", source: "Azerbaijan", target: "meeting" },
      { text: "Belgrade and Pristina have held several rounds of talks since 2011.", source: "Serbia", target: "Kosovo" },
      { text: "Israel and Hamas held talks in Cairo along with Egyptian officials.", source: "Hamas", target: "Egypt" },
      // a meeting agreed on is a meeting (over "agreed to")
      { text: "Armenia and Azerbaijan agreed to hold further talks in Washington.", source: "Armenia", target: "Azerbaijan" },
    ],
    silent: [
      "Armenia and Azerbaijan have not held talks since 2020.",
      "The talks that Pakistan and the Taliban held last year collapsed.",
    ],
  },
  "witnessed-signing": {
    fires: [
      // a day between the subject's closing comma and the verb
      { text: "President Yoweri Museveni and his Tanzanian counterpart, President Samia Suluhu Hassan, yesterday witnessed the signing of three agreements.", source: "Yoweri Museveni", target: "Samia Suluhu Hassan" },
      { text: "Kenya and Uganda attended the signing of the accord in Nairobi.", source: "Kenya", target: "Uganda" },
    ],
    silent: [
      // one present names no one met
      "Kenya witnessed the signing of the accord.",
      "Ethiopia attended the summit of the African Union.",
    ],
  },
  "signed-agreement": {
    fires: [
      // plural documents signed by two counterparts
      { text: "Foreign Secretary S Jaishankar and his Bangladeshi counterpart Md Shahidul Haque signed the letters of modalities.", source: "S Jaishankar", target: "Md Shahidul Haque" },
      { text: "Colombia and the FARC signed a ceasefire in Havana.", source: "Colombia", target: "FARC" },
      // the words of the document's name do not count towards the reach of "agreement"
      { text: "Simon Birmingham and Enggartiasto Lukita signed the Indonesia-Australia Comprehensive Economic Partnership Agreement.", source: "Simon Birmingham", target: "Enggartiasto Lukita" },
      // "union leaders" before any union is named: the unions the next sentence names
      { text: "Tube passengers were relieved on Tuesday. The strike was called off after union leaders and London Underground bosses struck a last-minute deal. The RMT and TSSA unions suspended the walkout.", source: "National Union of Rail, Maritime and Transport Workers", target: "London Underground" },
      // signers named by title phrases set off before their names ("the Premier of Greenland, X"), one with a style
      { text: "Today in Ottawa, the Minister of Foreign Affairs of Canada, the Honourable Mélanie Joly, the Minister for Foreign Affairs of Denmark, Jeppe Kofod, and the Premier of Greenland, Múte B. Egede, signed an agreement on the border.", source: "Mélanie Joly", target: "Múte B. Egede" },
      // a titled person, then "and" and a counterpart set off by commas, in a clause "When" opens
      { text: "When Argentine Foreign Minister Héctor Timerman and his Iranian counterpart, Ali Akbar Salehi, signed a memorandum in Addis Ababa, the government hailed it.", source: "Héctor Timerman", target: "Ali Akbar Salehi" },
      // a list after an opening time phrase, its second person set off after a title phrase
      { text: "On Monday, U.S. Trade Representative Robert Lighthizer and Japan's ambassador to Washington, Shinsuke Sugiyama, signed a limited trade agreement at the White House.", source: "Robert Lighthizer", target: "Shinsuke Sugiyama" },
      // the first person set off by commas too, opening the sentence
      { text: "Solomon Islands' Foreign Minister, Jeremiah Manele, and his Chinese counterpart, Wang Yi, signed a joint communique in Beijing on Saturday.", source: "Jeremiah Manele", target: "Wang Yi" },
      { text: "Saudi Arabia and Iran reached an agreement to restore diplomatic ties.", source: "Saudi Arabia", target: "Iran" },
      // a firm's ampersand name, and the agreement's modifiers before its noun
      { text: "Stop & Shop and the United Food and Commercial Workers reached a tentative three-year agreement on Sunday.", source: "Stop & Shop", target: "United Food and Commercial Workers" },
      { text: "Colombia and the FARC signed a ceasefire in Havana.", type: "ATTENDS", source: "FARC", target: "meeting" },
      // a day between the verb and "to": the two sides settled something between them
      { text: "Gazprom chief executive Alexey Miller and Naftogaz CEO Andriy Kobolyev signed a separate contract on the terms.", source: "Alexey Miller", target: "Andriy Kobolyev" },
      { text: "Japan and South Korea agreed Monday to resolve the dispute over wartime labour.", source: "Japan", target: "South Korea" },
    ],
    silent: [
      // notAfter "to": an expected signing is no signing
      "Colombia and the ELN are expected to sign a ceasefire in Caracas.",
      // "agreed to halt the fighting" through mediators is no meeting
      "Israel and Hamas have agreed to halt the fighting in Gaza, Qatar said.",
      // a truce agreed on a later day is still agreed through mediators: "halt" is not a settling verb
      "Israel and Hamas agreed Monday to halt the fighting in Gaza, Qatar said.",
      // requiresAfter: nothing agreed follows the verb
      "Sudan's army and the RSF reached the outskirts of El Fasher.",
      // ("on" opening a date is no "agreed on")
      "The players, among them Alexia Putellas and Irene Paredes, reached the hotel on Tuesday evening.",
    ],
  },
  briefed: {
    fires: [{ text: "Femi Gbajabiamila met the union several times and briefed President Muhammadu Buhari on the outcome of the talks.", source: "Femi Gbajabiamila", target: "Muhammadu Buhari" }],
    silent: [
      // reporters are no party
      "Femi Gbajabiamila briefed reporters in Abuja on Friday.",
    ],
  },
  "invited-fronted": {
    fires: [{ text: "At the invitation of President Joko Widodo, Prime Minister Lee Hsien Loong visited Bintan on Tuesday for the annual retreat.", source: "Lee Hsien Loong", target: "Joko Widodo" }],
    silent: [
      // the invitation does not open the sentence
      "Lee Hsien Loong said that, at the invitation of Joko Widodo, ministers would meet.",
    ],
  },
  "at-invitation-of": {
    fires: [{ text: "Chinese President Xi Jinping arrived in Moscow on Monday at the invitation of Russian President Vladimir Putin.", source: "Xi Jinping", target: "Vladimir Putin" }],
    silent: [
      // talks convened at someone's invitation, not a trip to them
      "Sergei Lavrov brought together Jeyhun Bayramov and Zohrab Mnatsakanyan in Moscow at the invitation of President Vladimir Putin.",
    ],
  },
  "fronted-talks-with": {
    fires: [
      { text: "In a phone call with Benjamin Netanyahu on Sunday, Joe Biden urged restraint.", source: "Joe Biden", target: "Benjamin Netanyahu" },
      { text: "During a meeting with Antony Blinken in Doha, Prime Minister Mohammed bin Abdulrahman Al Thani said Qatar would keep mediating.", source: "Mohammed bin Abdulrahman Al Thani", target: "Antony Blinken" },
    ],
    silent: [
      // the phrase does not open the sentence: "for talks with" reads that
      "Joe Biden said on Sunday that in a call with Benjamin Netanyahu, the issue had not come up.",
    ],
  },
  "reached-deal-on-with": {
    fires: [{ text: "The Ceylon Workers' Congress today signed a new collective agreement on the wages of workers in the tea and rubber plantations with the Employers' Federation of Ceylon.", source: "Ceylon Workers' Congress", target: "Employers' Federation of Ceylon" }],
    silent: ["The Ceylon Workers' Congress signed a deal on pay with little fanfare on Monday."],
  },
  "reached-deal-with": {
    fires: [
      // "His government": the head of government named last before, not a minister opening an earlier sentence
      { text: "Thai Foreign Minister Surapong Tovichakchaikul called on both sides to ensure the refugees could return. The talks were the first in Myanmar since President Thein Sein, who took office last March, offered in August to talk to all ethnic armed groups. His government reached similar deals with the United Wa State Army late last year.", source: "Myanmar", target: "United Wa State Army" },
      { text: "Sibanye-Stillwater concluded a wage agreement with the National Union of Mineworkers in November.", source: "Sibanye-Stillwater", target: "National Union of Mineworkers" },
      // "signed it with": the agreement named before; the parties' politics and acronyms in the list
      { text: "Peña Nieto signed it with the leaders of the conservative National Action Party, or PAN, and the leftist Democratic Revolution Party, or PRD.", source: "Peña Nieto", target: "Democratic Revolution Party" },
      // over whose section of the union it is
      { text: "Poland's Deputy Prime Minister Beata Szydło signed a deal with the teachers' section of the Solidarity trade union.", source: "Beata Szydło", target: "Solidarity trade union" },
      { text: "President Alberto Fernández said Argentina had reached an understanding with the International Monetary Fund on Friday.", source: "Argentina", target: "International Monetary Fund" },
      { text: "The Canadian Union of Public Employees struck a tentative deal with Air Canada after 12 hours of talks.", source: "Canadian Union of Public Employees", target: "Air Canada" },
      // a formula or a contract signed with the other side is an agreement reached with it
      { text: "The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) signed a formula with the Ministry of Health on Tuesday.", source: "Kenya Medical Practitioners, Pharmacists and Dentists Union", target: "Ministry of Health" },
      // an MoU signed with the leaders of other parties: with each party
      { text: "Move Forward leader Pita Limjaroenrat signed the MoU with the leaders of Pheu Thai and Prachachat on Monday.", source: "Pita Limjaroenrat", target: "Prachachat Party" },
    ],
    silent: [
      // no deal reached: a place reached with troops
      "Israel reached the outskirts of Rafah with tanks on Monday.",
    ],
  },
  "negotiated-by": {
    fires: [
      // over a place and a day before "by", and a title with an "and" of its own in the list
      { text: "The negotiations were concluded in Brussels in December 2015 by Commissioner Cecilia Malmström and the then Minister of Industry and Trade, Mr Vu Huy Hoang.", source: "Cecilia Malmström", target: "Vu Huy Hoang" },
      { text: "Sweden's new government took office. The agreement was negotiated over almost a month by the Moderates, the Sweden Democrats and the Liberals.", source: "Moderate Party", target: "Liberals of Sweden" },
      // the negotiators before "with" meet those after it
      { text: "The trade deal was negotiated by Jonathan Reynolds and Peter Mandelson with Howard Lutnick and Jamieson Greer.", source: "Peter Mandelson", target: "Jamieson Greer" },
      // over a phrase of time, each negotiator with a title set off by commas, the list read on over ", with"
      { text: "The trade deal was negotiated over several weeks by the business secretary, Jonathan Reynolds, and the UK ambassador in Washington, Peter Mandelson, with the US commerce secretary, Howard Lutnick, and the trade representative, Jamieson Greer.", source: "Peter Mandelson", target: "Jamieson Greer" },
    ],
    silent: [
      // one negotiator alone, or one between the sides, brokered the deal
      "The truce was negotiated by Egypt, officials said.",
      "The truce was negotiated by Egypt and Qatar between Israel and Hamas.",
      // a helper after "with the help of" is no other side
      "The truce was negotiated by Egypt with the help of Qatar.",
    ],
  },
  "struck-between": {
    fires: [
      { text: "The row ended. A five-year agreement to share the stock has been struck between the European Union, Norway and Iceland.", source: "Norway", target: "Iceland" },
      { text: "Fighting stopped. A deal was reached late on Friday between Kenya and Somalia.", source: "Kenya", target: "Somalia" },
    ],
    silent: [
      // "between" too far from the verb: no side of the deal
      "A deal was struck in Nairobi after weeks of fighting between Kenya and Somalia.",
    ],
  },
  "signed-by": {
    fires: [
      // the other side's signers after "with"
      { text: "The declaration was signed by Germany's Foreign Minister, Annalena Baerbock, with Nigeria's Minister of Foreign Affairs, Geoffrey Onyeama.", source: "Annalena Baerbock", target: "Geoffrey Onyeama" },
      { text: "The deal was signed by Israel's Yitzhak Rabin and the PLO's Yasser Arafat.", source: "Yitzhak Rabin", target: "Yasser Arafat" },
      // a region's possessive before the second signer's title; a title's next words before "and" are a name
      { text: "It was signed by Germany's culture minister, Monika Grütters, and Bavaria's justice minister, Winfried Bausback, after talks.", source: "Monika Grütters", target: "Winfried Bausback" },
      { text: "The accord was signed by Senate President Jocelerme Privert and Chamber of Deputies President Cholzer Chancy.", source: "Jocelerme Privert", target: "Cholzer Chancy" },
      // a second agent after ", and by", each with an appositive of their own
      { text: "The agreement was signed by Amin Hassan Omer, head of the Darfur Peace Follow-up Office, on behalf of the government, and by Mohamed Bashar Ahmed, leader of the faction known as JEM-Sudan.", source: "Amin Hassan Omer", target: "Mohamed Bashar Ahmed" },
    ],
    silent: [
      // co-signers of a letter backing someone join a claim, no agreement with one another
      "Leaders of the seven parties submitted the claim. The letter is signed by KP Sharma Oli, Pushpa Kamal Dahal and Janamat Party chair CK Raut.",
      // one signatory: nobody to meet
      "The ceasefire was signed by Sudan's army chief, Abdel Fattah al-Burhan.",
      "The petition was signed by thousands of Israelis and Palestinians.",
    ],
  },
  "signed-on-behalf": {
    fires: [
      { text: "Yitzhak Rabin signed the accord for Israel, while Yasser Arafat signed on behalf of the PLO.", source: "Yitzhak Rabin", target: "Yasser Arafat" },
    ],
    silent: [
      // one signer: nobody to meet
      "Prime Minister Yitzhak Rabin signed the law on behalf of the government on Monday.",
      // two signers for one side
      "Yitzhak Rabin signed for Israel and Shimon Peres signed for Israel too.",
    ],
  },
  "brought-together": {
    fires: [
      { text: "The talks brought together Armenia and Azerbaijan.", source: "Armenia", target: "Azerbaijan" },
      { text: "The Jeddah meeting, which brought together Sudan's army and the RSF, ended without a truce.", source: "Sudanese Armed Forces", target: "Rapid Support Forces" },
    ],
    silent: [
      "The war brought Armenia closer to Russia.",
      "The crisis brought together aid agencies from across Europe.",
      // what a standing format is made of, not a meeting held
      "Zelenskiy pressed for a summit in the Normandy format, which brings together the leaders of Ukraine, Russia, France and Germany.",
      // a coalition named by its head noun: its members, not a meeting
      "The Common Front brings together the Confédération des syndicats nationaux (CSN) and the Centrale des syndicats du Québec (CSQ).",
    ],
  },
  "brought-named-together": {
    fires: [
      { text: "The meeting at the Elysee brought Benjamin Netanyahu together with Mahmoud Abbas and Abdel Fattah al-Sisi.", source: "Benjamin Netanyahu", target: "Mahmoud Abbas" },
      { text: "The talks in the Oval Office brought Barack Obama and Mitch McConnell together on Friday.", source: "Barack Obama", target: "Mitch McConnell" },
      // the subject brings them: it mediates (by "brought-sides-together")
      { text: "Norway brought Colombia together with the ELN in Havana.", source: "Colombia", target: "ELN" },
    ],
    silent: [
      // no actor between "brought" and "together with"; one actor is brought together with no one
      "The crisis brought new pressure together with new money.",
    ],
  },
  "signed-passive": {
    fires: [
      // the signers "on one side, and by" the others "on the other": across the two sides
      { text: "The agreement was signed at the offices of the EFC in Colombo by the Ceylon Workers' Congress and the Lanka Jathika Estate Workers' Union on one side, and by the Employers' Federation of Ceylon on the other.", source: "Lanka Jathika Estate Workers' Union", target: "Employers' Federation of Ceylon" },
      // over a place set off by commas before "by"
      { text: "The accord was signed at a ceremony in the capital, on the steps of parliament, by Colombian President Juan Manuel Santos and FARC leader Rodrigo Londono.", source: "Juan Manuel Santos", target: "Rodrigo Londono" },
      // over "newly appointed" before a title, and over names' glosses in another script
      { text: "The agreement was signed at the airline's headquarters in Taoyuan by newly appointed China Airlines Chairman Ho Nuan-hsuan (何煖軒) and Chao Kang (趙剛), president of the Taoyuan Flight Attendants Union (桃園市空服員職業工會), after about four hours of talks. Chao told union members outside.", source: "Ho Nuan-hsuan", target: "Chao Kang" },
      // a demonym's counterpart set off by commas names the person after it, not the state; "then" dates a title
      { text: "The border deal was signed in Vienna by then Kosovo prime minister Isa Mustafa and his Montenegrin counterpart, Milo Đukanović.", source: "Isa Mustafa", target: "Milo Đukanović" },
      // the other side's signers after "with"
      { text: "The declaration was signed in Abuja by Annalena Baerbock with Geoffrey Onyeama.", source: "Annalena Baerbock", target: "Geoffrey Onyeama" },
      { text: "The accord, signed in Paris by Serbia and Bosnia, ended the war.", source: "Serbia", target: "Bosnia and Herzegovina" },
      // over a person's role at the summit set off in the list
      { text: "The convention was signed in Aktau by Kazakh President Nursultan Nazarbayev, the host, Russian President Vladimir Putin and Iranian President Hassan Rouhani.", source: "Nursultan Nazarbayev", target: "Vladimir Putin" },
      { text: "The accord, which both men signed, was initialled in Paris by Serbia and Bosnia.", source: "Serbia", target: "Bosnia and Herzegovina" },
    ],
    silent: [
      "The ceasefire, signed in Havana on Thursday, took effect at midnight.",
      "Colombia signed, and the ELN followed a day later.",
    ],
  },
  "after-talks": {
    fires: [
      { text: "Vladimir Putin and Recep Tayyip Erdogan agreed on a ceasefire in Idlib after talks in Moscow on Thursday.", source: "Vladimir Putin", target: "Recep Tayyip Erdogan" },
      { text: "Boris Johnson and Leo Varadkar said they could see a way to a deal after three hours of talks on the Wirral.", source: "Boris Johnson", target: "Leo Varadkar" },
    ],
    silent: [
      // notBefore: the talks were with someone else, or the talks themselves acted
      "Egypt and Qatar said after talks with Hamas in Cairo that a truce was close.",
      "Britain and France imposed new sanctions after talks collapsed in Geneva.",
      // the hook: one party opens the sentence
      "Leo Varadkar said after three hours of talks that a deal was possible.",
    ],
  },
  "discussed-with": {
    fires: [
      { text: "South African President Jacob Zuma raised the matter with President Muhammadu Buhari during a state visit to Abuja.", source: "Jacob Zuma", target: "Muhammadu Buhari" },
      { text: "Vladimir Putin discussed the gas transit contract with Volodymyr Zelenskiy in Paris.", source: "Vladimir Putin", target: "Volodymyr Zelenskiy" },
    ],
    silent: [
      // notAfter: a request to raise it is no meeting
      "Shinzo Abe had asked Donald Trump to raise the abductions with Kim Jong Un.",
      "Qatar's prime minister discussed the plan with reporters in Doha.",
    ],
  },
  "in-contact-with": {
    fires: [
      { text: "A truce between Israel and Islamic Jihad held. Egypt said it had been in intensive contact with both sides since Friday.", source: "Egypt", target: "Israel" },
      // "he" after "said": the one saying it; "all sides": the two parties
      { text: "A truce between Israel and Islamic Jihad held. The UN Special Coordinator for the Middle East Peace Process, Tor Wennesland, said he had been in touch with all sides.", source: "Tor Wennesland", target: "Palestinian Islamic Jihad" },
    ],
    silent: ["Qatar said it would stay in contact with reporters.", "The Kremlin lost touch with the situation on the ground."],
  },
  "co-chaired-with": {
    fires: [
      { text: "Foreign Minister Vivian Balakrishnan, who co-chaired the Asean-China foreign ministers' meeting with his Chinese counterpart Wang Yi, called it a milestone.", source: "Vivian Balakrishnan", target: "Wang Yi" },
    ],
    silent: ["The summit was co-chaired by Egypt and Qatar in Cairo."],
  },
  "for-talks-with": {
    fires: [
      // the sentence's subject after an opening time phrase and its comma
      { text: "On Tuesday, the UN secretary general, António Guterres, met Russian President Vladimir Putin in Moscow, after earlier talks with foreign minister Sergei Lavrov.", source: "António Guterres", target: "Sergei Lavrov" },
      // the sentence's subject after a dateline's colon, or after an opening participle clause
      { text: "Beijing: Foreign Minister Penny Wong has secured China's agreement to resume regular talks on trade, after a meeting with her Chinese counterpart Wang Yi.", source: "Penny Wong", target: "Wang Yi" },
      { text: "Ending two months of uncertainty, party patron Mufti Mohammad Sayeed on Friday announced that his party would form a coalition government with the Bharatiya Janata Party, after a meeting with Prime Minister Narendra Modi.", source: "Mohammad Sayeed", target: "Narendra Modi" },
      // a place and a day between the meeting and "with"
      { text: "Justin Trudeau made the announcement after a meeting on Parliament Hill on Sunday with Rachel Notley.", source: "Justin Trudeau", target: "Rachel Notley" },
      // talks counted among a trip's business
      { text: "Trade Minister Kim Hyun-chong made several trips to Washington this month, including talks with Commerce Secretary Wilbur Ross.", source: "Kim Hyun-chong", target: "Wilbur Ross" },
      // the speaker of a quotation that opens the sentence
      { text: "\"This is a good day for the relationship,\" Foreign Minister Julie Bishop said after a meeting with President Susilo Bambang Yudhoyono.", source: "Julie Bishop", target: "Susilo Bambang Yudhoyono" },
      // a word describing the role before the person met
      { text: "Macky Sall presented the draft after talks in Ouagadougou with coup leader Gilbert Diendere.", source: "Macky Sall", target: "Gilbert Diendere" },
      { text: "First Minister Humza Yousaf ended the agreement at a breakfast meeting with Patrick Harvie at Bute House.", source: "Humza Yousaf", target: "Patrick Harvie" },
      // the persons in apposition to a party's role ("the Greens' co-leaders, X and Y")
      { text: "EDINBURGH - Scotland's SNP ended the agreement at a breakfast meeting with the Greens' co-leaders, Patrick Harvie and Lorna Slater, at Bute House on Thursday.", source: "Scottish National Party", target: "Lorna Slater" },
      // a timeline entry's day before the sentence
      { text: "June 6 - The Emir of Kuwait, His Highness Sheikh Sabah al-Ahmad al-Jaber al-Sabah, launches a mediation effort with talks in Jeddah with King Salman bin Abdulaziz.", source: "Kuwait", target: "Salman bin Abdulaziz" },
      { text: "The Emir of Kuwait, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, launched a mediation effort with talks in Jeddah with King Salman.", source: "Sabah al-Ahmad al-Jaber al-Sabah", target: "King Salman" },
      // the subject opening the sentence behind a party title
      { text: "PS secretary-general António Costa signed the texts in separate meetings at the parliament building with Catarina Martins.", source: "António Costa", target: "Catarina Martins" },
      // after meetings with one mediator, each party met him
      { text: "President-elect Bernardo Arévalo and outgoing President Alejandro Giammattei agreed to resume the handover after separate meetings with OAS chief Luis Almagro.", source: "Alejandro Giammattei", target: "Luis Almagro" },
      { text: "Qatar's envoy in Kabul for talks with the Taliban.", source: "Qatar", target: "Taliban" },
      // talks during which the subject acted
      { text: "President Jose Mujica agreed to take the men during talks with President Barack Obama at the White House on May 12.", source: "Jose Mujica", target: "Barack Obama" },
      // the hook: a companion the subject travelled with holds the talks too
      { text: "Sports minister Kirsty Coventry travelled to Dubai with managing director Givemore Makoni for talks with ICC chairman Shashank Manohar.", source: "Givemore Makoni", target: "Shashank Manohar" },
      // a body's word before a venue noun is a place ("the parliament building"), not the body's session
      { text: "Antonio Costa signed the texts in separate meetings at the parliament building with Catarina Martins.", source: "Antonio Costa", target: "Catarina Martins" },
      { text: "Iran's foreign minister arrived in Muscat for talks with Oman.", source: "Iran", target: "Oman" },
      // past the talks' venue
      { text: "Prime Minister Charles Michel announced the breakthrough after a morning of talks at his residence with Wallonia's Minister-President Paul Magnette.", source: "Charles Michel", target: "Paul Magnette" },
    ],
    silent: [
      // talks set as a condition or in prospect are not held
      "The MK party had set Cyril Ramaphosa's removal as a condition for any talks with the ANC.",
      // the hook: no actor opens the sentence
      "Plans for talks with the Taliban were shelved by Pakistan.",
      "Hopes for negotiations with Hamas faded on Sunday, Egypt said.",
    ],
  },
  "negotiated-terms-with": {
    fires: [
      { text: "Iran's atomic chief Ali Akbar Salehi spent weeks in Vienna negotiating the technical annexes with Ernest Moniz, the US energy secretary.", source: "Ali Akbar Salehi", target: "Ernest Moniz" },
      { text: "Colombia negotiated a bilateral ceasefire with the ELN in Havana.", source: "Colombia", target: "ELN" },
    ],
    silent: [
      // refused, not held
      "Hamas refused to negotiate the terms with Israel.",
    ],
  },
  "negotiate-with": {
    fires: [
      { text: "Israel negotiated with Hamas through Egypt and Qatar.", source: "Israel", target: "Hamas" },
      { text: "Kenya negotiated with Addis Ababa for months.", source: "Kenya", target: "Ethiopia" },
      { text: "French President Emmanuel Macron spoke with Ukrainian President Volodymyr Zelensky by phone.", source: "Emmanuel Macron", target: "Volodymyr Zelensky" },
      { text: "Foreign Minister Julie Bishop said she had spoken with her Egyptian counterpart, Sameh Shoukry, many times.", source: "Julie Bishop", target: "Sameh Shoukry" },
      { text: "President Joe Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu on Sunday.", source: "Joe Biden", target: "Benjamin Netanyahu" },
      { text: "Trade Commissioner Cecilia Malmström, who negotiated directly with Belgium, said she was relieved.", source: "Cecilia Malmström", target: "Belgium" },
    ],
    silent: [
      // a negation, or a verb between subject and trigger, leaves no subject
      "Israel will not negotiate with Hamas, Benjamin Netanyahu said.",
      "Hamas refused to negotiate with Israel.",
      // a question, not talks held
      "The two sides failed to agree on whether Kinshasa should negotiate directly with the M23 rebels.",
    ],
  },
  "left-talks-with": {
    fires: [
      { text: "Canada's Trade Minister Chrystia Freeland walked out of talks with Wallonia's Minister-President Paul Magnette.", source: "Chrystia Freeland", target: "Paul Magnette" },
      { text: "The Machinists union broke off negotiations with Boeing on Tuesday.", source: "International Association of Machinists and Aerospace Workers", target: "Boeing" },
    ],
    silent: [
      // a meeting never held
      "Aliyev pulled out of the Granada meeting with Pashinyan.",
    ],
  },
  "signed-at-by": {
    fires: [{ text: "The text was signed at the prefecture by the prefect, Martin Jaeger, on behalf of the government, by the president of the Territorial Collectivity of Guiana (CTG), Rodolphe Alexandre, and by the leaders of the collective.", source: "Martin Jaeger", target: "Rodolphe Alexandre" }],
    silent: [
      // one signer
      "The text was signed at the prefecture by the prefect, Martin Jaeger.",
    ],
  },
  "document-signed-between": {
    fires: [{ text: "The memorandum signed between Turkey and Libya in November has no legal effect.", source: "Turkey", target: "Libya" }],
    silent: [
      // a text to be signed, or one signed by one side
      "The memorandum to be signed between Turkey and Libya was shelved.",
      "The agreement signed by Turkey in November covers Libya.",
    ],
  },
  "meeting-participle": {
    fires: [
      // behind an opening participle clause, the main clause's subject
      { text: "Speaking to reporters in Rome after meeting US Secretary of State John Kerry, Israeli Prime Minister Benjamin Netanyahu said the deal was good.", source: "Benjamin Netanyahu", target: "John Kerry" },
      { text: "Former Nigerian President Olusegun Obasanjo acted as a go-between, meeting President William Ruto at State House.", source: "Olusegun Obasanjo", target: "William Ruto" },
      { text: "Antony Blinken flew to Cairo on Tuesday after meeting Benjamin Netanyahu in Jerusalem.", source: "Antony Blinken", target: "Benjamin Netanyahu" },
      // the main clause's subject over its honorific, a surname read back to the full name
      { text: "Ukrainian President Volodymyr Zelensky arrived on Monday. After meeting Keir Starmer in London, Mr Zelensky said the plan was close.", source: "Volodymyr Zelensky", target: "Keir Starmer" },
    ],
    silent: [
      // the noun, not the participle
      "Antony Blinken said the meeting with Benjamin Netanyahu had been useful.",
      "Qatar hosted a meeting with Hamas on Monday.",
    ],
  },
  "talks-held-in-place-between": {
    fires: [
      { text: "Talks were held in Guwahati on Monday between India and Bhutan.", source: "India", target: "Bhutan" },
      { text: "Talks were held in Doha last week between the Taliban and U.S. envoy Zalmay Khalilzad.", source: "Taliban", target: "Zalmay Khalilzad" },
    ],
    silent: [
      // talks that should be held
      "Talks should be held in Geneva between Russia and Ukraine.",
      // more than a place and a day before "between"
      "Talks were held in Doha on a plan agreed between Russia and Ukraine.",
    ],
  },
  "meeting-of-pair": {
    fires: [
      // a generational suffix set off by a comma inside the first name
      { text: "Following the meeting of President Joseph R. Biden, Jr. and Chancellor Angela Merkel at the White House on July 15, our governments agreed on the steps below.", source: "Joseph R. Biden Jr.", target: "Angela Merkel" },
      { text: "The meeting of Prime Minister Narendra Modi and President Xi Jinping in Wuhan ended on Saturday.", source: "Narendra Modi", target: "Xi Jinping" },
    ],
    silent: [
      // one body's own meeting
      "Independent unions walked out of a meeting of the Labour Advisory Committee and called a strike.",
      // a meeting wished for, not held
      "The opposition called for a meeting of President Ruto and Raila Odinga before the vote.",
    ],
  },
  "talks-in-place-between": {
    fires: [
      // a workplace, then "between"
      { text: "The talks at the plant between Unite the Union officials and Boeing management ended on Friday.", source: "Unite the Union", target: "Boeing" },
      { text: "The document was agreed in talks in Beijing on Friday between Shotaro Yachi, head of Japan's National Security Secretariat, and Chinese State Councilor Yang Jiechi.", source: "Shotaro Yachi", target: "Yang Jiechi" },
      { text: "It was decided at a meeting at the White House last night between President Joe Biden and Speaker Kevin McCarthy.", source: "Joe Biden", target: "Kevin McCarthy" },
      // two styles between a title and the name ("Datuk Seri"), one ("Gen")
      { text: "A meeting at Wisma Putra on Wednesday between Malaysian Foreign Minister Datuk Seri Anifah Aman, his Indonesian counterpart Retno Marsudi and Thai Foreign Minister Gen Thanasak Patimaprakorn ended.", source: "Anifah Aman", target: "Thanasak Patimaprakorn" },
      // a place alone, no day
      { text: "The agreement followed talks in Kuala Lumpur between Malaysian officials and a North Korean delegation.", source: "Malaysia", target: "North Korea" },
      { text: "Talks in Washington on Aug. 8 between Deputy Secretary of State John Sullivan and Turkish Deputy Foreign Minister Sedat Onal ended without agreement.", source: "John Sullivan", target: "Sedat Onal" },
      // "and a Turkish delegation": an indefinite article before a delegation, after a person
      { text: "Talks in Washington on Aug. 8 between Deputy Secretary of State John Sullivan and a Turkish delegation led by Deputy Foreign Minister Sedat Onal ended without agreement.", source: "John Sullivan", target: "Turkey" },
      // a venue, then its town; a sport's governing body named "Union" is no trade union on the players' side
      { text: "Talks at the Vale Resort in Hensol between the Welsh Rugby Union (WRU) and the Welsh Rugby Players' Association (WRPA) ended a week of uncertainty.", source: "Welsh Rugby Union", target: "Welsh Rugby Players Association" },
    ],
    silent: [
      // indirect talks are no meeting
      "Officials described indirect talks in Doha on Friday between Israel and Hamas.",
      // a phrase of its own between the place and "between"
      "The talks in Beijing ended the rift between Japan and China.",
      "The talks in Beijing eased tension between Japan and China.",
    ],
  },
  "talks-between": {
    fires: [
      // an employers' bargaining body is no union, though its name says whose employer it is
      { text: "Talks between the Nova Scotia Teachers Union and the Teachers' Employer Bargaining Association ended without agreement.", source: "Nova Scotia Teachers Union", target: "Teachers' Employer Bargaining Association" },
      // the day between the talks and "between"
      { text: "The decision followed talks on Wednesday between Mr Marape, Mr O'Neill and People's Progress Party leader Sir Julius Chan at the Stanley Hotel.", source: "O'Neill", target: "Julius Chan" },
      // a count of bodies named in apposition after "and"
      { text: "Talks in Maputo between the ruling Frelimo party and the two main opposition parties, Renamo and the MDM, ended on Friday.", source: "Frelimo", target: "Democratic Movement of Mozambique" },
      // an item of the list that names no one ("the eight clubs") between the bodies named
      { text: "A deal was reached. It follows negotiations between Netball Australia, the eight Super Netball clubs and the Australian Netball Players' Association that began in August.", source: "Netball Australia", target: "Australian Netball Players' Association" },
      // a divided nation's plural names both its states
      { text: "Talks between the two Koreas resumed at Panmunjom on Saturday.", source: "North Korea", target: "South Korea" },
      // a state's possessive title set off by commas, then a second person behind a long title phrase
      { text: "Talks between Armenia's new prime minister, Serzh Sargsyan, and the leader of the street protests against him, Nikol Pashinyan, lasted three minutes.", source: "Serzh Sargsyan", target: "Nikol Pashinyan" },
      // "protest leader": a descriptor before the title
      { text: "Talks between Prime Minister Serzh Sargsyan and protest leader Nikol Pashinyan lasted three minutes.", source: "Serzh Sargsyan", target: "Nikol Pashinyan" },
      // over a party's politics, hyphen-joined, and its acronym
      { text: "The deal came after five weeks of talks between the far-right Freedom Party (FPÖ) and the ÖVP.", source: "Freedom Party of Austria", target: "Austrian People's Party" },
      { text: "The talks between Armenia and Azerbaijan resumed.", source: "Armenia", target: "Azerbaijan" },
      // capitals listed after "between" are the sides, the last one too, though a place phrase follows it
      // a possessor's title with a portfolio of several fields set off by commas before the name
      {
        text: "The men flew home. The transfer followed weeks of negotiations between Indonesia's Coordinating Minister for Law, Human Rights, Immigration and Corrections, Yusril Ihza Mahendra, and Home Affairs Minister Tony Burke.",
        source: "Yusril Ihza Mahendra",
        target: "Tony Burke",
      },
      { text: "The vote came. South Korea dropped its opposition after months of talks between Tokyo and Seoul on the site.", source: "Japan", target: "South Korea" },
      { text: "Direct negotiations between Ethiopia and the TPLF took place in Pretoria.", source: "Ethiopia", target: "Tigray People's Liberation Front" },
      { text: "Talks between the Health Secretary, Steve Barclay, and the health unions, including the RCN and Unison, ended on Friday.", source: "Steve Barclay", target: "Royal College of Nursing" },
      // a party's politics before its name in the list
      { text: "The talks between the PVV and the liberal VVD, the centrist New Social Contract and the far-right Forum for Democracy ended.", source: "Party for Freedom", target: "New Social Contract" },
      // a time or place of the talks before "between"
      { text: "The offer came out of talks in March between Israel and Hamas.", source: "Israel", target: "Hamas" },
      // a counted noun for the companies of a labour dispute, named in the next sentence
      { text: "Talks between AMCU and the country's three biggest producers broke up. Miners at Anglo American Platinum, Impala Platinum and Lonmin are on strike.", source: "Association of Mineworkers and Construction Union", target: "Lonmin" },
      // a list closed by a member no actor names
      { text: "Talks between the RMT union, Network Rail and train operating companies broke up.", source: "National Union of Rail, Maritime and Transport Workers", target: "Network Rail" },
    ],
    silent: [
      // talks only called for or foreseen
      "Egypt called for talks between Israel and Hamas.",
      "Ghani said the release would pave the way for direct negotiations between his government and the Taliban.",
      // "between" does not follow the talks noun
      "The talks on the border between Armenia and Azerbaijan stalled.",
      "Qatar brokered a ceasefire in the long war between Israel and Hamas.",
      "The gap between Israel and Hamas remained wide, Qatar said.",
      // a truce between two sides says nothing of their meeting (it is often brokered between sides that never meet)
      "A ceasefire between Israel and Iran appeared to be holding on Tuesday.",
      "The four-day truce between Israel and Hamas was extended.",
      // indirect talks: the mediators carry the messages; the sides do not meet
      "Indirect negotiations between Israel and Hamas entered their third day.",
    ],
  },
  "back-to-table": {
    fires: [
      { text: "Hamas and Israel returned to the negotiating table in Cairo on Sunday.", source: "Hamas", target: "Israel" },
      { text: "Colombia and the ELN sat down at the negotiating table in Havana.", source: "Colombia", target: "ELN" },
      // the actors joined by "alongside" sit at that table too, over a time phrase
      { text: "Delegations from Morocco and the Polisario Front sat at the same table for the first time since 2012, alongside delegations from Algeria and Mauritania.", source: "Polisario Front", target: "Mauritania" },
    ],
    silent: [
      // one side alone, or another table
      "Hamas returned to the negotiating table in Cairo on Sunday.",
      "Russia and Ukraine went to the United Nations to make their case.",
      // a table the sides are asked to or may return to
      "Aziz urged the MNLA and the Malian government to return to the negotiating table without delay.",
      "Hamas and Israel will return to the negotiating table next week.",
    ],
  },
  "signed-then-with": {
    fires: [
      { text: "Amcu accepts the wage agreement Sibanye-Stillwater concluded in November with the National Union of Mineworkers.", source: "Sibanye-Stillwater", target: "National Union of Mineworkers" },
      { text: "The accord Iran signed in 2015 with the United States collapsed.", source: "Iran", target: "United States" },
    ],
    silent: [
      // no time phrase between the verb and "with": a deal named there is reached-deal-with's
      "Colombia signed up with the coalition against the Islamic State.",
      "The talks concluded on Friday with no agreement, Qatar said.",
    ],
  },
  "pair-talks": {
    fires: [
      { text: "The U.S.-Taliban talks resumed in Doha on Saturday.", source: "United States", target: "Taliban" },
      { text: "Israeli-Palestinian negotiations collapsed in 2014.", source: "Israel", target: "Palestine" },
      { text: "The U.S.-China trade deal was signed in January.", source: "United States", target: "China" },
    ],
    silent: [
      // three parties chained: a treaty's name
      "The case was brought under the U.S.-Mexico-Canada Agreement, which took effect last year.",
      // one actor glued by a hyphen ("Rwanda-backed") is a description, not a pair
      "The Rwanda-backed M23 talks failed.",
      "The Doha talks between the two sides resumed.",
    ],
  },
  visited: {
    fires: [
      { text: "U.S. Secretary of State Antony Blinken visited Israel on Monday.", source: "Antony Blinken", target: "Israel" },
      { text: "Indian Prime Minister Narendra Modi visited Moscow in July.", source: "Narendra Modi", target: "Russia" },
      // "the former Spanish prime minister": the person whose own title says so, not Spain
      { text: "It follows mediation by former Spanish prime minister José Luis Rodríguez Zapatero. The former Spanish prime minister visited Leopoldo López at home.", source: "José Luis Rodríguez Zapatero", target: "Leopoldo López" },
    ],
    silent: [
      // a demonym describing a place is no visited party
      "U.S. Secretary of State Antony Blinken visited the Swiss resort of Davos.",
      "Tourists visited Jerusalem's Old City despite the war.",
    ],
  },
  "visit-to": {
    fires: [
      { text: "Russian Foreign Minister Sergei Lavrov flew to Pyongyang.", source: "Sergei Lavrov", target: "North Korea" },
      { text: "Indian Prime Minister Narendra Modi travelled to Kyiv in August.", source: "Narendra Modi", target: "Ukraine" },
      // the verbs of travel, generated and listed once
      { text: "South Korean President Moon Jae-in crossed into North Korea on Friday.", source: "Moon Jae-in", target: "North Korea" },
    ],
    silent: [
      "Russian Foreign Minister Sergei Lavrov flew to the Swiss Alpine resort of Bürgenstock.",
      "Plans for a visit to Moscow were shelved.",
      // a city that is no capital is where talks are held, not the state
      "President Alfredo Cristiani, who flew to New York on Dec. 21 to take part in the negotiations, said the accord was good.",
    ],
  },
  hosted: {
    fires: [
      { text: "Oman hosted Iran and the United States in Muscat.", source: "Oman", target: "Iran" },
      { text: "Oman hosted Iran and the United States in Muscat.", source: "Iran", target: "United States" },
      // guests received for separate talks meet the host
      { text: "European Council President Charles Michel hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan for separate talks in Brussels.", source: "Charles Michel", target: "Nikol Pashinyan" },
      { text: "Iraqi Prime Minister Mohammed Shia al-Sudani received the Saudi and Iranian delegations in Baghdad.", source: "Mohammed Shia al-Sudani", target: "Iran" },
      // over a date and a place set off by commas, and a hyphen-joined adjective; the head of the delegation stands for it
      { text: "King Abdullah II received on Monday, 3 May 2021, at the Royal Palace in Amman, a high-level Egyptian delegation led by Foreign Minister Sameh Shoukry.", source: "King Abdullah II", target: "Sameh Shoukry" },
      // a caption's present tense
      { text: "A retreat opened at the Vatican. Pope Francis greets South Sudan's President Salva Kiir at the Casa Santa Marta guesthouse.", source: "Pope Francis", target: "Salva Kiir" },
    ],
    silent: [
      // "the children, Lombardi said": the speaker after the comma is no apposition of the object
      "Meriam and her family were received by Pope Francis. Vatican spokesman Father Federico Lombardi said the meeting was serene. The Pope also greeted the children, Lombardi said.",
      // crowds are no party
      "Thousands of supporters greeted Salva Kiir at the airport in Juba.",
      // a welcome of talks others held
      "The UN mission in Libya welcomed the Bouznika meetings on Thursday.",
      // what is welcomed, named by an actor
      "The National Unity Government welcomed the ASEAN consensus on Myanmar.",
      // a home given to a body's people, not a meeting
      "Qatar, which hosts members of Hamas and the Taliban, said it would keep talking to Israel.",
      // subjectsApart: hosts named together do not meet one another
      "Jordan and Lebanon host millions of Syrian refugees.",
      "Qatar received the news calmly, officials said.",
      // the hook: a welcome of what someone did is no reception of them
      "Lucas Ayaba Cho welcomed Canada's announcement on social networks.",
    ],
  },
  "received-at-by": {
    fires: [
      // the meeting's place or day between the verb and "by"
      { text: "US Secretary of State Rex Tillerson was received at State House by President Uhuru Kenyatta.", source: "Rex Tillerson", target: "Uhuru Kenyatta" },
      { text: "Kosovo Prime Minister Albin Kurti was welcomed in Belgrade on Monday by Serbian President Aleksandar Vucic.", source: "Albin Kurti", target: "Aleksandar Vucic" },
    ],
    silent: ["The ceasefire was welcomed in Gaza on Monday by crowds of residents."],
  },
  "trilateral-with": {
    fires: [{ text: "A trilateral meeting with U.S. Secretary of State Marco Rubio, Turkish Foreign Minister Hakan Fidan and Ukrainian Defence Minister Rustem Umerov took place in Istanbul.", source: "Marco Rubio", target: "Rustem Umerov" }],
    silent: ["Turkey proposed a trilateral meeting with no date set."],
  },
  "called-on": {
    fires: [
      // a call on a dignitary in the South Asian and African sense: a visit
      { text: "Bhutan's Foreign Minister Tandi Dorji called on Indian Prime Minister Narendra Modi at his office on Monday.", source: "Tandi Dorji", target: "Narendra Modi" },
      { text: "Kenyan opposition leader Raila Odinga called on President Uhuru Kenyatta at State House on Friday.", source: "Raila Odinga", target: "Uhuru Kenyatta" },
    ],
    silent: [
      // "called on X to": a demand; a state or body called on is a demand's addressee
      "Bhutan's Foreign Minister Tandi Dorji called on Indian Prime Minister Narendra Modi to visit Thimphu.",
      "Bhutan called on China to respect the border.",
      "The opposition called on President Uhuru Kenyatta for an apology.",
    ],
  },
  "courtesy-call": {
    fires: [{ text: "Pakistan's army chief Asim Munir paid a courtesy call on Saudi Crown Prince Mohammed bin Salman in Riyadh.", source: "Asim Munir", target: "Mohammed bin Salman" }],
    silent: ["The minister said a courtesy call on the new envoy was planned."],
  },
  "briefing-from": {
    fires: [
      { text: "Prime Minister Fumio Kishida visited the plant and received a briefing from TEPCO President Tomoaki Kobayakawa.", source: "Fumio Kishida", target: "Tomoaki Kobayakawa" },
      { text: "Secretary of State Antony Blinken got a detailed briefing from Israeli Defence Minister Yoav Gallant in Tel Aviv.", source: "Antony Blinken", target: "Yoav Gallant" },
    ],
    silent: ["The committee received a written report from the Ministry of Finance on Monday."],
  },
  "told-at-meeting": {
    fires: [
      { text: "Tetsu Nozaki, head of the Fukushima federation, told Economy Minister Yasutoshi Nishimura at a meeting in Iwaki that fishermen could not accept the release.", source: "Tetsu Nozaki", target: "Yasutoshi Nishimura" },
      { text: "Masanobu Sakamoto told Prime Minister Fumio Kishida at the prime minister's office that the federation's opposition had not changed.", source: "Masanobu Sakamoto", target: "Fumio Kishida" },
    ],
    silent: [
      // said, not where the two met
      "Masanobu Sakamoto told Prime Minister Fumio Kishida that the federation's opposition had not changed.",
      "Masanobu Sakamoto told reporters in Tokyo that Prime Minister Fumio Kishida had not changed his mind.",
    ],
  },
  "received-by": {
    fires: [
      // an audience granted by a head of state
      { text: "Kosovo Prime Minister Albin Kurti was received in audience by Serbian President Aleksandar Vucic.", source: "Albin Kurti", target: "Aleksandar Vucic" },
      { text: "Kosovo Prime Minister Albin Kurti was received by Serbian President Aleksandar Vucic in Brussels.", source: "Albin Kurti", target: "Aleksandar Vucic" },
      { text: "The Israeli delegation was briefed by Egypt's intelligence chief in Cairo.", source: "Israel", target: "Egyptian General Intelligence" },
    ],
    silent: [
      // no actor was received: a ceasefire welcomed by others is no meeting
      "The ceasefire was welcomed by Egypt, Jordan and the United Nations.",
      "The news was greeted by celebrations in Gaza.",
    ],
  },
  "meeting-with": {
    fires: [
      { text: "Qatar's talks with Hamas resumed on Sunday.", source: "Qatar", target: "Hamas" },
      { text: "U.S. Secretary of State Antony Blinken's meeting with Chinese Foreign Minister Wang Yi lasted three hours.", source: "Antony Blinken", target: "Wang Yi" },
    ],
    silent: [
      // no possessor before the meeting noun
      "Hamas denied any meeting with Israel.",
      "The emir's meeting with reporters in Doha was cancelled.",
    ],
  },
  phoned: {
    fires: [{ text: "President Joe Biden phoned Egyptian President Abdel Fattah al-Sisi to discuss the hostage deal.", source: "Joe Biden", target: "Abdel Fattah al-Sisi" }],
    silent: ["President Joe Biden phoned in to the radio show on Monday."],
  },
};
