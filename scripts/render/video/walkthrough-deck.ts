/**
 * The walkthrough deck (`slides/walkthrough.md`, Marp). Each slide's narration sits in its presenter notes
 * (`<!-- narration: … -->`), so the committed deck is also the script the video build speaks and captions; a
 * changed definition shows up in `check` as a changed script before anyone rebuilds the video.
 */
import { bannerText } from "../../lib/banner.js";
import type { AppModel, GeneratedFile, Renderer } from "../../lib/types.js";
import { buildWalkthroughSlides, type WalkthroughPictures, type WalkthroughSlide } from "./walkthrough-slides.js";

/** Repo-relative path of the committed deck. */
export const WALKTHROUGH_DECK_PATH = "slides/walkthrough.md";
// 1280×720 is Marp's 16:9 default; the video is built at exactly that size.
const STYLE = `section { font-size: 28px; padding: 48px 64px; }
section.title { justify-content: center; }
section.title h1 { font-size: 54px; color: #1f4e79; }
h2 { color: #1f4e79; }
.flow { display: flex; align-items: stretch; gap: 10px; margin-top: 36px; }
.flow .box { flex: 1; display: flex; flex-direction: column; gap: 10px; padding: 16px; border: 3px solid #1f4e79; border-radius: 14px; background: #eef4fa; font-size: 21px; }
.flow .box b { color: #1f4e79; font-size: 23px; }
.flow .arrow { align-self: center; font-size: 40px; color: #1f4e79; }
.picture { display: flex; justify-content: center; align-items: center; height: 520px; }
.picture img { max-width: 100%; max-height: 100%; object-fit: contain; }
.small { font-size: 21px; }
.small table { font-size: 19px; }`;

function frontMatter(model: AppModel): string {
  const indented = STYLE.split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
  return [
    "---",
    `# ${bannerText(model.source)}`,
    "marp: true",
    "theme: default",
    "size: 16:9",
    "paginate: true",
    `footer: ${JSON.stringify(`${model.displayName} ${model.programVersion} · walkthrough`)}`,
    "style: |",
    indented,
    "---",
  ].join("\n");
}

/** Presenter note with the narration; `--` is not allowed inside an HTML comment. */
function narrationNote(text: string): string {
  return `<!-- narration: ${text.replace(/-{2,}/g, "-")} -->`;
}

function renderSlide(slide: WalkthroughSlide, index: number): string {
  const heading = index === 0 ? `<!-- _class: title -->\n\n# ${slide.title}` : `## ${slide.title}`;
  return `${heading}\n\n${slide.body}\n\n${narrationNote(slide.narration)}\n`;
}

/** Marp Markdown of the slides, with the banner in the front matter (a comment there would become a note). */
export function renderWalkthroughDeck(model: AppModel, slides: readonly WalkthroughSlide[]): string {
  return `${frontMatter(model)}\n\n${slides.map(renderSlide).join("\n---\n\n")}`;
}

/** The deck file for a model; pictures are used when given (the video build passes the ones that exist). */
export function renderWalkthroughFiles(model: AppModel, pictures: WalkthroughPictures = {}): GeneratedFile[] {
  return [
    { path: WALKTHROUGH_DECK_PATH, contents: renderWalkthroughDeck(model, buildWalkthroughSlides(model, pictures)) },
  ];
}

/** The committed walkthrough: drawn from the model alone, so `check` does not depend on built pictures. */
export const walkthroughRenderer: Renderer = {
  id: "video-walkthrough",
  description: "Marp walkthrough deck for the narrated demo video, with narration per slide",
  render: (model) => renderWalkthroughFiles(model),
};
