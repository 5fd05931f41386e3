/**
 * The full command's half of the render cache: after a `generate` or `check` run without rule errors that the
 * launcher started (scripts/enrichkit.mjs), record what was rendered so the next run on an unchanged tree can answer
 * without rendering. The manifest format and the fast path live in fast-check.mjs (plain JavaScript).
 */
import { formatProblem, summarizeProblems } from "../rules/index.js";
import { listFiles, pendingRenderCache, sha256, writeRenderManifest } from "./fast-check.mjs";
import { findExtraFiles, type ManagedPaths } from "./managed-paths.js";
import type { GeneratedFile, Problem } from "./types.js";
import { toBytes } from "./write.js";

/** `--no-cache` / `--explain`: read by the launcher, declared here so `--help` lists them. */
export const cacheArgs = {
  cache: {
    type: "boolean",
    default: true,
    description: "Answer from the render cache when nothing changed since the last full run (--no-cache: render)",
  },
  explain: { type: "boolean", default: false, description: "Say on stderr whether the render cache answered, and why" },
} as const;

/** What a finished full run rendered. */
export interface RenderedRun {
  root: string;
  /** Absent when rule errors stopped the run before rendering (then nothing is recorded). */
  files?: readonly GeneratedFile[];
  managed?: readonly ManagedPaths[];
  problems: readonly Problem[];
}

/**
 * Records the manifest when the launcher asked for it and the run found no rule error. Files allowed under the
 * managed folders are those present now that a renderer produced or keeps, so a stray file is never recorded as
 * allowed. Never throws: a cache that cannot be written only costs the next run its shortcut.
 */
export function recordRenderCache(run: RenderedRun): void {
  const pending = pendingRenderCache();
  const { files, managed } = run;
  if (!pending || !files || !managed || run.problems.some((p) => p.severity === "error")) return;
  try {
    const dirs = [...new Set(managed.flatMap((m) => m.dirs))].sort();
    const present = [...new Set(dirs.flatMap((d) => listFiles(run.root, d)))];
    const extra = new Set(findExtraFiles(present, files, managed));
    const path = writeRenderManifest(pending, {
      outputs: Object.fromEntries(files.map((f) => [f.path, sha256(toBytes(f.contents))])),
      managed: { dirs, allowed: present.filter((p) => !extra.has(p)).sort() },
      problems: run.problems.map(formatProblem),
      summary: summarizeProblems(run.problems),
    });
    if (pending.explain) process.stderr.write(`enrichkit: render cache recorded ${files.length} outputs in ${path}\n`);
  } catch (error) {
    if (pending.explain)
      process.stderr.write(`enrichkit: render cache not recorded: ${error instanceof Error ? error.message : error}\n`);
  }
}
