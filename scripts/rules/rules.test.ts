/**
 * Every rule, table-driven: a passing case (the valid fixture app) and at least one failing case with the code,
 * severity, location and message it must report. Also: all rules run and report together; a crashing rule is
 * reported instead of hiding the others.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { AnyAppDefinition } from "../../lib/define-app.js";
import miniApp from "../lib/fixtures/mini-app/src/app.js";
import { buildModel } from "../lib/model.js";
import {
  buildRuleContext,
  formatProblem,
  type Rule,
  type RuleContext,
  rules,
  runRules,
  summarizeProblems,
  validateApp,
} from "./index.js";
import { REQUIRED_NARRATIVE } from "./narrative-present.js";

const SOURCE = "app/src/app.ts";
const fullNarrative = Object.fromEntries(
  REQUIRED_NARRATIVE.map((n) => [n, `The ${n} section, written by the partner.`]),
);

/** A rule context for the fixture app with `overrides` applied to the definition, then `edit` to the context. */
function contextWith(
  overrides: Partial<AnyAppDefinition> = {},
  edit: (ctx: RuleContext) => void = () => {},
): RuleContext {
  const model = buildModel({ ...miniApp, ...overrides } as AnyAppDefinition, {
    source: SOURCE,
    narrative: fullNarrative,
  });
  const ctx = buildRuleContext(model);
  edit(ctx);
  return ctx;
}

interface Want {
  severity: "error" | "warning";
  location: string;
  message: RegExp;
}

type Case = [name: string, { given: RuleContext; want: Want[] }];

const rawOutput = miniApp.outputs[0]!;
const ruleById = new Map(rules.map((r) => [r.id, r]));

/** ruleId → cases. The first case of each rule is the passing one. */
const table: Record<string, Case[]> = {
  "layout-param-in-install": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "layout names an unknown param",
      {
        given: contextWith({}, (c) => c.layoutJson.inputs[0]!.parameters.push({ name: "ghost" })),
        want: [
          {
            severity: "error",
            location: "app/layout.json#/inputs/0/parameters/2/name",
            message: /"ghost" is in layout.json but not in install.json/,
          },
        ],
      },
    ],
    [
      "layout lists a hidden param",
      {
        given: contextWith({}, (c) => {
          c.installJson.params.find((p) => p.name === "indicator")!.hidden = true;
        }),
        want: [
          {
            severity: "error",
            location: "app/layout.json#/inputs/0/parameters/1/name",
            message: /"indicator" is hidden but listed/,
          },
        ],
      },
    ],
  ],
  "visible-param-in-layout": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "visible param left out of the layout",
      {
        given: contextWith({}, (c) => {
          c.layoutJson.inputs = c.layoutJson.inputs.filter((s) => s.title !== "Connection");
        }),
        want: [
          {
            severity: "error",
            location: "app/install.json#/params/2/name",
            message: /visible param "api_key" is missing from layout.json/,
          },
        ],
      },
    ],
  ],
  "layout-output-in-install": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "layout output not declared",
      {
        given: contextWith({}, (c) => c.layoutJson.outputs.push({ name: "ts.results.ghost" })),
        want: [
          {
            severity: "error",
            location: "app/layout.json#/outputs/3/name",
            message: /"ts.results.ghost" is in layout.json but not in install.json/,
          },
        ],
      },
    ],
  ],
  "display-clause-sql": [
    [
      "valid clauses (tc_action in (...), Boolean compare)",
      { given: contextWith({}, (c) => (c.layoutJson.outputs[0]!.display = "include_subdomains = 'true'")), want: [] },
    ],
    [
      "syntax error",
      {
        given: contextWith({}, (c) => (c.layoutJson.outputs[0]!.display = "tc_action in ('Enrich Host'")),
        want: [{ severity: "error", location: "app/layout.json#/outputs/0/display", message: /is not valid SQL/ }],
      },
    ],
    [
      "unknown column",
      {
        given: contextWith({}, (c) => (c.layoutJson.outputs[1]!.display = "no_such_param = 'x'")),
        want: [
          {
            severity: "error",
            location: "app/layout.json#/outputs/1/display",
            message: /not valid SQL: .*no such column: no_such_param/,
          },
        ],
      },
    ],
    [
      "second statement smuggled in",
      {
        given: contextWith({}, (c) => (c.layoutJson.outputs[0]!.display = "1; DROP TABLE p")),
        want: [{ severity: "error", location: "app/layout.json#/outputs/0/display", message: /contains ";"/ }],
      },
    ],
  ],
  "unique-param-name": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "two params named api_key",
      {
        given: contextWith({ params: [...miniApp.params, { ...miniApp.params[2]!, section: "Advanced" }] }),
        want: [
          {
            severity: "error",
            location: "app/install.json#/params/5/name",
            message: /param name "api_key" is used more than once/,
          },
        ],
      },
    ],
  ],
  "unique-param-sequence": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "duplicate sequence",
      {
        given: contextWith({}, (c) => (c.installJson.params[3]!.sequence = 2)),
        want: [
          {
            severity: "error",
            location: "app/install.json#/params/3/sequence",
            message: /sequence 2 is used more than once/,
          },
        ],
      },
    ],
  ],
  "unique-output": [
    [
      "same name, two types is allowed",
      { given: contextWith({ outputs: [...miniApp.outputs, { ...rawOutput, type: "StringArray" }] }), want: [] },
    ],
    [
      "same name and type twice",
      {
        given: contextWith({ outputs: [...miniApp.outputs, rawOutput] }),
        want: [
          {
            severity: "error",
            location: "app/install.json#/playbook/outputVariables/3",
            message: /"ts.response.json.raw!String" is declared more than once/,
          },
        ],
      },
    ],
  ],
  "package-name-no-spaces": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "space in the package name",
      {
        given: contextWith({ packageName: "acme threatscan_v1" }),
        want: [{ severity: "error", location: `${SOURCE}#/packageName`, message: /contains whitespace/ }],
      },
    ],
  ],
  "output-name-schema": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "camelCase and spaces",
      {
        given: contextWith({ outputs: [...miniApp.outputs, { ...rawOutput, name: "ts.results.threatScore" }] }),
        want: [{ severity: "error", location: `${SOURCE}#/outputs/3/name`, message: /must match/ }],
      },
    ],
    [
      "wrong slug",
      {
        given: contextWith({ outputs: [...miniApp.outputs, { ...rawOutput, name: "acme.results.score" }] }),
        want: [
          { severity: "error", location: `${SOURCE}#/outputs/3/name`, message: /must start with the app slug "ts"/ },
        ],
      },
    ],
    [
      "unknown data type",
      {
        given: contextWith({ outputs: [...miniApp.outputs, { ...rawOutput, name: "ts.stuff.score" }] }),
        want: [{ severity: "error", location: `${SOURCE}#/outputs/3/name`, message: /has data type "stuff"/ }],
      },
    ],
  ],
  "display-name-format": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "company missing",
      {
        given: contextWith({ displayName: "ThreatScan Enrichment" }),
        want: [{ severity: "error", location: `${SOURCE}#/displayName`, message: /must start with "Acme ThreatScan"/ }],
      },
    ],
  ],
  "package-name-format": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "major does not match",
      {
        given: contextWith({ packageName: "acme_threatscan_enrichment_v2" }),
        want: [
          {
            severity: "error",
            location: `${SOURCE}#/packageName`,
            message: /should be "acme_threatscan_enrichment_v1"/,
          },
        ],
      },
    ],
    [
      "version not MAJOR.MINOR.PATCH",
      {
        given: contextWith({ programVersion: "1.0" }),
        want: [{ severity: "error", location: `${SOURCE}#/programVersion`, message: /is not MAJOR.MINOR.PATCH/ }],
      },
    ],
  ],
  "raw-response-output": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "raw output only for one action",
      {
        given: contextWith({ outputs: [{ ...rawOutput, actions: ["Enrich Host"] }, ...miniApp.outputs.slice(1)] }),
        want: [
          {
            severity: "error",
            location: `${SOURCE}#/actions/0`,
            message: /"Enrich Address" has no raw-response output ts.response.json.raw/,
          },
        ],
      },
    ],
  ],
  "action-has-outputs": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "action without outputs and an output naming an unknown action",
      {
        given: contextWith({
          outputs: miniApp.outputs.map((o) => ({
            ...o,
            actions: ["Enrich Host", ...(o.name.endsWith("registrar") ? ["Enrich Hots"] : [])],
          })),
        }),
        want: [
          { severity: "error", location: `${SOURCE}#/actions/0`, message: /"Enrich Address" produces no outputs/ },
          {
            severity: "error",
            location: `${SOURCE}#/outputs/2/actions`,
            message: /names unknown action "Enrich Hots"/,
          },
        ],
      },
    ],
  ],
  documented: [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "param and output without .describe()",
      {
        given: contextWith({
          params: [...miniApp.params.slice(0, 3), { ...miniApp.params[3]!, schema: z.boolean() }],
          outputs: [...miniApp.outputs.slice(0, 2), { ...miniApp.outputs[2]!, schema: z.string() }],
        }),
        want: [
          {
            severity: "error",
            location: `${SOURCE}#/params/include_subdomains`,
            message: /param "include_subdomains" has no description/,
          },
          {
            severity: "error",
            location: `${SOURCE}#/outputs/2`,
            message: /output "ts.results.host.registrar!String" has no description/,
          },
        ],
      },
    ],
  ],
  "release-notes-current": [
    ["valid app", { given: contextWith(), want: [] }],
    [
      "notes only for an older version",
      {
        given: contextWith({ programVersion: "1.1.0" }),
        want: [
          { severity: "error", location: `${SOURCE}#/releaseNotes`, message: /no release notes for version 1.1.0/ },
        ],
      },
    ],
  ],
  "narrative-present": [
    ["every required section written", { given: contextWith(), want: [] }],
    [
      "one missing, one with a placeholder",
      {
        given: contextWith({}, (c) => {
          c.narrative = { ...c.narrative, privacy: "  \n", risks: "Risks: TBD" };
        }),
        want: [
          {
            severity: "warning",
            location: "solution-design/narrative/privacy.md",
            message: /"privacy" is missing or empty/,
          },
          {
            severity: "warning",
            location: "solution-design/narrative/risks.md",
            message: /"risks" contains a placeholder/,
          },
        ],
      },
    ],
  ],
};

describe("rules", () => {
  it("every registered rule has a passing and a failing case", () => {
    expect(Object.keys(table).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const [id, cases] of Object.entries(table)) {
      expect(cases[0]![1].want, `${id}: first case passes`).toEqual([]);
      expect(
        cases.slice(1).some(([, c]) => c.want.length > 0),
        `${id}: has a failing case`,
      ).toBe(true);
    }
  });

  for (const [id, cases] of Object.entries(table)) {
    describe(id, () => {
      it.each(cases)("%s", (_name, { given, want }) => {
        const rule = ruleById.get(id) as Rule;
        const got = rule.check(given);
        expect(got.map((p) => ({ ruleId: p.ruleId, severity: p.severity, location: p.location }))).toEqual(
          want.map((w) => ({ ruleId: id, severity: w.severity, location: w.location })),
        );
        got.forEach((p, i) => {
          expect(p.message).toMatch(want[i]!.message);
          expect(p.hint.length, "every problem has a hint").toBeGreaterThan(5);
        });
      });
    });
  }

  it("runs every rule and reports all problems together, with a summary line", () => {
    const model = buildModel(
      {
        ...miniApp,
        displayName: "ThreatScan",
        packageName: "threat scan",
        outputs: [{ ...rawOutput, name: "TS Raw" }],
      } as AnyAppDefinition,
      { source: SOURCE },
    );
    const problems = validateApp(model);
    const ids = new Set(problems.map((p) => p.ruleId));
    for (const id of [
      "display-name-format",
      "package-name-no-spaces",
      "package-name-format",
      "output-name-schema",
      "raw-response-output",
      "narrative-present",
    ]) {
      expect(ids, id).toContain(id);
    }
    const errors = problems.filter((p) => p.severity === "error").length;
    expect(summarizeProblems(problems)).toBe(`${errors} errors, ${problems.length - errors} warnings`);
    expect(summarizeProblems([problems[0]!])).toMatch(/^1 error, 0 warnings$|^0 errors, 1 warning$/);
    expect(formatProblem(problems[0]!)).toMatch(/^(error|warning) {2}\S+ {2}.+ \([a-z-]+\) {2}hint: .+$/);
  });

  it("reports a crashing rule as a problem and still runs the others", () => {
    const boom: Rule = {
      id: "boom",
      description: "crashes",
      check: () => {
        throw new Error("kaput");
      },
    };
    const ctx = contextWith({ packageName: "a b" });
    const problems = runRules(ctx, [boom, ruleById.get("package-name-no-spaces")!]);
    expect(problems.map((p) => [p.ruleId, p.message])).toEqual([
      ["boom", "rule crashed: kaput"],
      ["package-name-no-spaces", 'package name "a b" contains whitespace'],
    ]);
  });
});
