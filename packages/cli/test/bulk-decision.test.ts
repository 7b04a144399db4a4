// When load and build take neo4j-admin import, and what they say when they do not.
import { describe, expect, it } from "vitest";
import { BULK_MIN_RELATIONSHIPS, decideBulk } from "../src/bulk-load.js";

const empty = () => Promise.resolve(true);
const full = () => Promise.resolve(false);
const big = BULK_MIN_RELATIONSHIPS;
const never = () => Promise.reject(new Error("the database is not asked with NEO4J_URI"));

describe("bulk or transactional", () => {
  it("imports a large first load into the empty local database; a small one takes transactions (no restart)", async () => {
    expect(await decideBulk(empty, false, big, {})).toEqual({ bulk: true, replacing: false });
    expect(await decideBulk(never, false, big - 1, {})).toEqual({ bulk: false });
    expect(await decideBulk(empty, true, 10, {})).toEqual({ bulk: true, replacing: false });
  });
  it("merges into a local database that holds a graph, and says so; --bulk replaces it", async () => {
    const d = await decideBulk(full, false, big, {});
    expect(d.bulk).toBe(false);
    expect(!d.bulk && d.why).toMatch(/already holds a graph/);
    expect(await decideBulk(full, true, big, {})).toEqual({ bulk: true, replacing: true });
  });
  it("never imports into a server given by NEO4J_URI, and says why when --bulk asked for it", async () => {
    const env = { NEO4J_URI: "neo4j+s://example.databases.neo4j.io" };
    expect(await decideBulk(never, false, big, env)).toEqual({ bulk: false });
    const d = await decideBulk(never, true, big, env);
    expect(!d.bulk && d.why).toMatch(/local server only/);
  });
});
