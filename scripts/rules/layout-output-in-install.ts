/** tcex validate: every layout.json output exists in install.json `playbook.outputVariables` (threatconnect.md §2). */
import { error, type Rule } from "./rule.js";

const id = "layout-output-in-install";

/** Rule `layout-output-in-install`. */
export const layoutOutputInInstall: Rule = {
  id,
  description: "Every layout.json output exists in install.json playbook.outputVariables (tcex validate).",
  check: ({ installJson, layoutJson, layoutPath }) => {
    const names = new Set(installJson.playbook.outputVariables.map((o) => o.name));
    return layoutJson.outputs.flatMap((o, i) =>
      names.has(o.name)
        ? []
        : [
            error(
              id,
              `${layoutPath}#/outputs/${i}/name`,
              `output "${o.name}" is in layout.json but not in install.json`,
              "declare the output in the definition or drop it from the layout",
            ),
          ],
    );
  },
};
