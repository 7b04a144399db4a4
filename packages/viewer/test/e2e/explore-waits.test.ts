// What explore mode does while it waits for the server, in headless Chromium against the real server
// in memory mode: a link to a neighbourhood asks for it before the viewer's bundle has loaded, and for
// the ranking of actors only after drawing it; while an expansion's answer is out the page neither redraws nor runs the layout
// (each redraw is a frame of software GL the answer would queue behind); the details panel is built
// again only when what it shows changed.
import { join } from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, launchBrowser, openViewer, startViewerServer } from "./helpers.js";

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  server = await startViewerServer(join(fixtures, "seeds.graph.json"));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Timing = { path: string; start: number; end: number };
/** The page's requests to the API and for its scripts, from resource timings. */
const timings = (page: Page, which: "api" | "script") =>
  page.evaluate(
    (w) =>
      performance
        .getEntriesByType("resource")
        .filter((r) => (w === "api" ? r.name.includes("/api/") : r.name.endsWith(".js")))
        .map((r): Timing => ({ path: new URL(r.name).pathname, start: r.startTime, end: (r as PerformanceResourceTiming).responseEnd })),
    which,
  );
const apiTimings = (page: Page) => timings(page, "api");

/** Waits until the camera has stopped moving (selecting a node frames it with a 400 ms animation). */
const cameraStill = (page: Page) => page.waitForFunction(() => !window.__backchannel!.renderer.getCamera().isAnimated());

describe("explore mode waiting for the server", () => {
  it("asks for a linked neighbourhood while the viewer loads, and for the most connected actors after drawing it", async () => {
    const page = await openViewer(browser, server.url, "explore=1&open=state:qatar");
    await page.waitForSelector("#explore-top li[data-key]");
    const t = await apiTimings(page);
    const info = t.find((r) => r.path === "/api/info")!;
    const neighbourhoods = t.filter((r) => r.path === "/api/neighbourhood");
    const top = t.filter((r) => r.path === "/api/top-actors");
    // Sent by the entry chunk, with /api/info, before the rest of the viewer has loaded: not after the
    // bundle, /api/info's answer and the app's start-up.
    expect(neighbourhoods).toHaveLength(1);
    const bundle = (await timings(page, "script")).find((r) => /\/assets\/start-[^/]*\.js$/.test(r.path));
    expect(bundle).toBeDefined();
    expect(neighbourhoods[0]!.start).toBeLessThan(bundle!.end);
    expect(info.start).toBeLessThan(bundle!.end);
    // Asked for once, after the neighbourhood's answer (it would share the server with it).
    expect(top).toHaveLength(1);
    expect(top[0]!.start).toBeGreaterThanOrEqual(neighbourhoods[0]!.end);
    expect(await page.evaluate(() => window.__backchannel!.graph.hasNode("state:qatar"))).toBe(true);
    expect(await page.evaluate(() => window.__backchannel!.app.explore!.controller.requests)).toBe(1);
    await page.close();
  });

  it("asks for the most connected actors at once when nothing is open, and no neighbourhood", async () => {
    const page = await openViewer(browser, server.url, "explore=1");
    await page.waitForSelector("#explore-top li[data-key]");
    const t = await apiTimings(page);
    expect(t.filter((r) => r.path === "/api/neighbourhood")).toEqual([]);
    expect(t.filter((r) => r.path === "/api/top-actors")).toHaveLength(1);
    await page.close();
  });

  it("the full view asks for no neighbourhood (open nodes in a link are explore mode's)", async () => {
    const page = await openViewer(browser, server.url, "explore=0&open=state:qatar");
    const t = await apiTimings(page);
    expect(t.map((r) => r.path).filter((p) => p === "/api/neighbourhood" || p === "/api/top-actors")).toEqual([]);
    expect(await page.evaluate(() => window.__backchannel!.app.explore)).toBeNull();
    await page.close();
  });

  it("neither redraws nor runs the layout while an expansion's answer is out, then draws it and lays it out", async () => {
    const page = await openViewer(browser, server.url, "explore=1&open=state:qatar&depth=1");
    await page.waitForFunction(() => window.__backchannel!.graph.hasNode("state:israel"));
    await page.evaluate(() => window.__backchannel!.app.selectNode("state:israel"));
    await page.waitForSelector("#explore-expand");
    await cameraStill(page);
    // Hold the expansion's answer until the page has been watched without it.
    let release!: () => void;
    const held = new Promise<void>((ok) => {
      release = ok;
    });
    let asked!: () => void;
    const sent = new Promise<void>((ok) => {
      asked = ok;
    });
    await page.route("**/api/neighbourhood?*", async (route: Route) => {
      asked();
      await held;
      await route.continue();
    });
    await page.evaluate(() => {
      const w = window as unknown as { renders: number };
      w.renders = 0;
      window.__backchannel!.renderer.on("afterRender", () => {
        w.renders++;
      });
      window.__backchannel!.app.layout.start();
    });
    expect(await page.evaluate(() => window.__backchannel!.app.layout.isRunning())).toBe(true);
    await page.click("#explore-expand");
    await sent;
    // Counted from the frame after the request (a frame the layout asked for before the click may still come).
    await page.evaluate(
      () =>
        new Promise<void>((ok) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              (window as unknown as { renders: number }).renders = 0;
              ok();
            }),
          ),
        ),
    );
    // Long enough for a running layout to have redrawn many times (it syncs every 16 ms here).
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__backchannel!.app.layout.isRunning())).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBe(0);
    expect(await page.evaluate(() => window.__backchannel!.graph.hasNode("group:hezbollah"))).toBe(false);
    release();
    await page.waitForFunction(() => window.__backchannel!.graph.hasNode("group:hezbollah"));
    // Drawn, then laid out again from where the nodes were.
    expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBeGreaterThan(0);
    await page.waitForFunction(() => window.__backchannel!.app.layout.isRunning());
    await page.close();
  });

  it("builds the details panel again only when what it shows changed", async () => {
    const page = await openViewer(browser, server.url, "explore=1&open=state:qatar&depth=1&node=state:qatar");
    await page.waitForFunction(() => window.__backchannel!.state.selectedNode === "state:qatar" && document.querySelector("#details .evidence") !== null);
    await page.waitForFunction(() => document.querySelector("#details .evidence-loading") === null);
    const tag = () =>
      page.evaluate(() => {
        const el = document.querySelector("#details .details-head") as HTMLElement & { tagged?: boolean };
        el.tagged = true;
      });
    const tagged = () => page.evaluate(() => Boolean((document.querySelector("#details .details-head") as HTMLElement & { tagged?: boolean }).tagged));
    await tag();
    // State changes the panel does not show (label density, colours): the same panel.
    await page.evaluate(() => window.__backchannel!.app.setState({ labels: 8 }));
    await page.evaluate(() => window.__backchannel!.app.setState({ colourBy: "community" }));
    expect(await tagged()).toBe(true);
    expect(await page.locator("#details mark").count()).toBeGreaterThan(0);
    // Pinning the node changes its button: built again.
    await page.click("#explore-pin");
    await page.waitForFunction(() => document.getElementById("explore-pin")?.textContent === "Unpin");
    expect(await tagged()).toBe(false);
    // A change of the graph (one step further): built again.
    await tag();
    const before = await page.evaluate(() => window.__backchannel!.graph.order);
    await page.evaluate(() => window.__backchannel!.app.setState({ depth: 2 }));
    await page.waitForFunction((n) => window.__backchannel!.graph.order > n, before);
    // (the same selection in a changed graph is built after the frame that shows the new picture, not in
    // it: wait for that build, which fails the test by its timeout if it never comes)
    await page.waitForFunction(() => !(document.querySelector("#details .details-head") as HTMLElement & { tagged?: boolean }).tagged);
    expect(await tagged()).toBe(false);
    await page.close();
  });
});
