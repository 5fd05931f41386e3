/** Renderers of the slides deliverables, registered in `scripts/render/index.ts`. */
import type { Renderer } from "../../lib/types.js";

export const slidesRenderers: Renderer[] = [];
