/**
 * Drift between the committed tree and what the renderers produce now: missing, stale (with a unified diff) and
 * extra files under the managed paths. Reuses the generator's output; never a second list of expectations.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, sep } from "node:path";
import { createTwoFilesPatch } from "diff";
import { GENERATE_COMMAND } from "./banner.js";
import { findExtraFiles, type ManagedPaths } from "./managed-paths.js";
import type { AppModel, GeneratedFile, Renderer } from "./types.js";
import { readExisting, toBytes } from "./write.js";

/** A renderer that also owns whole directories (extra files there are drift). */
export interface ManagedRenderer extends Renderer {
  managed?: (model: AppModel) => ManagedPaths;
}

/** What differs between the tree and the generators. */
export interface Drift {
  missing: string[];
  stale: { path: string; diff: string }[];
  extra: string[];
}

/** True when nothing drifted. */
export function isClean(drift: Drift): boolean {
  return drift.missing.length + drift.stale.length + drift.extra.length === 0;
}

/** Unified diff from the committed text to the generated text. */
export function unifiedDiff(path: string, committed: Buffer, generated: Buffer): string {
  const isText = (b: Buffer) => !b.includes(0);
  if (!isText(committed) || !isText(generated)) return `Binary file ${path} differs\n`;
  return createTwoFilesPatch(
    `a/${path}`,
    `b/${path}`,
    committed.toString("utf8"),
    generated.toString("utf8"),
    "committed",
    "generated",
    {
      context: 3,
    },
  );
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const entries = await readdir(abs, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(root.length + 1)
        .split(sep)
        .join("/"),
    )
    .sort();
}

/** Compares `files` with the tree under `root`. */
export async function findDrift(
  root: string,
  files: readonly GeneratedFile[],
  managed: readonly ManagedPaths[],
): Promise<Drift> {
  const drift: Drift = { missing: [], stale: [], extra: [] };
  for (const file of files) {
    const existing = await readExisting(root, file.path);
    const bytes = toBytes(file.contents);
    if (!existing) drift.missing.push(file.path);
    else if (!existing.equals(bytes))
      drift.stale.push({ path: file.path, diff: unifiedDiff(file.path, existing, bytes) });
  }
  const dirs = [...new Set(managed.flatMap((m) => m.dirs))].sort();
  const existing = (await Promise.all(dirs.map((d) => listFiles(root, d)))).flat();
  drift.extra = findExtraFiles([...new Set(existing)], files, managed);
  return drift;
}

/** Report lines: each problem, the diffs, and the fix command. */
export function formatDrift(drift: Drift): string[] {
  if (isClean(drift)) return [];
  return [
    ...drift.missing.map((p) => `missing  ${p}  (not generated yet)`),
    ...drift.stale.map((s) => `stale    ${s.path}  (out of date)`),
    ...drift.extra.map((p) => `extra    ${p}  (under a managed path but no generator produces it; delete it)`),
    ...drift.stale.map((s) => s.diff.trimEnd()),
    `Run \`${GENERATE_COMMAND}\` to regenerate, then commit the result.`,
  ];
}

/** "1 missing, 2 stale, 0 extra". */
export function summarizeDrift(drift: Drift): string {
  return `${drift.missing.length} missing, ${drift.stale.length} stale, ${drift.extra.length} extra`;
}
