/**
 * The `enrichkit build` runner: one progress line per step, a failed step never stops the others, a missing tool
 * is installed (root) or reported with the exact command, and the closing table lists every file produced.
 */
import { describe, expect, it } from "vitest";
import { assertOrder, buildSteps, installCommand, renderFileTable, runBuildSteps } from "../../scripts/build/index.js";
import { selectSteps, summarizeSteps } from "../../scripts/commands/build.js";
import { buildModel } from "../../scripts/lib/model.js";
import type { BuildStep } from "../../scripts/lib/types.js";
import { miniApp } from "../../scripts/render/playbooks/__fixtures__/mini-app.js";

const model = buildModel(miniApp, { source: "acme-app/src/app.ts" });
const ctx = { root: "/repo", dist: "/repo/dist", model };

const step = (id: string, run: BuildStep["run"], extra: Partial<BuildStep> = {}): BuildStep => ({
  id,
  title: `Step ${id}`,
  run,
  ...extra,
});
const ok = (id: string, bytes = 10) => step(id, async () => [{ path: `dist/${id}.out`, bytes, ms: 5 }]);

describe("runBuildSteps", () => {
  it("runs every step in order, keeps going after a failure, and numbers the progress lines", async () => {
    const lines: string[] = [];
    const order: string[] = [];
    const steps = [
      step("a", async () => {
        order.push("a");
        return [];
      }),
      step("b", async () => {
        order.push("b");
        throw new Error("boom");
      }),
      step("c", async () => {
        order.push("c");
        return [{ path: "dist/c.out", bytes: 3, ms: 1 }];
      }),
    ];
    const results = await runBuildSteps(steps, ctx, {
      print: (l) => lines.push(l),
      hasTool: () => true,
      offset: 1,
      total: 4,
    });
    expect(order).toEqual(["a", "b", "c"]);
    expect(results.map((r) => r.status)).toEqual(["done", "failed", "done"]);
    expect(results[1]!.reason).toBe("boom");
    expect(lines.filter((l) => /^\[\d\/4\] Step \w … (done|FAILED)/.test(l))).toHaveLength(3);
    expect(lines).toContainEqual(expect.stringMatching(/^\[3\/4\] Step b … FAILED in \d+\.\d s: boom$/));
    expect(results[2]!.files).toEqual([{ path: "dist/c.out", bytes: 3, ms: 1 }]);
  });

  it("installs a missing tool when it can, else skips the step with the exact install command", async () => {
    const needs = (id: string) =>
      step(id, async () => [], {
        requires: [
          { command: "chromium", aptPackage: "chromium" },
          { command: "ffprobe", aptPackage: "ffmpeg" },
        ],
      });
    let installed = false;
    const installer = async (packages: readonly string[]) => {
      expect(packages).toEqual(["chromium", "ffmpeg"]);
      installed = true;
      return true;
    };
    const after = await runBuildSteps([needs("x")], ctx, { print: () => {}, hasTool: () => installed, installer });
    expect(after[0]!.status).toBe("done");

    const lines: string[] = [];
    const skipped = await runBuildSteps([needs("y"), ok("z")], ctx, {
      print: (l) => lines.push(l),
      hasTool: (c) => c !== "chromium",
      installer: async () => false,
    });
    expect(skipped.map((r) => r.status)).toEqual(["skipped", "done"]);
    expect(skipped[0]!.reason).toBe(
      "needs chromium; install with: apt-get install -y --no-install-recommends chromium",
    );
    expect(lines.join("\n")).toContain(
      "skipped (needs chromium; install with: apt-get install -y --no-install-recommends chromium)",
    );
  });

  it("rejects a step ordered before the step it runs after", () => {
    expect(() => assertOrder([ok("b"), step("a", async () => [], { after: ["b"] })])).not.toThrow();
    expect(() => assertOrder([step("a", async () => [], { after: ["b"] }), ok("b")])).toThrow(
      /"a" must come after "b"/,
    );
    expect(() => assertOrder([step("a", async () => [], { after: ["nope"] })])).toThrow(/unknown step "nope"/);
    expect(() => assertOrder(buildSteps)).not.toThrow();
  });
});

describe("build command helpers", () => {
  it("selects steps by id and refuses unknown ones", () => {
    expect(selectSteps(buildSteps, "package,submission").map((s) => [s.id, s.after ?? []])).toEqual([
      ["package", []],
      ["submission", ["package"]],
    ]);
    expect(selectSteps(buildSteps, undefined)).toHaveLength(buildSteps.length);
    expect(() => selectSteps(buildSteps, "package,nope")).toThrow(/unknown step nope/);
  });

  it("renders the closing table with every file, sizes, times and the total wall time", () => {
    const table = renderFileTable(
      [
        { path: "dist/package/acme_intel_enrichment_v2.tcx", bytes: 812_345, ms: 1234 },
        { path: "reference-app/install.json", bytes: 900, ms: 40 },
      ],
      65_400,
    ).split("\n");
    expect(table[0]).toMatch(/^file\s+size\s+time$/);
    expect(table[2]).toMatch(/^dist\/package\/acme_intel_enrichment_v2\.tcx\s+793\.3 KB\s+1\.2 s$/);
    expect(table[3]).toMatch(/^reference-app\/install\.json\s+900 B\s+0\.0 s$/);
    expect(table.at(-1)).toBe("2 files, total wall time 65.4 s");
    expect(installCommand(["ffmpeg", "chromium", "ffmpeg"])).toBe(
      "apt-get install -y --no-install-recommends chromium ffmpeg",
    );
  });

  it("summarizes done, failed and skipped steps with reasons", () => {
    const r = (id: string, status: "done" | "failed" | "skipped", reason?: string) => ({
      id,
      title: id,
      status,
      ms: 1,
      files: [],
      reason,
    });
    expect(summarizeSteps([r("a", "done"), r("b", "failed", "boom"), r("c", "skipped", "needs x")])).toEqual([
      "1 steps done, 1 failed, 1 skipped",
      "  FAILED b: boom",
      "  SKIPPED c: needs x",
    ]);
  });
});
