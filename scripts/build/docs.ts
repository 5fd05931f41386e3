/**
 * `docsStep`: the user docs site, built with Docusaurus (Faster: rspack + swc) into `dist/docs-site`. First stages
 * the pictures other steps built into `docs-site/static/img/` (gitignored): wizard previews and the flow diagram
 * from `picturesStep`, playbook canvases from `playbookPicturesStep` (`dist/pictures/playbooks/<slug>.png`). A
 * picture that was not built is replaced by a "not built" placeholder, so the site still builds and says so.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { screenshotHtml, withChromium } from "../lib/chromium.js";
import type { AppModel, BuildStep, BuiltFile } from "../lib/types.js";
import { DOCS_SITE_DIR } from "../render/docs/_page.js";
import { escapeHtml } from "../render/docs/pictures.js";
import { playbookPictureSlugs } from "../render/docs/playbook-templates.js";
import { PICTURE_PATHS } from "./pictures.js";

const exec = promisify(execFile);

/** Where the built site lands under `dist/`. */
export const DOCS_OUT = "docs-site";
/** Staged pictures inside the site (served at `/img`). */
export const STAGED_IMG = `${DOCS_SITE_DIR}/static/img`;

/** One picture to stage: where it was built (absolute), where the site wants it (relative to static/img). */
interface Staging {
  from: string;
  to: string;
  label: string;
}

function stagingList(model: AppModel, dist: string): Staging[] {
  return [
    ...model.actions.map((a) => ({
      from: join(dist, PICTURE_PATHS.wizard(a.name)),
      to: PICTURE_PATHS.wizard(a.name).replace(/^pictures\//, ""),
      label: `Input wizard: ${a.name}`,
    })),
    { from: join(dist, PICTURE_PATHS.flow), to: "flow.png", label: "Flow diagram" },
    ...playbookPictureSlugs(model).map((slug) => ({
      from: join(dist, "pictures", "playbooks", `${slug}.png`),
      to: `playbooks/${slug}.png`,
      label: `Playbook canvas: ${slug}`,
    })),
  ];
}

function placeholderHtml(label: string): string {
  return `<!doctype html><html><body style="margin:0"><div id="p" style="width:640px;height:200px;display:flex;flex-direction:column;align-items:center;justify-content:center;background:#f6f8fa;border:2px dashed #b8c3cf;font:16px 'DejaVu Sans',sans-serif;color:#4a5868"><b>${escapeHtml(label)}</b><span>Picture not built in this run: run npm start to build it.</span></div></body></html>`;
}

/** Copies built pictures into `docs-site/static/img`, with placeholders for missing ones. Returns what was missing. */
export async function stagePictures(
  model: AppModel,
  root: string,
  dist: string,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const img = join(root, STAGED_IMG);
  await rm(img, { recursive: true, force: true });
  const list = stagingList(model, dist);
  const missing = list.filter((s) => !existsSync(s.from));
  for (const s of list.filter((x) => existsSync(x.from))) {
    await mkdir(dirname(join(img, s.to)), { recursive: true });
    await copyFile(s.from, join(img, s.to));
  }
  if (missing.length) {
    log(`${missing.length} picture(s) not built, using placeholders: ${missing.map((m) => m.to).join(", ")}`);
    await withChromium(async (browser) => {
      for (const s of missing) {
        await mkdir(dirname(join(img, s.to)), { recursive: true });
        await writeFile(
          join(img, s.to),
          await screenshotHtml(browser, placeholderHtml(s.label), { width: 640, height: 200, selector: "#p" }),
        );
      }
    });
  }
  return missing.map((m) => m.to);
}

/** Total size of every file under `dir`. */
async function dirBytes(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let files = 0;
  for (const e of entries.filter((x) => x.isFile())) {
    bytes += (await stat(join(e.parentPath, e.name))).size;
    files += 1;
  }
  return { files, bytes };
}

/** The Docusaurus CLI of the repo's node_modules. */
export function docusaurusBin(root: string): string {
  return join(root, "node_modules", "@docusaurus", "core", "bin", "docusaurus.mjs");
}

/**
 * Runs `docusaurus build docs-site --out-dir <outDir>`; `bundler: "webpack"` turns Faster off (benchmark baseline).
 * `outDir` must lie inside `docs-site/`: static generation runs the server bundle from there, and under the repo's
 * `"type": "module"` package.json (e.g. in dist/) it fails with "exports is not defined in ES module scope".
 */
export async function buildDocsSite(
  root: string,
  outDir: string,
  options: { bundler?: "faster" | "webpack" } = {},
): Promise<void> {
  const env = { ...process.env, NO_COLOR: "1", ENRICHKIT_DOCS_BUNDLER: options.bundler ?? "faster" };
  try {
    await exec(process.execPath, [docusaurusBin(root), "build", DOCS_SITE_DIR, "--out-dir", outDir], {
      cwd: root,
      env,
      timeout: 15 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const tail = `${e.stderr ?? ""}\n${e.stdout ?? ""}`.trim().split("\n").slice(-25).join("\n");
    throw new Error(`docusaurus build failed: ${tail || e.message}`);
  }
  await assertRendered(join(outDir, "index.html"));
}

/** Static generation can fall back to an error page and still exit 0: require real content in the home page. */
export async function assertRendered(indexHtml: string): Promise<void> {
  const html = await readFile(indexHtml, "utf8");
  if (!/theme-doc-markdown/.test(html)) {
    const message = /<p>([^<]{0,300})/.exec(html)?.[1] ?? "no document content";
    throw new Error(`docusaurus build produced no page content in ${indexHtml}: ${message}`);
  }
}

/** Build step: stage pictures, then build the site into `dist/docs-site`. */
export const docsStep: BuildStep = {
  id: "docs",
  title: "User docs site (Docusaurus + Faster, typedoc API, local search) into dist/docs-site",
  after: ["pictures", "playbook-pictures"],
  run: async (ctx) => {
    const started = performance.now();
    await stagePictures(ctx.model, ctx.root, ctx.dist, ctx.log);
    const build = join(ctx.root, DOCS_SITE_DIR, "build");
    await buildDocsSite(ctx.root, build);
    const out = join(ctx.dist, DOCS_OUT);
    await rm(out, { recursive: true, force: true });
    await cp(build, out, { recursive: true });
    const { files, bytes } = await dirBytes(out);
    ctx.log(`${files} files in dist/${DOCS_OUT}`);
    const built: BuiltFile = { path: `dist/${DOCS_OUT}/ (${files} files)`, bytes, ms: performance.now() - started };
    return [built];
  },
};
