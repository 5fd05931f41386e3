/** Logger contract used across the platform layer; the implementation lives below `createLogger`. */
export type LogLevel = "trace" | "debug" | "info" | "warning" | "error";

export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Adds a value that must be masked in every later line (keychain values, tokens, passwords). */
  addSecret(value: string): void;
  /** Flushes and closes the log file. */
  close(): Promise<void>;
}
