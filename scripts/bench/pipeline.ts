/**
 * Benchmark: `generate` and `check` wall time for the reference app, each as a ratio to a bare `node -e ''` start
 * measured in the same run (issue target ≤ 5×). Usage: `npm run bench -- pipeline [--runs 5]`.
 */
import path from "node:path";
import { interleave, printRatios } from "./_measure.js";

/** Runs the pipeline benchmark and prints the ratios. */
export async function benchPipeline(runs: number): Promise<void> {
  const cli = path.resolve("scripts/enrichkit.ts");
  const node = process.execPath;
  const samples = await interleave(
    {
      "node -e ''": { argv: [node, "-e", ""] },
      "enrichkit generate": { argv: [node, "--import", "tsx", cli, "generate"] },
      "enrichkit check": { argv: [node, "--import", "tsx", cli, "check"] },
    },
    runs,
  );
  printRatios(`generate / check vs node start (${runs} runs each, interleaved)`, samples, "node -e ''", 5);
}
