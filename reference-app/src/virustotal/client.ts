/**
 * One VirusTotal lookup: request through the external session, then classify the answer into a validated report or
 * a typed failure from the error catalogue. No throwing for vendor answers; only programming errors throw.
 */
import type { z } from "zod";
import { type ExternalSession, TransportError } from "../../../lib/platform/session.js";
import { formatVtError, VtErrorClass } from "./errors.js";
import { reportPath, type VtIndicatorType, vtIndicatorKinds } from "./indicators.js";
import { errorResponseSchema, type VtReport, vtSchemas } from "./schemas.js";

/** A validated report. `raw` is the body exactly as received. */
export interface LookupSuccess {
  ok: true;
  status: number;
  report: VtReport;
  raw: string;
}

/** A lookup that produced no report; `errorClass` names the `virusTotalErrors` entry. */
export interface LookupFailure {
  ok: false;
  errorClass: VtErrorClass;
  message: string;
  status?: number;
  /** VirusTotal's `error.code`, when the body had one. */
  code?: string;
  raw?: string;
}

export type LookupResult = LookupSuccess | LookupFailure;

/** Where and how to call: the API URL param and the key header (kept out of the session so it is per run). */
export interface LookupOptions {
  apiUrl?: string;
  apiKey?: string;
}

const AUTH_CODES = new Set(["WrongCredentialsError", "AuthenticationRequiredError", "UserNotActiveError"]);

/** Looks up one indicator. `value` must already be classified as `type` (see `classifyIndicator`). */
export async function lookup(
  session: ExternalSession,
  type: VtIndicatorType,
  value: string,
  options: LookupOptions = {},
): Promise<LookupResult> {
  const path = reportPath(type, value);
  const url = options.apiUrl ? `${options.apiUrl.replace(/\/+$/, "")}${path}` : path;
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.apiKey !== undefined) headers["x-apikey"] = options.apiKey;
  try {
    const response = await session.request({ method: "GET", path: url, headers });
    return response.status === 200
      ? parseReport(type, value, response.status, response.text)
      : classifyFailure(value, response.status, response.text);
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    return error.kind === "timeout"
      ? fail(VtErrorClass.Timeout, { indicator: value })
      : fail(VtErrorClass.ConnectionFailed, { indicator: value, detail: error.detail });
  }
}

function fail(
  errorClass: VtErrorClass,
  values: Record<string, string | number>,
  extra: Partial<LookupFailure> = {},
): LookupFailure {
  return { ok: false, errorClass, message: formatVtError(errorClass, values), ...extra };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The first Zod issue as a JSON path (`data.attributes.last_analysis_stats.malicious`) and its message. */
function firstIssue(error: z.ZodError): { path: string; issue: string } {
  const issue = error.issues[0];
  const path = issue?.path.length ? issue.path.map(String).join(".") : "(root)";
  return { path, issue: issue?.message ?? "invalid" };
}

function parseReport(type: VtIndicatorType, value: string, status: number, raw: string): LookupResult {
  const json = parseJson(raw);
  if (!json.ok) return fail(VtErrorClass.MalformedResponse, { indicator: value, status }, { status, raw });
  const schemaName = vtIndicatorKinds[type].schema;
  const parsed = vtSchemas[schemaName].safeParse(json.value);
  if (!parsed.success) {
    const where = firstIssue(parsed.error);
    return fail(VtErrorClass.SchemaMismatch, { indicator: value, schema: schemaName, ...where }, { status, raw });
  }
  return { ok: true, status, report: parsed.data as VtReport, raw };
}

/** Maps a non-200 answer to its catalogue entry (virustotal.md §3). */
function classifyFailure(value: string, status: number, raw: string): LookupFailure {
  const json = parseJson(raw);
  const body = json.ok ? errorResponseSchema.safeParse(json.value) : undefined;
  const code = body?.success ? body.data.error.code : `HTTP ${status}`;
  const vendorMessage = body?.success ? body.data.error.message : "no error body";
  const values = { indicator: value, status, code, vendorMessage };
  const extra = { status, code: body?.success ? code : undefined, raw };
  if (status === 401 || AUTH_CODES.has(code)) return fail(VtErrorClass.WrongCredentials, values, extra);
  if (status === 404) return fail(VtErrorClass.NotFound, values, extra);
  if (status === 403) return fail(VtErrorClass.Forbidden, values, extra);
  if (status === 400) return fail(VtErrorClass.BadRequest, values, extra);
  if (status === 429) return fail(VtErrorClass.QuotaExceeded, values, extra);
  if (status >= 500) return fail(VtErrorClass.VendorUnavailable, values, extra);
  return fail(VtErrorClass.UnexpectedStatus, values, extra);
}
