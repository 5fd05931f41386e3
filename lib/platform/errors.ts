/**
 * Errors that end a run. Library code throws these; only the runner turns them into `message.tc` and an exit code.
 * Messages name the field at fault and carry a hint, and must never contain a secret (the runner masks anyway).
 */
import { ExitCode } from "../define-app.js";

export class AppError extends Error {
  /** Stable class, e.g. `ParamFileMissing`, `WrongCredentials` (ErrorDef.class for vendor errors). */
  readonly errorClass: string;
  readonly exitCode: ExitCode;
  readonly hint: string;

  constructor(
    errorClass: string,
    message: string,
    options: { exitCode?: ExitCode; hint?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.errorClass = errorClass;
    this.exitCode = options.exitCode ?? ExitCode.Failure;
    this.hint = options.hint ?? "";
  }

  /** The text for `message.tc` and the log: message, then the hint. */
  get display(): string {
    return this.hint ? `${this.message} Hint: ${this.hint}` : this.message;
  }
}
