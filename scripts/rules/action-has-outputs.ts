/** Every action writes at least one output (an action without outputs cannot feed the template). */
import { error, type Rule } from "./rule.js";

const id = "action-has-outputs";

/** Rule `action-has-outputs`. */
export const actionHasOutputs: Rule = {
  id,
  description: "Every action produces at least one output; every output names only declared actions.",
  check: ({ model }) => {
    const names = new Set(model.actions.map((a) => a.name));
    const empty = model.actions.flatMap((a, i) =>
      a.outputs.length
        ? []
        : [
            error(
              id,
              `${model.source}#/actions/${i}`,
              `action "${a.name}" produces no outputs`,
              "list the action in an output's `actions`, or omit `actions` on shared outputs",
            ),
          ],
    );
    const unknown = model.outputs.flatMap((o, i) =>
      o.actions
        .filter((a) => !names.has(a))
        .map((a) =>
          error(
            id,
            `${model.source}#/outputs/${i}/actions`,
            `output "${o.name}" names unknown action "${a}"`,
            `use one of: ${[...names].join(", ")}`,
          ),
        ),
    );
    return [...empty, ...unknown];
  },
};
