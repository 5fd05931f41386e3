/** Renderers of the video deliverables, registered in `scripts/render/index.ts`. */
import type { Renderer } from "../../lib/types.js";

export const videoRenderers: Renderer[] = [];
