// Where a meeting took place (recognize/meetings.ts): the place after a time phrase, a venue or a named
// body, the place a where-clause hangs on, a one-word place the gazetteer does not know.
import { describe, expect, it } from "vitest";
import type { GraphJson } from "@backchannel/schema";
import { extractArticles } from "../src/index.js";

/** The meetings of one text, as "name | place". */
function meetings(text: string): string[] {
  const g: GraphJson = extractArticles([{ id: "m", date: "2024-05-01", text }]);
  return g.nodes.filter((n) => n.attributes.type === "Meeting").map((n) => `${n.attributes.name} | ${n.attributes.place}`).sort();
}

describe("meeting places", () => {
  it("are read past a time phrase between the meeting word and the place", () => {
    expect(meetings("The chairperson welcomes the signing today in Pretoria of the agreement between Ethiopia and the TPLF.")).toEqual(["Pretoria signing | Pretoria"]);
    expect(meetings("The talks resumed on Monday in Nairobi between the government and the rebels.")).toEqual(["Nairobi talks | Nairobi"]);
    // no place: nothing to name the meeting by
    expect(meetings("The talks resumed on Monday between the government and the rebels.")).toEqual([]);
  });

  it("are read past a venue in plain words after 'at', and talks before the day's news take its weekday", () => {
    const g: GraphJson = extractArticles([{ id: "m", date: "2024-03-12", text: "Darmanin and the Corsican delegation agreed early on Tuesday on a draft text, after a final round of talks at the interior ministry in Paris that ran past midnight." }]);
    const talks = g.nodes.filter((n) => n.attributes.type === "Meeting").map((n) => `${n.attributes.name} | ${n.attributes.place} | ${n.attributes.date}`);
    expect(talks).toEqual(["Paris talks | Paris | 2024-03-12"]);
    expect(meetings("They agreed after a session at the board's offices in Quebec City.")).toEqual(["Quebec session | Quebec"]);
    // "at the request of": no venue
    expect(meetings("Talks at the request of the union resumed in a hotel.")).toEqual([]);
  });

  it("are read past the sides of talks 'with' a state's ruling and opposition parties", () => {
    expect(meetings("European Parliament facilitators held a second round of talks with Serbia's ruling and opposition parties in Belgrade.")).toEqual(["Belgrade talks | Belgrade"]);
  });

  it("are read past a second object of people no actor names", () => {
    expect(meetings("Kurt Campbell met Solomon Islands Prime Minister Manasseh Sogavare and senior ministers in Honiara on Friday.")).toEqual(["Honiara meeting | Honiara"]);
    // "and" opening a clause of its own: its place is not the meeting's
    expect(meetings("Kurt Campbell met Manasseh Sogavare and praised the reforms under way in Honiara.")).toEqual([]);
  });

  it("are read past a venue or a named body", () => {
    expect(meetings("Mugabe met army commander Constantino Chiwenga at State House in Harare on Sunday.")).toEqual(["Harare meeting | Harare"]);
    expect(meetings("The arrangement followed a meeting of the Bilateral Consultation Mechanism on the South China Sea in Manila.")).toEqual(["Manila meeting | Manila"]);
    expect(meetings("The two leaders met for about an hour at Trump's golf resort in Turnberry, on the Ayrshire coast.")).toEqual(["Turnberry meeting | Turnberry"]);
  });

  it("are the dateline's capital, or that of the state the story is about, for 'the capital'", () => {
    expect(meetings("KHARTOUM, 5 July - Sudan's army and the protest movement reached a deal after two days of talks at a hotel in the capital.")).toEqual(["Khartoum talks | Khartoum"]);
    expect(meetings("Japan's government and the IOC clashed. Japan's Olympic minister and the IOC held talks in the capital on Friday. Japan's organisers agreed.")).toEqual(["Tokyo talks | Tokyo"]);
    // a part of the capital, or a capital named in apposition, is not the capital's name
    expect(meetings("Japan's government and the IOC clashed. Japan's Olympic minister and the IOC held talks at a castle in the capital's main park. Japan's organisers agreed.")).toEqual([]);
    expect(meetings("Thailand's envoy and Thailand's army chief praised the deal. Thailand's envoy and the rebels held talks in the capital, Naypyidaw, on Friday.")).not.toContain("Bangkok talks | Bangkok");
  });

  it("are the place a state's description names ('the Swiss resort of Mont Pelerin')", () => {
    expect(meetings("Cyprus and Turkish Cypriot leaders held talks at the Swiss resort of Mont Pelerin on Sunday.")).toEqual(["Mont Pelerin talks | Mont Pelerin"]);
    expect(meetings("Israel and Hamas held talks in the Egyptian resort town of Sharm el-Sheikh on Monday.")).toEqual(["Sharm el-Sheikh talks | Sharm el-Sheikh"]);
  });

  it("are read past a venue's own words, and a seat of government is the place it names", () => {
    expect(meetings("Anwar Ibrahim, who mediated the talks at his official residence in Putrajaya, announced the agreement.")).toEqual(["Putrajaya talks | Putrajaya"]);
    expect(meetings("Akazawa sat down with President Donald Trump at the White House on Tuesday.")).toEqual(["White House meeting | White House"]);
    expect(meetings("The talks at the Kremlin lasted five hours.")).toEqual(["Kremlin talks | Kremlin"]);
    // the seat must be the object of "at": a seat elsewhere in the clause is no place
    expect(meetings("Akazawa met officials of the White House on Tuesday.")).toEqual([]);
  });

  it("make no actor of a seat of government that is only a place, and one of a seat that acts", () => {
    const groups = (text: string): string[] => extractArticles([{ id: "m", date: "2024-05-01", text }]).nodes.filter((n) => n.attributes.type === "Group").map((n) => String(n.attributes.name));
    expect(groups("Milei met the two governors at the Casa Rosada on Monday.")).toEqual([]);
    expect(groups("Anwar received the envoy at Seri Perdana. Officials near the Binnenhof said nothing.")).toEqual([]);
    expect(groups("Lavrov met Rubio at the Kremlin on Tuesday.")).toEqual([]);
    expect(groups("The Casa Rosada said the governors had asked for the transfers.")).toEqual(["Casa Rosada"]);
    expect(groups("Wisma Putra said no ransom was paid.")).toEqual(["Wisma Putra"]);
    expect(groups("Japan will open its market further, according to the White House.")).toEqual(["White House"]);
    // the place keeps the words the article gives it
    expect(meetings("Biden met Reed's parents in the Oval Office on Wednesday.")).toEqual(["Oval Office meeting | Oval Office"]);
  });

  it("are a venue named after 'at' when no known place follows it", () => {
    expect(meetings("Prime Minister Stefan Löfven met Annie Lööf at Rosenbad, the government headquarters, on Friday.")).toEqual(["Rosenbad meeting | Rosenbad"]);
    expect(meetings("President Uhuru Kenyatta met Raila Odinga at Harambee House on Friday.")).toEqual(["Harambee House meeting | Harambee House"]);
    expect(meetings("Yair Lapid held talks with Naftali Bennett at the Kfar Maccabiah hotel on Wednesday.")).toEqual(["Kfar Maccabiah hotel talks | Kfar Maccabiah hotel"]);
    expect(meetings("King Salman received President Abdrabbuh Mansour Hadi at Al-Yamamah Palace on Tuesday.")).toEqual(["Al-Yamamah Palace meeting | Al-Yamamah Palace"]);
    // a known place after the venue is the place; a press conference is no meeting
    expect(meetings("Xi Jinping met Ma Ying-jeou at the Shangri-La Hotel in Singapore on Saturday.")).toEqual(["Singapore meeting | Singapore"]);
    expect(meetings("The deal was announced at a press conference at the Prime Ministry on Sunday.")).toEqual([]);
  });

  it("are read past the titles of the sides between whom talks are held", () => {
    expect(meetings("Abe welcomed the summit between U.S. President Donald Trump and North Korean leader Kim Jong Un in Singapore.")).toEqual(["Singapore summit | Singapore"]);
  });

  it("are read as a town the gazetteer does not know when the text names it a town", () => {
    expect(meetings("The truce was signed after a day of talks in the town of Challhuahuacho between the communities and the company.")).toEqual(["Challhuahuacho talks | Challhuahuacho"]);
    expect(meetings("The leaders met in the central city of Penonomé on Sunday.")).toEqual(["Penonomé meeting | Penonomé"]);
    // a body's name after "of" is no town
    expect(meetings("The talks at the offices of the Labour Ministry ended.")).toEqual([]);
  });

  it("come from a place phrase just before the meeting noun's own phrase", () => {
    expect(meetings("The deal was finalized on Sunday in Rome at a meeting between Israeli and Turkish envoys.")).toEqual(["Rome meeting | Rome"]);
    expect(meetings("Goyal spent four days in London last week in talks with Jonathan Reynolds.")).toEqual(["London talks | London"]);
    // the place of another clause is not the meeting's
    expect(meetings("Goyal, who lives in London, said talks with Jonathan Reynolds went well.")).toEqual([]);
  });

  it("are read past the objects a verb joins with 'and', and past the side's team after 'with'", () => {
    expect(meetings("Gordhan met union leaders and the airline's management at the offices of the Department of Public Enterprises in Pretoria on Friday.")).toEqual(["Pretoria meeting | Pretoria"]);
    expect(meetings("Goodell joined the negotiations, meeting with the NFLRA's bargaining team in New York for more than 20 hours.")).toEqual(["New York meeting | New York"]);
    // "and" that opens a new clause ends the verb's reach
    expect(meetings("Gordhan met union leaders and said the strike would end in Pretoria.")).toEqual([]);
  });

  it("come from the place a where-clause hangs on", () => {
    expect(meetings("The framework was worked out in Doha, where William Burns held talks with Qatar's prime minister.")).toEqual(["Doha talks | Doha"]);
    expect(meetings("The framework was worked out by Qatar, where William Burns held talks with Qatar's prime minister.")).toEqual([]);
  });

  it("take one capitalised word after 'in' as a place the gazetteer does not know, but not a language or a name's possessive", () => {
    expect(meetings("Labor Secretary Julie Su, who met with both sides in Zorvath this week, said progress was slow.")).toEqual(["Zorvath meeting | Zorvath"]);
    expect(meetings("The two ministers signed the accord in English and Arabic.")).toEqual([]);
    expect(meetings("The two ministers met in Blinken's office.")).toEqual([]);
  });

  it("keep an area named with a place noun apart from the meeting before it", () => {
    expect(
      meetings("Nyusi and Renamo leader Ossufo Momade signed the accord in Maputo's Peace Square. The two men met last Thursday at Renamo's former base in the Gorongosa mountains."),
    ).toEqual(["Gorongosa meeting | Gorongosa", "Maputo meeting | Maputo"]);
  });

  it("give a dateline's place to the lead's talks, not to the headline's", () => {
    const text = "Myanmar military and rebels agree ceasefire in China-brokered talks\n\nBEIJING — Myanmar's military and three armed groups agreed to a ceasefire after two days of talks in the southwestern Chinese city of Kunming, China said on Friday.";
    expect(meetings(text)).toEqual(["Kunming talks | Kunming"]);
    expect(meetings("Rebels agree ceasefire after talks\n\nBEIJING — Myanmar's military and three armed groups agreed to a ceasefire after two days of talks, China said on Friday.")).toEqual(["Beijing talks | Beijing"]);
  });

  it("give the lead's dated talks, not the article's day, to the headline's, and no dateline's place to a meeting the lead placed", () => {
    const text = "Army and RSF deputies held secret talks in Manama\n\nFebruary 10, 2024 (PORT SUDAN) – The deputies of the army and the RSF held secret talks in Manama in January, three sources familiar with the meeting said.";
    const g = extractArticles([{ id: "m", text }]);
    const found = g.nodes.filter((n) => n.attributes.type === "Meeting").map((n) => `${n.attributes.place} ${n.attributes.date}`);
    expect(found).toEqual(["Manama 2024-01-01"]);
  });

  it("take a session, a dialogue, a ceremony or a dinner as a meeting only where the text places it", () => {
    expect(meetings("The two sides reached a deal after a 16-hour session at a hotel in Manhattan.")).toEqual(["Manhattan session | Manhattan"]);
    expect(meetings("The dialogue between the government and the Taliban opened on Sunday in Doha.")).toEqual(["Doha dialogue | Doha"]);
    expect(meetings("The ceremony at the Planalto Palace brought the governors together.")).toEqual(["Planalto Palace signing | Planalto Palace"]);
    expect(meetings("The two leaders settled the final issues over dinner in Canberra on Monday.")).toEqual(["Canberra meeting | Canberra"]);
    // no place, or a call for talks: no meeting
    expect(meetings("The union said the session ran past midnight.")).toEqual([]);
    expect(meetings("The bishops called for dialogue in Nicaragua.")).toEqual([]);
  });

  it("are read past the noun's topic, a duration, a body's heads and a plan's date to the place", () => {
    expect(meetings("The talks on restoring diplomatic ties took place Thursday at Havana's Palace of Conventions.")).toEqual(["Havana talks | Havana"]);
    expect(meetings("The strike ended after a meeting of more than four hours between the senior players and the board's top officials at the BCB headquarters in Mirpur.")).toEqual(["Mirpur meeting | Mirpur"]);
    expect(meetings("The draft goes to an extraordinary summit of ECOWAS heads of state in the Nigerian capital, Abuja.")).toEqual(["Abuja summit | Abuja"]);
    expect(meetings("A second plenary session is set for November 11 in Caracas.")).toEqual(["Caracas session | Caracas"]);
    expect(meetings("The Red Cross talks are expected to be held at Panmunjom early next month.")).toEqual(["Panmunjom talks | Panmunjom"]);
    // an agreement signed in a place: the signing's place; people met there are no meeting
    expect(meetings("The deal was signed in Rabat at the end of a meeting chaired by the head of government.")).toEqual(["Rabat meeting | Rabat"]);
    expect(meetings("The rebels were met in Rabat by a crowd.")).toEqual([]);
    // a topic with no verb of the talks: no place read past it
    expect(meetings("The talks on trade in Asia stalled.")).toEqual([]);
  });

  it("read 'there' as the place the sentence named before it, and prefer the place after the noun", () => {
    expect(meetings("The two men had flown to Moscow on Thursday and held talks there with Russian officials.")).toEqual(["Moscow talks | Moscow"]);
    expect(meetings("Kerry flew to Paris and said there was no deal.")).toEqual([]);
    expect(meetings("The council will discuss the situation in Guatemala at a session in Washington on Wednesday.")).toEqual(["Washington session | Washington"]);
  });

  it("give no dateline's place to talks still to be held", () => {
    expect(meetings("Koreas to talk\n\nSEOUL (Reuters) - North Korea agreed on Tuesday to hold military talks with South Korea.")).toEqual([]);
    expect(meetings("Koreas talk\n\nSEOUL (Reuters) - North Korea held military talks with South Korea on Tuesday.")).toEqual(["Seoul talks | Seoul"]);
  });

  it("make a dated meeting with no place a meeting of its own, known by its day and its sides", () => {
    expect(meetings("Hamas and Israel held a final round of talks on Saturday, officials said.")).toEqual(["talks on 2024-04-27 | undefined"]);
    const g = extractArticles([{ id: "m", date: "2024-05-01", text: "Hamas and Israel held a final round of talks on Saturday, officials said." }]);
    const talks = g.nodes.find((n) => n.attributes.type === "Meeting")!;
    expect(talks.attributes.aliases).toEqual(expect.arrayContaining(["final round of talks", "talks"]));
    expect(g.edges.filter((e) => e.attributes.type === "ATTENDS" && e.target === talks.key).length).toBe(2);
    // a stretch of talks, a month, or nobody named as a side: no meeting
    expect(meetings("The deal came on Saturday after months of talks between Hamas and Israel.")).toEqual([]);
    expect(meetings("Hamas and Israel held talks in January.")).toEqual([]);
    expect(meetings("The talks resumed on Monday, officials said.")).toEqual([]);
  });

  it("keep the words the text calls a placed meeting by among its aliases, from each mention that joins it", () => {
    const g = extractArticles([{ id: "m", date: "2013-01-06", text: "Bettman and Fehr reached a deal early on Sunday after a 16-hour session in a Manhattan hotel. The session had been brokered by a federal mediator. Officials said the final round of talks would resume in Manhattan later." }]);
    const [session, ...others] = g.nodes.filter((n) => n.attributes.type === "Meeting");
    expect(others).toEqual([]);
    expect(session!.attributes.name).toBe("Manhattan session");
    expect(session!.attributes.aliases).toEqual(expect.arrayContaining(["session in Manhattan", "session", "final round of talks", "talks"]));
    expect(session!.attributes.aliases).not.toContain("deal");
  });

  it("make a dated visit to a town a meeting the visitor attends, and leave countries and undated tours alone", () => {
    const g = extractArticles([{ id: "m", date: "2014-09-27", text: "Australian Foreign Minister Julie Bishop first raised the idea with Prime Minister Hun Sen when she visited Phnom Penh in February." }]);
    const visit = g.nodes.find((n) => n.attributes.type === "Meeting")!;
    expect(`${visit.attributes.name} | ${visit.attributes.place} | ${visit.attributes.date}`).toBe("Phnom Penh visit | Phnom Penh | 2014-02-01");
    expect(visit.attributes.aliases).toContain("visit to Phnom Penh");
    expect(g.edges.some((e) => e.attributes.type === "ATTENDS" && e.source === "person:julie-bishop" && e.target === visit.key)).toBe(true);
    expect(meetings("Spanish Prime Minister Pedro Sánchez, who visited China last week, called on the commission to reconsider.")).toEqual([]);
    expect(meetings("IAEA Director General Rafael Grossi visited Fukushima after presenting the report to Kishida.")).toEqual([]);
  });

  it("place talks the traveller held on arriving where the sentence took them", () => {
    expect(meetings("Czech Foreign Minister Lubomir Zaoralek flew to Khartoum on Sunday and held talks with President Omar al-Bashir.")).toEqual(["Khartoum talks | Khartoum"]);
    expect(meetings("Czech Foreign Minister Lubomir Zaoralek arrived in Khartoum in the morning and held talks with President Omar al-Bashir.")).toEqual(["Khartoum talks | Khartoum"]);
    // the talks of another clause are not the traveller's
    expect(meetings("Czech Foreign Minister Lubomir Zaoralek flew to Khartoum on Sunday, after President Omar al-Bashir held talks with President Salva Kiir.")).not.toContain("Khartoum talks | Khartoum");
  });

  it("make a meeting of each place one verb names, with the actor named before each place attending it", () => {
    const text = "Hillary Clinton met Israeli Prime Minister Benjamin Netanyahu in Jerusalem late that night and Palestinian President Mahmoud Abbas in Ramallah on Wednesday morning.";
    expect(meetings(text)).toEqual(["Jerusalem meeting | Jerusalem", "Ramallah meeting | Ramallah"]);
    const g = extractArticles([{ id: "m", date: "2012-11-22", text }]);
    const attend = (place: string) => g.edges.filter((e) => e.attributes.type === "ATTENDS" && e.target.startsWith(`meeting:${place}`)).map((e) => e.source).sort();
    expect(attend("ramallah")).toEqual(["person:hillary-clinton", "person:mahmoud-abbas"]);
    expect(attend("jerusalem")).toEqual(["person:benjamin-netanyahu", "person:hillary-clinton"]);
    // "and in Vientiane": the same object met again elsewhere, each meeting dated by its own phrase
    const two = extractArticles([{ id: "m", date: "2024-10-21", text: "Indian Foreign Minister S. Jaishankar met Foreign Minister Wang Yi in Astana on 4 July and in Vientiane on 25 July." }]);
    expect(two.nodes.filter((n) => n.attributes.type === "Meeting").map((n) => `${n.attributes.place} ${n.attributes.date}`).sort()).toEqual(["Astana 2024-07-04", "Vientiane 2024-07-25"]);
    // "and" that opens a new clause names no further place
    expect(meetings("Clinton met Netanyahu in Jerusalem and promised aid in Gaza.")).toEqual(["Jerusalem meeting | Jerusalem"]);
  });

  it("are read from 'meeting X' used as a verb and from 'travelled to P to meet'", () => {
    expect(meetings("Kurt Campbell relayed proposals between the two sides, meeting Fu Ying in Washington and then briefing del Rosario.")).toEqual(["Washington meeting | Washington"]);
    expect(meetings("Juan Manuel Santos flew to Havana on Wednesday to meet Rodrigo Londoño.")).toEqual(["Havana meeting | Havana"]);
    // a wish to meet is no trip to a place
    expect(meetings("Juan Manuel Santos, who lives in Bogotá, wants to meet Rodrigo Londoño.")).toEqual([]);
  });

  it("take a round of talks on its own, but not an election's or a sport's round", () => {
    expect(meetings("A fourth round is due to take place in Muscat on Sunday, Omani officials said.")).toEqual(["Muscat talks | Muscat"]);
    expect(meetings("The second round of the presidential election will take place in Paris on Sunday.")).toEqual([]);
    expect(meetings("The next round of sanctions was agreed in Brussels.")).toEqual([]);
  });

  it("give the dateline's place to the lead's meeting verb, and the article's day to the headline's meeting", () => {
    const g = extractArticles([{ id: "m", date: "2022-07-22", text: "Russia and Ukraine sign grain deals in Istanbul\n\nISTANBUL, July 22 (Reuters) - Russia and Ukraine signed separate agreements with Turkey and the United Nations on Friday.\n\nThe talks stalled after a round in Istanbul in March." }]);
    const found = g.nodes.filter((n) => n.attributes.type === "Meeting").map((n) => `${n.attributes.place} ${n.attributes.date}`).sort();
    expect(found).toEqual(["Istanbul 2022-03-01", "Istanbul 2022-07-22"]);
    // a meeting still ahead in the lead is no meeting at the dateline
    expect(meetings("Talks end\n\nNAIROBI, May 3 (Reuters) - Both sides said they would meet again.")).toEqual([]);
  });

  it("take a seat of government before a where-clause, and a body's offices as no seat", () => {
    expect(meetings("Trump made the announcement in the Oval Office, where he was meeting Canadian Prime Minister Mark Carney.")).toEqual(["Oval Office meeting | Oval Office"]);
    expect(meetings("Eskom and the unions signed the agreement at the CCMA's offices in Johannesburg on Wednesday.")).toEqual(["Johannesburg meeting | Johannesburg"]);
  });

  it("make two seats of one government on the same day one meeting, and keep other states' seats apart", () => {
    expect(meetings("Akazawa sat down with President Donald Trump at the White House on Tuesday. Howard Lutnick joined them. Aides said the two men later held talks at the Oval Office.")).toEqual(["White House meeting | White House"]);
    expect(meetings("Putin met Trump at the White House on Tuesday. Lavrov met Rubio at the Kremlin on Tuesday.")).toEqual(["Kremlin meeting | Kremlin", "White House meeting | White House"]);
  });

  it("read the place a traveller went to for talks, dated by its own clause", () => {
    const g = extractArticles([{ id: "m", date: "2025-03-01", text: "The delegation met Devlet Bahceli in Ankara, and travelled to Erbil in January for talks with Masoud Barzani." }]);
    expect(g.nodes.filter((n) => n.attributes.type === "Meeting").map((n) => `${n.attributes.place} ${n.attributes.date}`).sort()).toEqual(["Ankara undefined", "Erbil 2025-01-01"]);
    expect(meetings("The facilitators will convene a review meeting with the two parties in Freetown in January 2024.")).toEqual(["Freetown meeting | Freetown"]);
  });
});
