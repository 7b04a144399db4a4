// Verb forms generated from lemmas ("mediate+" in a pattern), regular and irregular.
import { describe, expect, it } from "vitest";
import { verbForms } from "../src/relations/rules/inflect.js";
import { compileRule } from "../src/relations/rules/index.js";

describe("verbForms", () => {
  it("inflects regular verbs, with e-drop, y-change and doubling", () => {
    expect(verbForms("mediate")).toEqual(["mediate", "mediates", "mediated", "mediating"]);
    expect(verbForms("carry")).toEqual(["carry", "carries", "carried", "carrying"]);
    expect(verbForms("press")).toEqual(["press", "presses", "pressed", "pressing"]);
    expect(verbForms("plan")).toEqual(["plan", "plans", "planned", "planning"]);
    expect(verbForms("visit")).toEqual(["visit", "visits", "visited", "visiting"]);
    expect(verbForms("oversee")).toEqual(["oversee", "oversees", "oversaw", "overseen", "overseeing"]);
  });
  it("keeps a hyphenated prefix and knows the irregular pasts", () => {
    expect(verbForms("co-host")).toEqual(["co-host", "co-hosts", "co-hosted", "co-hosting"]);
    expect(verbForms("meet")).toEqual(["meet", "meets", "met", "meeting"]);
    expect(verbForms("sit")).toEqual(["sit", "sits", "sat", "sitting"]);
  });
  it("expands 'lemma+' in a pattern step", () => {
    const c = compileRule({ id: "x", type: "MEDIATES", cameo: "045", pattern: "mediate+|brokered between", args: "subj", confidence: 0.5 });
    expect([...c.steps[0]!.words].sort()).toEqual(["brokered", "mediate", "mediated", "mediates", "mediating"]);
  });
});
