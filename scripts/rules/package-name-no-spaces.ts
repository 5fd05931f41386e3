/** tcex validate: tcex.json `package.app_name` has no spaces (threatconnect.md §8). */
import { error, type Rule } from "./rule.js";

const id = "package-name-no-spaces";

/** Rule `package-name-no-spaces`. */
export const packageNameNoSpaces: Rule = {
  id,
  description: "The package name contains no whitespace (tcex validate fails on a space in app_name).",
  check: ({ model }) =>
    /\s/.test(model.packageName)
      ? [
          error(
            id,
            `${model.source}#/packageName`,
            `package name "${model.packageName}" contains whitespace`,
            "use underscores, e.g. acme_threatscan_v1",
          ),
        ]
      : [],
};
