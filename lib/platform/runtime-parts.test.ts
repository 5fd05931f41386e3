/** Unit tests of the smaller platform pieces: tc_* params, inputs, masking, message.tc and the log file. */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type AnyAppDefinition, defineApp } from "../define-app.js";
import { AppError } from "./errors.js";
import { messageTcText, writeMessageTc } from "./exit.js";
import { normalizeIndicators, resolveInputs } from "./inputs.js";
import type { KvStore } from "./kvstore.js";
import { createLogger, memoryLogger } from "./logger.js";
import { SecretMasker } from "./mask.js";
import { parseTcParams } from "./tc-params.js";

const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop() as string, { recursive: true, force: true });
});
async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "platform-"));
  dirs.push(dir);
  return dir;
}

describe("tc_* params", () => {
  it("applies TcEx defaults and splits the requested outputs", () => {
    const tc = parseTcParams({ tc_playbook_out_variables: "#App:1:a!String, #App:1:b!StringArray" });
    expect(tc.tc_kvstore_port).toBe(6379);
    expect(tc.tc_log_file).toBe("app.log");
    expect(tc.tc_log_level).toBe("info");
    expect(tc.tc_proxy_external).toBe(false);
    expect(tc.tc_playbook_out_variables).toEqual(["#App:1:a!String", "#App:1:b!StringArray"]);
  });

  it("accepts the legacy tc_playbook_db_* names only when the new ones are absent", () => {
    const legacy = parseTcParams({
      tc_playbook_db_type: "Redis",
      tc_playbook_db_context: "ctx",
      tc_playbook_db_path: "redis.local",
      tc_playbook_db_port: "6380",
    });
    expect([legacy.tc_playbook_kvstore_context, legacy.tc_kvstore_host, legacy.tc_kvstore_port]).toEqual([
      "ctx",
      "redis.local",
      6380,
    ]);
    const both = parseTcParams({ tc_kvstore_host: "new.local", tc_playbook_db_path: "old.local" });
    expect(both.tc_kvstore_host).toBe("new.local");
  });

  it("coerces Boolean text and names a bad value", () => {
    expect(parseTcParams({ tc_proxy_external: "true", tc_log_level: "WARN" })).toMatchObject({
      tc_proxy_external: true,
      tc_log_level: "warning",
    });
    expect(() => parseTcParams({ tc_kvstore_port: "not-a-port" })).toThrow(/tc_kvstore_port/);
    expect(() => parseTcParams({ tc_log_level: "loud" })).toThrow(/tc_log_level/);
  });
});

const memoryKv = (values: Record<string, unknown> = {}): KvStore => ({
  read: async (v) => values[v],
  writeMany: async () => {},
  close: async () => {},
});

const miniApp: AnyAppDefinition = defineApp({
  ...({} as AnyAppDefinition),
  indicatorParam: "indicator",
  vendor: { limits: { maxIndicatorsPerRun: 3 } } as AnyAppDefinition["vendor"],
  actions: [
    { name: "Look Up", indicatorTypes: ["Host"], description: "", calls: [], example: { indicator: "", fixture: "" } },
    { name: "Other", indicatorTypes: ["Host"], description: "", calls: [], example: { indicator: "", fixture: "" } },
  ],
  params: [
    { name: "indicator", label: "Indicator", type: "String", section: "Action", required: true, schema: z.string() },
    {
      name: "api_key",
      label: "API Key",
      type: "String",
      section: "Connection",
      required: true,
      encrypt: true,
      schema: z.string().min(8, "must be at least 8 characters"),
    },
    {
      name: "limit",
      label: "Limit",
      type: "String",
      section: "Configure",
      default: "5",
      schema: z.string().regex(/^\d+$/, "must be a whole number").describe("How many."),
    },
    { name: "strict", label: "Strict", type: "Boolean", section: "Advanced", default: false, schema: z.boolean() },
    {
      name: "only_other",
      label: "Only Other",
      type: "String",
      section: "Configure",
      required: true,
      actions: ["Other"],
      schema: z.string(),
    },
  ],
});

describe("inputs", () => {
  const base = { tc_action: "Look Up", indicator: "a.example", api_key: "abcdefgh-secret" };

  it("applies defaults, coerces Boolean text and skips params of other actions", async () => {
    const log = memoryLogger();
    const inputs = await resolveInputs(miniApp, { ...base, strict: "TRUE" }, memoryKv(), log);
    expect(inputs.action.name).toBe("Look Up");
    expect(inputs.params).toMatchObject({ limit: "5", strict: true, tc_action: "Look Up" });
    expect(inputs.indicators).toEqual([{ value: "a.example", index: 0 }]);
    log.info("key abcdefgh-secret");
    expect(log.lines.at(-1)).toBe("key ***");
  });

  it("resolves exact and embedded playbook variables from the KV store", async () => {
    const kv = memoryKv({ "#App:1:list!StringArray": ["x.example", "y.example"], "#App:1:n!String": "7" });
    const inputs = await resolveInputs(
      miniApp,
      { ...base, indicator: "#App:1:list!StringArray", limit: "#App:1:n!String" },
      kv,
      memoryLogger(),
    );
    expect(inputs.indicators.map((i) => i.value)).toEqual(["x.example", "y.example"]);
    expect(inputs.params.limit).toBe("7");
  });

  it.each([
    [{ tc_action: "Nope" }, /tc_action.*"Look Up", "Other"/s],
    [{ api_key: "" }, /Missing required input api_key \(API Key\)/],
    [{ limit: "ten" }, /Invalid input limit \(Limit\): must be a whole number \(got "ten"\)/],
    [{ api_key: "short" }, /Invalid input api_key \(API Key\): must be at least 8 characters\.$/],
    [{ indicator: "#App:9:missing!String" }, /playbook variable #App:9:missing!String has no value/],
    [{ indicator: ["a", "b", "c", "d"] }, /4 indicators; this app takes at most 3/],
    [{ indicator: [] }, /Indicator\): the list is empty/],
  ])("bad input %j names the field", async (override, message) => {
    const attempt = resolveInputs(miniApp, { ...base, ...override }, memoryKv(), memoryLogger());
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toThrow(message);
  });

  it("never echoes an invalid keychain value", async () => {
    await expect(
      resolveInputs(miniApp, { ...base, api_key: "shortx" }, memoryKv(), memoryLogger()),
    ).rejects.not.toThrow(/shortx/);
  });

  it("normalizes TCEntity and TCEntityArray, taking a File entity's strongest hash", () => {
    const param = miniApp.params[0];
    const md5 = "44d88612fea8a8f36de82e1278abb02f";
    const sha256 = "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f";
    expect(normalizeIndicators(param, { id: "1", type: "Host", value: "h.example" })).toEqual([
      { value: "h.example", type: "Host", index: 0 },
    ]);
    expect(normalizeIndicators(param, [{ type: "File", value: `${md5} : : ${sha256}` }, "1.2.3.4"])).toEqual([
      { value: sha256, type: "File", index: 0 },
      { value: "1.2.3.4", index: 1 },
    ]);
  });
});

describe("masking, message.tc and the log file", () => {
  it("masks a secret in plain, URL-encoded, base64 and JSON-escaped forms, longest first", () => {
    const masker = new SecretMasker();
    masker.add('p@ss/word"1');
    masker.add("abc"); // too short to mask safely
    const secret = 'p@ss/word"1';
    const text = [
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret).toString("base64"),
      JSON.stringify(secret),
      "abc",
    ].join(" ");
    expect(masker.mask(text)).toBe('*** *** *** "***" abc');
  });

  it("keeps the last 255 characters of message.tc plus a newline, and falls back to ./message.tc", async () => {
    const long = `${"x".repeat(300)}END`;
    expect(messageTcText(long)).toBe(`${long.slice(-255)}\n`);
    const dir = await scratch();
    const written = writeMessageTc(dir, "done");
    expect(await readFile(written, "utf8")).toBe("done\n");
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(writeMessageTc(path.join(dir, "missing-dir"), "fallback")).toBe(path.join(dir, "message.tc"));
    } finally {
      process.chdir(cwd);
    }
  });

  it("writes TcEx-style masked lines at or above the level and rotates by size", async () => {
    const dir = await scratch();
    const log = createLogger({
      path: dir,
      file: "app.log",
      level: "info",
      maxBytes: 1024,
      backupCount: 2,
      name: "app",
    });
    log.addSecret("topsecret-value");
    log.debug("hidden below info");
    for (let i = 0; i < 40; i++) log.info(`line ${i} with topsecret-value inside`);
    await log.close();
    const files = await readdir(dir);
    expect(files.length).toBeGreaterThan(1);
    const current = await readFile(path.join(dir, "app.log"), "utf8");
    expect(current).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - app - {5}INFO - line \d+ with \*\*\* inside$/m);
    const all = (await Promise.all(files.map((f) => readFile(path.join(dir, f), "utf8")))).join("");
    expect(all).not.toContain("topsecret-value");
    expect(all).not.toContain("hidden below info");
  });
});
