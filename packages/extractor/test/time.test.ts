// Time on every fact: evidence carries its article's date and the day its sentence gives; each
// relationship its first and last dates; an undated meeting the date it was first reported.
import { describe, expect, it } from "vitest";
import type { GraphJson } from "@backchannel/schema";
import { extractArticles } from "../src/index.js";
import { analyse } from "../src/nlp/wink.js";
import { findDates } from "../src/recognize/dates.js";

const edge = (g: GraphJson, type: string, from: string, to: string) => {
  const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
  return g.edges.find((e) => e.attributes.type === type && name.get(e.source) === from && name.get(e.target) === to);
};

describe("dates on facts", () => {
  it("gives each evidence entry its article's date and the day its sentence names", () => {
    const g = extractArticles([{ id: "a", date: "2024-08-17", text: "Hamas demanded a permanent ceasefire. Qatar mediated between Israel and Hamas on Thursday." }]);
    const demand = edge(g, "DEMANDS", "Hamas", "Israel") ?? g.edges.find((e) => e.attributes.type === "DEMANDS")!;
    expect(demand.attributes.evidence[0]).toMatchObject({ article: "a", date: "2024-08-17" });
    expect(demand.attributes.evidence[0]!.eventDate).toBeUndefined();
    const mediates = g.edges.find((e) => e.attributes.type === "MEDIATES")!;
    expect(mediates.attributes.evidence[0]).toMatchObject({ date: "2024-08-17", eventDate: "2024-08-15" });
    expect(mediates.attributes).toMatchObject({ firstSeen: "2024-08-15", lastSeen: "2024-08-15" });
  });

  it("gives no event day to a sentence that names two different days", () => {
    const g = extractArticles([{ id: "a", date: "2024-08-17", text: "Qatar mediated between Israel and Hamas on Monday and on Thursday." }]);
    const mediates = g.edges.find((e) => e.attributes.type === "MEDIATES")!;
    expect(mediates.attributes.evidence[0]!.eventDate).toBeUndefined();
    expect(mediates.attributes.firstSeen).toBe("2024-08-17");
  });

  it("leaves out a day that belongs to another clause of the sentence", () => {
    const g = extractArticles([
      { id: "a", date: "2016-08-26", text: "The government called on the rebels' NDF to match the ceasefire declared by President Duterte on 21 August." },
      { id: "b", date: "2011-02-20", text: "The Security Council, which heard both ministers in New York on Monday, urged Thailand to accept observers." },
    ]);
    const demands = g.edges.filter((e) => e.attributes.type === "DEMANDS");
    expect(demands.length).toBeGreaterThan(0);
    for (const e of demands) for (const ev of e.attributes.evidence) expect(ev.eventDate, ev.sentence).toBeUndefined();
  });

  it("spans a relationship's first and last sightings across articles", () => {
    // three different texts (the same text twice is one article read twice: a duplicate)
    const g = extractArticles([
      { id: "b", date: "2024-09-01", text: "Egypt mediated between Israel and Hamas." },
      { id: "a", date: "2024-03-10", text: "Egypt mediated between Israel and Hamas again." },
      { id: "c", text: "Officials said Egypt mediated between Israel and Hamas." },
    ]);
    const mediates = g.edges.filter((e) => e.attributes.type === "MEDIATES");
    expect(mediates.length).toBeGreaterThan(0);
    for (const e of mediates) expect(e.attributes).toMatchObject({ firstSeen: "2024-03-10", lastSeen: "2024-09-01" });
  });

  it("dates an undated meeting by the earliest article reporting it, and a dated one by its day", () => {
    const g = extractArticles([
      { id: "late", date: "2024-02-09", text: "Burns met Barnea at the Paris meeting." },
      { id: "early", date: "2024-02-02", text: "William Burns and David Barnea attended the Paris meeting." },
      { id: "dated", date: "2024-08-17", text: "William Burns met Qatar's prime minister in Doha on Thursday." },
    ]);
    const meetings = g.nodes.filter((n) => n.attributes.type === "Meeting");
    const paris = meetings.find((m) => m.attributes.place === "Paris")!;
    expect(paris.attributes.date).toBeUndefined();
    expect(paris.attributes.reportedBy).toBe("2024-02-02");
    const doha = meetings.find((m) => m.attributes.place === "Doha")!;
    expect(doha.attributes).toMatchObject({ date: "2024-08-15" });
    expect(doha.attributes.reportedBy).toBeUndefined();
  });
});

describe("relative days", () => {
  // 2019-10-10 is a Thursday
  const days = (text: string, date = "2019-10-10") => {
    const a = analyse(text);
    const s = a.sentences[0]!;
    return findDates(a.tokens, s.tokStart, s.tokEnd, date).map((d) => ({ words: a.tokens.slice(d.start, d.end).map((t) => t.text).join(" "), date: d.date, endDate: d.endDate, bound: d.bound }));
  };

  it("reads a weekday ahead when the clause's verb is in the future, however long its object", () => {
    expect(days("The Brexit secretary, Stephen Barclay, will meet the EU's chief negotiator, Michel Barnier, in Brussels on Friday morning.")[0]?.date).toBe("2019-10-11");
    expect(days("He is due to meet al-Hilu in Addis Ababa on Thursday.", "2020-08-31")[0]?.date).toBe("2020-09-03");
  });

  it("reads a weekday back when the future lies in the past or in another clause", () => {
    expect(days("Its meeting, originally due to start on Sunday evening, was postponed.")[0]?.date).toBe("2019-10-06");
    expect(days("Barnier, who will report to ministers, met Barclay on Tuesday.")[0]?.date).toBe("2019-10-08");
  });

  it("marks a deadline as a limit, not an event's day", () => {
    expect(days("He wrote to the tour on Monday demanding records by June 26.")).toEqual([
      { words: "Monday", date: "2019-10-07", endDate: undefined, bound: undefined },
      { words: "June 26", date: "2019-06-26", endDate: undefined, bound: true },
    ]);
  });

  it("reads the weekend just past, and a third of last month", () => {
    expect(days("Archila held two sessions with the committee over the weekend.")[0]).toMatchObject({ date: "2019-10-05", endDate: "2019-10-06" });
    expect(days("The release followed talks in Tehran late last month.")[0]).toMatchObject({ date: "2019-09-21", endDate: "2019-09-30" });
    expect(days("The envoys met early last month.")[0]).toMatchObject({ date: "2019-09-01", endDate: "2019-09-10" });
  });

  it("reads a bare month after 'in' as the one nearest the article, or the next one in a clause ahead", () => {
    expect(days("The two leaders met again in Vladivostok in September.", "2016-12-17")[0]).toMatchObject({ date: "2016-09-01", endDate: "2016-09-30" });
    expect(days("The parties agreed to meet again in Rome in February.", "2020-01-13")[0]).toMatchObject({ date: "2020-02-01", endDate: "2020-02-29" });
    expect(days("Abe visited Sochi in May.", "2016-12-17")[0]).toMatchObject({ date: "2016-05-01", endDate: "2016-05-31" });
    expect(days("The dialogue will meet again in Brussels in March.", "2013-04-19")[0]).toMatchObject({ date: "2014-03-01" });
    // "may" the verb, and a deadline "by May", are no month of an event
    expect(days("The talks may resume in Doha.", "2016-12-17")).toEqual([]);
    expect(days("He demanded the records by May.", "2016-12-17")).toEqual([]);
  });

  it("dates a meeting noun by its own phrase, not by the date of another meeting noun", () => {
    const g = extractArticles([{ id: "a", date: "2024-01-12", text: "The Kunming meeting followed an earlier round of China-brokered talks in December." }]);
    const kunming = g.nodes.find((n) => n.attributes.type === "Meeting" && n.attributes.place === "Kunming")!;
    expect(kunming.attributes.date).toBeUndefined();
  });

  it("does not date talks by the later event they led to", () => {
    const g = extractArticles([{ id: "a", date: "2022-01-29", text: "Rwanda will reopen the border on January 31, three years after closing it, following talks in Kigali between Paul Kagame and Muhoozi Kainerugaba." }]);
    const kigali = g.nodes.find((n) => n.attributes.type === "Meeting" && n.attributes.place === "Kigali")!;
    expect(kigali.attributes.date).toBeUndefined();
  });
});

describe("PART_OF", () => {
  it("ties a state organ to its state without saying the article names the state", () => {
    const g = extractArticles([{ id: "a", text: "White House spokesman John Kirby said the talks were constructive." }]);
    const e = edge(g, "PART_OF", "White House", "United States")!;
    expect(e.attributes.evidence[0]).toMatchObject({ article: "a", rule: "organ-of-state" });
    const us = g.nodes.find((n) => n.key === e.target)!;
    expect(us.attributes.articles).toEqual([]);
  });

  it("ties an armed wing to its movement, and a composed organ to its state", () => {
    const g = extractArticles([{ id: "a", text: "The Qassam Brigades said two hostages had been killed. Kenya's interior ministry said the border was closed." }]);
    expect(edge(g, "PART_OF", "Qassam Brigades", "Hamas")?.attributes.evidence[0]?.rule).toBe("wing-of-group");
    expect(edge(g, "PART_OF", "Kenyan Interior Ministry", "Kenya")?.attributes.evidence[0]?.rule).toBe("composed-organ");
  });
});
