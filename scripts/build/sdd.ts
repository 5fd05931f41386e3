/**
 * `sddStep`: the Solution Design Document as `dist/sdd/SOLUTION-DESIGN.docx` (docx library, from the same tree as
 * the committed Markdown), each Mermaid diagram rendered to PNG with headless Chromium and placed as a picture
 * (also kept as `dist/sdd/diagram-<n>.png`), and `SOLUTION-DESIGN.pdf` when LibreOffice (`soffice`) is present.
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Code, RootContent } from "mdast";
import { openHtml, withChromium } from "../lib/chromium.js";
import type { AppModel, BuildStep, BuiltFile, SystemTool } from "../lib/types.js";
import { buildSddTree } from "../render/sdd.js";
import { type DiagramPicture, pngSize, renderSddDocx } from "../sdd/docx.js";

const run = promisify(execFile);

/** Output folder under `dist/`. */
export const SDD_DIST_SUBDIR = "sdd";

/** Chromium draws the diagrams; LibreOffice is optional (the pdf is skipped without it). */
export const sddTools: SystemTool[] = [{ command: "chromium", aptPackage: "chromium" }];

/** Mermaid sources of the tree, in document order, without duplicates. */
export function mermaidBlocks(tree: readonly RootContent[]): string[] {
  const found: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const n of nodes) {
      if (n.type === "code" && (n as Code).lang === "mermaid" && !found.includes((n as Code).value))
        found.push((n as Code).value);
      if ("children" in n && Array.isArray(n.children)) walk(n.children as RootContent[]);
    }
  };
  walk(tree);
  return found;
}

/** Renders each Mermaid source to a PNG (2× scale) in one headless Chromium; mermaid runs inside the page. */
export async function renderMermaidPngs(sources: readonly string[]): Promise<Map<string, DiagramPicture>> {
  const mermaidJs = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");
  const pictures = new Map<string, DiagramPicture>();
  if (sources.length === 0) return pictures;
  await withChromium(async (browser) => {
    const html = `<!doctype html><html><body style="margin:0;background:#fff;font-family:'DejaVu Sans',sans-serif"><div id="out" style="display:inline-block;padding:12px"></div></body></html>`;
    const page = await openHtml(browser, html, { width: 1400, height: 900, scale: 2 });
    try {
      await page.addScriptTag({ path: mermaidJs });
      for (const [i, source] of sources.entries()) {
        await page.evaluate(
          async ({ id, text }) => {
            const m = (
              globalThis as unknown as {
                mermaid: {
                  initialize: (o: object) => void;
                  render: (id: string, t: string) => Promise<{ svg: string }>;
                };
              }
            ).mermaid;
            m.initialize({
              startOnLoad: false,
              theme: "neutral",
              securityLevel: "strict",
              fontFamily: "DejaVu Sans, sans-serif",
              flowchart: { htmlLabels: true },
            });
            const { svg } = await m.render(id, text);
            // Runs in the page (no DOM types in this Node project).
            const doc = (
              globalThis as unknown as { document: { getElementById: (id: string) => { innerHTML: string } | null } }
            ).document;
            const out = doc.getElementById("out");
            if (out) out.innerHTML = svg;
          },
          { id: `diagram${i}`, text: source },
        );
        const png = await page.locator("#out").screenshot({ type: "png", animations: "disabled" });
        pictures.set(source, { png, ...pngSize(png) });
      }
    } finally {
      await page.context().close();
    }
  });
  return pictures;
}

/** True when `command` is executable on PATH (same test as the build runner's; no process spawned). */
function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return dir !== "";
    } catch {
      return false;
    }
  });
}

/** Converts `docx` to pdf beside it with LibreOffice, in a throwaway profile so parallel runs do not collide. */
export async function convertToPdf(docx: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), "enrichkit-soffice-"));
  try {
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        path.dirname(docx),
        docx,
      ],
      {
        timeout: 120_000,
      },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return docx.replace(/\.docx$/, ".pdf");
}

/** Title-page lines: identity and provenance (no clock: the revision is the definition hash). */
export function sddMeta(model: AppModel): { title: string; subtitle: string; lines: string[] } {
  return {
    title: model.displayName,
    subtitle: "Solution Design Document",
    lines: [
      `Version ${model.programVersion} · package ${model.packageName}`,
      `Revision ${model.definitionHash.slice(0, 12)} (definition hash)`,
      `Generated from ${model.source} by Enrichkit; do not edit, run npm run generate / npm start`,
    ],
  };
}

/** The build step (register in scripts/build/index.ts). */
export const sddStep: BuildStep = {
  id: "sdd",
  title: "Solution Design Document (dist/sdd/SOLUTION-DESIGN.docx, .pdf with LibreOffice)",
  requires: sddTools,
  run: async (ctx) => {
    const dir = path.join(ctx.dist, SDD_DIST_SUBDIR);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const built: BuiltFile[] = [];
    const timed = async (file: string, started: number) => {
      built.push({
        path: path.relative(ctx.root, file).split(path.sep).join("/"),
        bytes: (await stat(file)).size,
        ms: Math.round(performance.now() - started),
      });
    };

    const tree = buildSddTree(ctx.model);
    let started = performance.now();
    const pictures = await renderMermaidPngs(mermaidBlocks(tree));
    for (const [i, picture] of [...pictures.values()].entries()) {
      const file = path.join(dir, `diagram-${i + 1}.png`);
      await writeFile(file, picture.png);
      await timed(file, started);
      started = performance.now();
    }

    started = performance.now();
    const docx = path.join(dir, "SOLUTION-DESIGN.docx");
    await writeFile(docx, await renderSddDocx(tree, sddMeta(ctx.model), pictures));
    await timed(docx, started);

    if (onPath("soffice")) {
      started = performance.now();
      await timed(await convertToPdf(docx), started);
    } else {
      ctx.log(
        "soffice not found: SOLUTION-DESIGN.pdf skipped (apt-get install -y --no-install-recommends libreoffice-writer-nogui)",
      );
    }
    return built;
  },
};
