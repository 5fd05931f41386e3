/**
 * `reference/playbook-templates.md`: one On-Demand Enrichment template per indicator type, with a picture of its
 * canvas. The canvas PNGs are built by `playbookPicturesStep` into `dist/pictures/playbooks/<slug>.png`; the docs
 * build step stages them under `/img/playbooks/` (a "not built" placeholder when one is missing).
 */
import { code, heading, paragraph, table, text } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { playbooksDir } from "../playbooks/index.js";
import { templateName, templateSlug, templateTargets } from "../playbooks/pbx.js";
import { IMG_URL, REFERENCE_DIR, renderPage } from "./_page.js";

/** Template slugs (file stems of the .pbx and its canvas picture), in template order. */
export function playbookPictureSlugs(model: AppModel): string[] {
  return templateTargets(model).map((t) => templateSlug(model, t.indicatorType));
}

/** Renders the playbook templates page. */
export function renderPlaybookTemplatesPage(model: AppModel): GeneratedFile {
  const targets = templateTargets(model);
  const dir = playbooksDir(model);
  return renderPage(
    model,
    `${REFERENCE_DIR}/playbook-templates.md`,
    { title: "Playbook templates", sidebar_label: "Playbook templates" },
    [
      paragraph([
        text(
          `Each template is a UserAction-triggered playbook: it runs the app on the indicator, stores rating, confidence, tags, attributes and a note, and returns the HTML summary as a tip. Import the .pbx files from `,
        ),
        code(`${dir}/`),
        text(" (Playbooks → New → Import)."),
      ]),
      table(
        ["Template", "Indicator type", "Action", "File"],
        targets.map((t) => [
          templateName(model, t.indicatorType),
          t.indicatorType,
          t.action.name,
          [code(`${templateSlug(model, t.indicatorType)}.pbx`)],
        ]),
      ),
      ...targets.flatMap((t) => [
        heading(2, templateName(model, t.indicatorType)),
        paragraph([
          {
            type: "image",
            url: `${IMG_URL}/playbooks/${templateSlug(model, t.indicatorType)}.png`,
            alt: `Canvas of ${templateName(model, t.indicatorType)}`,
          },
        ]),
      ]),
    ],
  );
}
