/**
 * The app's error catalogue (virustotal.md §3, §4). Each entry is what the runtime reports and what the docs print
 * as the troubleshooting page and the SDD error table. Messages are templates: `{name}` placeholders are filled by
 * `formatVtError`; none of them ever carries the API key.
 */
import { type ErrorDef, ExitCode } from "../../../lib/define-app.js";

/** Stable class names, so code refers to entries without string typos. */
export const VtErrorClass = {
  WrongCredentials: "WrongCredentials",
  Forbidden: "Forbidden",
  NotFound: "NotFound",
  InvalidIndicator: "InvalidIndicator",
  UnsupportedIndicatorType: "UnsupportedIndicatorType",
  BadRequest: "BadRequest",
  QuotaExceeded: "QuotaExceeded",
  VendorUnavailable: "VendorUnavailable",
  UnexpectedStatus: "UnexpectedStatus",
  Timeout: "Timeout",
  ConnectionFailed: "ConnectionFailed",
  MalformedResponse: "MalformedResponse",
  SchemaMismatch: "SchemaMismatch",
} as const;
export type VtErrorClass = (typeof VtErrorClass)[keyof typeof VtErrorClass];

/** Every error the app reports, in the order the docs list them. */
export const virusTotalErrors: ErrorDef[] = [
  {
    class: VtErrorClass.WrongCredentials,
    match: "HTTP 401 with error.code WrongCredentialsError, AuthenticationRequiredError or UserNotActiveError",
    exitCode: ExitCode.FailNoRetry,
    retryable: false,
    message: "VirusTotal rejected the API key ({code}). No indicators were enriched.",
    cause: "The API Key param is empty, mistyped, revoked, or belongs to an account that is not activated.",
    fix: "Copy the key from your VirusTotal account's API key page into the keychain variable used by the API Key param, then run the playbook again.",
  },
  {
    class: VtErrorClass.Forbidden,
    match: "HTTP 403 (ForbiddenError)",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "VirusTotal refused the lookup of {indicator} ({code}): {vendorMessage}",
    cause: "The key is valid but not allowed to use this endpoint, e.g. a premium-only feature on a public key.",
    fix: "Check the key's privileges on VirusTotal, or use a VirusTotal Premium key.",
  },
  {
    class: VtErrorClass.NotFound,
    match: "HTTP 404 (NotFoundError)",
    exitCode: ExitCode.Success,
    retryable: false,
    message: "{indicator} is not known to VirusTotal.",
    cause: "VirusTotal has never analysed this indicator. This is not a clean verdict.",
    fix: "Nothing to fix: the item gets status not_found, rating 0 and confidence 0. Submit it to VirusTotal outside this app if it needs a verdict.",
  },
  {
    class: VtErrorClass.InvalidIndicator,
    match: "Indicator text is not an IP address, domain, http(s) URL or MD5/SHA-1/SHA-256 (checked before any call)",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: 'Indicator "{indicator}" is not a valid IP address, host name, http(s) URL or MD5/SHA-1/SHA-256 hash.',
    cause:
      "The Indicator param resolved to text VirusTotal cannot look up (empty, defanged, or a different indicator type).",
    fix: "Pass the indicator value as it appears in ThreatConnect, e.g. 198.51.100.7, malware.example.net, http://phish.example.org/login or a hex hash.",
  },
  {
    class: VtErrorClass.UnsupportedIndicatorType,
    match: "Indicator type does not match the selected action (checked before any call)",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: 'Indicator "{indicator}" is a {type}; the action "{action}" enriches {expected} indicators only.',
    cause: "The playbook passes an indicator of another type, e.g. a File hash to Enrich Address.",
    fix: "Select the action that matches the indicator type, or use the playbook template for that type.",
  },
  {
    class: VtErrorClass.BadRequest,
    match: "HTTP 400 (BadRequestError, InvalidArgumentError, NotAvailableYet)",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "VirusTotal rejected the lookup of {indicator} ({code}): {vendorMessage}",
    cause: "VirusTotal considers the indicator malformed, or the report is not available yet.",
    fix: "Check the indicator value; for NotAvailableYet run the playbook again later.",
  },
  {
    class: VtErrorClass.QuotaExceeded,
    match: "HTTP 429 (QuotaExceededError, TooManyRequestsError) still returned after the one retry",
    exitCode: ExitCode.Failure,
    retryable: true,
    message: "VirusTotal quota exceeded while looking up {indicator} ({code}); the item was not enriched.",
    cause: "The key's per-minute, daily or monthly quota is used up. Public keys allow 4 lookups/min and 500/day.",
    fix: "Lower the Rate Limit param to the key's per-minute quota (4 for a public key), wait for the daily reset at 00:00 UTC, or use a Premium key.",
  },
  {
    class: VtErrorClass.VendorUnavailable,
    match: "HTTP 500/502/503/504 (TransientError, DeadlineExceededError) still returned after the retries",
    exitCode: ExitCode.Failure,
    retryable: true,
    message: "VirusTotal is unavailable (HTTP {status}) for {indicator}, also after the retries.",
    cause: "A transient VirusTotal outage, or a proxy or gateway in front of it failing.",
    fix: "Run the playbook again later. Enable Fail on Error to route such runs to the Fail path.",
  },
  {
    class: VtErrorClass.UnexpectedStatus,
    match: "Any other non-2xx HTTP status",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "VirusTotal answered HTTP {status} ({code}) for {indicator}.",
    cause: "An API gateway or proxy in front of VirusTotal, or an API change.",
    fix: "Check the API URL param and the proxy settings; the debug log has the request as a curl command (key masked).",
  },
  {
    class: VtErrorClass.Timeout,
    match: "No response within the timeout (30 s per attempt) after the retries",
    exitCode: ExitCode.Failure,
    retryable: true,
    message: "VirusTotal did not answer in time for {indicator}, also after the retries.",
    cause: "Slow network, an overloaded proxy, or a VirusTotal slowdown.",
    fix: "Run the playbook again later; check the proxy if every lookup times out.",
  },
  {
    class: VtErrorClass.ConnectionFailed,
    match: "Connection refused, reset, DNS or TLS failure after the retries",
    exitCode: ExitCode.Failure,
    retryable: true,
    message: "Could not connect to VirusTotal for {indicator} ({detail}).",
    cause:
      "No outbound HTTPS to www.virustotal.com:443, a wrong API URL, a proxy that refuses the connection, or a TLS interception certificate.",
    fix: "Allow egress to www.virustotal.com:443 or configure the ThreatConnect external proxy; for TLS interception either trust its CA or clear Verify SSL.",
  },
  {
    class: VtErrorClass.MalformedResponse,
    match: "HTTP 200 whose body is not JSON",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "VirusTotal's response for {indicator} is not JSON (HTTP {status}).",
    cause: "A proxy or captive portal answered instead of VirusTotal, or the response was cut off.",
    fix: "Check the API URL and proxy settings; the raw body is in the debug log.",
  },
  {
    class: VtErrorClass.SchemaMismatch,
    match: "HTTP 200 JSON body that fails the response schema",
    exitCode: ExitCode.Failure,
    retryable: false,
    message: "VirusTotal's response for {indicator} does not match the expected {schema} schema at {path}: {issue}",
    cause: "VirusTotal changed its API, or something other than VirusTotal API v3 answered at the API URL.",
    fix: "Check that the API URL points at VirusTotal API v3; if it does, report the message to support so the schema can be updated.",
  },
];

/** The catalogue entry for a class; throws on an unknown class (a programming error). */
export function getVtError(errorClass: VtErrorClass): ErrorDef {
  const def = virusTotalErrors.find((e) => e.class === errorClass);
  if (!def) throw new Error(`no ErrorDef for class ${errorClass}`);
  return def;
}

/** Fills a template's `{placeholders}`; unknown placeholders stay visible so a missing value is noticed. */
export function formatVtError(errorClass: VtErrorClass, values: Record<string, string | number>): string {
  return getVtError(errorClass).message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
