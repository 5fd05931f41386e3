/**
 * Partner wiki output naming schema (threatconnect.md §4.1): `<slug>.<data type>[.<sub>…].<descriptor>[.<content>]`,
 * lower case, one slug throughout.
 */
import { error, type Rule } from "./rule.js";

const id = "output-name-schema";

/** Output names: lower case, dotted, at least two parts. */
export const OUTPUT_NAME_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

/** Data types the wiki names (`response` = straight from the vendor, `results` = processed). */
export const OUTPUT_DATA_TYPES = ["response", "results", "indicators", "document", "groups", "request"] as const;

/** Rule `output-name-schema`. */
export const outputNameSchema: Rule = {
  id,
  description: "Every output follows <slug>.<data type>[.<sub>].<descriptor>[.<content type>] in lower case.",
  check: ({ model }) =>
    model.outputs.flatMap((o, i) => {
      const where = `${model.source}#/outputs/${i}/name`;
      if (!OUTPUT_NAME_PATTERN.test(o.name)) {
        return [
          error(
            id,
            where,
            `output "${o.name}" must match ${OUTPUT_NAME_PATTERN.source}`,
            `lower case, dots between parts, "_" for spaces, e.g. ${model.outputSlug}.results.count`,
          ),
        ];
      }
      const [slug, dataType] = o.name.split(".");
      if (slug !== model.outputSlug) {
        return [
          error(
            id,
            where,
            `output "${o.name}" must start with the app slug "${model.outputSlug}"`,
            `rename it to ${model.outputSlug}.${o.name.split(".").slice(1).join(".")}`,
          ),
        ];
      }
      return (OUTPUT_DATA_TYPES as readonly string[]).includes(dataType!)
        ? []
        : [
            error(
              id,
              where,
              `output "${o.name}" has data type "${dataType}"`,
              `the second part must be one of ${OUTPUT_DATA_TYPES.join(", ")}`,
            ),
          ];
    }),
};
