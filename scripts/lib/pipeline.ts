/**
 * The pipeline, as a short list of stage calls: load → build model → validate → render → write or check.
 * Library code: throws `LoadError`, never exits; commands decide exit codes.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { renderGeneratedManifest } from "../render/app-readme.js";
import { renderers as allRenderers, managedPathsOf } from "../render/index.js";
import { validateApp } from "../rules/index.js";
import { type Drift, findDrift, type ManagedRenderer } from "./check.js";
import { DEFAULT_APP_PATH, type LoadedApp, loadApp, loadNarrative, loadStoredContracts } from "./load.js";
import type { ManagedPaths } from "./managed-paths.js";
import { appDirOf, buildModel, type EnrichkitModel } from "./model.js";
import { stableJson } from "./stable-json.js";
import type { AppModel, GeneratedFile, Problem, SampleRun } from "./types.js";
import { type WriteResult, writeFiles } from "./write.js";

/** Where to run: the repo root and the definition (relative to the root or absolute). */
export interface PipelineOptions {
  root: string;
  appPath?: string;
  /** Renderers to run (tests pass a subset); defaults to the registry. */
  renderers?: readonly ManagedRenderer[];
  /**
   * Emulator sample runs. Default: when the app ships a mock vendor (`<appRoot>/mock/index.ts`), reuse the stored
   * `samples.json` if its inputs hash matches, else run the emulator. `false`: stored runs only, no emulator.
   */
  samples?: boolean;
}

/** A loaded, modelled and validated definition. */
export interface Prepared {
  loaded: LoadedApp;
  model: EnrichkitModel;
  problems: Problem[];
}

/** True when any problem is an error (warnings never block). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Stored sample runs, committed beside the app so `check` and `--no-samples` need no emulator run. */
export interface StoredSamples {
  /** sha256 over every file a sample run depends on (see `hashSampleInputs`). */
  inputsHash: string;
  runs: SampleRun[];
}

/** Path of the stored samples, e.g. `reference-app/samples.json`. */
export function samplesPath(model: Pick<AppModel, "source">): string {
  return `${appDirOf(model)}/samples.json`;
}

/** Folders (repo-relative or app-relative) whose files a sample run depends on; tests are left out. */
const SAMPLE_INPUT_DIRS = {
  app: ["src", "fixtures", "mock"],
  repo: ["lib", "scripts/emulator", "scripts/lib/samples.ts"],
};

async function filesUnder(abs: string): Promise<string[]> {
  if (!existsSync(abs)) return [];
  if ((await stat(abs)).isFile()) return [abs];
  const entries = await readdir(abs, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Hash of the app sources, fixtures, mock vendor, platform runtime and emulator: when it matches the stored
 * samples, they are reused; otherwise the emulator runs again. Paths are hashed relative to `root`.
 */
export async function hashSampleInputs(root: string, appPath: string): Promise<string> {
  const appRoot = dirname(dirname(appPath));
  const dirs = [
    ...SAMPLE_INPUT_DIRS.app.map((d) => join(appRoot, d)),
    ...SAMPLE_INPUT_DIRS.repo.map((d) => join(root, d)),
  ];
  const files = [...new Set((await Promise.all(dirs.map(filesUnder))).flat())]
    .filter((f) => !/\.test\.ts$/.test(f) && !f.includes(`${sep}node_modules${sep}`))
    .map((f) => ({ abs: f, rel: relative(root, f).split(sep).join("/") }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const hash = createHash("sha256");
  for (const f of files)
    hash
      .update(f.rel)
      .update("\0")
      .update(await readFile(f.abs))
      .update("\0");
  return hash.digest("hex");
}

/** The stored samples, or undefined when missing or unreadable (then they are collected again). */
export async function readStoredSamples(
  root: string,
  model: Pick<AppModel, "source">,
): Promise<StoredSamples | undefined> {
  const abs = join(root, samplesPath(model));
  if (!existsSync(abs)) return undefined;
  try {
    const parsed = JSON.parse(await readFile(abs, "utf8")) as StoredSamples;
    return typeof parsed.inputsHash === "string" && Array.isArray(parsed.runs) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sample runs for the model. `wanted: false` (`--no-samples`) uses the stored runs as they are and never starts the
 * emulator. Otherwise, when the app has a mock vendor: the stored runs if their inputs hash still matches, else a
 * fresh emulator run on the recorded fixtures.
 */
async function loadSamples(
  root: string,
  loaded: LoadedApp,
  model: AppModel,
  wanted: boolean | undefined,
): Promise<StoredSamples | undefined> {
  const stored = await readStoredSamples(root, model);
  if (wanted === false) return stored;
  if (!existsSync(join(dirname(dirname(loaded.path)), "mock", "index.ts"))) return undefined;
  const inputsHash = await hashSampleInputs(root, loaded.path);
  if (stored?.inputsHash === inputsHash) return stored;
  // Loaded lazily: the emulator (Redis, the app runtime) is only needed when samples are collected.
  const { collectSamples } = await import("./samples.js");
  try {
    return { inputsHash, runs: await collectSamples(loaded.app, loaded.path) };
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`sample run failed: ${cause} (hint: --no-samples renders with the stored samples)`, {
      cause: error,
    });
  }
}

/** Loads the definition and its side inputs, builds the model, runs every rule; samples only when it is valid. */
export async function prepare({
  root,
  appPath = DEFAULT_APP_PATH,
  samples: wanted,
}: PipelineOptions): Promise<Prepared> {
  const loaded = await loadApp(appPath, root);
  const source = loaded.source;
  const bare = buildModel(loaded.app, { source });
  const [narrative, storedContracts] = await Promise.all([
    loadNarrative(root),
    loadStoredContracts(root, appDirOf(bare)),
  ]);
  const model = buildModel(loaded.app, { source, narrative, storedContracts });
  const problems = validateApp(model);
  if (hasErrors(problems)) return { loaded, model, problems };
  const samples = await loadSamples(root, loaded, model, wanted);
  if (!samples) return { loaded, model, problems };
  const withSamples = buildModel(loaded.app, { source, narrative, storedContracts, samples: samples.runs });
  return { loaded, model: { ...withSamples, samplesInputsHash: samples.inputsHash }, problems };
}

/** Runs every renderer plus the GENERATED.md manifest; files sorted by path; two renderers on one path is a bug. */
export function renderAll(model: EnrichkitModel, list: readonly ManagedRenderer[] = allRenderers): GeneratedFile[] {
  const files = list.flatMap((r) => r.render(model));
  if (model.samplesInputsHash && model.samples.length) {
    const stored: StoredSamples = { inputsHash: model.samplesInputsHash, runs: model.samples };
    files.push({ path: samplesPath(model), contents: stableJson(stored) });
  }
  const all = [...files, renderGeneratedManifest(model, files)];
  const seen = new Set<string>();
  for (const f of all) {
    if (seen.has(f.path)) throw new Error(`two renderers produce ${f.path}`);
    seen.add(f.path);
  }
  return all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What a run without rule errors rendered: the files and the folders the renderers own (for the render cache). */
export interface Rendered {
  files?: GeneratedFile[];
  managed?: ManagedPaths[];
}

/** Prepares and, when no rule failed, renders every deliverable in memory with the folders the renderers own. */
async function prepareAndRender(options: PipelineOptions): Promise<Prepared & Rendered> {
  const prepared = await prepare(options);
  if (hasErrors(prepared.problems)) return prepared;
  const list = options.renderers ?? allRenderers;
  return { ...prepared, files: renderAll(prepared.model, list), managed: managedPathsOf(prepared.model, list) };
}

/** `generate`: rules first; any error → nothing written. */
export async function runGenerate(options: PipelineOptions): Promise<Prepared & Rendered & { written?: WriteResult }> {
  const rendered = await prepareAndRender(options);
  if (!rendered.files) return rendered;
  return { ...rendered, written: await writeFiles(options.root, rendered.files) };
}

/** `check`: the same renderers in memory, compared with the tree. */
export async function runCheck(options: PipelineOptions): Promise<Prepared & Rendered & { drift?: Drift }> {
  const rendered = await prepareAndRender(options);
  if (!rendered.files || !rendered.managed) return rendered;
  return { ...rendered, drift: await findDrift(options.root, rendered.files, rendered.managed) };
}
