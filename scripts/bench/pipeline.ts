/**
 * Benchmark: `generate` and `check` wall time for the reference app, each as a ratio to a bare `node -e ''` start
 * measured in the same run (issue 3 target ≤ 5×). Runs the launcher exactly as `npm run generate|check` does
 * (`node scripts/enrichkit.mjs <command>`), interleaved, so load from other processes hits every row alike:
 * - warm: the render cache answers (inputs and outputs unchanged since the last full run);
 * - cold: `check --no-cache`, the full pipeline (tsx, load, rules, every renderer, diff against the tree).
 * Usage: `npm run bench -- pipeline [--runs 5]`. Regenerates the tree first (like `npm run generate`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { interleave, median, printRatios, runOnce } from "./_measure.js";

/** Issue 3: generate and check within 5× a bare node start. */
const TARGET = 5;

/** The argv `npm run <command>` runs (see package.json), without npm's own start-up. */
export function launcherArgv(command: string, ...args: string[]): string[] {
  return [process.execPath, path.resolve("scripts/enrichkit.mjs"), command, ...args];
}

/** "hit: …" or "miss: …" from `check --explain` (the tree may change under the benchmark, e.g. an editor saving). */
function cacheVerdict(): string {
  const [node, ...args] = launcherArgv("check", "--explain");
  const r = spawnSync(node!, args, { encoding: "utf8" });
  return /render cache ((?:hit|miss): [^\n]*)/.exec(r.stderr)?.[1] ?? `no verdict (exit ${r.status})`;
}

/** Runs the pipeline benchmark and prints the ratios. */
export async function benchPipeline(runs: number): Promise<void> {
  // A full generate so the tree is clean, then a check: the render cache describes the settled tree.
  for (const argv of [launcherArgv("generate", "--no-cache"), launcherArgv("check")]) {
    const primed = await runOnce(argv);
    if (primed.exitCode !== 0) throw new Error(`\`${argv.join(" ")}\` exited ${primed.exitCode}`);
  }
  const before = cacheVerdict();
  const node = "node -e ''";
  const samples = await interleave(
    {
      [node]: { argv: [process.execPath, "-e", ""] },
      "generate (cache hit)": { argv: launcherArgv("generate") },
      "check (cache hit)": { argv: launcherArgv("check") },
      "check --no-cache (full)": { argv: launcherArgv("check", "--no-cache") },
    },
    runs,
  );
  printRatios(`npm run generate / check vs a bare node start (${runs} runs each, interleaved, medians)`, samples, node);
  const base = median(samples[node]!.map((s) => s.ms));
  const ratio = (name: string) => median(samples[name]!.map((s) => s.ms)) / base;
  for (const name of ["generate (cache hit)", "check (cache hit)"]) {
    const r = ratio(name);
    console.log(`  ${name}: ${r.toFixed(2)}× node start — target ≤ ${TARGET}× ${r <= TARGET ? "met" : "NOT met"}`);
  }
  const after = cacheVerdict();
  if (!before.startsWith("hit") || !after.startsWith("hit"))
    console.log(
      `  WARNING: the cache did not answer (before: ${before}; after: ${after}) — the warm rows include full runs`,
    );
  const speedup = ratio("check --no-cache (full)") / ratio("check (cache hit)");
  console.log(`  check --no-cache (full render, no target): ${speedup.toFixed(1)}× the cached check`);
}
