/**
 * A throwaway repository for end-to-end command tests: the fixture app copied to `<tmp>/app/src/app.ts`, the
 * project's node_modules linked in, and `enrichkit <command>` run as a real process with that folder as cwd.
 * The real repo tree is never touched.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(ROOT, "scripts", "enrichkit.ts");
export const FIXTURE_APP = join(ROOT, "scripts", "lib", "fixtures", "mini-app", "src", "app.ts");
export const APP = "app/src/app.ts";

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface TempRepo {
  dir: string;
  path: (rel: string) => string;
  read: (rel: string) => string;
  write: (rel: string, text: string) => void;
  /** Rewrites the app definition with `edit`. */
  editApp: (edit: (source: string) => string) => void;
  run: (command: string, ...args: string[]) => CommandResult;
  remove: () => void;
}

/** Creates the temporary repo with the fixture app (optionally edited). */
export function makeRepo(editApp: (source: string) => string = (s) => s): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), "enrichkit-e2e-"));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  const path = (rel: string) => join(dir, rel);
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(path(rel)), { recursive: true });
    writeFileSync(path(rel), text);
  };
  const read = (rel: string) => readFileSync(path(rel), "utf8");
  write(APP, editApp(readFileSync(FIXTURE_APP, "utf8")));
  return {
    dir,
    path,
    read,
    write,
    editApp: (edit) => write(APP, edit(read(APP))),
    run: (command, ...args) => {
      const r = spawnSync(
        process.execPath,
        ["--import", "tsx", CLI, command, ...(args.includes("--app") ? [] : ["--app", APP]), ...args],
        {
          cwd: dir,
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
          timeout: 60_000,
        },
      );
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
