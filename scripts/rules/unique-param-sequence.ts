/** tcex validate: param `sequence` numbers are unique (threatconnect.md §1.2). */
import { duplicates, error, type Rule } from "./rule.js";

const id = "unique-param-sequence";

/** Rule `unique-param-sequence`. */
export const uniqueParamSequence: Rule = {
  id,
  description: "No two install.json params share a sequence number (tcex validate).",
  check: ({ installJson, installPath }) =>
    duplicates(installJson.params, (p) => String(p.sequence)).map((d) =>
      error(
        id,
        `${installPath}#/params/${d.index}/sequence`,
        `sequence ${d.key} is used more than once`,
        "sequences are numbered 1..n by the generator; do not set them by hand",
      ),
    ),
};
