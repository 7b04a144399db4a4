import { describe, expect, it } from "vitest";
import { straightenApostrophes, unwrapHardWrapped } from "../src/nlp/normalize.js";

describe("straightenApostrophes", () => {
  it("turns typographic apostrophes and single quotes into ASCII, one character for one", () => {
    const text = "Qatar’s mediators and the ‘good offices’ of Oman, in Hawaiʼi";
    const out = straightenApostrophes(text);
    expect(out).toBe("Qatar's mediators and the 'good offices' of Oman, in Hawai'i");
    expect(out).toHaveLength(text.length);
    expect(straightenApostrophes("no quotes here")).toBe("no quotes here");
  });
});

const WRAPPED = [
  "Peace talks resume in Geneva",
  "",
  "GENEVA, March 3 (Reuters) - Negotiators from the two sides met on",
  "Tuesday under the auspices of the United Nations envoy, who said the",
  "talks would continue through the week.",
  "",
  "The envoy told reporters that both delegations had agreed to discuss",
  "a prisoner exchange and the reopening of the main border crossing.",
].join("\n");

describe("unwrapHardWrapped", () => {
  it("joins the lines of a hard-wrapped paragraph, keeping headlines, blank lines and every offset", () => {
    const out = unwrapHardWrapped(WRAPPED);
    expect(out).toHaveLength(WRAPPED.length);
    expect(out.split("\n")).toEqual([
      "Peace talks resume in Geneva",
      "",
      "GENEVA, March 3 (Reuters) - Negotiators from the two sides met on Tuesday under the auspices of the United Nations envoy, who said the talks would continue through the week.",
      "",
      "The envoy told reporters that both delegations had agreed to discuss a prisoner exchange and the reopening of the main border crossing.",
    ]);
  });

  it("leaves a paragraph-per-line article alone", () => {
    const text = WRAPPED.replace(/\n(?!\n)/g, " ").replace(/ \n/g, "\n");
    const long = text.split("\n").map((l) => (l.length > 60 ? `${l} ${l}` : l)).join("\n");
    expect(unwrapHardWrapped(long)).toBe(long);
  });

  it("leaves short lines alone: a list, a byline, a dateline of their own", () => {
    const list = ["Delegations:", "Sudan", "South Sudan", "IGAD", "African Union", "United Nations"].join("\n");
    expect(unwrapHardWrapped(list)).toBe(list);
  });

  it("handles Windows line ends without changing the length", () => {
    const crlf = WRAPPED.replace(/\n/g, "\r\n");
    const out = unwrapHardWrapped(crlf);
    expect(out).toHaveLength(crlf.length);
    expect(out).toContain("met on  Tuesday");
    expect(out).toContain("Peace talks resume in Geneva\r\n");
  });
});
