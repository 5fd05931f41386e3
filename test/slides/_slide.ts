/** Test helpers for the one-page slide: render its HTML with marp-cli, find overflowing elements in Chromium. */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { marpCli } from "@marp-team/marp-cli";
import type { Browser } from "playwright-core";
import { marpArgs } from "../../scripts/build/slides.js";

export const THEME = resolve(import.meta.dirname, "..", "..", "slides", "one-pager.css");

/** marp-cli's HTML of a slide Markdown text (no browser needed for HTML). */
export async function renderSlideHtml(markdown: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "one-pager-"));
  const md = join(dir, "one-pager.md");
  await writeFile(md, markdown);
  const code = await marpCli(marpArgs(md, THEME, join(dir, "one-pager.html"), []));
  if (code !== 0) throw new Error(`marp-cli exited ${code}`);
  return readFile(join(dir, "one-pager.html"), "utf8");
}

/** What a slide's layout looks like in Chromium: slide count, size, and every element that leaves the slide. */
export interface SlideLayout {
  slides: number;
  width: number;
  height: number;
  overflowing: string[];
}

/** Opens the HTML at 1280×720 and lists elements whose box leaves the 16:9 slide (or content cut by the slide). */
export async function measureSlide(browser: Browser, html: string): Promise<SlideLayout> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.setContent(html, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(() => {
      const sections = Array.from(document.querySelectorAll("section[data-marpit-pagination], section[id]"));
      const section = sections[0] as HTMLElement;
      const box = section.getBoundingClientRect();
      const overflowing: string[] = [];
      const tolerance = 0.5;
      for (const el of Array.from(section.querySelectorAll("*"))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (
          r.left < box.left - tolerance ||
          r.top < box.top - tolerance ||
          r.right > box.right + tolerance ||
          r.bottom > box.bottom + tolerance
        ) {
          overflowing.push(`${el.tagName.toLowerCase()}: "${(el.textContent ?? "").trim().slice(0, 40)}"`);
        }
      }
      // Content taller than the slide scrolls inside it even when every box is clipped to it.
      if (section.scrollHeight > section.clientHeight + 1)
        overflowing.push(`section: scrollHeight ${section.scrollHeight} > ${section.clientHeight}`);
      // Text that overflows the column it sits in (e.g. a long unbreakable token) also counts.
      for (const el of Array.from(section.querySelectorAll<HTMLElement>(".col, li, p, h1, h2"))) {
        if (el.scrollWidth > el.clientWidth + 1)
          overflowing.push(
            `${el.tagName.toLowerCase()} wider than its box: "${(el.textContent ?? "").trim().slice(0, 40)}"`,
          );
      }
      return { slides: sections.length, width: section.offsetWidth, height: section.offsetHeight, overflowing };
    });
  } finally {
    await page.close();
  }
}
