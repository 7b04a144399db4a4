// Framing and reading in headless Chromium (memory mode, the seeds-style fixture), measured from
// sigma's own coordinates: a selection's neighbours and a path inside the canvas and clear of the
// panels, every shortest path listed step by step with its relationship and evidence, labels inside
// the canvas, a usable layout at 1024 px, the PNG export framing everything with its legend, Escape.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Fact } from "@backchannel/schema";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtures, launchBrowser, openViewer, pick, screenshot, startViewerServer, stopLayout } from "./helpers.js";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startViewerServer(join(fixtures, "seeds.graph.json"));
  browser = await launchBrowser();
  page = await openViewer(browser, server.url);
  await page.waitForFunction(() => !window.__backchannel!.app.layout.isRunning(), undefined, { timeout: 30_000 });
  await page.waitForTimeout(500);
  await stopLayout(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Where sigma draws each node (viewport pixels), and the panels over the canvas, in the same pixels. */
async function measure(p: Page, nodes: string[]) {
  await p.waitForFunction(() => !window.__backchannel!.renderer.getCamera().isAnimated());
  return p.evaluate((keys) => {
    const r = window.__backchannel!.renderer;
    const c = document.getElementById("canvas")!.getBoundingClientRect();
    const panel = (id: string) => {
      const el = document.getElementById(id);
      if (!el || el.hidden || el.offsetParent === null) return null;
      const b = el.getBoundingClientRect();
      return { left: b.left - c.left, top: b.top - c.top, right: b.right - c.left, bottom: b.bottom - c.top };
    };
    const at = keys.map((k) => ({ key: k, ...r.framedGraphToViewport(r.getNodeDisplayData(k)!) }));
    return { width: c.width, height: c.height, at, legend: panel("legend"), details: panel("details") };
  }, nodes);
}

type Box = { left: number; top: number; right: number; bottom: number } | null;
const inside = (p: { x: number; y: number }, b: Box) => b !== null && p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;

function expectClear(m: Awaited<ReturnType<typeof measure>>): void {
  for (const p of m.at) {
    expect(p.x, p.key).toBeGreaterThan(0);
    expect(p.x, p.key).toBeLessThan(m.width);
    expect(p.y, p.key).toBeGreaterThan(0);
    expect(p.y, p.key).toBeLessThan(m.height);
    expect(inside(p, m.legend), `${p.key} under the legend`).toBe(false);
    expect(inside(p, m.details), `${p.key} under the details`).toBe(false);
  }
}

const focusNodes = (p: Page) => p.evaluate(() => [...(window.__backchannel!.app as unknown as { focus: { nodes: Set<string> } }).focus.nodes]);

describe("framing and reading", () => {
  // Each test starts from the same page state, so one failure does not fail the tests after it.
  afterEach(async () => {
    await page.evaluate(() => window.__backchannel!.app.setState({ labels: 5, selectedNode: null, selectedEdge: null }));
  });

  it("frames a searched node with its neighbours inside the canvas, clear of the legend", async () => {
    await pick(page, "#search-input", "Qat", "state:qatar");
    await page.waitForFunction(() => window.__backchannel!.state.selectedNode === "state:qatar");
    const nodes = await focusNodes(page);
    expect(nodes.length).toBeGreaterThan(4);
    expectClear(await measure(page, nodes));
    await screenshot(page, "framing-01-qatar");
  });

  it("Escape deselects", async () => {
    await page
      .locator("#canvas")
      .focus()
      .catch(() => undefined);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => window.__backchannel!.state.selectedNode)).toBeNull();
    expect(await page.textContent("#details")).toMatch(/Select a node/);
  });

  it("lists every shortest path the CLI finds, step by step with relationship and evidence, and frames them", async () => {
    const api = (await (await fetch(`${server.url}api/lookup/paths?name=state:egypt&other=state:israel`)).json()) as { paths: Fact[][] };
    expect(api.paths.length).toBeGreaterThan(1);
    await pick(page, "#path-from", "Egypt", "state:egypt");
    await pick(page, "#path-to", "Israel", "state:israel");
    await page.click("#path-find");
    await page.waitForSelector("#path-result .path");
    expect(await page.locator("#path-result .path").count()).toBe(api.paths.length);
    expect(await page.textContent("#path-summary")).toBe(`${api.paths.length} shortest paths of ${api.paths[0]!.length} steps:`);
    // Each path's steps in the CLI's order: the same relationships.
    const listed = await page.$$eval("#path-result .path", (paths) =>
      paths.map((p) => [...p.querySelectorAll("li[data-edge]")].map((li) => li.getAttribute("data-edge"))),
    );
    expect(listed).toEqual(api.paths.map((p) => p.map((f) => `${f.type}|${f.from.key}|${f.to.key}`)));
    expect(await page.textContent("#path-result .path-rel")).toMatch(/[A-Z_]+/);
    await page.waitForFunction(() => document.querySelectorAll("#path-result .evidence-loading").length === 0);
    expect((await page.locator("#path-result q.path-evidence").first().textContent())!.length).toBeGreaterThan(20);
    const onPath = [...new Set(api.paths.flat().flatMap((f) => [f.from.key, f.to.key]))];
    expectClear(await measure(page, onPath));
    await screenshot(page, "framing-02-path");
    await page.click("#path-clear");
  });

  it("never clips a label at the canvas edge, at the highest label density", async () => {
    await page.evaluate(() => window.__backchannel!.app.setState({ labels: 10, selectedNode: "state:qatar" }));
    await page.waitForFunction(() => !window.__backchannel!.renderer.getCamera().isAnimated());
    // Qatar 12 px from the right edge: its label, drawn to the right, would run off the canvas. The
    // boxes are read after the frame that follows the move: on a loaded machine no fixed wait is enough.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const r = window.__backchannel!.renderer;
          const d = r.getNodeDisplayData("state:qatar")!;
          const cam = r.getCamera();
          const { width } = r.getDimensions();
          const v = r.framedGraphToViewport(d);
          const shift = r.viewportToFramedGraph({ x: width / 2 + (v.x - (width - 12)), y: r.getDimensions().height / 2 });
          r.once("afterRender", () => resolve());
          cam.setState({ ...cam.getState(), x: shift.x });
        }),
    );
    // That frame may still be one scheduled before the move (the selection's refresh): wait for the one
    // that draws Qatar where it was moved to.
    await page.waitForFunction(() => {
      const width = window.__backchannel!.renderer.getDimensions().width;
      const qatar = window.__backchannel!.app.labelBoxes().find((b) => b.label === "Qatar");
      return qatar !== undefined && Math.abs(qatar.node.x - (width - 12)) < 2;
    });
    const boxes = await page.evaluate(() => window.__backchannel!.app.labelBoxes().map((b) => ({ ...b })));
    const { width, height } = await page.evaluate(() => window.__backchannel!.renderer.getDimensions());
    expect(boxes.find((b) => b.label === "Qatar")).toBeDefined();
    // Labels of nodes on the canvas (sigma also labels discs that overhang its edge).
    for (const b of boxes.filter((x) => x.node.x >= 0 && x.node.x <= width && x.node.y >= 0 && x.node.y <= height)) {
      expect(b.left, b.label).toBeGreaterThanOrEqual(0);
      expect(b.right, b.label).toBeLessThanOrEqual(width);
      expect(b.top, b.label).toBeGreaterThanOrEqual(0);
      expect(b.bottom, b.label).toBeLessThanOrEqual(height);
    }
    expect(boxes.find((b) => b.label === "Qatar")!.right).toBeLessThanOrEqual(width);
    await screenshot(page, "framing-03-labels-at-edge");
  });

  it("exports the whole graph as a PNG with its legend, whatever the camera shows", async () => {
    // Zoomed far in: the screen shows a few nodes; the export must show all of them.
    await page.evaluate(() => window.__backchannel!.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 0.05, angle: 0 }));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 1200]);
    const report = await page.evaluate(() => window.__backchannel!.app.lastExport!);
    const shown = await page.evaluate(() =>
      window.__backchannel!.graph.filterNodes((n) => window.__backchannel!.renderer.getNodeDisplayData(n)?.hidden === false),
    );
    expect(report.nodes.map((n) => n.key).sort()).toEqual(shown.sort());
    for (const n of report.nodes) {
      expect(n.x, n.key).toBeGreaterThan(0);
      expect(n.x, n.key).toBeLessThan(1600);
      expect(n.y, n.key).toBeGreaterThan(0);
      expect(n.y, n.key).toBeLessThan(1200);
      expect(inside(n, report.legend), `${n.key} under the legend`).toBe(false);
    }
    // The selection alone, when there is one.
    await page.evaluate(() => window.__backchannel!.app.selectNode("state:egypt"));
    await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const focus = await focusNodes(page);
    expect((await page.evaluate(() => window.__backchannel!.app.lastExport!)).nodes.map((n) => n.key).sort()).toEqual(focus.sort());
  });
});

describe("at 1024 px", () => {
  it("keeps the graph wide and frames the selection clear of the details drawer", async () => {
    const narrow = await openViewer(browser, server.url);
    await narrow.setViewportSize({ width: 1024, height: 768 });
    await narrow.waitForTimeout(300);
    const width = await narrow.evaluate(() => document.getElementById("canvas")!.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(700);
    expect(await narrow.isVisible("#details")).toBe(false);
    await narrow.evaluate(() => window.__backchannel!.app.selectNode("state:qatar"));
    expect(await narrow.isVisible("#details")).toBe(true);
    const m = await measure(narrow, await focusNodes(narrow));
    expect(m.details).not.toBeNull();
    expectClear(m);
    await screenshot(narrow, "framing-04-1024");
    await narrow.close();
  });
});
