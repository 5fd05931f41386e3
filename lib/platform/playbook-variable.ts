/**
 * Playbook variables (threatconnect.md §3.1): `#<App|Trigger>:<jobId>:<key>!<Type>`, parsed, formatted, found
 * embedded in text; and how each type's value is stored as JSON in the KV store.
 */
import { type PlaybookDataType, playbookDataTypes } from "../define-app.js";

export interface PlaybookVariable {
  origin: "App" | "Trigger";
  jobId: number;
  key: string;
  type: string;
}

const TYPES = [...playbookDataTypes, "TCBatch"].join("|");
/** The tcex-util pattern; custom types are not accepted here (the app reads only the platform's types). */
const VARIABLE_SOURCE = `#(App|Trigger):(\\d+):([A-Za-z0-9_.\\-\\[\\]]+)!(${TYPES})`;
const EXACT = new RegExp(`^${VARIABLE_SOURCE}$`);

export function parsePlaybookVariable(text: string): PlaybookVariable | undefined {
  const m = EXACT.exec(text.trim());
  if (!m) return undefined;
  return { origin: m[1] as "App" | "Trigger", jobId: Number(m[2]), key: m[3], type: m[4] };
}

export function isPlaybookVariable(text: unknown): text is string {
  return typeof text === "string" && EXACT.test(text.trim());
}

export function formatPlaybookVariable(v: PlaybookVariable): string {
  return `#${v.origin}:${v.jobId}:${v.key}!${v.type}`;
}

/** Every variable embedded in user text, in order of appearance. */
export function embeddedVariables(text: string): string[] {
  return [...text.matchAll(new RegExp(VARIABLE_SOURCE, "g"))].map((m) => m[0]);
}

/**
 * Replaces embedded variables with their String values (one level, as TcEx) and `\s` with a space. A variable
 * with no value becomes "" — TcEx does the same — and is reported to `onMissing`.
 */
export async function resolveEmbedded(
  text: string,
  read: (variable: string) => Promise<unknown>,
  onMissing: (variable: string) => void = () => {},
): Promise<string> {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(new RegExp(VARIABLE_SOURCE, "g"))) {
    const value = await read(m[0]);
    if (value === undefined || value === null) onMissing(m[0]);
    out += text.slice(last, m.index) + (value === undefined || value === null ? "" : stringValue(value));
    last = (m.index ?? 0) + m[0].length;
  }
  return (out + text.slice(last)).replace(/\\s/g, " ");
}

/** String coercion TcEx applies to String outputs: booleans lower case, numbers via their text. */
function stringValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * The JSON text stored for a value of `type`; undefined when the value must not be written (null) or does not fit
 * the type (a bug in an output's `value`, reported by the caller).
 */
export function serializeVariableValue(type: PlaybookDataType | string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (type) {
    case "String":
      return JSON.stringify(stringValue(value));
    case "StringArray":
      if (!Array.isArray(value)) return undefined;
      return JSON.stringify(value.map((v) => (v === null || v === undefined ? null : stringValue(v))));
    case "Binary":
      return JSON.stringify(
        Buffer.isBuffer(value) ? value.toString("base64") : Buffer.from(String(value)).toString("base64"),
      );
    case "BinaryArray":
      if (!Array.isArray(value)) return undefined;
      return JSON.stringify(
        value.map((v) => (Buffer.isBuffer(v) ? v.toString("base64") : Buffer.from(String(v)).toString("base64"))),
      );
    default:
      if (type.endsWith("Array") && !Array.isArray(value)) return undefined;
      return JSON.stringify(value);
  }
}
