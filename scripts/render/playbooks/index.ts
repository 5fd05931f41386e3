/** Renderers of the playbooks deliverables, registered in `scripts/render/index.ts`. */
import type { Renderer } from "../../lib/types.js";

export const playbooksRenderers: Renderer[] = [];
