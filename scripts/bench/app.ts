/**
 * Benchmark of the app as it ships (the esbuild bundle, spawned like the launcher does), in one run:
 *  1. cold start — spawn → outputs in Redis and `message.tc` written, one indicator against the local mock — as a
 *     ratio to a bare `node -e ''` spawned the same way (issue target ≤ 3×);
 *  2. bulk — 1,000 indicators against a mock that allows R requests/s: throughput as a share of R (target ≥ 95 %)
 *     and the 429s the mock had to send (target 0);
 *  3. memory — peak RSS of the bulk run at 1,000 and 10,000 indicators (target: growth < 50 MB).
 * Usage: `npm run bench -- app [--runs 10] [--rate 200]`.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMockVirusTotal } from "../../reference-app/mock/virustotal-server.js";
import { app } from "../../reference-app/src/app.js";
import { type AppInputs, emulate } from "../emulator/emulate.js";
import { startRedis } from "../emulator/redis.js";
import { buildAppBundle } from "../package/bundle.js";
import { median } from "./_measure.js";

const API_KEY = "bench-api-key";
const TIME = "/usr/bin/time";

/** Wall time of a bare spawn → exit, measured exactly like the emulator measures the app. */
async function spawnMs(argv: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { stdio: "ignore" });
  await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  return performance.now() - started;
}

/** `count` distinct documentation-range-free IPv4 addresses (the mock synthesizes a report for each). */
function addresses(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
}

function bulkInputs(indicators: string[], mockUrl: string, ratePerMinute: number): AppInputs {
  const variable = "#App:1001:bench.indicators!StringArray";
  return {
    stage: { kvstore: { [variable]: indicators } },
    inputs: {
      tc_action: "Enrich Address",
      indicator: variable,
      api_key: API_KEY,
      api_url: mockUrl,
      rate_limit_per_minute: String(ratePerMinute),
    },
  };
}

export async function benchApp(options: { runs: number; rate: number }): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "enrichkit-bench-"));
  const redis = await startRedis();
  const mock = await startMockVirusTotal({ apiKey: API_KEY, synthetic: true });
  try {
    const bundle = await buildAppBundle({ entry: "reference-app/src/main.ts", root: process.cwd(), outFile: path.join(work, "app.mjs") });
    const script = bundle.path!;
    const launcher = { kind: "bundle" as const, script };

    // 1. Cold start, interleaved with the baseline so machine drift hits both.
    const single: AppInputs = { inputs: { tc_action: "Enrich Address", indicator: "198.51.100.7", api_key: API_KEY, api_url: mock.url } };
    const base: number[] = [];
    const cold: number[] = [];
    for (let i = -1; i < options.runs; i++) {
      const b = await spawnMs([process.execPath, "-e", ""]);
      const run = await emulate({ app, inputs: single, redis, launcher });
      if (run.exitCode !== 0 || !run.messageTc.includes("1 ok")) throw new Error(`cold-start run failed: ${run.messageTc || run.stderr}`);
      if (i >= 0) {
        base.push(b);
        cold.push(run.elapsedMs);
      }
    }
    const coldRatio = median(cold) / median(base);
    console.log(`\ncold start, bundled app (${options.runs} runs, interleaved)`);
    console.log(`  node -e ''                     median ${median(base).toFixed(0).padStart(5)} ms`);
    console.log(
      `  app: spawn → outputs + message.tc median ${median(cold).toFixed(0).padStart(5)} ms  ${coldRatio.toFixed(2)}× node  (target ≤ 3×: ${coldRatio <= 3 ? "met" : "NOT met"})`,
    );

    // 2 + 3. Bulk against a rate-limited mock; the app's limit is set a hair under R, as a user would configure it.
    const bulkMock = await startMockVirusTotal({ apiKey: API_KEY, synthetic: true, ratePerSecond: options.rate });
    try {
      const appRate = Math.floor(options.rate * 60 * 0.98);
      const wrap = existsSync(TIME) ? [TIME, "-f", "__peak_rss_kib=%M"] : undefined;
      const rows: { n: number; seconds: number; perSecond: number; rejected: number; rssMiB: number }[] = [];
      for (const n of [1_000, 10_000]) {
        const before = { ...bulkMock.stats };
        const run = await emulate({ app, inputs: bulkInputs(addresses(n), bulkMock.url, appRate), redis, launcher, wrap });
        if (run.exitCode !== 0) throw new Error(`bulk run of ${n} failed: ${run.messageTc || run.stderr}`);
        const ok = (run.outputs["#App:9876:vt.results.status!StringArray"] as string[]).filter((s) => s === "ok").length;
        if (ok !== n) throw new Error(`bulk run of ${n}: only ${ok} ok — ${run.messageTc}`);
        const requests = bulkMock.stats.requests - before.requests;
        const seconds = run.elapsedMs / 1000;
        const rss = /__peak_rss_kib=(\d+)/.exec(run.stderr);
        rows.push({ n, seconds, perSecond: requests / seconds, rejected: bulkMock.stats.rejected429 - before.rejected429, rssMiB: rss ? Number(rss[1]) / 1024 : 0 });
      }
      console.log(`\nbulk enrichment against a mock limit of R = ${options.rate} requests/s (app limit ${appRate}/min)`);
      for (const r of rows) {
        const share = (100 * r.perSecond) / options.rate;
        console.log(
          `  ${String(r.n).padStart(6)} indicators  ${r.seconds.toFixed(1).padStart(6)} s  ${r.perSecond.toFixed(1)} req/s = ${share.toFixed(1)} % of R (target ≥ 95 %: ${share >= 95 ? "met" : "NOT met"})  429s: ${r.rejected} (target 0: ${r.rejected === 0 ? "met" : "NOT met"})  peak RSS ${r.rssMiB.toFixed(1)} MiB`,
        );
      }
      if (rows[0]!.rssMiB > 0) {
        const growth = rows[1]!.rssMiB - rows[0]!.rssMiB;
        console.log(`  peak RSS growth 1,000 → 10,000: ${growth.toFixed(1)} MiB (target < 50 MB: ${growth * 1.048576 < 50 ? "met" : "NOT met"})`);
      } else {
        console.log("  peak RSS: /usr/bin/time not installed (apt-get install -y time)");
      }
    } finally {
      await bulkMock.close();
    }
  } finally {
    await mock.close();
    await redis.stop();
    await rm(work, { recursive: true, force: true });
  }
}
