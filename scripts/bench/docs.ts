/**
 * Benchmark: the docs site build with Docusaurus Faster (rspack + swc) against the webpack build, and the slide's
 * four formats rendered in one process against four separate marp-cli invocations. Both baselines are measured in
 * the same run, interleaved, after one warm-up each (so both use warm caches). Usage:
 * `npm run bench:docs [-- --runs 2]` or `npm run bench -- docs`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { docusaurusBin } from "../build/docs.js";
import { marpArgs, ONE_PAGER_THEME_PATH, SLIDE_FORMATS } from "../build/slides.js";
import { prepare } from "../lib/pipeline.js";
import { DOCS_SITE_DIR } from "../render/docs/_page.js";
import { renderOnePager } from "../render/slides/one-pager.js";
import { interleave, printRatios } from "./_measure.js";

/** Scratch folder; inside the site folder because static generation must not run under the root's "type": "module". */
const BENCH_DIR = `${DOCS_SITE_DIR}/.bench`;

/** Runs both benchmarks `runs` times each and prints medians and ratios. */
export async function benchDocs(runs: number): Promise<void> {
  const root = process.cwd();
  const node = process.execPath;
  const docusaurus = docusaurusBin(root);
  const build = (bundler: string) => ({
    argv: [node, docusaurus, "build", DOCS_SITE_DIR, "--out-dir", path.resolve(root, BENCH_DIR, bundler)],
    env: { ...process.env, NO_COLOR: "1", ENRICHKIT_DOCS_BUNDLER: bundler },
  });
  try {
    const docs = await interleave({ "webpack (baseline)": build("webpack"), "faster (rspack)": build("faster") }, runs);
    printRatios(`docusaurus build, ${runs} run(s) each after a warm-up, interleaved`, docs, "webpack (baseline)");
  } catch (error) {
    // Known: the webpack client build cannot resolve theme-mermaid's optional @mermaid-js/layout-elk import here.
    console.log(
      `\ndocusaurus build: baseline failed, no ratio: ${error instanceof Error ? error.message : String(error)}`,
    );
    const faster = await interleave({ "faster (rspack)": build("faster") }, runs);
    printRatios(`docusaurus build with Faster alone, ${runs} run(s) after a warm-up`, faster, "faster (rspack)");
  }

  const { model } = await prepare({ root, samples: false });
  const slideDir = path.resolve(BENCH_DIR, "slides");
  await mkdir(slideDir, { recursive: true });
  const md = path.join(slideDir, "one-pager.md");
  await writeFile(md, renderOnePager(model).contents);
  const theme = path.resolve(ONE_PAGER_THEME_PATH);
  const marp = path.resolve("node_modules/@marp-team/marp-cli/marp-cli.js");
  const separate = SLIDE_FORMATS.map((f) =>
    [node, marp, ...marpArgs(md, theme, path.join(slideDir, "separate", `one-pager.${f.ext}`), f.flags)]
      .map((a) => `'${a}'`)
      .join(" "),
  ).join(" && ");
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" };
  const slides = await interleave(
    {
      "4 marp processes (baseline)": { argv: ["sh", "-c", separate], env },
      "1 process, 4 formats": {
        argv: [node, "--import", "tsx", path.resolve("scripts/build/slides.ts"), md, path.join(slideDir, "one")],
        env,
      },
    },
    runs,
  );
  printRatios(
    `slide → html+pdf+png+pptx, ${runs} run(s) each after a warm-up, interleaved`,
    slides,
    "4 marp processes (baseline)",
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const at = process.argv.indexOf("--runs");
  const runs = at > 0 ? Number.parseInt(process.argv[at + 1] ?? "1", 10) : 1;
  await benchDocs(Number.isFinite(runs) && runs > 0 ? runs : 1);
}
