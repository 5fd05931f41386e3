/**
 * The app log (threatconnect.md §3.4): a rotating file `<tc_log_path>/<tc_log_file>` in TcEx's line format, levels
 * from `tc_log_level`, every line passed through the secret masker first. Before the param file is read there is
 * no log path yet: that bootstrap logger writes to stderr.
 */
import { createStream, type RotatingFileStream } from "rotating-file-stream";
import { SecretMasker } from "./mask.js";

export type LogLevel = "trace" | "debug" | "info" | "warning" | "error";

export const logLevels: readonly LogLevel[] = ["trace", "debug", "info", "warning", "error"];

export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** True when lines of `level` are written: lets hot paths skip building lines nobody keeps. */
  isEnabled(level: LogLevel): boolean;
  /** Adds a value that must be masked in every later line (keychain values, tokens, passwords). */
  addSecret(value: string): void;
  /** Masks registered secrets in any text (message.tc, errors). */
  mask(text: string): string;
  /** Flushes and closes the log file. */
  close(): Promise<void>;
}

export interface LoggerOptions {
  /** `tc_log_path`; omitted = stderr. */
  path?: string;
  /** `tc_log_file`, default `app.log`. */
  file?: string;
  level?: LogLevel;
  /** `tc_log_max_bytes`, default 10 MiB. */
  maxBytes?: number;
  /** `tc_log_backup_count`, default 25. */
  backupCount?: number;
  /** Logger name in each line (TcEx uses the app name). */
  name?: string;
  masker?: SecretMasker;
}

/** `warn` → `warning` etc.; anything unknown → undefined (the caller reports it). */
export function parseLogLevel(value: unknown): LogLevel | undefined {
  const text = String(value ?? "").toLowerCase();
  if (text === "warn") return "warning";
  return (logLevels as readonly string[]).includes(text) ? (text as LogLevel) : undefined;
}

/** `2026-12-04 15:04:05,123` (UTC), as Python's logging prints `asctime`. */
function timestamp(date = new Date()): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)},${iso.slice(20, 23)}`;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const masker = options.masker ?? new SecretMasker();
  const threshold = logLevels.indexOf(options.level ?? "info");
  const name = options.name ?? "app";
  let stream: RotatingFileStream | undefined;
  if (options.path) {
    stream = createStream(options.file ?? "app.log", {
      path: options.path,
      size: `${Math.max(1, Math.ceil((options.maxBytes ?? 10 * 1024 * 1024) / 1024))}K`,
      maxFiles: options.backupCount ?? 25,
    });
    // A log that cannot be written must not crash the run; say so once on stderr.
    stream.once("error", (error) => process.stderr.write(`log file error: ${error.message}\n`));
  }
  const isEnabled = (level: LogLevel) => logLevels.indexOf(level) >= threshold;
  const write = (level: LogLevel, message: string) => {
    if (!isEnabled(level)) return;
    const line = `${timestamp()} - ${name} - ${level.toUpperCase().padStart(8)} - ${masker.mask(message)}\n`;
    if (stream) stream.write(line);
    else process.stderr.write(line);
  };
  return {
    trace: (m) => write("trace", m),
    debug: (m) => write("debug", m),
    info: (m) => write("info", m),
    warn: (m) => write("warning", m),
    error: (m) => write("error", m),
    isEnabled,
    addSecret: (value) => masker.add(value),
    mask: (text) => masker.mask(text),
    close: () =>
      new Promise<void>((resolve) => {
        if (!stream) return resolve();
        stream.end(() => resolve());
      }),
  };
}

/** A logger that keeps its (masked) lines in memory: for tests and for tools that show a run's log. */
export function memoryLogger(masker = new SecretMasker()): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string) => {
    lines.push(masker.mask(message));
  };
  return {
    lines,
    trace: push,
    debug: push,
    info: push,
    warn: push,
    error: push,
    isEnabled: () => true,
    addSecret: (value) => masker.add(value),
    mask: (text) => masker.mask(text),
    close: async () => {},
  };
}
