/**
 * A picture of a template's designer canvas, as one self-contained HTML page with an inline SVG: nodes at their
 * `locationLeft/Top`, the editor's colours and node geometry (pbx-anatomy.md §4 "Layout"), Pass lines in navy,
 * Fail lines in orange, and the return to the trigger drawn below the flow. Pure: a build step screenshots it.
 */
import type { Pbx, PbxConnection } from "./pbx.js";

/** Node box size in canvas units (pbx-anatomy.md §4: about 174 × 78). */
export const NODE = { width: 174, height: 78, header: 18 } as const;
const MARGIN = 40;
/** Sampled from the editor's preview.png files (pbx-anatomy.md §4). */
export const CANVAS_COLORS = {
  canvas: "#D9D9D9",
  body: "#F5F5F5",
  border: "#646469",
  app: "#214183",
  trigger: "#619646",
  merge: "#FFC66B",
  pass: "#214183",
  fail: "#F97B06",
} as const;

/** Size of the rendered page in CSS pixels. */
export interface CanvasSize {
  width: number;
  height: number;
}

interface Box {
  id: number;
  x: number;
  y: number;
  title: string;
  subtitle: string;
  header: string;
  kind: "trigger" | "job" | "decision";
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Cuts `s` to `max` characters with an ellipsis (node labels are one line). */
function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function boxesOf(pbx: Pbx): Box[] {
  const triggers: Box[] = pbx.playbookTriggerList.map((t) => ({
    id: t.id,
    x: t.locationLeft,
    y: t.locationTop,
    title: t.name,
    subtitle: `${t.type} · ${t.userActionTypes}`,
    header: CANVAS_COLORS.trigger,
    kind: "trigger",
  }));
  const jobs: Box[] = pbx.jobList.map((j) => {
    const program = j.appCatalogItem.programName;
    return {
      id: j.id,
      x: j.locationLeft,
      y: j.locationTop,
      title: j.name,
      subtitle: j.appCatalogItem.displayName,
      header: program === "Merge" ? CANVAS_COLORS.merge : CANVAS_COLORS.app,
      kind: program === "If / Else" ? "decision" : "job",
    };
  });
  return [...triggers, ...jobs];
}

/** Page size and the offset that maps canvas units to page pixels (the whole flow plus the return lane). */
export function canvasSize(pbx: Pbx): CanvasSize & { dx: number; dy: number } {
  const boxes = boxesOf(pbx);
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + NODE.width));
  const maxY = Math.max(...boxes.map((b) => b.y + NODE.height));
  const returnLane = pbx.playbookConnectionList.some((c) => c.isCircularOnTarget) ? 60 : 0;
  return {
    dx: MARGIN - minX,
    dy: MARGIN - minY,
    width: Math.ceil(maxX - minX + 2 * MARGIN),
    height: Math.ceil(maxY - minY + 2 * MARGIN + returnLane),
  };
}

function nodeSvg(b: Box, dx: number, dy: number): string {
  const x = b.x + dx;
  const y = b.y + dy;
  const { width: w, height: h, header } = NODE;
  const title = escapeXml(clip(b.title, 24));
  const subtitle = escapeXml(clip(b.subtitle, 30));
  const frame =
    b.kind === "decision"
      ? `<polygon points="${x + w / 2},${y - 6} ${x + w + 6},${y + h / 2} ${x + w / 2},${y + h + 6} ${x - 6},${y + h / 2}" fill="${CANVAS_COLORS.body}" stroke="${CANVAS_COLORS.border}"/>`
      : `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${CANVAS_COLORS.body}" stroke="${CANVAS_COLORS.border}"/>` +
        `<rect x="${x}" y="${y}" width="${w}" height="${header}" rx="4" fill="${b.header}"/>`;
  const textY = b.kind === "decision" ? y + h / 2 : y + header + 26;
  const ports =
    `<circle cx="${x + w}" cy="${y + 10}" r="5" fill="${CANVAS_COLORS.pass}"/>` +
    (b.kind === "trigger" ? "" : `<circle cx="${x + w}" cy="${y + 24}" r="5" fill="${CANVAS_COLORS.fail}"/>`);
  return (
    `<g data-node="${b.id}">${frame}${ports}` +
    `<text x="${x + w / 2}" y="${textY}" text-anchor="middle" class="title">${title}</text>` +
    `<text x="${x + w / 2}" y="${textY + 16}" text-anchor="middle" class="sub">${subtitle}</text></g>`
  );
}

function connectionSvg(c: PbxConnection, boxes: Map<number, Box>, size: ReturnType<typeof canvasSize>): string {
  const source = boxes.get(c.sourceJobId ?? c.sourceTriggerId ?? Number.NaN);
  const target = boxes.get(c.targetJobId ?? c.targetTriggerId ?? Number.NaN);
  if (!source || !target) return "";
  const color = c.type === "Fail" ? CANVAS_COLORS.fail : CANVAS_COLORS.pass;
  const sx = source.x + size.dx + NODE.width;
  const sy = source.y + size.dy + (c.type === "Fail" ? 24 : 10);
  let d: string;
  if (c.isCircularOnTarget) {
    // The return edge: down from the source, left along the lane below the flow, up into the trigger.
    const lane = size.height - 30;
    const tx = target.x + size.dx + NODE.width / 2;
    const ty = target.y + size.dy + NODE.height;
    d = `M ${sx} ${sy} C ${sx + 40} ${sy}, ${sx + 40} ${lane}, ${sx - 20} ${lane} L ${tx + 20} ${lane} C ${tx} ${lane}, ${tx} ${lane}, ${tx} ${ty}`;
  } else {
    const tx = target.x + size.dx;
    const ty = target.y + size.dy + NODE.height / 2;
    if (tx - sx > NODE.width * 1.5 && source.y <= target.y) {
      // A long edge down the flow: run it in the gap under the source's row instead of across other nodes.
      const lane = source.y + size.dy + NODE.height + 28;
      d = `M ${sx} ${sy} C ${sx + 30} ${sy}, ${sx + 30} ${lane}, ${sx + 60} ${lane} L ${tx - 60} ${lane} C ${tx - 30} ${lane}, ${tx - 30} ${ty}, ${tx} ${ty}`;
    } else {
      const bend = Math.max(30, (tx - sx) / 2);
      d = `M ${sx} ${sy} C ${sx + bend} ${sy}, ${tx - bend} ${ty}, ${tx} ${ty}`;
    }
  }
  const dash = c.isCircularOnTarget ? ' stroke-dasharray="6 4"' : "";
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${dash} marker-end="url(#arrow-${c.type.toLowerCase()})" data-connection="${c.type}"/>`;
}

/** The canvas page of `pbx` and its pixel size (deterministic). */
export function renderPlaybookCanvasHtml(pbx: Pbx): { html: string; size: CanvasSize } {
  const size = canvasSize(pbx);
  const boxes = boxesOf(pbx);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const marker = (id: string, color: string) =>
    `<marker id="arrow-${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<defs>${marker("pass", CANVAS_COLORS.pass)}${marker("fail", CANVAS_COLORS.fail)}</defs>`,
    `<rect width="100%" height="100%" fill="${CANVAS_COLORS.canvas}"/>`,
    ...pbx.playbookConnectionList.map((c) => connectionSvg(c, byId, size)),
    ...boxes.map((b) => nodeSvg(b, size.dx, size.dy)),
    "</svg>",
  ].join("\n");
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeXml(pbx.name)}</title>
<style>
html,body{margin:0;padding:0;background:${CANVAS_COLORS.canvas}}
svg{display:block}
text{font-family:"DejaVu Sans",Arial,sans-serif;fill:#222}
.title{font-size:12px;font-weight:bold}
.sub{font-size:10px;fill:#555}
</style></head>
<body>
${svg}
</body></html>
`;
  return { html, size: { width: size.width, height: size.height } };
}
