/**
 * `picturesStep`: PNGs of the docs pictures, captured with headless Chromium from the HTML sources the docs
 * renderers produce (the same ones `check` keeps under `docs-site/pictures/`): one input-wizard preview per action
 * and the flow diagram. Written to `dist/pictures/`; the docs step stages them into the site.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { screenshotHtml, withChromium } from "../lib/chromium.js";
import type { AppModel, BuildStep, BuiltFile, SystemTool } from "../lib/types.js";
import { actionSlug } from "../render/docs/_page.js";
import { buildFlowHtml, buildWizardHtml, WIZARD_WIDTH } from "../render/docs/pictures.js";

/** Chromium, installed from Debian. */
export const chromiumTool: SystemTool = { command: "chromium", aptPackage: "chromium" };

/** Paths under `dist/` of the pictures this step writes. */
export const PICTURE_PATHS = {
  wizard: (action: string) => `pictures/wizard/${actionSlug(action)}.png`,
  flow: "pictures/flow.png",
} as const;

/** The Mermaid browser bundle (mermaid is installed with @docusaurus/theme-mermaid). */
export async function loadMermaidRuntime(root: string): Promise<string> {
  const candidates = [join(root, "node_modules", "mermaid", "dist", "mermaid.min.js")];
  try {
    const pkg = createRequire(join(root, "package.json")).resolve("mermaid/package.json");
    candidates.unshift(join(dirname(pkg), "dist", "mermaid.min.js"));
  } catch {
    // The package's exports may hide package.json; the node_modules path below still works.
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error("pictures: mermaid/dist/mermaid.min.js not found (run npm ci)");
  return readFile(found, "utf8");
}

/** Renders every picture of `model` into `dist`; returns the files written. */
export async function buildPictures(model: AppModel, root: string, dist: string): Promise<BuiltFile[]> {
  const mermaid = await loadMermaidRuntime(root);
  return withChromium(async (browser) => {
    const files: BuiltFile[] = [];
    const save = async (rel: string, png: Buffer, started: number) => {
      const abs = join(dist, rel);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, png);
      files.push({ path: `dist/${rel}`, bytes: png.length, ms: performance.now() - started });
    };
    for (const action of model.actions) {
      const started = performance.now();
      const png = await screenshotHtml(browser, buildWizardHtml(model, action.name), {
        width: WIZARD_WIDTH + 40,
        height: 600,
        selector: ".dialog",
      });
      await save(PICTURE_PATHS.wizard(action.name), png, started);
    }
    const started = performance.now();
    const flow = await screenshotHtml(browser, buildFlowHtml(model), {
      width: 1600,
      height: 600,
      scale: 2,
      selector: "#diagram",
      script: mermaid,
      prepare: `(async () => {
        mermaid.initialize({ startOnLoad: false, theme: "neutral", securityLevel: "strict", flowchart: { htmlLabels: true } });
        await mermaid.run({ querySelector: "#diagram" });
        if (!document.querySelector("#diagram svg")) throw new Error("mermaid rendered no SVG");
      })()`,
    });
    await save(PICTURE_PATHS.flow, flow, started);
    return files;
  });
}

/** Build step: wizard previews and the flow diagram as PNG under `dist/pictures/`. */
export const picturesStep: BuildStep = {
  id: "pictures",
  title: "Docs pictures (input wizard per action, flow diagram) with headless Chromium",
  requires: [chromiumTool],
  run: (ctx) => buildPictures(ctx.model, ctx.root, ctx.dist),
};
