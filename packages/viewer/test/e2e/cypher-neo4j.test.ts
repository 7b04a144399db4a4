// The Cypher box against the real server in Neo4j mode (the test Neo4j started by the global setup,
// loaded with the seeds fixture): a query's result shows as a table and as a highlighted subgraph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { parseGraphJson } from "@backchannel/schema";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { startServer } from "@backchannel/server";
import { distDir, fixtures, launchBrowser, nodeDisplay, openViewer, screenshot } from "./helpers.js";

// Provided by scripts/test-global-setup.ts (declared there too; repeated so this package typechecks alone).
declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string };
  }
}

const FADED = "#e4e4e4";
let browser: Browser;
let store: Store;
let server: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  store = await Store.open(inject("neo4j"));
  await wipeDatabase(store);
  await store.ensureSchema();
  await store.load(parseGraphJson(JSON.parse(readFileSync(join(fixtures, "seeds.graph.json"), "utf8"))));
  server = await startServer({ port: 0, staticDir: distDir, store });
  browser = await launchBrowser();
  page = await openViewer(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

describe("Cypher box (Neo4j mode)", () => {
  it("loads the graph from Neo4j with the same node keys", async () => {
    expect(await page.textContent("#status")).toMatch(/neo4j mode/);
    expect(await page.evaluate(() => window.__backchannel!.graph.hasNode("state:qatar"))).toBe(true);
    // The page loads the graph without evidence: no edge carries any before a node is selected.
    expect(await page.evaluate(() => window.__backchannel!.graph.someEdge((_e, a) => a.evidence !== undefined))).toBe(false);
    expect(await page.isDisabled("#cypher-input")).toBe(false);
  });

  it("runs a query: table rows and the subgraph highlighted on the canvas", async () => {
    await page.selectOption("#cypher-examples", { label: "Who mediates which meeting" });
    expect(await page.inputValue("#cypher-input")).toMatch(/MEDIATES/);
    // Syntax highlighting: keywords and the relationship type are coloured tokens.
    expect(await page.locator("#cypher-highlight .tok-keyword").first().textContent()).toBe("MATCH");
    expect(await page.locator("#cypher-highlight .tok-label").allTextContents()).toContain(":MEDIATES");
    await page.click("#cypher-run");
    await page.waitForFunction(
      () => document.getElementById("cypher-status")!.dataset.state === "done" || document.getElementById("cypher-status")!.dataset.state === "error",
    );
    expect(await page.getAttribute("#cypher-status", "data-state")).toBe("done");
    const rows = await page.locator("#cypher-table tbody tr").count();
    expect(rows).toBe(3);
    expect(await page.locator("#cypher-table thead th").allTextContents()).toEqual(["a", "r", "m"]);
    expect(await page.textContent("#cypher-table")).toContain("Qatar");
    expect((await nodeDisplay(page, "state:qatar")).color).not.toBe(FADED);
    expect((await nodeDisplay(page, "meeting:doha-2024-08-15")).color).not.toBe(FADED);
    expect((await nodeDisplay(page, "person:john-kirby")).color).toBe(FADED);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain("q=MATCH");
    await screenshot(page, "09-cypher-result");
    // A node cell selects the node.
    await page.locator("#cypher-table tbody button", { hasText: "Qatar" }).first().click();
    expect(await page.textContent("#details-title")).toBe("Qatar");
  });

  it("fetches the details panel's evidence from Neo4j (the graph came without it)", async () => {
    // (Selecting Qatar in the test before fetched the evidence of Qatar's edges, Israel's MEETS among them.)
    await page.evaluate(() => window.__backchannel!.app.selectNode("state:israel"));
    const sentence = await page.locator('#details .relation[data-rel="MEETS"] .sentence').first().textContent();
    expect(sentence).toMatch(/Israel/);
    expect(await page.locator("#details .article").first().textContent()).toMatch(/^\d{3}_[0-9a-f]+$/);
    const edge = "DEMANDS|person:matthew-miller|group:hamas";
    expect(await page.evaluate((e) => window.__backchannel!.graph.getEdgeAttribute(e, "evidence"), edge)).toBeUndefined();
    await page.evaluate((e) => window.__backchannel!.app.setState({ selectedNode: null, selectedEdge: e }), edge);
    expect(await page.locator('#details mark[data-mark="what"]').textContent()).toBe("release all hostages");
    await page.evaluate(() => window.__backchannel!.app.setState({ selectedEdge: null }));
  });

  it("reports a refused write and a syntax error as messages", async () => {
    await page.fill("#cypher-input", "MATCH (n) DETACH DELETE n");
    await page.click("#cypher-run");
    expect(await page.textContent("#cypher-status")).toMatch(/read-only/);
    await page.fill("#cypher-input", "MATCH (n RETURN n");
    await page.click("#cypher-run");
    await page.waitForFunction(() => document.getElementById("cypher-status")!.dataset.state === "error");
    // Once, as the server says it: not "Error: Cypher error: …".
    expect(await page.textContent("#cypher-status")).toMatch(/^Cypher error: /);
    expect(await page.textContent("#cypher-status")).not.toMatch(/Error: .*error:/i);
    // Clear clears the message too.
    await page.click("#cypher-clear");
    expect(await page.textContent("#cypher-status")).toBe("");
    expect(await page.getAttribute("#cypher-status", "data-state")).toBeNull();
    expect((await store.counts()).nodes).toBeGreaterThan(20);
  });

  it("restores a query from a shared link", async () => {
    const shared = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await shared.goto(`${server.url}#q=${encodeURIComponent("MATCH (p:Person)-[r:AFFILIATED_WITH]->(g) RETURN p, r, g")}`);
    await shared.waitForFunction(() => document.getElementById("cypher-status")?.dataset.state === "done", undefined, { timeout: 30_000 });
    expect(await shared.locator("#cypher-table tbody tr").count()).toBeGreaterThan(3);
    await shared.close();
  });
});
