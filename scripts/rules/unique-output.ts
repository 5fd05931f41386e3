/** tcex validate: no duplicate output name+type (threatconnect.md §1.4). */
import { duplicates, error, type Rule } from "./rule.js";

const id = "unique-output";

/** Rule `unique-output`. */
export const uniqueOutput: Rule = {
  id,
  description: "No two outputs share name and type (tcex validate). The same name may have two types.",
  check: ({ installJson, installPath }) =>
    duplicates(installJson.playbook.outputVariables, (o) => `${o.name}!${o.type}`).map((d) =>
      error(
        id,
        `${installPath}#/playbook/outputVariables/${d.index}`,
        `output "${d.key}" is declared more than once`,
        "remove the duplicate output from the definition",
      ),
    ),
};
