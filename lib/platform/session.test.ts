import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, connect as netConnect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { memoryLogger } from "./logger.js";
import {
  ExternalSession,
  type ExternalSessionOptions,
  maskValue,
  parseRateLimitReset,
  parseRetryAfter,
  TransportError,
} from "./session.js";

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** Starts a 127.0.0.1 server; `handler` gets the 1-based request number. Records arrival times. */
async function serve(handler: Handler): Promise<{ url: string; hits: number[]; server: Server }> {
  const hits: number[] = [];
  const server = createServer((req, res) => {
    hits.push(Date.now());
    handler(req, res, hits.length);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  cleanups.push(async () => server.closeAllConnections());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
}

function session(baseUrl: string, extra: Partial<ExternalSessionOptions> = {}) {
  const log = memoryLogger();
  const s = new ExternalSession({
    baseUrl,
    userAgent: "Enrichkit-Test/1.0",
    timeoutMs: 2_000,
    retries: 2,
    backoffMs: 10,
    concurrency: 4,
    verifySsl: true,
    log,
    ...extra,
  });
  cleanups.push(() => s.close());
  return { s, log };
}

const reply = (res: ServerResponse, status: number, body = "{}", headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body);
};

describe("ExternalSession retries", () => {
  it("retries a 500 and returns the following 200", async () => {
    const srv = await serve((_q, res, n) => reply(res, n === 1 ? 500 : 200, `{"n":${n}}`));
    const { s } = session(`${srv.url}/api/v3`);
    const r = await s.request({ method: "GET", path: "/ip_addresses/1.2.3.4" });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ n: 2 });
    expect(r.url).toBe(`${srv.url}/api/v3/ip_addresses/1.2.3.4`);
    expect(s.stats()).toMatchObject({ requests: 2, retries: 1 });
  });

  it("returns the last 502 after `retries` retries with exponential backoff", async () => {
    const srv = await serve((_q, res) => reply(res, 502, "bad gateway"));
    const { s, log } = session(srv.url, { retries: 3, backoffMs: 20 });
    const r = await s.request({ method: "GET", path: "x" });
    expect(r.status).toBe(502);
    expect(srv.hits).toHaveLength(4);
    const gaps = srv.hits.slice(1).map((t, i) => t - srv.hits[i]);
    expect(gaps[0]).toBeGreaterThanOrEqual(15);
    expect(gaps[2]).toBeGreaterThanOrEqual(70); // 20·2² = 80 ms, minus timer slack
    expect(s.stats()).toMatchObject({ requests: 4, retries: 3, waitedMs: 20 + 40 + 80 });
    expect(log.lines.filter((l) => l.startsWith("curl "))).toHaveLength(4);
  });

  it("does not retry a 404", async () => {
    const srv = await serve((_q, res) => reply(res, 404));
    const { s } = session(srv.url);
    expect((await s.request({ method: "GET", path: "/" })).status).toBe(404);
    expect(srv.hits).toHaveLength(1);
  });

  it("throws TransportError('connection') when the port refuses, after retrying", async () => {
    const srv = await serve((_q, res) => reply(res, 200));
    await new Promise<void>((resolve) => srv.server.close(() => resolve()));
    const { s } = session(srv.url, { retries: 1 });
    const error = await s.request({ method: "GET", path: "/" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).kind).toBe("connection");
    expect((error as TransportError).message).toMatch(/ECONNREFUSED/);
    expect(s.stats()).toMatchObject({ requests: 2, retries: 1 });
  });

  it("throws TransportError('timeout') when the server stalls", async () => {
    const srv = await serve(() => {}); // never answers
    const { s } = session(srv.url, { timeoutMs: 150, retries: 0 });
    const started = Date.now();
    const error = await s.request({ method: "GET", path: "/" }).catch((e: unknown) => e);
    expect((error as TransportError).kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe("ExternalSession 429 and rate-limit headers", () => {
  it("waits Retry-After seconds, then retries once", async () => {
    const srv = await serve((_q, res, n) =>
      n === 1 ? reply(res, 429, "{}", { "retry-after": "1" }) : reply(res, 200),
    );
    const { s } = session(srv.url);
    const r = await s.request({ method: "GET", path: "/" });
    expect(r.status).toBe(200);
    expect(srv.hits[1] - srv.hits[0]).toBeGreaterThanOrEqual(950);
    expect(s.stats()).toMatchObject({ throttled429: 1, retries: 1, waitedMs: 1000 });
  });

  it("waits until a Retry-After HTTP date", async () => {
    const at = new Date(Math.ceil((Date.now() + 1_200) / 1000) * 1000);
    const srv = await serve((_q, res, n) =>
      n === 1 ? reply(res, 429, "{}", { "retry-after": at.toUTCString() }) : reply(res, 200),
    );
    const { s } = session(srv.url);
    expect((await s.request({ method: "GET", path: "/" })).status).toBe(200);
    expect(srv.hits[1]).toBeGreaterThanOrEqual(at.getTime() - 50);
  });

  it("retries a 429 only once, and not at all when Retry-After exceeds maxRetryAfterMs", async () => {
    const srv = await serve((_q, res) => reply(res, 429, "{}", { "retry-after": "0" }));
    const { s } = session(srv.url);
    expect((await s.request({ method: "GET", path: "/" })).status).toBe(429);
    expect(srv.hits).toHaveLength(2);

    const slow = await serve((_q, res) => reply(res, 429, "{}", { "retry-after": "3600" }));
    const { s: s2 } = session(slow.url, { maxRetryAfterMs: 1_000 });
    expect((await s2.request({ method: "GET", path: "/" })).status).toBe(429);
    expect(slow.hits).toHaveLength(1);
  });

  it("without Retry-After waits the backoff before the one retry", async () => {
    const srv = await serve((_q, res, n) => reply(res, n === 1 ? 429 : 200));
    const { s } = session(srv.url, { backoffMs: 50 });
    expect((await s.request({ method: "GET", path: "/" })).status).toBe(200);
    expect(srv.hits[1] - srv.hits[0]).toBeGreaterThanOrEqual(45);
  });

  it("holds the next request until X-RateLimit-Reset when remaining hits the threshold", async () => {
    const srv = await serve((_q, res, n) =>
      reply(res, 200, "{}", n === 1 ? { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" } : {}),
    );
    const { s } = session(srv.url);
    await s.request({ method: "GET", path: "/" });
    await s.request({ method: "GET", path: "/" });
    expect(srv.hits[1] - srv.hits[0]).toBeGreaterThanOrEqual(950);
  });

  it("honours custom rate-limit header names, a threshold and an epoch reset", async () => {
    const reset = String(Math.ceil((Date.now() + 700) / 1000));
    const srv = await serve((_q, res, n) =>
      reply(res, 200, "{}", n === 1 ? { "ratelimit-left": "5", "ratelimit-at": reset } : {}),
    );
    const { s } = session(srv.url, {
      rateLimitHeaders: { remaining: "RateLimit-Left", reset: "RateLimit-At", threshold: 5 },
    });
    await s.request({ method: "GET", path: "/" });
    await s.request({ method: "GET", path: "/" });
    expect(srv.hits[1]).toBeGreaterThanOrEqual(Number(reset) * 1000 - 50);
  });
});

describe("ExternalSession limiter", () => {
  it("spaces requests evenly at ratePerMinute", async () => {
    const srv = await serve((_q, res) => reply(res, 200));
    const { s } = session(srv.url, { ratePerMinute: 600 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => s.request({ method: "GET", path: "/" })));
    // Starts are spaced 100 ms apart; arrival times jitter with load, so check the span, not each gap.
    expect(srv.hits.at(-1)! - srv.hits[0]).toBeGreaterThanOrEqual(350);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("keeps at most `concurrency` requests and scheduled tasks in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    const srv = await serve((_q, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        reply(res, 200);
      }, 40);
    });
    const { s } = session(srv.url, { concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => s.request({ method: "GET", path: "/" })));
    expect(peak).toBe(2);

    let tasks = 0;
    let taskPeak = 0;
    const task = async () => {
      tasks++;
      taskPeak = Math.max(taskPeak, tasks);
      await new Promise((r) => setTimeout(r, 20));
      tasks--;
    };
    await Promise.all(Array.from({ length: 6 }, () => s.schedule(task)));
    expect(taskPeak).toBe(2);
  });
});

describe("ExternalSession proxy, headers and masking", () => {
  it("tunnels through the proxy with Proxy-Authorization and never logs the password", async () => {
    const target = await serve((req, res) => reply(res, 500, JSON.stringify({ ua: req.headers["user-agent"] })));
    const seen: { line: string; auth?: string }[] = [];
    const proxy = createServer();
    proxy.on("connect", (req, client, head) => {
      seen.push({ line: `${req.method} ${req.url}`, auth: req.headers["proxy-authorization"] });
      const [host, port] = (req.url ?? "").split(":");
      const upstream = netConnect(Number(port), host, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    cleanups.push(async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    });
    const password = "p@ss:w/rd-S3cret";
    const { s, log } = session(target.url, {
      retries: 0,
      headers: { "x-apikey": "KEY-0123456789abcdef" },
      proxy: { host: "127.0.0.1", port: (proxy.address() as AddressInfo).port, username: "proxyuser", password },
    });
    const r = await s.request({ method: "GET", path: "/files/abc" });
    expect(r.status).toBe(500);
    expect(JSON.parse(r.text)).toEqual({ ua: "Enrichkit-Test/1.0" });
    const targetPort = new URL(target.url).port;
    expect(seen).toEqual([
      {
        line: `CONNECT 127.0.0.1:${targetPort}`,
        auth: `Basic ${Buffer.from(`proxyuser:${password}`).toString("base64")}`,
      },
    ]);
    const all = log.lines.join("\n");
    expect(all).toContain("feature=external-session, request-url=");
    expect(all).toContain("status_code=500");
    expect(all).toContain("'x-apikey: K****f'");
    expect(all).toContain("--proxy-user 'p****r:****'");
    expect(all).not.toContain("KEY-0123456789abcdef");
    expect(all).not.toContain(password);
    expect(all).not.toContain(encodeURIComponent(password));
    expect(all).not.toContain(Buffer.from(`proxyuser:${password}`).toString("base64"));
  });

  it("masks maskValues everywhere and logs curl for 2xx only with logCurl", async () => {
    const srv = await serve((_q, res) => reply(res, 200));
    const { s, log } = session(srv.url, { maskValues: ["tok-value-42"], logCurl: true });
    await s.request({ method: "POST", path: "/q?token=tok-value-42", headers: { "X-Custom": "plain" }, body: "{}" });
    expect(log.lines).toHaveLength(2);
    expect(log.lines[0]).toMatch(
      /^feature=external-session, request-url=.*\/q\?token=\*\*\*\*, status_code=200, elapsed=\d+ms$/,
    );
    expect(log.lines[1]).toContain("curl -X POST");
    expect(log.lines[1]).toContain("'x-custom: plain'");
    expect(log.lines[1]).toContain("-d '{}'");
    expect(log.lines.join("\n")).not.toContain("tok-value-42");

    const quiet = session(srv.url);
    await quiet.s.request({ method: "GET", path: "/" });
    expect(quiet.log.lines.some((l) => l.startsWith("curl"))).toBe(false);
  });
});

describe("header parsers", () => {
  it.each([
    ["5", 5_000],
    ["0.5", 500],
    ["", undefined],
    ["soon", undefined],
    [new Date(10_000).toUTCString(), 9_000],
  ])("parseRetryAfter(%j) = %j", (given, want) => {
    expect(parseRetryAfter(given, 1_000)).toBe(want);
  });

  it.each([
    ["30", 30_000],
    ["1700000060", 60_000],
    ["x", undefined],
  ])("parseRateLimitReset(%j) = %j", (given, want) => {
    expect(parseRateLimitReset(given, 1_700_000_000_000)).toBe(want);
  });

  it("masks as first char, ****, last char", () => {
    expect(maskValue("abcdef")).toBe("a****f");
    expect(maskValue("abc")).toBe("****");
  });
});
