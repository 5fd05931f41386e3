/** Renderers of the slides deliverables, registered in `scripts/render/index.ts`. */
import type { Renderer } from "../../lib/types.js";
import { renderOnePager } from "./one-pager.js";

/** The one-page sales slide (`slides/one-pager.md`); HTML/PDF/PNG/PPTX are built by `scripts/build/slides.ts`. */
export const onePagerRenderer: Renderer = {
  id: "one-pager",
  description: "One-page sales slide (Marp Markdown)",
  render: (model) => [renderOnePager(model)],
};

/** Registered in `scripts/render/index.ts`. */
export const slidesRenderers: Renderer[] = [onePagerRenderer];
