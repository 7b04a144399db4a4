// A node's `articles` list is a set-union in insertion order: what it held, then the ids a load brings that
// it lacks, in the row's order, each once. Rows bringing many ids are filtered against the node on the
// client (prefilterArticles in load.ts), short ones in Cypher: both must give that same list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "@backchannel/store";
import { graph, node, openCleanStore } from "./helpers.js";

let store: Store;
beforeAll(async () => {
  store = await openCleanStore();
});
afterAll(async () => {
  await store.close();
});

const ids = (prefix: string, from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);
const articlesOf = async (key: string) =>
  (await store.driver.executeQuery("MATCH (n {id: $key}) RETURN n.articles AS a", { key }, { database: store.database })).records[0]!.get("a") as string[];
const load = (articles: Record<string, string[]>) =>
  store.load(
    graph(
      Object.entries(articles).map(([key, a]) => node(key, "State", key, a)),
      [],
    ),
    { skipUnchanged: false },
  );

describe("merging a node's articles", () => {
  it("appends only the ids a node lacks, in the row's order, for rows with many ids and with few", async () => {
    const first = await load({ "state:hub": ids("a", 0, 3_000), "state:small": ["a1", "a2"] });
    expect(first.nodes.created).toBe(2);
    expect(await articlesOf("state:hub")).toEqual(ids("a", 0, 3_000));

    // 500 ids it holds, 2,000 it does not (in reverse order), one of them twice; a short row likewise
    const brought = [...ids("a", 2_500, 3_000), ...ids("b", 0, 2_000).reverse(), "b7"];
    const second = await load({ "state:hub": brought, "state:small": ["a2", "b1", "a1", "b0"], "state:new": [...ids("c", 0, 40), "c3"] });
    expect(second.nodes).toEqual({ created: 1, updated: 2, unchanged: 0 });
    expect(await articlesOf("state:hub")).toEqual([...ids("a", 0, 3_000), ...ids("b", 0, 2_000).reverse()]);
    expect(await articlesOf("state:small")).toEqual(["a1", "a2", "b1", "b0"]);
    expect(await articlesOf("state:new")).toEqual(ids("c", 0, 40));

    // Nothing new: nothing changes, however many ids the row brings.
    const third = await load({ "state:hub": brought, "state:small": ["a2", "b1", "a1", "b0"], "state:new": ids("c", 0, 40) });
    expect(third.nodes).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await articlesOf("state:hub")).toHaveLength(5_000);
  });
});
