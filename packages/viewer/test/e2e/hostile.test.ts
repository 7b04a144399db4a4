// An article that tries to inject markup: every string must render as characters, nothing runs.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { fixtures, launchBrowser, openViewer, pick, screenshot, startViewerServer } from "./helpers.js";

const XSS_NAME = "<img src=x onerror=window.__pwned=1>";
let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startViewerServer(join(fixtures, "hostile.graph.json"));
  browser = await launchBrowser();
  page = await openViewer(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("hostile article text renders inert", () => {
  it("shows markup in names, aliases, roles and evidence as text, and runs nothing", async () => {
    await pick(page, "#search-input", "<img", "person:xss");
    // The search result itself showed the name as text.
    expect(await page.textContent("#details-title")).toBe(XSS_NAME);
    expect(await page.textContent("#details .aliases")).toContain("<script>window.__pwned=2</script>");
    expect(await page.textContent("#details .aliases")).toContain("&lt;b&gt;bold&amp;");
    expect(await page.textContent("#details")).toContain("<b>role</b>");
    const sentence = await page.locator("#details .relation[data-rel=MEETS] .sentence").first().textContent();
    expect(sentence).toContain("<script>window.__pwned=4</script>");
    expect(sentence).toContain("&amp; said &lt;hello&gt;.");
    // No element was made from the data: no <img>, <script>, <b> or <iframe> inside the panel.
    expect(await page.locator("#details img, #details script, #details b, #details iframe").count()).toBe(0);
    // The name is marked as the source inside the sentence, still as text.
    expect(await page.locator('#details mark[data-mark="source"]').first().textContent()).toBe(XSS_NAME);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await screenshot(page, "07-hostile-xss");
  });

  it("handles right-to-left text and very long names", async () => {
    await pick(page, "#search-input", "محمود", "person:rtl");
    expect(await page.textContent("#details-title")).toBe("محمود عباس");
    const what = await page.textContent("#details .relation[data-rel=DEMANDS]");
    expect(what).toContain("<iframe src=javascript:alert(1)>");
    expect(await page.locator("#details iframe").count()).toBe(0);
    // The long name wraps inside the panel instead of widening it.
    await page.click('#details .node-link[data-key="group:long"]');
    const box = await page.locator("#details-title").boundingBox();
    const panel = await page.locator("#details").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(panel!.width);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await screenshot(page, "08-hostile-rtl-long");
  });

  it("keeps hostile text inert in the path finder, the table-free memory mode and exports", async () => {
    await page.evaluate(() => window.__backchannel!.app.setState({ selectedNode: null, hiddenNodeTypes: [] }));
    await pick(page, "#path-from", "<img", "person:xss");
    await pick(page, "#path-to", "Qatar", "state:qatar");
    await page.click("#path-find");
    await page.waitForSelector("#path-result .path-steps li");
    expect(await page.textContent("#path-result")).toContain(XSS_NAME);
    expect(await page.locator("#path-result img").count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-graphml")]);
    expect(download.suggestedFilename()).toBe("backchannel.graphml");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
