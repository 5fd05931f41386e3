/** Renderers of the video deliverables, registered in `scripts/render/index.ts`. */
import type { Renderer } from "../../lib/types.js";
import { walkthroughRenderer } from "./walkthrough-deck.js";

/** The walkthrough deck and its narration (the video itself is built by `scripts/build/video.ts`). */
export const videoRenderers: Renderer[] = [walkthroughRenderer];
