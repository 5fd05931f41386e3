/**
 * The launcher's own argument parsing and input listing (scripts/lib/fast-check.mjs): what it cannot parse goes to
 * the full command, and its defaults match the pipeline's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_APP,
  declaredInputs,
  hashInputs,
  inputsKeyOf,
  parseCachedArgs,
} from "../../scripts/lib/fast-check.mjs";
import { DEFAULT_APP_PATH } from "../../scripts/lib/load.js";

describe("parseCachedArgs", () => {
  const cases: [string, string[], Record<string, unknown> | undefined][] = [
    ["check_defaults", ["check"], { command: "check", app: DEFAULT_APP, samples: "auto", cache: true, explain: false }],
    [
      "check_app_and_flags",
      ["check", "--app", "x/src/app.ts", "--no-cache", "--explain"],
      { app: "x/src/app.ts", cache: false, explain: true },
    ],
    [
      "generate_app_equals",
      ["generate", "--app=x/src/app.ts", "--no-samples"],
      { app: "x/src/app.ts", samples: "stored" },
    ],
    ["help_is_not_parsed", ["check", "--help", "--explain"], { unparsed: "--help", explain: true }],
    ["app_without_value_is_not_parsed", ["check", "--app"], { unparsed: "--app" }],
    ["validate_has_no_samples_switch", ["validate", "--no-samples"], { unparsed: "--no-samples" }],
    ["build_is_not_cached", ["build"], undefined],
    ["no_command", [], undefined],
  ];
  it.each(cases)("%s", (_name, argv, want) => {
    const got = parseCachedArgs(argv);
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject(want);
  });

  it("default_app_matches_the_pipeline", () => {
    expect(DEFAULT_APP).toBe(DEFAULT_APP_PATH);
  });
});

describe("inputs key", () => {
  it("changes with a file's bytes, a new file, the options; not with nothing", () => {
    const root = mkdtempSync(join(tmpdir(), "enrichkit-inputs-"));
    try {
      const write = (rel: string, text: string) => {
        mkdirSync(join(root, rel, ".."), { recursive: true });
        writeFileSync(join(root, rel), text);
      };
      write("app/src/app.ts", "export const app = 1;\n");
      write("app/mock/index.ts", "// mock\n");
      write("app/README.md", "generated, not an input\n");
      write("solution-design/narrative/overview.md", "Overview.\n");
      const where = { root, toolRoot: join(root, "tool"), appAbs: join(root, "app/src/app.ts") };
      const options = { app: "app/src/app.ts", samples: "auto" };
      const key = () => inputsKeyOf(hashInputs(root, declaredInputs(where)), options);
      const first = key();
      expect(Object.keys(hashInputs(root, declaredInputs(where))).sort()).toEqual([
        "app/mock/index.ts",
        "app/src/app.ts",
        "solution-design/narrative/overview.md",
      ]);
      expect(key()).toBe(first);
      write("app/README.md", "edited output\n");
      expect(key()).toBe(first);
      write("solution-design/narrative/overview.md", "Overview!\n");
      const second = key();
      expect(second).not.toBe(first);
      write("app/fixtures/new.json", "{}\n");
      expect(key()).not.toBe(second);
      expect(inputsKeyOf(hashInputs(root, declaredInputs(where)), { ...options, samples: "stored" })).not.toBe(key());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
