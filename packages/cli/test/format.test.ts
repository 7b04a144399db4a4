import { describe, expect, it } from "vitest";
import { toCsv, toTable, cellText } from "../src/format.js";
import { parseParams } from "../src/main.js";
import { retrySeconds } from "../src/connect.js";

describe("output formats", () => {
  it("never lets article text reach the terminal as escape sequences", () => {
    const evil = "Qatar\x1b]0;pwned\x07 \x1b[2J\x9b31m talks\x7f";
    const t = toTable(["name\x1b[31m"], [[evil]]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(t).toContain("Qatar]0;pwned [2J31m talks");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(toCsv(["a"], [[evil]])).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
  it("neutralises CSV cells a spreadsheet would run as formulas", () => {
    expect(toCsv(["a", "b", "c", "d", "e"], [['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", -5]])).toBe(
      'a,b,c,d,e\n"\'=HYPERLINK(""http://x"")",\'+1,\'-2+3,\'@SUM(A1),-5\n',
    );
    expect(toCsv(["=x"], [["plain"]])).toBe("'=x\nplain\n");
  });
  it("quotes CSV cells that need it", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          [1, null],
        ],
      ),
    ).toBe('a,b\n"x,y","say ""hi"""\n1,\n');
  });
  it("aligns a table and clips long cells", () => {
    const t = toTable(
      ["name", "n"],
      [
        ["Qatar", 2],
        ["x".repeat(100), 1],
      ],
      10,
    );
    const lines = t.trimEnd().split("\n");
    expect(lines[0]).toBe("name       | n");
    expect(lines[3]).toBe("xxxxxxxxx… | 1");
  });
  it("shows graph values compactly", () => {
    expect(cellText({ _type: "node", name: "Qatar" })).toBe("(Qatar)");
    expect(cellText({ _type: "relationship", type: "MEETS" })).toBe("[:MEETS]");
  });
});

describe("--param", () => {
  it("parses JSON values and keeps other text as strings", () => {
    expect(parseParams(["n=5", "name=Qatar", "xs=[1,2]", "q=a=b"])).toEqual({ n: 5, name: "Qatar", xs: [1, 2], q: "a=b" });
  });
  it("rejects a parameter without a name", () => {
    expect(() => parseParams(["=5"])).toThrow(/name=value/);
  });
});

describe("BACKCHANNEL_RETRY_SECONDS", () => {
  it("defaults to 30 s, takes a number of seconds, and names itself when it is not one", () => {
    expect(retrySeconds(undefined)).toBe(30);
    expect(retrySeconds(" ")).toBe(30);
    expect(retrySeconds("120")).toBe(120);
    expect(retrySeconds("0")).toBe(0);
    for (const bad of ["soon", "-1", "NaN"]) expect(() => retrySeconds(bad)).toThrow(/BACKCHANNEL_RETRY_SECONDS/);
  });
});
