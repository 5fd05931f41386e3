/** Renderers of the docs deliverables, registered in `scripts/render/index.ts`. */
import type { Renderer } from "../../lib/types.js";

export const docsRenderers: Renderer[] = [];
