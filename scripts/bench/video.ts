/**
 * Benchmark: builds the reference app's walkthrough video (stored sample runs, pictures from `dist/pictures` when
 * present) and prints its length, slide count, build time and sizes. Usage: `tsx scripts/bench/video.ts [--dist DIR]`.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { buildWalkthroughVideo } from "../build/video.js";
import { prepare } from "../lib/pipeline.js";

/** Builds the video once and prints what it measured. */
export async function benchVideo(root: string, dist: string): Promise<void> {
  const { model } = await prepare({ root, samples: false });
  const started = performance.now();
  const video = await buildWalkthroughVideo({ dist, model, log: (line) => process.stdout.write(`  ${line}\n`) });
  const seconds = (performance.now() - started) / 1000;
  const spoken = video.segments.reduce((t, s) => t + s.narration, 0);
  const kib = async (file: string) => ((await stat(file)).size / 1024).toFixed(0);
  process.stdout.write(
    [
      `walkthrough video of ${model.displayName} (${model.samples.length} sample runs)`,
      `  slides: ${video.segments.length}, length ${video.duration.toFixed(1)} s (${spoken.toFixed(1)} s narration + pauses)`,
      `  build time: ${seconds.toFixed(1)} s`,
      `  ${path.relative(root, video.mp4)}: ${await kib(video.mp4)} KiB, ${path.relative(root, video.vtt)}: ${await kib(video.vtt)} KiB`,
      "",
    ].join("\n"),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf("--dist");
  const root = process.cwd();
  await benchVideo(root, path.resolve(root, at > 0 ? process.argv[at + 1]! : "dist"));
}
