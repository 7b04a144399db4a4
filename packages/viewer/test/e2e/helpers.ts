// Shared by the browser tests: the real server in memory mode over the built viewer, and a headless
// Chromium from the system (never downloaded) with software WebGL so sigma can draw.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
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

export async function startViewerServer(graphFile: string): Promise<{ url: string; close(): Promise<void> }> {
  return startServer({ port: 0, staticDir: distDir, graphFile });
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
