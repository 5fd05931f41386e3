/**
 * The emulator: plays ThreatConnect's side of the runtime contract locally, like `tcex run`
 * (threatconnect.md §3, §8 "Local run"). It stages KV inputs in a real Redis, writes the encrypted parameter file,
 * runs the app (in-process, from source, from the bundle, or through the package's `run.py`), then reads back the
 * outputs from the context hash, `message.tc` and the exit code.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { type AnyAppDefinition, appliesTo } from "../../lib/define-app.js";
import { encryptParamFile } from "../../lib/platform/param-file.js";
import type { RedisEndpoint } from "./redis.js";

/** The `app_inputs.json` shape `tcex run` reads: values to stage in the KV store, and the app's inputs. */
export interface AppInputs {
  stage?: { kvstore?: Record<string, unknown> };
  inputs: Record<string, unknown>;
}

/** How the app process is started. */
export type Launcher =
  | { kind: "in-process" }
  | { kind: "source"; main: string }
  | { kind: "bundle"; script: string }
  | { kind: "package"; dir: string };

export interface EmulateOptions {
  app: AnyAppDefinition;
  inputs: AppInputs;
  redis: RedisEndpoint;
  launcher: Launcher;
  /** Extra `tc_*` params (e.g. proxy, log level), merged over the emulator's defaults. */
  tcParams?: Record<string, unknown>;
  /** Keep the working directory (logs) instead of deleting it. */
  keepWorkDir?: boolean;
  /** Outputs to request; default every output the selected action produces. */
  requestedOutputs?: string[];
  /** Environment for a spawned app (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Sends SIGTERM to a spawned app after this many ms (tests the interrupt path). */
  killAfterMs?: number;
  /** A command prefix for a spawned app, e.g. `["/usr/bin/time", "-f", "%M"]` to measure peak RSS. */
  wrap?: string[];
}

export interface EmulateResult {
  exitCode: number;
  messageTc: string;
  /** Outputs by full variable, parsed from their JSON values, sorted by variable. */
  outputs: Record<string, unknown>;
  /** The app's log file contents (masked by the app). */
  log: string;
  stdout: string;
  stderr: string;
  workDir: string;
  /** Wall time from starting the app to its exit (spawn → exit for spawned launchers). */
  elapsedMs: number;
  /**
   * Wall time from starting the app to `message.tc` being written — the app's last act, after its outputs are in
   * Redis (from the file's mtime); undefined when no message.tc was written.
   */
  readyMs?: number;
}

/** The app's job id in output variables (any stable number: the platform assigns one per job). */
export const EMULATOR_JOB_ID = 9876;

/** `#App:<job>:<name>!<type>` for every output the action produces. */
export function outputVariablesFor(app: AnyAppDefinition, action: string): string[] {
  return app.outputs
    .filter((o) => appliesTo(o, action))
    .map((o) => `#App:${EMULATOR_JOB_ID}:${o.name}!${o.type}`)
    .sort();
}

/** Replaces `${env.NAME}` in string values, as `tcex run` does for app_inputs.json. */
export function substituteEnv(value: unknown, env: NodeJS.ProcessEnv): unknown {
  if (typeof value === "string") {
    return value.replace(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const found = env[name];
      if (found === undefined) throw new Error(`app inputs reference \${env.${name}} but ${name} is not set`);
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((v) => substituteEnv(v, env));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteEnv(v, env)]));
  }
  return value;
}

/** Runs the app once as the platform would and collects what it produced. */
export async function emulate(options: EmulateOptions): Promise<EmulateResult> {
  const env = options.env ?? process.env;
  const inputs = substituteEnv(options.inputs.inputs, env) as Record<string, unknown>;
  const action = String(inputs.tc_action ?? "");
  const workDir = await mkdtemp(path.join(tmpdir(), "enrichkit-run-"));
  const dirs = {
    in: path.join(workDir, "in"),
    out: path.join(workDir, "out"),
    log: path.join(workDir, "log"),
    temp: path.join(workDir, "temp"),
  };
  await Promise.all(Object.values(dirs).map((d) => mkdir(d, { recursive: true })));

  const context = `enrichkit-${randomBytes(8).toString("hex")}`;
  const redis = new Redis({
    host: options.redis.host,
    port: options.redis.port,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  await redis.connect();
  try {
    const staged = substituteEnv(options.inputs.stage?.kvstore ?? {}, env) as Record<string, unknown>;
    for (const [variable, value] of Object.entries(staged)) {
      await redis.hset(context, variable, JSON.stringify(value));
    }

    const params = {
      tc_kvstore_type: "Redis",
      tc_kvstore_host: options.redis.host,
      tc_kvstore_port: options.redis.port,
      tc_playbook_kvstore_id: 0,
      tc_playbook_kvstore_context: context,
      tc_playbook_out_variables: (options.requestedOutputs ?? outputVariablesFor(options.app, action)).join(","),
      tc_log_path: dirs.log,
      tc_log_file: "app.log",
      tc_log_level: "debug",
      tc_out_path: dirs.out,
      tc_in_path: dirs.in,
      tc_temp_path: dirs.temp,
      tc_proxy_external: false,
      ...options.tcParams,
      ...inputs,
    };
    const key = randomBytes(12).toString("base64url").slice(0, 16);
    const paramFile = path.join(dirs.in, "params.enc");
    await writeFile(paramFile, encryptParamFile(params, key), { mode: 0o600 });
    const appEnv = { ...env, TC_APP_PARAM_FILE: paramFile, TC_APP_PARAM_KEY: key };

    const startedAt = Date.now();
    const run = await launch(options, appEnv);
    const written = await stat(path.join(dirs.out, "message.tc")).catch(() => undefined);
    const hash = await redis.hgetall(context);
    const outputs: Record<string, unknown> = {};
    for (const variable of Object.keys(hash).sort()) {
      if (variable in staged) continue;
      outputs[variable] = JSON.parse(hash[variable]);
    }
    return {
      ...run,
      readyMs: written ? written.mtimeMs - startedAt : undefined,
      outputs,
      messageTc: await readFile(path.join(dirs.out, "message.tc"), "utf8").catch(() => ""),
      log: await readFile(path.join(dirs.log, "app.log"), "utf8").catch(() => ""),
      workDir,
    };
  } finally {
    await redis.del(context).catch(() => 0);
    redis.disconnect();
    if (!options.keepWorkDir) await rm(workDir, { recursive: true, force: true });
  }
}

/** Starts the app with the given launcher; resolves with its exit code and captured streams. */
async function launch(
  options: EmulateOptions,
  env: NodeJS.ProcessEnv,
): Promise<{ exitCode: number; stdout: string; stderr: string; elapsedMs: number }> {
  const { launcher } = options;
  if (launcher.kind === "in-process") {
    const { runApp } = await import("../../lib/platform/run-app.js");
    const started = performance.now();
    const exitCode = await runApp(options.app, { env });
    return { exitCode, stdout: "", stderr: "", elapsedMs: performance.now() - started };
  }
  const [command, args] =
    launcher.kind === "source"
      ? [process.execPath, ["--import", "tsx", launcher.main]]
      : launcher.kind === "bundle"
        ? [process.execPath, [launcher.script]]
        : ["python3", [path.join(launcher.dir, "run.py")]];
  const argv = [...(options.wrap ?? []), command, ...args];
  const started = performance.now();
  const child = spawn(argv[0], argv.slice(1), { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const timer = options.killAfterMs ? setTimeout(() => child.kill("SIGTERM"), options.killAfterMs) : undefined;
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const elapsedMs = performance.now() - started;
  clearTimeout(timer);
  return { exitCode, stdout, stderr, elapsedMs };
}
