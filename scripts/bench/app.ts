/**
 * Benchmark of the app as it ships (the esbuild bundle, spawned like the launcher does), in one run:
 *  1. cold start — spawn → outputs in Redis and `message.tc` written, one indicator against the local mock — as a
 *     ratio to a bare `node -e ''` spawned the same way (issue target ≤ 3×);
 *  2. bulk — 1,000 indicators against a mock that allows R requests/s: throughput as a share of R (target ≥ 95 %)
 *     and the 429s the mock had to send (target 0);
 *  3. memory — peak RSS of the bulk run at 1,000 and 10,000 indicators (target: growth < 50 MB).
 * Usage: `npm run bench -- app [--runs 10] [--rate 100]`.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parsePlaybookVariable } from "../../lib/platform/playbook-variable.js";
import { startMockVirusTotal } from "../../reference-app/mock/virustotal-server.js";
import { app } from "../../reference-app/src/app.js";
import {
  type AppInputs,
  EMULATOR_JOB_ID,
  type EmulateResult,
  emulate,
  outputVariablesFor,
} from "../emulator/emulate.js";
import { startRedis } from "../emulator/redis.js";
import { buildModel } from "../lib/model.js";
import { buildAppBundle } from "../package/bundle.js";
import { usedAppOutputs } from "../render/playbooks/pbx.js";
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

/** Throws unless every one of `n` indicators came back ok (the status array is read when it was requested). */
function assertAllOk(run: EmulateResult, n: number, checkArray = true): void {
  if (run.exitCode !== 0 || !run.messageTc.includes(`${n} ok`))
    throw new Error(`bulk run of ${n} failed: ${run.messageTc || run.stderr}`);
  if (!checkArray) return;
  const statuses = run.outputs[`#App:${EMULATOR_JOB_ID}:vt.results.status!StringArray`] as string[] | undefined;
  if (statuses && statuses.filter((s) => s === "ok").length !== n)
    throw new Error(`bulk run of ${n}: status array disagrees`);
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
    // The app as it ships: the CommonJS bundle behind its code-cache loader (the warm-up run writes the cache).
    const bundle = await buildAppBundle({ entry: "reference-app/src/main.ts", root: process.cwd(), outDir: work });
    const script = bundle.loaderPath!;
    const launcher = { kind: "bundle" as const, script };

    // 1. Cold start, interleaved with the baseline so machine drift hits both.
    const single: AppInputs = {
      inputs: { tc_action: "Enrich Address", indicator: "198.51.100.7", api_key: API_KEY, api_url: mock.url },
    };
    const base: number[] = [];
    const ready: number[] = [];
    const exited: number[] = [];
    for (let i = -1; i < options.runs; i++) {
      const b = await spawnMs([process.execPath, "-e", ""]);
      const run = await emulate({ app, inputs: single, redis, launcher });
      if (run.exitCode !== 0 || !run.messageTc.includes("1 ok") || run.readyMs === undefined) {
        throw new Error(`cold-start run failed: ${run.messageTc || run.stderr}`);
      }
      if (i >= 0) {
        base.push(b);
        ready.push(run.readyMs);
        exited.push(run.elapsedMs);
      }
    }
    const ratio = (list: number[]) => median(list) / median(base);
    console.log(`\ncold start, bundled app, one indicator (${options.runs} runs, interleaved with the baseline)`);
    console.log(`  node -e '' (spawn → exit)                       median ${median(base).toFixed(0).padStart(5)} ms`);
    console.log(
      `  app: spawn → outputs in Redis + message.tc written median ${median(ready).toFixed(0).padStart(5)} ms  ${ratio(ready).toFixed(2)}× node  (target ≤ 3×: ${ratio(ready) <= 3 ? "met" : "NOT met"})`,
    );
    console.log(
      `  app: spawn → process exit                        median ${median(exited).toFixed(0).padStart(5)} ms  ${ratio(exited).toFixed(2)}× node`,
    );

    // 2. Throughput: 1,000 indicators against a mock that allows R requests/s. The app's own limit is set a hair
    //    under R, as a user configures it from their licence.
    const appRate = Math.floor(options.rate * 60 * 0.98);
    const limited = await startMockVirusTotal({ apiKey: API_KEY, synthetic: true, ratePerSecond: options.rate });
    try {
      const n = 1_000;
      const run = await emulate({
        app,
        inputs: bulkInputs(addresses(n), limited.url, appRate),
        redis,
        launcher,
        tcParams: { tc_log_level: "info" },
      });
      assertAllOk(run, n);
      // Throughput while enriching: requests after the first, over the time from the first to the last arrival.
      const { firstAt = 0, lastAt = 0, requests } = limited.stats;
      const perSecond = (requests - 1) / ((lastAt - firstAt) / 1000);
      const share = (100 * perSecond) / options.rate;
      console.log(
        `\nbulk: ${n} indicators against a mock limit of R = ${options.rate} requests/s (app limit ${appRate}/min)`,
      );
      console.log(
        `  ${(run.elapsedMs / 1000).toFixed(1)} s from spawn to exit; between first and last request ${perSecond.toFixed(1)} req/s = ${share.toFixed(1)} % of R (target ≥ 95 %: ${share >= 95 ? "met" : "NOT met"}); 429s sent by the mock: ${limited.stats.rejected429} (target 0: ${limited.stats.rejected429 === 0 ? "met" : "NOT met"})`,
      );
    } finally {
      await limited.close();
    }

    // 3. Memory: peak RSS at 1,000 and 10,000 indicators (no vendor limit, so only the batch size differs), once
    //    with the outputs the playbook templates read (as arrays for a batch) and once with every output requested,
    //    including one raw JSON document per indicator.
    if (!existsSync(TIME)) {
      console.log("\nmemory: /usr/bin/time is not installed (apt-get install -y time); skipped");
      return;
    }
    const model = buildModel(app, { source: "reference-app/src/app.ts" });
    const action = model.actions.find((a) => a.name === "Enrich Address")!;
    const templateNames = new Set(Object.values(usedAppOutputs(model, action)).flatMap((o) => (o ? [o.name] : [])));
    const templateOutputs = outputVariablesFor(app, action.name).filter((v) =>
      templateNames.has(parsePlaybookVariable(v)?.key ?? ""),
    );
    console.log("\nmemory: peak RSS of the app process (bundle), no vendor limit");
    for (const [label, requestedOutputs] of [
      ["template outputs", templateOutputs],
      ["every output (incl. raw JSON per indicator)", undefined],
    ] as const) {
      const rss: number[] = [];
      for (const n of [1_000, 10_000]) {
        const run = await emulate({
          app,
          inputs: bulkInputs(addresses(n), mock.url, 0),
          redis,
          launcher,
          wrap: [TIME, "-f", "__peak_rss_kib=%M"],
          requestedOutputs: requestedOutputs ? [...requestedOutputs] : undefined,
          tcParams: { tc_log_level: "info" },
        });
        assertAllOk(run, n, !requestedOutputs);
        rss.push(Number(/__peak_rss_kib=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024);
      }
      const growthMB = ((rss[1]! - rss[0]!) * 1_048_576) / 1e6;
      console.log(
        `  ${label.padEnd(44)} 1,000: ${rss[0]!.toFixed(1)} MiB  10,000: ${rss[1]!.toFixed(1)} MiB  growth ${growthMB.toFixed(1)} MB (target < 50 MB: ${growthMB < 50 ? "met" : "NOT met"})`,
      );
    }
  } finally {
    await mock.close();
    await redis.stop();
    await rm(work, { recursive: true, force: true });
  }
}
