/**
 * The exit message (threatconnect.md §3.4): `<tc_out_path>/message.tc`, rewritten on every run, only its last 255
 * characters kept plus a trailing newline; `./message.tc` when the out path is missing or not writable.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";

export const MESSAGE_TC_MAX = 255;

/** The text the platform keeps: the last 255 characters, one trailing newline. */
export function messageTcText(message: string): string {
  const text = message.replace(/\s+$/, "");
  return `${text.length > MESSAGE_TC_MAX ? text.slice(-MESSAGE_TC_MAX) : text}\n`;
}

/** Writes `message.tc`; returns the path written. */
export function writeMessageTc(outPath: string | undefined, message: string): string {
  const text = messageTcText(message);
  if (outPath) {
    const file = path.join(outPath, "message.tc");
    try {
      writeFileSync(file, text);
      return file;
    } catch {
      // fall through to the working directory, as TcEx does
    }
  }
  const file = path.resolve("message.tc");
  writeFileSync(file, text);
  return file;
}
