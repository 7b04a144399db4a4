// Explore mode against the real server in Neo4j mode (the test Neo4j, loaded with the seeds fixture):
// neighbourhoods come from the store's Cypher; and the full view says when the server cut the graph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type NeighbourhoodResponse, parseGraphJson } from "@backchannel/schema";
import { startServer } from "@backchannel/server";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { distDir, fixtures, launchBrowser, openViewer, screenshot } from "./helpers.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string };
  }
}

let browser: Browser;
let store: Store;
let server: { url: string; close(): Promise<void> };
let capped: { url: string; close(): Promise<void> };

beforeAll(async () => {
  store = await Store.open(inject("neo4j"));
  await wipeDatabase(store);
  await store.ensureSchema();
  await store.load(parseGraphJson(JSON.parse(readFileSync(join(fixtures, "seeds.graph.json"), "utf8"))));
  server = await startServer({ port: 0, staticDir: distDir, store });
  capped = await startServer({ port: 0, staticDir: distDir, store, graphLimit: 10 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await capped?.close();
  await store?.close();
});

describe("explore mode (Neo4j mode)", () => {
  it("draws Qatar's depth-2 neighbourhood from Neo4j, and expands Israel", async () => {
    const page = await openViewer(browser, server.url, "explore=1&open=state:qatar");
    const want = ((await (await fetch(`${server.url}api/neighbourhood?name=state:qatar&depth=2`)).json()) as NeighbourhoodResponse).nodes
      .map((n) => n.key)
      .sort();
    await page.waitForFunction((n) => window.__backchannel!.graph.order === n, want.length);
    expect(await page.evaluate(() => window.__backchannel!.graph.nodes().sort())).toEqual(want);
    expect(await page.textContent("#status")).toMatch(new RegExp(`^Explore mode: ${want.length} of \\d+ nodes shown .* neo4j mode$`));
    await page.evaluate(() => window.__backchannel!.app.setState({ depth: 1 }));
    await page.waitForFunction(() => !window.__backchannel!.graph.hasNode("group:hezbollah"));
    await page.evaluate(() => window.__backchannel!.app.explore!.actions.expand("state:israel"));
    await page.waitForFunction(() => window.__backchannel!.graph.hasNode("group:hezbollah"));
    await screenshot(page, "explore-07-neo4j");
    await page.close();
  });

  it("the full view says when the server sent only part of the graph", async () => {
    const page = await openViewer(browser, capped.url);
    expect(await page.evaluate(() => window.__backchannel!.graph.order)).toBe(10);
    expect(await page.getAttribute("#status", "data-truncated")).toBe("true");
    expect(await page.textContent("#status")).toMatch(/the server sent part of the graph \(\d+ nodes, \d+ relationships in all\): explore mode shows the rest/);
    await page.close();
  });
});
