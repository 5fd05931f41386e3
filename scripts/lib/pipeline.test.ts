/**
 * The pipeline's building blocks: stable JSON, the model (params, display clauses, hash), the writer, drift
 * detection, contract diffs and the stored-samples cache key.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AnyAppDefinition } from "../../lib/define-app.js";
import { findDrift, formatDrift, isClean, summarizeDrift } from "./check.js";
import { buildContract, diffContracts } from "./contract.js";
import miniApp from "./fixtures/mini-app/src/app.js";
import { buildModel, compareVersions, displayClause } from "./model.js";
import { hashSampleInputs } from "./pipeline.js";
import { stableJson } from "./stable-json.js";
import { writeFiles } from "./write.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "enrichkit-lib-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function put(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

const model = () => buildModel(miniApp as AnyAppDefinition, { source: "app/src/app.ts" });

describe("stableJson", () => {
  it.each([
    [
      "sorts keys deeply, keeps array order, drops undefined",
      { b: 1, a: { d: [3, 1], c: undefined } },
      '{\n  "a": {\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n',
    ],
    ["code-point order, not locale order", { b: 0, B: 0, a: 0 }, '{\n  "B": 0,\n  "a": 0,\n  "b": 0\n}\n'],
  ])("%s", (_name, given, want) => {
    expect(stableJson(given)).toBe(want);
  });
});

describe("buildModel", () => {
  it("puts tc_action first and sequences params by layout section", () => {
    expect(model().params.map((p) => [p.sequence, p.name, p.section])).toEqual([
      [1, "tc_action", "Action"],
      [2, "indicator", "Action"],
      [3, "api_key", "Connection"],
      [4, "include_subdomains", "Configure"],
      [5, "fail_on_error", "Advanced"],
    ]);
  });

  it.each([
    ["every action → always shown", ["A", "B"], ["A", "B"], ""],
    ["subset → tc_action in (...)", ["B"], ["A", "B"], "tc_action in ('B')"],
    ["quotes doubled for SQLite", ["O'Brien"], ["O'Brien", "X"], "tc_action in ('O''Brien')"],
  ])("displayClause: %s", (_name, actions, all, want) => {
    expect(displayClause(actions, all)).toBe(want);
  });

  it("hash ignores narrative and samples but follows the definition", () => {
    const a = model();
    const b = buildModel(miniApp as AnyAppDefinition, {
      source: "app/src/app.ts",
      narrative: { summary: "x" },
      samples: [],
    });
    const c = buildModel({ ...miniApp, description: "Other." } as AnyAppDefinition, { source: "app/src/app.ts" });
    expect(a.definitionHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.definitionHash).toBe(a.definitionHash);
    expect(c.definitionHash).not.toBe(a.definitionHash);
  });

  it.each([
    ["1.10.0", "1.9.9", 1],
    ["2.0.0", "10.0.0", -1],
    ["1.0.0", "1.0.0", 0],
  ])("compareVersions(%s, %s)", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe("writeFiles", () => {
  it("writes changed files atomically and leaves identical ones (and their mtime) alone", async () => {
    const root = tempDir();
    put(root, "same.txt", "same\n");
    utimesSync(join(root, "same.txt"), 1_000, 1_000);
    const result = await writeFiles(root, [
      { path: "same.txt", contents: "same\n" },
      { path: "deep/new.json", contents: "{}\n" },
      { path: "bin.dat", contents: new Uint8Array([0, 1, 2]) },
    ]);
    expect(result).toEqual({ changed: ["deep/new.json", "bin.dat"], unchanged: ["same.txt"] });
    expect(statSync(join(root, "same.txt")).mtimeMs).toBe(1_000_000);
    expect(readFileSync(join(root, "deep/new.json"), "utf8")).toBe("{}\n");
    expect([...readFileSync(join(root, "bin.dat"))]).toEqual([0, 1, 2]);
  });
});

describe("findDrift", () => {
  it("reports missing, stale (with a unified diff) and extra files under managed dirs only", async () => {
    const root = tempDir();
    put(root, "app/install.json", '{"a":1}\n');
    put(root, "app/schemas/stray.json", "{}\n");
    put(root, "app/unmanaged.txt", "mine\n");
    const drift = await findDrift(
      root,
      [
        { path: "app/install.json", contents: '{"a":2}\n' },
        { path: "app/layout.json", contents: "{}\n" },
      ],
      [{ dirs: ["app/schemas"] }],
    );
    expect(drift.missing).toEqual(["app/layout.json"]);
    expect(drift.extra).toEqual(["app/schemas/stray.json"]);
    expect(drift.stale.map((s) => s.path)).toEqual(["app/install.json"]);
    expect(drift.stale[0]!.diff).toContain('-{"a":1}\n+{"a":2}\n');
    expect(isClean(drift)).toBe(false);
    expect(summarizeDrift(drift)).toBe("1 missing, 1 stale, 1 extra");
    expect(formatDrift(drift).at(-1)).toBe("Run `npm run generate` to regenerate, then commit the result.");
  });

  it("is clean when the tree matches", async () => {
    const root = tempDir();
    put(root, "a.json", "{}\n");
    const drift = await findDrift(root, [{ path: "a.json", contents: "{}\n" }], [{ dirs: ["."] }]);
    expect(isClean(drift)).toBe(true);
    expect(formatDrift(drift)).toEqual([]);
  });
});

describe("diffContracts", () => {
  const base = buildContract(model());
  type C = typeof base;
  const cases: [string, (c: C) => C, { kind: string; what: string; name: string; breaking: boolean }[]][] = [
    ["no change", (c) => c, []],
    [
      "param newly required",
      (c) => ({ ...c, params: c.params.map((p) => (p.name === "fail_on_error" ? { ...p, required: true } : p)) }),
      [{ kind: "newly required", what: "param", name: "fail_on_error", breaking: true }],
    ],
    [
      "param retyped",
      (c) => ({ ...c, params: c.params.map((p) => (p.name === "indicator" ? { ...p, type: "StringMixed" } : p)) }),
      [{ kind: "retyped", what: "param", name: "indicator", breaking: true }],
    ],
    [
      "optional param added (not breaking), required param added (breaking)",
      (c) => ({
        ...c,
        params: [
          ...c.params,
          { ...c.params[0]!, name: "new_opt", required: false },
          { ...c.params[0]!, name: "new_req", required: true },
        ],
      }),
      [
        { kind: "added", what: "param", name: "new_opt", breaking: false },
        { kind: "added", what: "param", name: "new_req", breaking: true },
      ],
    ],
    [
      "output removed, output added, action added",
      (c) => ({
        ...c,
        outputs: [
          ...c.outputs.filter((o) => o.name !== "ts.results.score"),
          { name: "ts.results.verdict", type: "String", actions: [] },
        ],
        actions: [...c.actions, { name: "Enrich URL", indicatorTypes: ["URL"], outputs: [] }],
      }),
      [
        { kind: "added", what: "action", name: "Enrich URL", breaking: false },
        { kind: "removed", what: "output", name: "ts.results.score", breaking: true },
        { kind: "added", what: "output", name: "ts.results.verdict", breaking: false },
      ],
    ],
    [
      "output retyped String → StringArray",
      (c) => ({
        ...c,
        outputs: c.outputs.map((o) => (o.name === "ts.results.score" ? { ...o, type: "StringArray" } : o)),
      }),
      [{ kind: "retyped", what: "output", name: "ts.results.score", breaking: true }],
    ],
  ];
  it.each(cases)("%s", (_name, change, want) => {
    expect(
      diffContracts(base, change(structuredClone(base))).map(({ kind, what, name, breaking }) => ({
        kind,
        what,
        name,
        breaking,
      })),
    ).toEqual(want);
  });
});

describe("hashSampleInputs", () => {
  it("changes when an app source or fixture changes, not when a test file does", async () => {
    const root = tempDir();
    put(root, "app/src/app.ts", "export {};\n");
    put(root, "app/fixtures/a.json", "{}\n");
    put(root, "app/src/app.test.ts", "test\n");
    const appPath = join(root, "app/src/app.ts");
    const first = await hashSampleInputs(root, appPath);
    put(root, "app/src/app.test.ts", "changed test\n");
    expect(await hashSampleInputs(root, appPath)).toBe(first);
    put(root, "app/fixtures/a.json", '{"x":1}\n');
    expect(await hashSampleInputs(root, appPath)).not.toBe(first);
  });
});
