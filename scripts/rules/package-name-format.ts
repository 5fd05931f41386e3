/**
 * Partner wiki: package name = the display name snake-cased + `_v<major>`; the major matches `programVersion`,
 * which is MAJOR.MINOR.PATCH (threatconnect.md §9, checklist C02).
 */
import { error, type Rule } from "./rule.js";

const id = "package-name-format";

/** `Google VirusTotal Enrichment` → `google_virustotal_enrichment`. */
export function snakeCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Rule `package-name-format`. */
export const packageNameFormat: Rule = {
  id,
  description: "packageName is <snake display name>_v<major> and programVersion is MAJOR.MINOR.PATCH.",
  check: ({ model }) => {
    if (!/^\d+\.\d+\.\d+$/.test(model.programVersion)) {
      return [
        error(
          id,
          `${model.source}#/programVersion`,
          `programVersion "${model.programVersion}" is not MAJOR.MINOR.PATCH`,
          'use e.g. "1.0.0"',
        ),
      ];
    }
    const want = `${snakeCase(model.displayName)}_v${model.majorVersion}`;
    return model.packageName === want
      ? []
      : [
          error(
            id,
            `${model.source}#/packageName`,
            `package name "${model.packageName}" should be "${want}"`,
            "snake-case the display name and add _v<major of programVersion>",
          ),
        ];
  },
};
