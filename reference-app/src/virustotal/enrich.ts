/**
 * Enrich one indicator: validate it against the action, look it up, map the report. Item problems become results
 * (ok / not_found / invalid / error); only a rejected API key throws, because every later item would fail too.
 */
import type { EnrichContext, IndicatorInput, ItemResultBase } from "../../../lib/define-app.js";
import { AppError } from "../../../lib/platform/errors.js";
import { lookup } from "./client.js";
import { formatVtError, getVtError, VtErrorClass } from "./errors.js";
import { classifyIndicator, isVtIndicatorType, type VtIndicatorType } from "./indicators.js";
import { buildEnrichment, DEFAULT_MALICIOUS_THRESHOLD, notFoundEnrichment, type VtEnrichment } from "./mapping.js";

/** The raw-response output (`response` = vendor data as received). */
export const RAW_OUTPUT = "vt.response.json.raw";

/** The app's params after validation (install.json names), plus `tc_action`. */
export interface VtParams {
  indicator: string;
  api_key: string;
  api_url: string;
  malicious_threshold: string;
  fail_on_error: boolean;
  rate_limit_per_minute: string;
  request_timeout: string;
  verify_ssl: boolean;
  tc_action: string;
}

/** One indicator's result; `enrichment` is set for ok and not_found items. */
export interface VtResult extends ItemResultBase {
  /** The VirusTotal response body as received (ok and not found items). */
  raw?: string;
  enrichment?: VtEnrichment;
}

/** `Enrich Address` → `Address`; undefined for an action name that does not pin a type. */
function actionIndicatorType(action: string): VtIndicatorType | undefined {
  const type = action.replace(/^Enrich /, "");
  return isVtIndicatorType(type) ? type : undefined;
}

/** Result for an item rejected before any vendor call. */
export function invalidResult(indicator: IndicatorInput, errorClass: string, message: string): VtResult {
  return { indicator: indicator.value, status: "invalid", errorClass, message };
}

/** Checks text and type against the action; returns the type to look up or an invalid result. */
function resolveType(indicator: IndicatorInput, action: string): VtIndicatorType | VtResult {
  const expected = actionIndicatorType(action);
  // A TCEntity of a type VirusTotal cannot look up (e.g. EmailAddress) is named as such, whatever its text.
  if (indicator.type !== undefined && !isVtIndicatorType(indicator.type)) {
    const message = formatVtError(VtErrorClass.UnsupportedIndicatorType, {
      indicator: indicator.value,
      type: indicator.type,
      action,
      expected: expected ?? "Address, Host, URL or File",
    });
    return invalidResult(indicator, VtErrorClass.UnsupportedIndicatorType, message);
  }
  const classified = classifyIndicator(indicator.value);
  if (!classified) {
    const message = formatVtError(VtErrorClass.InvalidIndicator, { indicator: indicator.value });
    return invalidResult(indicator, VtErrorClass.InvalidIndicator, message);
  }
  // A TCEntity's own type wins over the guess from the text (e.g. a Host that looks like a hash is still a Host).
  const type = isVtIndicatorType(indicator.type) ? indicator.type : classified;
  if (expected && type !== expected) {
    const message = formatVtError(VtErrorClass.UnsupportedIndicatorType, {
      indicator: indicator.value,
      type,
      action,
      expected,
    });
    return invalidResult(indicator, VtErrorClass.UnsupportedIndicatorType, message);
  }
  return type;
}

/** Looks up one indicator and maps the report. Throws `AppError` (exit 4) when VirusTotal rejects the API key. */
export async function enrichIndicator(indicator: IndicatorInput, ctx: EnrichContext<VtParams>): Promise<VtResult> {
  const type = resolveType(indicator, ctx.action);
  if (typeof type !== "string") return type;
  const value = indicator.value.trim();
  const threshold = Number.parseInt(ctx.params.malicious_threshold, 10);
  const result = await lookup(ctx.session, type, value, { apiUrl: ctx.params.api_url, apiKey: ctx.params.api_key });
  if (result.ok) {
    const enrichment = buildEnrichment(
      type,
      value,
      result.report,
      Number.isNaN(threshold) ? DEFAULT_MALICIOUS_THRESHOLD : threshold,
    );
    const message = `Enriched: ${enrichment.stats.malicious}/${enrichment.total} engines flagged it as malicious (rating ${enrichment.rating}).`;
    // The body is kept only for the raw-response output, and only when a playbook reads it (memory in big batches).
    const raw = ctx.isRequested(RAW_OUTPUT) ? result.raw : undefined;
    return { indicator: value, status: "ok", message, raw, enrichment };
  }
  if (result.errorClass === VtErrorClass.WrongCredentials) {
    const def = getVtError(VtErrorClass.WrongCredentials);
    throw new AppError(def.class, result.message, { exitCode: def.exitCode, hint: def.fix });
  }
  const line = `feature=virustotal, indicator=${value}, error_class=${result.errorClass}, status=${result.status ?? "none"}`;
  if (result.errorClass === VtErrorClass.NotFound) {
    ctx.log.info(line);
    return {
      indicator: value,
      status: "not_found",
      errorClass: result.errorClass,
      message: result.message,
      raw: ctx.isRequested(RAW_OUTPUT) ? result.raw : undefined,
      enrichment: notFoundEnrichment(type, value),
    };
  }
  ctx.log.warn(line);
  // No raw body for failures: it may be a proxy's HTML page rather than VirusTotal data.
  return { indicator: value, status: "error", errorClass: result.errorClass, message: result.message };
}
