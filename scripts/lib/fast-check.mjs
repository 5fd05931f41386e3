/**
 * The render cache, in plain JavaScript so the launcher (`scripts/enrichkit.mjs`) can answer `generate`, `check` and
 * `validate` on an unchanged tree without tsx, zod or a single renderer.
 *
 * A full run through the launcher records a manifest in `node_modules/.cache/enrichkit/` (never committed):
 * - `inputs`: sha256 of every file that can change what the pipeline renders (tool code, the definition and the
 *   modules it imported, fixtures, mock, stored contracts and samples, narrative, lockfiles), plus the Node major
 *   version and the options; the key is computed BEFORE the full run, so an edit made during it is a miss next time;
 * - `outputs`: sha256 of every rendered file; `managed`: the managed directories and the files allowed in them;
 * - `report`: the rule lines and summary the full run printed (warnings are reprinted, never hidden).
 * A run with rule errors or a crash records nothing (the launcher deletes the manifest before every full run).
 *
 * The fast path answers only when the inputs hash to the recorded key AND every output on disk hashes to the
 * recorded value AND the managed directories hold exactly the allowed files: then the full command would print the
 * same lines and exit 0. Anything else falls through to the full command, which prints the diffs.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when the manifest shape or the meaning of a field changes: older manifests are then ignored. */
export const MANIFEST_VERSION = 1;

/** Same default as `DEFAULT_APP_PATH` in scripts/lib/load.ts (a test keeps them equal). */
export const DEFAULT_APP = "reference-app/src/app.ts";

/** Commands the cache can answer. */
export const CACHED_COMMANDS = ["generate", "check", "validate"];

/** `globalThis` slot through which the launcher hands the pending record to the full command (same process). */
export const PENDING_SLOT = Symbol.for("enrichkit.render-cache.pending");

/** Tool files (relative to the Enrichkit checkout) that can change rendered output. */
const TOOL_INPUTS = [
  "lib",
  "scripts",
  "package.json",
  "package-lock.json",
  "node_modules/.package-lock.json",
  "tsconfig.json",
];
/** App files (relative to the app root, the folder above `src/`) the loaders read. */
const APP_INPUTS = ["src", "fixtures", "mock", "contracts", "samples.json"];
/** Files under the repo root the loaders read. */
const ROOT_INPUTS = ["solution-design/narrative"];

const toPosix = (p) => p.split(sep).join("/");
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** sha256 hex of bytes or text. */
export function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}

/** Files (not symlinks or folders) under `dir` (repo-relative), repo-relative POSIX paths, sorted — as `check` lists. */
export function listFiles(root, dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => toPosix(relative(root, join(e.parentPath, e.name))))
    .sort(byText);
}

/** Absolute paths of the files under `abs` (a file or a folder), skipping node_modules; [] when missing. */
function walk(abs) {
  if (!existsSync(abs)) return [];
  let entries;
  try {
    entries = readdirSync(abs, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOTDIR") return [abs];
    throw error;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${sep}node_modules${sep}`) || f.endsWith(`${sep}node_modules${sep}.package-lock.json`));
}

/**
 * Parses the arguments the launcher understands. Returns undefined when anything else is present (then the full
 * command parses them, and prints help or a usage error).
 */
export function parseCachedArgs(argv) {
  const [command, ...rest] = argv;
  if (!CACHED_COMMANDS.includes(command)) return undefined;
  const parsed = { command, app: DEFAULT_APP, samples: "auto", cache: true, explain: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--no-cache") parsed.cache = false;
    else if (arg === "--explain") parsed.explain = true;
    else if (arg === "--no-samples" && command !== "validate") parsed.samples = "stored";
    else if (arg === "--samples" && command !== "validate") parsed.samples = "auto";
    else if (arg === "--app" && i + 1 < rest.length && !rest[i + 1].startsWith("-")) parsed.app = rest[++i];
    else if (arg.startsWith("--app=") && arg.length > 6) parsed.app = arg.slice(6);
    else parsed.unparsed ??= arg;
  }
  return parsed;
}

/** Where manifests live: `$ENRICHKIT_CACHE_DIR`, else `<tool>/node_modules/.cache/enrichkit`. */
export function cacheDirOf(toolRoot, env = process.env) {
  return env.ENRICHKIT_CACHE_DIR
    ? resolve(env.ENRICHKIT_CACHE_DIR)
    : join(toolRoot, "node_modules", ".cache", "enrichkit");
}

/** One manifest per (repo root, definition): the file name is a hash of both. */
export function manifestPathOf(cacheDir, root, appSource) {
  return join(cacheDir, `${sha256(`${realpathSync(root)}\0${appSource}`).slice(0, 24)}.json`);
}

/** The definition as `load.ts` names it: absolute path and its root-relative POSIX source. */
function appLocation(root, app) {
  const abs = isAbsolute(app) ? app : resolve(root, app);
  return { abs, source: toPosix(relative(root, abs)) };
}

/** Label of an absolute path in the manifest: root-relative POSIX (`../x` when outside the root). */
const labelOf = (root, abs) => toPosix(relative(root, abs));

/** Declared inputs: every file the tool code, the loaders and the definition's folder can read. */
export function declaredInputs({ root, toolRoot, appAbs }) {
  const appRoot = dirname(dirname(appAbs));
  const paths = [
    ...TOOL_INPUTS.map((p) => join(toolRoot, p)),
    ...APP_INPUTS.map((p) => join(appRoot, p)),
    ...ROOT_INPUTS.map((p) => join(root, p)),
  ];
  const files = new Set([appAbs, ...paths.flatMap(walk)]);
  return [...files].filter((f) => existsSync(f));
}

/** sha256 per input label. Missing files hash as "missing" (a recorded import that disappears is a change). */
export function hashInputs(root, absPaths) {
  const hashes = {};
  for (const abs of absPaths) {
    const label = labelOf(root, abs);
    try {
      hashes[label] = sha256(readFileSync(abs));
    } catch {
      hashes[label] = "missing";
    }
  }
  return hashes;
}

/** The key: the inputs map, the Node major version and the options that change rendering. */
export function inputsKeyOf(hashes, options) {
  const h = createHash("sha256");
  h.update(`enrichkit-render-cache ${MANIFEST_VERSION}\0node ${process.versions.node.split(".")[0]}\0`);
  h.update(`app ${options.app}\0samples ${options.samples}\0`);
  for (const label of Object.keys(hashes).sort(byText)) h.update(`${label}\0${hashes[label]}\0`);
  return h.digest("hex");
}

/** First differences between two input maps, for `--explain`. */
function describeInputChange(recorded, current) {
  const changed = [];
  for (const label of new Set([...Object.keys(recorded), ...Object.keys(current)])) {
    if (!(label in current)) changed.push(`${label} removed`);
    else if (!(label in recorded)) changed.push(`${label} added`);
    else if (recorded[label] !== current[label]) changed.push(`${label} changed`);
  }
  changed.sort(byText);
  if (!changed.length) return "options or Node version changed";
  return `${changed.slice(0, 3).join(", ")}${changed.length > 3 ? ` and ${changed.length - 3} more` : ""}`;
}

function readManifest(path) {
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8"));
    return manifest?.version === MANIFEST_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The lines the full command prints when nothing drifted (see scripts/commands/{generate,check,validate}.ts). */
function replayOutput(command, manifest) {
  const problems = [...manifest.report.problems, manifest.report.summary];
  if (command === "validate") return problems;
  if (command === "check") return [...problems, "0 missing, 0 stale, 0 extra"];
  const count = Object.keys(manifest.outputs).length;
  return [...(manifest.report.problems.length ? problems : []), `0 files changed, ${count} unchanged`];
}

/** Why the tree differs from the manifest's outputs and managed listing, or undefined when it does not. */
function outputDrift(root, manifest, command) {
  for (const [path, hash] of Object.entries(manifest.outputs)) {
    let bytes;
    try {
      bytes = readFileSync(join(root, path));
    } catch {
      return `${path} missing`;
    }
    if (sha256(bytes) !== hash) return `${path} differs from the last render`;
  }
  if (command !== "check") return undefined;
  const allowed = new Set(manifest.managed.allowed);
  const listed = manifest.managed.dirs.flatMap((d) => listFiles(root, d));
  const stray = [...new Set(listed)].find((p) => !allowed.has(p));
  if (stray) return `${stray} is not a rendered or kept file`;
  if (new Set(listed).size !== allowed.size) return "a file under a managed folder was removed";
  return undefined;
}

/**
 * Tries to answer `argv` from the cache. Returns `{ hit: true, output }` (print it, exit 0) or
 * `{ hit: false, reason, argv, pending }`: run the full command with `argv`, and hand it `pending` (undefined when
 * the command is not cached) so a successful run records a new manifest.
 */
export function tryRenderCache({ argv, root, toolRoot, env = process.env }) {
  const parsed = parseCachedArgs(argv);
  if (!parsed) return { hit: false, reason: "command not cached", argv, explain: false };
  const strip = argv.filter((a) => a !== "--no-cache" && a !== "--explain");
  if (parsed.unparsed)
    return {
      hit: false,
      reason: `${parsed.unparsed} is parsed by the full command`,
      argv: strip,
      explain: parsed.explain,
    };
  const { abs: appAbs, source } = appLocation(root, parsed.app);
  if (!existsSync(appAbs)) return { hit: false, reason: "definition not found", argv: strip, explain: parsed.explain };
  const options = { app: source, samples: parsed.command === "validate" ? "any" : parsed.samples };
  const manifestPath = manifestPathOf(cacheDirOf(toolRoot, env), root, source);
  const manifest = readManifest(manifestPath);
  const declared = declaredInputs({ root, toolRoot, appAbs });
  const miss = (reason) => {
    const hashes = hashInputs(root, declared);
    const pending =
      parsed.command === "validate"
        ? undefined
        : { manifestPath, root, command: parsed.command, options, hashes, imported: new Set() };
    // Every full generate/check run replaces the manifest; one with errors or a crash leaves none.
    if (pending) rmSync(manifestPath, { force: true });
    return { hit: false, reason, argv: strip, explain: parsed.explain, pending };
  };
  if (!parsed.cache) return miss("--no-cache");
  if (!manifest) return miss("no manifest from an earlier full run");
  // Files the last full run imported beyond the declared folders (e.g. a helper beside the definition).
  const declaredSet = new Set(declared);
  const extra = Object.keys(manifest.inputs)
    .map((label) => resolve(root, label))
    .filter((abs) => !declaredSet.has(abs));
  const hashes = hashInputs(root, [...declared, ...extra]);
  const wantedSamples = parsed.command === "validate" ? manifest.options.samples : options.samples;
  if (inputsKeyOf(hashes, { ...options, samples: wantedSamples }) !== manifest.key)
    return miss(`inputs changed: ${describeInputChange(manifest.inputs, hashes)}`);
  const drift = outputDrift(root, manifest, parsed.command);
  if (drift) return miss(drift);
  const lines = replayOutput(parsed.command, manifest);
  return {
    hit: true,
    output: `${lines.join("\n")}\n`,
    reason: `inputs unchanged (${Object.keys(hashes).length} files), ${Object.keys(manifest.outputs).length} outputs verified`,
    explain: parsed.explain,
  };
}

/** The pending record the launcher left for this process, if any. */
export function pendingRenderCache() {
  return globalThis[PENDING_SLOT];
}

/**
 * Writes the manifest for a full run that finished without rule errors. `record`: `outputs` {path → sha256},
 * `managed` {dirs, allowed} (allowed = files present under the dirs that are rendered or kept), `problems` (the
 * printed problem lines) and `summary`. Atomic (temp file + rename). Returns the manifest path.
 */
export function writeRenderManifest(pending, record) {
  const imported = [...pending.imported]
    .filter((url) => url.startsWith("file:"))
    .map((url) => fileURLToPath(url.split("?")[0]))
    .filter((abs) => !abs.includes(`${sep}node_modules${sep}`) && existsSync(abs));
  const inputs = { ...hashInputs(pending.root, imported), ...pending.hashes };
  const manifest = {
    version: MANIFEST_VERSION,
    command: pending.command,
    options: pending.options,
    key: inputsKeyOf(inputs, pending.options),
    inputs: Object.fromEntries(Object.entries(inputs).sort(([a], [b]) => byText(a, b))),
    outputs: record.outputs,
    managed: record.managed,
    report: { problems: record.problems, summary: record.summary },
  };
  mkdirSync(dirname(pending.manifestPath), { recursive: true });
  const tmp = `${pending.manifestPath}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, pending.manifestPath);
  return pending.manifestPath;
}
