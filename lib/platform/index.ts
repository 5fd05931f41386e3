/**
 * The platform layer: ThreatConnect's Playbook App runtime contract in TypeScript, independent of any vendor.
 * An app's `main` is `process.exitCode = await runApp(app, { handleSignals: true })`.
 */
export { AppError } from "./errors.js";
export { MESSAGE_TC_MAX, messageTcText, writeMessageTc } from "./exit.js";
export { normalizeIndicators, type ResolvedInputs, resolveInputs, selectAction } from "./inputs.js";
export { connectRedisKvStore, type KvStore } from "./kvstore.js";
export { createLogger, type Logger, type LoggerOptions, type LogLevel, logLevels, parseLogLevel } from "./logger.js";
export { MASK, SecretMasker } from "./mask.js";
export { decryptParamFile, encryptParamFile, readParamFile } from "./param-file.js";
export {
  embeddedVariables,
  formatPlaybookVariable,
  isPlaybookVariable,
  type PlaybookVariable,
  parsePlaybookVariable,
  resolveEmbedded,
  serializeVariableValue,
} from "./playbook-variable.js";
export {
  INTERRUPT_MESSAGE,
  type RequestedOutputs,
  type RunAppOptions,
  type RunSummary,
  requestedOutputs,
  runApp,
  summarize,
  summaryLine,
  writeOutputs,
} from "./run-app.js";
export {
  type ExternalRequest,
  type ExternalResponse,
  ExternalSession,
  type ExternalSessionOptions,
  type SessionStats,
  TransportError,
} from "./session.js";
export {
  applyLegacyTcParams,
  externalProxy,
  legacyTcParams,
  parseTcParams,
  secretTcParams,
  type TcParams,
} from "./tc-params.js";
