/** tcex validate: param names are unique (threatconnect.md §8). */
import { duplicates, error, type Rule } from "./rule.js";

const id = "unique-param-name";

/** Rule `unique-param-name`. */
export const uniqueParamName: Rule = {
  id,
  description: "No two install.json params share a name (tcex validate).",
  check: ({ installJson, installPath }) =>
    duplicates(installJson.params, (p) => p.name).map((d) =>
      error(
        id,
        `${installPath}#/params/${d.index}/name`,
        `param name "${d.key}" is used more than once`,
        "rename one of the params (tc_action is reserved)",
      ),
    ),
};
