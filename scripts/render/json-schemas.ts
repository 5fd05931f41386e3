/**
 * JSON Schemas (2020-12) of the params and the outputs, from the Zod schemas via zod 4's `z.toJSONSchema`.
 */
import { appDirOf } from "../lib/model.js";
import { stableJson } from "../lib/stable-json.js";
import type { AppModel, Renderer } from "../lib/types.js";

const DIALECT = "https://json-schema.org/draft/2020-12/schema";

/** A nested schema without its own `$schema` (only the document root carries it). */
function inner(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}

/** Schema of the resolved params object (`tc_action` included). */
export function buildParamsSchema(model: AppModel): Record<string, unknown> {
  return {
    $schema: DIALECT,
    title: `${model.displayName} params`,
    type: "object",
    properties: Object.fromEntries(model.params.map((p) => [p.name, inner(p.jsonSchema)])),
    required: model.params.filter((p) => p.required).map((p) => p.name),
    additionalProperties: true,
  };
}

/** Schema of the outputs, keyed by `name!type` as the KV store holds them. */
export function buildOutputsSchema(model: AppModel): Record<string, unknown> {
  return {
    $schema: DIALECT,
    title: `${model.displayName} outputs`,
    type: "object",
    properties: Object.fromEntries(model.outputs.map((o) => [`${o.name}!${o.type}`, inner(o.jsonSchema)])),
    additionalProperties: false,
  };
}

/** Renders `<appDir>/schemas/{params,outputs}.schema.json`. */
export const jsonSchemasRenderer: Renderer = {
  id: "json-schemas",
  description: "JSON Schemas of params and outputs (z.toJSONSchema)",
  render: (model) => [
    { path: `${appDirOf(model)}/schemas/params.schema.json`, contents: stableJson(buildParamsSchema(model)) },
    { path: `${appDirOf(model)}/schemas/outputs.schema.json`, contents: stableJson(buildOutputsSchema(model)) },
  ],
};
