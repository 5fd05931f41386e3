/**
 * Sample outputs for the docs, SDD and video: each action's worked example run through the emulator (real Redis,
 * encrypted param file, the app's own runner) against the app's mock vendor replaying recorded fixtures.
 * Never hand-typed: change the mapping and every sample changes with it.
 */
import type { AnyAppDefinition } from "../../lib/define-app.js";
import { appLayout, startAppMock } from "../emulator/app-layout.js";
import { EMULATOR_JOB_ID, emulate } from "../emulator/emulate.js";
import { startRedis } from "../emulator/redis.js";
import type { SampleRun } from "./types.js";

/** A placeholder credential for the mock; it is not a real key and the mock accepts only this one. */
const SAMPLE_API_KEY = "sample-api-key-not-a-secret";

/** Runs every action's example through the emulator on its fixture and returns the outputs, in action order. */
export async function collectSamples(app: AnyAppDefinition, appPath: string): Promise<SampleRun[]> {
  const layout = appLayout(appPath);
  const redis = await startRedis();
  const mock = await startAppMock(layout, { apiKey: SAMPLE_API_KEY }).catch(async (error) => {
    await redis.stop();
    throw error;
  });
  try {
    const samples: SampleRun[] = [];
    for (const action of app.actions) {
      const result = await emulate({
        app,
        redis,
        launcher: { kind: "in-process" },
        inputs: {
          inputs: {
            tc_action: action.name,
            [app.indicatorParam]: action.example.indicator,
            [app.vendor.auth.param]: SAMPLE_API_KEY,
            api_url: mock.url,
          },
        },
        // A fixed log level keeps the run quiet and its outputs independent of the caller's settings.
        tcParams: { tc_log_level: "warning" },
      });
      const prefix = `#App:${EMULATOR_JOB_ID}:`;
      samples.push({
        action: action.name,
        indicator: action.example.indicator,
        fixture: action.example.fixture,
        exitCode: result.exitCode,
        messageTc: result.messageTc.trimEnd(),
        outputs: Object.fromEntries(Object.entries(result.outputs).map(([k, v]) => [k.slice(prefix.length), v])),
      });
    }
    return samples;
  } finally {
    await mock.close();
    await redis.stop();
  }
}
