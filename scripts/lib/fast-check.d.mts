/** Types of scripts/lib/fast-check.mjs (plain JavaScript so the launcher needs no tsx). */

export declare const MANIFEST_VERSION: number;
export declare const DEFAULT_APP: string;
export declare const CACHED_COMMANDS: readonly string[];
export declare const PENDING_SLOT: unique symbol;

export interface CacheOptions {
  /** Definition source, root-relative POSIX. */
  app: string;
  /** "auto" (default), "stored" (--no-samples) or "any" (validate). */
  samples: string;
}

/** What the launcher hands the full command (same process) so a successful run records a manifest. */
export interface PendingRecord {
  manifestPath: string;
  root: string;
  command: string;
  options: CacheOptions;
  /** sha256 by input label, hashed before the full run. */
  hashes: Record<string, string>;
  /** file: URLs tsx loaded during the full run. */
  imported: Set<string>;
  explain?: boolean;
}

export interface ManifestRecord {
  outputs: Record<string, string>;
  managed: { dirs: string[]; allowed: string[] };
  problems: string[];
  summary: string;
}

export interface CachedArgs {
  command: string;
  app: string;
  samples: string;
  cache: boolean;
  explain: boolean;
  unparsed?: string;
}

export type CacheAttempt =
  | { hit: true; output: string; reason: string; explain: boolean }
  | { hit: false; reason: string; argv: string[]; explain: boolean; pending?: PendingRecord };

export declare function sha256(data: string | Uint8Array): string;
export declare function listFiles(root: string, dir: string): string[];
export declare function parseCachedArgs(argv: readonly string[]): CachedArgs | undefined;
export declare function cacheDirOf(toolRoot: string, env?: NodeJS.ProcessEnv): string;
export declare function manifestPathOf(cacheDir: string, root: string, appSource: string): string;
export declare function declaredInputs(where: { root: string; toolRoot: string; appAbs: string }): string[];
export declare function hashInputs(root: string, absPaths: readonly string[]): Record<string, string>;
export declare function inputsKeyOf(hashes: Record<string, string>, options: CacheOptions): string;
export declare function tryRenderCache(where: {
  argv: readonly string[];
  root: string;
  toolRoot: string;
  env?: NodeJS.ProcessEnv;
}): CacheAttempt;
export declare function pendingRenderCache(): PendingRecord | undefined;
export declare function writeRenderManifest(pending: PendingRecord, record: ManifestRecord): string;
