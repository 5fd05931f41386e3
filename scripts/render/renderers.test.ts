/**
 * Golden files for every pipeline renderer (install.json, layout.json, README, JSON Schemas, attribute types,
 * contract, SDD) on the fixture app with a fixed narrative, a stored older contract and one sample run.
 * Refresh after an intended change: `UPDATE_GOLDEN=1 npx vitest run scripts/render/renderers.test.ts`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { AnyAppDefinition } from "../../lib/define-app.js";
import { buildContract } from "../lib/contract.js";
import miniApp from "../lib/fixtures/mini-app/src/app.js";
import { buildModel, type Contract } from "../lib/model.js";
import type { GeneratedFile, Renderer } from "../lib/types.js";
import { REQUIRED_NARRATIVE } from "../rules/narrative-present.js";
import { appReadmeRenderer } from "./app-readme.js";
import { attributeTypesRenderer } from "./attribute-types.js";
import { contractRenderer } from "./contract.js";
import { installJsonRenderer } from "./install-json.js";
import { jsonSchemasRenderer } from "./json-schemas.js";
import { layoutJsonRenderer } from "./layout-json.js";
import { buildFlowMermaid, SDD_SECTIONS, sddRenderer } from "./sdd.js";

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), "__golden__", "mini-app");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const narrative = Object.fromEntries(
  REQUIRED_NARRATIVE.map((n) => [n, `The **${n}** section, written by the partner.\n\n- one point\n- another point\n`]),
);

/** The 0.9.0 contract: before `include_subdomains` became a param and with an output since removed. */
function olderContract(): Contract {
  const current = buildContract(buildModel(miniApp as AnyAppDefinition, { source: "app/src/app.ts" }));
  return {
    ...current,
    programVersion: "0.9.0",
    params: current.params.filter((p) => p.name !== "include_subdomains"),
    outputs: [...current.outputs, { name: "ts.results.legacy_score", type: "String", actions: ["Enrich Address"] }],
  };
}

const model = buildModel(miniApp as AnyAppDefinition, {
  source: "app/src/app.ts",
  narrative,
  storedContracts: [{ version: "0.9.0", contract: olderContract() }],
  samples: [
    {
      action: "Enrich Address",
      indicator: "198.51.100.7",
      fixture: "ip-198.51.100.7",
      exitCode: 0,
      messageTc: "Enriched 1 of 1 indicator.",
      outputs: { "ts.response.json.raw!String": '{"score":87}', "ts.results.score!String": "87" },
    },
  ],
});

const renderers: Renderer[] = [
  installJsonRenderer,
  layoutJsonRenderer,
  appReadmeRenderer,
  jsonSchemasRenderer,
  attributeTypesRenderer,
  contractRenderer,
  sddRenderer,
];

function text(file: GeneratedFile): string {
  return typeof file.contents === "string" ? file.contents : Buffer.from(file.contents).toString("utf8");
}

describe.each(renderers.map((r) => [r.id, r] as const))("renderer %s", (_id, renderer) => {
  const files = renderer.render(model);

  it("matches its golden files", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const golden = join(GOLDEN, file.path);
      if (UPDATE) {
        mkdirSync(dirname(golden), { recursive: true });
        writeFileSync(golden, text(file));
      }
      expect(existsSync(golden), `golden ${relative(process.cwd(), golden)} exists (run with UPDATE_GOLDEN=1)`).toBe(
        true,
      );
      expect(text(file), file.path).toBe(readFileSync(golden, "utf8"));
    }
  });

  it("is deterministic: LF only, final newline, same bytes twice, no host paths or clock", () => {
    const again = renderer.render(model);
    expect(again.map(text)).toEqual(files.map(text));
    for (const file of files) {
      const t = text(file);
      expect(t.endsWith("\n"), file.path).toBe(true);
      expect(t.includes("\r"), file.path).toBe(false);
      expect(t.includes(process.cwd()), file.path).toBe(false);
      expect(t, file.path).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
    }
  });
});

describe("golden folder", () => {
  it("holds no file a renderer no longer produces", () => {
    const produced = new Set(renderers.flatMap((r) => r.render(model)).map((f) => f.path));
    const stored = existsSync(GOLDEN)
      ? (readdirSync(GOLDEN, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
          .filter((e) => e.isFile())
          .map((e) => relative(GOLDEN, join(e.parentPath, e.name)).split("\\").join("/"))
      : [];
    expect(stored.filter((p) => !produced.has(p))).toEqual([]);
  });
});

describe("what the goldens must show", () => {
  const byPath = new Map(renderers.flatMap((r) => r.render(model)).map((f) => [f.path, text(f)]));

  it("install.json: tc_action Choice first, params sequenced, keychain default for encrypted params, launcher", () => {
    const install = JSON.parse(byPath.get("app/install.json")!);
    expect(install.params[0]).toMatchObject({
      name: "tc_action",
      type: "Choice",
      sequence: 1,
      validValues: ["Enrich Address", "Enrich Host"],
    });
    expect(install.params.map((p: { sequence: number }) => p.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(install.params.find((p: { name: string }) => p.name === "api_key")).toMatchObject({
      encrypt: true,
      validValues: ["${KEYCHAIN}"],
    });
    expect(install.params.find((p: { name: string }) => p.name === "indicator")).toMatchObject({
      validValues: ["${TEXT}"],
      playbookDataType: ["String"],
    });
    expect(install).toMatchObject({ programLanguage: "PYTHON", programMain: "run.py", runtimeLevel: "Playbook" });
  });

  it("layout.json: four sections in order, display clauses for action-specific params and outputs", () => {
    const layout = JSON.parse(byPath.get("app/layout.json")!);
    expect(layout.inputs.map((s: { title: string }) => s.title)).toEqual([
      "Action",
      "Connection",
      "Configure",
      "Advanced",
    ]);
    expect(layout.inputs[2].parameters).toEqual([
      { name: "include_subdomains", display: "tc_action in ('Enrich Host')" },
    ]);
    expect(layout.outputs).toContainEqual({
      name: "ts.results.host.registrar",
      display: "tc_action in ('Enrich Host')",
    });
  });

  it("README: the headers ThreatConnect's contribution rules require, and the contract changes", () => {
    const readme = byPath.get("app/README.md")!;
    expect(readme.startsWith("<!-- generated from app/src/app.ts — do not edit; run npm run generate -->\n")).toBe(
      true,
    );
    for (const h of [
      "Summary",
      "Dependencies",
      "Input Definitions",
      "Output Definitions",
      "Use Cases",
      "Release Notes",
    ]) {
      expect(readme).toContain(`\n## ${h}\n`);
    }
    expect(readme).toMatch(/Since 0\.9\.0: 2 change\(s\), 1 breaking\./);
    expect(readme).toMatch(/\| removed \| output \| `ts.results.legacy_score` \| String \| BREAKING \|/);
  });

  it("JSON Schemas come from z.toJSONSchema (not empty)", () => {
    const outputs = JSON.parse(byPath.get("app/schemas/outputs.schema.json")!);
    expect(outputs.properties["ts.results.score!String"]).toEqual({
      type: "string",
      description: "Score 0–100 of the first indicator.",
    });
    const params = JSON.parse(byPath.get("app/schemas/params.schema.json")!);
    expect(params.properties.api_key).toMatchObject({ type: "string", minLength: 1 });
  });

  it("SDD: 21 sections in order, a Mermaid flow, narrative merged, the checklist C01–C20, changes since 0.9.0", () => {
    const sdd = byPath.get("solution-design/SOLUTION-DESIGN.md")!;
    const headings = [...sdd.matchAll(/^## (SDD-\d\d) /gm)].map((m) => m[1]);
    expect(headings).toEqual(SDD_SECTIONS.map(([id]) => id));
    expect(sdd).toContain(`\`\`\`mermaid\n${buildFlowMermaid(model)}\n\`\`\``);
    expect(sdd).toContain("The **privacy** section, written by the partner.");
    for (let i = 1; i <= 20; i++) expect(sdd).toMatch(new RegExp(`\\n\\| C${String(i).padStart(2, "0")} \\|`));
    expect(sdd).toContain("Since 0.9.0: 2 change(s), 1 breaking.");
    expect(sdd).toMatch(/\| A1 \| Scores are stable for a day\. \| chosen \|/);
    expect(sdd).toMatch(/\| P1 \|/);
  });

  it("SDD: a missing required narrative prints a gap marker and a warning, never a silent gap", () => {
    const { privacy: _dropped, ...rest } = narrative;
    const gappy = buildModel(miniApp as AnyAppDefinition, { source: "app/src/app.ts", narrative: rest });
    const sdd = text(sddRenderer.render(gappy)[0]!);
    const section = sdd.slice(sdd.indexOf("## SDD-13"), sdd.indexOf("## SDD-14"));
    expect(section).toContain("**Narrative missing:** write `solution-design/narrative/privacy.md`.");
    expect(sdd).toMatch(
      /\| narrative-present \| `solution-design\/narrative\/privacy.md` \| narrative section "privacy" is missing or empty \|/,
    );
  });
});
