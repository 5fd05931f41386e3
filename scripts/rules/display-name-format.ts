/** Partner wiki: display name is `<Company> <Product> [<Description>]`, Company = vendor name (threatconnect.md §9). */
import { error, type Rule } from "./rule.js";

const id = "display-name-format";

/** Rule `display-name-format`. */
export const displayNameFormat: Rule = {
  id,
  description: "The display name reads <Company> <Product> [<Description>] with Company = vendor.name.",
  check: ({ model }) => {
    const want = `${model.vendor.name} ${model.vendor.product}`;
    const ok = model.displayName === want || model.displayName.startsWith(`${want} `);
    const lengthOk = model.displayName.length >= 3 && model.displayName.length <= 100;
    return [
      ...(ok
        ? []
        : [
            error(
              id,
              `${model.source}#/displayName`,
              `display name "${model.displayName}" must start with "${want}"`,
              `e.g. "${want} Enrichment" (<Company> <Product> [<Description>])`,
            ),
          ]),
      ...(lengthOk
        ? []
        : [
            error(
              id,
              `${model.source}#/displayName`,
              "display name must be 3–100 characters",
              "shorten the description part",
            ),
          ]),
    ];
  },
};
