import { describe, expect, it } from "vitest";
import {
  LEADERS,
  ORGANISATIONS,
  PLACES,
  STATES,
  TITLES,
  NON_UN_MEMBER_STATE_IDS,
  ambiguousSurfaceForms,
  buildLexicon,
  isUnMemberState,
  lookup,
  organisationById,
  placeById,
  placeId,
  stateById,
  titleByText,
  type LexiconEntry,
} from "../src/gazetteer/index.js";

const has = (hits: readonly LexiconEntry[], kind: LexiconEntry["kind"], id: string): boolean =>
  hits.some((h) => h.kind === kind && h.id === id);

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) (seen.has(v) ? dups : seen).add(v);
  return [...dups];
}

describe("states", () => {
  it("covers the 193 UN member states plus observers and de facto states", () => {
    expect(STATES.length).toBeGreaterThanOrEqual(193);
    const members = STATES.filter((s) => isUnMemberState(s.id));
    expect(members).toHaveLength(193);
    for (const id of NON_UN_MEMBER_STATE_IDS) expect(stateById(id), id).toBeDefined();
    for (const id of ["palestine", "holy-see", "kosovo", "taiwan"]) expect(isUnMemberState(id)).toBe(false);
  });

  it("has unique, well-formed slug ids", () => {
    expect(duplicates(STATES.map((s) => s.id))).toEqual([]);
    for (const s of STATES) expect(s.id, s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("has no empty, padded, lower-case-only or repeated surface forms within an entry", () => {
    for (const s of STATES) {
      const forms = [s.name, ...s.aliases, ...s.demonyms, ...s.capitals];
      expect(duplicates(forms), s.id).toEqual([]);
      for (const f of forms) {
        expect(f.trim(), `${s.id}: "${f}"`).toBe(f);
        expect(f.length, s.id).toBeGreaterThan(0);
        expect(f === f.toLowerCase(), `${s.id}: lower-case-only "${f}"`).toBe(false);
      }
    }
  });

  it("spells the expected ids", () => {
    for (const id of [
      "united-states", "united-kingdom", "united-arab-emirates", "saudi-arabia", "palestine", "turkey",
      "egypt", "qatar", "israel", "iran", "russia", "china", "democratic-republic-of-the-congo",
      "republic-of-the-congo", "south-sudan", "sudan",
    ]) {
      expect(stateById(id), id).toBeDefined();
    }
  });
});

describe("organisations", () => {
  it("has unique ids and only refers to existing states and organisations", () => {
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(300);
    expect(duplicates(ORGANISATIONS.map((o) => o.id))).toEqual([]);
    const ids = new Set(ORGANISATIONS.map((o) => o.id));
    for (const o of ORGANISATIONS) {
      expect(o.id, o.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (o.state !== undefined) expect(stateById(o.state), `${o.id} -> ${o.state}`).toBeDefined();
      if (o.parent !== undefined) expect(ids.has(o.parent) && o.parent !== o.id, `${o.id} -> ${o.parent}`).toBe(true);
    }
  });

  it("has no empty or repeated surface forms within an entry", () => {
    for (const o of ORGANISATIONS) {
      const forms = [o.name, ...o.aliases];
      expect(duplicates(forms), o.id).toEqual([]);
      for (const f of forms) {
        expect(f.trim(), `${o.id}: "${f}"`).toBe(f);
        expect(f.length, o.id).toBeGreaterThan(0);
      }
    }
  });

  it("gives state organs their state", () => {
    const cases: Array<[string, string]> = [
      ["cia", "united-states"], ["white-house", "united-states"], ["state-department", "united-states"],
      ["mossad", "israel"], ["israeli-military", "israel"], ["egyptian-intelligence", "egypt"],
      ["qatari-foreign-ministry", "qatar"], ["gaza-health-ministry", "palestine"], ["kremlin", "russia"],
      ["turkish-intelligence", "turkey"], ["irgc", "iran"], ["fcdo", "united-kingdom"],
    ];
    for (const [id, state] of cases) expect(organisationById(id)?.state, id).toBe(state);
    for (const id of ["hamas", "hezbollah", "houthis", "un", "eu", "african-union", "icrc"]) {
      expect(organisationById(id), id).toBeDefined();
      expect(organisationById(id)?.state, id).toBeUndefined();
    }
  });

  it("has explicit foreign ministries for the main mediating states", () => {
    for (const id of [
      "qatari-foreign-ministry", "egyptian-foreign-ministry", "turkish-foreign-ministry", "saudi-foreign-ministry",
      "emirati-foreign-ministry", "omani-foreign-ministry", "norwegian-foreign-ministry", "swiss-foreign-ministry",
      "russian-foreign-ministry", "chinese-foreign-ministry", "ukrainian-foreign-ministry", "israeli-foreign-ministry",
      "iranian-foreign-ministry",
    ]) {
      expect(organisationById(id)?.kind, id).toBe("ministry");
    }
    const qatari = organisationById("qatari-foreign-ministry");
    expect(qatari?.aliases).toEqual(
      expect.arrayContaining([
        "Qatar's foreign ministry", "Qatar Foreign Ministry", "Ministry of Foreign Affairs of Qatar",
        "Qatari Ministry of Foreign Affairs",
      ]),
    );
  });

  it("marks media as media", () => {
    for (const id of ["ap", "reuters", "afp", "ansa", "cnn", "bbc", "al-jazeera", "axios", "nyt", "tass", "xinhua"]) {
      expect(organisationById(id)?.kind, id).toBe("media");
    }
  });
});

describe("titles and places", () => {
  it("lists lower-case, unique titles", () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(100);
    expect(duplicates(TITLES.map((t) => t.title))).toEqual([]);
    for (const t of TITLES) {
      expect(t.title, t.title).toBe(t.title.toLowerCase().trim());
      expect(t.title.length).toBeGreaterThan(0);
    }
    for (const t of ["adviser", "advisor", "defence minister", "defense minister", "secretary-general", "secretary general"]) {
      expect(titleByText(t), t).toBeDefined();
    }
    expect(titleByText("prime minister")?.kind).toBe("head-of-government");
    expect(titleByText("special envoy")?.kind).toBe("diplomat");
    expect(titleByText("spokesman")?.kind).toBe("spokesperson");
  });

  it("lists places with unique ids, existing states and no capital duplicates", () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(80);
    expect(duplicates(PLACES.map(placeId))).toEqual([]);
    const capitals = new Set(STATES.flatMap((s) => s.capitals));
    for (const p of PLACES) {
      expect(stateById(p.state), `${p.name} -> ${p.state}`).toBeDefined();
      const forms = [p.name, ...p.aliases];
      expect(duplicates(forms), p.name).toEqual([]);
      for (const f of forms) {
        expect(f.trim()).toBe(f);
        expect(f.length).toBeGreaterThan(0);
        expect(capitals.has(f), `${p.name}: "${f}" is a capital`).toBe(false);
      }
    }
    expect(placeById("sharm-el-sheikh")?.state).toBe("egypt");
    expect(placeById("tel-aviv")?.state).toBe("israel");
  });
});

describe("leaders", () => {
  it("names existing states, full names only, no name under two states", () => {
    const seen = new Map<string, string>();
    for (const l of LEADERS) {
      expect(stateById(l.state), l.name).toBeDefined();
      expect(l.name).toBe(l.name.trim());
      expect(l.name.split(" ").length, l.name).toBeGreaterThan(1);
      const prev = seen.get(l.name);
      if (prev) expect(prev, l.name).toBe(l.state);
      seen.set(l.name, l.state);
    }
    expect(new Set(LEADERS.map((l) => l.state)).size).toBeGreaterThan(90);
  });
});

describe("lexicon", () => {
  it("is built once and maps surface forms to readings", () => {
    const lex = buildLexicon();
    expect(buildLexicon()).toBe(lex);
    expect(lex.size).toBeGreaterThan(3000);
    for (const [form, hits] of lex) {
      expect(form.length).toBeGreaterThan(0);
      expect(hits.length, form).toBeGreaterThan(0);
    }
  });

  it("resolves the spot checks", () => {
    expect(has(lookup("Türkiye"), "state", "turkey")).toBe(true);
    expect(has(lookup("Turkiye"), "state", "turkey")).toBe(true);
    expect(has(lookup("Washington"), "capital", "united-states")).toBe(true);
    expect(has(lookup("Emirati"), "demonym", "united-arab-emirates")).toBe(true);
    expect(has(lookup("Ansar Allah"), "organisation", "houthis")).toBe(true);
    expect(has(lookup("General Intelligence Service"), "organisation", "egyptian-intelligence")).toBe(true);
    expect(has(lookup("IDF"), "organisation", "israeli-military")).toBe(true);
    expect(organisationById("israeli-military")?.kind).toBe("military");
    expect(has(lookup("U.S."), "state", "united-states")).toBe(true);
    expect(has(lookup("Britain"), "state", "united-kingdom")).toBe(true);
    expect(has(lookup("DRC"), "state", "democratic-republic-of-the-congo")).toBe(true);
    expect(has(lookup("Burma"), "state", "myanmar")).toBe(true);
    expect(has(lookup("Côte d'Ivoire"), "state", "ivory-coast")).toBe(true);
    expect(has(lookup("Palestinian Authority"), "state", "palestine")).toBe(true);
    expect(has(lookup("Kiev"), "capital", "ukraine")).toBe(true);
    expect(has(lookup("Port Sudan"), "capital", "sudan")).toBe(true);
    expect(has(lookup("Qataris"), "demonym", "qatar")).toBe(true);
    expect(has(lookup("Hizballah"), "organisation", "hezbollah")).toBe(true);
    expect(has(lookup("Gaza health authorities"), "organisation", "gaza-health-ministry")).toBe(true);
    expect(has(lookup("John Hopkins University"), "organisation", "johns-hopkins-university")).toBe(true);
    expect(has(lookup("special envoy"), "title", "special envoy")).toBe(true);
    expect(lookup("Sharm el-Sheikh")).toEqual([{ kind: "place", id: "sharm-el-sheikh", state: "egypt" }]);
    expect(lookup("nowhere-land")).toEqual([]);
  });

  it("adds curly-apostrophe twins", () => {
    expect(has(lookup("Sant’Egidio"), "organisation", "sant-egidio")).toBe(true);
    expect(has(lookup("Côte d’Ivoire"), "state", "ivory-coast")).toBe(true);
    expect(has(lookup("Kurdistan Workers' Party"), "organisation", "pkk")).toBe(true);
  });

  it("keeps ambiguous forms with every reading", () => {
    const congo = lookup("Congo");
    expect(has(congo, "state", "democratic-republic-of-the-congo")).toBe(true);
    expect(has(congo, "state", "republic-of-the-congo")).toBe(true);
    expect(ambiguousSurfaceForms()).toContain("Congolese");
    expect(ambiguousSurfaceForms()).toContain("Main Intelligence Directorate");
  });

  it("never reads a surface form as a lower-case-only state form", () => {
    for (const [form, hits] of buildLexicon()) {
      if (hits.some((h) => h.kind === "state" || h.kind === "demonym" || h.kind === "capital")) {
        expect(form === form.toLowerCase(), form).toBe(false);
      }
    }
  });
});
