/**
 * End to end: the built docs site (`dist/docs-site`, from `npm start`) served on 127.0.0.1 and opened in headless
 * Chromium. Every page in the sitemap loads without a console error or a failed request; the Mermaid flow renders
 * as SVG; every input-wizard picture loads; local search finds an output name.
 * Skips (with the reason in its name) only when the site is not built and CI is unset; in CI it must run.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/lib/chromium.js";
import { type StaticServer, serveStatic } from "./_serve.js";

const SITE = join(import.meta.dirname, "..", "..", "dist", "docs-site");
const built = existsSync(join(SITE, "index.html"));
const run = built || Boolean(process.env.CI);
const title = run
  ? "docs site e2e"
  : "docs site e2e (skipped: dist/docs-site is not built and CI is unset; run npm start)";

/** Site paths from the sitemap (`/`, `/reference/outputs`, …), sorted. */
function sitemapPaths(): string[] {
  const xml = readFileSync(join(SITE, "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

/** Problems a page reports while it loads: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
async function visit(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  };
  const onError = (error: Error) => problems.push(`pageerror: ${error.message}`);
  const onFailed = (req: { url(): string; failure(): { errorText: string } | null }) =>
    problems.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ""}`);
  const onResponse = (res: { url(): string; status(): number }) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onError);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  try {
    await page.goto(url, { waitUntil: "networkidle" });
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onError);
    page.off("requestfailed", onFailed);
    page.off("response", onResponse);
  }
  return problems;
}

describe.skipIf(!run)(title, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!built) throw new Error("dist/docs-site is missing: CI must run `npm start` before `npm test`");
    server = await serveStatic(SITE);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Offline: anything not served by our 127.0.0.1 server is refused (and would show up as a failed request).
    await page.route(
      (url) => !url.href.startsWith(server.url) && !url.protocol.startsWith("data"),
      (route) => route.abort(),
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens every page in the sitemap with no console error and no failed request", async () => {
    const paths = sitemapPaths();
    expect(paths).toEqual(expect.arrayContaining(["/", "/reference/outputs", "/reference/troubleshooting", "/api"]));
    const failures: string[] = [];
    for (const path of paths) {
      const problems = await visit(page, `${server.url}${path}`);
      failures.push(...problems.map((p) => `${path}: ${p}`));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("renders the Mermaid flow diagram as SVG on the overview page", async () => {
    await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
    const svg = page.locator(".docusaurus-mermaid-container svg");
    await svg.first().waitFor({ state: "visible", timeout: 20_000 });
    const box = await svg.first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(await page.locator(".docusaurus-mermaid-container svg .node").count()).toBeGreaterThanOrEqual(5);
  });

  it("loads every input-wizard picture on the inputs page", async () => {
    await page.goto(`${server.url}/reference/inputs`, { waitUntil: "networkidle" });
    // Docusaurus marks Markdown images loading="lazy": bring each into view, as a reader scrolling would.
    for (const img of await page.locator('img[alt^="Input wizard of "]').all()) {
      await img.scrollIntoViewIfNeeded();
      await img.evaluate((el) => (el as HTMLImageElement).decode().catch(() => undefined));
    }
    const images = await page.locator('img[alt^="Input wizard of "]').evaluateAll((els) =>
      (els as HTMLImageElement[]).map((img) => ({
        alt: img.alt,
        loaded: img.complete && img.naturalWidth > 0,
        width: img.naturalWidth,
      })),
    );
    const actions = await page.locator("article h2").count();
    expect(images.length).toBeGreaterThan(0);
    expect(images.length).toBe(actions);
    expect(images.filter((i) => !i.loaded)).toEqual([]);
    expect(Math.min(...images.map((i) => i.width))).toBeGreaterThan(400);
  });

  it("finds vt.response.json.raw with the offline local search", async () => {
    await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
    const input = page.locator(".navbar__search-input");
    await input.click();
    await input.fill("vt.response.json.raw");
    const suggestion = page.locator('[role="listbox"] [role="option"]', {
      has: page.locator("mark", { hasText: "vt.response.json.raw" }),
    });
    await suggestion.first().waitFor({ state: "visible", timeout: 20_000 });
    expect(await suggestion.count()).toBeGreaterThan(0);
  });
});
