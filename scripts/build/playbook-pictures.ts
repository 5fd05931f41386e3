/**
 * `playbookPicturesStep`: a PNG of each template's designer canvas, `dist/pictures/playbooks/<slug>.png`, rendered
 * from the same `buildPlaybook` the .pbx files come from (HTML/SVG in scripts/render/playbooks/canvas.ts) and
 * captured with headless Chromium. The submission step packs each picture into a `.pbxz` as `preview.png`.
 */
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { screenshotHtml, withChromium } from "../lib/chromium.js";
import type { BuildStep, BuiltFile, SystemTool } from "../lib/types.js";
import { renderPlaybookCanvasHtml } from "../render/playbooks/canvas.js";
import { buildPlaybook, templateSlug, templateTargets } from "../render/playbooks/pbx.js";

/** Folder of the pictures under `dist/`. */
export const PLAYBOOK_PICTURES_SUBDIR = "pictures/playbooks";

/** Chromium is the only system tool. */
export const playbookPictureTools: SystemTool[] = [{ command: "chromium", aptPackage: "chromium" }];

/** Renders every template's canvas to `dist/pictures/playbooks/<slug>.png`. */
export const playbookPicturesStep: BuildStep = {
  id: "playbook-pictures",
  title: "Playbook template pictures (dist/pictures/playbooks/*.png)",
  requires: playbookPictureTools,
  run: async (ctx) => {
    const started = performance.now();
    const dir = path.join(ctx.dist, PLAYBOOK_PICTURES_SUBDIR);
    await rm(dir, { recursive: true, force: true });
    const shots = templateTargets(ctx.model).map((target) => {
      const { html, size } = renderPlaybookCanvasHtml(buildPlaybook(ctx.model, target));
      return { html, ...size, out: path.join(dir, `${templateSlug(ctx.model, target.indicatorType)}.png`) };
    });
    await mkdir(dir, { recursive: true });
    await withChromium(async (browser) => {
      for (const shot of shots) {
        await writeFile(
          shot.out,
          await screenshotHtml(browser, shot.html, { width: shot.width, height: shot.height, fullPage: false }),
        );
      }
    });
    const ms = performance.now() - started;
    const files: BuiltFile[] = [];
    for (const shot of shots) {
      const rel = path.relative(ctx.root, shot.out).split(path.sep).join("/");
      files.push({ path: rel, bytes: (await stat(shot.out)).size, ms });
    }
    return files;
  },
};
