/**
 * Headless Debian Chromium through playwright-core, shared by the pictures build step and the docs/slide tests.
 * Offline by construction: no background networking, no component updates, no sync; playwright gives every launch
 * a fresh temporary profile (its own `--user-data-dir`), which it deletes on close.
 */
import { type Browser, chromium, type Page } from "playwright-core";

/** Flags every launch uses (TOOLCHAIN.md "Headless Chromium for page checks"). */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  // Same text rendering on every machine: no LCD subpixel colour fringes, so screenshots stay comparable.
  "--disable-lcd-text",
  "--font-render-hinting=none",
];

/** The Chromium binary: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROME_PATH || "/usr/bin/chromium";
}

/** Launches headless Chromium; close it with `browser.close()`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS], timeout: 60_000 });
}

/** Runs `fn` with a fresh browser and closes it afterwards, also on failure. */
export async function withChromium<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/** Viewport and capture options of `screenshotHtml`. */
export interface ScreenshotOptions {
  width: number;
  height: number;
  /** Capture the whole page height instead of the viewport (default true). */
  fullPage?: boolean;
  /** Device pixel ratio (default 1). */
  scale?: number;
  /** Capture only this element (CSS selector) instead of the page. */
  selector?: string;
  /** Script content added after load (e.g. a library the page needs; nothing is fetched). */
  script?: string;
  /** Run in the page after `script`, awaited before the capture (e.g. start a renderer). */
  prepare?: string;
}

/** Loads `html` into a new page with no network access and returns the page (caller closes it). */
export async function openHtml(browser: Browser, html: string, options: ScreenshotOptions): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    deviceScaleFactor: options.scale ?? 1,
    colorScheme: "light",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  // A picture source must be self-contained: any request other than inline data is refused.
  await page.route(/^(?!data:|about:)/, (route) => route.abort());
  await page.setContent(html, { waitUntil: "load" });
  if (options.script) await page.addScriptTag({ content: options.script });
  if (options.prepare) await page.evaluate(options.prepare);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Renders an HTML string to PNG bytes. */
export async function screenshotHtml(browser: Browser, html: string, options: ScreenshotOptions): Promise<Buffer> {
  const page = await openHtml(browser, html, options);
  try {
    if (options.selector)
      return await page.locator(options.selector).screenshot({ type: "png", animations: "disabled" });
    return await page.screenshot({ type: "png", fullPage: options.fullPage ?? true, animations: "disabled" });
  } finally {
    await page.context().close();
  }
}
