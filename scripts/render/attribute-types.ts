/**
 * Custom attribute definitions JSON, the shape partners ship (threatconnect.md §6 Attributes):
 * `{"types":[{name, description, maxLength, indicators, allowMarkdown, errorMessage, system, version}]}`.
 */
import { appDirOf } from "../lib/model.js";
import { stableJson } from "../lib/stable-json.js";
import type { AppModel, Renderer } from "../lib/types.js";

/** The attribute-types document. */
export function buildAttributeTypes(model: AppModel): { types: Record<string, unknown>[] } {
  return {
    types: model.attributeTypes.map((t) => ({
      name: t.name,
      description: t.description,
      maxLength: t.maxLength,
      indicators: [...t.indicators],
      allowMarkdown: t.allowMarkdown ?? false,
      errorMessage: t.errorMessage ?? `${t.name} must be at most ${t.maxLength} characters.`,
      system: false,
      version: 1,
    })),
  };
}

/** Renders `<appDir>/attribute-types.json`. */
export const attributeTypesRenderer: Renderer = {
  id: "attribute-types",
  description: "Custom attribute type definitions JSON",
  render: (model) => [
    { path: `${appDirOf(model)}/attribute-types.json`, contents: stableJson(buildAttributeTypes(model)) },
  ],
};
