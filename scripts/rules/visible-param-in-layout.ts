/** tcex validate: every install.json param that is not hidden appears in layout.json (threatconnect.md §2). */
import { error, type Rule } from "./rule.js";

const id = "visible-param-in-layout";

/** Rule `visible-param-in-layout`. */
export const visibleParamInLayout: Rule = {
  id,
  description: "Every visible install.json param appears in layout.json (tcex validate).",
  check: ({ installJson, layoutJson, installPath }) => {
    const inLayout = new Set(layoutJson.inputs.flatMap((s) => s.parameters.map((p) => p.name)));
    return installJson.params.flatMap((p, i) =>
      p.hidden || inLayout.has(p.name)
        ? []
        : [
            error(
              id,
              `${installPath}#/params/${i}/name`,
              `visible param "${p.name}" is missing from layout.json`,
              "give the param a layout section, or mark it hidden",
            ),
          ],
    );
  },
};
