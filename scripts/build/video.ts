/**
 * `videoStep`: the narrated walkthrough video (`dist/video/walkthrough.mp4`) and its WebVTT captions, rebuilt from
 * the model on every build (TOOLCHAIN.md §4 step 9). Slides → PNG with Marp in headless Chromium, narration → WAV
 * with espeak-ng per slide, then ONE ffmpeg run that shows each slide for its narration plus a fixed pause and
 * encodes H.264 + AAC at 1280×720.
 *
 * Timing: slide k lasts `narration_k + VIDEO_PAUSE_SECONDS`, placed on a cumulative timeline and rounded to whole
 * frames there (so rounding never accumulates), and never shorter than its narration. The total is therefore the
 * sum of the narration lengths plus one pause per slide, within half a frame. Audio is padded per slide to the
 * exact same sample boundaries, so picture, voice and captions stay in step.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, chromiumPath } from "../lib/chromium.js";
import type { AppModel, BuildStep, BuiltFile, SystemTool } from "../lib/types.js";
import { slugOf } from "../render/video/_text.js";
import { buildCaptionCues, renderVtt, type TimedNarration } from "../render/video/captions.js";
import { renderWalkthroughDeck } from "../render/video/walkthrough-deck.js";
import { buildWalkthroughSlides, type WalkthroughPictures } from "../render/video/walkthrough-slides.js";

const run = promisify(execFile);

/** Silence after each slide's narration, in seconds. */
export const VIDEO_PAUSE_SECONDS = 0.6;
/** Frame size of the video; Marp renders 16:9 slides at exactly this size. */
export const VIDEO_SIZE = { width: 1280, height: 720 } as const;
/** Frames per second of the video: still slides need few, and every slide boundary falls on a frame. */
export const VIDEO_FPS = 5;
/** Audio sample rate of the video (espeak-ng speaks at 22 050 Hz; AAC is resampled once). */
const AUDIO_RATE = 44_100;
/** espeak-ng voice and words per minute. */
const VOICE = { name: "en-us", wordsPerMinute: 165 } as const;
/** Upper bound for any one tool run (Marp starts Chromium; ffmpeg encodes the whole video). */
const TOOL_TIMEOUT_MS = 300_000;

/** System tools the video needs, with the Debian package that installs each. */
export const videoTools: SystemTool[] = [
  { command: "ffmpeg", aptPackage: "ffmpeg" },
  { command: "ffprobe", aptPackage: "ffmpeg" },
  { command: "espeak-ng", aptPackage: "espeak-ng" },
  { command: "chromium", aptPackage: "chromium" },
];

/** Where the walkthrough lands under `dist/`. */
export const VIDEO_OUTPUTS = { mp4: "video/walkthrough.mp4", vtt: "video/walkthrough.vtt" } as const;

/** Inputs of `buildWalkthroughVideo`. */
export interface WalkthroughVideoOptions {
  /** Directory that receives `video/walkthrough.mp4` and `video/walkthrough.vtt` (the build's `dist/`). */
  dist: string;
  model: AppModel;
  /** Pictures to show (absolute paths); default: the ones `findPictures` finds under `<dist>/pictures`. */
  pictures?: WalkthroughPictures;
  /** Ids of the slides to keep (e.g. `["title", "how-it-works"]`, for short test videos); default: all. */
  only?: readonly string[];
  /** Frames per second (default `VIDEO_FPS`); tests use fewer. */
  fps?: number;
  log?: (line: string) => void;
}

/** One slide's place in the built video (seconds). */
export interface SegmentTiming {
  slide: number;
  /** Length of the slide's espeak-ng narration. */
  narration: number;
  start: number;
  end: number;
}

/** What was built and how long each part lasts. */
export interface WalkthroughVideo {
  mp4: string;
  vtt: string;
  segments: SegmentTiming[];
  /** End of the last segment, seconds. */
  duration: number;
}

/** A tool failed: names the tool and quotes the end of its stderr. */
export class VideoBuildError extends Error {
  override name = "VideoBuildError";
}

function isOnPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** Throws naming every missing tool and the apt package that provides it. */
export function assertVideoTools(tools: readonly SystemTool[] = videoTools): void {
  const missing = tools.filter(
    (t) => !isOnPath(t.command) && !(t.command === "chromium" && existsSync(chromiumPath())),
  );
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((t) => t.aptPackage))].join(" ");
  throw new VideoBuildError(
    `video: missing ${missing.map((t) => t.command).join(", ")} (hint: apt-get install -y --no-install-recommends ${packages})`,
  );
}

async function tool(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, env, timeout: TOOL_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; killed?: boolean; message?: string };
    const why = e.killed
      ? `timed out after ${TOOL_TIMEOUT_MS / 1000} s`
      : (e.stderr || e.message || "").trim().slice(-600);
    throw new VideoBuildError(`video: ${command} failed: ${why}`, { cause: error });
  }
}

/** Duration of a media file in seconds (container duration, as ffprobe reports it). */
export async function probeDuration(file: string, cwd = process.cwd()): Promise<number> {
  const out = await tool("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file], cwd);
  const seconds = Number.parseFloat(out.trim());
  if (!Number.isFinite(seconds)) throw new VideoBuildError(`video: ffprobe gave no duration for ${file}`);
  return seconds;
}

/** PNG files under `dir`, recursively, as POSIX paths relative to it, sorted. */
async function pngsUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((n) => n.endsWith(".png"))
    .map((n) => n.split(sep).join("/"))
    .sort();
}

/**
 * Pictures other build steps made under `<dist>/pictures` (flow diagram, input-wizard preview of the first action,
 * a playbook canvas from `playbooks/<slug>.png`), as absolute paths. Absent pictures stay undefined and the slide
 * falls back to HTML drawn from the model.
 */
export async function findPictures(dist: string, model: AppModel): Promise<WalkthroughPictures> {
  const dir = join(dist, "pictures");
  const pngs = await pngsUnder(dir);
  const base = (p: string) => p.slice(p.lastIndexOf("/") + 1, -".png".length);
  const abs = (p: string | undefined) => (p ? join(dir, p) : undefined);
  const actionSlugs = model.actions.map((a) => slugOf(a.name));
  const typeSlugs = model.actions.flatMap((a) => a.indicatorTypes.map(slugOf));
  const prefer = (candidates: string[], slugs: string[]) =>
    slugs.map((s) => candidates.find((p) => base(p) === s || base(p).includes(`-${s}`))).find(Boolean) ?? candidates[0];
  const wizards = pngs.filter((p) => p.includes("wizard"));
  const canvases = pngs.filter((p) => p.startsWith("playbooks/"));
  return {
    flow: abs(pngs.find((p) => base(p).includes("flow"))),
    wizard: abs(prefer(wizards, actionSlugs)),
    playbook: abs(prefer(canvases, [...typeSlugs, ...actionSlugs])),
  };
}

/**
 * Copies the pictures next to the deck and returns deck-relative paths: Marp's Markdown parser refuses `file:`
 * links, and relative paths keep host paths out of the deck.
 */
async function stagePictures(work: string, pictures: WalkthroughPictures): Promise<WalkthroughPictures> {
  await mkdir(join(work, "pictures"), { recursive: true });
  const staged: WalkthroughPictures = {};
  for (const key of ["flow", "wizard", "playbook"] as const) {
    const from = pictures[key];
    if (!from) continue;
    await copyFile(from, join(work, "pictures", `${key}.png`));
    staged[key] = `pictures/${key}.png`;
  }
  return staged;
}

/**
 * A Chromium launcher that adds the project's headless flags: marp-cli passes only its own flags (TOOLCHAIN.md,
 * Marp: "No env var or option passes arbitrary browser arguments"), so it gets this script as `CHROME_PATH`.
 */
async function writeChromiumWrapper(work: string): Promise<string> {
  const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
  const path = join(work, "chromium.sh");
  await writeFile(path, `#!/bin/sh\nexec ${[chromiumPath(), ...CHROMIUM_ARGS].map(quote).join(" ")} "$@"\n`);
  await chmod(path, 0o755);
  return path;
}

/** Slide PNGs (`frames/slide.001.png` …) of the deck in `work`, rendered by Marp in headless Chromium. */
async function renderSlideImages(work: string, deck: string, count: number): Promise<string[]> {
  await writeFile(join(work, "walkthrough.md"), deck);
  const marp = createRequire(import.meta.url).resolve("@marp-team/marp-cli/marp-cli.js");
  const env = { ...process.env, CHROME_PATH: await writeChromiumWrapper(work), CHROME_DISABLE_GPU: "1" };
  const args = [
    marp,
    "walkthrough.md",
    "--no-stdin",
    "--html",
    "--allow-local-files",
    "--images",
    "png",
    "-o",
    "frames/slide.png",
  ];
  await tool(process.execPath, args, work, env);
  const frames = (await readdir(join(work, "frames"))).filter((n) => /^slide\.\d+\.png$/.test(n)).sort();
  if (frames.length !== count) {
    throw new VideoBuildError(`video: Marp rendered ${frames.length} slide images for ${count} slides`);
  }
  return frames.map((n) => join("frames", n));
}

/** espeak-ng arguments that speak the text in `textFile` into `wavFile` with the video's voice. */
export function espeakArgs(textFile: string, wavFile: string): string[] {
  return ["-v", VOICE.name, "-s", String(VOICE.wordsPerMinute), "-f", textFile, "-w", wavFile];
}

/** Narration WAV of one slide; the text goes through a file so no argument parsing touches it. */
async function narrate(work: string, n: number, text: string): Promise<string> {
  const txt = `narration-${n}.txt`;
  const wav = `narration-${n}.wav`;
  await writeFile(join(work, txt), text);
  await tool("espeak-ng", espeakArgs(txt, wav), work);
  return wav;
}

/**
 * Slides placed end to end, in whole frames: each ends at its cumulative target (narrations + pauses so far)
 * rounded to a frame, but never before its own narration has finished.
 */
export function planTimeline(narrations: readonly number[], fps: number, pause = VIDEO_PAUSE_SECONDS): SegmentTiming[] {
  let target = 0;
  let endFrame = 0;
  return narrations.map((narration, i) => {
    target += narration + pause;
    const startFrame = endFrame;
    endFrame = Math.max(Math.round(target * fps), Math.ceil((startFrame / fps + narration) * fps));
    return { slide: i + 1, narration, start: startFrame / fps, end: endFrame / fps };
  });
}

/** The ffmpeg arguments: each slide image held for its segment, each narration padded to it, one encode. */
export function assembleArgs(
  frames: readonly string[],
  wavs: readonly string[],
  timeline: readonly SegmentTiming[],
  fps: number,
  out: string,
): string[] {
  const { width, height } = VIDEO_SIZE;
  const samples = (s: number) => Math.round(s * AUDIO_RATE);
  const inputs = timeline.flatMap((_, i) => ["-framerate", String(fps), "-i", frames[i]!, "-i", wavs[i]!]);
  const graph = timeline.flatMap((t, i) => {
    const length = samples(t.end) - samples(t.start);
    const frameCount = Math.round((t.end - t.start) * fps);
    return [
      // Decode and convert the slide once, then repeat that frame (looping the input would decode it every frame).
      `[${2 * i}:v]scale=${width}:${height},setsar=1,format=yuv420p,loop=loop=${frameCount - 1}:size=1:start=0[v${i}]`,
      `[${2 * i + 1}:a]aresample=${AUDIO_RATE},apad=whole_len=${length},atrim=end_sample=${length}[a${i}]`,
    ];
  });
  const pairs = timeline.map((_, i) => `[v${i}][a${i}]`).join("");
  graph.push(`${pairs}concat=n=${timeline.length}:v=1:a=1[v][a]`);
  return [
    ...["-v", "error", "-y", ...inputs, "-filter_complex", graph.join(";"), "-map", "[v]", "-map", "[a]"],
    ...["-r", String(fps), "-c:v", "libx264", "-preset", "veryfast", "-tune", "stillimage", "-pix_fmt", "yuv420p"],
    // A key frame at every slide change, so seeking to a slide shows it at once.
    ...["-force_key_frames", timeline.map((t) => t.start.toFixed(3)).join(",")],
    ...["-c:a", "aac", "-b:a", "96k", "-ar", String(AUDIO_RATE), "-ac", "1"],
    ...["-map_metadata", "-1", "-fflags", "+bitexact", "-movflags", "+faststart", out],
  ];
}

/** Builds the video and captions into `<dist>/video/`; works in a temp dir that is always removed. */
export async function buildWalkthroughVideo(options: WalkthroughVideoOptions): Promise<WalkthroughVideo> {
  assertVideoTools();
  const { model, log = () => {} } = options;
  const fps = options.fps ?? VIDEO_FPS;
  const work = await mkdtemp(join(tmpdir(), "enrichkit-video-"));
  try {
    const pictures = await stagePictures(work, options.pictures ?? (await findPictures(options.dist, model)));
    const all = buildWalkthroughSlides(model, pictures);
    const slides = options.only ? all.filter((s) => options.only!.includes(s.id)) : all;
    if (slides.length === 0) throw new VideoBuildError(`video: no slides to build (only: ${options.only?.join(", ")})`);
    const frames = await renderSlideImages(work, renderWalkthroughDeck(model, slides), slides.length);
    log(`video: ${slides.length} slides rendered`);
    const wavs = await Promise.all(slides.map((s, i) => narrate(work, i + 1, s.narration)));
    const narrations = await Promise.all(wavs.map((w) => probeDuration(w, work)));
    const timeline = planTimeline(narrations, fps);
    log(`video: ${slides.length} narrations, ${narrations.reduce((a, b) => a + b, 0).toFixed(1)} s spoken`);
    await tool("ffmpeg", assembleArgs(frames, wavs, timeline, fps, "walkthrough.mp4"), work);
    const outDir = join(options.dist, "video");
    await mkdir(outDir, { recursive: true });
    const mp4 = join(options.dist, VIDEO_OUTPUTS.mp4);
    const vtt = join(options.dist, VIDEO_OUTPUTS.vtt);
    await copyFile(join(work, "walkthrough.mp4"), mp4);
    const timed: TimedNarration[] = timeline.map((t, i) => ({ ...t, text: slides[i]!.narration }));
    await writeFile(vtt, renderVtt(buildCaptionCues(timed), captionBanner(model)));
    const duration = timeline.at(-1)?.end ?? 0;
    log(
      `video: ${relative(options.dist, mp4).split(sep).join("/")} ${duration.toFixed(1)} s, captions ${VIDEO_OUTPUTS.vtt}`,
    );
    return { mp4, vtt, segments: timeline, duration };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function captionBanner(model: AppModel): string {
  return `generated from ${model.source} by the video build step — do not edit; run npm start`;
}

/** The build step: needs Chromium (Marp), espeak-ng and ffmpeg; uses the pictures steps' output when present. */
export const videoStep: BuildStep = {
  id: "video",
  title: "Narrated walkthrough video (dist/video/walkthrough.mp4 + .vtt)",
  // Shows the flow diagram, wizard preview and playbook canvas those steps write to dist/pictures.
  after: ["pictures", "playbook-pictures"],
  requires: videoTools,
  run: async (ctx) => {
    const started = performance.now();
    const video = await buildWalkthroughVideo({ dist: ctx.dist, model: ctx.model, log: ctx.log });
    const ms = performance.now() - started;
    const built = async (path: string, rel: string): Promise<BuiltFile> => ({
      path: `dist/${rel}`,
      bytes: (await stat(path)).size,
      ms,
    });
    return [await built(video.mp4, VIDEO_OUTPUTS.mp4), await built(video.vtt, VIDEO_OUTPUTS.vtt)];
  },
};
