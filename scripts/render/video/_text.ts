/**
 * Text helpers shared by the walkthrough slides, narration and captions. Narration is spoken by espeak-ng and shown
 * as captions, so it is plain sentences: no Markdown, no symbols a voice reads badly.
 */

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

/** "1 input", "3 inputs". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** Unique values in first-seen order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

// Symbols a voice would spell out or skip; replaced with the words a presenter would say.
const SPOKEN: readonly [RegExp, string][] = [
  [/(\d)\s*[–-]\s*(\d)/g, "$1 to $2"],
  [/([A-Za-z])–([A-Za-z])/g, "$1 to $2"],
  [/≥/g, " at least "],
  [/≤/g, " at most "],
  [/→/g, " to "],
  [/[`*_#|<>[\]{}]/g, " "],
  [/\s+/g, " "],
];

/** Narration text from model text: symbols spoken as words, Markdown stripped, whitespace collapsed. */
export function toSpeech(text: string): string {
  return SPOKEN.reduce((t, [pattern, words]) => t.replace(pattern, words), text).trim();
}

/** A sentence that ends with one full stop (model text may or may not end with one). */
export function sentence(text: string): string {
  const t = toSpeech(text);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * Sentences of a narration, for per-sentence captions. Splits after . ! ? followed by a space and a capital or
 * digit, so "198.51.100.7" and "e.g. a hash" stay whole.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Text safe inside HTML elements and attributes. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** Text safe inside a Markdown table cell: HTML escaped, pipes escaped, on one line. */
export function escapeCell(text: string): string {
  return escapeHtml(text).replaceAll("|", "\\|").replace(/\s+/g, " ").trim();
}

/** Shortens text to at most `max` characters with an ellipsis, cutting at a word boundary when there is one. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, "")}…`;
}

/** The first sentence of a text (all of it when it has one sentence). */
export function firstSentence(text: string): string {
  return splitSentences(text.replace(/\s+/g, " ").trim())[0] ?? "";
}

/** Kebab-case slug of a name: "Enrich Address" → "enrich-address" (picture file names). */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
