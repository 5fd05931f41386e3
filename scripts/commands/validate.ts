/**
 * `enrichkit validate [--app <path>]`: every rule, every problem at once. Exit 0 clean (warnings allowed),
 * 1 rule errors, 2 the definition does not load.
 */
import { defineCommand } from "citty";
import { DEFAULT_APP_PATH } from "../lib/load.js";
import { hasErrors, prepare } from "../lib/pipeline.js";
import type { Problem } from "../lib/types.js";
import { formatProblem, summarizeProblems } from "../rules/index.js";

/** The `--app` argument every pipeline command takes. */
export const appArg = {
  app: { type: "string", description: "Path of the app definition", default: DEFAULT_APP_PATH, valueHint: "path" },
} as const;

/** The `--no-samples` switch of `generate` and `check`. */
export const samplesArg = {
  samples: {
    type: "boolean",
    default: true,
    description:
      "Run the emulator for sample outputs when the stored samples.json is out of date (--no-samples: use the stored ones as they are)",
  },
} as const;

/** `true` → undefined (the pipeline decides: reuse or run), `false` → stored samples only. */
export function samplesOption(value: boolean | undefined): false | undefined {
  return value === false ? false : undefined;
}

/** Prints each problem then the summary line ("2 errors, 1 warning"). */
export function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  process.stdout.write(`${summarizeProblems(problems)}\n`);
}

/** Runs `body`; a crash or load failure prints the cause and sets exit code 2. */
export async function withExitCodes(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    process.stderr.write(`enrichkit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

export default defineCommand({
  meta: { name: "validate", description: "Run every ThreatConnect and partner-program rule on the definition" },
  args: appArg,
  run: ({ args }) =>
    withExitCodes(async () => {
      const { problems } = await prepare({ root: process.cwd(), appPath: args.app, samples: false });
      printProblems(problems);
      return hasErrors(problems) ? 1 : 0;
    }),
});
