import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { memoryLogger } from "../../../lib/platform/logger.js";
import { ExternalSession } from "../../../lib/platform/session.js";
import { type MockVirusTotal, startMockVirusTotal } from "../../mock/virustotal-server.js";
import { type LookupFailure, lookup } from "./client.js";

const silent = memoryLogger();

let mock: MockVirusTotal;
const sessions: ExternalSession[] = [];

beforeAll(async () => {
  mock = await startMockVirusTotal({ apiKey: "test-key" });
  return () => mock.close();
});

afterEach(async () => {
  mock.setFaults([]);
  while (sessions.length) await sessions.pop()?.close();
});

function session(timeoutMs = 2_000) {
  const s = new ExternalSession({
    baseUrl: "http://127.0.0.1:9/unused",
    userAgent: "test",
    timeoutMs,
    retries: 1,
    backoffMs: 5,
    concurrency: 2,
    verifySsl: true,
    log: silent,
  });
  sessions.push(s);
  return s;
}

const opts = () => ({ apiUrl: mock.url, apiKey: "test-key" });

describe("lookup", () => {
  it("returns the validated report and the raw body", async () => {
    const r = await lookup(session(), "Address", "198.51.100.7", opts());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.data.id).toBe("198.51.100.7");
    expect(JSON.parse(r.raw)).toEqual(r.report);
  });

  it("uses the session's base URL when no apiUrl is given", async () => {
    const s = new ExternalSession({
      baseUrl: mock.url,
      userAgent: "test",
      timeoutMs: 2_000,
      retries: 0,
      concurrency: 1,
      verifySsl: true,
      headers: { "x-apikey": "test-key" },
      log: silent,
    });
    sessions.push(s);
    expect((await lookup(s, "Host", "malware.example.net")).ok).toBe(true);
  });

  type FailureCase = [
    string,
    {
      faults?: Parameters<MockVirusTotal["setFaults"]>[0];
      type?: "Address" | "Host";
      value?: string;
      key?: string;
      want: Partial<LookupFailure>;
    },
  ];
  const failures: FailureCase[] = [
    [
      "404 → NotFound",
      {
        type: "Host",
        value: "unknown.example.com",
        want: { errorClass: "NotFound", status: 404, code: "NotFoundError" },
      },
    ],
    [
      "401 → WrongCredentials",
      { key: "nope", want: { errorClass: "WrongCredentials", status: 401, code: "WrongCredentialsError" } },
    ],
    [
      "403 → Forbidden",
      { faults: [{ status: 403 }], want: { errorClass: "Forbidden", status: 403, code: "ForbiddenError" } },
    ],
    [
      "400 → BadRequest",
      {
        faults: [{ status: 400, body: '{"error":{"code":"InvalidArgumentError","message":"bad id"}}' }],
        want: { errorClass: "BadRequest", code: "InvalidArgumentError" },
      },
    ],
    [
      "429 twice → QuotaExceeded",
      { faults: [{ status: 429, retryAfter: "0" }], want: { errorClass: "QuotaExceeded", status: 429 } },
    ],
    [
      "persistent 503 → VendorUnavailable",
      { faults: [{ status: 503 }], want: { errorClass: "VendorUnavailable", status: 503, code: "TransientError" } },
    ],
    [
      "502 HTML page → VendorUnavailable without a code",
      {
        faults: [{ status: 502, body: "<html>bad gateway</html>" }],
        want: { errorClass: "VendorUnavailable", code: undefined },
      },
    ],
    [
      "418 → UnexpectedStatus",
      { faults: [{ status: 418, body: "" }], want: { errorClass: "UnexpectedStatus", status: 418 } },
    ],
    [
      "200 not JSON → MalformedResponse",
      { faults: [{ malformed: true }], want: { errorClass: "MalformedResponse", status: 200 } },
    ],
    [
      "schema mismatch names the JSON path",
      {
        value: "192.0.2.66",
        want: {
          errorClass: "SchemaMismatch",
          message: expect.stringContaining("at data.attributes.last_analysis_stats.malicious:"),
        },
      },
    ],
  ];

  it.each(failures)("%s", async (_name, c) => {
    mock.setFaults(c.faults ?? []);
    const r = await lookup(session(), c.type ?? "Address", c.value ?? "198.51.100.7", {
      apiUrl: mock.url,
      apiKey: c.key ?? "test-key",
    });
    expect(r.ok).toBe(false);
    expect(r).toMatchObject(c.want);
    expect((r as LookupFailure).message).not.toMatch(/\{\w+\}/);
    expect((r as LookupFailure).message).not.toContain("test-key");
  });

  it("a recovered 500 still yields the report", async () => {
    mock.setFaults([{ status: 500, times: 1 }]);
    expect((await lookup(session(), "Address", "198.51.100.7", opts())).ok).toBe(true);
  });

  it("maps transport failures to Timeout and ConnectionFailed", async () => {
    mock.setFaults([{ delayMs: 400 }]);
    const slow = await lookup(session(100), "Address", "198.51.100.7", opts());
    expect(slow).toMatchObject({ ok: false, errorClass: "Timeout" });
    const refused = await lookup(session(), "Address", "198.51.100.7", { apiUrl: "http://127.0.0.1:9/api/v3" });
    expect(refused).toMatchObject({
      ok: false,
      errorClass: "ConnectionFailed",
      message: expect.stringContaining("ECONNREFUSED"),
    });
  });
});
