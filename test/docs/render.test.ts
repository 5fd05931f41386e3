/**
 * The docs renderers: which files they produce, that every fact comes from the model (outputs, errors, samples,
 * wizard fields), that they are deterministic, and that `check` reports a docs page stale after a definition change.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDrift } from "../../scripts/lib/check.js";
import { loadApp } from "../../scripts/lib/load.js";
import { buildModel, type EnrichkitModel } from "../../scripts/lib/model.js";
import type { AppModel, SampleRun } from "../../scripts/lib/types.js";
import { writeFiles } from "../../scripts/lib/write.js";
import { docsRenderers, renderDocsReference } from "../../scripts/render/docs/index.js";
import { buildWizardHtml } from "../../scripts/render/docs/pictures.js";
import { renderTroubleshootingPage } from "../../scripts/render/docs/troubleshooting.js";
import { managedPathsOf } from "../../scripts/render/index.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const { app, source } = await loadApp("reference-app/src/app.ts", ROOT);
const model: EnrichkitModel = buildModel(app, { source });

/** A small sample run (a test fixture for the plumbing; the real docs get theirs from the emulator). */
const sample: SampleRun = {
  action: "Enrich Address",
  indicator: "198.51.100.7",
  fixture: "ip_address-198.51.100.7",
  exitCode: 0,
  messageTc: "VirusTotal: enriched 1 indicator.",
  outputs: {
    "vt.response.json.raw!String": '{"data":{"id":"198.51.100.7"}}',
    "vt.results.rating!String": "4",
    "vt.results.tags!StringArray": ["VirusTotal: Malicious"],
  },
};
const withSample: AppModel = { ...model, samples: [sample] };

const render = (m: AppModel) => docsRenderers.flatMap((r) => r.render(m));
const page = (m: AppModel, name: string) =>
  String(renderDocsReference(m).find((f) => f.path.endsWith(`/${name}`))?.contents);

describe("docs renderers", () => {
  it("produce the reference pages, partials, picture sources and site.json", () => {
    expect(
      render(model)
        .map((f) => f.path)
        .sort(),
    ).toEqual(
      [
        "docs-site/site.json",
        ...[
          "_configure",
          "_install",
          "_overview",
          "_requirements",
          "_support",
          "changelog",
          "data-mapping",
          "examples",
          "inputs",
          "outputs",
          "playbook-templates",
          "troubleshooting",
        ].map((n) => `docs-site/docs/reference/${n}.md`),
        "docs-site/pictures/flow.html",
        ...["enrich-address", "enrich-file", "enrich-host", "enrich-url"].map(
          (s) => `docs-site/pictures/wizard/${s}.html`,
        ),
      ].sort(),
    );
  });

  it("are deterministic, LF-only, end with a newline and carry no host path", () => {
    const a = render(model);
    const b = render(buildModel(app, { source }));
    expect(b).toEqual(a);
    for (const f of a) {
      const text = String(f.contents);
      expect(text.endsWith("\n"), f.path).toBe(true);
      expect(text, f.path).not.toContain("\r");
      expect(text, f.path).not.toContain(ROOT);
    }
  });

  it("put front matter first and the do-not-edit banner on every page", () => {
    for (const f of renderDocsReference(model)) {
      const text = String(f.contents);
      if (!f.path.split("/").at(-1)!.startsWith("_")) expect(text.startsWith('---\ntitle: "'), f.path).toBe(true);
      expect(text, f.path).toContain(
        "<!-- generated from reference-app/src/app.ts — do not edit; run npm run generate -->",
      );
    }
  });

  it("list every output with its type and description on the outputs page", () => {
    const outputs = page(model, "outputs.md");
    for (const o of model.outputs) expect(outputs).toContain(`| \`${o.name}\` | ${o.type} |`);
    for (const d of new Set(model.outputs.map((o) => o.description))) expect(outputs).toContain(`| ${d} |`);
    expect(outputs).toContain("no sample run");
  });

  it("take example values from the sample runs", () => {
    const outputs = page(withSample, "outputs.md");
    expect(outputs).toMatch(/\| `vt\.results\.rating` \| String \|.*\| 4 \(198\.51\.100\.7\) \|/);
    expect(outputs).toContain("not written in the samples");
    const examples = page(withSample, "examples.md");
    expect(examples).toContain('```json\n{\n  "data": {\n    "id": "198.51.100.7"\n  }\n}\n```');
    expect(examples).toContain("`VirusTotal: enriched 1 indicator.`");
    expect(examples).toContain("No sample run was collected for this action");
  });

  it("change the outputs page when an output's description changes", () => {
    const changed = {
      ...model,
      outputs: model.outputs.map((o, i) => (i === 0 ? { ...o, description: "Raw body, changed." } : o)),
    };
    expect(page(changed, "outputs.md")).not.toBe(page(model, "outputs.md"));
    expect(page(changed, "outputs.md")).toContain("Raw body, changed.");
  });

  it("print every app error's message.tc text, cause and fix, plus the platform's when given", () => {
    const text = page(model, "troubleshooting.md");
    for (const e of model.errors) {
      expect(text).toContain(`### ${e.class}`);
      expect(text).toContain(`\`${e.message}\``);
    }
    const platform = [{ ...model.errors[0]!, class: "ParamFileMissing", message: "TC_APP_PARAM_FILE is not set." }];
    const withPlatform = String(renderTroubleshootingPage(model, platform).contents);
    expect(withPlatform).toContain("## Platform errors");
    expect(withPlatform).toContain("`TC_APP_PARAM_FILE is not set.`");
  });

  it("draw each action's wizard with only the params that action shows", () => {
    const scoped: AppModel = {
      ...model,
      params: model.params.map((p) => (p.name === "malicious_threshold" ? { ...p, actions: ["Enrich File"] } : p)),
    };
    const file = buildWizardHtml(scoped, "Enrich File");
    const address = buildWizardHtml(scoped, "Enrich Address");
    expect(file).toContain("Malicious Threshold");
    expect(address).not.toContain("Malicious Threshold");
    expect(address).toContain("198.51.100.7");
    expect(address).toContain("Keychain variable");
    expect(address).not.toMatch(/<(script|link|img)\b/);
  });

  it("make check report the outputs page stale after a description change", async () => {
    const dir = await mkdtemp(join(tmpdir(), "docs-drift-"));
    await writeFiles(dir, render(model));
    const managed = managedPathsOf(model, docsRenderers);
    expect((await findDrift(dir, render(model), managed)).stale).toEqual([]);
    const changed = {
      ...model,
      outputs: model.outputs.map((o, i) => (i === 0 ? { ...o, description: "Raw body, changed." } : o)),
    };
    const drift = await findDrift(dir, render(changed), managed);
    expect(drift.stale.map((s) => s.path)).toEqual(["docs-site/docs/reference/outputs.md"]);
    expect(drift.stale[0]!.diff).toContain("+| `vt.response.json.raw` | String | all | Raw body, changed.");
  });

  it("make check report a page of a removed action's picture as extra", async () => {
    const dir = await mkdtemp(join(tmpdir(), "docs-extra-"));
    await writeFiles(dir, render(model));
    const fewer: AppModel = { ...model, actions: model.actions.filter((a) => a.name !== "Enrich File") };
    const drift = await findDrift(dir, render(fewer), managedPathsOf(fewer, docsRenderers));
    expect(drift.extra).toEqual(["docs-site/pictures/wizard/enrich-file.html"]);
  });
});
