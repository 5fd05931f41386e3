/**
 * End to end: `enrichkit generate | check | validate` as real processes on a copy of the fixture app in a temp dir.
 * Names follow `<fixture>_<success|error>_<what>`.
 */
import { existsSync, readdirSync, rmSync, statSync, unlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRepo, type TempRepo } from "./_repo.js";

/** Every file under `dir` with its mtime, except the node_modules link. */
function snapshot(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && !e.parentPath.includes("node_modules"),
  );
  return new Map(
    files.map((e) => [relative(dir, join(e.parentPath, e.name)), statSync(join(e.parentPath, e.name)).mtimeMs]),
  );
}

describe("mini-app: generate, check, drift", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo();
  });
  afterAll(() => repo.remove());

  it("mini-app_success_generate_writes_every_deliverable", () => {
    const r = repo.run("generate");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const path of [
      "app/install.json",
      "app/layout.json",
      "app/README.md",
      "app/GENERATED.md",
      "app/contracts/1.0.0.json",
      "solution-design/SOLUTION-DESIGN.md",
    ]) {
      expect(existsSync(repo.path(path)), path).toBe(true);
      expect(r.stdout).toContain(`wrote  ${path}\n`);
    }
    // Missing narrative is a warning, never an error: generation goes ahead.
    expect(r.stdout).toMatch(/^0 errors, 9 warnings$/m);
    expect(r.stdout).toMatch(/^\d+ files changed, 0 unchanged$/m);
  });

  it("mini-app_success_generate_twice_changes_nothing", () => {
    const before = snapshot(repo.dir);
    const r = repo.run("generate");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^0 files changed, ${before.size - 1} unchanged$`, "m"));
    expect(snapshot(repo.dir)).toEqual(before);
  });

  it("mini-app_success_check_clean", () => {
    const r = repo.run("check");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^0 errors, 9 warnings$/m);
    expect(r.stdout).toMatch(/^0 missing, 0 stale, 0 extra$/m);
  });

  it("mini-app_error_check_stale_after_editing_an_output_description", () => {
    repo.editApp((s) => s.replace('"Registrar of the host."', '"Registrar of the host name (WHOIS)."'));
    const r = repo.run("check");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("stale    app/README.md  (out of date)");
    expect(r.stdout).toContain("stale    app/schemas/outputs.schema.json  (out of date)");
    expect(r.stdout).toContain("stale    solution-design/SOLUTION-DESIGN.md  (out of date)");
    expect(r.stdout).toContain("--- a/app/README.md\tcommitted\n+++ b/app/README.md\tgenerated\n");
    expect(r.stdout).toMatch(/^-\| `ts.results.host.registrar` .*Registrar of the host\. \|$/m);
    expect(r.stdout).toMatch(/^\+\| `ts.results.host.registrar` .*Registrar of the host name \(WHOIS\)\. \|$/m);
    expect(r.stdout).toContain("Run `npm run generate` to regenerate, then commit the result.");
    expect(r.stdout).toMatch(/^0 missing, [3-9] stale, 0 extra$/m);
  });

  it("mini-app_success_regenerate_then_check_clean", () => {
    expect(repo.run("generate").code).toBe(0);
    const r = repo.run("check");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^0 missing, 0 stale, 0 extra$/m);
  });

  it("mini-app_error_check_extra_and_missing_files", () => {
    repo.write("app/schemas/stray.schema.json", "{}\n");
    repo.write("app/contracts/9.9.9.json", "{}\n");
    unlinkSync(repo.path("app/layout.json"));
    const r = repo.run("check");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("missing  app/layout.json  (not generated yet)");
    expect(r.stdout).toContain(
      "extra    app/schemas/stray.schema.json  (under a managed path but no generator produces it; delete it)",
    );
    // A contract of a version newer than the current one is not a release of this app: extra too.
    expect(r.stdout).toContain("extra    app/contracts/9.9.9.json");
    expect(r.stdout).toMatch(/^1 missing, 0 stale, 2 extra$/m);
    rmSync(repo.path("app/schemas/stray.schema.json"));
    rmSync(repo.path("app/contracts/9.9.9.json"));
    expect(repo.run("generate").code).toBe(0);
    expect(repo.run("check").code).toBe(0);
  });

  it("mini-app_success_check_keeps_older_release_contracts", () => {
    repo.write(
      "app/contracts/0.9.0.json",
      repo.read("app/contracts/1.0.0.json").replace('"programVersion": "1.0.0"', '"programVersion": "0.9.0"'),
    );
    // The stored 0.9.0 contract is now the baseline: README and SDD list changes since it.
    const stale = repo.run("check");
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("stale    app/README.md");
    expect(stale.stdout).not.toContain("extra    app/contracts/0.9.0.json");
    expect(repo.run("generate").code).toBe(0);
    expect(repo.read("app/README.md")).toContain("No contract changes since 0.9.0.");
    expect(repo.run("check").code).toBe(0);
  });
});

describe("mini-app: validate", () => {
  it("mini-app_success_validate", () => {
    const repo = makeRepo();
    try {
      const r = repo.run("validate");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        'warning  solution-design/narrative/privacy.md  narrative section "privacy" is missing or empty (narrative-present)  hint: ',
      );
      expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("0 errors, 9 warnings");
      expect(readdirSync(repo.dir).sort()).toEqual(["app", "node_modules"]);
    } finally {
      repo.remove();
    }
  });
});

describe("broken-app: rule errors", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo((s) =>
      s
        .replace('displayName: "Acme ThreatScan Enrichment"', 'displayName: "ThreatScan Enrichment"')
        .replace('name: "ts.results.score"', 'name: "TS Score"')
        .replace('packageName: "acme_threatscan_enrichment_v1"', 'packageName: "acme threatscan"'),
    );
  });
  afterAll(() => repo.remove());

  it("broken-app_error_generate_reports_every_problem_and_writes_nothing", () => {
    const r = repo.run("generate");
    expect(r.code).toBe(1);
    for (const id of ["display-name-format", "output-name-schema", "package-name-no-spaces", "package-name-format"]) {
      expect(r.stdout).toContain(`(${id})  hint: `);
    }
    expect(r.stdout).toContain('error  app/src/app.ts#/outputs/1/name  output "TS Score" must match');
    expect(r.stdout).toMatch(/^[4-9] errors, 9 warnings$/m);
    expect(r.stdout).toContain("Nothing was written.");
    expect(readdirSync(repo.dir).sort()).toEqual(["app", "node_modules"]);
    expect(readdirSync(repo.path("app"))).toEqual(["src"]);
  });

  it("broken-app_error_validate_and_check_exit_1", () => {
    const v = repo.run("validate");
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/^[4-9] errors, 9 warnings$/m);
    const c = repo.run("check");
    expect(c.code).toBe(1);
    expect(c.stdout).toContain("(output-name-schema)");
  });
});

describe("unloadable definitions exit 2 with the cause", () => {
  const cases: [string, (s: string) => string, RegExp][] = [
    [
      "throws-app_error_exit_2",
      (s) => `throw new Error("vendor schema file is missing");\n${s}`,
      /could not load app\/src\/app.ts: vendor schema file is missing/,
    ],
    [
      "syntax-app_error_exit_2",
      (s) => s.replace("export const app = {", "export const app = {{"),
      /could not load app\/src\/app.ts: /,
    ],
    [
      "shape-app_error_exit_2",
      () => "export default { displayName: 'x' };\n",
      /app\/src\/app.ts: `params` must be an array/,
    ],
  ];
  it.each(cases)("%s", (_name, edit, cause) => {
    const repo = makeRepo(edit);
    try {
      for (const command of ["generate", "check", "validate"]) {
        const r = repo.run(command);
        expect(r.code, command).toBe(2);
        expect(r.stderr, command).toMatch(cause);
      }
      expect(readdirSync(repo.dir).sort()).toEqual(["app", "node_modules"]);
    } finally {
      repo.remove();
    }
  });

  it("missing-app_error_exit_2", () => {
    const repo = makeRepo();
    try {
      const r = repo.run("check", "--app", "nowhere/src/app.ts");
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("app definition not found: nowhere/src/app.ts (hint: pass --app <path to app.ts>)");
    } finally {
      repo.remove();
    }
  });
});
