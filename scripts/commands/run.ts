/**
 * `enrichkit run` — the emulator CLI, like `tcex run`: stage inputs in Redis, write the encrypted param file, run
 * the app the way the platform does, print its outputs, `message.tc` and exit code. `--mock` swaps VirusTotal for
 * the fixture-backed mock on 127.0.0.1 so a newcomer can try it offline; `--fault` injects vendor faults.
 * Exits with the app's exit code (2 for bad usage).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { defineCommand } from "citty";
import { appLayout, type MockVendor, startAppMock } from "../emulator/app-layout.js";
import { type AppInputs, emulate, type Launcher } from "../emulator/emulate.js";
import { startRedis } from "../emulator/redis.js";
import { DEFAULT_APP_PATH, loadApp } from "../lib/load.js";

/** The only key the mock accepts when `--mock` is given without VT_API_KEY: a placeholder, not a secret. */
const MOCK_API_KEY = "mock-api-key";

class UsageError extends Error {}

/** Reads the inputs file, or builds inputs from `--action`/`--indicator`. */
async function readInputs(args: { inputs?: string; action?: string; indicator?: string }): Promise<AppInputs> {
  if (args.inputs) {
    const text = await readFile(args.inputs, "utf8").catch(() => {
      throw new UsageError(`--inputs: cannot read ${args.inputs}`);
    });
    try {
      const parsed = JSON.parse(text) as AppInputs;
      if (!parsed.inputs || typeof parsed.inputs !== "object") throw new Error("missing the `inputs` object");
      return parsed;
    } catch (error) {
      throw new UsageError(
        `--inputs: ${args.inputs} is not an app inputs file (${(error as Error).message}); expected {"stage":{"kvstore":{}},"inputs":{}}`,
      );
    }
  }
  if (!args.action || !args.indicator) {
    throw new UsageError('give --inputs <file.json>, or --action "Enrich Address" --indicator 198.51.100.7');
  }
  return { inputs: { tc_action: args.action, indicator: args.indicator, api_key: "${env.VT_API_KEY}" } };
}

export default defineCommand({
  meta: { name: "run", description: "Run the app as ThreatConnect would (real Redis, encrypted param file)." },
  args: {
    inputs: { type: "string", description: "app inputs file: {stage:{kvstore}, inputs} (${env.X} is substituted)" },
    action: { type: "string", description: "tc_action, when no inputs file is given" },
    indicator: { type: "string", description: "indicator, when no inputs file is given" },
    app: { type: "string", description: "app definition", default: DEFAULT_APP_PATH },
    mock: { type: "boolean", description: "serve the vendor API from the recorded fixtures on 127.0.0.1" },
    fault: { type: "string", description: 'mock faults as JSON, e.g. \'[{"status":429,"retryAfter":"1","times":1}]\'' },
    launcher: {
      type: "string",
      description: "source (default) | in-process | package:<unpacked dir>",
      default: "source",
    },
  },
  async run({ args }) {
    let mock: MockVendor | undefined;
    const redis = await startRedis().catch((error: Error) => {
      process.stderr.write(`enrichkit run: ${error.message}\n`);
      process.exit(2);
    });
    try {
      const { app, path: appPath } = await loadApp(args.app);
      const layout = appLayout(appPath);
      const inputs = await readInputs(args);
      const env = { ...process.env };
      if (args.mock) {
        const faults = args.fault ? (JSON.parse(args.fault) as unknown[]) : [];
        env.VT_API_KEY ??= MOCK_API_KEY;
        mock = await startAppMock(layout, { apiKey: env.VT_API_KEY, faults });
        inputs.inputs = { ...inputs.inputs, api_url: mock.url };
        process.stdout.write(`mock vendor API: ${mock.url}\n`);
      }
      const launcher: Launcher = args.launcher.startsWith("package:")
        ? { kind: "package", dir: path.resolve(args.launcher.slice("package:".length)) }
        : args.launcher === "in-process"
          ? { kind: "in-process" }
          : { kind: "source", main: layout.main };
      const result = await emulate({ app, inputs, redis, launcher, env });
      process.stdout.write(`${JSON.stringify({ outputs: result.outputs }, null, 2)}\n`);
      process.stdout.write(`message.tc: ${result.messageTc.trimEnd()}\n`);
      process.stdout.write(`exit code: ${result.exitCode}\n`);
      if (result.stderr) process.stderr.write(result.stderr);
      process.exitCode = result.exitCode;
    } catch (error) {
      process.stderr.write(`enrichkit run: ${(error as Error).message}\n`);
      process.exitCode = 2;
    } finally {
      await mock?.close();
      await redis.stop();
    }
  },
});
