/**
 * `buildAppBundle`: the app entry (`<appDir>/src/main.ts`) as one self-contained ESM file for Node 20, every
 * dependency inlined. CommonJS dependencies (ioredis, …) call `require`, which ESM lacks, so the banner defines
 * one with `createRequire`. Paths in esbuild's comments are relative to `root`, so the bytes carry no host path.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

/** Node version the bundle targets (the launcher refuses anything older). */
export const NODE_TARGET_MAJOR = 20;

const REQUIRE_SHIM =
  'import { createRequire as __enrichkitCreateRequire } from "node:module"; const require = __enrichkitCreateRequire(import.meta.url);';

/** What to bundle. */
export interface BundleOptions {
  /** Entry file, absolute or relative to `root`. */
  entry: string;
  /** Repository root: module resolution and comment paths are relative to it. */
  root: string;
  /** Also write the bundle here (absolute or relative to `root`). */
  outFile?: string;
}

/** The bundle's bytes (and where it was written, when `outFile` is given). */
export interface Bundle {
  contents: Uint8Array;
  path?: string;
}

const ENRICHKIT_ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * esbuild names modules (comments, CommonJS wrapper keys) by paths relative to `root`; for an app outside this checkout (`enrichkit init`)
 * they would spell out where Enrichkit lives on this host, so that prefix becomes `enrichkit/`.
 */
function withoutHostPaths(bytes: Uint8Array, root: string): Uint8Array {
  const rel = path.relative(path.resolve(root), ENRICHKIT_ROOT).split(path.sep).join("/");
  if (!rel.startsWith("..")) return bytes;
  const text = Buffer.from(bytes).toString("utf8").replaceAll(`${rel}/`, "enrichkit/");
  return Buffer.from(text, "utf8");
}

/** Bundles the app with esbuild; a resolution or syntax error throws with esbuild's message and the entry. */
export async function buildAppBundle(options: BundleOptions): Promise<Bundle> {
  const entry = path.resolve(options.root, options.entry);
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: path.resolve(options.root),
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${NODE_TARGET_MAJOR}`,
    banner: { js: REQUIRE_SHIM },
    legalComments: "none",
    // Half the bytes to compile at every start: the cold start is dominated by compiling the bundle.
    minify: true,
    charset: "utf8",
    write: false,
    logLevel: "silent",
  }).catch((error: Error) => {
    throw new Error(`cannot bundle ${path.relative(options.root, entry)}: ${error.message}`, { cause: error });
  });
  const contents = withoutHostPaths(result.outputFiles[0]!.contents, options.root);
  if (!options.outFile) return { contents };
  const out = path.resolve(options.root, options.outFile);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, contents);
  return { contents, path: out };
}
