// The viewer's search when nothing matches, in headless Chromium against the real server (memory
// mode): it says "no match" and offers the names it may have meant, which pick like any result; codes
// analysts type (USA) find their state. On a graph with PART_OF, which the filters and legend offer.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openViewer, repoRoot, screenshot, startViewerServer } from "./helpers.js";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startViewerServer(join(repoRoot, "packages/server/test/fixtures/dated.graph.json"));
  browser = await launchBrowser();
  page = await openViewer(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const typeIn = async (text: string) => {
  await page.fill("#search-input", "");
  await page.type("#search-input", text);
};

describe("viewer search: no match, did you mean", () => {
  it("says there is no match for a mistyped name and suggests the near ones, which pick like any result", async () => {
    await typeIn("Quatar");
    await page.waitForSelector("#search-results .search-empty");
    expect(await page.isVisible("#search-results")).toBe(true);
    expect(await page.textContent("#search-results .search-empty")).toBe("No match for “Quatar”. Did you mean:");
    const suggestions = page.locator("#search-results .search-suggestion");
    expect(await suggestions.first().getAttribute("data-key")).toBe("state:qatar");
    expect(await page.getAttribute("#search-input", "aria-expanded")).toBe("true");
    await screenshot(page, "10-search-no-match-suggestions");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__backchannel!.state.selectedNode === "state:qatar");
    expect(await page.textContent("#details-title")).toBe("Qatar");
    expect(await page.inputValue("#search-input")).toBe("Qatar");
  });

  it("says so plainly when nothing is near", async () => {
    await typeIn("Zzyzxqv");
    await page.waitForSelector("#search-results .search-empty");
    expect(await page.textContent("#search-results .search-empty")).toBe("No match for “Zzyzxqv”.");
    expect(await page.locator("#search-results .search-result").count()).toBe(0);
    await page.keyboard.press("Escape");
    expect(await page.isVisible("#search-results")).toBe(false);
  });

  it("finds a state by the code analysts type", async () => {
    await typeIn("USA");
    const first = page.locator("#search-results .search-result").first();
    expect(await first.getAttribute("data-key")).toBe("state:united-states");
    expect(await page.locator("#search-results .search-empty").count()).toBe(0);
  });

  it("offers PART_OF in the relationship filters and the legend", async () => {
    expect(await page.isChecked("#filter-rel-PART_OF")).toBe(true);
    const edge = "PART_OF|group:white-house|state:united-states";
    const shown = await page.evaluate((e) => window.__backchannel!.renderer.getEdgeDisplayData(e)?.hidden ?? null, edge);
    expect(shown).toBe(false);
    await page.uncheck("#filter-rel-PART_OF");
    expect(await page.evaluate((e) => window.__backchannel!.renderer.getEdgeDisplayData(e)?.hidden ?? null, edge)).toBe(true);
    await page.check("#filter-rel-PART_OF");
  });
});
