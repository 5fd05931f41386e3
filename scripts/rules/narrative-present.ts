/** The prose a partner must write for the SDD exists (sdd-outline.md §3, checklist C18). Missing → warning. */
import { type Rule, warning } from "./rule.js";

const id = "narrative-present";

/** Narrative sections the SDD needs (file names under `solution-design/narrative/`, without `.md`). */
export const REQUIRED_NARRATIVE = [
  "alternatives",
  "manual-qa",
  "mapping-rationale",
  "privacy",
  "questions",
  "risks",
  "scope",
  "summary",
  "support",
] as const;

/** Rule `narrative-present`. */
export const narrativePresent: Rule = {
  id,
  description: "Every required SDD narrative section exists, is non-empty and has no TODO/TBD placeholder.",
  check: ({ narrative }) =>
    REQUIRED_NARRATIVE.flatMap((name) => {
      const where = `solution-design/narrative/${name}.md`;
      const text = narrative[name]?.trim();
      if (!text)
        return [
          warning(
            id,
            where,
            `narrative section "${name}" is missing or empty`,
            `write ${where}; the SDD prints a gap marker until then`,
          ),
        ];
      return /\b(TODO|TBD|FIXME)\b/.test(text)
        ? [
            warning(
              id,
              where,
              `narrative section "${name}" contains a placeholder`,
              "replace TODO/TBD/FIXME with the real text",
            ),
          ]
        : [];
    }),
};
