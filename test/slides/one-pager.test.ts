/** The one-page slide's Markdown, rendered from the model: content, determinism, and drift with the definition. */
import { describe, expect, it } from "vitest";
import { loadApp } from "../../scripts/lib/load.js";
import { buildModel } from "../../scripts/lib/model.js";
import type { AppModel } from "../../scripts/lib/types.js";
import { firstSentence, keyOutputs, ONE_PAGER_PATH, renderOnePager } from "../../scripts/render/slides/one-pager.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const { app, source } = await loadApp("reference-app/src/app.ts", ROOT);
const model: AppModel = buildModel(app, { source });
const text = (m: AppModel) => String(renderOnePager(m).contents);

describe("renderOnePager", () => {
  it("writes slides/one-pager.md with Marp front matter, the banner as a YAML comment and the theme", () => {
    const file = renderOnePager(model);
    expect(file.path).toBe(ONE_PAGER_PATH);
    const md = text(model);
    expect(
      md.startsWith("---\n# generated from reference-app/src/app.ts — do not edit; run npm run generate\nmarp: true\n"),
    ).toBe(true);
    expect(md).toContain("theme: enrichkit-one-pager");
    expect(md.endsWith("\n")).toBe(true);
    expect(md).not.toContain("\r");
    expect(md).not.toContain(ROOT);
  });

  it("has every block the slide promises, filled from the model", () => {
    const md = text(model);
    for (const h of ["The problem", "How it works", "Indicator types", "Key outputs", "Requirements", "Contact"]) {
      expect(md).toContain(`## ${h}`);
    }
    expect(md).toContain(`# ${model.displayName}`);
    expect(md).toMatch(/\n1\. .+\n2\. .+\n3\. .+\n/);
    for (const t of ["Address", "Host", "URL", "File"]) expect(md).toContain(t);
    expect(md).toContain(`ThreatConnect ${model.minServerVersion} or later`);
    expect(md).toContain(model.vendor.support.contact.replace("@", "\\@"));
  });

  it("lists the outputs the template stores (the mapping's outputs) with their first sentence", () => {
    const names = keyOutputs(model).map((o) => o.name);
    expect(names).toEqual([...new Set(model.mapping.map((m) => m.output))]);
    for (const o of keyOutputs(model)) expect(text(model)).toContain(`\`${o.name}\` ${firstSentence(o.description)}`);
  });

  it("changes when a shown output's description changes", () => {
    const changed: AppModel = {
      ...model,
      outputs: model.outputs.map((o) =>
        o.name.endsWith(".rating") ? { ...o, description: "Threat rating on the 0–5 scale. Extra." } : o,
      ),
    };
    expect(text(changed)).not.toBe(text(model));
    expect(text(changed)).toContain("Threat rating on the 0–5 scale.");
    expect(text(changed)).not.toContain("Extra.");
  });

  it("is byte-for-byte stable", () => {
    expect(text(buildModel(app, { source }))).toBe(text(model));
  });

  it.each([
    ["one sentence", "Engines with no detection.", "Engines with no detection."],
    ["two sentences", "Rating 0 to 5. For the first indicator.", "Rating 0 to 5."],
    ["a dotted name inside", "Copies vt.results.tags as-is. More.", "Copies vt.results.tags as-is."],
    ["no full stop", "No stop here", "No stop here"],
  ])("firstSentence: %s", (_name, given, want) => {
    expect(firstSentence(given)).toBe(want);
  });
});
