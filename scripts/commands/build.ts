/**
 * `enrichkit build` (`npm start`, README command 1): the main job. Runs `generate` first, then every registered
 * build step (scripts/build/index.ts) with one progress line each; a step whose system tool is missing is installed
 * with apt when running as root, else skipped with the exact install command, and the other steps still run.
 * Closes with a table of every file produced (path, size, time) and the total wall time.
 * Exit 0 every step done (skipped steps are listed), 1 a step failed or generate found rule errors,
 * 2 the definition does not load.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { defineCommand } from "citty";
import { buildSteps, formatBytes, renderFileTable, runBuildSteps, type StepResult } from "../build/index.js";
import { hasErrors, prepare, runGenerate } from "../lib/pipeline.js";
import type { BuildStep, BuiltFile } from "../lib/types.js";
import { formatProblem } from "../rules/index.js";
import { appArg, withExitCodes } from "./validate.js";

/** Build output folder, relative to the root. */
export const DIST_DIR = "dist";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const print = (line: string) => process.stdout.write(`${line}\n`);

/** Steps selected by `--only` (comma-separated ids); every step when empty. Unknown ids are a usage error. */
export function selectSteps(steps: readonly BuildStep[], only: string | undefined): BuildStep[] {
  if (!only) return [...steps];
  const wanted = only
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((id) => !steps.some((s) => s.id === id));
  if (unknown.length)
    throw new Error(`--only: unknown step ${unknown.join(", ")} (steps: ${steps.map((s) => s.id).join(", ")})`);
  // Ordering constraints only bind among the selected steps.
  return steps
    .filter((s) => wanted.includes(s.id))
    .map((s) => ({ ...s, after: s.after?.filter((id) => wanted.includes(id)) }));
}

/** The closing summary lines: per-status counts, and each failed or skipped step with its reason. */
export function summarizeSteps(results: readonly StepResult[]): string[] {
  const count = (status: StepResult["status"]) => results.filter((r) => r.status === status).length;
  return [
    `${count("done")} steps done, ${count("failed")} failed, ${count("skipped")} skipped`,
    ...results.filter((r) => r.status !== "done").map((r) => `  ${r.status.toUpperCase()} ${r.id}: ${r.reason ?? ""}`),
  ];
}

interface GenerateOutcome {
  result: StepResult;
  model?: Awaited<ReturnType<typeof prepare>>["model"];
}

/** Step 0: write every committed deliverable. On failure a model without samples keeps the other steps going. */
async function generateStep(root: string, appPath: string, label: string): Promise<GenerateOutcome> {
  const base = { id: "generate", title: "Generate committed deliverables (npm run generate)" };
  print(`${label} ${base.title} …`);
  const started = performance.now();
  try {
    const generated = await runGenerate({ root, appPath });
    const ms = performance.now() - started;
    if (!generated.written) {
      for (const p of generated.problems.filter((x) => x.severity === "error")) print(`      ${formatProblem(p)}`);
      print(`${label} ${base.title} … FAILED: rule errors, nothing written`);
      return {
        result: { ...base, status: "failed", ms, files: [], reason: "rule errors (run npm run validate)" },
        model: generated.model,
      };
    }
    const { changed, unchanged } = generated.written;
    const files: BuiltFile[] = [];
    for (const file of [...changed, ...unchanged].sort())
      files.push({ path: file, bytes: (await stat(path.join(root, file))).size, ms });
    print(`${label} ${base.title} … done in ${seconds(ms)} (${changed.length} changed, ${unchanged.length} unchanged)`);
    return { result: { ...base, status: "done", ms, files }, model: generated.model };
  } catch (error) {
    const ms = performance.now() - started;
    const reason = error instanceof Error ? error.message : String(error);
    print(`${label} ${base.title} … FAILED in ${seconds(ms)}: ${reason}`);
    // A definition that does not load stops everything (exit 2); a failed sample run does not.
    const fallback = await prepare({ root, appPath, samples: false });
    if (hasErrors(fallback.problems)) return { result: { ...base, status: "failed", ms, files: [], reason } };
    print("      continuing with a model without sample runs");
    return { result: { ...base, status: "failed", ms, files: [], reason }, model: fallback.model };
  }
}

export default defineCommand({
  meta: {
    name: "build",
    description: "Build every deliverable: generate, then each build step, with a closing table of files",
  },
  args: {
    ...appArg,
    only: {
      type: "string",
      description: "Comma-separated build step ids to run (generate always runs)",
      valueHint: "ids",
    },
    dist: { type: "string", description: "Output folder", default: DIST_DIR, valueHint: "dir" },
  },
  run: ({ args }) =>
    withExitCodes(async () => {
      const wallStart = performance.now();
      const root = process.cwd();
      const steps = selectSteps(buildSteps, args.only);
      const total = steps.length + 1;
      print(`enrichkit build: ${total} steps, output in ${args.dist}/`);
      const generated = await generateStep(root, args.app, `[1/${total}]`);
      const results: StepResult[] = [generated.result];
      if (generated.model) {
        const dist = path.resolve(root, args.dist);
        results.push(
          ...(await runBuildSteps(steps, { root, dist, model: generated.model }, { offset: 1, total, print })),
        );
      } else {
        print("No model: the remaining steps cannot run. Fix the errors above (npm run validate).");
      }
      const files = results.flatMap((r) => r.files);
      const wallMs = performance.now() - wallStart;
      print("");
      print(renderFileTable(files, wallMs));
      print(`total size ${formatBytes(files.reduce((sum, f) => sum + f.bytes, 0))}`);
      for (const line of summarizeSteps(results)) print(line);
      return results.some((r) => r.status === "failed") ? 1 : 0;
    }),
});
