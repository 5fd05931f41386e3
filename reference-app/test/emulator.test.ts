/**
 * Integration: the reference app run as ThreatConnect runs it — encrypted param file, real Redis, the mock
 * VirusTotal on 127.0.0.1 — through the emulator. One case per bad input the runtime contract names.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appLayout, type MockVendor, startAppMock } from "../../scripts/emulator/app-layout.js";
import { type AppInputs, type EmulateOptions, type EmulateResult, emulate } from "../../scripts/emulator/emulate.js";
import { freePort, type RedisEndpoint, startRedis } from "../../scripts/emulator/redis.js";
import { app } from "../src/app.js";

const API_KEY = "CANARY-apikey-7f3c9a1e55d2";
const TOKEN = "CANARY-token-0b8e44c1";
const PROXY_PASSWORD = "CANARY-proxypass-91d2";
const CANARIES = [API_KEY, TOKEN, PROXY_PASSWORD];

const layout = appLayout(path.resolve("reference-app/src/app.ts"));
let redis: RedisEndpoint;
let mock: MockVendor;

beforeAll(async () => {
  redis = await startRedis();
  mock = await startAppMock(layout, { apiKey: API_KEY });
});
afterAll(async () => {
  await mock?.close();
  await redis?.stop();
});
beforeEach(() => mock.setFaults([]));

/** Runs one action in-process with the canary secrets; extra inputs override the defaults. */
async function run(
  action: string,
  indicator: unknown,
  extra: Record<string, unknown> = {},
  options: Partial<EmulateOptions> = {},
): Promise<EmulateResult> {
  const inputs: AppInputs = {
    inputs: {
      tc_action: action,
      indicator,
      api_key: API_KEY,
      api_url: mock.url,
      request_timeout: "2",
      rate_limit_per_minute: "600",
      ...extra,
    },
  };
  const result = await emulate({
    app,
    inputs,
    redis,
    launcher: { kind: "in-process" },
    tcParams: { tc_token: TOKEN, tc_proxy_password: PROXY_PASSWORD, tc_log_level: "trace" },
    ...options,
  });
  assertNoSecrets(result);
  return result;
}

/** The canary check every run passes: no secret in the log, outputs, message.tc or process streams. */
function assertNoSecrets(result: EmulateResult): void {
  const everything = [result.log, JSON.stringify(result.outputs), result.messageTc, result.stdout, result.stderr].join(
    "\n",
  );
  for (const canary of CANARIES) {
    expect(everything).not.toContain(canary);
    expect(everything).not.toContain(encodeURIComponent(canary));
  }
}

const out = (result: EmulateResult, name: string, type = "String") => result.outputs[`#App:9876:${name}!${type}`];

describe("worked example per action (fixtures)", () => {
  it.each(app.actions.map((a) => [a.name, a.example.indicator] as const))("%s %s", async (action, indicator) => {
    const result = await run(action, indicator);
    expect(result.exitCode).toBe(0);
    expect(out(result, "vt.results.status")).toBe("ok");
    expect(JSON.parse(out(result, "vt.response.json.raw") as string).data.type).toMatch(/ip_address|domain|url|file/);
    expect(Number(out(result, "vt.results.rating"))).toBeGreaterThanOrEqual(0);
    expect(Number(out(result, "vt.results.confidence"))).toBeLessThanOrEqual(100);
    expect(out(result, "vt.results.link")).toMatch(/^https:\/\/www\.virustotal\.com\/gui\//);
    expect(out(result, "vt.results.attributes", "KeyValueArray")).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "VirusTotal Detection Ratio" })]),
    );
    expect(out(result, "vt.results.summary.html")).toContain("<table>");
    expect(result.messageTc).toMatch(/1 ok/);
  });
});

describe("indicator input shapes and per-item status", () => {
  it("resolves a playbook variable staged in the KV store", async () => {
    const variable = "#Trigger:5009:trg.action.item!String";
    const result = await emulate({
      app,
      redis,
      launcher: { kind: "in-process" },
      inputs: {
        stage: { kvstore: { [variable]: "198.51.100.7" } },
        inputs: {
          tc_action: "Enrich Address",
          indicator: variable,
          api_key: API_KEY,
          api_url: mock.url,
          rate_limit_per_minute: "600",
        },
      },
    });
    expect(result.exitCode).toBe(0);
    expect(out(result, "vt.results.indicator")).toBe("198.51.100.7");
  });

  it("a TCEntityArray batch with an unsupported type, an invalid value and a not-found one still writes every item", async () => {
    const variable = "#App:1022:indicators!TCEntityArray";
    const entities = [
      { id: "1", type: "Address", value: "198.51.100.7" },
      { id: "2", type: "EmailAddress", value: "bob@example.com" },
      { id: "3", type: "Address", value: "999.1.1.1" },
      { id: "4", type: "Address", value: "203.0.113.250" },
    ];
    const result = await emulate({
      app,
      redis,
      launcher: { kind: "in-process" },
      inputs: {
        stage: { kvstore: { [variable]: entities } },
        inputs: {
          tc_action: "Enrich Address",
          indicator: variable,
          api_key: API_KEY,
          api_url: mock.url,
          rate_limit_per_minute: "600",
        },
      },
    });
    expect(result.exitCode).toBe(0);
    expect(out(result, "vt.results.status", "StringArray")).toEqual(["ok", "invalid", "invalid", "not_found"]);
    const messages = out(result, "vt.results.status.message", "StringArray") as string[];
    expect(messages[1]).toContain("EmailAddress");
    expect(messages[2]).toContain("999.1.1.1");
    expect(out(result, "vt.results.count")).toBe("4");
    expect(out(result, "vt.results.error.count")).toBe("2");
  });

  it("fail_on_error turns an invalid item into exit 1 and still writes the outputs", async () => {
    const result = await run("Enrich Address", "not an ip", { fail_on_error: "true" });
    expect(result.exitCode).toBe(1);
    expect(out(result, "vt.results.status")).toBe("invalid");
    expect(result.messageTc).toContain("not an ip");
  });

  it("invalid indicator text for the chosen action is an invalid item naming the expected type", async () => {
    const result = await run("Enrich File", "malware.example.net");
    expect(result.exitCode).toBe(0);
    expect(out(result, "vt.results.status")).toBe("invalid");
    expect(out(result, "vt.results.status.message")).toMatch(/File/);
  });

  it("writes only the variables in tc_playbook_out_variables", async () => {
    const wanted = ["#App:9876:vt.results.rating!String", "#App:9876:vt.results.tags!StringArray"];
    const result = await run("Enrich Address", "198.51.100.7", {}, { requestedOutputs: wanted });
    expect(result.exitCode).toBe(0);
    expect(Object.keys(result.outputs).sort()).toEqual(wanted);
  });

  it("a not-found indicator is data, not failure", async () => {
    const result = await run("Enrich Host", "unknown-host.example.com");
    expect(result.exitCode).toBe(0);
    expect(out(result, "vt.results.status")).toBe("not_found");
    expect(out(result, "vt.results.rating")).toBe("0");
  });
});

describe("vendor faults", () => {
  it("401 wrong credentials fails without retry (exit 4) and never echoes the key", async () => {
    const result = await run("Enrich Address", "198.51.100.7", { api_key: `${API_KEY}-wrong` });
    expect(result.exitCode).toBe(4);
    expect(result.messageTc).toMatch(/credential|API key/i);
    expect(result.messageTc).not.toContain(`${API_KEY}-wrong`);
  });

  it("429 with Retry-After is honoured, then succeeds", async () => {
    mock.setFaults([
      { status: 429, retryAfter: "1", times: 1, body: '{"error":{"code":"QuotaExceededError","message":"quota"}}' },
    ]);
    const before = mock.stats.requests;
    const started = Date.now();
    const result = await run("Enrich Address", "198.51.100.7");
    expect(result.exitCode).toBe(0);
    expect(out(result, "vt.results.status")).toBe("ok");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(mock.stats.requests - before).toBe(2);
  });

  it("500 then success is retried", async () => {
    mock.setFaults([{ status: 500, times: 1 }]);
    const result = await run("Enrich Host", "malware.example.net");
    expect(result.exitCode).toBe(0);
    expect(out(result, "vt.results.status")).toBe("ok");
  });

  it("persistent 5xx is an item error; with fail_on_error it exits 1", async () => {
    mock.setFaults([{ status: 502, times: 100 }]);
    const result = await run("Enrich Host", "malware.example.net", { fail_on_error: "true" });
    expect(result.exitCode).toBe(1);
    expect(out(result, "vt.results.status")).toBe("error");
    expect(result.messageTc).toMatch(/502|unavailable/i);
  });

  it("a timeout is an item error naming the timeout", async () => {
    mock.setFaults([{ delayMs: 3_500, times: 100 }]);
    const result = await run("Enrich Address", "198.51.100.7", { request_timeout: "1" });
    expect(out(result, "vt.results.status")).toBe("error");
    expect(out(result, "vt.results.status.message")).toMatch(/time/i);
  }, 30_000);

  it("malformed JSON is an item error", async () => {
    mock.setFaults([{ malformed: true, times: 1 }]);
    const result = await run("Enrich Address", "198.51.100.7");
    expect(out(result, "vt.results.status")).toBe("error");
    expect(out(result, "vt.results.status.message")).toMatch(/JSON/);
  });

  it("a response that fails its schema names the field", async () => {
    mock.setFaults([
      {
        times: 1,
        status: 200,
        body: JSON.stringify({
          data: {
            id: "198.51.100.7",
            type: "ip_address",
            attributes: {
              last_analysis_stats: { malicious: "lots", suspicious: 0, harmless: 0, undetected: 0, timeout: 0 },
            },
          },
        }),
      },
    ]);
    const result = await run("Enrich Address", "198.51.100.7");
    expect(out(result, "vt.results.status")).toBe("error");
    expect(out(result, "vt.results.status.message")).toContain("malicious");
  });

  it("SIGTERM during a run: exit 1 with the interrupt message", async () => {
    mock.setFaults([{ delayMs: 8_000, times: 100 }]);
    const result = await run(
      "Enrich Address",
      "198.51.100.7",
      { request_timeout: "20" },
      { launcher: { kind: "source", main: layout.main }, killAfterMs: 3_000 },
    );
    expect(result.exitCode).toBe(1);
    expect(result.messageTc).toMatch(/interrupt/i);
  }, 30_000);

  it("an unreachable proxy fails clearly and never leaks the proxy password", async () => {
    const port = await freePort();
    const result = await run(
      "Enrich Address",
      "198.51.100.7",
      {},
      {
        tcParams: {
          tc_token: TOKEN,
          tc_proxy_external: true,
          tc_proxy_host: "127.0.0.1",
          tc_proxy_port: port,
          tc_proxy_username: "proxyuser",
          tc_proxy_password: PROXY_PASSWORD,
          tc_log_level: "trace",
        },
      },
    );
    expect(out(result, "vt.results.status")).toBe("error");
  });
});

describe("platform faults", () => {
  /** Spawns the app entry the way the platform does, in a scratch cwd (message.tc falls back to ./message.tc). */
  async function spawnMain(env: Record<string, string>): Promise<{ code: number; messageTc: string; output: string }> {
    const cwd = await mkdtemp(path.join(tmpdir(), "enrichkit-main-"));
    try {
      // An absolute loader URL: the scratch cwd has no node_modules to resolve "tsx" from.
      const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), layout.main], {
        cwd,
        env: { PATH: process.env.PATH ?? "", NODE_PATH: path.resolve("node_modules"), ...env },
      });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      const code = await new Promise<number>((resolve) => child.once("close", (c) => resolve(c ?? 1)));
      const messageTc = await readFile(path.join(cwd, "message.tc"), "utf8").catch(() => "");
      return { code, messageTc, output };
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }

  it("missing parameter file: exit 1 naming TC_APP_PARAM_FILE", async () => {
    const { code, messageTc } = await spawnMain({
      TC_APP_PARAM_FILE: "/nonexistent/params.enc",
      TC_APP_PARAM_KEY: "0123456789abcdef",
    });
    expect(code).toBe(1);
    expect(messageTc).toContain("TC_APP_PARAM_FILE");
  });

  it("undecryptable parameter file: exit 1, the file is still deleted", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "enrichkit-param-"));
    const file = path.join(dir, "params.enc");
    await writeFile(file, Buffer.alloc(48, 7));
    const { code, messageTc } = await spawnMain({ TC_APP_PARAM_FILE: file, TC_APP_PARAM_KEY: "0123456789abcdef" });
    expect(code).toBe(1);
    expect(messageTc).toMatch(/TC_APP_PARAM_KEY|decrypt/i);
    expect(existsSync(file)).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });

  it("missing required param names it", async () => {
    const result = await run("Enrich Address", "198.51.100.7", { api_key: undefined });
    expect(result.exitCode).toBe(1);
    expect(result.messageTc).toContain("api_key");
  });

  it("unknown tc_action lists the valid actions", async () => {
    const result = await run("Enrich Everything", "198.51.100.7");
    expect(result.exitCode).toBe(1);
    expect(result.messageTc).toContain("tc_action");
  });

  it("Redis unreachable: exit 1 naming the host and port", async () => {
    const port = await freePort();
    const result = await run(
      "Enrich Address",
      "198.51.100.7",
      {},
      {
        tcParams: { tc_token: TOKEN, tc_kvstore_port: port },
      },
    ).catch((error: Error) => ({ error }));
    // The emulator itself stages via the real Redis; the app is pointed at a dead port.
    expect("exitCode" in result ? result.exitCode : -1).toBe(1);
    if ("messageTc" in result) expect(result.messageTc).toContain(String(port));
  });
});
