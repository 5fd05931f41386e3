/**
 * The SDD Word document: title page, linked contents, headings, real Word tables and the diagram picture, read back
 * from the .docx zip (yauzl).
 */
import { describe, expect, it } from "vitest";
import yauzl from "yauzl";
import type { AnyAppDefinition } from "../../lib/define-app.js";
import miniApp from "../lib/fixtures/mini-app/src/app.js";
import { buildModel } from "../lib/model.js";
import { buildFlowMermaid, buildSddTree, SDD_SECTIONS } from "../render/sdd.js";
import { bookmarkId, pngSize, renderSddDocx } from "./docx.js";

/** A 2×1 PNG (valid IHDR) standing in for the Chromium-rendered diagram. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwyBDABHqQf5hcmKJQAAAABJRU5ErkJggg==",
  "base64",
);

function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(files));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

describe("renderSddDocx", () => {
  const model = buildModel(miniApp as AnyAppDefinition, { source: "app/src/app.ts" });
  const tree = buildSddTree(model);

  it("has a title page, linked contents for SDD-00…SDD-20, Word headings, tables and the flow picture", async () => {
    const pictures = new Map([[buildFlowMermaid(model), { png: PNG, ...pngSize(PNG) }]]);
    const files = await unzip(
      await renderSddDocx(
        tree,
        { title: model.displayName, subtitle: "Solution Design Document", lines: ["Version 1.0.0"] },
        pictures,
      ),
    );
    const xml = files.get("word/document.xml")!.toString("utf8");
    expect(xml).toContain("Acme ThreatScan Enrichment");
    expect(xml).toContain('w:val="Title"');
    for (const [id] of SDD_SECTIONS) {
      expect(xml).toContain(`w:anchor="${bookmarkId(id)}"`);
      expect(xml).toContain(`w:name="${bookmarkId(id)}"`);
    }
    expect(xml.match(/w:val="Heading1"/g)!.length).toBeGreaterThanOrEqual(SDD_SECTIONS.length + 1);
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThan(20);
    expect(xml).toContain("<w:tblHeader/>");
    // The flow diagram is a picture, not its Mermaid source; the sequence diagram had no picture, so it stays text.
    expect([...files.keys()].some((k) => k.startsWith("word/media/") && k.endsWith(".png"))).toBe(true);
    expect(xml).not.toContain("flowchart TB");
    expect(xml).toContain("sequenceDiagram");
  });

  it("reads PNG sizes and rejects non-PNG bytes", () => {
    expect(pngSize(PNG)).toEqual({ width: 2, height: 1 });
    expect(() => pngSize(Buffer.from("GIF89a-not-a-png-at-all"))).toThrow("not a PNG");
  });
});
