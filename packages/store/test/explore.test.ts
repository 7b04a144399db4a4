// The walk's key lists (lookups/explore.ts): padded to one length, so that Neo4j, which plans a statement
// again for each size bucket of a list parameter, has one plan per statement for every walk up to it.
// (Answers at a hub, in Neo4j and memory alike, are tested in packages/server/test/explore-warm-up.test.ts.)
import { describe, expect, it } from "vitest";
import { KEY_LIST_LENGTH, padKeys } from "../src/lookups/explore.js";

describe("the walk's key lists", () => {
  it("are padded with a key no node has to one length past every size bucket a 500-node walk meets", () => {
    expect(KEY_LIST_LENGTH).toBeGreaterThan(1_000);
    for (const n of [1, 2, 10, 11, 100, 101, 500, 1_000]) {
      const keys = padKeys(Array.from({ length: n }, (_, i) => `person:p${i}`));
      expect(keys).toHaveLength(KEY_LIST_LENGTH);
      expect(keys.slice(n).every((k) => k === "")).toBe(true);
      expect(keys[n - 1]).toBe(`person:p${n - 1}`);
    }
  });

  it("leaves a longer list as it is", () => {
    const long = Array.from({ length: KEY_LIST_LENGTH + 10 }, (_, i) => `person:p${i}`);
    expect(padKeys([...long])).toEqual(long);
  });
});
