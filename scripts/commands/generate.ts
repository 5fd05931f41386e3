/**
 * `enrichkit generate [--app <path>] [--no-samples]`: rules first (any error → print all, exit 1, write nothing), then write every
 * deliverable atomically and print "N files changed, M unchanged".
 */
import { defineCommand } from "citty";
import { runGenerate } from "../lib/pipeline.js";
import { cacheArgs, recordRenderCache } from "../lib/render-cache.js";
import { appArg, printProblems, samplesArg, samplesOption, withExitCodes } from "./validate.js";

export default defineCommand({
  meta: { name: "generate", description: "Generate every committed deliverable from the definition" },
  args: { ...appArg, ...samplesArg, ...cacheArgs },
  run: ({ args }) =>
    withExitCodes(async () => {
      const result = await runGenerate({
        root: process.cwd(),
        appPath: args.app,
        samples: samplesOption(args.samples),
      });
      if (!result.written) {
        printProblems(result.problems);
        process.stdout.write("Nothing was written. Fix the errors above and run again.\n");
        return 1;
      }
      if (result.problems.length) printProblems(result.problems);
      recordRenderCache({ root: process.cwd(), ...result });
      for (const path of result.written.changed) process.stdout.write(`wrote  ${path}\n`);
      process.stdout.write(
        `${result.written.changed.length} files changed, ${result.written.unchanged.length} unchanged\n`,
      );
      return 0;
    }),
});
