// Coordinated objects (relations/lists.ts): where a list of actors goes on and where it stops.
import { describe, expect, it } from "vitest";
import type { GraphJson } from "@backchannel/schema";
import { extractArticles } from "../src/index.js";

/** The MEETS pairs of one text, as "A -> B" by node names. */
function meets(text: string): string[] {
  const g: GraphJson = extractArticles([{ id: "list", text }]);
  const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
  return g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`).sort();
}

/** The DEMANDS pairs of one text, as "A -> B" by node names. */
function demands(text: string): string[] {
  const g: GraphJson = extractArticles([{ id: "list", text }]);
  const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
  return g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`).sort();
}

describe("a counted group ('the four countries')", () => {
  it("stands for the list of as many states named up to six sentences before, and for the same states later on", () => {
    const text = [
      "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar.",
      "Qatar rejected the accusation.",
      "Kuwait offered to mediate.",
      "Its emir flew to Jeddah.",
      "He then went to Doha.",
      "Secretary of State Rex Tillerson urged the four countries to ease the blockade.",
      "Qatar answered on July 3.",
      "Kuwait passed the reply on.",
      "Egypt hosted a meeting.",
      "Oman stayed neutral.",
      "Turkey sent troops.",
      "Iran sent food.",
      "The four countries insisted that Qatar meet all of their demands.",
    ].join(" ");
    expect(demands(text)).toEqual([
      "Bahrain -> Qatar",
      "Egypt -> Qatar",
      "Rex Tillerson -> Bahrain",
      "Rex Tillerson -> Egypt",
      "Rex Tillerson -> Saudi Arabia",
      "Rex Tillerson -> United Arab Emirates",
      "Saudi Arabia -> Qatar",
      "United Arab Emirates -> Qatar",
    ]);
  });
});

describe("rivals counted before they are named ('Libya's two main rivals')", () => {
  it("stand for the persons the next sentence names, when it names that many", () => {
    const text = "Libya's two main rivals on Tuesday committed to a ceasefire, after talks near Paris brokered by French President Emmanuel Macron. Fayez al-Sarraj, who heads the Government of National Accord, and Khalifa Haftar, the commander of the Libyan National Army, spent the afternoon at the chateau.";
    expect(meets(text)).toEqual(["Fayez al-Sarraj -> Khalifa Haftar"]);
    // "the two men" later are those rivals, not the person who speaks to them
    const later = `${text} The envoy Ghassan Salame attended. Analysts were cautious. French President Emmanuel Macron asked the two men to meet again within weeks.`;
    expect(demands(later)).toEqual(["Emmanuel Macron -> Fayez al-Sarraj", "Emmanuel Macron -> Khalifa Haftar"]);
    // three persons named next are not "two rivals"
    expect(meets(text.replace("and Khalifa Haftar,", "Aguila Saleh and Khalifa Haftar,"))).toEqual([]);
  });
});

describe("church leaders counted ('the two church leaders')", () => {
  it("stand for the persons named before with a cleric's title or a church, when there are that many", () => {
    const text = "Pope Francis met South Sudan's President Salva Kiir at a retreat organised with the head of the Church of England, Justin Welby. The two church leaders have for years sought to mediate between Kiir and his former deputy, Riek Machar.";
    const g: GraphJson = extractArticles([{ id: "clerics", text }]);
    const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
    const mediators = [...new Set(g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => name.get(e.source)))];
    expect(mediators).toEqual(expect.arrayContaining(["Pope Francis", "Justin Welby"]));
    expect(mediators).not.toContain("Salva Kiir");
  });
});

describe("lists set off by dashes", () => {
  it("name the people a common noun before them stands for, but only spell out a name's members", () => {
    expect(meets("The three EU foreign ministers - Frank-Walter Steinmeier, Radoslaw Sikorski and Laurent Fabius - held talks with Viktor Yanukovych.")).toEqual([
      "European Union -> Viktor Yanukovych",
      "Frank-Walter Steinmeier -> Viktor Yanukovych",
      "Laurent Fabius -> Viktor Yanukovych",
      "Radoslaw Sikorski -> Viktor Yanukovych",
    ]);
    // after a name the list is the name's members: no meetings among them
    expect(meets("The talks between Iran and the P5+1 - the US, Britain, France, China and Russia plus Germany - overran the deadline.")).toEqual(["Iran -> P5+1"]);
  });
});

/** The MEDIATES sources of one text, by node names. */
function mediators(text: string): string[] {
  const g: GraphJson = extractArticles([{ id: "list", text }]);
  const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
  return [...new Set(g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => name.get(e.source)!))].sort();
}

describe("lists of objects", () => {
  it("go on over each object's own place", () => {
    expect(meets("Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Jerusalem and President Mahmoud Abbas in Ramallah.")).toEqual([
      "Antony Blinken -> Benjamin Netanyahu",
      "Antony Blinken -> Mahmoud Abbas",
    ]);
    expect(meets("Qatar's prime minister held talks with Hamas leaders in Doha and with Israeli officials at the Foreign Ministry in Jerusalem.")).toEqual(["Qatar -> Hamas", "Qatar -> Israel"]);
  });

  it("go on over a one-word place with no title after it, and the objects met elsewhere attend the meeting of their own place", () => {
    const text = "Chinese Foreign Minister Wang Yi met Sheikh Hasina in Dhaka and Aung San Suu Kyi in Naypyitaw last weekend.";
    // ("Sheikh Hasina" is her whole name, as the gazetteer of leaders lists it)
    expect(meets(text)).toEqual(["Wang Yi -> Aung San Suu Kyi", "Wang Yi -> Sheikh Hasina"]);
    const g: GraphJson = extractArticles([{ id: "list", text }]);
    const attends = (place: string) => g.edges.filter((e) => e.attributes.type === "ATTENDS" && e.target.startsWith(`meeting:${place}`)).map((e) => e.source).sort();
    expect(attends("dhaka")).toEqual(["person:sheikh-hasina", "person:wang-yi"]);
    expect(attends("naypyitaw")).toEqual(["person:aung-san-suu-kyi", "person:wang-yi"]);
  });

  it("go on over each object's own day", () => {
    expect(meets("Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu on Monday and President Mahmoud Abbas on Tuesday.")).toEqual([
      "Antony Blinken -> Benjamin Netanyahu",
      "Antony Blinken -> Mahmoud Abbas",
    ]);
    expect(meets("Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu on Monday and Hamas rejected the plan.")).toEqual(["Antony Blinken -> Benjamin Netanyahu"]);
  });

  it("are what a 'they' opening the next sentence stands for", () => {
    const text = "Nigerian President Bola Tinubu waited at the Villa. The Nigeria Labour Congress and the Trade Union Congress arrived shortly after 4pm. There they met Tinubu.";
    expect(meets(text)).toEqual(["Nigeria Labour Congress -> Bola Tinubu", "Trade Union Congress -> Bola Tinubu"]);
    // one actor opening the sentence before: no list for "they" to stand for
    expect(meets("Nigerian President Bola Tinubu waited at the Villa. The Nigeria Labour Congress arrived on Thursday. There they met Tinubu.")).toEqual([]);
  });

  it("stop at a place when the next actor opens a clause of its own", () => {
    expect(meets("Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Jerusalem and Hamas rejected the plan.")).toEqual(["Antony Blinken -> Benjamin Netanyahu"]);
  });

  it("read a plural noun's listed members as one side of the talks, who do not meet one another", () => {
    expect(meets("Talks between the Health Secretary, Steve Barclay, and the health unions, including the RCN and Unison, ended on Friday.")).toEqual([
      "Steve Barclay -> Royal College of Nursing",
      "Steve Barclay -> Unison",
    ]);
  });

  it("start at the names set off after a count of a possessed whole ('two of its shareholders, X and Y')", () => {
    expect(mediators("The swap between Serbia and Kosovo was brokered by two of the region's neighbours, Albania and Montenegro.")).toEqual(["Albania", "Montenegro"]);
    expect(mediators("The deal between Chile and Codelco was brokered by two of Codelco's biggest customers, Glencore and Eni.")).toEqual(["Eni", "Glencore"]);
  });

  it("read a state's adjective, words for a body's kind and the body's name as the body", () => {
    expect(mediators("The deal between Chile and Peru was brokered by Italian energy group Eni and Norwegian state energy company Equinor.")).toEqual(["Eni", "Equinor"]);
    // a lower-case word that is no body's kind keeps the state
    expect(mediators("The deal between Chile and Peru was brokered by Spanish officials and Equinor.")).toEqual(["Equinor", "Spain"]);
  });

  it("go on over an indefinite article before the second of two delegations", () => {
    expect(meets("The meeting brought together a PSOE delegation and a Junts team.")).toEqual(["Spanish Socialist Workers' Party -> Junts per Catalunya"]);
  });
});

describe("lists of persons named by surname", () => {
  it("go on over a particle opening the next surname ('Uchida and de Meo, who met')", () => {
    const text = "Nissan CEO Makoto Uchida and Renault CEO Luca de Meo spoke. The talks were led by Uchida and de Meo, who met repeatedly in Paris.";
    expect(meets(text)).toEqual(["Makoto Uchida -> Luca de Meo"]);
  });

  it("go on over a hedged adjective ('the mainly Muslim Seleka') and a repeated 'by', and never pair a person with his own body", () => {
    const text =
      "The agreement was signed by Mohamed Moussa Dhaffane, the head of the delegation of the mainly Muslim Seleka rebel coalition, and by Patrice Ngaissona, coordinator of the mostly Christian anti-balaka militias.";
    expect(meets(text)).toEqual(["Mohamed Moussa Dhaffane -> Patrice Ngaissona", "Séléka -> Patrice Ngaissona"]);
  });

  it("keep the person an appositive describes as the list's item, not a person the appositive names", () => {
    const text = "The accord was signed by Tiebile Drame, the special envoy of Mali's interim president Dioncounda Traore, and by Bilal Ag Acherif, secretary general of the MNLA.";
    expect(meets(text)).toEqual(["Tiebile Drame -> Bilal Ag Acherif"]);
  });

  it("make a gathering of four or more at a named meeting attend it, not meet pair by pair", () => {
    const text = "Leaders agreed to respect the embargo after a day of talks in Berlin that brought together the leaders of Russia, Turkey, France and Italy.";
    expect(meets(text)).toEqual([]);
    const g: GraphJson = extractArticles([{ id: "list", text }]);
    expect(g.edges.filter((e) => e.attributes.type === "ATTENDS").map((e) => e.source).sort()).toEqual(["state:france", "state:italy", "state:russia", "state:turkey"]);
    // three sides still meet one another; so do four when no meeting is named
    expect(meets("Talks in Berlin brought together Russia, Turkey and France.")).toEqual(["Russia -> France", "Russia -> Turkey", "Turkey -> France"]);
  });
});

describe("subjects", () => {
  it("go on over an American party tag set off by commas (', D-Calif.,'), which ties the lawmaker to the party", () => {
    const text = "Rep. Ann Kowalczyk, D-Calif., urged President Donald Trump to reopen the government.";
    expect(demands(text)).toEqual(["Ann Kowalczyk -> Donald Trump"]);
    const g: GraphJson = extractArticles([{ id: "tag", text }]);
    const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
    const affiliations = g.edges.filter((e) => e.attributes.type === "AFFILIATED_WITH").map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`);
    expect(affiliations).toContain("Ann Kowalczyk -> Democratic Party");
  });

  it("go on over a person's appositive of two titles joined by 'and'", () => {
    const text = "Prince Faisal bin Farhan, Minister of Foreign Affairs of the Kingdom of Saudi Arabia, and Don Pramudwinai, Deputy Prime Minister and Minister of Foreign Affairs of the Kingdom of Thailand, held talks in Riyadh.";
    expect(meets(text)).toEqual(["Faisal bin Farhan -> Don Pramudwinai"]);
  });

  it("take the body that said the first clause as the 'it' of the next ('..., and it urged')", () => {
    expect(demands("In a statement, the Treasury said the United States had prepared an agreement, and it urged Ethiopia to sign the agreement.")).toEqual(["United States -> Ethiopia"]);
    // with no body saying the first clause, "it" stands for nobody
    expect(demands("The round ended without a deal in Washington, and it urged Ethiopia to sign the agreement.")).toEqual([]);
  });

  it("take the person an appositive describes as the 'who' after a body named with 'the'", () => {
    expect(meets("Among them was Sadiq al-Mahdi, acting head of the Umma party, who met Abdalla Hamdok repeatedly.")).toEqual(["Sadiq al-Mahdi -> Abdalla Hamdok"]);
  });

  it("read an interview's 'we' as the speaker whose name and colon open the turn", () => {
    const text = "The Arakan Army spoke about the truce.\n\nThe Irrawaddy: What do you want?\n\nArakan Army spokesman Khine Thu Kha: We demanded that the Tatmadaw release the civilians it arrested.\n\nThe Irrawaddy: And now?";
    expect(demands(text)).toEqual(["Khine Thu Kha -> Tatmadaw"]);
    // the interviewer's turn is no one's
    expect(demands("The Irrawaddy: We demanded that the Tatmadaw release the civilians.")).toEqual([]);
  });

  it("read a transcript's speaker label in capitals as the person named in full before ('NICHOL: We met ...')", () => {
    const text = "Rob Nichol, chief executive of the New Zealand Rugby Players' Association, spoke to Hemi Walker.\n\nHEMI WALKER: Who was in the room?\n\nNICHOL: We met Mark Robinson, New Zealand Rugby's chief executive, in Wellington on Thursday.";
    expect(meets(text)).toEqual(["Rob Nichol -> Mark Robinson"]);
  });

  it("read a parliament's record: the speaker's surname in capitals, seat and office in brackets before the colon", () => {
    const text = "STATEWIDE TREATY BILL 2025\nDebate resumed.\n\nNatalie HUTCHINS (Sydenham - Minister for Treaty and First Peoples) (11:42): I rise to conclude debate on the bill.\n\nMembers interjecting.\n\nBrad BATTIN (Berwick - Leader of the Opposition) (11:51): The Coalition will not support this bill. I call on Natalie Hutchins to put this treaty to the people at the next election.\n\nDanny O'BRIEN (Gippsland South): I ask Ms Hutchins to table the full costings.";
    expect(demands(text)).toEqual(["Brad Battin -> Natalie Hutchins", "Danny O'Brien -> Natalie Hutchins"]);
  });

  it("read 'the regime' as the state whose armed forces were named before", () => {
    expect(demands("Japan's envoy met the Tatmadaw's leaders. Japan's envoy said the talks were useful. The regime has asked the Arakan Army to withdraw its police.")).toEqual(["Myanmar -> Arakan Army"]);
  });

  it("read 'the government' as the state the story is set in, not one it names once in passing", () => {
    const text = "Casino workers have picketed in Phnom Penh for months. The labour ministry mediated in Phnom Penh. Chhim Sithar was arrested at Phnom Penh airport, returning from a union congress in Australia. The International Trade Union Confederation urged the government to free her. Cambodia has not replied, and Cambodia's courts have not ruled.";
    expect(demands(text)).toEqual(["International Trade Union Confederation -> Cambodia"]);
  });

  it("read 'the authorities' as the state the article is clearly about, and as no state when the mediator's is named as often", () => {
    expect(demands("Egypt agreed a loan with the IMF. Egypt will float the pound, Egypt's central bank said. The IMF urged the authorities to slow spending.")).toEqual(["International Monetary Fund -> Egypt"]);
    expect(demands("Qatar hosted talks between Israel and Hamas in Doha. Israel's team met Hamas in Qatar. Hamas urged the authorities to free its fighters.")).toEqual([]);
  });

  it("give a demand no addressee names to the other side, never to a court the article names more", () => {
    expect(demands("The Histadrut called a strike. Histadrut chairman Ofer Eini met the National Labor Court. The National Labor Court, whose president, Judge Nili Arad, heard the case. Finance Minister Yuval Steinitz of Israel spoke. Eini had demanded that the state take on contract workers.")).toEqual(["Ofer Eini -> Israel"]);
  });

  it("read 'the Cabinet' as the government of the state the article is about", () => {
    expect(demands("The Dutch government appointed Johan Remkes as mediator. LTO chairman Sjaak van der Tak urged the Cabinet to adopt the recommendations.")).toEqual(["Sjaak van der Tak -> Netherlands"]);
    expect(demands("The Dutch government appointed Johan Remkes as mediator. LTO chairman Sjaak van der Tak urged the cabinet to adopt the recommendations.")).toEqual(["Sjaak van der Tak -> Netherlands"]);
  });

  it("read the addressee over its acronym in brackets before 'to'", () => {
    expect(demands("The leaders of Armenia and Azerbaijan appealed to the Organization for Security and Co-operation in Europe (OSCE) to close the Minsk process.")).toEqual(["Armenia -> OSCE", "Azerbaijan -> OSCE"]);
  });
});

describe("acronyms defined in the text", () => {
  it("name a party the gazetteer knows by its native initials ('the Left Bloc (BE)'), keeping the list and the later acronym", () => {
    const text = "The Socialist Party (PS) signed separate agreements with the Left Bloc (BE), the Portuguese Communist Party (PCP) and the Ecologist Party (PEV). The BE had demanded an end to the freeze on pensions.";
    expect(meets(text)).toEqual(["Socialist Party -> Ecologist Party", "Socialist Party -> Left Bloc", "Socialist Party -> Portuguese Communist Party"]);
    expect(demands(text)).toEqual(["Left Bloc -> Socialist Party"]);
  });

  it("never give a generic name inside a longer one the longer name's acronym ('Social Democratic Party (SDP)')", () => {
    expect(demands("The Social Democratic Party (SDP) lost. The SDP called on Joe Biden to explain the cuts.")).toEqual(["Social Democratic Party -> Joe Biden"]);
  });
});

describe("mediators named by where they are from", () => {
  it("do not make their state a mediator ('Zapatero of Spain', no title)", () => {
    const g: GraphJson = extractArticles([{ id: "m", text: "Venezuela's government and the opposition MUD met in Caracas. The facilitators: José Luis Rodríguez Zapatero of Spain and Leonel Fernández of the Dominican Republic." }]);
    const mediators = [...new Set(g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => e.source))].sort();
    expect(mediators).toEqual(["person:jose-luis-rodriguez-zapatero", "person:leonel-fernandez"]);
  });
});


describe("a list past a relative clause that titles its first person", () => {
  it("goes on past ', who is also governor of X, and co-leader Y' to Y", () => {
    expect(meets("Sanae Takaichi met Hirofumi Yoshimura, who is also governor of Osaka Prefecture, and co-leader Fumitake Fujita in Tokyo.")).toEqual([
      "Sanae Takaichi -> Fumitake Fujita",
      "Sanae Takaichi -> Hirofumi Yoshimura",
    ]);
    // a relative clause with no title is a clause, not an apposition: the list stops
    expect(meets("Sanae Takaichi met Hirofumi Yoshimura, who had flown in from Osaka that morning with his aides, and later Fumitake Fujita spoke.")).toEqual(["Sanae Takaichi -> Hirofumi Yoshimura"]);
  });
});

describe("persons tagged with their parties in brackets", () => {
  it("are one list past each bracketed party, and a name before an acronym the article gave a party is a person", () => {
    const text = "The Slovak National Party (SNS) joined the coalition. The leaders of the three parties, Robert Fico (Smer-SD), Peter Pellegrini (Hlas-SD) and Andrej Danko (SNS), signed a memorandum in Bratislava on October 11.";
    expect(meets(text)).toEqual(["Peter Pellegrini -> Andrej Danko", "Robert Fico -> Andrej Danko", "Robert Fico -> Peter Pellegrini"]);
    const g = extractArticles([{ id: "tag", text }]);
    expect(g.nodes.find((n) => n.attributes.name === "Andrej Danko")?.attributes.type).toBe("Person");
  });
});

describe("the two negotiating teams", () => {
  it("are the two parties at the table, and a body's dotted initials spell its acronym", () => {
    const text = "The B.C. Teachers' Federation and the B.C. Public School Employers' Association resumed talks. BCTF president Jim Iker was hopeful. Vince Ready met the two negotiating teams separately through the weekend.";
    expect(meets(text)).toEqual(["B.C. Teachers' Federation -> B.C. Public School Employers' Association", "Vince Ready -> B.C. Public School Employers' Association", "Vince Ready -> B.C. Teachers' Federation"]);
    const g = extractArticles([{ id: "bc", text }]);
    expect(g.nodes.filter((n) => n.attributes.type === "Group").map((n) => n.attributes.name).sort()).toEqual(["B.C. Public School Employers' Association", "B.C. Teachers' Federation"]);
  });
});

describe("a clause set off by commas inside a list ('Hamas, which controls Gaza, and Israel')", () => {
  it("is passed over to the actor after its closing 'and'", () => {
    expect(meets("Negotiations between Hamas, which controls Gaza, and Israel resumed in Cairo.")).toEqual(["Hamas -> Israel"]);
    expect(meets("Talks between a two-member Assam government delegation, comprising ministers Atul Bora and Ashok Singhal, and the Mizoram government resumed.")).toEqual(["Assam -> Mizoram"]);
    expect(meets("Talks between the Sudanese government, led by Interior Minister Ali Ahmed, and the SPLM-N, headed by Abdelaziz al-Hilu, resumed in Juba.")).toEqual(["Sudan -> SPLM-N"]);
  });
  it("ends the list when no actor follows the conjunction, or when the clause runs on past a second comma", () => {
    expect(meets("Negotiators met Hamas, which controls Gaza, and said little.")).toEqual([]);
    expect(meets("Talks between Hamas, which controls Gaza, the West Bank's neighbour, and Israel resumed.")).toEqual([]);
  });
});

describe("a subject named in an appositive with its acronym", () => {
  it("is read over the acronym in brackets", () => {
    const text = "Antram, the hauliers' association, refused to talk. The second union involved in the walkout, the Independent Union of Goods Drivers (SIMM), reached an agreement with Antram on Thursday.";
    expect(meets(text)).toEqual(["Independent Union of Goods Drivers -> Antram"]);
  });
});

describe("a body no reading took, before a listed person's title", () => {
  it("does not end the list ('signed by Sandu, ACUM co-leader Andrei Nastase and Dodon')", () => {
    const text = "ACUM co-leader Maia Sandu and President Igor Dodon, a Socialist, spoke. Under the deal, signed by Sandu, ACUM co-leader Andrei Nastase and Dodon, the two sides agreed to cooperate.";
    expect(meets(text)).toEqual(["Andrei Nastase -> Igor Dodon", "Maia Sandu -> Andrei Nastase", "Maia Sandu -> Igor Dodon"]);
  });
});

describe("a listed person whose state's possessive and title come first", () => {
  it("is the person, and the list goes on past them ('attended by A, Japan's Olympic Minister B and C')", () => {
    const g: GraphJson = extractArticles([{ id: "list", text: "The talks in Tokyo on Friday were attended by John Coates, Japan's Olympic Minister Seiko Hashimoto and Yoshiro Mori." }]);
    const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
    const attending = g.edges.filter((e) => e.attributes.type === "ATTENDS").map((e) => name.get(e.source));
    expect(attending.sort()).toEqual(["John Coates", "Seiko Hashimoto", "Yoshiro Mori"]);
  });
});

describe("a person standing for the fighters loyal to them, and a person's appositive a relative clause ends", () => {
  it("reads 'the government and rebels loyal to X' as a list, and goes on past 'A, a former minister who heads ..., and B'", () => {
    expect(meets("Ethiopia hosted the talks. The truce was signed by Nhial Deng Nhial, a former foreign minister who heads the delegation of Kenya, and Taban Deng Gai.")).toEqual(["Nhial Deng Nhial -> Taban Deng Gai"]);
    const g: GraphJson = extractArticles([{ id: "list", text: "ADDIS ABABA, Jan 23 - Chad's government and rebels loyal to former defence minister Mahamat Nouri signed a ceasefire in Addis Ababa on Thursday." }]);
    const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
    const attending = g.edges.filter((e) => e.attributes.type === "ATTENDS" || e.attributes.type === "MEETS").map((e) => name.get(e.source));
    expect(attending).toContain("Mahamat Nouri");
  });
});

describe("a subject after a long title phrase that opens the sentence", () => {
  it("is the person after the title's tail of places joined by 'and'", () => {
    const text = "The Awami League and the BNP have not met. The US Assistant Secretary of State for South and Central Asia, Nisha Desai Biswal, also called on the two sides to resume dialogue, the US embassy said.";
    expect(demands(text)).toEqual(["Nisha Desai Biswal -> Awami League", "Nisha Desai Biswal -> BNP"]);
  });
});

describe("a person the demand counts among those it is about", () => {
  it("is no addressee ('the release of detained activists, including Samar Badawi')", () => {
    const text = "In August 2018, Saudi Arabia expelled Canada's ambassador after Global Affairs Canada called for the immediate release of detained women's rights activists, including Samar Badawi.";
    expect(demands(text)).toEqual(["Global Affairs Canada -> Saudi Arabia"]);
  });
});

describe("signers named for each side ('signed by A and B for the government and by C and D for the protesters')", () => {
  it("meet the other side's signers, not their own side's", () => {
    const text = "ISLAMABAD - The agreement ended the sit-in. It was signed by Interior Minister Ahsan Iqbal and Interior Secretary Arshad Mirza for the government and by TLYRA chief Khadim Hussain Rizvi, Pir Muhammad Afzal Qadri and Dr Muhammad Shafiq Amini for the protesters.";
    expect(meets(text)).toEqual([
      "Ahsan Iqbal -> Khadim Hussain Rizvi",
      "Ahsan Iqbal -> Muhammad Shafiq Amini",
      "Ahsan Iqbal -> Pir Muhammad Afzal Qadri",
      "Arshad Mirza -> Khadim Hussain Rizvi",
      "Arshad Mirza -> Muhammad Shafiq Amini",
      "Arshad Mirza -> Pir Muhammad Afzal Qadri",
    ]);
    // with no side named, every signer meets every other
    expect(meets("It was signed by Ahsan Iqbal and Arshad Mirza and by Khadim Hussain Rizvi.")).toContain("Ahsan Iqbal -> Arshad Mirza");
  });
});

describe("two offices sharing one 'the' ('called on the First Minister and deputy First Minister to')", () => {
  it("stand for the two persons who hold them", () => {
    const text = "BELFAST - First Minister Peter Robinson said no. Deputy First Minister Martin McGuinness urged the unionist parties to accept the proposals. Alliance leader David Ford called on the First Minister and deputy First Minister to convene a meeting of the five party leaders.";
    expect(demands(text)).toEqual(["David Ford -> Martin McGuinness", "David Ford -> Peter Robinson"]);
    // a title right before a name is that name's ("The Trade Secretary and Minister Tehan held talks")
    expect(meets("Trade Secretary Liz Truss spoke. Minister Dan Tehan spoke. The Trade Secretary and Minister Tehan held talks by video on Monday.")).toEqual(["Liz Truss -> Dan Tehan"]);
  });
});

describe("negotiators named before and after 'with' ('negotiated by A and B with C and D')", () => {
  it("meet across the 'with', not on their own side", () => {
    expect(meets("The trade deal was negotiated by Jonathan Reynolds and Peter Mandelson with Howard Lutnick and Jamieson Greer.")).toEqual([
      "Jonathan Reynolds -> Howard Lutnick",
      "Jonathan Reynolds -> Jamieson Greer",
      "Peter Mandelson -> Howard Lutnick",
      "Peter Mandelson -> Jamieson Greer",
    ]);
  });
});

describe("'both ministers' other than the subject's own side", () => {
  it("reads the two sides' ministers, not the host's own minister, as those the host received and urged", () => {
    const text = "Foreign Ministers Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan ended two days of talks in Almaty on Saturday. The talks were hosted by Kazakhstan's Foreign Minister, Murat Nurtleu, and on Friday President Kassym-Jomart Tokayev received both ministers and urged them to seize the chance for peace.";
    const met = meets(text);
    expect(met).toContain("Kassym-Jomart Tokayev -> Ararat Mirzoyan");
    expect(met).not.toContain("Kassym-Jomart Tokayev -> Murat Nurtleu");
    expect(demands(text)).toEqual(["Kassym-Jomart Tokayev -> Ararat Mirzoyan", "Kassym-Jomart Tokayev -> Jeyhun Bayramov"]);
  });
});

describe("two titles of one person", () => {
  it("reads 'Vietnamese Deputy Prime Minister and Foreign Minister X' as one person, no state met apart", () => {
    expect(meets("Yang Jiechi met Vietnamese Deputy Prime Minister and Foreign Minister Pham Binh Minh.")).toEqual(["Yang Jiechi -> Pham Binh Minh"]);
  });
});

describe("the sides and the government of a story that names no state in full", () => {
  it("takes a labour dispute's union and employer as 'both sides' when the employer is named more than any state", () => {
    const text = "The Teamsters union and Canadian National Railway resumed talks on Monday. The Teamsters said Canadian National had refused to budge. Quebec Premier François Legault said the Quebec government was worried. The Quebec government said it wanted a deal. Legault said the Quebec government would act. The Teamsters said so. Alberta Premier Jason Kenney urged both sides to keep grain moving.";
    expect(demands(text)).toEqual(["Jason Kenney -> Canadian National Railway", "Jason Kenney -> International Brotherhood of Teamsters"]);
    // a state named more than the company: the strike is against the government, the company named in passing
    const strike = "Nigeria's unions and the government of Nigeria met again. Nigeria said it would not restore the subsidy. The NLC said Nigeria had refused. The NLC said the strike would go on. Shell said output was normal. Shell said so. The cleric John Onaiyekan urged both sides to shift ground.";
    expect(demands(strike)).toEqual(["John Onaiyekan -> Nigeria", "John Onaiyekan -> Nigeria Labour Congress"]);
    // a company named three times is the employer, however often the story names the state
    const rail = "The Teamsters Canada Rail Conference (TCRC) ended its strike at CN Rail on Tuesday. CN Rail said freight would resume. Ottawa had pressed both sides. Canada's labour minister said Canada needed the trains, and Canadian farmers agreed. The deal was reached after talks in Montreal between the two sides. CN Rail thanked the union.";
    expect(meets(rail)).toEqual(["Teamsters Canada Rail Conference -> Canadian National Railway"]);
  });

  it("reads 'the federal government' as the state the places lie in, and a generic party by the one state named once", () => {
    expect(demands("Railway workers struck in Montreal and Quebec City. Alberta Premier Jason Kenney urged the federal government to recall Parliament.")).toEqual(["Jason Kenney -> Canada"]);
    // a bare "the government" of a story set in a province may be the province's: left unread
    expect(demands("Railway workers struck in Montreal and Quebec City. Alberta Premier Jason Kenney urged the government to recall Parliament.")).toEqual([]);
    const g: GraphJson = extractArticles([{ id: "p", text: "Junior doctors walked out, and Britain's health service cancelled operations. Labour's shadow health secretary, Wes Streeting, pressed the Prime Minister to get involved." }]);
    expect(g.nodes.map((n) => n.attributes.name)).toContain("Labour Party");
  });
});

describe("a team named with its members ('a team of Mozambican figures that included X and Y')", () => {
  it("stands for the persons listed after 'that included', past a demonym and their descriptions", () => {
    const text = "Armando Guebuza and Afonso Dhlakama signed a peace accord in Maputo on Friday. The talks were mediated by a team of Mozambican figures that included academic Lourenço do Rosário and Anglican bishop Dinis Sengulane.";
    expect(mediators(text)).toEqual(["Dinis Sengulane", "Lourenço do Rosário"]);
  });

  it("reads a name with 'do' ('Lourenço do Rosário') whole, and a name a given name opens before 'and' a title as a person", () => {
    const g: GraphJson = extractArticles([{ id: "d", text: "Lourenço do Rosário said the talks would resume. The panel included academic John Smith and Catholic bishop Dinis Sengulane." }]);
    const people = g.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.name).sort();
    expect(people).toEqual(["Dinis Sengulane", "John Smith", "Lourenço do Rosário"]);
  });
});

describe("a chair of talks his own government attends", () => {
  it("leads that side: 'a meeting with a Federal Government team ... chaired by the Chief of Staff' is no mediation", () => {
    const text = "ABUJA - The Nigeria Labour Congress suspended its strike after a meeting with a Federal Government team at the Presidential Villa in Abuja and Lagos. The meeting was chaired by the Chief of Staff to the President, Femi Gbajabiamila.";
    expect(meets(text)).toEqual(["Nigeria Labour Congress -> Nigeria"]);
    expect(mediators(text)).toEqual([]);
  });
});
