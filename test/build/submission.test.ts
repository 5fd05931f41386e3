/**
 * The playbook pictures (real headless Chromium) and the partner submission folder built from them, the package,
 * an SDD PDF and the attribute definitions — read back the way ThreatConnect's reviewers would.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_SUBDIR, packageStep } from "../../scripts/build/package.js";
import { PLAYBOOK_PICTURES_SUBDIR, playbookPicturesStep } from "../../scripts/build/playbook-pictures.js";
import { submissionFolder, submissionStep, writeSubmission } from "../../scripts/build/submission.js";
import { buildModel } from "../../scripts/lib/model.js";
import type { BuildContext, BuiltFile } from "../../scripts/lib/types.js";
import { readTcx, readZipEntries, zipEntries } from "../../scripts/package/tcx.js";
import { miniApp } from "../../scripts/render/playbooks/__fixtures__/mini-app.js";
import { canvasSize } from "../../scripts/render/playbooks/canvas.js";
import { buildPlaybook, type Pbx, templateTargets } from "../../scripts/render/playbooks/pbx.js";

const root = path.resolve(import.meta.dirname, "../..");
// The package entry is the fixture at scripts/package/__fixtures__/src/main.ts.
const model = buildModel(miniApp, { source: "scripts/package/__fixtures__/src/app.ts" });
let work: string;
let ctx: BuildContext;
let pictures: BuiltFile[];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "enrichkit-submission-"));
  ctx = { root: work, dist: path.join(work, "dist"), model, log: () => {} };
  pictures = await playbookPicturesStep.run(ctx);
  // The package step bundles from the repo root; its output lands in ctx.dist.
  await packageStep.run({ ...ctx, root });
}, 120_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("playbook pictures", () => {
  it("captures one PNG per template at the canvas size, under dist/pictures/playbooks", async () => {
    expect(pictures.map((f) => f.path)).toEqual([
      "dist/pictures/playbooks/acme-intel-address-enrichment.png",
      "dist/pictures/playbooks/acme-intel-host-enrichment.png",
      "dist/pictures/playbooks/acme-intel-file-enrichment.png",
    ]);
    const [first] = templateTargets(model);
    const bytes = await readFile(path.join(work, pictures[0]!.path));
    const expected = canvasSize(buildPlaybook(model, first!));
    expect(pngSize(bytes)).toEqual({ width: expected.width, height: expected.height });
    // A drawn canvas, not a blank page: far more than a flat-colour PNG of that size.
    expect(bytes.length).toBeGreaterThan(8_000);
  });
});

describe("submission folder", () => {
  it("holds the README, .tcx, .pbx and .pbxz templates, user guide and attribute definitions", async () => {
    await mkdir(path.join(ctx.dist, "sdd"), { recursive: true });
    await writeFile(path.join(ctx.dist, "sdd", "SOLUTION-DESIGN.pdf"), "%PDF-1.7 fake\n");
    const files = await submissionStep.run(ctx);
    const folder = path.join(ctx.dist, ...submissionFolder(model).split("/"));
    expect(folder).toBe(path.join(work, "dist", "submission", "apps", "Acme Intel Enrichment"));
    expect((await readdir(folder)).sort()).toEqual([
      "Acme Intel Address Enrichment.pbx",
      "Acme Intel Address Enrichment.pbxz",
      "Acme Intel Enrichment User Guide.pdf",
      "Acme Intel Enrichment v2.1.0.tcx",
      "Acme Intel File Enrichment.pbx",
      "Acme Intel File Enrichment.pbxz",
      "Acme Intel Host Enrichment.pbx",
      "Acme Intel Host Enrichment.pbxz",
      "Acme_Intel_Attributes.json",
      "README.md",
    ]);
    expect(files.map((f) => path.basename(f.path)).sort()).toEqual((await readdir(folder)).sort());

    const readme = await readFile(path.join(folder, "README.md"), "utf8");
    const headings = readme.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      "## Summary",
      "## Dependencies",
      "## Input Definitions",
      "## Output Definitions",
      "## Use Cases",
      "## Change Log",
      "## Support",
    ]);
    expect(readme).toContain("### 2.1.0");
    expect(readme).toContain("Acme Intel Enrichment User Guide.pdf");
    expect(readme).toContain("${ORGANIZATION:KEYCHAIN:Acme Intel API Key}");
    expect(readme).toContain("TCPB - UpdateRating v1.0 1.0.11");

    const tcx = await readTcx(path.join(folder, "Acme Intel Enrichment v2.1.0.tcx"));
    expect(tcx.top).toBe("acme_intel_enrichment_v2");
    const pbx = JSON.parse(await readFile(path.join(folder, "Acme Intel Host Enrichment.pbx"), "utf8")) as Pbx;
    expect(pbx.playbookTriggerList[0]!.userActionTypes).toBe("Host");
    const attributes = JSON.parse(await readFile(path.join(folder, "Acme_Intel_Attributes.json"), "utf8"));
    expect(attributes.types.map((t: { name: string }) => t.name)).toEqual(["Acme Score"]);
  });

  it("packs playbook.pbx and preview.png into each .pbxz", async () => {
    const folder = path.join(ctx.dist, ...submissionFolder(model).split("/"));
    const entries = await readZipEntries(path.join(folder, "Acme Intel File Enrichment.pbxz"));
    expect([...entries.keys()]).toEqual(["playbook.pbx", "preview.png"]);
    expect(entries.get("playbook.pbx")).toEqual(await readFile(path.join(folder, "Acme Intel File Enrichment.pbx")));
    expect(entries.get("preview.png")).toEqual(
      await readFile(path.join(ctx.dist, PLAYBOOK_PICTURES_SUBDIR, "acme-intel-file-enrichment.png")),
    );
  });

  it("refuses a corrupt or foreign package instead of copying it", async () => {
    const tcx = path.join(ctx.dist, PACKAGE_SUBDIR, `${model.packageName}.tcx`);
    const good = await readFile(tcx);
    try {
      await writeFile(tcx, Buffer.from("PK\u0003\u0004 not a zip"));
      await expect(writeSubmission(model, ctx.dist)).rejects.toThrow(/is not a readable zip archive/);
      await writeFile(
        tcx,
        await zipEntries("someone_else_v2", [{ path: "install.json", contents: Buffer.from("{}"), mode: 0o644 }]),
      );
      await expect(writeSubmission(model, ctx.dist)).rejects.toThrow(
        /top folder someone_else_v2, expected acme_intel_enrichment_v2/,
      );
      await rm(tcx);
      await expect(writeSubmission(model, ctx.dist)).rejects.toThrow(/package step must run first/);
    } finally {
      await writeFile(tcx, good);
    }
    expect(existsSync(tcx)).toBe(true);
  });
});
