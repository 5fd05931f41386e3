/**
 * Shared measuring for the benchmark scripts: whole-process wall time (and peak RSS via `/usr/bin/time` when
 * present), commands interleaved A B A B so machine drift hits both, medians and ratios from the same run.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

export interface Sample {
  ms: number;
  /** Peak resident set size in MiB (0 when /usr/bin/time is absent). */
  rssMiB: number;
  exitCode: number;
}

const TIME = "/usr/bin/time";

/** Runs `argv` once; wall time measured around the whole process. */
export async function runOnce(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Sample> {
  const timed = existsSync(TIME) ? [TIME, "-f", "__peak_rss_kib=%M", ...argv] : argv;
  const started = performance.now();
  const child = spawn(timed[0]!, timed.slice(1), {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve(code ?? 1));
  });
  const ms = performance.now() - started;
  const rss = /__peak_rss_kib=(\d+)/.exec(stderr);
  return { ms, rssMiB: rss ? Number(rss[1]) / 1024 : 0, exitCode };
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs each named command `runs` times, interleaved, after one warm-up each. Returns samples by name.
 * Throws when a run exits non-zero, so a broken command never produces a flattering figure.
 */
export async function interleave(
  commands: Record<string, { argv: string[]; cwd?: string; env?: NodeJS.ProcessEnv }>,
  runs: number,
): Promise<Record<string, Sample[]>> {
  const results: Record<string, Sample[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = -1; i < runs; i++) {
    for (const [name, c] of Object.entries(commands)) {
      const sample = await runOnce(c.argv, c);
      if (sample.exitCode !== 0) throw new Error(`${name}: \`${c.argv.join(" ")}\` exited ${sample.exitCode}`);
      if (i >= 0) results[name]!.push(sample);
    }
  }
  return results;
}

/** Prints `name  median  min–max  ratio` rows against `baseline`. */
export function printRatios(title: string, samples: Record<string, Sample[]>, baseline: string, target?: number): void {
  const base = median(samples[baseline]!.map((s) => s.ms));
  console.log(`\n${title}`);
  for (const [name, list] of Object.entries(samples)) {
    const ms = list.map((s) => s.ms);
    const ratio = median(ms) / base;
    const verdict =
      name === baseline || target === undefined
        ? ""
        : ratio <= target
          ? `  (target ≤ ${target}×: met)`
          : `  (target ≤ ${target}×: NOT met)`;
    console.log(
      `  ${name.padEnd(28)} median ${median(ms).toFixed(0).padStart(6)} ms  [${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}]  ${(ratio).toFixed(2)}× ${baseline}${verdict}`,
    );
  }
}
