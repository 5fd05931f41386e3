/**
 * The external request session: one HTTP client for every vendor call, modelled on TcEx's `ExternalSession`
 * (threatconnect.md §5). It knows nothing about any vendor: base URL, retries with backoff on 500/502/504 and
 * transport errors, 429 `Retry-After`, `X-RateLimit-*` pauses, a client-side rate limiter, bounded concurrency,
 * the `tc_proxy_*` proxy, and masked debug/curl log lines.
 */
import { gunzipSync } from "node:zlib";
import pLimit, { type LimitFunction } from "p-limit";
import { Agent, type Dispatcher, ProxyAgent, request as undiciRequest } from "undici";
import type { Logger } from "./logger.js";

/** How the session is configured; the runner fills it from `tc_proxy_*`, the app params and the vendor limits. */
export interface ExternalSessionOptions {
  /** Relative request paths are appended to this, e.g. `https://www.virustotal.com/api/v3`. */
  baseUrl: string;
  userAgent: string;
  /** Per attempt, covering connect, headers and body. */
  timeoutMs: number;
  /** Extra attempts after a 500/502/504 or a transport error. */
  retries: number;
  /** First backoff delay; attempt n waits `backoffMs·2^n`. Default 300 ms (TcEx `backoff_factor=0.3`). */
  backoffMs?: number;
  /** Client-side limit, evenly spaced; omitted or 0 = unlimited. */
  ratePerMinute?: number;
  /** Requests (and `schedule`d tasks) in flight at once. */
  concurrency: number;
  proxy?: { host: string; port: number; username?: string; password?: string };
  verifySsl: boolean;
  /** Sent on every request (e.g. the vendor's auth header). */
  headers?: Record<string, string>;
  log: Logger;
  /** Log every request as a curl command (`tc_log_curl`), not only failed ones. */
  logCurl?: boolean;
  /** Extra secret values to mask in debug lines. */
  maskValues?: string[];
  /** Rate-limit response headers; default `x-ratelimit-remaining` / `x-ratelimit-reset`, threshold 0. */
  rateLimitHeaders?: { remaining: string; reset: string; threshold?: number };
  /** Longest `Retry-After` or rate-limit reset worth waiting for; default 60 000 ms. */
  maxRetryAfterMs?: number;
}

/** A completed HTTP exchange (any status). */
export interface ExternalResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  text: string;
  elapsedMs: number;
  url: string;
}

/** One outgoing request; `path` is relative to `baseUrl` unless it is an absolute http(s) URL. */
export interface ExternalRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** The request never produced a response: it timed out or could not connect (after the retries). */
export class TransportError extends Error {
  readonly kind: "timeout" | "connection";
  readonly url: string;
  /** Short cause with no secrets, e.g. `ECONNREFUSED`. */
  readonly detail: string;

  constructor(kind: "timeout" | "connection", url: string, detail: string) {
    super(`${kind === "timeout" ? "Timed out" : "Connection failed"} requesting ${url}: ${detail}`);
    this.name = "TransportError";
    this.kind = kind;
    this.url = url;
    this.detail = detail;
  }
}

/** Counters for benchmarks and the run summary. */
export interface SessionStats {
  requests: number;
  retries: number;
  throttled429: number;
  /** Time spent sleeping for backoff, `Retry-After` and rate-limit resets (not limiter spacing). */
  waitedMs: number;
}

const RETRY_STATUSES = new Set([500, 502, 504]);
const SECRET_HEADER = /authorization|cookie|password|secret|session|token|username|apikey/i;
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

/** `abcdef` → `a****f`; short values are fully masked so nothing useful leaks. */
export function maskValue(value: string): string {
  return value.length > 4 ? `${value[0]}****${value[value.length - 1]}` : "****";
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into milliseconds from `now`; undefined when unusable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Parses a rate-limit reset: epoch seconds (large values) or seconds from now, into milliseconds from `now`. */
export function parseRateLimitReset(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value);
  // Anything after 2001-09-09 is an epoch timestamp; smaller numbers are a delay in seconds.
  return n > 1e9 ? Math.max(0, n * 1000 - now) : Math.round(n * 1000);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Joins a relative path to the base URL; absolute http(s) URLs pass through. */
function joinUrl(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** Header names are case-insensitive; lower-casing them lets a request override a session default. */
function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Flattens undici's header object to lower-case single strings. */
function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** Why an undici call failed, as a TransportError kind and a short detail with no secrets. */
function classifyTransportFailure(
  error: unknown,
  timedOut: boolean,
): { kind: "timeout" | "connection"; detail: string } {
  const err = error as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  const code = err?.code ?? err?.cause?.code ?? err?.name ?? "unknown";
  if (timedOut || TIMEOUT_CODES.has(code)) return { kind: "timeout", detail: code === "AbortError" ? "aborted" : code };
  return { kind: "connection", detail: code };
}

/** Session like TcEx's ExternalSession, on undici and p-limit. Create one per run; `close()` it at the end. */
export class ExternalSession {
  readonly #o: ExternalSessionOptions;
  readonly #dispatcher: Dispatcher;
  readonly #requestLimit: LimitFunction;
  readonly #taskLimit: LimitFunction;
  /** Client-side spacing between request starts (ms, fractional); 0 = unlimited. */
  readonly #minTime: number;
  /** `performance.now()` before which the next request may not start (client-side rate limit). */
  #nextStart = 0;
  /** Requests pass the rate limit one at a time, in order. */
  #gate: Promise<void> = Promise.resolve();
  readonly #secrets: string[];
  readonly #stats: SessionStats = { requests: 0, retries: 0, throttled429: 0, waitedMs: 0 };
  /** Epoch ms before which no request may start (set by rate-limit headers). */
  #blockedUntil = 0;

  constructor(o: ExternalSessionOptions) {
    this.#o = o;
    this.#secrets = this.#collectSecrets();
    for (const secret of this.#secrets) o.log.addSecret(secret);
    this.#dispatcher = this.#createDispatcher();
    // Fractional on purpose: rounding 10.2 ms up to 11 ms would cost 7 % of a 5,880/min licence.
    const minTime = o.ratePerMinute && o.ratePerMinute > 0 ? 60_000 / o.ratePerMinute : 0;
    this.#minTime = minTime;
    const maxConcurrent = Math.max(1, o.concurrency);
    // p-limit rather than a scheduler with timer ticks per job: at hundreds of requests per second the ticks added
    // ~2 ms of idle latency per request and kept every in-flight job alive across GC scavenges (measured).
    this.#requestLimit = pLimit(maxConcurrent);
    this.#taskLimit = pLimit(maxConcurrent);
  }

  /** Sends one request with retries, 429 and rate-limit handling. Throws only TransportError. */
  async request(r: ExternalRequest): Promise<ExternalResponse> {
    const url = joinUrl(this.#o.baseUrl, r.path);
    const backoffMs = this.#o.backoffMs ?? 300;
    let retried429 = false;
    // Bounded: `retries` transport/5xx retries plus one 429 retry plus the first attempt.
    for (let attempt = 0, failures = 0; attempt <= this.#o.retries + 1; attempt++) {
      let response: ExternalResponse;
      try {
        response = await this.#requestLimit(async () => {
          await this.#spaceOut();
          return this.#send(r, url);
        });
      } catch (error) {
        if (!(error instanceof TransportError) || failures >= this.#o.retries) throw error;
        await this.#wait(backoffMs * 2 ** failures++);
        this.#stats.retries++;
        continue;
      }
      if (response.status === 429 && !retried429) {
        this.#stats.throttled429++;
        const waitMs = parseRetryAfter(response.headers["retry-after"]) ?? backoffMs;
        if (waitMs > (this.#o.maxRetryAfterMs ?? 60_000)) return response;
        retried429 = true;
        await this.#wait(waitMs);
        this.#stats.retries++;
        continue;
      }
      if (!RETRY_STATUSES.has(response.status) || failures >= this.#o.retries) return response;
      await this.#wait(backoffMs * 2 ** failures++);
      this.#stats.retries++;
    }
    throw new Error("unreachable: retry loop exhausted");
  }

  /** Runs `fn` with at most `concurrency` tasks at once (one task per indicator of an array). */
  schedule<T>(fn: () => Promise<T>): Promise<T> {
    return this.#taskLimit(fn);
  }

  /** Releases connections; requests and tasks still queued are dropped. */
  async close(): Promise<void> {
    this.#requestLimit.clearQueue();
    this.#taskLimit.clearQueue();
    await this.#dispatcher.close();
  }

  /**
   * The client-side rate limit: request starts are spaced `minTime` apart, one at a time and in order. Timer
   * rounding (≤ 2 ms late) keeps the absolute schedule, so a 10.2 ms spacing does not drift to 11 ms; a later start
   * (a GC pause, a busy event loop) restarts the schedule from the real start, so missed slots are never caught up
   * in a burst that a vendor's sliding window would count.
   */
  async #spaceOut(): Promise<void> {
    if (this.#minTime <= 0) return;
    const previous = this.#gate;
    let release!: () => void;
    this.#gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      const now = performance.now();
      const start = Math.max(now, this.#nextStart);
      if (start > now) await sleep(start - now);
      const actual = performance.now();
      this.#nextStart = (actual - start > 2 ? actual : start) + this.#minTime;
    } finally {
      release();
    }
  }

  /** A copy of the counters. */
  stats(): SessionStats {
    return { ...this.#stats };
  }

  #collectSecrets(): string[] {
    const { proxy, maskValues = [] } = this.#o;
    const values = [...maskValues];
    if (proxy?.password) values.push(proxy.password, encodeURIComponent(proxy.password), this.#proxyToken() ?? "");
    return values.filter((v) => v.length > 0);
  }

  /** `Basic base64(user:pass)`; sent as a header so the password never sits in a URL an error could print. */
  #proxyToken(): string | undefined {
    const { proxy } = this.#o;
    if (!proxy?.username) return undefined;
    return `Basic ${Buffer.from(`${proxy.username}:${proxy.password ?? ""}`).toString("base64")}`;
  }

  #createDispatcher(): Dispatcher {
    const tls = this.#o.verifySsl ? {} : { rejectUnauthorized: false };
    const { proxy } = this.#o;
    if (!proxy) return new Agent({ connect: tls });
    return new ProxyAgent({ uri: `http://${proxy.host}:${proxy.port}`, token: this.#proxyToken(), requestTls: tls });
  }

  async #wait(ms: number): Promise<void> {
    if (ms <= 0) return;
    this.#stats.waitedMs += ms;
    await sleep(ms);
  }

  /** One attempt: waits for a rate-limit reset if needed, sends, reads the body, logs. */
  async #send(r: ExternalRequest, url: string): Promise<ExternalResponse> {
    await this.#wait(this.#blockedUntil - Date.now());
    const headers = lowerCaseKeys({ "user-agent": this.#o.userAgent, ...this.#o.headers, ...r.headers });
    const started = performance.now();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#o.timeoutMs);
    this.#stats.requests++;
    try {
      const res = await undiciRequest(url, {
        method: r.method,
        headers,
        body: r.body,
        dispatcher: this.#dispatcher,
        signal: controller.signal,
      });
      const responseHeaders = flattenHeaders(res.headers);
      const bytes = Buffer.from(await res.body.arrayBuffer());
      const text = (responseHeaders["content-encoding"] === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");
      const response = { status: res.statusCode, headers: responseHeaders, text, url, elapsedMs: 0 };
      response.elapsedMs = Math.round(performance.now() - started);
      this.#noteRateLimit(responseHeaders);
      this.#logExchange(r, url, headers, String(response.status), response.elapsedMs);
      return response;
    } catch (error) {
      const { kind, detail } = classifyTransportFailure(error, timedOut);
      this.#logExchange(r, url, headers, kind, Math.round(performance.now() - started));
      throw new TransportError(kind, this.#mask(url), detail);
    } finally {
      clearTimeout(timer);
    }
  }

  /** After an OK response that says the budget is spent, hold the next request until the reset. */
  #noteRateLimit(headers: Record<string, string>): void {
    const names = this.#o.rateLimitHeaders ?? { remaining: "x-ratelimit-remaining", reset: "x-ratelimit-reset" };
    const remaining = Number(headers[names.remaining.toLowerCase()]);
    if (headers[names.remaining.toLowerCase()] === undefined || Number.isNaN(remaining)) return;
    if (remaining > (names.threshold ?? 0)) return;
    const resetMs = parseRateLimitReset(headers[names.reset.toLowerCase()]);
    if (resetMs === undefined) return;
    this.#blockedUntil = Date.now() + Math.min(resetMs, this.#o.maxRetryAfterMs ?? 60_000);
  }

  #logExchange(
    r: ExternalRequest,
    url: string,
    headers: Record<string, string>,
    status: string,
    elapsed: number,
  ): void {
    const log = this.#o.log;
    // Called for every request: build and mask the lines only when debug lines are kept.
    if (!log.isEnabled("debug")) return;
    log.debug(this.#mask(`feature=external-session, request-url=${url}, status_code=${status}, elapsed=${elapsed}ms`));
    if (this.#o.logCurl || !/^2\d\d$/.test(status)) log.debug(this.#mask(this.#toCurl(r, url, headers)));
  }

  /** The request as a curl command with secret headers masked (TcEx `requests_to_curl`). */
  #toCurl(r: ExternalRequest, url: string, headers: Record<string, string>): string {
    const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const parts = ["curl", "-X", r.method];
    for (const name of Object.keys(headers).sort()) {
      const value = SECRET_HEADER.test(name) ? maskValue(headers[name]) : headers[name];
      parts.push("-H", quote(`${name}: ${value}`));
    }
    const { proxy } = this.#o;
    if (proxy) parts.push("--proxy", quote(`http://${proxy.host}:${proxy.port}`));
    if (proxy?.username) parts.push("--proxy-user", quote(`${maskValue(proxy.username)}:****`));
    if (!this.#o.verifySsl) parts.push("--insecure");
    if (r.body !== undefined) parts.push("-d", quote(r.body));
    parts.push(quote(url));
    return parts.join(" ");
  }

  /** Replaces every configured secret value with `****`. */
  #mask(text: string): string {
    let out = text;
    for (const secret of this.#secrets) out = out.split(secret).join("****");
    return out;
  }
}
