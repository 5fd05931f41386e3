/**
 * Which paths the generators own. `check` scans managed directories for extra files; a renderer declares them.
 */
import type { GeneratedFile } from "./types.js";

/** What a renderer owns besides the files it returns: directories whose every file it must have produced. */
export interface ManagedPaths {
  /** Directories (POSIX, repo-relative) owned entirely by this renderer; files there it did not produce are extra. */
  dirs: string[];
  /** Repo-relative files inside `dirs` that are allowed although not produced (e.g. older stored contracts). */
  keep?: (path: string) => boolean;
}

/** True when `path` lies inside `dir` (both POSIX, repo-relative). */
export function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir.replace(/\/$/, "")}/`);
}

/** Files under managed dirs that no renderer produced and no renderer keeps, sorted. */
export function findExtraFiles(
  existing: readonly string[],
  produced: readonly GeneratedFile[],
  managed: readonly ManagedPaths[],
): string[] {
  const made = new Set(produced.map((f) => f.path));
  return existing
    .filter((path) => !made.has(path))
    .filter((path) => managed.some((m) => m.dirs.some((d) => isUnder(path, d))))
    .filter((path) => !managed.some((m) => m.keep?.(path)))
    .sort();
}
