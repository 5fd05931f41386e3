/** tcex validate: every layout.json param exists in install.json and is not hidden (threatconnect.md §2). */
import { error, type Rule } from "./rule.js";

const id = "layout-param-in-install";

/** Rule `layout-param-in-install`. */
export const layoutParamInInstall: Rule = {
  id,
  description: "Every layout.json parameter exists in install.json params and is not hidden (tcex validate).",
  check: ({ installJson, layoutJson, layoutPath }) => {
    const params = new Map(installJson.params.map((p) => [p.name, p]));
    return layoutJson.inputs.flatMap((section, s) =>
      section.parameters.flatMap((item, i) => {
        const where = `${layoutPath}#/inputs/${s}/parameters/${i}/name`;
        const param = params.get(item.name);
        if (!param) {
          return [
            error(
              id,
              where,
              `"${item.name}" is in layout.json but not in install.json params`,
              "add the param to the definition or remove it from the layout",
            ),
          ];
        }
        return param.hidden
          ? [
              error(
                id,
                where,
                `"${item.name}" is hidden but listed in layout.json`,
                "hidden params must not appear in the layout; drop `hidden` or the layout entry",
              ),
            ]
          : [];
      }),
    );
  },
};
