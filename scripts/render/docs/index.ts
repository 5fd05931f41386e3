/**
 * Renderers of the docs deliverables, registered in `scripts/render/index.ts`: the generated reference pages and
 * partials under `docs-site/docs/reference/`, and the picture sources under `docs-site/pictures/`. Both folders are
 * owned whole, so a page left over from a removed action or output is reported as extra by `check`.
 */
import type { ManagedRenderer } from "../../lib/check.js";
import { stableJson } from "../../lib/stable-json.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { DOCS_SITE_DIR, PICTURES_DIR, REFERENCE_DIR } from "./_page.js";
import { renderChangelogPage } from "./changelog.js";
import { renderDataMappingPage } from "./data-mapping.js";
import { renderExamplesPage } from "./examples.js";
import { renderInputsPage } from "./inputs.js";
import { renderOutputsPage } from "./outputs.js";
import {
  renderConfigurePartial,
  renderInstallPartial,
  renderOverviewPartial,
  renderRequirementsPartial,
  renderSupportPartial,
} from "./partials.js";
import { renderPictureSources } from "./pictures.js";
import { renderPlaybookTemplatesPage } from "./playbook-templates.js";
import { renderTroubleshootingPage } from "./troubleshooting.js";

/** Every generated docs page and partial, sorted by path. */
export function renderDocsReference(model: AppModel): GeneratedFile[] {
  return [
    renderInputsPage(model),
    renderOutputsPage(model),
    renderDataMappingPage(model),
    renderExamplesPage(model),
    renderPlaybookTemplatesPage(model),
    renderTroubleshootingPage(model),
    renderChangelogPage(model),
    renderOverviewPartial(model),
    renderRequirementsPartial(model),
    renderInstallPartial(model),
    renderConfigurePartial(model),
    renderSupportPartial(model),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The docs reference pages; owns `docs-site/docs/reference`. */
export const docsReferenceRenderer: ManagedRenderer = {
  id: "docs-reference",
  description: "Docs site reference pages and the partials the narrative pages import",
  render: renderDocsReference,
  managed: () => ({ dirs: [REFERENCE_DIR] }),
};

/** The HTML sources of the wizard previews and the flow diagram; owns `docs-site/pictures`. */
export const docsPicturesRenderer: ManagedRenderer = {
  id: "docs-pictures",
  description: "HTML sources of the docs pictures (input wizard per action, flow diagram), captured at build time",
  render: renderPictureSources,
  managed: () => ({ dirs: [PICTURES_DIR] }),
};

/** Site identity the Docusaurus config reads (`docs-site/site.json`): title, tagline, version, vendor. */
export function renderSiteJson(model: AppModel): GeneratedFile {
  return {
    path: `${DOCS_SITE_DIR}/site.json`,
    contents: stableJson({
      title: model.displayName,
      tagline: model.description,
      version: model.programVersion,
      vendor: `${model.vendor.name} ${model.vendor.product}`,
      support: model.vendor.support.portal,
    }),
  };
}

/** The site identity file. */
export const docsSiteRenderer: ManagedRenderer = {
  id: "docs-site",
  description: "Docs site identity (title, tagline, version) read by docusaurus.config.ts",
  render: (model) => [renderSiteJson(model)],
};

/** Registered in `scripts/render/index.ts`. */
export const docsRenderers: ManagedRenderer[] = [docsSiteRenderer, docsReferenceRenderer, docsPicturesRenderer];
