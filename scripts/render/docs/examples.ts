/**
 * `reference/examples.md`: a worked example per indicator type. Every value printed comes from the emulator run of
 * the action's example on its recorded fixture (`model.samples`); with no run, the page says so instead.
 */
import type { RootContent } from "mdast";
import { code, codeBlock, heading, link, paragraph, strong, table, text } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile, SampleRun } from "../../lib/types.js";
import { formatSampleValue } from "../app-readme.js";
import { REFERENCE_DIR, renderPage, sampleFor } from "./_page.js";

/** Outputs shown as pretty JSON blocks instead of table cells (the raw vendor response). */
function isRawJson(key: string): boolean {
  return /\.json\.raw!String$/.test(key);
}

function sampleNodes(sample: SampleRun): RootContent[] {
  const keys = Object.keys(sample.outputs).sort();
  const raw = keys.filter(isRawJson);
  const rawNodes = raw.flatMap((key) => {
    const value = sample.outputs[key];
    let pretty = String(value);
    try {
      pretty = JSON.stringify(JSON.parse(String(value)), null, 2);
    } catch {
      // Not JSON text: print it as written.
    }
    return [paragraph([code(key)]), codeBlock("json", pretty)];
  });
  return [
    paragraph([
      strong("Result:"),
      text(` exit code ${sample.exitCode}; `),
      code("message.tc"),
      text(": "),
      sample.messageTc ? code(sample.messageTc) : text("(empty)"),
    ]),
    table(
      ["Output", "Value"],
      keys.filter((k) => !isRawJson(k)).map((k) => [[code(k)], formatSampleValue(sample.outputs[k], 120)]),
    ),
    ...rawNodes,
  ];
}

/** Renders the worked examples page. */
export function renderExamplesPage(model: AppModel): GeneratedFile {
  const sections = model.actions.flatMap((action) => {
    const sample = sampleFor(model, action.name);
    return [
      heading(2, `${action.indicatorTypes.join(", ")}: ${action.name}`),
      paragraph([
        text("Run the "),
        link("./playbook-templates.md", `${action.indicatorTypes[0]} template`),
        text(" on the indicator "),
        code(action.example.indicator),
        text(
          `, or set Action to ${action.name} and Indicator to that value in your own playbook. Recorded ${model.vendor.product} response: `,
        ),
        code(action.example.fixture),
        text("."),
      ]),
      ...(sample
        ? sampleNodes(sample)
        : [paragraph("No sample run was collected for this action (generate ran without the emulator).")]),
    ];
  });
  return renderPage(
    model,
    `${REFERENCE_DIR}/examples.md`,
    { title: "Worked examples", sidebar_label: "Worked examples" },
    [
      paragraph(
        `One example per indicator type. The values below are what the app wrote when it ran each example through the Enrichkit emulator against a recorded ${model.vendor.product} response: real outputs, regenerated whenever the app changes.`,
      ),
      ...sections,
    ],
  );
}
