/**
 * `enrichkit check [--app <path>] [--no-samples]`: the drift gate. Re-renders in memory and reports missing, stale (with a diff)
 * and extra files under the managed paths. Exit 0 clean, 1 drift or rule errors, 2 bad usage or crash.
 */
import { defineCommand } from "citty";
import { formatDrift, isClean, summarizeDrift } from "../lib/check.js";
import { runCheck } from "../lib/pipeline.js";
import { cacheArgs, recordRenderCache } from "../lib/render-cache.js";
import { appArg, printProblems, samplesArg, samplesOption, withExitCodes } from "./validate.js";

export default defineCommand({
  meta: { name: "check", description: "Fail when a generated deliverable is missing, stale or extra" },
  args: { ...appArg, ...samplesArg, ...cacheArgs },
  run: ({ args }) =>
    withExitCodes(async () => {
      const result = await runCheck({ root: process.cwd(), appPath: args.app, samples: samplesOption(args.samples) });
      printProblems(result.problems);
      if (!result.drift) return 1;
      recordRenderCache({ root: process.cwd(), ...result });
      for (const line of formatDrift(result.drift)) process.stdout.write(`${line}\n`);
      process.stdout.write(`${summarizeDrift(result.drift)}\n`);
      return isClean(result.drift) ? 0 : 1;
    }),
});
