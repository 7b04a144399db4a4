// The time bar, evidence by date and the reading pane in headless Chromium, against the real server
// in memory mode over a small dated graph (test/fixtures/make-dated-fixture.py says what it holds).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { edgeDisplay, fixtures, launchBrowser, nodeDisplay, openViewer, screenshot, startViewerServer, stopLayout } from "./helpers.js";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startViewerServer(join(fixtures, "dated.graph.json"));
  browser = await launchBrowser();
  page = await openViewer(browser, server.url);
  await stopLayout(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Edges sigma draws (not hidden by any filter). */
const visibleEdges = (p: Page) =>
  p.evaluate(() => {
    const { graph, renderer } = window.__backchannel!;
    return graph.filterEdges((e) => !renderer.getEdgeDisplayData(e)?.hidden).sort();
  });
const hash = (p: Page) => decodeURIComponent(new URL(p.url()).hash);
/** Slider positions are days from the scale's start, 2024-01-01 (the first month of the span). */
const day = (iso: string) => (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(2024, 0, 1)) / 86_400_000;
async function setWindow(p: Page, from: string, to: string): Promise<void> {
  await p.fill("#time-to", String(day(to)));
  await p.fill("#time-from", String(day(from)));
}

describe("time bar", () => {
  it("spans all fact dates, draws a histogram per month and counts undated facts", async () => {
    expect(await page.textContent("#time-from-label")).toBe("2024-01-01");
    expect(await page.textContent("#time-to-label")).toBe("2024-08-31");
    const bars = await page
      .locator("#time-histogram rect.bar")
      .evaluateAll((els) => els.map((e) => [e.getAttribute("data-bucket"), Number(e.getAttribute("data-count"))]));
    // January: 3 Doha facts, the Doha meeting and the DEMANDS seen from January to August.
    expect(bars).toEqual([
      ["2024-01-01", 5],
      ["2024-02-01", 5],
      ["2024-03-01", 2],
      ["2024-04-01", 1],
      ["2024-05-01", 5],
      ["2024-06-01", 1],
      ["2024-07-01", 1],
      ["2024-08-01", 1],
    ]);
    expect(await page.textContent("#time-summary")).toBe("14 of 14 dated facts in the window · 2 undated facts shown");
    expect(await page.textContent("#time-undated-label")).toBe("Show undated facts (2)");
    expect(await page.isChecked("#time-undated")).toBe(true);
    expect(await visibleEdges(page)).toHaveLength(13);
  });

  it("shows only the facts whose [firstSeen, lastSeen] overlaps the window, and keeps it in the URL", async () => {
    await setWindow(page, "2024-02-01", "2024-02-29");
    expect(await page.textContent("#time-from-label")).toBe("2024-02-01");
    expect(await page.textContent("#time-to-label")).toBe("2024-02-29");
    expect(await visibleEdges(page)).toEqual(
      [
        "AFFILIATED_WITH|person:william-burns|group:cia",
        "ATTENDS|group:cia|meeting:paris",
        // Seen from January to August: it overlaps February.
        "DEMANDS|group:hamas|state:israel",
        "MEDIATES|state:qatar|meeting:paris",
        "MEETS|person:william-burns|person:al-thani",
        // Undated, shown by default.
        "MEETS|state:qatar|group:hamas",
      ].sort(),
    );
    expect((await nodeDisplay(page, "meeting:doha-2024-01-15")).hidden).toBe(true);
    expect((await edgeDisplay(page, "ATTENDS|group:hamas|meeting:cairo-2024-05-02")).hidden).toBe(true);
    expect(await page.textContent("#time-summary")).toBe("5 of 14 dated facts in the window · 2 undated facts shown");
    expect(await page.textContent("#status")).toMatch(/ 6 of 13 relationships /);
    expect(hash(page)).toContain("from=2024-02-01&to=2024-02-29");
    const inWindow = await page.locator("#time-histogram rect.bar.in-window").evaluateAll((els) => els.map((e) => e.getAttribute("data-bucket")));
    expect(inWindow).toEqual(["2024-02-01"]);
    await screenshot(page, "10-time-window");
  });

  it("hides and shows undated facts with the switch, saying how many", async () => {
    await page.uncheck("#time-undated");
    expect(await visibleEdges(page)).toEqual([
      "AFFILIATED_WITH|person:william-burns|group:cia",
      "DEMANDS|group:hamas|state:israel",
      "MEETS|person:william-burns|person:al-thani",
    ]);
    // The Paris meeting has only reportedBy: undated, hidden with its relationships.
    expect((await nodeDisplay(page, "meeting:paris")).hidden).toBe(true);
    expect(await page.textContent("#time-summary")).toBe("5 of 14 dated facts in the window · 2 undated facts hidden");
    expect(hash(page)).toContain("undated=hide");
    await screenshot(page, "11-time-undated-hidden");

    // A shared link restores window and switch.
    const shared = await openViewer(browser, server.url, "from=2024-02-01&to=2024-02-29&undated=hide");
    expect(await shared.isChecked("#time-undated")).toBe(false);
    expect(await shared.textContent("#time-from-label")).toBe("2024-02-01");
    expect(await visibleEdges(shared)).toHaveLength(3);
    await shared.close();

    await page.check("#time-undated");
    expect(await visibleEdges(page)).toHaveLength(6);
    expect((await nodeDisplay(page, "meeting:paris")).hidden).toBe(false);
    await page.click("#time-reset");
    expect(await visibleEdges(page)).toHaveLength(13);
    expect(hash(page)).not.toMatch(/from=|to=|undated=/);
  });

  it("plays the window forward month by month and stops at the end", async () => {
    await setWindow(page, "2024-01-01", "2024-01-31");
    await page.click("#time-play");
    expect(await page.getAttribute("#time-play", "aria-pressed")).toBe("true");
    await page.waitForFunction(() => window.__backchannel!.state.dateFrom === "2024-02-01", undefined, { timeout: 5000 });
    expect(await page.evaluate(() => window.__backchannel!.state.dateTo)).toBe("2024-02-29");
    expect(await page.textContent("#time-from-label")).toBe("2024-02-01");
    await page.waitForFunction(() => window.__backchannel!.state.dateFrom === "2024-03-01", undefined, { timeout: 5000 });
    expect(await visibleEdges(page)).toContain("MEDIATES|state:egypt|state:united-states");
    await screenshot(page, "12-time-playback");
    await page.click("#time-play");
    expect(await page.getAttribute("#time-play", "aria-pressed")).toBe("false");
    const paused = await page.evaluate(() => window.__backchannel!.state.dateFrom);
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => window.__backchannel!.state.dateFrom)).toBe(paused);

    // From July it takes one step to August, the end, and stops there.
    await setWindow(page, "2024-07-01", "2024-07-31");
    await page.click("#time-play");
    await page.waitForFunction(() => document.getElementById("time-play")!.getAttribute("aria-pressed") === "false", undefined, { timeout: 5000 });
    expect(await page.textContent("#time-from-label")).toBe("2024-08-01");
    expect(await page.textContent("#time-to-label")).toBe("2024-08-31");
    expect(await visibleEdges(page)).toEqual(["DEMANDS|group:hamas|state:israel", "MEETS|state:qatar|group:hamas"]);
    await page.click("#time-reset");
  });
});

describe("details: evidence by date", () => {
  it("orders evidence by date, undated last, with each article's title, source and date", async () => {
    await page.evaluate(() => window.__backchannel!.app.setState({ selectedEdge: "DEMANDS|group:hamas|state:israel", selectedNode: null }));
    await page.waitForSelector("#details .evidence");
    const items = page.locator("#details .evidence");
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-date")))).toEqual(["2024-01-16", "2024-08-10"]);
    expect(await items.locator(".article-title").allTextContents()).toEqual(["Talks open in Doha", "Hamas repeats its demand"]);
    expect(await items.first().locator(".citation").textContent()).toBe("Talks open in Doha · Gulf Wire · 2024-01-16");
    expect(await page.textContent("#details .seen")).toBe("seen: 2024-01-16 – 2024-08-10");

    await page.evaluate(() => window.__backchannel!.app.setState({ selectedEdge: "MEETS|person:william-burns|person:al-thani" }));
    await page.waitForSelector("#details .evidence");
    expect(await page.locator("#details .evidence .article-title").allTextContents()).toEqual(["Spy chiefs meet in Paris", "An undated note"]);
    expect(await page.locator("#details .evidence .article-date").allTextContents()).toEqual([" · 2024-02-01", " · undated"]);

    // In a node's panel too; the event's day is shown when the sentence gives one.
    await page.evaluate(() => window.__backchannel!.app.selectNode("state:egypt"));
    await page.waitForSelector('#details .relation[data-edge="MEDIATES|state:egypt|meeting:doha-2024-01-15"] .evidence');
    expect(await page.textContent('#details .relation[data-edge="MEDIATES|state:egypt|meeting:doha-2024-01-15"] .citation')).toBe(
      "Talks open in Doha · Gulf Wire · 2024-01-16 · event 2024-01-15",
    );
    await screenshot(page, "13-details-by-date");
  });
});

describe("reading pane", () => {
  const texts = new Map(
    readFileSync(join(fixtures, "dated.graph.articles.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .map((a) => [a.id, a.text]),
  );
  const openEdge = async (edge: string) => {
    await page.evaluate((e) => window.__backchannel!.app.setState({ selectedEdge: e, selectedNode: null }), edge);
    await page.waitForSelector("#details .evidence .article-title");
  };

  it("opens the article's text with the clicked sentence highlighted", async () => {
    await openEdge("MEDIATES|state:qatar|meeting:doha-2024-01-15");
    const sentence = "Qatar and Egypt mediated the talks in Doha on Monday.";
    await page.click("#details .evidence .article-title");
    await page.waitForSelector('#reader .reader-text[data-state="ready"]');
    expect(await page.isVisible("#reader")).toBe(true);
    expect(await page.textContent("#reader-title")).toBe("Talks open in Doha");
    expect(await page.textContent("#reader-facts")).toBe("Gulf Wire · 2024-01-16 · ");
    expect(await page.textContent("#reader-mark")).toBe(sentence);
    // The whole text is there, and the mark sits at the evidence's offsets.
    const text = texts.get("d1")!;
    expect(await page.textContent("#reader .reader-text")).toBe(text);
    const before = await page.evaluate(() => {
      const mark = document.getElementById("reader-mark")!;
      const range = document.createRange();
      range.setStart(mark.parentElement!, 0);
      range.setEndBefore(mark);
      return range.toString().length;
    });
    expect(text.slice(before, before + sentence.length)).toBe(sentence);
    expect(await page.locator("#reader-mark").isVisible()).toBe(true);
    await screenshot(page, "14-reader");

    // Another entry replaces it; the close button hides the pane.
    await openEdge("DEMANDS|group:hamas|state:israel");
    await page.locator("#details .evidence .article-title").nth(1).click();
    await page.waitForFunction(() => document.getElementById("reader-title")?.textContent === "Hamas repeats its demand");
    await page.waitForSelector('#reader .reader-text[data-state="ready"]');
    expect(await page.textContent("#reader-mark")).toBe("Hamas again demanded a permanent ceasefire from Israel.");
    await page.click("#reader-close");
    expect(await page.isVisible("#reader")).toBe(false);
  });

  it("says when the text is not available and shows the sentence alone", async () => {
    await openEdge("MEETS|state:qatar|group:hamas");
    await page.click("#details .evidence .article-title");
    await page.waitForSelector('#reader-status[data-state="unavailable"]');
    expect(await page.textContent("#reader-status")).toBe("The article's text is not available.");
    expect(await page.textContent("#reader-title")).toBe("An undated note");
    expect(await page.textContent("#reader-mark")).toBe("Qatari officials met Hamas leaders.");
    expect(await page.locator("#reader .reader-text").count()).toBe(0);
    await screenshot(page, "15-reader-unavailable");
    await page.click("#reader-close");
  });

  it("shows a hostile article's title and text as characters", async () => {
    await openEdge("MEDIATES|state:egypt|state:united-states");
    const title = "<img src=x onerror=window.__pwned=7> Messages <b>carried</b>";
    expect(await page.textContent("#details .evidence .article-title")).toBe(title);
    await page.click("#details .evidence .article-title");
    await page.waitForSelector('#reader .reader-text[data-state="ready"]');
    expect(await page.textContent("#reader-title")).toBe(title);
    expect(await page.textContent("#reader-facts")).toBe("<i>Wire</i> · 2024-03-12 · ");
    expect(await page.textContent("#reader .reader-text")).toBe(texts.get("d6"));
    expect(await page.textContent("#reader-mark")).toBe("Egypt also passed messages to Washington.");
    expect(await page.locator("#reader img, #reader script, #reader b, #reader i, #details img, #details b").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await screenshot(page, "16-reader-hostile");
    await page.click("#reader-close");
  });
});
