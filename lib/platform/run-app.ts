/**
 * The Playbook App runner: ThreatConnect's runtime contract around one `defineApp` definition, knowing nothing of
 * any vendor. Param file → `tc_*` config → masked rotating log → KV store → validated inputs → one external session
 * → `enrich` per indicator (bounded concurrency, client-side rate limit) → requested outputs written to the
 * context hash → `message.tc` → exit code 0 / 1 / 4. Every failure path still writes `message.tc`, and outputs
 * already computed are written before a batch-fatal error ends the run.
 */
import type { AnyAppDefinition, EnrichContext, ExitCode, IndicatorInput, ItemResultBase } from "../define-app.js";
import { appliesTo, ExitCode as Exit } from "../define-app.js";
import { AppError } from "./errors.js";
import { writeMessageTc } from "./exit.js";
import { type ResolvedInputs, resolveInputs } from "./inputs.js";
import { connectRedisKvStore, type KvStore } from "./kvstore.js";
import { createLogger, type Logger } from "./logger.js";
import { SecretMasker } from "./mask.js";
import { readParamFile } from "./param-file.js";
import { parsePlaybookVariable, serializeVariableValue } from "./playbook-variable.js";
import { ExternalSession } from "./session.js";
import { externalProxy, parseTcParams, secretTcParams, type TcParams } from "./tc-params.js";

export interface RunAppOptions {
  env?: NodeJS.ProcessEnv;
  /** Install SIGTERM/SIGINT handlers that end the process with exit 1 (the app's `main` does; in-process runs don't). */
  handleSignals?: boolean;
}

export const INTERRUPT_MESSAGE = "The App received an interrupt signal and will now exit.";

/** Counts per item status, for `message.tc` and the log. */
export interface RunSummary {
  total: number;
  ok: number;
  notFound: number;
  invalid: number;
  error: number;
}

export function summarize(results: readonly ItemResultBase[]): RunSummary {
  const count = (s: ItemResultBase["status"]) => results.filter((r) => r.status === s).length;
  return {
    total: results.length,
    ok: count("ok"),
    notFound: count("not_found"),
    invalid: count("invalid"),
    error: count("error"),
  };
}

export function summaryLine(s: RunSummary, product: string): string {
  const noun = s.total === 1 ? "indicator" : "indicators";
  return `${product}: enriched ${s.total} ${noun}: ${s.ok} ok, ${s.notFound} not found, ${s.invalid} invalid, ${s.error} errors.`;
}

/** Requested output variables by `name!type`. */
export interface RequestedOutputs {
  /** Full variable by `name!type`. */
  variables: ReadonlyMap<string, string>;
  /** Output names with at least one requested type (what `isRequested` answers). */
  names: ReadonlySet<string>;
}

/** Parses `tc_playbook_out_variables` once per run. */
export function requestedOutputs(tc: TcParams): RequestedOutputs {
  const variables = new Map<string, string>();
  const names = new Set<string>();
  for (const variable of tc.tc_playbook_out_variables) {
    const parsed = parsePlaybookVariable(variable);
    if (!parsed) continue;
    variables.set(`${parsed.key}!${parsed.type}`, variable);
    names.add(parsed.key);
  }
  return { variables, names };
}

/** Computes every output of the action and writes the requested ones; returns how many were written. */
export async function writeOutputs(
  app: AnyAppDefinition,
  action: string,
  results: readonly ItemResultBase[],
  requested: RequestedOutputs,
  kv: KvStore,
  log: Logger,
): Promise<number> {
  let written = 0;
  // One output at a time: a 10,000-item array is serialized, written and released before the next is built.
  for (const output of app.outputs) {
    if (!appliesTo(output, action)) continue;
    const variable = requested.variables.get(`${output.name}!${output.type}`);
    if (!variable) continue;
    const value = output.value(results);
    const text = serializeVariableValue(output.type, value);
    if (text === undefined) {
      if (value !== undefined && value !== null)
        log.warn(`output ${output.name}!${output.type}: value does not fit the type; not written`);
      continue;
    }
    // Defence in depth: an output never carries a registered secret.
    await kv.writeMany({ [variable]: log.mask(text) });
    written++;
  }
  log.info(`feature=outputs, written=${written}, requested=${requested.variables.size}`);
  return written;
}

/** Runs one indicator; unexpected exceptions become an item error, `AppError`s are batch-fatal and rethrown. */
async function enrichOne(
  app: AnyAppDefinition,
  indicator: IndicatorInput,
  ctx: EnrichContext<Record<string, unknown>>,
): Promise<ItemResultBase> {
  if (indicator.value.trim() === "") {
    return app.invalidResult(
      indicator,
      "InvalidIndicator",
      `Item ${indicator.index + 1} is empty: nothing to look up.`,
    );
  }
  try {
    return await app.enrich(indicator, ctx);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    ctx.log.error(`feature=enrich, indicator=${indicator.value}, unexpected=${detail}`);
    return {
      ...app.invalidResult(indicator, "UnexpectedError", `Unexpected error enriching ${indicator.value}: ${detail}`),
      status: "error",
    };
  }
}

/**
 * Enriches every indicator with `concurrency` workers pulling the next item, so a 10,000-item batch holds only the
 * items in flight plus the finished results (no queue of 10,000 pending tasks). After a batch-fatal `AppError` the
 * rest are skipped, and their results say so.
 */
async function enrichAll(
  app: AnyAppDefinition,
  inputs: ResolvedInputs,
  session: ExternalSession,
  log: Logger,
  isRequested: (outputName: string) => boolean,
): Promise<{ results: ItemResultBase[]; fatal?: AppError }> {
  let fatal: AppError | undefined;
  const ctx = { params: inputs.params, action: inputs.action.name, session, log, isRequested };
  const { indicators } = inputs;
  const results: ItemResultBase[] = new Array(indicators.length);
  const skipped = (indicator: IndicatorInput, message: string): ItemResultBase => ({
    ...app.invalidResult(indicator, fatal?.errorClass ?? "Skipped", message),
    status: "error",
  });
  let next = 0;
  const worker = async () => {
    while (next < indicators.length) {
      const index = next++;
      const indicator = indicators[index]!;
      if (fatal) {
        results[index] = skipped(indicator, `Skipped: ${fatal.message}`);
        continue;
      }
      try {
        results[index] = await enrichOne(app, indicator, ctx);
      } catch (error) {
        fatal ??= error as AppError;
        results[index] = skipped(indicator, (error as AppError).message);
      }
    }
  };
  const workers = Math.max(1, Math.min(app.vendor.limits.concurrency, indicators.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return { results, fatal };
}

/** The session for third-party calls, from the vendor limits, the app's own params and `tc_proxy_*`. */
function createSession(app: AnyAppDefinition, inputs: ResolvedInputs, tc: TcParams, log: Logger): ExternalSession {
  const own = app.sessionOptions?.(inputs.params) ?? {};
  const limits = app.vendor.limits;
  const pick = (n: number | undefined, fallback: number) =>
    n !== undefined && Number.isFinite(n) && n >= 0 ? n : fallback;
  return new ExternalSession({
    baseUrl: app.vendor.baseUrl,
    userAgent: `${app.displayName}/${app.programVersion}`,
    timeoutMs: pick(own.timeoutMs, limits.timeoutMs),
    retries: limits.retries,
    ratePerMinute: pick(own.ratePerMinute, limits.ratePerMinute),
    concurrency: limits.concurrency,
    proxy: externalProxy(tc),
    verifySsl: own.verifySsl ?? true,
    log,
    logCurl: tc.tc_log_curl,
  });
}

/** Runs the app once as the platform does; resolves with the exit code (never throws, never exits by itself). */
export async function runApp(app: AnyAppDefinition, options: RunAppOptions = {}): Promise<ExitCode> {
  const env = options.env ?? process.env;
  const masker = new SecretMasker();
  let log: Logger = createLogger({ masker, name: app.packageName });
  let outPath: string | undefined;
  let kv: KvStore | undefined;
  let session: ExternalSession | undefined;
  const started = performance.now();

  const onSignal = (signal: NodeJS.Signals) => {
    log.error(`feature=signal, signal=${signal}`);
    writeMessageTc(outPath, INTERRUPT_MESSAGE);
    void log.close().finally(() => process.exit(Exit.Failure));
  };
  if (options.handleSignals) {
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }

  let exitCode: ExitCode = Exit.Success;
  let message: string;
  try {
    const raw = readParamFile(env);
    for (const name of secretTcParams) masker.add(raw[name]);
    for (const param of app.params) if (param.encrypt) masker.add(raw[param.name]);
    const tc = parseTcParams(raw);
    outPath = tc.tc_out_path;
    log = createLogger({
      path: tc.tc_log_path,
      file: tc.tc_log_file,
      level: tc.tc_log_level,
      maxBytes: tc.tc_log_max_bytes,
      backupCount: tc.tc_log_backup_count,
      name: app.packageName,
      masker,
    });
    log.info(
      `feature=app, name=${app.displayName}, version=${app.programVersion}, node=${process.version}, platform=${process.platform}`,
    );
    log.info(
      `feature=proxy, external=${tc.tc_proxy_external}, host=${tc.tc_proxy_host ?? "-"}, port=${tc.tc_proxy_port ?? "-"}`,
    );
    if (tc.tc_kvstore_type !== "Redis") {
      throw new AppError("KvStoreUnsupported", `tc_kvstore_type ${tc.tc_kvstore_type} is not supported by this app.`, {
        hint: "Run the app on an executor with Redis access (the default for Playbook apps).",
      });
    }
    kv = await connectRedisKvStore(tc);
    const inputs = await resolveInputs(app, raw, kv, log);
    log.info(`feature=inputs, action=${inputs.action.name}, indicators=${inputs.indicators.length}`);
    session = createSession(app, inputs, tc, log);
    const requested = requestedOutputs(tc);
    const { results, fatal } = await enrichAll(app, inputs, session, log, (name) => requested.names.has(name));
    await writeOutputs(app, inputs.action.name, results, requested, kv, log);
    const summary = summarize(results);
    const line = summaryLine(summary, app.vendor.product);
    const failed = results.find((r) => r.status === "error" || r.status === "invalid");
    if (fatal) throw fatal;
    if (failed && app.failOnItemError?.(inputs.params)) {
      exitCode = Exit.Failure;
      message = `${line} First failure: ${failed.message}`;
    } else {
      message = results.length === 1 && results[0].status !== "ok" ? `${line} ${results[0].message}` : line;
    }
  } catch (error) {
    if (error instanceof AppError) {
      exitCode = error.exitCode;
      message = error.display;
      log.error(`feature=exit, class=${error.errorClass}, message=${error.message}`);
    } else {
      exitCode = Exit.Failure;
      const detail = error instanceof Error ? error.message : String(error);
      message = `Generic Error. See logs for more details (${detail}).`;
      log.error(`feature=exit, unexpected=${error instanceof Error ? (error.stack ?? detail) : detail}`);
    }
  } finally {
    await session?.close().catch(() => {});
    await kv?.close().catch(() => {});
  }
  message = masker.mask(message);
  writeMessageTc(outPath, message);
  log.info(`feature=exit, code=${exitCode}, elapsed=${Math.round(performance.now() - started)}ms, message=${message}`);
  await log.close();
  if (options.handleSignals) {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  }
  return exitCode;
}
