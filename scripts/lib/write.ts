/**
 * The only code that writes generated files: atomic (temp file + rename), unchanged files untouched.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "./types.js";

/** Counts and paths of a write. */
export interface WriteResult {
  changed: string[];
  unchanged: string[];
}

/** Contents as bytes (text is UTF-8). */
export function toBytes(contents: string | Uint8Array): Buffer {
  return typeof contents === "string" ? Buffer.from(contents, "utf8") : Buffer.from(contents);
}

/** Current bytes of `path` under `root`, or undefined when missing. */
export async function readExisting(root: string, path: string): Promise<Buffer | undefined> {
  const abs = join(root, path);
  return existsSync(abs) ? readFile(abs) : undefined;
}

async function writeAtomic(abs: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(abs), { recursive: true });
  const tmp = `${abs}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, abs);
}

/** Writes every file whose bytes differ; leaves identical files (and their mtimes) alone. */
export async function writeFiles(root: string, files: readonly GeneratedFile[]): Promise<WriteResult> {
  const result: WriteResult = { changed: [], unchanged: [] };
  for (const file of files) {
    const bytes = toBytes(file.contents);
    const existing = await readExisting(root, file.path);
    if (existing?.equals(bytes)) {
      result.unchanged.push(file.path);
      continue;
    }
    await writeAtomic(join(root, file.path), bytes);
    result.changed.push(file.path);
  }
  return result;
}
