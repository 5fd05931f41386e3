/** `reference/inputs.md`: the inputs of each action, as the wizard shows them, with the wizard preview picture. */
import { code, heading, paragraph, table, text } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { paramFacts } from "../app-readme.js";
import { actionSlug, IMG_URL, inline, REFERENCE_DIR, renderPage } from "./_page.js";

/** Renders the inputs page. */
export function renderInputsPage(model: AppModel): GeneratedFile {
  const intro = paragraph([
    text("Each action shows only its own inputs. Pick the action in the "),
    code("tc_action"),
    text(" input; the sections follow layout.json. Inputs marked encrypted take a keychain variable."),
  ]);
  const perAction = model.actions.flatMap((action) => {
    const params = model.params.filter((p) => action.params.includes(p.name) && !p.hidden);
    return [
      heading(2, action.name),
      paragraph(`${action.description} Accepts: ${action.indicatorTypes.join(", ")}.`),
      paragraph([
        {
          type: "image",
          url: `${IMG_URL}/wizard/${actionSlug(action.name)}.png`,
          alt: `Input wizard of ${action.name}`,
        },
      ]),
      table(
        ["Section", "Label", "Name", "Facts", "Accepts variables", "Help note"],
        params.map((p) => [
          p.section,
          p.label,
          [code(p.name)],
          paramFacts(p),
          p.playbookDataType.join(", ") || "—",
          inline(p.note),
        ]),
      ),
    ];
  });
  return renderPage(model, `${REFERENCE_DIR}/inputs.md`, { title: "Inputs per action", sidebar_label: "Inputs" }, [
    intro,
    ...perAction,
  ]);
}
