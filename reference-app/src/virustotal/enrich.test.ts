import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { appliesTo, type EnrichContext } from "../../../lib/define-app.js";
import { AppError } from "../../../lib/platform/errors.js";
import { memoryLogger } from "../../../lib/platform/logger.js";
import { ExternalSession } from "../../../lib/platform/session.js";
import { type MockVirusTotal, startMockVirusTotal } from "../../mock/virustotal-server.js";
import { app } from "../app.js";
import { enrichIndicator, invalidResult, type VtParams, type VtResult } from "./enrich.js";

const API_KEY = "vt-secret-key-0123456789";
const log = memoryLogger();
const lines = log.lines;

let mock: MockVirusTotal;
let session: ExternalSession;

beforeAll(async () => {
  mock = await startMockVirusTotal({ apiKey: API_KEY });
  session = new ExternalSession({
    baseUrl: mock.url,
    userAgent: "Google VirusTotal Enrichment/1.0.0",
    timeoutMs: 2_000,
    retries: 1,
    backoffMs: 5,
    concurrency: 4,
    verifySsl: true,
    log,
  });
});
afterAll(async () => {
  await session.close();
  await mock.close();
});
afterEach(() => {
  mock.setFaults([]);
  lines.length = 0;
});

function ctx(action: string, params: Partial<VtParams> = {}, requested = true): EnrichContext<VtParams> {
  return {
    action,
    session,
    log,
    isRequested: () => requested,
    params: {
      indicator: "",
      api_key: API_KEY,
      api_url: mock.url,
      malicious_threshold: "10",
      fail_on_error: false,
      rate_limit_per_minute: "600",
      request_timeout: "30",
      verify_ssl: true,
      tc_action: action,
      ...params,
    },
  };
}

/** Output values the app computes from these results, by `name!type`. */
function outputs(results: VtResult[], action: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const o of app.outputs.filter((d) => appliesTo(d, action))) {
    out[`${o.name}!${o.type}`] = o.value(results);
  }
  return out;
}

describe("enrichIndicator on each action's example fixture", () => {
  it.each(app.actions.map((a) => [a.name, a] as const))("%s", async (name, action) => {
    const result = await enrichIndicator({ value: action.example.indicator, index: 0 }, ctx(name));
    expect(result.status).toBe("ok");
    expect(result.raw).toBeDefined();
    const out = outputs([result], name);
    expect(out["vt.results.status!String"]).toBe("ok");
    expect(out["vt.results.rating!String"]).toMatch(/^[0-5]$/);
    expect(out["vt.results.link!String"]).toMatch(/^https:\/\/www\.virustotal\.com\/gui\//);
    expect(Number(out["vt.results.attributes.count!String"])).toBeGreaterThanOrEqual(3);
    for (const [key, value] of Object.entries(out)) {
      if (key.startsWith("vt.results.") && key.endsWith("!String") && !key.includes("reputation")) {
        expect(value, key).toBeTypeOf("string");
      }
    }
    expect(JSON.stringify(out)).not.toContain(API_KEY);
  });

  it("fills the type-specific outputs", async () => {
    const file = await enrichIndicator({ value: "44d88612fea8a8f36de82e1278abb02f", index: 0 }, ctx("Enrich File"));
    const out = outputs([file], "Enrich File");
    expect(out["vt.results.file.sha256!String"]).toBe(
      "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
    );
    expect(out["vt.results.file.threat_label!String"]).toBe("virus.eicar/test");
    expect(out["vt.results.malicious.count!String"]).toBe("62");
    const ip = await enrichIndicator({ value: "198.51.100.7", index: 0 }, ctx("Enrich Address"));
    expect(outputs([ip], "Enrich Address")["vt.results.address.country!String"]).toBe("NL");
  });

  it("applies the Malicious Threshold param", async () => {
    const strict = await enrichIndicator(
      { value: "198.51.100.7", index: 0 },
      ctx("Enrich Address", { malicious_threshold: "20" }),
    );
    expect(strict.enrichment?.rating).toBe(3);
  });
});

describe("enrichIndicator item statuses", () => {
  it("a 404 is not_found with rating 0 and confidence 0", async () => {
    const r = await enrichIndicator({ value: "unknown.example.com", index: 0 }, ctx("Enrich Host"));
    expect(r).toMatchObject({ status: "not_found", errorClass: "NotFound", enrichment: { rating: 0, confidence: 0 } });
    expect(outputs([r], "Enrich Host")["vt.results.error.count!String"]).toBe("0");
  });

  it("rejects text that is no indicator before any call", async () => {
    const before = mock.stats.requests;
    const r = await enrichIndicator({ value: "not an indicator", index: 3 }, ctx("Enrich Host"));
    expect(r).toMatchObject({ status: "invalid", errorClass: "InvalidIndicator", indicator: "not an indicator" });
    expect(r.message).toContain('"not an indicator"');
    expect(mock.stats.requests).toBe(before);
  });

  it("rejects an indicator of another type than the action's", async () => {
    const r = await enrichIndicator({ value: "44d88612fea8a8f36de82e1278abb02f", index: 0 }, ctx("Enrich Address"));
    expect(r).toMatchObject({ status: "invalid", errorClass: "UnsupportedIndicatorType" });
    expect(r.message).toBe(
      'Indicator "44d88612fea8a8f36de82e1278abb02f" is a File; the action "Enrich Address" enriches Address indicators only.',
    );
  });

  it("a TCEntity type overrides the guess from the text", async () => {
    const r = await enrichIndicator({ value: "198.51.100.7", type: "Host", index: 0 }, ctx("Enrich Address"));
    expect(r).toMatchObject({ status: "invalid", errorClass: "UnsupportedIndicatorType" });
  });

  it("keeps the raw body only when a playbook requested the raw-response output", async () => {
    const wanted = await enrichIndicator({ value: "198.51.100.7", index: 0 }, ctx("Enrich Address"));
    const unwanted = await enrichIndicator({ value: "198.51.100.7", index: 0 }, ctx("Enrich Address", {}, false));
    expect(wanted.raw).toContain('"ip_address"');
    expect(unwanted.raw).toBeUndefined();
    expect(unwanted.enrichment).toEqual(wanted.enrichment);
  });

  it("vendor failures are item errors without the raw body", async () => {
    mock.setFaults([{ status: 503 }]);
    const r = await enrichIndicator({ value: "198.51.100.7", index: 0 }, ctx("Enrich Address"));
    expect(r).toMatchObject({ status: "error", errorClass: "VendorUnavailable" });
    expect(r.raw).toBeUndefined();
    expect(outputs([r], "Enrich Address")["vt.results.error.count!String"]).toBe("1");
    expect(lines.some((l) => l.includes("error_class=VendorUnavailable"))).toBe(true);
  });

  it("a rejected key throws a batch-fatal AppError (exit 4) that never shows the key", async () => {
    const error = await enrichIndicator(
      { value: "198.51.100.7", index: 0 },
      ctx("Enrich Address", { api_key: "wrong-key-value-1234" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError).toMatchObject({ errorClass: "WrongCredentials", exitCode: 4 });
    expect(appError.display).toContain("API key");
    expect(appError.display).not.toContain("wrong-key-value-1234");
    expect(lines.join("\n")).not.toContain("wrong-key-value-1234");
  });

  it("invalidResult builds an invalid item", () => {
    expect(invalidResult({ value: "x", index: 0 }, "InvalidIndicator", "bad")).toEqual({
      indicator: "x",
      status: "invalid",
      errorClass: "InvalidIndicator",
      message: "bad",
    });
  });
});
