/** Every param and output carries a help text (`.describe()`): the UI note, README and SDD read it (C08). */
import { error, type Rule } from "./rule.js";

const id = "documented";

/** Rule `documented`. */
export const documented: Rule = {
  id,
  description: "Every param and output has a non-empty .describe() text.",
  check: ({ model }) => [
    ...model.params
      .filter((p) => !p.note.trim())
      .map((p) =>
        error(
          id,
          `${model.source}#/params/${p.name}`,
          `param "${p.name}" has no description`,
          'add .describe("…") to its schema: 2–3 sentences shown as the "?" help',
        ),
      ),
    ...model.outputs.flatMap((o, i) =>
      o.description.trim()
        ? []
        : [
            error(
              id,
              `${model.source}#/outputs/${i}`,
              `output "${o.name}!${o.type}" has no description`,
              'add .describe("…") to its schema',
            ),
          ],
    ),
  ],
};
