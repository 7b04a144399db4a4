// Saved views in headless Chromium (memory mode, the seeds-style fixture): a view (filters, time window,
// selection, camera; explore mode's open nodes) saved by name, listed, reopened, exported as a file,
// deleted, imported back, and still there after a reload.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, launchBrowser, screenshot, startViewerServer, stopLayout } from "./helpers.js";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let context: BrowserContext;
let page: Page;
let exported = "";

/** Another tab of the same browser profile: local storage is shared (a new context would start empty). */
async function tab(hash = ""): Promise<Page> {
  const p = await context.newPage();
  await p.goto(server.url + (hash ? `#${hash}` : ""));
  await p.waitForFunction(() => document.body.dataset.ready === "true", undefined, { timeout: 30_000 });
  return p;
}
const camera = (p: Page) => p.evaluate(() => window.__backchannel!.renderer.getCamera().getState());
const state = (p: Page) => p.evaluate(() => window.__backchannel!.state);

beforeAll(async () => {
  server = await startViewerServer(join(fixtures, "seeds.graph.json"));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  page = await tab();
  await stopLayout(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("saved views", () => {
  it("saves a view by name and lists it", async () => {
    await page.evaluate(() =>
      window.__backchannel!.app.setState({ selectedNode: "state:qatar", hiddenNodeTypes: ["Article", "Person"], dateFrom: "2024-08-01" }),
    );
    await page.waitForFunction(() => !window.__backchannel!.renderer.getCamera().isAnimated());
    await page.evaluate(() => window.__backchannel!.renderer.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.7, angle: 0 }));
    await page.fill("#view-name", "Qatar in August");
    await page.click("#view-save");
    expect(await page.textContent("#views-status")).toBe("Saved “Qatar in August”.");
    expect(await page.$$eval("#views-list li", (lis) => lis.map((li) => li.getAttribute("data-view")))).toEqual(["Qatar in August"]);
    await screenshot(page, "views-01-saved");
  });

  it("reopens it: filters, window, selection and camera", async () => {
    await page.evaluate(() => window.__backchannel!.app.setState({ selectedNode: null, hiddenNodeTypes: ["Article"], dateFrom: null }));
    await page.evaluate(() => window.__backchannel!.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.click('#views-list li[data-view="Qatar in August"] .view-open');
    const s = await state(page);
    expect(s.selectedNode).toBe("state:qatar");
    expect(s.hiddenNodeTypes).toEqual(["Article", "Person"]);
    expect(s.dateFrom).toBe("2024-08-01");
    const c = await camera(page);
    expect([c.x, c.y, c.ratio].map((n) => Number(n.toFixed(3)))).toEqual([0.4, 0.6, 0.7]);
    expect(await page.textContent("#details-title")).toBe("Qatar");
  });

  it("exports it as a file, deletes it, imports it back, and keeps it across a reload", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('#views-list li[data-view="Qatar in August"] .view-export')]);
    expect(download.suggestedFilename()).toBe("Qatar-in-August.view.json");
    exported = readFileSync((await download.path())!, "utf8");
    const file = JSON.parse(exported) as { kind: string; name: string; hash: string };
    expect(file.kind).toBe("backchannel-view");
    expect(file.name).toBe("Qatar in August");
    expect(file.hash).toMatch(/node=state%3Aqatar/);
    expect(file.hash).toMatch(/cam=0\.4%2C0\.6%2C0\.7/);
    await page.click('#views-list li[data-view="Qatar in August"] .view-delete');
    expect(await page.locator("#views-list li").count()).toBe(0);
    await page.setInputFiles("#view-import", { name: "q.view.json", mimeType: "application/json", buffer: Buffer.from(exported) });
    await page.waitForSelector('#views-list li[data-view="Qatar in August"]');
    expect(await page.textContent("#views-status")).toBe("Imported “Qatar in August”.");
    await page.setInputFiles("#view-import", { name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"nodes": []}') });
    await page.waitForFunction(() => document.getElementById("views-status")!.textContent!.startsWith("Could not import other.json"));
    const again = await tab();
    expect(await again.locator('#views-list li[data-view="Qatar in August"]').count()).toBe(1);
    await again.close();
  });

  it("saves explore mode's picture, and reopens it in explore mode from the full view", async () => {
    const explore = await tab("explore=1&open=state:egypt&depth=1");
    await explore.waitForFunction(() => window.__backchannel!.graph.hasNode("state:egypt") && window.__backchannel!.graph.order > 1);
    const drawn = await explore.evaluate(() => window.__backchannel!.graph.nodes().sort());
    await explore.fill("#view-name", "Egypt around");
    await explore.click("#view-save");
    await explore.close();
    // The full view (same browser storage): opening the view switches to explore mode.
    const full = await tab();
    await full.click('#views-list li[data-view="Egypt around"] .view-open');
    await full.waitForFunction(() => document.body.dataset.ready === "true" && window.__backchannel !== undefined && window.__backchannel.app.explore !== null);
    await full.waitForFunction((n) => window.__backchannel!.graph.order === n, drawn.length);
    expect(await full.evaluate(() => window.__backchannel!.graph.nodes().sort())).toEqual(drawn);
    await full.close();
  });
});
