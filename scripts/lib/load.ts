/**
 * `load*`: everything the pipeline reads from disk — the definition (dynamic import; TypeScript runs through tsx
 * or vitest), the narrative prose, and the stored contracts. Failures throw `LoadError` (commands exit 2).
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { AnyAppDefinition } from "../../lib/define-app.js";
import type { Contract, StoredContract } from "./model.js";

/** Default definition, relative to the repo root. */
export const DEFAULT_APP_PATH = "reference-app/src/app.ts";

/** The definition could not be loaded (missing file, syntax error, throws on import, wrong shape). */
export class LoadError extends Error {
  override name = "LoadError";
}

/** A loaded definition and where it came from. */
export interface LoadedApp {
  app: AnyAppDefinition;
  /** Absolute path of the definition file. */
  path: string;
  /** Path relative to the root, POSIX separators (used in banners and locations). */
  source: string;
}

const REQUIRED_ARRAYS = ["params", "actions", "outputs"] as const;

function assertAppShape(value: unknown, source: string): asserts value is AnyAppDefinition {
  if (!value || typeof value !== "object") {
    throw new LoadError(`${source} must export the app definition (default export or \`app\`), got ${typeof value}`);
  }
  const v = value as Record<string, unknown>;
  for (const key of REQUIRED_ARRAYS) {
    if (!Array.isArray(v[key]))
      throw new LoadError(`${source}: \`${key}\` must be an array (hint: build it with defineApp)`);
  }
  if (typeof v.displayName !== "string" || typeof v.programVersion !== "string" || !v.vendor) {
    throw new LoadError(
      `${source}: displayName, programVersion and vendor are required (hint: build it with defineApp)`,
    );
  }
}

/** Imports the definition at `appPath` (relative to `root` or absolute). */
export async function loadApp(appPath: string = DEFAULT_APP_PATH, root: string = process.cwd()): Promise<LoadedApp> {
  const path = isAbsolute(appPath) ? appPath : resolve(root, appPath);
  const source = relative(root, path).split(sep).join("/");
  if (!existsSync(path)) throw new LoadError(`app definition not found: ${source} (hint: pass --app <path to app.ts>)`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new LoadError(`could not load ${source}: ${cause}`, { cause: error });
  }
  const app = mod.default ?? mod.app;
  assertAppShape(app, source);
  return { app, path, source };
}

/** Narrative prose by section name from `<root>/solution-design/narrative/*.md`, sorted by name. */
export async function loadNarrative(root: string): Promise<Record<string, string>> {
  const dir = join(root, "solution-design", "narrative");
  if (!existsSync(dir)) return {};
  const names = (await readdir(dir)).filter((n) => n.endsWith(".md")).sort();
  const texts = await Promise.all(names.map((n) => readFile(join(dir, n), "utf8")));
  return Object.fromEntries(names.map((n, i) => [n.slice(0, -3), texts[i]!.replaceAll("\r\n", "\n")]));
}

/** Contracts stored under `<root>/<appDir>/contracts/<version>.json`. A file that does not parse is a LoadError. */
export async function loadStoredContracts(root: string, appDir: string): Promise<StoredContract[]> {
  const dir = join(root, appDir, "contracts");
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => /^\d+\.\d+\.\d+\.json$/.test(n)).sort();
  return Promise.all(
    names.map(async (n) => {
      const text = await readFile(join(dir, n), "utf8");
      try {
        return { version: n.slice(0, -5), contract: JSON.parse(text) as Contract };
      } catch (error) {
        throw new LoadError(`${appDir}/contracts/${n} is not valid JSON (hint: restore it from git)`, { cause: error });
      }
    }),
  );
}
