// Explore mode in headless Chromium against the real server in memory mode: the page starts from the
// most connected actors or a search, draws neighbourhoods fetched from the server, expands, hides and
// pins nodes, says how much is shown, and never asks for the whole graph. A graph over the threshold
// opens in explore mode by itself.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphJson, NeighbourhoodResponse } from "@backchannel/schema";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, launchBrowser, openViewer, pick, screenshot, startViewerServer } from "./helpers.js";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
const asked: string[] = [];

const order = () => page.evaluate(() => window.__backchannel!.graph.order);
const nodes = () => page.evaluate(() => window.__backchannel!.graph.nodes().sort());
const has = (key: string) => page.evaluate((k) => window.__backchannel!.graph.hasNode(k), key);
const neighbourhood = async (query: string) =>
  ((await (await fetch(`${server.url}api/neighbourhood?${query}`)).json()) as NeighbourhoodResponse).nodes.map((n) => n.key).sort();
/** Waits for the picture to hold `count` nodes (a neighbourhood arrives asynchronously). */
const drawn = (count: number) => page.waitForFunction((n) => window.__backchannel!.graph.order === n, count, { timeout: 10_000 });

beforeAll(async () => {
  server = await startViewerServer(join(fixtures, "seeds.graph.json"));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on("request", (r) => {
    if (r.url().includes("/api/")) asked.push(decodeURIComponent(new URL(r.url()).pathname + new URL(r.url()).search));
  });
  page.on("pageerror", (err) => console.error("page error:", err.message));
  await page.goto(`${server.url}#explore=1`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("explore mode (memory mode, asked for in the URL)", () => {
  it("starts empty with the most connected actors, and never asks for the whole graph", async () => {
    expect(await order()).toBe(0);
    await page.waitForSelector("#explore-top li[data-key]");
    const top = await page.$$eval("#explore-top li[data-key]", (lis) => lis.map((li) => li.getAttribute("data-key")));
    // Most connected first (relationships but MENTIONED_IN: Hamas has 8), ties by key.
    expect(top.slice(0, 4)).toEqual(["group:hamas", "state:israel", "state:qatar", "state:united-states"]);
    expect(await page.textContent("#explore-top li:first-child")).toBe("Hamas 8");
    expect(await page.textContent("#status")).toMatch(/^Explore mode: 28 nodes and 77 relationships in the graph; start from/);
    expect(await page.textContent("#mode-toggle")).toBe("Full view");
    await screenshot(page, "explore-01-start");
  });

  it("draws an actor's depth-2 neighbourhood from the ranked list, selected and counted", async () => {
    await page.click('#explore-top li[data-key="state:qatar"] button');
    const want = await neighbourhood("name=state:qatar&depth=2");
    await drawn(want.length);
    expect(await nodes()).toEqual(want);
    await page.waitForFunction(() => window.__backchannel!.state.selectedNode === "state:qatar");
    // The drawing is marked on the performance timeline (the explore bench times it), with what it held.
    await page.waitForFunction(() => performance.getEntriesByName("backchannel:explore-frame").length === 1);
    const mark = await page.evaluate(() => (performance.getEntriesByName("backchannel:explore-frame")[0] as PerformanceMark).detail);
    expect(mark).toEqual({ nodes: want.length, edges: await page.evaluate(() => window.__backchannel!.graph.size) });
    expect(await page.textContent("#status")).toMatch(new RegExp(`^Explore mode: ${want.length} of 28 nodes shown · \\d+ of 77 relationships · memory mode$`));
    expect(await page.isVisible("#explore-expand")).toBe(true);
    await page.waitForTimeout(800);
    await screenshot(page, "explore-02-qatar-depth-2");
  });

  it("walks one step at depth 1, and expands a node on demand", async () => {
    await page.selectOption("#explore-depth", "1");
    const one = await neighbourhood("name=state:qatar&depth=1");
    await drawn(one.length);
    expect(await has("group:hezbollah")).toBe(false);
    await page.evaluate(() => window.__backchannel!.app.selectNode("state:israel"));
    await page.click("#explore-expand");
    await page.waitForFunction(() => window.__backchannel!.graph.hasNode("group:hezbollah"));
    const both = [...new Set([...one, ...(await neighbourhood("name=state:israel&depth=1"))])].sort();
    expect(await nodes()).toEqual(both);
    expect(await page.evaluate(() => window.__backchannel!.state.open)).toEqual(["state:qatar", "state:israel"]);
    await screenshot(page, "explore-03-expanded");
  });

  it("lists an expansion's new relationships in the selected node's panel, built after the frame that draws them", async () => {
    // A drawn node whose neighbourhood holds a node not drawn yet: its expansion adds relationships to its panel.
    const shown = await nodes();
    let pick: { key: string; added: string } | undefined;
    for (const key of shown.filter((k) => !k.startsWith("meeting:"))) {
      const added = (await neighbourhood(`name=${encodeURIComponent(key)}&depth=1`)).find((k) => !shown.includes(k) && !k.startsWith("meeting:"));
      if (added) {
        pick = { key, added };
        break;
      }
    }
    expect(pick).toBeDefined();
    const { key, added } = pick!;
    const addedName = await (await fetch(`${server.url}api/neighbourhood?name=${encodeURIComponent(added)}&depth=1&limit=1`))
      .json()
      .then((r: NeighbourhoodResponse) => r.centre.name);
    await page.evaluate((k) => window.__backchannel!.app.selectNode(k), key);
    await page.waitForSelector("#explore-expand");
    // When the panel changes after the click, against the drawing's frame (a mutation observer runs right after the task that made it).
    await page.evaluate(() => {
      const w = window as unknown as { panelChanged?: number };
      delete w.panelChanged;
      new MutationObserver((_m, o) => {
        w.panelChanged = performance.now();
        o.disconnect();
      }).observe(document.getElementById("details")!, { childList: true, subtree: true, characterData: true });
    });
    const clicked = await page.evaluate(() => performance.now());
    await page.click("#explore-expand");
    await page.waitForFunction((k) => window.__backchannel!.graph.hasNode(k), added);
    await page.waitForFunction((name) => document.getElementById("details")!.textContent!.includes(name), addedName, { timeout: 10_000 });
    const t = await page.evaluate(() => ({
      changed: (window as unknown as { panelChanged?: number }).panelChanged ?? Number.NaN,
      frame: performance.getEntriesByName("backchannel:explore-frame").at(-1)?.startTime ?? Number.NaN,
    }));
    expect(t.frame).toBeGreaterThan(clicked);
    expect(t.changed).toBeGreaterThan(t.frame);
  });

  it("hides a node (expansions do not bring it back) and shows it again", async () => {
    const before = await order();
    await page.evaluate(() => window.__backchannel!.app.selectNode("group:hezbollah"));
    await page.click("#explore-hide");
    await drawn(before - 1);
    expect(await has("group:hezbollah")).toBe(false);
    expect(await page.textContent("#explore-hidden")).toMatch(/Hidden \(1\)\s*Hezbollah/);
    expect(await page.textContent("#status")).toMatch(/ · 1 hidden · /);
    await screenshot(page, "explore-04-hidden");
    await page.click('#explore-hidden li[data-key="group:hezbollah"] button');
    await drawn(before);
    expect(await has("group:hezbollah")).toBe(true);
  });

  it("pins a node: held by the layout, kept when a search starts a new picture", async () => {
    await page.evaluate(() => window.__backchannel!.app.selectNode("person:william-burns"));
    await page.click("#explore-pin");
    expect(await page.getAttribute("#explore-pin", "aria-pressed")).toBe("true");
    await page.waitForFunction(() => window.__backchannel!.graph.getNodeAttribute("person:william-burns", "fixed") === true);
    const at = await page.evaluate(() => window.__backchannel!.graph.getNodeAttributes("person:william-burns"));
    // The search box asks the server: Turkey is not drawn yet.
    expect(await has("state:turkey")).toBe(false);
    await pick(page, "#search-input", "Turk", "state:turkey");
    const turkey = await neighbourhood("name=state:turkey&depth=1");
    await page.waitForFunction(() => window.__backchannel!.state.selectedNode === "state:turkey");
    await drawn(turkey.length + 1);
    expect(await nodes()).toEqual([...new Set([...turkey, "person:william-burns"])].sort());
    expect(await page.evaluate(() => window.__backchannel!.state.open)).toEqual(["state:turkey"]);
    await page.waitForTimeout(1500); // the layout runs on the new picture; the pinned node stays
    const now = await page.evaluate(() => window.__backchannel!.graph.getNodeAttributes("person:william-burns"));
    expect([now.x, now.y]).toEqual([at.x, at.y]);
    await screenshot(page, "explore-05-pinned");
  });

  it("restores the picture from its URL, and never asked for /api/graph", async () => {
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/explore=1/);
    const again = await openViewer(browser, server.url, hash.slice(1));
    await again.waitForFunction(() => window.__backchannel!.graph.order === 3);
    expect(await again.evaluate(() => window.__backchannel!.graph.nodes().sort())).toEqual(await nodes());
    await again.close();
    expect(asked.filter((u) => u.startsWith("/api/graph"))).toEqual([]);
    expect(asked.some((u) => u.startsWith("/api/neighbourhood?name=state:qatar&depth=2"))).toBe(true);
  });
});

describe("explore mode over the threshold", () => {
  let big: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    // 20,001 nodes: a star of meetings around one state, past EXPLORE_OVER.nodes.
    const n = 20_001;
    const graph: GraphJson = {
      attributes: {},
      options: { type: "mixed", multi: true, allowSelfLoops: false },
      nodes: [
        { key: "state:hub", attributes: { type: "State", name: "Hub", aliases: [], articles: [] } },
        ...Array.from({ length: n - 1 }, (_, i) => ({
          key: `group:g${i}`,
          attributes: { type: "Group" as const, name: `Group ${i}`, aliases: [], articles: [] },
        })),
      ],
      edges: Array.from({ length: n - 1 }, (_, i) => ({
        source: `group:g${i}`,
        target: "state:hub",
        attributes: { type: "MEETS" as const, evidence: [{ article: "a", sentence: "met" }] },
      })),
    };
    const file = join(mkdtempSync(join(tmpdir(), "bc-explore-")), "big.graph.json");
    writeFileSync(file, JSON.stringify(graph));
    big = await startViewerServer(file);
  });
  afterAll(() => big?.close());

  it("opens in explore mode by itself, and a capped neighbourhood says it was cut", async () => {
    const p = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const requests: string[] = [];
    p.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(big.url);
    await p.waitForFunction(() => document.body.dataset.ready === "true");
    expect(await p.evaluate(() => window.__backchannel!.graph.order)).toBe(0);
    expect(await p.textContent("#status")).toMatch(/^Explore mode: 20,001 nodes and 20,000 relationships/);
    await p.click('#explore-top li[data-key="state:hub"] button');
    await p.waitForFunction(() => window.__backchannel!.graph.order === 500);
    expect(await p.textContent("#status")).toMatch(/Explore mode: 500 of 20,001 nodes shown .* Hub's neighbourhood cut at 500 of 20001 nodes/);
    expect(await p.getAttribute("#status", "data-truncated")).toBe("true");
    expect(requests.filter((u) => u === "/api/graph")).toEqual([]);
    await screenshot(p, "explore-06-over-threshold");
    await p.close();
  });
});
