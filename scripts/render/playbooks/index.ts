/** Renderers of the playbooks deliverables, registered in `scripts/render/index.ts`. */

import type { ManagedRenderer } from "../../lib/check.js";
import { appDirOf } from "../../lib/model.js";
import { stableJson } from "../../lib/stable-json.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { buildPlaybook, templateSlug, templateTargets } from "./pbx.js";

export { playbookAssumptions } from "./builtin-apps.js";

/** Folder of the committed templates, e.g. `reference-app/playbooks`. */
export function playbooksDir(model: Pick<AppModel, "source">): string {
  return `${appDirOf(model)}/playbooks`;
}

/** One `.pbx` per indicator type (sorted keys, LF, final newline; the banner sits in the `comment` field). */
export function renderPlaybooks(model: AppModel): GeneratedFile[] {
  return templateTargets(model).map((target) => ({
    path: `${playbooksDir(model)}/${templateSlug(model, target.indicatorType)}.pbx`,
    contents: stableJson(buildPlaybook(model, target)),
  }));
}

/** The On-Demand Enrichment templates renderer; it owns the playbooks folder (extra files are drift). */
export const playbookTemplatesRenderer: ManagedRenderer = {
  id: "playbook-templates",
  description: "On-Demand Enrichment playbook templates (.pbx), one per indicator type",
  render: renderPlaybooks,
  managed: (model) => ({ dirs: [playbooksDir(model)] }),
};

/** Registered in `scripts/render/index.ts`. */
export const playbooksRenderers: ManagedRenderer[] = [playbookTemplatesRenderer];
