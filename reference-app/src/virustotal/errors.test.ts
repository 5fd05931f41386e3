import { describe, expect, it } from "vitest";
import { ExitCode } from "../../../lib/define-app.js";
import { formatVtError, getVtError, VtErrorClass, virusTotalErrors } from "./errors.js";

describe("virusTotalErrors", () => {
  it("has one entry per class, each with message, cause and fix", () => {
    const classes = virusTotalErrors.map((e) => e.class);
    expect(new Set(classes).size).toBe(classes.length);
    expect(classes.toSorted()).toEqual(Object.values(VtErrorClass).toSorted());
    for (const e of virusTotalErrors) {
      for (const field of ["match", "message", "cause", "fix"] as const)
        expect(e[field].length, `${e.class}.${field}`).toBeGreaterThan(10);
    }
  });

  it.each([
    ["WrongCredentials", ExitCode.FailNoRetry, false],
    ["NotFound", ExitCode.Success, false],
    ["QuotaExceeded", ExitCode.Failure, true],
    ["VendorUnavailable", ExitCode.Failure, true],
    ["SchemaMismatch", ExitCode.Failure, false],
  ] as const)("%s exits %i, retryable %s", (errorClass, exitCode, retryable) => {
    expect(getVtError(errorClass)).toMatchObject({ exitCode, retryable });
  });

  it("no template asks for a secret", () => {
    for (const e of virusTotalErrors) expect(e.message).not.toMatch(/\{(api_?key|key|token|password)\}/i);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(formatVtError("NotFound", { indicator: "x.example" })).toBe("x.example is not known to VirusTotal.");
    expect(formatVtError("Forbidden", { indicator: "x" })).toContain("({code})");
  });
});
