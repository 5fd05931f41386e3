/** `reference/changelog.md`: release notes per version and the contract changes since the previous release. */
import { bullets, heading, paragraph } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { contractChangeNodes } from "../app-readme.js";
import { REFERENCE_DIR, renderPage } from "./_page.js";

/** Renders the change log page. */
export function renderChangelogPage(model: AppModel): GeneratedFile {
  return renderPage(model, `${REFERENCE_DIR}/changelog.md`, { title: "Change log", sidebar_label: "Change log" }, [
    paragraph(`Current version: ${model.programVersion}. Newest release first.`),
    ...model.releaseNotes.flatMap((r) => [heading(2, r.version), bullets(r.notes)]),
    heading(2, "Contract changes"),
    paragraph(
      "Params, actions, outputs and attribute types that playbooks depend on, compared with the previous stored release.",
    ),
    ...contractChangeNodes(model),
  ]);
}
