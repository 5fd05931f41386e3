import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../lib/model.js";
import { miniApp } from "../render/playbooks/__fixtures__/mini-app.js";
import { assertPackageName, PackageError, preparePackageDir, readTcx, writeTcx, zipEntries } from "./tcx.js";

const root = path.resolve(import.meta.dirname, "../..");
// The fixture entry lives at scripts/package/__fixtures__/src/main.ts, i.e. beside this "definition".
const model = buildModel(miniApp, { source: "scripts/package/__fixtures__/src/app.ts" });
const TOP = "acme_intel_enrichment_v2";
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "enrichkit-tcx-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const sha256 = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
const text = (s: string) => Buffer.from(s, "utf8");

/** A minimal package of some app/version, as an earlier release would have shipped it. */
async function fakePackage(name: string, top: string, install: Record<string, unknown>): Promise<string> {
  const file = path.join(work, name);
  await writeFile(
    file,
    await zipEntries(top, [{ path: "install.json", contents: text(JSON.stringify(install)), mode: 0o644 }]),
  );
  return file;
}

describe(".tcx package", () => {
  it("is byte-identical when built twice, with one top folder and sorted entries", async () => {
    const a = await writeTcx(model, root, path.join(work, "a"));
    const b = await writeTcx(model, root, path.join(work, "b"));
    expect(path.basename(a.path)).toBe(`${TOP}.tcx`);
    expect(a.sha256).toBe(b.sha256);
    expect(await sha256(a.path)).toBe(a.sha256);
    expect(a.entries).toEqual(
      ["README.md", "app.bundle.cjs", "app.js", "install.json", "layout.json", "package.json", "run.py"].map(
        (f) => `${TOP}/${f}`,
      ),
    );
    const read = await readTcx(a.path);
    expect(read.top).toBe(TOP);
    expect(read.installJson).toMatchObject({ appId: model.appId, programVersion: "2.1.0", programMain: "run.py" });
    expect(read.files.get("run.py")!.toString()).toContain("generated from scripts/package/__fixtures__/src/app.ts");
    expect(read.files.get("app.bundle.cjs")!.toString()).not.toContain(root);
  });

  it("rejects a corrupt zip, a foreign zip and a zip without install.json with a clear message", async () => {
    const corrupt = path.join(work, "corrupt.tcx");
    await writeFile(corrupt, Buffer.concat([text("PK\u0003\u0004"), Buffer.alloc(64, 7)]));
    await expect(readTcx(corrupt)).rejects.toThrow(/corrupt\.tcx is not a readable zip archive/);
    const { ZipFile } = await import("yazl");
    const zip = new ZipFile();
    zip.addBuffer(text("x"), "a.txt");
    zip.addBuffer(text("y"), "other/b.txt");
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream) chunks.push(c as Buffer);
    const foreign = path.join(work, "foreign.zip");
    await writeFile(foreign, Buffer.concat(chunks));
    await expect(readTcx(foreign)).rejects.toThrow(/not a ThreatConnect app package: it needs exactly one top folder/);
    const noInstall = path.join(work, "no-install.tcx");
    await writeFile(noInstall, await zipEntries(TOP, [{ path: "run.py", contents: text(""), mode: 0o644 }]));
    await expect(readTcx(noInstall)).rejects.toThrow(`${TOP}/install.json is missing`);
  });

  it("refuses a top folder change within a major version and writes nothing", async () => {
    const out = path.join(work, "guarded");
    const renamed = await fakePackage("old.tcx", "acme_intel_v2", { appId: model.appId, programVersion: "2.0.0" });
    await expect(writeTcx(model, root, out, { previous: [renamed] })).rejects.toThrow(
      /packageName changed from "acme_intel_v2" .* within major version 2/,
    );
    await expect(readdir(out)).rejects.toThrow(); // the folder was never created
    const other = await fakePackage("other.tcx", TOP, {
      appId: "11111111-0000-4000-8000-000000000000",
      programVersion: "2.0.0",
    });
    await expect(writeTcx(model, root, out, { previous: [other] })).rejects.toThrow(/package of another app/);
    const olderMajor = await fakePackage("v1.tcx", "acme_intel_enrichment_v1", {
      appId: model.appId,
      programVersion: "1.4.0",
    });
    await expect(writeTcx(model, root, out, { previous: [olderMajor] })).resolves.toMatchObject({
      bytes: expect.any(Number),
    });
  });

  it("requires packageName to end in _v<major>", () => {
    expect(() => assertPackageName({ ...model, packageName: "acme_intel_enrichment_v1" })).toThrow(PackageError);
    expect(() => assertPackageName({ ...model, packageName: "Acme Intel" })).toThrow(/snake_case ending in _v<major>/);
    expect(() => assertPackageName(model)).not.toThrow();
  });
});

describe("run.py launcher", () => {
  let dir: string;
  const python = (env: NodeJS.ProcessEnv, args: string[] = []) =>
    spawnSync("/usr/bin/python3", [path.join(dir, "run.py"), ...args], { env, encoding: "utf8", timeout: 20_000 });

  beforeAll(async () => {
    dir = await preparePackageDir(model, root, path.join(work, "unpacked"));
  });

  it("unpacks the package folder with an executable run.py", async () => {
    expect(path.basename(dir)).toBe(TOP);
    expect((await stat(path.join(dir, "run.py"))).mode & 0o777).toBe(0o755);
    expect((await readdir(dir)).sort()).toEqual([
      "README.md",
      "app.bundle.cjs",
      "app.js",
      "install.json",
      "layout.json",
      "package.json",
      "run.py",
    ]);
  });

  it("runs app.js on the node from PATH with the same arguments and environment, passing the exit code", () => {
    const env = { PATH: path.dirname(process.execPath), ENRICHKIT_TEST_MARKER: "kept", ENRICHKIT_TEST_EXIT: "3" };
    const run = python(env, ["--flag", "two words"]);
    expect(run.status).toBe(3);
    expect(JSON.parse(run.stdout)).toEqual({ args: ["--flag", "two words"], marker: "kept", redis: "function" });
  });

  it("exits 1 with a clear message.tc when no Node is found", async () => {
    const out = await mkdtemp(path.join(work, "out-"));
    const run = python({ PATH: "/nonexistent", TC_OUT_PATH: out });
    expect(run.status).toBe(1);
    const message = await readFile(path.join(out, "message.tc"), "utf8");
    expect(message).toMatch(/^Acme Intel Enrichment cannot start: Node\.js 20 or newer is required but none was found/);
    expect(message.endsWith("\n")).toBe(true);
    expect(message.length).toBeLessThanOrEqual(256);
    expect(run.stderr).toContain("none was found");
  });

  it("rejects a too-old node and prefers the bundled node/bin/node", async () => {
    const bin = await mkdtemp(path.join(work, "bin-"));
    const fake = (version: string, says: string) =>
      `#!/bin/sh\nif [ "$1" = "--version" ]; then echo ${version}; else echo ${says}; fi\n`;
    await writeFile(path.join(bin, "node"), fake("v18.19.0", "old"));
    await chmod(path.join(bin, "node"), 0o755);
    const out = await mkdtemp(path.join(work, "out-"));
    const old = python({ PATH: bin, TC_OUT_PATH: out });
    expect(old.status).toBe(1);
    expect(await readFile(path.join(out, "message.tc"), "utf8")).toContain(`found ${bin}/node (v18)`);

    const bundled = path.join(bin, "bundled-node");
    await writeFile(bundled, fake("v22.1.0", "bundled"));
    const withNode = await preparePackageDir(model, root, path.join(work, "with-node"), { bundleNode: bundled });
    expect((await stat(path.join(withNode, "node/bin/node"))).mode & 0o777).toBe(0o755);
    const run = spawnSync("/usr/bin/python3", [path.join(withNode, "run.py")], {
      env: { PATH: bin },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("bundled");
  });
});
