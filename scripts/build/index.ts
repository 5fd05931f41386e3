/**
 * The ordered registry of `enrichkit build` steps and the runner: check each step's system tools (install them with
 * apt when running as root, else skip the step with the exact install command), run the steps in order with one
 * progress line each, keep going after a failure, and collect every file produced for the closing table.
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { BuildContext, BuildStep, BuiltFile, SystemTool } from "../lib/types.js";
import { docsStep } from "./docs.js";
import { packageStep } from "./package.js";
import { picturesStep } from "./pictures.js";
import { playbookPicturesStep } from "./playbook-pictures.js";
import { sddStep } from "./sdd.js";
import { slidesStep } from "./slides.js";
import { submissionStep } from "./submission.js";
import { videoStep } from "./video.js";

/** Every step in run order; `after` constraints are checked by `assertOrder`. */
export const buildSteps: readonly BuildStep[] = [
  sddStep,
  picturesStep,
  playbookPicturesStep,
  docsStep,
  slidesStep,
  videoStep,
  packageStep,
  submissionStep,
];

/** Throws when a step's `after` names an unknown step or one that runs later. */
export function assertOrder(steps: readonly BuildStep[]): void {
  const position = new Map(steps.map((s, i) => [s.id, i]));
  steps.forEach((step, i) => {
    for (const dep of step.after ?? []) {
      const at = position.get(dep);
      if (at === undefined) throw new Error(`build step "${step.id}" runs after unknown step "${dep}"`);
      if (at > i) throw new Error(`build step "${step.id}" must come after "${dep}" in scripts/build/index.ts`);
    }
  });
}

/** True when `command` is an executable file on PATH (no process spawned). */
export function hasCommand(command: string, envPath = process.env.PATH ?? ""): boolean {
  return envPath
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(path.join(dir, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** The command that installs `packages` (what we run as root, and what we print otherwise). */
export function installCommand(packages: readonly string[]): string {
  return `apt-get install -y --no-install-recommends ${[...new Set(packages)].sort().join(" ")}`;
}

/** Installs apt packages; resolves true on success. Injected in tests. */
export type Installer = (packages: readonly string[]) => Promise<boolean>;

const exec = promisify(execFile);

/** apt-get as root; false when not root, apt is missing, or the install fails (bounded to 10 minutes). */
export const aptInstaller: Installer = async (packages) => {
  if (process.getuid?.() !== 0 || !hasCommand("apt-get")) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => exec("apt-get", installCommand(packages).split(" ").slice(1), { env, timeout: 600_000 });
  try {
    await install();
    return true;
  } catch {
    // A fresh machine has no package lists yet: update once, then try again.
    try {
      await exec("apt-get", ["update", "-qq"], { env, timeout: 300_000 });
      await install();
      return true;
    } catch {
      return false;
    }
  }
};

/** Outcome of one step. */
export interface StepResult {
  id: string;
  title: string;
  status: "done" | "failed" | "skipped";
  ms: number;
  files: BuiltFile[];
  /** Why it failed or was skipped (the install command for a missing tool). */
  reason?: string;
}

/** Runner dependencies, injectable for tests. */
export interface RunOptions {
  installer?: Installer;
  hasTool?: (command: string) => boolean;
  /** Progress output (one line per call). */
  print?: (line: string) => void;
}

/** Missing tools after trying to install them; [] when all are present. */
async function ensureTools(tools: readonly SystemTool[], options: Required<RunOptions>): Promise<SystemTool[]> {
  const missing = tools.filter((t) => !options.hasTool(t.command));
  if (missing.length === 0) return [];
  options.print(
    `      missing ${missing.map((t) => t.command).join(", ")}: trying ${installCommand(missing.map((t) => t.aptPackage))}`,
  );
  await options.installer(missing.map((t) => t.aptPackage));
  return missing.filter((t) => !options.hasTool(t.command));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function runStep(
  step: BuildStep,
  label: string,
  ctx: BuildContext,
  options: Required<RunOptions>,
): Promise<StepResult> {
  const base = { id: step.id, title: step.title };
  options.print(`${label} ${step.title} …`);
  const started = performance.now();
  const missing = await ensureTools(step.requires ?? [], options);
  if (missing.length) {
    const reason = `needs ${missing.map((t) => t.command).join(", ")}; install with: ${installCommand(missing.map((t) => t.aptPackage))}`;
    options.print(`${label} ${step.title} … skipped (${reason})`);
    return { ...base, status: "skipped", ms: performance.now() - started, files: [], reason };
  }
  try {
    const files = await step.run({ ...ctx, log: (line) => options.print(`      ${line}`) });
    const ms = performance.now() - started;
    options.print(`${label} ${step.title} … done in ${seconds(ms)}`);
    return { ...base, status: "done", ms, files };
  } catch (error) {
    const ms = performance.now() - started;
    const reason = error instanceof Error ? error.message : String(error);
    options.print(`${label} ${step.title} … FAILED in ${seconds(ms)}: ${reason}`);
    return { ...base, status: "failed", ms, files: [], reason };
  }
}

/** Runs `steps` in order; a failed or skipped step never stops the others. `offset`/`total` number the lines. */
export async function runBuildSteps(
  steps: readonly BuildStep[],
  ctx: Omit<BuildContext, "log">,
  options: RunOptions & { offset?: number; total?: number } = {},
): Promise<StepResult[]> {
  assertOrder(steps);
  const resolved: Required<RunOptions> = {
    installer: options.installer ?? aptInstaller,
    hasTool: options.hasTool ?? ((c) => hasCommand(c)),
    print: options.print ?? ((line) => process.stdout.write(`${line}\n`)),
  };
  const offset = options.offset ?? 0;
  const total = options.total ?? steps.length;
  const results: StepResult[] = [];
  for (const [i, step] of steps.entries()) {
    results.push(await runStep(step, `[${offset + i + 1}/${total}]`, { ...ctx, log: resolved.print }, resolved));
  }
  return results;
}

/** Human size: 812 B, 14.2 KB, 3.1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The closing table: every file produced (path, size, time), then the total wall time. */
export function renderFileTable(files: readonly BuiltFile[], wallMs: number): string {
  const rows = files.map((f) => [f.path, formatBytes(f.bytes), seconds(f.ms)]);
  const header = ["file", "size", "time"];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `${files.length} files, total wall time ${seconds(wallMs)}`,
  ].join("\n");
}
