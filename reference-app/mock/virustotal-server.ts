/**
 * A fixture-backed mock of VirusTotal API v3 on 127.0.0.1 for tests, the emulator, docs samples and benchmarks.
 * It answers like VirusTotal does (virustotal.md §3–§4): JSON error bodies, 401 for a wrong key, 404 for unknown
 * ids, 429 `QuotaExceededError` without rate headers. Faults (status, body, Retry-After, delay, malformed JSON)
 * are injected in order, each a given number of times.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { classifyIndicator, type VtIndicatorType, vtIndicatorKinds } from "../src/virustotal/indicators.js";

/** One injected fault. Without `status`, `body` and `malformed` it only delays the normal answer. */
export interface Fault {
  /** Applies to request paths containing this (e.g. `/files/`); omitted = every path. */
  match?: string;
  /** How many requests it affects; omitted = every matching request. */
  times?: number;
  status?: number;
  /** Raw body; defaults to the VirusTotal error body for `status`. */
  body?: string;
  retryAfter?: string;
  delayMs?: number;
  /** Answer with a truncated, non-JSON body (status 200 unless `status` is set). */
  malformed?: boolean;
  headers?: Record<string, string>;
}

/** Options of `startMockVirusTotal`. */
export interface MockVirusTotalOptions {
  /** Directory of `<type>-<id>.json` fixtures; defaults to `reference-app/fixtures`. */
  fixturesDir?: string;
  /** When set, requests must carry this `x-apikey`. */
  apiKey?: string;
  /** Requests allowed in any sliding 1 s window; over it → 429. */
  ratePerSecond?: number;
  /** Generate a deterministic report for any valid id that has no fixture. */
  synthetic?: boolean;
  faults?: Fault[];
  /** Default 0: any free port. */
  port?: number;
}

/** Request counters. `byPath` is keyed by the path below `/api/v3`. */
export interface MockStats {
  requests: number;
  rejected429: number;
  /** Arrival times (ms since epoch) of the first and the latest request, for throughput figures. */
  firstAt?: number;
  lastAt?: number;
  byPath: Record<string, number>;
}

/** A running mock. */
export interface MockVirusTotal {
  /** Base URL ending in `/api/v3`. */
  url: string;
  stats: MockStats;
  setFaults(faults: Fault[]): void;
  close(): Promise<void>;
}

interface Fixture {
  request: { path: string };
  status: number;
  body: unknown;
}

interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

const API_PREFIX = "/api/v3";
const DEFAULT_FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const ERROR_CODES: Record<number, string> = {
  400: "BadRequestError",
  401: "WrongCredentialsError",
  403: "ForbiddenError",
  404: "NotFoundError",
  429: "QuotaExceededError",
  500: "InternalError",
  502: "BadGatewayError",
  503: "TransientError",
  504: "DeadlineExceededError",
};

/** VirusTotal's error body. */
export function errorBody(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

function errorAnswer(status: number, message: string, code = ERROR_CODES[status] ?? "UnknownError"): Answer {
  return { status, body: errorBody(code, message) };
}

/** Reads every `*.json` fixture, keyed by its request path. */
export function loadFixtures(dir: string): Map<string, Fixture> {
  const fixtures = new Map<string, Fixture>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const fixture = JSON.parse(readFileSync(join(dir, name), "utf8")) as Fixture;
    if (typeof fixture?.request?.path !== "string" || typeof fixture.status !== "number") {
      throw new Error(
        `fixture ${name}: needs "request.path" (string) and "status" (number), e.g. {"request":{"path":"/domains/x.example"},"status":200,"body":{}}`,
      );
    }
    fixtures.set(fixture.request.path, fixture);
  }
  return fixtures;
}

const COLLECTIONS = Object.fromEntries(
  Object.entries(vtIndicatorKinds).map(([type, kind]) => [kind.collection, type as VtIndicatorType]),
);

/** Splits `/files/<id>` into the indicator type and the indicator text (URL ids are base64url-decoded). */
function parseLookupPath(path: string): { type: VtIndicatorType; value: string; id: string } | undefined {
  const match = /^\/([a-z_]+)\/([^/?]+)$/.exec(path);
  const type = match ? COLLECTIONS[match[1]] : undefined;
  if (!match || !type) return undefined;
  const id = decodeURIComponent(match[2]);
  const value = type === "URL" ? Buffer.from(id, "base64url").toString("utf8") : id;
  return classifyIndicator(value) === type ? { type, value, id } : undefined;
}

/** A stable pseudo-random byte source from the id, so synthetic reports never change between runs. */
function seedBytes(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** A schema-valid report for any valid id: same id → same report. About a third of them are detected. */
export function syntheticReport(type: VtIndicatorType, value: string): unknown {
  const b = seedBytes(`${type}:${value}`);
  const malicious = b[0] % 3 === 0 ? b[1] % 40 : 0;
  const stats = {
    harmless: 50 + (b[2] % 20),
    malicious,
    suspicious: b[3] % 3,
    timeout: 0,
    undetected: 10 + (b[4] % 15),
  };
  const shared = {
    last_analysis_date: 1_716_000_000 + b.readUInt16BE(5),
    last_modification_date: 1_716_100_000 + b.readUInt16BE(7),
    last_analysis_results: {},
    reputation: malicious > 0 ? -(b[9] % 50) : b[9] % 5,
    tags: [],
    total_votes: { harmless: b[10] % 5, malicious: malicious > 0 ? b[11] % 5 : 0 },
  };
  const kind = vtIndicatorKinds[type];
  const sha256 = type === "File" && value.length === 64 ? value.toLowerCase() : seedBytes(value).toString("hex");
  const id = type === "URL" || type === "File" ? sha256 : value;
  const byType: Record<VtIndicatorType, Record<string, unknown>> = {
    Address: { as_owner: `EXAMPLE-AS-${b[12]}`, asn: 64_512 + b[12], country: "NL", last_analysis_stats: stats },
    Host: { registrar: "Example Registrar, Inc.", categories: {}, popularity_ranks: {}, last_analysis_stats: stats },
    URL: { url: value, last_final_url: value, title: "Example page", last_analysis_stats: stats },
    File: {
      sha256,
      md5: value.length === 32 ? value.toLowerCase() : createHash("md5").update(value).digest("hex"),
      size: 1_024 + b.readUInt16BE(13),
      type_description: "Win32 EXE",
      last_analysis_stats: { ...stats, "confirmed-timeout": 0, failure: 0, "type-unsupported": b[15] % 4 },
    },
  };
  return {
    data: {
      id,
      type: kind.objectType,
      links: { self: `https://www.virustotal.com/api/v3/${kind.collection}/${id}` },
      attributes: { ...shared, ...byType[type] },
    },
  };
}

/** Answers an injected fault. Returns undefined for a delay-only fault (serve normally afterwards). */
function faultAnswer(fault: Fault): Answer | undefined {
  const headers = { ...fault.headers, ...(fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {}) };
  if (fault.malformed) return { status: fault.status ?? 200, body: '{"data": {"id": "trunc', headers };
  if (fault.status === undefined && fault.body === undefined) return undefined;
  const status = fault.status ?? 500;
  const body = fault.body ?? errorBody(ERROR_CODES[status] ?? "UnknownError", `Injected fault: HTTP ${status}`);
  return { status, body, headers };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts the mock on 127.0.0.1. Close it when done. */
export async function startMockVirusTotal(options: MockVirusTotalOptions = {}): Promise<MockVirusTotal> {
  const fixtures = loadFixtures(options.fixturesDir ?? DEFAULT_FIXTURES);
  const stats: MockStats = { requests: 0, rejected429: 0, byPath: {} };
  let faults = (options.faults ?? []).map((f) => ({ ...f }));
  const window: number[] = [];

  /** Sliding 1 s window of accepted requests. */
  function overRate(): boolean {
    if (!options.ratePerSecond) return false;
    const now = Date.now();
    while (window.length && window[0] <= now - 1000) window.shift();
    if (window.length >= options.ratePerSecond) return true;
    window.push(now);
    return false;
  }

  function takeFault(path: string): Fault | undefined {
    const fault = faults.find((f) => (f.match === undefined || path.includes(f.match)) && (f.times ?? 1) > 0);
    if (fault?.times !== undefined) fault.times--;
    return fault;
  }

  function authAnswer(req: IncomingMessage): Answer | undefined {
    if (options.apiKey === undefined) return undefined;
    const key = req.headers["x-apikey"];
    if (key === undefined || key === "") {
      return errorAnswer(401, "X-Apikey header is missing", "AuthenticationRequiredError");
    }
    return key === options.apiKey ? undefined : errorAnswer(401, "Wrong API key", "WrongCredentialsError");
  }

  function lookupAnswer(path: string): Answer {
    const fixture = fixtures.get(path);
    if (fixture) return { status: fixture.status, body: JSON.stringify(fixture.body) };
    const parsed = parseLookupPath(path);
    if (options.synthetic && parsed)
      return { status: 200, body: JSON.stringify(syntheticReport(parsed.type, parsed.value)) };
    return errorAnswer(404, `Resource "${parsed?.id ?? path}" not found`);
  }

  async function answer(req: IncomingMessage, path: string): Promise<Answer> {
    if (req.method !== "GET") return errorAnswer(400, `Method ${req.method} is not supported by the mock`);
    const fault = takeFault(path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    const injected = fault && faultAnswer(fault);
    if (injected) return injected;
    const denied = authAnswer(req);
    if (denied) return denied;
    if (overRate()) {
      stats.rejected429++;
      return errorAnswer(429, "Quota exceeded");
    }
    return lookupAnswer(path);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests++;
    stats.lastAt = Date.now();
    stats.firstAt ??= stats.lastAt;
    const rawPath = (req.url ?? "/").split("?")[0];
    if (!rawPath.startsWith(`${API_PREFIX}/`)) {
      res.writeHead(404, { "content-type": "application/json" }).end(errorBody("NotFoundError", "Not an API v3 path"));
      return;
    }
    const path = rawPath.slice(API_PREFIX.length);
    stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;
    const a = await answer(req, path);
    if (res.destroyed) return;
    res.writeHead(a.status, { "content-type": "application/json; charset=utf-8", ...a.headers }).end(a.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(errorBody("InternalError", String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${API_PREFIX}`,
    stats,
    setFaults(next) {
      faults = next.map((f) => ({ ...f }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** CLI: `tsx reference-app/mock/virustotal-server.ts --port 8765 --api-key x [--rate 4] [--synthetic] [--fixtures dir]`. */
export async function main(argv = process.argv.slice(2)): Promise<MockVirusTotal> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "0" },
      "api-key": { type: "string" },
      rate: { type: "string" },
      synthetic: { type: "boolean", default: false },
      fixtures: { type: "string" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535, e.g. --port 8765 (got "${values.port}")`);
  }
  const mock = await startMockVirusTotal({
    port,
    apiKey: values["api-key"],
    ratePerSecond: values.rate === undefined ? undefined : Number(values.rate),
    synthetic: values.synthetic,
    fixturesDir: values.fixtures,
  });
  process.stdout.write(`${mock.url}\n`);
  const stop = () => void mock.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return mock;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
