import { describe, expect, it } from "vitest";
import { buildModel } from "../../lib/model.js";
import { miniApp } from "./__fixtures__/mini-app.js";
import { CANVAS_COLORS, canvasSize, NODE, renderPlaybookCanvasHtml } from "./canvas.js";
import { buildPlaybook, templateTargets } from "./pbx.js";

const model = buildModel(miniApp, { source: "acme-app/src/app.ts" });
const pbx = buildPlaybook(model, templateTargets(model)[0]!);

describe("playbook canvas picture", () => {
  it("draws every trigger and job as a node and every connection as a line, in pass/fail colours", () => {
    const { html } = renderPlaybookCanvasHtml(pbx);
    const nodes = [...html.matchAll(/data-node="(\d+)"/g)].map((m) => Number(m[1]));
    expect(nodes.sort()).toEqual([...pbx.playbookTriggerList.map((t) => t.id), ...pbx.jobList.map((j) => j.id)].sort());
    const lines = [...html.matchAll(/stroke="(#[0-9A-F]+)"[^>]*data-connection="(Pass|Fail)"/g)].map(
      (m) => `${m[2]}:${m[1]}`,
    );
    expect(lines).toHaveLength(pbx.playbookConnectionList.length);
    expect(new Set(lines)).toEqual(new Set([`Pass:${CANVAS_COLORS.pass}`, `Fail:${CANVAS_COLORS.fail}`]));
    for (const job of pbx.jobList) expect(html).toContain(job.name);
    expect(html).toContain(`fill="${CANVAS_COLORS.trigger}"`);
    expect(html).toContain(`fill="${CANVAS_COLORS.merge}"`);
  });

  it("sizes the page to the flow plus margins and the return lane, and is deterministic", () => {
    const size = canvasSize(pbx);
    const right = Math.max(...pbx.jobList.map((j) => j.locationLeft)) + NODE.width;
    expect(size.width).toBe(right + 80);
    expect(size.height).toBeGreaterThan(Math.max(...pbx.jobList.map((j) => j.locationTop)) + NODE.height + 80);
    const { html, size: pageSize } = renderPlaybookCanvasHtml(pbx);
    expect(pageSize).toEqual({ width: size.width, height: size.height });
    expect(renderPlaybookCanvasHtml(pbx).html).toBe(html);
    expect(html).toContain(`<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"`);
  });

  it("escapes names", () => {
    const odd = { ...pbx, jobList: pbx.jobList.map((j, i) => (i === 0 ? { ...j, name: "<b>&" } : j)) };
    const { html } = renderPlaybookCanvasHtml(odd);
    expect(html).toContain("&#60;b&#62;&#38;");
    expect(html).not.toContain("<b>&");
  });
});
