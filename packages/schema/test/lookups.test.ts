// What both lookup backends compute the same way: time on facts, one fact per pair for `met`, the
// mediation sentences of `mediators --between`, and names as analysts type them.
import { describe, expect, it } from "vitest";
import {
  changeOf,
  compareFactsByDate,
  editDistance,
  type Fact,
  inWindow,
  isIsoDate,
  mediationBetween,
  mentions,
  nameDistance,
  nameVariants,
  onePerPair,
  roleHasTitle,
  spanOf,
  splitTitle,
} from "../src/index.js";

const ref = (key: string, type: "State" | "Group" | "Person" | "Meeting" = "State", date?: string) => ({
  key,
  type,
  name: key.split(":")[1]!,
  ...(date ? { date } : {}),
});
const fact = (type: string, from: string, to: string, extra: Partial<Fact> = {}): Fact => ({
  type,
  from: ref(from),
  to: to.startsWith("meeting:") ? ref(to, "Meeting") : ref(to),
  evidence: [{ article: "a", sentence: `${from} ${type} ${to}` }],
  ...extra,
});

describe("time on facts", () => {
  it("reads real ISO days only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-1-05")).toBe(false);
  });
  it("spans a relationship over its evidence's days (eventDate first), unless it has its own", () => {
    const ev = [{ article: "a", date: "2024-03-02", eventDate: "2024-02-28" }, { article: "a", date: "2024-05-01" }, { article: "a" }];
    expect(spanOf(ev)).toEqual({ firstSeen: "2024-02-28", lastSeen: "2024-05-01" });
    expect(spanOf(ev, { firstSeen: "2024-01-01", lastSeen: "2024-09-09" })).toEqual({ firstSeen: "2024-01-01", lastSeen: "2024-09-09" });
    expect(spanOf([{ article: "a" }])).toEqual({});
    // An entry without a date takes its article's publication day, when the graph knows it.
    const day = (a: string) => (a === "a2" ? "2024-06-30" : undefined);
    expect(spanOf([{ article: "a1", date: "2024-03-02" }, { article: "a2" }, { article: "a3" }], {}, day)).toEqual({
      firstSeen: "2024-03-02",
      lastSeen: "2024-06-30",
    });
  });
  it("keeps a fact in a window it overlaps, and no undated fact once a window is given", () => {
    const span = { firstSeen: "2024-02-01", lastSeen: "2024-04-01" };
    expect(inWindow(span, {})).toBe(true);
    expect(inWindow(span, { since: "2024-04-01" })).toBe(true);
    expect(inWindow(span, { since: "2024-04-02" })).toBe(false);
    expect(inWindow(span, { until: "2024-01-31" })).toBe(false);
    expect(inWindow({}, {})).toBe(true);
    expect(inWindow({}, { until: "2030-01-01" })).toBe(false);
  });
  it("says what started in a window and what stopped before it", () => {
    const q = { from: "2024-05-01", to: "2024-05-31" };
    expect(changeOf({ firstSeen: "2024-05-10", lastSeen: "2024-09-01" }, q)).toBe("started");
    expect(changeOf({ firstSeen: "2024-01-10", lastSeen: "2024-04-30" }, q)).toBe("stopped");
    expect(changeOf({ firstSeen: "2024-01-10", lastSeen: "2024-05-30" }, q)).toBeUndefined();
  });
  it("orders a timeline by day, a meeting's day for undated facts about it, undated last", () => {
    const facts = [
      fact("MEETS", "state:a", "state:b"),
      fact("ATTENDS", "state:a", "meeting:m", { to: ref("meeting:m", "Meeting", "2024-03-01") }),
      fact("DEMANDS", "state:a", "state:c", { firstSeen: "2024-02-01", lastSeen: "2024-02-01" }),
    ];
    expect(facts.sort(compareFactsByDate).map((f) => f.type)).toEqual(["DEMANDS", "ATTENDS", "MEETS"]);
  });
});

describe("met: each pair once", () => {
  it("keeps a direct MEETS over a shared meeting, and one shared meeting per other party", () => {
    const a = "state:qatar";
    const facts = [
      fact("ATTENDS", "state:israel", "meeting:m1", { via: ref("meeting:m1", "Meeting") }),
      fact("MEDIATES", "state:egypt", "meeting:m1", { via: ref("meeting:m1", "Meeting") }),
      fact("ATTENDS", "state:egypt", "meeting:m1", { via: ref("meeting:m1", "Meeting") }),
      fact("ATTENDS", "state:egypt", "meeting:m2", { via: ref("meeting:m2", "Meeting") }),
      fact("MEETS", "state:qatar", "state:israel"),
    ];
    const once = onePerPair(a, facts);
    expect(once.map((f) => `${f.type} ${f.from.key} ${f.via?.key ?? ""}`)).toEqual(["MEETS state:qatar ", "ATTENDS state:egypt meeting:m1"]);
  });
});

describe("mediators --between", () => {
  const israel = { key: "state:israel", forms: ["Israel", "Israeli"] };
  const hamas = { key: "group:hamas", forms: ["Hamas"] };
  it("finds mediation sentences that name both parties, and keeps those sentences alone", () => {
    const f = fact("MEDIATES", "state:egypt", "state:united-states", {
      evidence: [
        { article: "a", sentence: "Egypt carried the plan between Israel and Hamas." },
        { article: "a", sentence: "Egypt passed messages to Washington." },
      ],
    });
    expect(mediationBetween(f, israel, hamas, false)?.evidence.map((e) => e.sentence)).toEqual(["Egypt carried the plan between Israel and Hamas."]);
  });
  it("takes a meeting either party takes part in, or mediation of a party itself; never a party's own", () => {
    expect(mediationBetween(fact("MEDIATES", "state:qatar", "meeting:m"), israel, hamas, true)).toBeDefined();
    expect(mediationBetween(fact("MEDIATES", "state:qatar", "meeting:m"), israel, hamas, false)).toBeUndefined();
    expect(mediationBetween(fact("MEDIATES", "state:qatar", "group:hamas"), israel, hamas, false)).toBeDefined();
    expect(mediationBetween(fact("MEDIATES", "state:israel", "meeting:m"), israel, hamas, true)).toBeUndefined();
  });
  it("matches names as whole words, case and accents aside", () => {
    expect(mentions("Israel's envoy met HAMAS leaders", ["Israel"])).toBe(true);
    expect(mentions("Israeli forces", ["Israel"])).toBe(false);
  });
});

describe("names as analysts type them", () => {
  it("expands codes and plurals", () => {
    expect(nameVariants("USA")).toEqual(["united states"]);
    expect(nameVariants("KSA")).toEqual(["saudi arabia"]);
    expect(nameVariants("the Americans")).toContain("american");
    expect(nameVariants("Qatar")).toEqual([]);
  });
  it("splits titles from their owner", () => {
    expect(splitTitle("Qatari prime minister")).toMatchObject({ owner: "qatari" });
    expect(splitTitle("Mossad chief")?.synonyms).toContain("director");
    expect(splitTitle("head of Mossad")).toMatchObject({ owner: "mossad" });
    expect(splitTitle("Hamas")).toBeUndefined();
    expect(roleHasTitle("CIA Director", splitTitle("CIA chief")!.synonyms)).toBe(true);
    expect(roleHasTitle("spokesman", splitTitle("CIA chief")!.synonyms)).toBe(false);
  });
  it("measures typing mistakes", () => {
    expect(editDistance("quatar", "qatar")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2); // gave up past 1
    expect(nameDistance("quatar", "qatar")).toBe(1);
    expect(nameDistance("burnz", "william burns")).toBe(2); // one word, one edit, plus one
    expect(nameDistance("quatar", "hamas")).toBeGreaterThan(2);
  });
});
