// Brokers and communities in headless Chromium (memory mode, the seeds-style fixture): nodes sized by
// betweenness and coloured by community, measured in the page, agreeing with what the CLI's analysis
// (analyseActors, behind `backchannel brokers` and `communities`) finds on the same graph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NODE_COLORS, parseGraphJson } from "@backchannel/schema";
import { analyseActors } from "@backchannel/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMUNITY_COLORS } from "../../src/analysis/index.js";
import { fixtures, launchBrowser, openViewer, screenshot, startViewerServer, stopLayout } from "./helpers.js";

const file = join(fixtures, "seeds.graph.json");
const cli = analyseActors(parseGraphJson(JSON.parse(readFileSync(file, "utf8"))));
let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;

const display = (key: string) =>
  page.evaluate((k) => {
    const d = window.__backchannel!.renderer.getNodeDisplayData(k)!;
    return { size: d.size, color: d.color };
  }, key);

beforeAll(async () => {
  server = await startViewerServer(file);
  browser = await launchBrowser();
  page = await openViewer(browser, server.url);
  await stopLayout(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("brokers and communities in the viewer", () => {
  it("sizes nodes by betweenness: the top broker biggest, actors on no shortest path smallest", async () => {
    const top = cli.actors[0]!;
    expect(top.key).toBe("group:hamas");
    const before = await display(top.key);
    await page.selectOption("#size-by", "betweenness");
    expect(await page.evaluate(() => location.hash)).toMatch(/size=betweenness/);
    expect((await display(top.key)).size).toBeCloseTo(28, 5);
    expect((await display(top.key)).size).not.toBeCloseTo(before.size, 1);
    const none = cli.actors.find((a) => a.betweenness === 0)!;
    expect((await display(none.key)).size).toBeCloseTo(3, 5);
    // The sidebar lists the top brokers in the CLI's order.
    const listed = await page.$$eval("#brokers-list li", (lis) => lis.map((li) => li.getAttribute("data-key")));
    expect(listed).toEqual(cli.actors.slice(0, 5).map((a) => a.key));
    await screenshot(page, "network-01-betweenness");
  });

  it("colours nodes by community, the same communities as the CLI, listed in the legend", async () => {
    await page.selectOption("#colour-by", "community");
    for (const a of cli.actors) expect((await display(a.key)).color, a.key).toBe(COMMUNITY_COLORS[(a.community - 1) % COMMUNITY_COLORS.length]);
    expect((await display("meeting:doha-2024-08-15")).color).toBe("#9aa0a6");
    expect(await page.isVisible("#legend-communities")).toBe(true);
    expect(await page.locator("#legend-communities li").count()).toBe(Math.min(cli.communities.length, 12));
    expect(await page.textContent('#legend-communities li[data-community="1"]')).toContain(cli.communities[0]!.members[0]!.name);
    await screenshot(page, "network-02-communities");
  });

  it("switches back to degree and type, and restores the choice from the URL", async () => {
    const hash = await page.evaluate(() => location.hash.slice(1));
    await page.selectOption("#size-by", "degree");
    await page.selectOption("#colour-by", "type");
    expect((await display("group:hamas")).color).toBe(NODE_COLORS.Group);
    expect(await page.isVisible("#legend-communities")).toBe(false);
    const again = await browser.newPage();
    // The picture of the page's first draw, read as soon as the page says it is ready: before the
    // layout's first step redraws it (which would hide a first draw made without the measures).
    await again.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body?.dataset.ready !== "true") return;
        observer.disconnect();
        const d = window.__backchannel!.renderer.getNodeDisplayData("group:hamas")!;
        (window as unknown as { firstDraw: unknown }).firstDraw = { size: d.size, color: d.color };
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
    });
    await again.goto(`${server.url}#${hash}`);
    await again.waitForFunction(() => document.body.dataset.ready === "true", undefined, { timeout: 30_000 });
    expect(await again.inputValue("#colour-by")).toBe("community");
    const firstDraw = await again.evaluate(() => (window as unknown as { firstDraw: { size: number; color: string } }).firstDraw);
    expect(firstDraw.size).toBeCloseTo(28, 5);
    expect(firstDraw.color).toBe(COMMUNITY_COLORS[(cli.actors[0]!.community - 1) % COMMUNITY_COLORS.length]);
    await again.close();
  });
});
