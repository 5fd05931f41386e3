/**
 * `enrichkit init` end to end: scaffold into a temp dir, then the new project's own `generate`, `check`, `typecheck`
 * and tests pass there at once; bad answers and non-empty folders are refused with nothing written.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaffoldFiles, validateAnswers } from "../../scripts/init/scaffold.js";

const root = path.resolve(import.meta.dirname, "../..");
const env = { ...process.env, NO_COLOR: "1", CI: "true" };
let work: string;

/** Runs the Enrichkit CLI from the repo root. */
const enrichkit = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/enrichkit.ts"), ...args], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
/** Runs an npm script in the new project. */
const npm = (cwd: string, script: string) =>
  spawnSync("npm", ["run", "-s", script], { cwd, env, encoding: "utf8", timeout: 120_000 });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "enrichkit-init-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("init answers", () => {
  it("reports every bad answer at once", () => {
    const { options, problems } = validateAnswers({
      vendor: 'Acme"Corp',
      product: "",
      slug: "Acme!",
      types: "Address,Planet",
    });
    expect(options).toBeUndefined();
    expect(problems.join("\n")).toMatch(/--vendor "Acme"Corp" must be/);
    expect(problems.join("\n")).toMatch(/--product "" must be/);
    expect(problems.join("\n")).toMatch(/--slug "Acme!" must be 2–16 lower-case/);
    expect(problems.join("\n")).toMatch(/--types: "Planet" is not an indicator type/);
    expect(
      validateAnswers({ vendor: "Acme", product: "Intel", slug: "acme", types: "address, Host,host" }).options,
    ).toMatchObject({ types: ["Address", "Host"] });
  });

  it("fills every template placeholder and writes the action per type", async () => {
    const { options } = validateAnswers({ vendor: "Acme", product: "Intel", slug: "acme", types: "Registry Key,URL" });
    const files = await scaffoldFiles({ ...options!, appId: "00000000-0000-4000-8000-00000000000a" }, "../enrichkit");
    for (const f of files) expect(f.contents, f.path).not.toMatch(/__[A-Z_]+__/);
    const app = files.find((f) => f.path === "app/src/app.ts")!.contents;
    expect(app).toContain('name: "Enrich Registry Key"');
    expect(app).toContain('displayName: "Acme Intel Enrichment"');
    expect(app).toContain('packageName: "acme_intel_enrichment_v1"');
    expect(JSON.parse(files.find((f) => f.path === "package.json")!.contents).devDependencies.enrichkit).toBe(
      "file:../enrichkit",
    );
    expect(files.map((f) => f.path)).toContain("app/fixtures/registry-key-example.json");
  });
});

describe("enrichkit init <dir>", () => {
  it("refuses an invalid slug and a non-empty folder with a clear message, writing nothing", async () => {
    const fresh = path.join(work, "bad-slug");
    const bad = enrichkit(
      "init",
      fresh,
      "--vendor",
      "Acme",
      "--product",
      "Intel",
      "--slug",
      "Bad Slug",
      "--types",
      "Address",
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--slug "Bad Slug" must be');
    expect(bad.stderr).toContain("Nothing was written.");
    expect(existsSync(fresh)).toBe(false);

    const busy = path.join(work, "busy");
    await mkdir(busy);
    await writeFile(path.join(busy, "keep.txt"), "mine\n");
    const refused = enrichkit(
      "init",
      busy,
      "--vendor",
      "Acme",
      "--product",
      "Intel",
      "--slug",
      "acme",
      "--types",
      "Address",
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/busy is not empty \(1 entries\).*nothing was written/);
    expect(await readdir(busy)).toEqual(["keep.txt"]);
    expect(await readFile(path.join(busy, "keep.txt"), "utf8")).toBe("mine\n");
    expect((await readdir(work)).filter((n) => n.includes(".init-"))).toEqual([]);
  });

  it("scaffolds a project whose generate, check, typecheck and tests pass immediately", async () => {
    const dir = path.join(work, "acme-intel");
    const init = enrichkit(
      "init",
      dir,
      "--vendor",
      "Acme",
      "--product",
      "Intel",
      "--slug",
      "acme",
      "--types",
      "Address,Host,File",
    );
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(init.stdout).toContain("Created Acme Intel Enrichment in");

    const generate = npm(dir, "generate");
    expect(generate.status, generate.stdout + generate.stderr).toBe(0);
    expect(generate.stdout).toMatch(/\d+ files changed, 0 unchanged/);
    for (const file of [
      "app/install.json",
      "app/layout.json",
      "app/README.md",
      "app/playbooks/intel-host-enrichment.pbx",
      "solution-design/SOLUTION-DESIGN.md",
    ]) {
      expect(existsSync(path.join(dir, file)), file).toBe(true);
    }
    // The samples came from really running the app against the scaffold's mock vendor.
    const samples = JSON.parse(await readFile(path.join(dir, "app/samples.json"), "utf8")) as {
      runs: { action: string; exitCode: number; outputs: Record<string, unknown> }[];
    };
    expect(samples.runs.map((r) => [r.action, r.exitCode, r.outputs["acme.results.status!String"]])).toEqual([
      ["Enrich Address", 0, "ok"],
      ["Enrich Host", 0, "ok"],
      ["Enrich File", 0, "ok"],
    ]);

    const again = npm(dir, "generate");
    expect(again.stdout).toMatch(/0 files changed, \d+ unchanged/);
    const check = npm(dir, "check");
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain("0 missing, 0 stale, 0 extra");
    expect(check.stdout).toContain("0 errors");

    const typecheck = npm(dir, "typecheck");
    expect(typecheck.status, typecheck.stdout + typecheck.stderr).toBe(0);
    const test = npm(dir, "test");
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toMatch(/Tests\s+\d+ passed/);
  }, 240_000);
});
