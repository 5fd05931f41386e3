/**
 * HTML sources of the docs pictures, kept under `check` so a model change shows up as drift; the PNGs are captured
 * from them with headless Chromium at build time (`scripts/build/pictures.ts`), never committed.
 * - `wizard/<action>.html`: the app's input wizard for one action, drawn from layout.json's sections and the params
 *   that action shows (its display clause), with labels, defaults, required marks and help notes.
 * - `flow.html`: the Mermaid flow diagram; the build adds the Mermaid runtime to the page and renders it.
 */
import { markdownBanner } from "../../lib/banner.js";
import type { AppModel, GeneratedFile, ParamModel } from "../../lib/types.js";
import { buildLayoutJson } from "../layout-json.js";
import { buildFlowMermaid } from "../sdd.js";
import { actionSlug, PICTURES_DIR } from "./_page.js";

/** Width of the wizard picture in CSS pixels (the height follows the content). */
export const WIZARD_WIDTH = 880;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#eef1f5;font:14px/1.4 "DejaVu Sans",sans-serif;color:#1d2733}
.dialog{width:${WIZARD_WIDTH}px;background:#fff;border:1px solid #c9d1db}
header{background:#0b3b5c;color:#fff;padding:14px 20px}
header h1{margin:0;font-size:17px;font-weight:bold}
header p{margin:2px 0 0;font-size:12px;color:#c5d7e6}
.body{display:flex}
nav{width:190px;background:#f6f8fa;border-right:1px solid #dde3ea;padding:12px 0}
nav div{padding:8px 18px;color:#4a5868}
nav div.on{background:#dcebf7;color:#0b3b5c;font-weight:bold;border-left:4px solid #1f78c1;padding-left:14px}
main{flex:1;padding:8px 22px 18px}
h2{font-size:13px;letter-spacing:.06em;text-transform:uppercase;color:#1f78c1;margin:16px 0 6px;border-bottom:1px solid #e3e8ee;padding-bottom:4px}
.field{margin:10px 0}
label{display:block;font-weight:bold;font-size:13px}
label .req{color:#c0392b}
.box{margin-top:4px;border:1px solid #b8c3cf;border-radius:3px;padding:6px 9px;min-height:32px;background:#fff;color:#1d2733}
.box.empty{color:#8a96a3}
.box.select::after{content:"\\25BE";float:right;color:#4a5868}
.box.secret{background:#f8f4e6}
.check{display:flex;align-items:center;gap:8px;font-weight:bold;font-size:13px}
.check span{width:16px;height:16px;border:1px solid #8a96a3;border-radius:2px;display:inline-block;text-align:center;line-height:14px;font-size:12px}
.note{font-size:12px;color:#5b6876;margin-top:3px}
footer{border-top:1px solid #dde3ea;padding:10px 20px;text-align:right}
footer span{display:inline-block;margin-left:8px;padding:6px 16px;border-radius:3px;border:1px solid #b8c3cf}
footer span.primary{background:#1f78c1;border-color:#1f78c1;color:#fff}
`;

function fieldHtml(param: ParamModel, action: string, indicatorExample: string, indicatorParam: string): string {
  const label = `${escapeHtml(param.label)}${param.required ? ' <span class="req">*</span>' : ""}`;
  const note = param.note ? `<div class="note">${escapeHtml(param.note)}</div>` : "";
  if (param.type === "Boolean") {
    return `<div class="field"><div class="check"><span>${param.default === true ? "&#10003;" : ""}</span>${escapeHtml(param.label)}</div>${note}</div>`;
  }
  let value = "";
  let kind = "";
  if (param.name === "tc_action") {
    value = action;
    kind = " select";
  } else if (param.name === indicatorParam) {
    value = indicatorExample;
  } else if (param.encrypt) {
    value = "Keychain variable";
    kind = " secret";
  } else if (param.type === "Choice" || param.type === "MultiChoice") {
    value = String(param.default ?? param.validValues[0] ?? "");
    kind = " select";
  } else if (param.default !== undefined) {
    value = String(param.default);
  }
  const box = value
    ? `<div class="box${kind}">${escapeHtml(value)}</div>`
    : `<div class="box empty${kind}">&#160;</div>`;
  return `<div class="field"><label>${label}</label>${box}${note}</div>`;
}

/** The wizard of one action as a standalone HTML document (no external resources). */
export function buildWizardHtml(model: AppModel, actionName: string): string {
  const action = model.actions.find((a) => a.name === actionName);
  if (!action) throw new Error(`unknown action ${actionName}`);
  const byName = new Map(model.params.map((p) => [p.name, p]));
  const sections = buildLayoutJson(model)
    .inputs.map((s) => ({
      title: s.title,
      params: s.parameters.map((p) => byName.get(p.name)!).filter((p) => p.actions.includes(action.name)),
    }))
    .filter((s) => s.params.length > 0);
  const nav = sections.map((s, i) => `<div${i === 0 ? ' class="on"' : ""}>${escapeHtml(s.title)}</div>`).join("");
  const fields = sections
    .map(
      (s) =>
        `<h2>${escapeHtml(s.title)}</h2>${s.params.map((p) => fieldHtml(p, action.name, action.example.indicator, model.indicatorParam)).join("")}`,
    )
    .join("\n");
  return [
    "<!doctype html>",
    markdownBanner(model.source),
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(`${model.displayName}: ${action.name}`)}</title>`,
    `<style>${CSS}</style></head><body>`,
    '<div class="dialog">',
    `<header><h1>${escapeHtml(model.displayName)} ${escapeHtml(model.programVersion)}</h1><p>Playbook App · ${escapeHtml(action.name)}</p></header>`,
    `<div class="body"><nav>${nav}</nav><main>`,
    fields,
    "</main></div>",
    '<footer><span>Back</span><span class="primary">Save</span></footer>',
    "</div></body></html>",
    "",
  ].join("\n");
}

/** The flow diagram page: Mermaid source in a `pre.mermaid`, rendered once the build adds the runtime. */
export function buildFlowHtml(model: AppModel): string {
  return [
    "<!doctype html>",
    markdownBanner(model.source),
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(model.displayName)}: flow</title>`,
    '<style>body{margin:0;background:#fff;font-family:"DejaVu Sans",sans-serif}#diagram{display:inline-block;padding:16px}</style>',
    "</head><body>",
    `<pre id="diagram" class="mermaid">\n${escapeHtml(buildFlowMermaid(model))}\n</pre>`,
    "</body></html>",
    "",
  ].join("\n");
}

/** Picture sources: `docs-site/pictures/wizard/<action>.html` per action and `docs-site/pictures/flow.html`. */
export function renderPictureSources(model: AppModel): GeneratedFile[] {
  return [
    { path: `${PICTURES_DIR}/flow.html`, contents: buildFlowHtml(model) },
    ...model.actions.map((a) => ({
      path: `${PICTURES_DIR}/wizard/${actionSlug(a.name)}.html`,
      contents: buildWizardHtml(model, a.name),
    })),
  ];
}
