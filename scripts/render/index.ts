/**
 * The registry of deliverable renderers, by id. Commands render all of them; each is pure (model → files).
 */
import type { ManagedRenderer } from "../lib/check.js";
import type { ManagedPaths } from "../lib/managed-paths.js";
import { appDirOf } from "../lib/model.js";
import type { AppModel } from "../lib/types.js";
import { appReadmeRenderer } from "./app-readme.js";
import { attributeTypesRenderer } from "./attribute-types.js";
import { contractRenderer } from "./contract.js";
import { docsRenderers } from "./docs/index.js";
import { installJsonRenderer } from "./install-json.js";
import { jsonSchemasRenderer } from "./json-schemas.js";
import { layoutJsonRenderer } from "./layout-json.js";
import { playbooksRenderers } from "./playbooks/index.js";
import { sddRenderer } from "./sdd.js";
import { slidesRenderers } from "./slides/index.js";
import { videoRenderers } from "./video/index.js";

/** The schemas folder is owned whole: a schema left over from a removed deliverable is extra. */
const ownedJsonSchemas: ManagedRenderer = {
  ...jsonSchemasRenderer,
  managed: (model) => ({ dirs: [`${appDirOf(model)}/schemas`] }),
};

/** Every renderer, in a fixed order. */
export const renderers: readonly ManagedRenderer[] = [
  installJsonRenderer,
  layoutJsonRenderer,
  appReadmeRenderer,
  ownedJsonSchemas,
  attributeTypesRenderer,
  contractRenderer,
  sddRenderer,
  ...docsRenderers,
  ...slidesRenderers,
  ...playbooksRenderers,
  ...videoRenderers,
];

/** Managed directories declared by the renderers. */
export function managedPathsOf(model: AppModel, list: readonly ManagedRenderer[] = renderers): ManagedPaths[] {
  return list.flatMap((r) => (r.managed ? [r.managed(model)] : []));
}
