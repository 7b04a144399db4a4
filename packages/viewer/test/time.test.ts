// Time on facts: intervals, the window, buckets, playback steps, evidence order; and the reading
// pane's sentence location. Pure logic, no browser.
import { describe, expect, it } from "vitest";
import { mergeGraphJson } from "../src/graph/index.js";
import { articleMeta, locateSentence, safeHttpUrl } from "../src/reader/index.js";
import {
  addMonths,
  bucketCounts,
  bucketMonths,
  dayFromNumber,
  dayNumber,
  factInterval,
  meetingInterval,
  monthBuckets,
  orderEvidence,
  overlaps,
  playStart,
  stepWindow,
  timeProfile,
} from "../src/time/index.js";

describe("days and months", () => {
  it("converts days both ways in UTC and adds months clamped to the month's length", () => {
    expect(dayFromNumber(dayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-11-15", 3)).toBe("2025-02-15");
  });
});

describe("intervals and the window", () => {
  it("dates a relationship by [firstSeen, lastSeen] and a meeting by [date, endDate]", () => {
    expect(factInterval({ firstSeen: "2024-01-16", lastSeen: "2024-08-10" })).toEqual({ start: "2024-01-16", end: "2024-08-10" });
    expect(factInterval({ firstSeen: "2024-01-16" })).toEqual({ start: "2024-01-16", end: "2024-01-16" });
    expect(factInterval({})).toBeNull();
    expect(factInterval({ firstSeen: "soon" })).toBeNull();
    expect(meetingInterval({ date: "2024-05-02", endDate: "2024-05-03" })).toEqual({ start: "2024-05-02", end: "2024-05-03" });
    // reportedBy only bounds a meeting from above: undated.
    expect(meetingInterval({ reportedBy: "2024-02-01" } as never)).toBeNull();
  });
  it("shows a fact when its interval overlaps the window, ends included, open ends unbounded", () => {
    const fact = { start: "2024-01-16", end: "2024-03-10" };
    expect(overlaps(fact, { dateFrom: "2024-03-10", dateTo: null })).toBe(true);
    expect(overlaps(fact, { dateFrom: "2024-03-11", dateTo: null })).toBe(false);
    expect(overlaps(fact, { dateFrom: null, dateTo: "2024-01-16" })).toBe(true);
    expect(overlaps(fact, { dateFrom: null, dateTo: "2024-01-15" })).toBe(false);
    expect(overlaps(fact, { dateFrom: "2024-02-01", dateTo: "2024-02-29" })).toBe(true);
    expect(overlaps(fact, { dateFrom: null, dateTo: null })).toBe(true);
  });
  it("profiles a graph: the span of dated facts and the count of undated ones, provenance left out", () => {
    const node = (key: string, type: string, extra = {}) => ({ key, attributes: { type, name: key, aliases: [], articles: [], ...extra } });
    const g = mergeGraphJson({
      nodes: [
        node("state:a", "State"),
        node("state:b", "State"),
        node("meeting:m", "Meeting", { date: "2024-05-02", endDate: "2024-05-03" }),
        node("meeting:r", "Meeting", { reportedBy: "2024-02-01" }),
        node("article:x", "Article", { date: "2024-01-01" }),
      ],
      edges: [
        { source: "state:a", target: "state:b", attributes: { type: "MEETS", firstSeen: "2024-01-16", lastSeen: "2024-08-10" } },
        { source: "state:a", target: "meeting:m", attributes: { type: "ATTENDS" } },
        { source: "state:a", target: "article:x", attributes: { type: "MENTIONED_IN" } },
      ],
    } as never);
    const p = timeProfile(g);
    expect(p.span).toEqual({ start: "2024-01-16", end: "2024-08-10" });
    expect(p.dated).toHaveLength(2);
    // The ATTENDS without dates and the meeting known only by reportedBy; not MENTIONED_IN.
    expect(p.undated).toBe(2);
  });
});

describe("histogram buckets", () => {
  it("buckets by month over a short span, several months per bucket over a long one", () => {
    const b = monthBuckets({ start: "2024-01-16", end: "2024-08-10" });
    expect(b.map((x) => x.label)).toEqual(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"]);
    expect(b[1]).toEqual({ start: "2024-02-01", end: "2024-02-29", label: "2024-02" });
    const long = { start: "2010-01-01", end: "2024-12-31" };
    expect(bucketMonths(long)).toBe(4);
    const lb = monthBuckets(long);
    expect(lb.length).toBe(45);
    expect(lb[0]).toMatchObject({ start: "2010-01-01", end: "2010-04-30" });
    expect(lb.at(-1)!.end >= long.end).toBe(true);
  });
  it("counts each fact in every bucket it overlaps", () => {
    const b = monthBuckets({ start: "2024-01-01", end: "2024-03-31" });
    const counts = bucketCounts(b, [
      { start: "2024-01-16", end: "2024-01-16" },
      { start: "2024-01-20", end: "2024-03-02" },
      { start: "2024-03-31", end: "2024-03-31" },
    ]);
    expect(counts).toEqual([2, 1, 2]);
  });
});

describe("playback", () => {
  const span = { start: "2024-01-01", end: "2024-04-30" };
  it("moves the window month by month, keeping its length, and stops at the span's end", () => {
    let w: { start: string; end: string } | null = playStart({ start: "2024-01-01", end: "2024-04-30" }, span, 1);
    expect(w).toEqual({ start: "2024-01-01", end: "2024-01-31" });
    const seen = [w];
    for (w = stepWindow(w, span, 1); w; w = stepWindow(w, span, 1)) seen.push(w);
    expect(seen.map((x) => x.start)).toEqual(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]);
    expect(seen.at(-1)).toEqual({ start: "2024-04-01", end: "2024-04-30" });
    expect(seen[1]).toEqual({ start: "2024-02-01", end: "2024-02-29" });
  });
  it("starts from the analyst's window unless it already reaches the end", () => {
    const mine = { start: "2024-01-10", end: "2024-02-09" };
    expect(playStart(mine, span, 1)).toBe(mine);
    expect(stepWindow(mine, span, 1)).toEqual({ start: "2024-02-10", end: "2024-03-09" });
    expect(playStart({ start: "2024-03-01", end: "2024-04-30" }, span, 1)).toEqual({ start: "2024-01-01", end: "2024-01-31" });
    // The last step is clamped to the span.
    expect(stepWindow({ start: "2024-03-15", end: "2024-04-14" }, span, 1)).toEqual({ start: "2024-04-15", end: "2024-04-30" });
  });
});

describe("evidence order", () => {
  it("orders by eventDate, else date; undated last; ties keep their order", () => {
    const ev = [
      { id: 1, date: "2024-08-10" },
      { id: 2 },
      { id: 3, date: "2024-01-16", eventDate: "2024-01-15" },
      { id: 4, date: "2024-05-03" },
      { id: 5, date: "2024-01-16" },
      { id: 6, date: "2024-05-03" },
    ];
    expect(orderEvidence(ev).map((e) => e.id)).toEqual([3, 5, 4, 6, 1, 2]);
    expect(ev.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("reading pane logic", () => {
  const text = "Talks opened. Qatar and Egypt mediated the talks in Doha on Monday. Then they closed.";
  const sentence = "Qatar and Egypt mediated the talks in Doha on Monday.";
  it("finds the sentence by its offsets, else by its text, else not at all", () => {
    expect(locateSentence(text, { sentence, start: 14, end: 67 })).toEqual({ start: 14, end: 67, how: "offsets" });
    expect(text.slice(14, 67)).toBe(sentence);
    expect(locateSentence(text, { sentence, start: 0, end: 53 })).toEqual({ start: 14, end: 67, how: "search" });
    expect(locateSentence(text, { sentence, start: 500, end: 553 })).toMatchObject({ how: "search" });
    expect(locateSentence(text, { sentence: "Not there.", start: 0, end: 10 })).toBeNull();
  });
  it("reads an article's title, date and source from its node", () => {
    const g = mergeGraphJson({
      nodes: [
        {
          key: "article:a1",
          attributes: { type: "Article", name: "a1", aliases: [], articles: ["a1"], title: "Talks open", date: "2024-01-16", source: "Gulf Wire" },
        },
      ],
      edges: [],
    } as never);
    expect(articleMeta(g, "a1")).toEqual({ id: "a1", title: "Talks open", date: "2024-01-16", source: "Gulf Wire", url: undefined });
    expect(articleMeta(g, "zz")).toEqual({ id: "zz" });
  });
  it("links only http(s) URLs", () => {
    expect(safeHttpUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,x")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
  });
});
