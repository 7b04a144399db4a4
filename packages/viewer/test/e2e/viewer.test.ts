// The viewer in headless Chromium against the real server in memory mode (the seeds-style fixture).
import { readFileSync, copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { NODE_COLORS } from "@backchannel/schema";
import {
  edgeDisplay,
  fixtures,
  inkRatio,
  launchBrowser,
  nodeDisplay,
  openViewer,
  pick,
  repoRoot,
  screenshot,
  startViewerServer,
  stopLayout,
} from "./helpers.js";

const FADED = "#e4e4e4";
let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startViewerServer(process.env.BACKCHANNEL_VIEWER_GRAPH ?? join(fixtures, "seeds.graph.json"));
  browser = await launchBrowser();
  page = await openViewer(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("viewer on the seeds graph (memory mode)", () => {
  it("declares a favicon that the server serves (no 404 in the browser's console)", async () => {
    const href = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null);
    expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/favicon\.svg$/);
    const r = await fetch(href!);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("image/svg+xml");
    expect(await r.text()).toContain("<svg");
  });

  it("draws the graph with WebGL, articles hidden by default, legend and counts", async () => {
    const order = await page.evaluate(() => window.__backchannel!.graph.order);
    expect(order).toBeGreaterThan(10);
    expect(await page.textContent("#status")).toMatch(/nodes shown .* memory mode/);
    // Let the layout run a little, then check real pixels were drawn (not a blank canvas).
    await page.waitForTimeout(1500);
    expect(await inkRatio(page)).toBeGreaterThan(0.002);
    expect(await page.getAttribute('#legend [data-legend="Article"]', "data-hidden")).toBe("true");
    expect(await page.getAttribute('#legend [data-legend="Person"]', "data-hidden")).toBe("false");
    const article = await page.evaluate(() => window.__backchannel!.graph.filterNodes((_n, a) => a.type === "Article")[0]!);
    expect((await nodeDisplay(page, article)).hidden).toBe(true);
    expect(await page.isChecked("#filter-type-Article")).toBe(false);
    expect(await page.isChecked("#filter-rel-MENTIONED_IN")).toBe(false);
    // Parallel relations between Israel and Hamas are separate curves.
    const types = await page.evaluate(() => {
      const r = window.__backchannel!.renderer;
      return window.__backchannel!.graph.edges("state:israel", "group:hamas").map((e) => r.getEdgeDisplayData(e)!.type);
    });
    expect(types.length).toBeGreaterThan(1);
    expect(types.every((t) => t.startsWith("curved"))).toBe(true);
    // The layout stops on its own (converged or time budget) and reports it.
    await page.waitForFunction(() => !window.__backchannel!.app.layout.isRunning(), undefined, { timeout: 30_000 });
    expect(await page.textContent("#layout-status")).toMatch(/Layout (converged|stopped)/);
    await page.waitForTimeout(500); // noverlap pass
    await screenshot(page, "01-overview");
  });

  it("searches Qatar, centres on it, and lists its MEDIATES relationships with evidence", async () => {
    const before = await page.evaluate(() => window.__backchannel!.renderer.getCamera().getState());
    await page.type("#search-input", "Qat");
    const first = page.locator("#search-results .search-result").first();
    expect(await first.getAttribute("data-key")).toBe("state:qatar");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__backchannel!.state.selectedNode === "state:qatar");
    expect(await page.textContent("#details-title")).toBe("Qatar");
    const mediates = page.locator('#details .relation[data-rel="MEDIATES"]');
    expect(await mediates.count()).toBeGreaterThanOrEqual(2);
    const sentence = await mediates.first().locator(".sentence").first().textContent();
    expect(sentence).toMatch(/Qatar/);
    // The fact's words are marked: Qatar as source, the verb or the other side.
    const marks = await mediates.locator("mark").allTextContents();
    expect(marks).toContain("Qatar");
    expect(marks.some((m) => /mediat|met|invitation/i.test(m) || m === "Egypt" || m === "Doha talks" || m === "Hamas")).toBe(true);
    expect(await mediates.first().locator(".article").first().textContent()).toMatch(/^\d{3}_[0-9a-f]+$/);
    // Neighbourhood highlighted, the rest faded.
    expect((await nodeDisplay(page, "state:qatar")).color).toBe(NODE_COLORS.State);
    expect((await nodeDisplay(page, "meeting:doha-2024-08-15")).color).toBe(NODE_COLORS.Meeting);
    expect((await nodeDisplay(page, "person:john-kirby")).color).toBe(FADED);
    // Camera moves to it; the URL carries the selection.
    // (Waited for, not timed: on a loaded machine the animation's first step can come late.)
    await page.waitForFunction(
      (b) => {
        const s = window.__backchannel!.renderer.getCamera().getState();
        return s.x !== b.x || s.y !== b.y || s.ratio !== b.ratio;
      },
      before,
      { timeout: 10_000 },
    );
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain("node=state:qatar");
    await screenshot(page, "02-search-qatar");
  });

  it("shows a relationship's details with what, CAMEO and evidence", async () => {
    await page.evaluate(() => window.__backchannel!.app.setState({ selectedNode: null, selectedEdge: "DEMANDS|person:matthew-miller|group:hamas" }));
    expect(await page.textContent("#details")).toMatch(/demand: release all hostages/);
    expect(await page.textContent("#details")).toMatch(/CAMEO: 1041/);
    expect(await page.locator('#details mark[data-mark="what"]').textContent()).toBe("release all hostages");
    await page.evaluate(() => window.__backchannel!.app.setState({ selectedEdge: null }));
  });

  it("filters out a node type and a relationship type, and hides meetings outside the time window", async () => {
    await page.uncheck("#filter-type-Person");
    expect((await nodeDisplay(page, "person:john-kirby")).hidden).toBe(true);
    expect((await edgeDisplay(page, "AFFILIATED_WITH|person:john-kirby|group:white-house")).hidden).toBe(true);
    expect(await page.getAttribute('#legend [data-legend="Person"]', "data-hidden")).toBe("true");
    expect(decodeURIComponent(new URL(page.url()).hash)).toMatch(/hide=[^&]*Person/);
    await screenshot(page, "03-filter-no-persons");
    await page.check("#filter-type-Person");
    expect((await nodeDisplay(page, "person:john-kirby")).hidden).toBe(false);

    const meets = "MEETS|state:qatar|state:israel";
    const drawnAs = (await edgeDisplay(page, meets)).type;
    expect(drawnAs).not.toBe("hidden");
    await page.uncheck("#filter-rel-MEETS");
    // Hidden edges go to the program that draws nothing (not a zero-size shape the GPU still processes).
    expect(await edgeDisplay(page, meets)).toMatchObject({ hidden: true, type: "hidden" });
    await page.check("#filter-rel-MEETS");
    expect(await edgeDisplay(page, meets)).toMatchObject({ hidden: false, type: drawnAs });

    // The slider's scale starts on 2024-01-01 (the seeds' meetings run from January to August);
    // the window's start moved to 1 August (day 213).
    await page.fill("#time-from", "213");
    expect(await page.textContent("#time-from-label")).toBe("2024-08-01");
    expect((await nodeDisplay(page, "meeting:paris-2024-01-28")).hidden).toBe(true);
    expect((await edgeDisplay(page, "ATTENDS|person:william-burns|meeting:paris-2024-01-28")).hidden).toBe(true);
    expect((await nodeDisplay(page, "meeting:doha-2024-08-15")).color).toBe(NODE_COLORS.Meeting);
    // The seeds' relationships carry no dates: undated, shown, and counted.
    expect(await page.textContent("#time-summary")).toMatch(/^2 of 3 dated facts in the window · \d+ undated facts shown$/);
    await screenshot(page, "04-date-filter");
    await page.click("#filter-reset");
    expect((await nodeDisplay(page, "meeting:paris-2024-01-28")).color).toBe(NODE_COLORS.Meeting);
  });

  it("finds the shortest paths between two actors", async () => {
    await pick(page, "#path-from", "Burns", "person:william-burns");
    await pick(page, "#path-to", "Egypt", "state:egypt");
    await page.click("#path-find");
    await page.waitForSelector("#path-result .path-steps li");
    // The first of the shortest paths (each is listed; framing.test.ts checks them against the CLI's).
    const steps = await page.locator('#path-result [data-path="1"] .path-steps li').evaluateAll((els) => els.map((e) => e.getAttribute("data-key")));
    expect(steps[0]).toBe("person:william-burns");
    expect(steps.at(-1)).toBe("state:egypt");
    expect(steps.length).toBe(3);
    expect((await nodeDisplay(page, steps[1]!)).color).not.toBe(FADED);
    expect((await nodeDisplay(page, "person:john-kirby")).color).toBe(FADED);
    const hash = decodeURIComponent(new URL(page.url()).hash);
    expect(hash).toContain("pathFrom=person:william-burns");
    expect(hash).toContain("pathTo=state:egypt");
    await screenshot(page, "05-path");
    await page.click("#path-clear");
  });

  it("says the Cypher box needs Neo4j in memory mode", async () => {
    expect(await page.textContent("#cypher-status")).toMatch(/needs Neo4j/);
    expect(await page.isDisabled("#cypher-input")).toBe(true);
    expect(await page.isDisabled("#cypher-run")).toBe(true);
  });

  it("exports PNG, GEXF, GraphML and JSON as downloads", async () => {
    const grab = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), body: readFileSync(path!) };
    };
    const png = await grab("#export-png");
    expect(png.name).toBe("backchannel.png");
    expect(png.body.subarray(1, 4).toString()).toBe("PNG");
    expect(png.body.length).toBeGreaterThan(5000);
    const gexf = await grab("#export-gexf");
    expect(gexf.name).toBe("backchannel.gexf");
    expect(gexf.body.toString()).toMatch(/<gexf[\s\S]*Qatar[\s\S]*<\/gexf>/);
    const graphml = await grab("#export-graphml");
    expect(graphml.body.toString()).toMatch(/<graphml[\s\S]*state:qatar/);
    const json = JSON.parse((await grab("#export-json")).body.toString());
    expect(json.nodes.length).toBe(await page.evaluate(() => window.__backchannel!.graph.order));
  });

  it("restores a shared view from the URL", async () => {
    const shared = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await shared.goto(`${server.url}#node=state%3Aegypt&hide=Article,Group&from=2024-08-01`);
    await shared.waitForFunction(() => document.body.dataset.ready === "true");
    expect(await shared.textContent("#details-title")).toBe("Egypt");
    expect(await shared.isChecked("#filter-type-Group")).toBe(false);
    expect(await shared.textContent("#time-from-label")).toBe("2024-08-01");
    expect((await nodeDisplay(shared, "group:hamas")).hidden).toBe(true);
    await shared.close();
  });

  it("loads the graph without evidence and fetches what the details panel shows", async () => {
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
    const asked: string[] = [];
    fresh.on("request", (r) => {
      if (r.url().includes("/api/")) asked.push(decodeURIComponent(new URL(r.url()).pathname + new URL(r.url()).search));
    });
    await fresh.goto(server.url);
    await fresh.waitForFunction(() => document.body.dataset.ready === "true");
    // One graph request, the lean one (after /api/info said the graph is small enough to draw whole).
    expect(asked.filter((u) => u.startsWith("/api/graph"))).toEqual(["/api/graph?evidence=none"]);
    const loaded = () => fresh.evaluate(() => window.__backchannel!.graph.filterEdges((_e, a) => a.evidence !== undefined));
    expect(await loaded()).toEqual([]);

    // A node: one request for its relationships' evidence, sentences shown with their marks.
    await fresh.evaluate(() => window.__backchannel!.app.selectNode("state:egypt"));
    const sentence = await fresh.locator('#details .relation[data-rel="MEDIATES"] .sentence').first().textContent();
    expect(sentence).toMatch(/Egypt/);
    expect(await fresh.locator('#details mark[data-mark="source"]').first().textContent()).toMatch(/Egypt/);
    expect(await fresh.locator("#details .evidence-loading").count()).toBe(0);
    expect(asked.filter((u) => u.startsWith("/api/evidence"))).toEqual(["/api/evidence?node=state:egypt"]);
    const egyptEdges = await fresh.evaluate(() => window.__backchannel!.graph.filterEdges("state:egypt", (_e, a) => a.type !== "MENTIONED_IN"));
    expect((await loaded()).sort()).toEqual(egyptEdges.sort());

    // A relationship elsewhere: its own request.
    const edge = "DEMANDS|person:matthew-miller|group:hamas";
    await fresh.evaluate((e) => window.__backchannel!.app.setState({ selectedNode: null, selectedEdge: e }), edge);
    expect(await fresh.locator("#details .sentence").first().textContent()).toMatch(/Miller|Hamas|hostages/);
    expect(await fresh.locator("#details h3").first().textContent()).toMatch(/^Evidence \(\d+\)$/);
    expect(asked.at(-1)).toBe("/api/evidence?type=DEMANDS&source=person:matthew-miller&target=group:hamas");

    // Exports still carry every edge's evidence: the rest comes from the full graph.
    const [download] = await Promise.all([fresh.waitForEvent("download"), fresh.click("#export-json")]);
    const json = JSON.parse(readFileSync((await download.path())!, "utf8")) as { edges: { attributes: { evidence?: unknown[] } }[] };
    expect(json.edges.length).toBe(await fresh.evaluate(() => window.__backchannel!.graph.size));
    expect(json.edges.every((e) => Array.isArray(e.attributes.evidence) && e.attributes.evidence.length > 0)).toBe(true);
    expect(asked).toContain("/api/graph");

    // A failed request says so in the panel instead of loading forever.
    await fresh.route("**/api/evidence?**", (route) =>
      route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: "internal error; see the server's log" }) }),
    );
    await fresh.evaluate(() => window.__backchannel!.app.layout.stop("user"));
    await fresh.evaluate(() => {
      // Forget what was loaded for one node, as a reload of the graph would.
      const g = window.__backchannel!.graph;
      g.forEachEdge("state:qatar", (_e, a) => {
        delete a.evidence;
      });
      window.__backchannel!.app.selectNode("state:qatar");
    });
    await fresh.waitForSelector('#details .evidence-loading[data-state="error"]');
    expect(await fresh.locator("#details .evidence-loading").first().textContent()).toMatch(/^Could not load the evidence: internal error/);
    await fresh.close();
  });

  it("saves a picture of the viewer for the README", async () => {
    await stopLayout(page);
    await page.evaluate(() => window.__backchannel!.app.setState({ selectedNode: null, selectedEdge: null, pathFrom: null, pathTo: null }));
    await page.fill("#search-input", "");
    await pick(page, "#search-input", "Qatar", "state:qatar");
    await page.waitForTimeout(600);
    // Whole graph in view, Qatar's neighbourhood highlighted.
    await page.evaluate(() => window.__backchannel!.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.waitForTimeout(300);
    const shot = await screenshot(page, "06-readme");
    // The README's picture is a tracked file: refreshed on request only, so a test run leaves the tree clean.
    if (process.env.BACKCHANNEL_UPDATE_README_SCREENSHOT === "1") {
      mkdirSync(join(repoRoot, "docs"), { recursive: true });
      copyFileSync(shot, join(repoRoot, "docs/viewer.png"));
    }
  });
});
