import { afterEach, describe, expect, it } from "vitest";
import { classifyIndicator, reportPath } from "../src/virustotal/indicators.js";
import { vtSchemas } from "../src/virustotal/schemas.js";
import { type MockVirusTotal, startMockVirusTotal, syntheticReport } from "./virustotal-server.js";

const running: MockVirusTotal[] = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});

async function start(options: Parameters<typeof startMockVirusTotal>[0] = {}) {
  const mock = await startMockVirusTotal(options);
  running.push(mock);
  return mock;
}

async function get(base: string, path: string, key?: string) {
  const res = await fetch(`${base}${path}`, { headers: key === undefined ? {} : { "x-apikey": key } });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers };
}

describe("mock VirusTotal", () => {
  it("serves fixtures by request path on 127.0.0.1 under /api/v3", async () => {
    const mock = await start({ apiKey: "k" });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    const r = await get(mock.url, reportPath("URL", "http://phish.example.org/login"), "k");
    expect(r.status).toBe(200);
    const body = vtSchemas.UrlReport.parse(JSON.parse(r.text));
    expect(body.data.attributes.url).toBe("http://phish.example.org/login");
    const file = await get(mock.url, "/files/44d88612fea8a8f36de82e1278abb02f", "k");
    expect(JSON.parse(file.text).data.id).toMatch(/^275a021b/);
    expect(mock.stats).toMatchObject({ requests: 2, rejected429: 0 });
    expect(mock.stats.byPath["/files/44d88612fea8a8f36de82e1278abb02f"]).toBe(1);
  });

  it("answers unknown ids with 404 NotFoundError, and serves the 404 fixture", async () => {
    const mock = await start();
    for (const path of ["/domains/never-seen.example.com", "/domains/unknown.example.com", "/nothing/here"]) {
      const r = await get(mock.url, path);
      expect(r.status).toBe(404);
      expect(JSON.parse(r.text).error.code).toBe("NotFoundError");
    }
  });

  it("rejects a missing key (AuthenticationRequiredError) and a wrong key (WrongCredentialsError) with 401", async () => {
    const mock = await start({ apiKey: "right" });
    const missing = await get(mock.url, "/ip_addresses/198.51.100.7");
    const wrong = await get(mock.url, "/ip_addresses/198.51.100.7", "wrong");
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect(JSON.parse(missing.text).error.code).toBe("AuthenticationRequiredError");
    expect(JSON.parse(wrong.text).error.code).toBe("WrongCredentialsError");
    expect(wrong.text).not.toContain("right");
  });

  it("answers 429 QuotaExceededError without rate headers over ratePerSecond, in a sliding 1 s window", async () => {
    const mock = await start({ ratePerSecond: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(mock.url, "/ip_addresses/198.51.100.7")).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await get(mock.url, "/ip_addresses/198.51.100.7");
    expect(JSON.parse(limited.text).error.code).toBe("QuotaExceededError");
    expect(limited.headers.get("retry-after")).toBeNull();
    expect([...limited.headers.keys()].some((h) => h.startsWith("x-ratelimit"))).toBe(false);
    expect(mock.stats.rejected429).toBe(3);
    await new Promise((r) => setTimeout(r, 1_050));
    expect((await get(mock.url, "/ip_addresses/198.51.100.7")).status).toBe(200);
  });

  it("applies faults in order, each `times` times, filtered by path", async () => {
    const mock = await start({
      faults: [
        { match: "/files/", times: 1, status: 503 },
        { times: 2, status: 429, retryAfter: "7" },
        { times: 1, malformed: true },
        { times: 1, status: 502, body: "<html>Bad gateway</html>", headers: { "x-proxy": "edge" } },
        { times: 1, delayMs: 150 },
      ],
    });
    const path = "/ip_addresses/198.51.100.7";
    const first = await get(mock.url, path);
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("7");
    expect(JSON.parse(first.text).error.code).toBe("QuotaExceededError");
    expect((await get(mock.url, "/files/44d88612fea8a8f36de82e1278abb02f")).status).toBe(503);
    expect((await get(mock.url, path)).status).toBe(429);
    const malformed = await get(mock.url, path);
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.text)).toThrow();
    const html = await get(mock.url, path);
    expect([html.status, html.text, html.headers.get("x-proxy")]).toEqual([502, "<html>Bad gateway</html>", "edge"]);
    const started = Date.now();
    expect((await get(mock.url, path)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await get(mock.url, path)).status).toBe(200);

    mock.setFaults([{ status: 500 }]);
    expect((await get(mock.url, path)).status).toBe(500);
    expect((await get(mock.url, path)).status).toBe(500);
  });

  it("synthetic: any valid id gets a deterministic, schema-valid report; invalid ids stay 404", async () => {
    const mock = await start({ synthetic: true });
    const cases = [
      ["Address", "203.0.113.9", "IpAddressReport"],
      ["Host", "bulk-17.example.org", "DomainReport"],
      ["URL", "https://bulk.example.org/p?q=1", "UrlReport"],
      ["File", "d41d8cd98f00b204e9800998ecf8427e", "FileReport"],
    ] as const;
    for (const [type, value, schema] of cases) {
      const a = await get(mock.url, reportPath(type, value));
      const b = await get(mock.url, reportPath(type, value));
      expect(a.status).toBe(200);
      expect(a.text).toBe(b.text);
      expect(vtSchemas[schema].safeParse(JSON.parse(a.text)).success).toBe(true);
    }
    expect((await get(mock.url, "/ip_addresses/198.51.100.7")).text).toContain("EXAMPLE-HOSTING-AS"); // fixture wins
    expect((await get(mock.url, "/files/not-a-hash")).status).toBe(404);
    expect((await get(mock.url, "/ip_addresses/999.1.1.1")).status).toBe(404);
  });

  it("synthetic reports vary across 10,000 ids and some are detected", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.1`);
    expect(ids.every((ip) => classifyIndicator(ip) === "Address")).toBe(true);
    const malicious = ids.map(
      (ip) =>
        (syntheticReport("Address", ip) as { data: { attributes: { last_analysis_stats: { malicious: number } } } })
          .data.attributes.last_analysis_stats.malicious,
    );
    const detected = malicious.filter((m) => m > 0).length;
    expect(detected).toBeGreaterThan(2_000);
    expect(detected).toBeLessThan(5_000);
  });
});
