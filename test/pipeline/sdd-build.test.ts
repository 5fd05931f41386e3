/**
 * `sddStep` end to end on the fixture app: Mermaid → PNG in headless Chromium, the .docx, and the .pdf when
 * LibreOffice is installed. Writes only into a temp `dist/`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AnyAppDefinition } from "../../lib/define-app.js";
import { sddStep } from "../../scripts/build/sdd.js";
import miniApp from "../../scripts/lib/fixtures/mini-app/src/app.js";
import { buildModel } from "../../scripts/lib/model.js";
import { pngSize } from "../../scripts/sdd/docx.js";

const chromium = existsSync(process.env.CHROME_PATH || "/usr/bin/chromium");
const soffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const root = mkdtempSync(join(tmpdir(), "enrichkit-sdd-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(!chromium)("sddStep", () => {
  it("builds the diagrams, the docx and (with LibreOffice) the pdf", { timeout: 120_000 }, async () => {
    const model = buildModel(miniApp as AnyAppDefinition, { source: "app/src/app.ts" });
    const log: string[] = [];
    const built = await sddStep.run({ root, dist: join(root, "dist"), model, log: (l) => log.push(l) });
    const paths = built.map((b) => b.path);
    expect(paths).toEqual([
      "dist/sdd/diagram-1.png",
      "dist/sdd/diagram-2.png",
      "dist/sdd/SOLUTION-DESIGN.docx",
      ...(soffice ? ["dist/sdd/SOLUTION-DESIGN.pdf"] : []),
    ]);
    for (const b of built) expect(b.bytes, b.path).toBeGreaterThan(1000);
    // A real picture of the flow: a PNG well above a blank placeholder's size.
    const flow = pngSize(readFileSync(join(root, "dist/sdd/diagram-1.png")));
    expect(flow.width).toBeGreaterThan(300);
    expect(flow.height).toBeGreaterThan(300);
    expect(readFileSync(join(root, "dist/sdd/SOLUTION-DESIGN.docx")).subarray(0, 2).toString()).toBe("PK");
    if (soffice) {
      expect(readFileSync(join(root, "dist/sdd/SOLUTION-DESIGN.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
      const text = spawnSync("pdftotext", [join(root, "dist/sdd/SOLUTION-DESIGN.pdf"), "-"], { encoding: "utf8" });
      if (text.status === 0) {
        expect(text.stdout).toContain("SDD-20 Review checklist and sign-off");
        expect(text.stdout).toContain("Acme ThreatScan Enrichment");
      }
    } else {
      expect(log.join("\n")).toContain("soffice not found");
    }
  });
});
