/**
 * End to end: the reference app's .tcx, unpacked, run through `python3 run.py` under the emulator (encrypted param
 * file, real Redis, mock VirusTotal on 127.0.0.1) produces exactly the outputs, message.tc and exit code of the
 * in-process run — what ships behaves like what the tests exercise.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../../reference-app/src/app.js";
import { appLayout, type MockVendor, startAppMock } from "../emulator/app-layout.js";
import { type AppInputs, emulate, type Launcher } from "../emulator/emulate.js";
import { type RedisEndpoint, startRedis } from "../emulator/redis.js";
import { buildModel } from "../lib/model.js";
import { preparePackageDir, readTcx, writeTcx } from "./tcx.js";

const root = path.resolve(import.meta.dirname, "../..");
const source = "reference-app/src/app.ts";
const model = buildModel(app, { source });
const API_KEY = "CANARY-package-key-3e9d0c7a";
/** The default client-side limit (4/min, a public key's) would make the batch case wait a minute. */
const FAST = { rate_limit_per_minute: "600" };
let work: string;
let redis: RedisEndpoint;
let mock: MockVendor;
let packageDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "enrichkit-tcx-e2e-"));
  redis = await startRedis();
  mock = await startAppMock(appLayout(path.join(root, source)), { apiKey: API_KEY });
  packageDir = await preparePackageDir(model, root, work);
}, 120_000);
afterAll(async () => {
  await mock?.close();
  await redis?.stop();
  await rm(work, { recursive: true, force: true });
});

/** Runs `action` on `indicator` with the given launcher (node from this process on PATH for run.py). */
function run(launcher: Launcher, action: string, indicator: unknown) {
  const inputs: AppInputs = { inputs: { tc_action: action, indicator, api_key: API_KEY, api_url: mock.url, ...FAST } };
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}` };
  return emulate({ app, inputs, redis, launcher, env, tcParams: { tc_log_level: "debug" } });
}

describe("the .tcx run through run.py under the emulator", () => {
  it("ships run.py, the app bundle and its loader, install.json and layout.json under the package name", async () => {
    const built = await writeTcx(model, root, path.join(work, "dist"));
    const tcx = await readTcx(built.path);
    expect(tcx.top).toBe("google_virustotal_enrichment_v1");
    expect([...tcx.files.keys()].sort()).toEqual([
      "README.md",
      "app.bundle.cjs",
      "app.js",
      "install.json",
      "layout.json",
      "package.json",
      "run.py",
    ]);
    expect(tcx.installJson).toMatchObject({ appId: model.appId, programMain: "run.py" });
  });

  const cases = [
    ...app.actions.map((a) => [a.name, a.example.indicator] as [string, unknown]),
    ["Enrich Address", ["198.51.100.7", "not-an-ip", "2001:db8::5"]] as [string, unknown],
    ["Enrich Host", "unknown.example.com"] as [string, unknown],
  ];

  it.each(cases)("%s %j: same outputs, message.tc and exit code as in-process", async (action, indicator) => {
    const direct = await run({ kind: "in-process" }, action, indicator);
    const packaged = await run({ kind: "package", dir: packageDir }, action, indicator);
    expect(packaged.stderr).toBe("");
    expect(packaged.exitCode).toBe(direct.exitCode);
    expect(packaged.messageTc).toBe(direct.messageTc);
    expect(packaged.outputs).toEqual(direct.outputs);
    expect(Object.keys(packaged.outputs).length).toBeGreaterThan(10);
    for (const text of [packaged.log, packaged.stdout, JSON.stringify(packaged.outputs), packaged.messageTc]) {
      expect(text).not.toContain(API_KEY);
    }
  });

  it("writes a V8 code cache on the first run and survives a corrupt one (rejected, rewritten)", async () => {
    const cache = path.join(packageDir, "app.bundle.cache");
    const first = await run({ kind: "package", dir: packageDir }, "Enrich Address", "198.51.100.7");
    expect(first.exitCode).toBe(0);
    const written = await readFile(cache);
    expect(written.length).toBeGreaterThan(100_000);
    await writeFile(cache, Buffer.alloc(written.length, 0x5a));
    const corrupt = await run({ kind: "package", dir: packageDir }, "Enrich Address", "198.51.100.7");
    expect(corrupt.exitCode).toBe(0);
    expect(corrupt.outputs).toEqual(first.outputs);
    expect((await readFile(cache)).equals(Buffer.alloc(written.length, 0x5a))).toBe(false);
  });

  it("fails the same way (exit code, message.tc) when the vendor rejects the key", async () => {
    const inputs: AppInputs = {
      inputs: {
        tc_action: "Enrich File",
        indicator: "44d88612fea8a8f36de82e1278abb02f",
        api_key: "wrong",
        api_url: mock.url,
        ...FAST,
      },
    };
    const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}` };
    const [direct, packaged] = [
      await emulate({ app, inputs, redis, launcher: { kind: "in-process" }, env }),
      await emulate({ app, inputs, redis, launcher: { kind: "package", dir: packageDir }, env }),
    ];
    expect(direct.exitCode).not.toBe(0);
    expect(packaged.exitCode).toBe(direct.exitCode);
    expect(packaged.messageTc).toBe(direct.messageTc);
  });
});
