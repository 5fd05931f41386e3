/**
 * Shared pieces of the generated docs pages: where they live, the front matter + banner wrapper, and lookups into
 * the emulator sample runs. Pages are CommonMark `.md` (the site reads `.md` as CommonMark, `.mdx` as MDX), so a
 * `{placeholder}` or `<tag>` in model text is printed as text, never evaluated.
 */
import type { PhrasingContent, RootContent } from "mdast";
import { markdownBanner } from "../../lib/banner.js";
import { parseMarkdown, renderMarkdown } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile, SampleRun } from "../../lib/types.js";
import { slugOf } from "../video/_text.js";

/** The docs site folder. */
export const DOCS_SITE_DIR = "docs-site";
/** Generated reference pages and partials; owned whole by the docs renderers. */
export const REFERENCE_DIR = `${DOCS_SITE_DIR}/docs/reference`;
/** HTML sources of the pictures captured at build time; owned whole by the docs renderers. */
export const PICTURES_DIR = `${DOCS_SITE_DIR}/pictures`;
/** Site URL path of the staged pictures (`docs-site/static/img`, filled by the docs build step). */
export const IMG_URL = "/img";

/** File stem of an action's pictures, e.g. `enrich-address` (the video step looks for the same name). */
export function actionSlug(action: string): string {
  return slugOf(action);
}

/**
 * Model text that may hold inline Markdown (a description with `code`), as phrasing nodes for a table cell, so
 * its backticks render as code instead of being escaped. Line breaks are flattened (a cell holds one line).
 */
export function inline(value: string): PhrasingContent[] {
  if (!value) return [{ type: "text", value: "—" }];
  const first = parseMarkdown(value.replace(/\s*\n\s*/g, " "))[0];
  return first?.type === "paragraph" ? first.children : [{ type: "text", value }];
}

/** Front matter keys the pages use. */
export interface FrontMatter {
  title: string;
  sidebar_label?: string;
  description?: string;
}

/** A page: YAML front matter (JSON-quoted strings are valid YAML), the banner, then the tree. */
export function renderPage(model: AppModel, path: string, front: FrontMatter, children: RootContent[]): GeneratedFile {
  const yaml = Object.entries(front)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join("\n");
  const body = renderMarkdown([{ type: "html", value: markdownBanner(model.source) }, ...children]);
  return { path, contents: `---\n${yaml}\n---\n\n${body}` };
}

/** A partial (file name starts with `_`, so it is no page): banner plus the tree, imported by a narrative page. */
export function renderPartial(model: AppModel, name: string, children: RootContent[]): GeneratedFile {
  return {
    path: `${REFERENCE_DIR}/_${name}.md`,
    contents: renderMarkdown([{ type: "html", value: markdownBanner(model.source) }, ...children]),
  };
}

/** The sample run of an action, when the emulator produced one. */
export function sampleFor(model: AppModel, action: string): SampleRun | undefined {
  return model.samples.find((s) => s.action === action);
}

/** The first sample (in action order) that wrote `name!type`, with its value. */
export function sampleValue(
  model: AppModel,
  name: string,
  type: string,
): { sample: SampleRun; value: unknown } | undefined {
  const key = `${name}!${type}`;
  for (const action of model.actions) {
    const sample = sampleFor(model, action.name);
    if (sample && key in sample.outputs) return { sample, value: sample.outputs[key] };
  }
  return undefined;
}

/** Indicator types across all actions, first-seen order. */
export function indicatorTypesOf(model: AppModel): string[] {
  return [...new Set(model.actions.flatMap((a) => a.indicatorTypes))];
}
