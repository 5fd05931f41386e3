/**
 * The render cache end to end: the launcher (`node scripts/enrichkit.mjs`, what `npm run generate|check|validate`
 * run) on a temp copy of the fixture app, with its own cache folder. A hit must print exactly what the full command
 * prints; any change to an input, an output or a managed folder must fall through to the full command.
 * Names follow `<fixture>_<success|error>_<what>`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP, makeRepo, type TempRepo } from "../pipeline/_repo.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LAUNCHER = join(ROOT, "scripts", "enrichkit.mjs");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  hit: boolean;
}

/** Runs the launcher with `--explain` in `repo`, manifests in `cacheDir`. */
function launch(repo: TempRepo, cacheDir: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args, "--app", APP, "--explain"], {
    cwd: repo.dir,
    encoding: "utf8",
    env: { ...process.env, ENRICHKIT_CACHE_DIR: cacheDir, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 60_000,
  });
  const hit = /^enrichkit: render cache hit: /m.test(r.stderr);
  if (!hit && !/^enrichkit: render cache miss: /m.test(r.stderr)) throw new Error(`no cache verdict:\n${r.stderr}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, hit };
}

/**
 * Expects a hit. The tool's own code (lib/, scripts/ of this checkout) is an input: when it changed under the test
 * (someone saving a file) the miss names a path outside the temp repo; then one full run re-records and the retry
 * must hit. A miss for any path inside the temp repo fails at once.
 */
function launchExpectingHit(repo: TempRepo, cacheDir: string, command: string): Run {
  const first = launch(repo, cacheDir, command);
  if (first.hit || !/miss: inputs changed: \.\.\//.test(first.stderr)) return first;
  launch(repo, cacheDir, command);
  return launch(repo, cacheDir, command);
}

/** Manifest files in the cache folder. */
const manifests = (cacheDir: string) =>
  existsSync(cacheDir) ? readdirSync(cacheDir).filter((n) => n.endsWith(".json")) : [];

describe("mini-app: render cache hits on an unchanged tree", () => {
  let repo: TempRepo;
  let cacheDir: string;
  let full: { generate: Run; check: Run; validate: Run };
  beforeAll(() => {
    repo = makeRepo();
    cacheDir = mkdtempSync(join(tmpdir(), "enrichkit-cache-"));
    const generate = launch(repo, cacheDir, "generate");
    full = {
      generate: launch(repo, cacheDir, "generate", "--no-cache"),
      check: launch(repo, cacheDir, "check", "--no-cache"),
      validate: launch(repo, cacheDir, "validate", "--no-cache"),
    };
    expect(generate.stderr).toContain("miss: no manifest from an earlier full run");
  });
  afterAll(() => {
    repo.remove();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("mini-app_success_full_runs_record_one_manifest", () => {
    expect(full.check.code).toBe(0);
    expect(full.check.hit).toBe(false);
    expect(full.check.stderr).toContain("miss: --no-cache");
    expect(full.check.stderr).toMatch(/render cache recorded \d+ outputs/);
    expect(manifests(cacheDir)).toHaveLength(1);
  });

  it("mini-app_success_check_hit_prints_what_the_full_check_prints", () => {
    const r = launchExpectingHit(repo, cacheDir, "check");
    expect(r.hit).toBe(true);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(full.check.stdout);
    // Warnings of the last full run are reprinted, never hidden.
    expect(r.stdout).toMatch(/^warning {2}solution-design\/narrative\/privacy\.md {2}narrative section "privacy"/m);
    expect(r.stdout).toMatch(/^0 errors, 9 warnings\n0 missing, 0 stale, 0 extra\n$/m);
  });

  it("mini-app_success_generate_and_validate_hits_print_what_the_full_commands_print", () => {
    const g = launchExpectingHit(repo, cacheDir, "generate");
    expect(g.hit).toBe(true);
    expect(g.code).toBe(0);
    expect(g.stdout).toBe(full.generate.stdout);
    expect(g.stdout).toMatch(/^0 files changed, \d+ unchanged$/m);
    const v = launchExpectingHit(repo, cacheDir, "validate");
    expect(v.hit).toBe(true);
    expect(v.stdout).toBe(full.validate.stdout);
  });

  it("mini-app_success_no_cache_and_unknown_flags_run_the_full_command", () => {
    const r = launch(repo, cacheDir, "check", "--no-cache");
    expect(r.hit).toBe(false);
    expect(r.stdout).toBe(full.check.stdout);
    const help = launch(repo, cacheDir, "check", "--help");
    expect(help.hit).toBe(false);
    expect(help.stderr).toContain("miss: --help is parsed by the full command");
    expect(help.stdout).toContain("--no-cache");
  });
});

describe("mini-app: any change falls through to the full command", () => {
  let repo: TempRepo;
  let cacheDir: string;
  /**
   * A clean, recorded tree: generate, then a check (a full run when the generate wrote a file the pipeline also
   * reads, such as the stored contract), then a check that hits.
   */
  const prime = () => {
    expect(launch(repo, cacheDir, "generate").code).toBe(0);
    expect(launch(repo, cacheDir, "check").code).toBe(0);
    const warm = launchExpectingHit(repo, cacheDir, "check");
    expect(warm.hit).toBe(true);
  };
  beforeAll(() => {
    repo = makeRepo();
    cacheDir = mkdtempSync(join(tmpdir(), "enrichkit-cache-"));
  });
  afterAll(() => {
    repo.remove();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("mini-app_success_first_generate_writes_an_input_so_one_more_full_run_follows", () => {
    // The first generate writes app/contracts/1.0.0.json, which the loaders read: the manifest keyed on the tree
    // before that write cannot answer, the next run is full and records the settled tree, the one after hits.
    expect(launch(repo, cacheDir, "generate").code).toBe(0);
    const settle = launch(repo, cacheDir, "check");
    expect(settle.hit).toBe(false);
    expect(settle.stderr).toContain("miss: inputs changed: app/contracts/1.0.0.json added");
    expect(settle.code).toBe(0);
    expect(launchExpectingHit(repo, cacheDir, "check").hit).toBe(true);
  });

  it("mini-app_error_definition_edit_misses_and_reports_drift", () => {
    prime();
    repo.editApp((s) => s.replace('"Registrar of the host."', '"Registrar of the host name (WHOIS)."'));
    const r = launch(repo, cacheDir, "check");
    expect(r.hit).toBe(false);
    expect(r.stderr).toContain("miss: inputs changed: app/src/app.ts changed");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("stale    app/README.md  (out of date)");
    expect(r.stdout).toContain("+++ b/app/README.md\tgenerated\n");
    // Drift is remembered as drift: the next check misses again (the tree still differs from the render).
    const again = launch(repo, cacheDir, "check");
    expect(again.hit).toBe(false);
    expect(again.stderr).toMatch(/miss: app\/README\.md differs from the last render/);
    expect(again.code).toBe(1);
  });

  it("mini-app_error_new_narrative_section_misses_and_reports_drift", () => {
    prime();
    repo.write("solution-design/narrative/privacy.md", "Only the indicator value leaves for the vendor.\n");
    const r = launch(repo, cacheDir, "check");
    expect(r.hit).toBe(false);
    expect(r.stderr).toContain("miss: inputs changed: solution-design/narrative/privacy.md added");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("stale    solution-design/SOLUTION-DESIGN.md  (out of date)");
    expect(r.stdout).toMatch(/^0 errors, 8 warnings$/m);
  });

  it("mini-app_error_hand_edited_output_misses_and_shows_the_diff", () => {
    prime();
    repo.write("app/README.md", repo.read("app/README.md").replace("# ", "# Hand edited "));
    const r = launch(repo, cacheDir, "check");
    expect(r.hit).toBe(false);
    expect(r.stderr).toContain("miss: app/README.md differs from the last render");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("stale    app/README.md  (out of date)");
    expect(r.stdout).toMatch(/^-# Hand edited /m);
    expect(r.stdout).toMatch(/^0 missing, 1 stale, 0 extra$/m);
    // generate also misses (a hit would leave the hand edit in place) and repairs the file.
    const g = launch(repo, cacheDir, "generate");
    expect(g.hit).toBe(false);
    expect(g.stdout).toContain("wrote  app/README.md\n");
  });

  it("mini-app_error_stray_file_in_a_managed_folder_misses_and_is_reported_extra", () => {
    prime();
    repo.write("app/schemas/stray.schema.json", "{}\n");
    const r = launch(repo, cacheDir, "check");
    expect(r.hit).toBe(false);
    expect(r.stderr).toContain("miss: app/schemas/stray.schema.json is not a rendered or kept file");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^0 missing, 0 stale, 1 extra$/m);
    // generate leaves strays alone, so its cache may answer; check still reports the stray (it is never recorded).
    launch(repo, cacheDir, "generate");
    const again = launch(repo, cacheDir, "check");
    expect(again.hit).toBe(false);
    expect(again.stdout).toContain("extra    app/schemas/stray.schema.json");
    rmSync(repo.path("app/schemas/stray.schema.json"));
  });

  it("mini-app_error_deleted_generated_file_misses_and_is_reported_missing", () => {
    prime();
    rmSync(repo.path("app/layout.json"));
    const r = launch(repo, cacheDir, "check");
    expect(r.hit).toBe(false);
    expect(r.stderr).toContain("miss: app/layout.json missing");
    expect(r.stdout).toMatch(/^1 missing, 0 stale, 0 extra$/m);
  });

  it("mini-app_success_deleted_manifest_runs_the_full_command", () => {
    prime();
    for (const name of manifests(cacheDir)) rmSync(join(cacheDir, name));
    const r = launch(repo, cacheDir, "check");
    expect(r.hit).toBe(false);
    expect(r.stderr).toContain("miss: no manifest from an earlier full run");
    expect(r.code).toBe(0);
    expect(manifests(cacheDir)).toHaveLength(1);
  });

  it("mini-app_error_rule_errors_leave_no_manifest", () => {
    prime();
    const clean = repo.read(APP);
    repo.editApp((s) => s.replace('name: "ts.results.score"', 'name: "TS Score"'));
    const r = launch(repo, cacheDir, "check");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("(output-name-schema)");
    expect(manifests(cacheDir)).toEqual([]);
    // Back to the clean definition: no manifest to answer from, so the full command runs.
    repo.write(APP, clean);
    const back = launch(repo, cacheDir, "check");
    expect(back.stderr).toContain("miss: no manifest from an earlier full run");
    expect(back.code).toBe(0);
  });
});
