/** `reference/data-mapping.md`: vendor response → ThreatConnect data model, and the custom attribute types. */
import { code, heading, link, paragraph, table, text } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { REFERENCE_DIR, renderPage } from "./_page.js";

/** Renders the data mapping page. */
export function renderDataMappingPage(model: AppModel): GeneratedFile {
  const attributeTypes = model.attributeTypes.length
    ? [
        heading(2, "Custom attribute types"),
        paragraph([
          text("Create these attribute types before the first run (see "),
          link("../configure.mdx", "Configure"),
          text(")."),
        ]),
        table(
          ["Name", "Max length", "Indicator types", "Description"],
          model.attributeTypes.map((t) => [t.name, String(t.maxLength), t.indicators.join(", "), t.description]),
        ),
      ]
    : [];
  return renderPage(
    model,
    `${REFERENCE_DIR}/data-mapping.md`,
    { title: "Data mapping", sidebar_label: "Data mapping" },
    [
      paragraph(
        `How a ${model.vendor.product} response becomes ThreatConnect data. The app writes outputs only; the playbook template stores them on the indicator.`,
      ),
      heading(2, "Mapping"),
      table(
        ["Source field", "ThreatConnect target", "Output", "Rule"],
        model.mapping.map((m) => [m.source, m.target, [code(m.output)], m.rule]),
      ),
      ...attributeTypes,
    ],
  );
}
