/**
 * The encrypted parameter file (threatconnect.md §3.2): the platform writes every input — app params and `tc_*`
 * params — as one flat JSON object, AES-CBC encrypted with the UTF-8 bytes of `TC_APP_PARAM_KEY`, a zero IV and
 * PKCS#7 padding, and passes its path in `TC_APP_PARAM_FILE`. The app deletes the file as soon as it has read it.
 */
import { createCipheriv, createDecipheriv } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { AppError } from "./errors.js";

const ZERO_IV = Buffer.alloc(16, 0);

/** AES-128/192/256 by key length; the platform's key length is unverified, so every AES key size is accepted. */
function cipherName(key: Buffer): string {
  if (![16, 24, 32].includes(key.length)) {
    throw new AppError("ParamKeyInvalid", `TC_APP_PARAM_KEY must be 16, 24 or 32 bytes long (got ${key.length}).`, {
      hint: "The platform sets TC_APP_PARAM_KEY; locally, `enrichkit run` sets it for you.",
    });
  }
  return `aes-${key.length * 8}-cbc`;
}

/** Encrypts params the way the platform does (used by the emulator and tests). */
export function encryptParamFile(params: Record<string, unknown>, key: string): Buffer {
  const keyBytes = Buffer.from(key, "utf8");
  const cipher = createCipheriv(cipherName(keyBytes), keyBytes, ZERO_IV);
  return Buffer.concat([cipher.update(JSON.stringify(params), "utf8"), cipher.final()]);
}

/** Decrypts and parses the file contents; a wrong key or a corrupt file is an `AppError` naming the variables. */
export function decryptParamFile(contents: Buffer, key: string): Record<string, unknown> {
  const keyBytes = Buffer.from(key, "utf8");
  let text: string;
  try {
    const decipher = createDecipheriv(cipherName(keyBytes), keyBytes, ZERO_IV);
    text = Buffer.concat([decipher.update(contents), decipher.final()]).toString("utf8");
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("ParamFileUndecryptable", "Could not decrypt the parameter file (TC_APP_PARAM_FILE).", {
      hint: "TC_APP_PARAM_KEY does not match the key the file was encrypted with, or the file is corrupt.",
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("ParamFileUndecryptable", "The decrypted parameter file (TC_APP_PARAM_FILE) is not JSON.", {
      hint: "TC_APP_PARAM_KEY is probably wrong: a wrong key can still unpad by chance.",
    });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AppError("ParamFileUndecryptable", "The parameter file (TC_APP_PARAM_FILE) is not a JSON object.", {
      hint: "The platform writes one flat JSON object of every input.",
    });
  }
  return parsed as Record<string, unknown>;
}

/** Reads `TC_APP_PARAM_FILE` with `TC_APP_PARAM_KEY`, deletes the file (also when it cannot be decrypted). */
export function readParamFile(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const file = env.TC_APP_PARAM_FILE;
  const key = env.TC_APP_PARAM_KEY;
  if (!file) {
    throw new AppError(
      "ParamFileMissing",
      "The parameter file in TC_APP_PARAM_FILE cannot be read (TC_APP_PARAM_FILE is not set).",
      {
        hint: "Run the app from a playbook, or locally with `npm run enrichkit -- run <inputs.json>`.",
      },
    );
  }
  if (!key) {
    throw new AppError(
      "ParamFileMissing",
      "The parameter file in TC_APP_PARAM_FILE cannot be read (TC_APP_PARAM_KEY is not set).",
      {
        hint: "The platform sets it together with TC_APP_PARAM_FILE.",
      },
    );
  }
  let contents: Buffer;
  try {
    contents = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new AppError("ParamFileMissing", `The parameter file in TC_APP_PARAM_FILE cannot be read (${code}).`, {
      hint: "The platform deletes it after one read: each run needs a fresh file.",
    });
  }
  try {
    return decryptParamFile(contents, key);
  } finally {
    rmSync(file, { force: true });
  }
}
