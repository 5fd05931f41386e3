/**
 * The `.tcx` package (threatconnect.md §8 "tcex package output"): a zip with one top folder `<packageName>/` — the
 * folder name is the app's install key, so it must not change between minor versions — holding install.json,
 * layout.json, README.md (the generated ones), `run.py`, the bundled app (`app.bundle.cjs` and its code-cache
 * loader `app.js`, see bundle.ts) and a one-line package.json that marks them as CommonJS. Deterministic: sorted entries, one fixed timestamp, fixed modes.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import yauzl from "yauzl";
import { ZipFile } from "yazl";
import { appDirOf } from "../lib/model.js";
import type { AppModel, Renderer } from "../lib/types.js";
import { appReadmeRenderer } from "../render/app-readme.js";
import { installJsonRenderer } from "../render/install-json.js";
import { layoutJsonRenderer } from "../render/layout-json.js";
import { APP_FILES, APP_PACKAGE_JSON, buildAppBundle, renderAppLoader } from "./bundle.js";
import { renderRunPy } from "./run-py.js";

/** A package problem the user can fix (bad name, corrupt or foreign zip, top folder change). Commands exit 1. */
export class PackageError extends Error {
  override name = "PackageError";
}

/** One file inside the top folder. */
export interface PackageEntry {
  /** Path below `<packageName>/`, POSIX. */
  path: string;
  contents: Uint8Array;
  mode: number;
}

/** Options of a package build. */
export interface PackageOptions {
  /** Node binary to ship as `node/bin/node` (`--bundle-node` passes `process.execPath`). */
  bundleNode?: string;
}

// Local-time constructor: DOS timestamps are local fields, so this reads 1980-01-01 00:00 in every time zone.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Mode of plain files in packages. */
export const FILE_MODE = 0o644;
const EXEC_MODE = 0o755;

/** The entry of the app: `<appDir>/src/main.ts`. */
export function appEntryOf(model: Pick<AppModel, "source">): string {
  return `${appDirOf(model)}/src/main.ts`;
}

/** Throws unless `packageName` is `<snake_name>_v<major of programVersion>` (threatconnect.md §8, §9). */
export function assertPackageName(model: Pick<AppModel, "packageName" | "programVersion" | "majorVersion">): void {
  const m = /^[a-z][a-z0-9_]*_v(\d+)$/.exec(model.packageName);
  if (!m) {
    throw new PackageError(
      `packageName "${model.packageName}" must be lower-case snake_case ending in _v<major> (hint: e.g. "acme_intel_enrichment_v1")`,
    );
  }
  if (Number(m[1]) !== model.majorVersion) {
    throw new PackageError(
      `packageName "${model.packageName}" ends in _v${m[1]} but programVersion ${model.programVersion} is major ${model.majorVersion} (hint: rename it only with a major version bump)`,
    );
  }
}

function renderedText(renderer: Renderer, model: AppModel): Uint8Array {
  const [file] = renderer.render(model);
  return typeof file!.contents === "string" ? Buffer.from(file!.contents, "utf8") : file!.contents;
}

/** Every file of the package, sorted by path. Bundles the app (esbuild), so it is async. */
export async function buildPackageEntries(
  model: AppModel,
  root: string,
  options: PackageOptions = {},
): Promise<PackageEntry[]> {
  assertPackageName(model);
  const bundle = await buildAppBundle({ entry: appEntryOf(model), root });
  const text = (s: string) => Buffer.from(s, "utf8");
  const entries: PackageEntry[] = [
    { path: "README.md", contents: renderedText(appReadmeRenderer, model), mode: FILE_MODE },
    { path: APP_FILES.loader, contents: text(renderAppLoader()), mode: FILE_MODE },
    { path: APP_FILES.bundle, contents: bundle.contents, mode: FILE_MODE },
    { path: "install.json", contents: renderedText(installJsonRenderer, model), mode: FILE_MODE },
    { path: "layout.json", contents: renderedText(layoutJsonRenderer, model), mode: FILE_MODE },
    { path: APP_FILES.packageJson, contents: text(APP_PACKAGE_JSON), mode: FILE_MODE },
    { path: "run.py", contents: text(renderRunPy(model)), mode: EXEC_MODE },
  ];
  if (options.bundleNode)
    entries.push({ path: "node/bin/node", contents: await readFile(options.bundleNode), mode: EXEC_MODE });
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Zip bytes of `entries` (paths are full names), in the given order, fixed timestamp, no extended time field. */
export function zipFiles(entries: readonly PackageEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries) {
    zip.addBuffer(Buffer.from(e.contents), e.path, { mtime: FIXED_MTIME, mode: e.mode, forceDosTimestamp: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("error", reject);
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

/** The .tcx bytes: entries (sorted) under the single top folder `<top>/`. */
export function zipEntries(top: string, entries: readonly PackageEntry[]): Promise<Buffer> {
  return zipFiles(entries.map((e) => ({ ...e, path: `${top}/${e.path}` })));
}

/** What a .tcx holds, read back. */
export interface TcxContents {
  top: string;
  /** Files by path below the top folder. */
  files: Map<string, Buffer>;
  installJson: { appId?: string; programVersion?: string; displayName?: string; programMain?: string };
}

function openZip(bytes: Buffer, label: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip)
        reject(
          new PackageError(
            `${label} is not a readable zip archive (${error?.message ?? "empty"}) (hint: rebuild it with enrichkit package)`,
          ),
        );
      else resolve(zip);
    });
  });
}

function readAllEntries(zip: yauzl.ZipFile, label: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  return new Promise((resolve, reject) => {
    const fail = (error: Error) =>
      reject(new PackageError(`${label} is corrupt: ${error.message} (hint: rebuild it with enrichkit package)`));
    zip.on("error", fail);
    zip.on("end", () => resolve(files));
    zip.on("entry", (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith("/")) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(error ?? new Error("no stream"));
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("error", fail);
        stream.on("end", () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

/** Every file entry of a zip (.tcx, .pbxz) by full name; a corrupt or non-zip file is a `PackageError`. */
export async function readZipEntries(file: string): Promise<Map<string, Buffer>> {
  const label = path.basename(file);
  const bytes = await readFile(file).catch(() => {
    throw new PackageError(`cannot read ${file} (hint: check the path)`);
  });
  return readAllEntries(await openZip(bytes, label), label);
}

/** Reads and checks a .tcx: a zip, one top folder, an install.json that parses. Errors are `PackageError`s. */
export async function readTcx(file: string): Promise<TcxContents> {
  const label = path.basename(file);
  const all = await readZipEntries(file);
  const tops = new Set([...all.keys()].map((name) => name.split("/")[0]!));
  const nested = [...all.keys()].every((name) => name.includes("/"));
  if (tops.size !== 1 || !nested) {
    throw new PackageError(
      `${label} is not a ThreatConnect app package: it needs exactly one top folder, found ${[...tops].sort().join(", ") || "none"}`,
    );
  }
  const top = [...tops][0]!;
  const files = new Map([...all].map(([name, data]) => [name.slice(top.length + 1), data]));
  const install = files.get("install.json");
  if (!install) throw new PackageError(`${label} is not a ThreatConnect app package: ${top}/install.json is missing`);
  try {
    return { top, files, installJson: JSON.parse(install.toString("utf8")) };
  } catch {
    throw new PackageError(`${label}: ${top}/install.json is not valid JSON`);
  }
}

/**
 * Rejects a build whose top folder differs from a previous package of the same app and major version (the
 * platform would install it as a different app). A package of another app (appId) is foreign → error.
 */
export function assertSameInstallKey(model: AppModel, previous: TcxContents, label: string): void {
  if (previous.installJson.appId !== model.appId) {
    throw new PackageError(
      `${label} is a package of another app (appId ${previous.installJson.appId ?? "missing"}, expected ${model.appId})`,
    );
  }
  const prevMajor = Number.parseInt(String(previous.installJson.programVersion ?? "").split(".")[0] ?? "", 10);
  if (prevMajor === model.majorVersion && previous.top !== model.packageName) {
    throw new PackageError(
      `packageName changed from "${previous.top}" (${label}, ${previous.installJson.programVersion}) to "${model.packageName}" within major version ${model.majorVersion}: ThreatConnect would install it as a new app (hint: keep "${previous.top}" until the next major version)`,
    );
  }
}

/**
 * Checks the packages already in `outDir` (an earlier build of this app): a corrupt one is an error; one of
 * another app is left alone (it was not given to us); one of this app must keep the top folder in its major.
 */
export async function checkExistingPackages(model: AppModel, outDir: string): Promise<void> {
  if (!existsSync(outDir)) return;
  const names = (await readdir(outDir)).filter((n) => n.endsWith(".tcx")).sort();
  for (const name of names) {
    const previous = await readTcx(path.join(outDir, name));
    if (previous.installJson.appId === model.appId) assertSameInstallKey(model, previous, name);
  }
}

/** Writes `bytes` to `file` via a temp file and rename, so a failure never leaves half a package. */
async function writeAtomic(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

/** A built package. */
export interface BuiltPackage {
  path: string;
  bytes: number;
  sha256: string;
  entries: string[];
}

/** Builds `<outDir>/<packageName>.tcx` after checking it against `previous` packages (paths). */
export async function writeTcx(
  model: AppModel,
  root: string,
  outDir: string,
  options: PackageOptions & { previous?: readonly string[] } = {},
): Promise<BuiltPackage> {
  for (const file of options.previous ?? []) assertSameInstallKey(model, await readTcx(file), path.basename(file));
  await checkExistingPackages(model, outDir);
  const entries = await buildPackageEntries(model, root, options);
  const bytes = await zipEntries(model.packageName, entries);
  const file = path.join(outDir, `${model.packageName}.tcx`);
  await writeAtomic(file, bytes);
  return {
    path: file,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    entries: entries.map((e) => `${model.packageName}/${e.path}`),
  };
}

/**
 * Writes the unpacked package folder `<outDir>/<packageName>/` (what the platform extracts) and returns its path.
 * The emulator runs `python3 <dir>/run.py` in it, so tests exercise exactly what ships.
 */
export async function preparePackageDir(
  model: AppModel,
  root: string,
  outDir: string,
  options: PackageOptions = {},
): Promise<string> {
  const entries = await buildPackageEntries(model, root, options);
  const dir = path.join(outDir, model.packageName);
  await rm(dir, { recursive: true, force: true });
  for (const e of entries) {
    const file = path.join(dir, ...e.path.split("/"));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, e.contents);
    await chmod(file, e.mode);
  }
  return dir;
}
