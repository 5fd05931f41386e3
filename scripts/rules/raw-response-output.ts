/** Partner wiki ODE rule: the raw vendor response is offered as `<slug>.response.json.raw` by every action (C05). */
import { error, type Rule } from "./rule.js";

const id = "raw-response-output";

/** Rule `raw-response-output`. */
export const rawResponseOutput: Rule = {
  id,
  description: "Every action produces <slug>.response.json.raw (the raw vendor response).",
  check: ({ model }) => {
    const raw = `${model.outputSlug}.response.json.raw`;
    return model.actions.flatMap((a, i) =>
      a.outputs.some((o) => o.startsWith(`${raw}!`))
        ? []
        : [
            error(
              id,
              `${model.source}#/actions/${i}`,
              `action "${a.name}" has no raw-response output ${raw}`,
              `add an output named ${raw} (type String) for this action`,
            ),
          ],
    );
  },
};
