/**
 * WebVTT captions from the narration: one cue per sentence (long ones cut in pieces), timed in proportion to its
 * length inside its slide's narration; the slide's last cue also covers the pause, so cues are contiguous from 0 to
 * the end of the video.
 */
import { splitSentences } from "./_text.js";

/** A slide's narration placed on the video timeline (seconds). */
export interface TimedNarration {
  text: string;
  /** Start of the slide's segment. */
  start: number;
  /** Length of the spoken narration (the rest of the segment is the pause). */
  narration: number;
  /** End of the slide's segment. */
  end: number;
}

/** One caption cue, in whole milliseconds. */
export interface CaptionCue {
  startMs: number;
  endMs: number;
  text: string;
}

/** Longest caption cue, in characters: about two lines on screen. */
export const MAX_CUE_CHARS = 90;

/** Caption texts of a narration: its sentences, long ones cut at word boundaries into pieces of similar length. */
export function captionTexts(narration: string, max = MAX_CUE_CHARS): string[] {
  return splitSentences(narration).flatMap((s) => {
    if (s.length <= max) return [s];
    const words = s.split(" ");
    const pieces = Math.ceil(s.length / max);
    const target = s.length / pieces;
    const out: string[] = [];
    let line = "";
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && (next.length > max || (line.length >= target && out.length < pieces - 1))) {
        out.push(line);
        line = word;
      } else line = next;
    }
    return line ? [...out, line] : out;
  });
}

/**
 * Cues for one slide: boundaries at each text's proportional share of the narration time; the first cue starts at
 * the slide's start and the last ends at the slide's end (covering the pause), so slides' cues join up.
 */
function slideCues(slide: TimedNarration): CaptionCue[] {
  const texts = captionTexts(slide.text);
  const total = texts.reduce((n, s) => n + s.length, 0) || 1;
  const startMs = Math.round(slide.start * 1000);
  const endMs = Math.round(slide.end * 1000);
  const cues: CaptionCue[] = [];
  let spoken = 0;
  for (const [i, text] of texts.entries()) {
    spoken += text.length;
    const from = cues.at(-1)?.endMs ?? startMs;
    const to = i === texts.length - 1 ? endMs : Math.round((slide.start + (slide.narration * spoken) / total) * 1000);
    // A text too short to get its own millisecond joins the previous cue.
    const previous = cues.at(-1);
    if (to <= from && previous) previous.text = `${previous.text} ${text}`;
    else cues.push({ startMs: from, endMs: Math.max(to, from), text });
  }
  return cues;
}

/** Cues for every slide, in order; each cue starts where the previous one ends. */
export function buildCaptionCues(slides: readonly TimedNarration[]): CaptionCue[] {
  return slides.flatMap(slideCues).filter((c) => c.endMs > c.startMs);
}

/** `HH:MM:SS.mmm`. */
export function formatVttTime(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** WebVTT text of the cues, with the generated banner as a NOTE block. */
export function renderVtt(cues: readonly CaptionCue[], banner: string): string {
  const blocks = cues.map(
    (c, i) => `${i + 1}\n${formatVttTime(c.startMs)} --> ${formatVttTime(c.endMs)}\n${c.text.replaceAll("-->", "->")}`,
  );
  return `WEBVTT\n\nNOTE ${banner}\n\n${blocks.join("\n\n")}\n`;
}
