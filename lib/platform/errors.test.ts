/** The platform's error catalogue matches what the platform really throws: every class and every message shape. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type AnyAppDefinition, defineApp } from "../define-app.js";
import { AppError, platformErrors } from "./errors.js";
import { resolveInputs } from "./inputs.js";
import type { KvStore } from "./kvstore.js";
import { connectRedisKvStore } from "./kvstore.js";
import { memoryLogger } from "./logger.js";
import { decryptParamFile, encryptParamFile, readParamFile } from "./param-file.js";
import { INTERRUPT_MESSAGE } from "./run-app.js";
import { parseTcParams } from "./tc-params.js";

/** `{placeholder}` → `.+`, everything else literal. */
function shape(template: string): RegExp {
  const parts = template.split(/\{[a-z]+\}/i).map((p) => p.replace(/[.*+?^$()[\]\\|]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}

async function thrown(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

const kv: KvStore = { read: async () => undefined, writeMany: async () => {}, close: async () => {} };
const app: AnyAppDefinition = defineApp({
  ...({} as AnyAppDefinition),
  indicatorParam: "indicator",
  vendor: { limits: { maxIndicatorsPerRun: 5 } } as AnyAppDefinition["vendor"],
  actions: [
    { name: "Go", indicatorTypes: ["Host"], description: "", calls: [], example: { indicator: "", fixture: "" } },
  ],
  params: [
    { name: "indicator", label: "Indicator", type: "String", section: "Action", required: true, schema: z.string() },
    {
      name: "n",
      label: "N",
      type: "String",
      section: "Configure",
      schema: z.string().regex(/^\d+$/, "must be a number"),
    },
  ],
});

describe("platformErrors", () => {
  const byClass = new Map(platformErrors.map((e) => [e.class, e]));

  it("has unique classes, each with a cause and a fix", () => {
    expect(byClass.size).toBe(platformErrors.length);
    for (const e of platformErrors) expect(e.cause.length * e.fix.length).toBeGreaterThan(0);
  });

  it("every platform failure throws a catalogued class with a message of the catalogued shape", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "platform-errors-"));
    const cases: AppError[] = [
      await thrown(() =>
        readParamFile({ TC_APP_PARAM_FILE: path.join(dir, "none"), TC_APP_PARAM_KEY: "k".repeat(16) }),
      ),
      await thrown(() => encryptParamFile({}, "short")),
      await thrown(() => decryptParamFile(Buffer.alloc(32, 1), "k".repeat(16))),
      await thrown(() => parseTcParams({ tc_kvstore_port: "x" })),
      await thrown(() =>
        connectRedisKvStore(
          parseTcParams({ tc_playbook_kvstore_context: "c", tc_kvstore_host: "127.0.0.1", tc_kvstore_port: 1 }),
        ),
      ),
      await thrown(() => resolveInputs(app, { tc_action: "Go" }, kv, memoryLogger())),
      await thrown(() => resolveInputs(app, { tc_action: "Go", indicator: "a", n: "x" }, kv, memoryLogger())),
    ];
    await rm(dir, { recursive: true, force: true });
    for (const error of cases) {
      const entry = byClass.get(error.errorClass);
      expect(entry, error.errorClass).toBeDefined();
      expect(error.message).toMatch(shape(entry!.message));
      expect(error.exitCode).toBe(entry!.exitCode);
    }
    expect(new Set(cases.map((c) => c.errorClass)).size).toBe(7);
  });

  it("the interrupt message is the catalogued one", () => {
    expect(INTERRUPT_MESSAGE).toBe(byClass.get("Interrupted")!.message);
  });
});
