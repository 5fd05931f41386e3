/**
 * The "generated — do not edit" banner. Markdown carries it as an HTML comment; JSON cannot hold comments, so JSON
 * outputs are listed in the generated `GENERATED.md` manifest instead (see render/app-readme.ts).
 */

/** The command that regenerates every committed deliverable. */
export const GENERATE_COMMAND = "npm run generate";

/** Banner text naming the definition it came from. */
export function bannerText(source: string): string {
  return `generated from ${source} — do not edit; run ${GENERATE_COMMAND}`;
}

/** Banner as a Markdown/HTML comment line (no trailing newline). */
export function markdownBanner(source: string): string {
  return `<!-- ${bannerText(source)} -->`;
}
