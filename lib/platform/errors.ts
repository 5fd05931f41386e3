/**
 * Errors that end a run. Library code throws these; only the runner turns them into `message.tc` and an exit code.
 * Messages name the field at fault and carry a hint, and must never contain a secret (the runner masks anyway).
 */
import { type ErrorDef, ExitCode } from "../define-app.js";

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

/**
 * Every error the platform layer itself can end a run with, for the troubleshooting page and the SDD. Messages use
 * `{placeholders}`; `errors.test.ts` proves each thrown message matches its entry, so this list cannot drift.
 */
export const platformErrors: readonly ErrorDef[] = [
  {
    class: "ParamFileMissing",
    match: "TC_APP_PARAM_FILE or TC_APP_PARAM_KEY unset, or the file unreadable",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "The parameter file in TC_APP_PARAM_FILE cannot be read ({code}).",
    cause: "The app was started outside a playbook, or the file was already read and deleted (it is read once).",
    fix: "Run the app from a playbook; locally use `npm run enrichkit -- run <inputs.json>`, which writes a fresh file.",
  },
  {
    class: "ParamKeyInvalid",
    match: "TC_APP_PARAM_KEY is not 16, 24 or 32 bytes",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "TC_APP_PARAM_KEY must be 16, 24 or 32 bytes long (got {length}).",
    cause: "The key is not an AES key.",
    fix: "The platform sets it; check the executor's environment if you start the app yourself.",
  },
  {
    class: "ParamFileUndecryptable",
    match: "AES-CBC decryption or JSON parsing of the parameter file fails",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "Could not decrypt the parameter file (TC_APP_PARAM_FILE).",
    cause: "TC_APP_PARAM_KEY does not match the key the file was encrypted with, or the file is corrupt.",
    fix: "Rerun the playbook; the platform writes a new file and key for every run.",
  },
  {
    class: "PlatformParamInvalid",
    match: "A tc_* param has a value of the wrong type, or the KV context or proxy settings are missing",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "Invalid platform param {param}: {problem}.",
    cause: "The executor's system settings (KV store, proxy, logging) are incomplete.",
    fix: "Check ThreatConnect's system settings for the executor; locally, the emulator's inputs file.",
  },
  {
    class: "KvStoreUnreachable",
    match: "Redis at tc_kvstore_host:tc_kvstore_port does not accept a connection",
    exitCode: ExitCode.Failure,
    retryable: true,
    message: "Cannot reach the playbook KV store (Redis) at {host}:{port}: {detail}.",
    cause: "Redis is down or the executor cannot reach it.",
    fix: "Check the Redis service of the ThreatConnect instance; locally start redis-server or set REDIS_URL.",
  },
  {
    class: "KvStoreUnsupported",
    match: "tc_kvstore_type is not Redis",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "tc_kvstore_type {type} is not supported by this app.",
    cause: "The executor passes variables through the TC key-value API instead of Redis.",
    fix: "Run the app on an executor with Redis access (the default for Playbook apps).",
  },
  {
    class: "MissingInput",
    match: "A required input is empty after playbook variables are resolved",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "Missing required input {param} ({label}).",
    cause: "The job's input is blank, or the variable it points at was never written.",
    fix: "Set the input in the app's job; make sure the upstream job writes the variable.",
  },
  {
    class: "InvalidInput",
    match: "An input fails its schema, names an unknown action, or a variable has no value",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "Invalid input {param} ({label}): {problem}.",
    cause: "The value does not have the form the input's help text describes.",
    fix: "Correct the input in the app's job; the message names the input and what it must be.",
  },
  {
    class: "Interrupted",
    match: "SIGTERM or SIGINT during a run",
    exitCode: ExitCode.Failure,
    retryable: true,
    message: "The App received an interrupt signal and will now exit.",
    cause: "The playbook was stopped, or the job hit the executor's time limit.",
    fix: "Raise the job timeout, or lower the number of indicators per run.",
  },
  {
    class: "UnexpectedError",
    match: "Any other exception (a bug)",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "Generic Error. See logs for more details ({detail}).",
    cause: "A defect in the app.",
    fix: "Send the app log (tc_log_path) to support.",
  },
];
