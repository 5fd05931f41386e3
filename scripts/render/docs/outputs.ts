/**
 * `reference/outputs.md`: every output variable with its type, description, the actions that write it and an
 * example value taken from the emulator sample runs (never typed by hand).
 */
import { code, heading, link, paragraph, table, text } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { formatSampleValue } from "../app-readme.js";
import { inline, REFERENCE_DIR, renderPage, sampleValue } from "./_page.js";

/** Example cell of an output: the sample value and the indicator it came from, or why there is none. */
function exampleCell(model: AppModel, name: string, type: string): string {
  if (model.samples.length === 0) return "no sample run";
  const found = sampleValue(model, name, type);
  if (!found) return "not written in the samples";
  return `${formatSampleValue(found.value, 60)} (${found.sample.indicator})`;
}

/** Renders the outputs page. */
export function renderOutputsPage(model: AppModel): GeneratedFile {
  const all = model.actions.length;
  return renderPage(model, `${REFERENCE_DIR}/outputs.md`, { title: "Outputs", sidebar_label: "Outputs" }, [
    paragraph([
      text(`The app writes ${model.outputs.length} output variables. Downstream apps read them as `),
      code(`#App:<job>:<name>!<type>`),
      text(". Example values come from running each action's worked example through the emulator; see "),
      link("./examples.md", "worked examples"),
      text("."),
    ]),
    heading(2, "Output variables"),
    table(
      ["Name", "Type", "Actions", "Description", "Example"],
      model.outputs.map((o) => [
        [code(o.name)],
        o.type,
        o.actions.length === all ? "all" : o.actions.join(", "),
        inline(o.description),
        exampleCell(model, o.name, o.type),
      ]),
    ),
  ]);
}
