/**
 * `slidesStep`: the one-page slide rendered to HTML, PDF, PNG (1280×720) and PPTX in `dist/slides/`, all four from
 * one process through marp-cli's programmatic API (marp-cli takes one output format per run, so one process with
 * four conversions instead of four CLI starts). Debian Chromium via `CHROME_PATH`; marp adds `--no-sandbox` as root.
 * Also runnable on its own: `tsx scripts/build/slides.ts <slide.md> <outDir>` (used by the benchmark).
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { marpCli } from "@marp-team/marp-cli";
import type { BuildStep, BuiltFile } from "../lib/types.js";
import { ONE_PAGER_PATH, renderOnePager } from "../render/slides/one-pager.js";
import { chromiumTool } from "./pictures.js";

/** The hand-written theme the slide names in its front matter. */
export const ONE_PAGER_THEME_PATH = "slides/one-pager.css";
/** Output formats and the marp-cli flags that select them. */
export const SLIDE_FORMATS = [
  { ext: "html", flags: [] as string[] },
  { ext: "pdf", flags: ["--pdf"] },
  { ext: "png", flags: ["--image", "png"] },
  { ext: "pptx", flags: ["--pptx"] },
] as const;

/** marp-cli arguments for one format (shared with the benchmark's four-process baseline). */
export function marpArgs(markdown: string, theme: string, out: string, flags: readonly string[]): string[] {
  return [markdown, "--theme-set", theme, "--html", "--allow-local-files", "--no-stdin", ...flags, "-o", out];
}

/** Renders `markdown` into `<outDir>/<stem>.{html,pdf,png,pptx}` in this process; returns the files written. */
export async function renderSlideFormats(markdown: string, theme: string, outDir: string): Promise<BuiltFile[]> {
  process.env.CHROME_PATH ||= "/usr/bin/chromium";
  await mkdir(outDir, { recursive: true });
  const stem = basename(markdown).replace(/\.md$/, "");
  const files: BuiltFile[] = [];
  for (const format of SLIDE_FORMATS) {
    const started = performance.now();
    const out = join(outDir, `${stem}.${format.ext}`);
    const code = await marpCli(marpArgs(markdown, theme, out, format.flags));
    if (code !== 0) throw new Error(`marp-cli exited ${code} rendering ${out}`);
    files.push({ path: out, bytes: (await stat(out)).size, ms: performance.now() - started });
  }
  return files;
}

/** Build step: the slide from the current model (the same text `generate` commits) into `dist/slides/`. */
export const slidesStep: BuildStep = {
  id: "slides",
  title: "One-page slide (HTML, PDF, PNG, PPTX) with marp-cli",
  requires: [chromiumTool],
  run: async (ctx) => {
    const outDir = join(ctx.dist, "slides");
    await mkdir(outDir, { recursive: true });
    const markdown = join(outDir, basename(ONE_PAGER_PATH));
    await writeFile(markdown, renderOnePager(ctx.model).contents);
    const files = await renderSlideFormats(markdown, join(ctx.root, ONE_PAGER_THEME_PATH), outDir);
    return files.map((f) => ({ ...f, path: `dist/slides/${basename(f.path)}` }));
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [markdown, outDir] = process.argv.slice(2);
  if (!markdown || !outDir) {
    process.stderr.write("usage: tsx scripts/build/slides.ts <slide.md> <outDir>\n");
    process.exit(2);
  }
  await renderSlideFormats(resolve(markdown), resolve(ONE_PAGER_THEME_PATH), resolve(outDir));
}
