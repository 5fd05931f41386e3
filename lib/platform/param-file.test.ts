import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "./errors.js";
import { decryptParamFile, encryptParamFile, readParamFile } from "./param-file.js";

const KEY16 = "0123456789abcdef";
const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop() as string, { recursive: true, force: true });
});

async function paramFile(contents: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "param-file-"));
  dirs.push(dir);
  const file = path.join(dir, "params.enc");
  await writeFile(file, contents);
  return file;
}

describe("encrypted parameter file", () => {
  it.each([16, 24, 32])("round-trips with a %i-byte key (AES-CBC, zero IV, PKCS#7)", (size) => {
    const key = "k".repeat(size);
    const params = { tc_action: "Enrich Host", api_key: "s3cret", tc_playbook_out_variables: "#App:1:a!String" };
    const encrypted = encryptParamFile(params, key);
    expect(encrypted.length % 16).toBe(0);
    expect(encrypted.toString("latin1")).not.toContain("s3cret");
    expect(decryptParamFile(encrypted, key)).toEqual(params);
  });

  it("matches the platform's cipher: AES-128-CBC of the JSON with a zero IV", async () => {
    const { createCipheriv } = await import("node:crypto");
    const cipher = createCipheriv("aes-128-cbc", Buffer.from(KEY16), Buffer.alloc(16));
    const expected = Buffer.concat([cipher.update('{"a":"b"}'), cipher.final()]);
    expect(encryptParamFile({ a: "b" }, KEY16).equals(expected)).toBe(true);
  });

  it("reads and then deletes the file", async () => {
    const file = await paramFile(encryptParamFile({ x: 1 }, KEY16));
    expect(readParamFile({ TC_APP_PARAM_FILE: file, TC_APP_PARAM_KEY: KEY16 })).toEqual({ x: 1 });
    expect(existsSync(file)).toBe(false);
  });

  it("a wrong key is a ParamFileUndecryptable error naming TC_APP_PARAM_KEY, and the file is still deleted", async () => {
    const file = await paramFile(encryptParamFile({ x: 1 }, KEY16));
    const read = () => readParamFile({ TC_APP_PARAM_FILE: file, TC_APP_PARAM_KEY: "fedcba9876543210" });
    expect(read).toThrow(AppError);
    expect(read).toThrow(/TC_APP_PARAM_FILE|decrypt/);
    expect(existsSync(file)).toBe(false);
  });

  it.each([
    [{}, /TC_APP_PARAM_FILE is not set/],
    [{ TC_APP_PARAM_FILE: "/nonexistent/p.enc" }, /TC_APP_PARAM_KEY is not set/],
    [{ TC_APP_PARAM_FILE: "/nonexistent/p.enc", TC_APP_PARAM_KEY: KEY16 }, /cannot be read \(ENOENT\)/],
  ])("missing inputs: %j", (env, message) => {
    expect(() => readParamFile(env)).toThrow(message);
  });

  it("rejects a key of the wrong length with the length in the message", () => {
    expect(() => encryptParamFile({}, "short")).toThrow(/16, 24 or 32 bytes long \(got 5\)/);
  });
});
