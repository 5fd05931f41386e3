/**
 * The app's `README.md` with the headers ThreatConnect's contribution rules require (threatconnect.md §9:
 * Summary, Dependencies, Input Definitions, Output Definitions, Use Cases) plus the change log and the contract
 * changes since the previous release. Also the `GENERATED.md` manifest that stands in for JSON banners.
 */
import type { RootContent } from "mdast";
import { bannerText, GENERATE_COMMAND, markdownBanner } from "../lib/banner.js";
import { type ContractChange, changesSincePrevious } from "../lib/contract.js";
import {
  bullets,
  type Cell,
  code,
  heading,
  html,
  paragraph,
  renderMarkdown,
  strong,
  table,
  text,
} from "../lib/mdast.js";
import { appDirOf, extrasOf } from "../lib/model.js";
import type { AppModel, GeneratedFile, ParamModel, Renderer, SampleRun } from "../lib/types.js";

/** A sample value as one short table cell (JSON for non-strings, cut at `max` characters). */
export function formatSampleValue(value: unknown, max = 80): string {
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The sample run of an action, if the emulator produced one. */
export function sampleOf(model: AppModel, action: string): SampleRun | undefined {
  return model.samples.find((s) => s.action === action);
}

/** "Type, required, default: x" summary of a param. */
export function paramFacts(p: ParamModel): string {
  const facts = [p.type, p.required ? "required" : "optional"];
  if (p.default !== undefined) facts.push(`default: ${String(p.default)}`);
  if (p.encrypt) facts.push("encrypted (keychain)");
  return facts.join(", ");
}

function inputSection(model: AppModel): RootContent[] {
  return model.actions.flatMap((action) => {
    const params = model.params.filter((p) => action.params.includes(p.name));
    return [
      heading(3, action.name),
      paragraph(`${action.description} Accepts: ${action.indicatorTypes.join(", ")}.`),
      table(
        ["Name", "Label", "Facts", "Allows", "Description"],
        params.map((p) => [
          [code(p.name)],
          p.label,
          paramFacts(p),
          p.playbookDataType.join(", ") || "—",
          p.note || "—",
        ]),
      ),
    ];
  });
}

function sampleSection(model: AppModel, action: string): RootContent[] {
  const sample = sampleOf(model, action);
  if (!sample) return [paragraph(`Sample (${action}): no sample run.`)];
  const rows: Cell[][] = Object.keys(sample.outputs)
    .sort()
    .map((k) => [[code(k)], formatSampleValue(sample.outputs[k])]);
  return [
    paragraph([
      strong(`Sample (${action})`),
      text(`: ${sample.indicator}, exit ${sample.exitCode}, message.tc "${sample.messageTc}"`),
    ]),
    table(["Output", "Value"], rows),
  ];
}

function outputSection(model: AppModel): RootContent[] {
  const allActions = model.actions.length;
  return [
    table(
      ["Name", "Type", "Actions", "Description"],
      model.outputs.map((o) => [
        [code(o.name)],
        o.type,
        o.actions.length === allActions ? "all" : o.actions.join(", "),
        o.description || "—",
      ]),
    ),
    ...model.actions.flatMap((a) => sampleSection(model, a.name)),
  ];
}

/** Contract-change rows as a table, or a sentence when there is no previous release or no change. */
export function contractChangeNodes(model: AppModel): RootContent[] {
  const diff = changesSincePrevious(model, extrasOf(model).storedContracts);
  if (!diff) return [paragraph(`No previous release is stored; ${model.programVersion} is the baseline contract.`)];
  if (diff.changes.length === 0) return [paragraph(`No contract changes since ${diff.from}.`)];
  const breaking = diff.changes.filter((c) => c.breaking).length;
  return [
    paragraph(`Since ${diff.from}: ${diff.changes.length} change(s), ${breaking} breaking.`),
    table(
      ["Change", "Kind", "Name", "Detail", "Breaking"],
      diff.changes.map((c: ContractChange) => [
        c.kind,
        c.what,
        [code(c.name)],
        c.detail || "—",
        c.breaking ? "BREAKING" : "no",
      ]),
    ),
  ];
}

/** The README tree. */
export function buildReadme(model: AppModel): RootContent[] {
  return [
    html(markdownBanner(model.source)),
    heading(1, model.displayName),
    heading(2, "Summary"),
    paragraph(model.description),
    bullets(model.valuePoints),
    paragraph(
      `Version ${model.programVersion}; requires ThreatConnect ${model.minServerVersion} or later. Category: ${model.category}.`,
    ),
    heading(2, "Dependencies"),
    bullets([
      `${model.vendor.name} ${model.vendor.product} API ${model.vendor.apiVersion} (${model.vendor.deployment}): ${model.vendor.subscription}`,
      `Outbound HTTPS to ${model.vendor.egress.hosts.join(", ")}.`,
      `Runtime: Node ${model.compatibility.node}, started by the packaged run.py launcher.`,
      ...(model.attributeTypes.length
        ? [`Custom attribute types (attribute-types.json): ${model.attributeTypes.map((t) => t.name).join(", ")}.`]
        : []),
    ]),
    heading(2, "Input Definitions"),
    ...inputSection(model),
    heading(2, "Output Definitions"),
    ...outputSection(model),
    heading(2, "Use Cases"),
    ...model.useCases.flatMap((u) => [heading(3, u.title), paragraph(u.story)]),
    heading(2, "Release Notes"),
    ...model.releaseNotes.flatMap((r) => [heading(3, r.version), bullets(r.notes)]),
    heading(2, "Contract changes"),
    ...contractChangeNodes(model),
    heading(2, "Support"),
    paragraph(`${model.vendor.support.contact} · ${model.vendor.support.portal} · ${model.vendor.support.hours}`),
  ];
}

/** Renders `<appDir>/README.md`. */
export const appReadmeRenderer: Renderer = {
  id: "app-readme",
  description: "App README with ThreatConnect's required headers and the change log",
  render: (model) => [{ path: `${appDirOf(model)}/README.md`, contents: renderMarkdown(buildReadme(model)) }],
};

/** `<appDir>/GENERATED.md`: every generated file, so formats without comments (JSON) still say "do not edit". */
export function renderGeneratedManifest(model: AppModel, files: readonly GeneratedFile[]): GeneratedFile {
  const path = `${appDirOf(model)}/GENERATED.md`;
  const paths = [...files.map((f) => f.path), path].sort();
  return {
    path,
    contents: renderMarkdown([
      html(markdownBanner(model.source)),
      heading(1, "Generated files"),
      paragraph(
        `Every file below is ${bannerText(model.source)}. Edit the definition or the narrative, then run ${GENERATE_COMMAND}.`,
      ),
      bullets(paths.map((p) => [code(p)])),
    ]),
  };
}
