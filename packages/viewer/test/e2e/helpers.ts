// Shared by the browser tests: the real server in memory mode over the built viewer, and a headless
// Chromium from the system (never downloaded) with software WebGL so sigma can draw.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { articleTextsFile } from "@backchannel/schema";
import { startServer } from "@backchannel/server";

const here = dirname(fileURLToPath(import.meta.url));
export const viewerDir = resolve(here, "../..");
export const repoRoot = resolve(viewerDir, "../..");
export const distDir = join(viewerDir, "dist");
export const fixtures = join(viewerDir, "test/fixtures");
export const screenshotsDir = join(repoRoot, "test-artifacts/screenshots");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** As `backchannel serve --graph` does, the article texts beside the graph are served when they exist. */
export async function startViewerServer(graphFile: string): Promise<{ url: string; close(): Promise<void> }> {
  const texts = articleTextsFile(graphFile);
  return startServer({ port: 0, staticDir: distDir, graphFile, ...(existsSync(texts) ? { articleTextsFile: texts } : {}) });
}

/** Opens the viewer and waits for the graph to be loaded and drawn once. */
export async function openViewer(browser: Browser, url: string, hash = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  page.on("pageerror", (err) => console.error("page error:", err.message));
  await page.goto(url + (hash ? `#${hash}` : ""));
  await page.waitForFunction(() => document.body.dataset.ready === "true", undefined, { timeout: 30_000 });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Stops the layout so positions (and screenshots) hold still. */
export async function stopLayout(page: Page): Promise<void> {
  await page.evaluate(() => window.__backchannel!.app.layout.stop("user"));
}

/** Share of non-background pixels in a screenshot of the canvas (decoded in the page, no PNG library). */
export async function inkRatio(page: Page): Promise<number> {
  const png = await page.locator("#canvas").screenshot();
  return page.evaluate(async (b64) => {
    // Decoded here, not fetched from a data: URL, which the page's CSP (rightly) refuses.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: "image/png" });
    const img = await createImageBitmap(blob);
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) ink++;
    return ink / (d.length / 4);
  }, png.toString("base64"));
}

/** Types into an autocomplete and picks the option for `key`. */
export async function pick(page: Page, input: string, text: string, key: string): Promise<void> {
  await page.fill(input, "");
  await page.type(input, text);
  const list = await page.getAttribute(input, "aria-controls");
  await page.click(`#${list} .search-result[data-key="${key}"]`);
}

export type DisplayState = { hidden: boolean; color: string; label: string | null };
/** What sigma draws for a node, through the debug handle (reducer output). */
export function nodeDisplay(page: Page, key: string): Promise<DisplayState> {
  return page.evaluate((k) => {
    const d = window.__backchannel!.renderer.getNodeDisplayData(k)!;
    return { hidden: Boolean(d.hidden), color: d.color, label: d.label ?? null };
  }, key);
}
/** An edge's display state, and its program (`type`): a hidden edge must use the program that draws nothing. */
export function edgeDisplay(page: Page, key: string): Promise<DisplayState & { type: string }> {
  return page.evaluate((k) => {
    const d = window.__backchannel!.renderer.getEdgeDisplayData(k)!;
    return { hidden: Boolean(d.hidden), color: d.color, label: d.label ?? null, type: d.type };
  }, key);
}
