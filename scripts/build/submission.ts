/**
 * `submissionStep`: `dist/submission/apps/<Display Name>/`, laid out like a partner folder in ThreatConnect's public
 * playbooks repository (threatconnect.md §9) so it can be copied into a fork as-is:
 *
 * - `README.md` with the headers the contribution rules ask for (Summary, Dependencies, Input Definitions, Output
 *   Definitions, Use Cases) plus the change log in the partners' `## x.y.z` style and a list of the folder's files;
 * - `<Display Name> v<version>.tcx` (the package step's output, read back and checked);
 * - one `<Template Name>.pbx` per indicator type, and a `.pbxz` with `preview.png` when its picture was built;
 * - `<Display Name> User Guide.pdf` (the SDD PDF from `dist/sdd/`; the .docx when no PDF was made);
 * - `<Product>_Attributes.json` (custom attribute definitions);
 * - the walkthrough video and captions from `dist/video/` when present.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RootContent } from "mdast";
import { bullets, code, heading, html, paragraph, renderMarkdown, table } from "../lib/mdast.js";
import { stableJson } from "../lib/stable-json.js";
import type { AppModel, BuildStep, BuiltFile } from "../lib/types.js";
import { readTcx, zipFiles } from "../package/tcx.js";
import { buildAttributeTypes } from "../render/attribute-types.js";
import { builtinApps } from "../render/playbooks/builtin-apps.js";
import {
  buildPlaybook,
  keychainVariable,
  templateName,
  templateSlug,
  templateTargets,
} from "../render/playbooks/pbx.js";
import { PACKAGE_SUBDIR } from "./package.js";
import { PLAYBOOK_PICTURES_SUBDIR } from "./playbook-pictures.js";

/** The command that rebuilds the folder (its README's banner). */
export const BUILD_COMMAND = "npm start";

/** `dist/submission/apps/<Display Name>` relative to `dist/`. */
export function submissionFolder(model: Pick<AppModel, "displayName">): string {
  return `submission/apps/${model.displayName}`;
}

/** One file of the folder: its name and what it is (README contents table). */
export interface SubmissionFile {
  name: string;
  description: string;
}

/** File names inside the folder, from the model (stable across builds). */
export function submissionNames(model: AppModel) {
  return {
    tcx: `${model.displayName} v${model.programVersion}.tcx`,
    guide: (ext: "pdf" | "docx") => `${model.displayName} User Guide.${ext}`,
    attributes: `${model.vendor.product.replace(/[^A-Za-z0-9]+/g, "_")}_Attributes.json`,
    template: (indicatorType: string, ext: "pbx" | "pbxz") => `${templateName(model, indicatorType)}.${ext}`,
    video: (ext: "mp4" | "vtt") => `${model.displayName} Walkthrough.${ext}`,
  };
}

/** The README tree: the contribution rules' headers, the built-in apps the templates use, the change log. */
export function buildSubmissionReadme(model: AppModel, files: readonly SubmissionFile[]): RootContent[] {
  const names = submissionNames(model);
  const writers = [
    builtinApps.updateRating,
    builtinApps.updateConfidence,
    builtinApps.tagCreate,
    builtinApps.addAttribute,
    builtinApps.threatConnectApi,
  ];
  const params = model.params.filter((p) => !p.hidden);
  const guide = files.find((f) => f.name.startsWith(`${model.displayName} User Guide`));
  return [
    html(`<!-- generated from ${model.source} — do not edit; run ${BUILD_COMMAND} -->`),
    heading(1, model.displayName),
    heading(2, "Summary"),
    paragraph(model.description),
    paragraph(
      `Install ${names.tcx}, import the playbook template of each indicator type you enrich, and read ${guide ? guide.name : "the user guide"} for set-up and usage.`,
    ),
    table(
      ["File", "What it is"],
      files.map((f) => [[code(f.name)], f.description]),
    ),
    heading(2, "Dependencies"),
    bullets([
      `ThreatConnect ${model.minServerVersion} or later (${model.compatibility.instanceTypes.join("; ")}).`,
      `${model.vendor.name} ${model.vendor.product} API ${model.vendor.apiVersion}: ${model.vendor.subscription}`,
      `Outbound HTTPS from the execution environment to ${model.vendor.egress.hosts.join(", ")}.`,
      `Node.js ${model.compatibility.node} on the execution host, or a package built with --bundle-node; the package's run.py starts it.`,
      [
        code(keychainVariable(model)),
        { type: "text", value: ": an organization keychain variable holding the API key, read by the templates." },
      ],
      ...(model.attributeTypes.length
        ? [`Custom attribute types from ${names.attributes}: ${model.attributeTypes.map((t) => t.name).join(", ")}.`]
        : []),
      `Templates use these ThreatConnect apps: ${writers.map((a) => `${a.displayName} (${a.programName} ${a.programVersion})`).join(", ")}, plus the If / Else, Set Variable and Merge operators.`,
    ]),
    heading(2, "Input Definitions"),
    table(
      ["Name", "Label", "Type", "Required", "Actions", "Description"],
      params.map((p) => [
        [code(p.name)],
        p.label,
        p.type,
        p.required ? "yes" : "no",
        p.actions.length === model.actions.length ? "all" : p.actions.join(", "),
        p.note || "—",
      ]),
    ),
    heading(2, "Output Definitions"),
    table(
      ["Name", "Type", "Actions", "Description"],
      model.outputs.map((o) => [
        [code(o.name)],
        o.type,
        o.actions.length === model.actions.length ? "all" : o.actions.join(", "),
        o.description || "—",
      ]),
    ),
    heading(2, "Use Cases"),
    ...model.useCases.flatMap((u) => [heading(3, u.title), paragraph(u.story)]),
    heading(2, "Change Log"),
    ...model.releaseNotes.flatMap((r) => [heading(3, r.version), bullets(r.notes)]),
    heading(2, "Support"),
    paragraph(`${model.vendor.support.contact} · ${model.vendor.support.portal} · ${model.vendor.support.hours}`),
  ];
}

/** First file in `dir` with extension `ext` (sorted), or undefined. */
async function firstWithExt(dir: string, ext: string): Promise<string | undefined> {
  if (!existsSync(dir)) return undefined;
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith(ext)).sort();
  return names[0] ? path.join(dir, names[0]) : undefined;
}

/** Assembles the folder under `dist` and returns the files written, sorted by name. */
export async function writeSubmission(
  model: AppModel,
  dist: string,
  log: (line: string) => void = () => {},
): Promise<{ dir: string; files: string[] }> {
  const names = submissionNames(model);
  const dir = path.join(dist, ...submissionFolder(model).split("/"));
  await rm(path.join(dist, "submission"), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const listed: SubmissionFile[] = [];
  const put = async (name: string, description: string, contents: string | Uint8Array) => {
    await writeFile(path.join(dir, name), contents);
    listed.push({ name, description });
  };

  const tcx = path.join(dist, PACKAGE_SUBDIR, `${model.packageName}.tcx`);
  if (!existsSync(tcx))
    throw new Error(`${path.relative(dist, tcx)} is missing; the package step must run first (enrichkit package)`);
  const read = await readTcx(tcx);
  if (read.top !== model.packageName)
    throw new Error(`${path.basename(tcx)} has top folder ${read.top}, expected ${model.packageName}`);
  await put(
    names.tcx,
    `The Playbook App package (install it under Apps); top folder ${model.packageName}/.`,
    await readFile(tcx),
  );

  for (const target of templateTargets(model)) {
    const pbx = stableJson(buildPlaybook(model, target));
    const type = target.indicatorType;
    await put(
      names.template(type, "pbx"),
      `Playbook template: On-Demand Enrichment of ${type} indicators (${target.action.name}).`,
      pbx,
    );
    const picture = path.join(dist, PLAYBOOK_PICTURES_SUBDIR, `${templateSlug(model, type)}.png`);
    if (existsSync(picture)) {
      const zip = await zipFiles([
        { path: "playbook.pbx", contents: Buffer.from(pbx, "utf8"), mode: 0o644 },
        { path: "preview.png", contents: await readFile(picture), mode: 0o644 },
      ]);
      await put(names.template(type, "pbxz"), `The same template with its canvas preview (.pbxz).`, zip);
    } else {
      log(`no picture for ${type}: ${names.template(type, "pbxz")} skipped (run the playbook-pictures step)`);
    }
  }

  const sdd = path.join(dist, "sdd");
  const guide = (await firstWithExt(sdd, ".pdf")) ?? (await firstWithExt(sdd, ".docx"));
  if (guide) {
    const ext = guide.endsWith(".pdf") ? "pdf" : "docx";
    await put(
      names.guide(ext),
      "User guide: the Solution Design Document (design, set-up, usage, support).",
      await readFile(guide),
    );
  } else {
    log("no user guide: dist/sdd has no .pdf or .docx (the SDD step did not run)");
  }

  if (model.attributeTypes.length) {
    await put(
      names.attributes,
      "Custom attribute type definitions to create before running the templates.",
      stableJson(buildAttributeTypes(model)),
    );
  }

  for (const ext of ["mp4", "vtt"] as const) {
    const video = path.join(dist, "video", `walkthrough.${ext}`);
    if (existsSync(video)) {
      await put(
        names.video(ext),
        ext === "mp4" ? "Narrated walkthrough video." : "Captions of the walkthrough video (WebVTT).",
        await readFile(video),
      );
    } else {
      log(`no ${path.relative(dist, video)}: ${names.video(ext)} skipped`);
    }
  }

  listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const readme = { name: "README.md", description: "This file." };
  await writeFile(path.join(dir, readme.name), renderMarkdown(buildSubmissionReadme(model, [readme, ...listed])));
  return { dir, files: ["README.md", ...listed.map((f) => f.name)] };
}

/** Builds the submission folder from the package, pictures, SDD and video built before it. */
export const submissionStep: BuildStep = {
  id: "submission",
  title: "Partner submission folder (dist/submission/apps/…)",
  after: ["sdd", "package", "playbook-pictures", "video"],
  run: async (ctx) => {
    const started = performance.now();
    const { dir, files } = await writeSubmission(ctx.model, ctx.dist, ctx.log);
    const ms = performance.now() - started;
    const built: BuiltFile[] = [];
    for (const name of files) {
      const file = path.join(dir, name);
      built.push({ path: path.relative(ctx.root, file).split(path.sep).join("/"), bytes: (await stat(file)).size, ms });
    }
    return built;
  },
};
