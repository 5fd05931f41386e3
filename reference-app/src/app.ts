/**
 * The reference integration: VirusTotal API v3 On-Demand Enrichment for Address, Host, URL and File indicators.
 *
 * This file is the one source every deliverable is generated from. Facts live here once: identity, params,
 * actions, outputs, vendor limits, mapping, errors and assumptions. VirusTotal specifics (schemas, client,
 * scoring) live beside it in `./virustotal/`.
 */
import { z } from "zod";
import { defineApp, ExitCode, type OutputDef } from "../../lib/define-app.js";
import { enrichIndicator, invalidResult, RAW_OUTPUT, type VtParams, type VtResult } from "./virustotal/enrich.js";
import { virusTotalErrors } from "./virustotal/errors.js";
import { classifyIndicator } from "./virustotal/indicators.js";
import { vtSchemas } from "./virustotal/schemas.js";

const ADDRESS = "Enrich Address";
const HOST = "Enrich Host";
const URL_ACTION = "Enrich URL";
const FILE = "Enrich File";

/** An item output: `!String` for the first indicator and `!StringArray` with one entry per indicator, in order. */
function perIndicator(
  name: string,
  description: string,
  pick: (result: VtResult) => string | undefined,
  actions?: readonly string[],
): OutputDef<VtResult>[] {
  return [
    {
      name,
      type: "String",
      schema: z.string().describe(`${description} For the first (or only) indicator.`),
      actions,
      value: (results) => (results[0] ? pick(results[0]) : undefined),
    },
    {
      name,
      type: "StringArray",
      schema: z
        .array(z.string().nullable())
        .describe(`${description} One entry per indicator, in input order (null where it does not apply).`),
      actions,
      value: (results) => (results.length ? results.map((r) => pick(r) ?? null) : undefined),
    },
  ];
}

/** `<name>` (StringArray of the first indicator) plus `<name>.count` (String). */
function listWithCount(
  name: string,
  type: "StringArray" | "KeyValueArray",
  itemSchema: z.ZodType,
  description: string,
  pick: (result: VtResult) => readonly unknown[] | undefined,
): OutputDef<VtResult>[] {
  return [
    {
      name,
      type,
      schema: z.array(itemSchema).describe(`${description} For the first (or only) indicator.`),
      value: (results) => (results[0] ? pick(results[0]) : undefined),
    },
    {
      name: `${name}.count`,
      type: "String",
      schema: z.string().describe(`Number of entries in \`${name}\`.`),
      value: (results) => (results[0] ? String(pick(results[0])?.length ?? 0) : undefined),
    },
  ];
}

const keyValue = z.object({ key: z.string(), value: z.string() });
const str = (n: number | undefined) => (n === undefined ? undefined : String(n));

export const app = defineApp<VtParams, VtResult>({
  displayName: "Google VirusTotal Enrichment",
  packageName: "google_virustotal_enrichment_v1",
  appId: "5c1d3f0e-7a43-4b5e-9d6c-2f8a1b9e0c47",
  programVersion: "1.0.0",
  category: "Data Enrichment",
  playbookType: "Data Enrichment",
  minServerVersion: "7.2.0",
  outputSlug: "vt",
  description:
    "Looks up an Address, Host, URL or File indicator in VirusTotal and returns a threat rating, confidence, tags, detection counts, attributes, a note and an HTML summary as playbook outputs.",
  useCases: [
    {
      title: "Triage an address from the indicator page",
      story:
        "An analyst opens an Address indicator, runs the 'VirusTotal: Enrich Address' playbook action and sees the detection ratio, community reputation and a threat rating in the action card; the template stores rating, confidence, tags, attributes and a note on the indicator.",
    },
    {
      title: "Check a suspicious file hash during an incident",
      story:
        "A responder runs the File template on an MD5 from an alert; VirusTotal's SHA-256, type, popular threat label and detections are written back so the whole team sees them.",
    },
    {
      title: "Vet a phishing URL or domain before blocking",
      story:
        "A SOC analyst enriches a URL or Host from a reported email and decides on blocking from the engine verdicts, categories and the VirusTotal link, without leaving ThreatConnect.",
    },
  ],
  valuePoints: [
    "70+ antivirus and URL engines in one click from any Address, Host, URL or File",
    "Threat rating and confidence derived by a documented, testable rule",
    "Results stored by the playbook template: tags, attributes, a note and the VirusTotal link",
    "Safe on quotas: client-side rate limit, 429 handling and per-item status for batches",
  ],
  nonGoals: [
    "Creates or deletes no indicators and writes nothing to ThreatConnect itself (the template does)",
    "Does not submit files or URLs for scanning (lookups only)",
    "Not a threat-intelligence feed",
  ],
  releaseNotes: [
    {
      version: "1.0.0",
      notes: [
        "Initial release: Enrich Address, Enrich Host, Enrich URL and Enrich File on VirusTotal API v3.",
        "Indicator input accepts String, StringArray, TCEntity and TCEntityArray with per-item status.",
      ],
    },
  ],
  vendor: {
    name: "Google",
    product: "VirusTotal",
    site: "https://www.virustotal.com",
    apiVersion: "v3",
    baseUrl: "https://www.virustotal.com/api/v3",
    auth: { header: "x-apikey", param: "api_key" },
    deployment: "SaaS",
    subscription:
      "A VirusTotal API key. The public API (4 lookups/min, 500/day) must not be used in commercial workflows; production use needs a VirusTotal Premium (Google Threat Intelligence) key.",
    limits: {
      ratePerMinute: 4,
      quotaPerDay: 500,
      timeoutMs: 30_000,
      retries: 3,
      concurrency: 4,
      maxIndicatorsPerRun: 10_000,
      note: "Public keys: 4 requests/min and 500/day; Premium limits are per licence. VirusTotal documents no rate-limit headers; the app limits itself client-side and honours Retry-After if one is sent.",
    },
    contacts: [
      { name: "Enrichkit Partner Engineering", role: "Tech", email: "integrations@enrichkit.example" },
      { name: "Enrichkit Alliances", role: "BD", email: "alliances@enrichkit.example" },
    ],
    support: {
      contact: "support@enrichkit.example",
      portal: "https://support.enrichkit.example",
      hours: "Mon–Fri 08:00–18:00 UTC",
    },
    egress: {
      fieldsSent: ["the indicator value (IP, domain, URL as unpadded base64url, or file hash)", "the API key header"],
      hosts: ["www.virustotal.com:443"],
      policyUrl: "https://docs.virustotal.com/docs/terms-of-service",
      note: "Lookups (GET) only; nothing is submitted for scanning. VirusTotal may record queried indicators; do not send personal data.",
    },
    schemas: vtSchemas,
  },
  indicatorParam: "indicator",
  params: [
    {
      name: "indicator",
      label: "Indicator",
      type: "String",
      section: "Action",
      required: true,
      playbookDataType: ["String", "StringArray", "TCEntity", "TCEntityArray"],
      validValues: ["${TEXT}"],
      schema: z
        .string()
        .describe(
          "The indicator(s) to enrich: an IP address, host name, URL or MD5/SHA-1/SHA-256 hash, as text, a list, or ThreatConnect entities (e.g. #Trigger:1:trg.action.item!String).",
        ),
    },
    {
      name: "api_key",
      label: "API Key",
      type: "String",
      section: "Connection",
      required: true,
      encrypt: true,
      schema: z.string().min(1).describe("Your VirusTotal API key, stored as a keychain variable."),
    },
    {
      name: "api_url",
      label: "API URL",
      type: "String",
      section: "Connection",
      required: true,
      default: "https://www.virustotal.com/api/v3",
      schema: z
        .url({ protocol: /^https?$/ })
        .describe("Base URL of the VirusTotal API v3. Change it only for an API gateway in front of VirusTotal."),
    },
    {
      name: "malicious_threshold",
      label: "Malicious Threshold",
      type: "String",
      section: "Configure",
      default: "10",
      schema: z
        .string()
        .regex(/^\d+$/, "must be a whole number, e.g. 10")
        .describe("Engines that must flag the indicator as malicious for a threat rating of 4 or more."),
    },
    {
      name: "fail_on_error",
      label: "Fail on Error",
      type: "Boolean",
      section: "Advanced",
      default: false,
      schema: z
        .boolean()
        .describe(
          "Exit with a failure (Fail path) when any indicator could not be enriched. Not found is never an error.",
        ),
    },
    {
      name: "rate_limit_per_minute",
      label: "Rate Limit (requests/minute)",
      type: "String",
      section: "Advanced",
      default: "4",
      schema: z
        .string()
        .regex(/^\d+$/, "must be a whole number, e.g. 4")
        .describe("Client-side request limit. 4 for a public key; raise it to your Premium licence's rate."),
    },
    {
      name: "request_timeout",
      label: "Request Timeout (seconds)",
      type: "String",
      section: "Advanced",
      default: "30",
      schema: z
        .string()
        .regex(/^[1-9]\d*$/, "must be a whole number of seconds, e.g. 30")
        .describe("How long to wait for one VirusTotal response before retrying or giving up."),
    },
    {
      name: "verify_ssl",
      label: "Verify SSL",
      type: "Boolean",
      section: "Advanced",
      default: true,
      schema: z.boolean().describe("Verify the TLS certificate of the VirusTotal API."),
    },
  ],
  actions: [
    {
      name: ADDRESS,
      indicatorTypes: ["Address"],
      description: "Look up an IPv4 or IPv6 address: detections, reputation, country, AS owner.",
      calls: [{ method: "GET", path: "/ip_addresses/{ip}", purpose: "IP address report", expectedStatus: [200, 404] }],
      example: { indicator: "198.51.100.7", fixture: "ip_address-198.51.100.7" },
    },
    {
      name: HOST,
      indicatorTypes: ["Host"],
      description: "Look up a domain or host name: detections, categories, registrar, reputation.",
      calls: [{ method: "GET", path: "/domains/{domain}", purpose: "Domain report", expectedStatus: [200, 404] }],
      example: { indicator: "malware.example.net", fixture: "domain-malware.example.net" },
    },
    {
      name: URL_ACTION,
      indicatorTypes: ["URL"],
      description: "Look up a URL (by its unpadded base64url id): detections, final URL, title, categories.",
      calls: [{ method: "GET", path: "/urls/{base64url}", purpose: "URL report", expectedStatus: [200, 404] }],
      example: { indicator: "http://phish.example.org/login", fixture: "url-phish.example.org" },
    },
    {
      name: FILE,
      indicatorTypes: ["File"],
      description: "Look up an MD5, SHA-1 or SHA-256: detections, type, names, popular threat label.",
      calls: [{ method: "GET", path: "/files/{hash}", purpose: "File report", expectedStatus: [200, 404] }],
      example: { indicator: "44d88612fea8a8f36de82e1278abb02f", fixture: "file-44d88612fea8a8f36de82e1278abb02f" },
    },
  ],
  outputs: [
    ...perIndicator(RAW_OUTPUT, "The raw VirusTotal API v3 response body (JSON text).", (r) => r.raw),
    ...perIndicator("vt.results.indicator", "The indicator as it was looked up.", (r) => r.indicator),
    ...perIndicator("vt.results.status", "Per-indicator status: ok, not_found, invalid or error.", (r) => r.status),
    ...perIndicator(
      "vt.results.status.message",
      "Per-indicator status message (why an item was not enriched).",
      (r) => r.message,
    ),
    ...perIndicator("vt.results.rating", "ThreatConnect threat rating, 0 (unknown) to 5 (critical).", (r) =>
      str(r.enrichment?.rating),
    ),
    ...perIndicator("vt.results.confidence", "ThreatConnect confidence, 0 to 100.", (r) =>
      str(r.enrichment?.confidence),
    ),
    ...perIndicator("vt.results.malicious.count", "Engines that flagged the indicator as malicious.", (r) =>
      str(r.enrichment?.stats.malicious),
    ),
    ...perIndicator("vt.results.suspicious.count", "Engines that flagged the indicator as suspicious.", (r) =>
      str(r.enrichment?.stats.suspicious),
    ),
    ...perIndicator("vt.results.harmless.count", "Engines that rated the indicator harmless.", (r) =>
      str(r.enrichment?.stats.harmless),
    ),
    ...perIndicator("vt.results.undetected.count", "Engines with no detection.", (r) =>
      str(r.enrichment?.stats.undetected),
    ),
    ...perIndicator("vt.results.reputation", "VirusTotal community reputation (negative leans malicious).", (r) =>
      str(r.enrichment?.reputation),
    ),
    ...perIndicator(
      "vt.results.link",
      "Link to the indicator's page in the VirusTotal GUI.",
      (r) => r.enrichment?.link,
    ),
    ...perIndicator(
      "vt.results.note",
      "Note text summarising the lookup, for the template to add to the indicator.",
      (r) => r.enrichment?.note,
    ),
    ...perIndicator(
      "vt.results.address.country",
      "Country (ISO 3166 alpha-2) of the IP address.",
      (r) => r.enrichment?.details.country,
      [ADDRESS],
    ),
    ...perIndicator(
      "vt.results.address.as_owner",
      "Owner of the autonomous system the IP address belongs to.",
      (r) => r.enrichment?.details.as_owner,
      [ADDRESS],
    ),
    ...perIndicator("vt.results.host.registrar", "Registrar of the domain.", (r) => r.enrichment?.details.registrar, [
      HOST,
    ]),
    ...perIndicator(
      "vt.results.url.final_url",
      "Where the URL's redirects end.",
      (r) => r.enrichment?.details.final_url,
      [URL_ACTION],
    ),
    ...perIndicator(
      "vt.results.file.sha256",
      "SHA-256 of the file (VirusTotal's file id).",
      (r) => r.enrichment?.details.sha256,
      [FILE],
    ),
    ...perIndicator(
      "vt.results.file.type",
      "File type description, e.g. Win32 EXE.",
      (r) => r.enrichment?.details.type,
      [FILE],
    ),
    ...perIndicator(
      "vt.results.file.threat_label",
      "VirusTotal's suggested threat label for the file.",
      (r) => r.enrichment?.details.threat_label,
      [FILE],
    ),
    ...listWithCount(
      "vt.results.tags",
      "StringArray",
      z.string(),
      "Tags for ThreatConnect: VirusTotal tags plus the verdict.",
      (r) => r.enrichment?.tags,
    ),
    ...listWithCount(
      "vt.results.attributes",
      "KeyValueArray",
      keyValue,
      "Attributes for ThreatConnect as key (attribute type) and value.",
      (r) => r.enrichment?.attributes,
    ),
    {
      name: "vt.results.summary.html",
      type: "String",
      schema: z
        .string()
        .describe("HTML summary of every indicator, for the UserAction trigger's response body (shown as a tip)."),
      value: (results) => (results.length ? renderSummaryHtml(results) : undefined),
    },
    {
      name: "vt.results.count",
      type: "String",
      schema: z.string().describe("Number of indicators processed."),
      value: (results) => String(results.length),
    },
    {
      name: "vt.results.error.count",
      type: "String",
      schema: z.string().describe("Number of indicators that were invalid or failed (not found is not an error)."),
      value: (results) => String(results.filter((r) => r.status === "invalid" || r.status === "error").length),
    },
  ],
  mapping: [
    {
      source: "last_analysis_stats (malicious m, suspicious s, n = harmless+undetected+malicious+suspicious)",
      target: "Indicator.rating",
      output: "vt.results.rating",
      rule: "404 → 0; n = 0 → 0; m ≥ T and m/n ≥ 0.5 → 5; m ≥ T → 4; m ≥ 5 → 3; m+s ≥ 5 → 2; m+s ≥ 1 → 1; else 0 (T = Malicious Threshold, default 10)",
    },
    {
      source: "last_analysis_stats",
      target: "Indicator.confidence",
      output: "vt.results.confidence",
      rule: "flagged: round(100·m/(m+harmless+undetected)), at least 30 once m ≥ T; clean: min(100, n); not found: 0",
    },
    { source: "tags[]", target: "Indicator.tags", output: "vt.results.tags", rule: "copied as-is (≤ 128 characters)" },
    {
      source: "rating",
      target: "Indicator.tags",
      output: "vt.results.tags",
      rule: "adds 'VirusTotal: Malicious' (rating ≥ 4), 'VirusTotal: Suspicious' (1–3) or 'VirusTotal: Clean'",
    },
    {
      source: "last_analysis_stats.malicious / n",
      target: "Attribute 'VirusTotal Detection Ratio'",
      output: "vt.results.attributes",
      rule: "'<m>/<n>'",
    },
    {
      source: "reputation",
      target: "Attribute 'VirusTotal Reputation'",
      output: "vt.results.attributes",
      rule: "integer as text",
    },
    {
      source: "last_analysis_date",
      target: "Attribute 'VirusTotal Last Analysis'",
      output: "vt.results.attributes",
      rule: "ISO 8601 UTC date; omitted when absent",
    },
    {
      source: "GUI link (gui/ip-address|domain|url|file/{id})",
      target: "Attribute 'VirusTotal Link'",
      output: "vt.results.attributes",
      rule: "URL uses the SHA-256 data.id; file uses the SHA-256",
    },
    {
      source: "popular_threat_classification.suggested_threat_label",
      target: "Attribute 'Description'",
      output: "vt.results.attributes",
      rule: "File only: 'VirusTotal threat label: <label>' (standard attribute)",
    },
    {
      source: "stats, reputation, link",
      target: "Indicator note (v3 post)",
      output: "vt.results.note",
      rule: "plain-text summary, one line per fact",
    },
  ],
  attributeTypes: [
    {
      name: "VirusTotal Detection Ratio",
      description: "Engines flagging the indicator as malicious, out of all engines that analysed it (m/n).",
      maxLength: 20,
      indicators: ["Address", "Host", "URL", "File"],
    },
    {
      name: "VirusTotal Reputation",
      description: "VirusTotal community reputation score; negative values lean malicious.",
      maxLength: 12,
      indicators: ["Address", "Host", "URL", "File"],
    },
    {
      name: "VirusTotal Last Analysis",
      description: "Date of VirusTotal's most recent analysis of the indicator (UTC).",
      maxLength: 32,
      indicators: ["Address", "Host", "URL", "File"],
    },
    {
      name: "VirusTotal Link",
      description: "Link to the indicator in the VirusTotal GUI.",
      maxLength: 500,
      indicators: ["Address", "Host", "URL", "File"],
    },
  ],
  errors: virusTotalErrors,
  assumptions: [
    {
      id: "A1",
      text: "ThreatConnect's executor runs PYTHON or JAVA programs only; the package ships a standard-library run.py that starts Node ≥ 20 (bundled with --bundle-node, else from PATH) on the single-file app bundle.",
      status: "unverified",
      ref: "threatconnect.md §0",
    },
    {
      id: "A2",
      text: "install.json playbook.type and category are 'Data Enrichment' (the KB glossary category name); no public install.json uses it.",
      status: "unverified",
      ref: "threatconnect.md §1.4",
    },
    {
      id: "A3",
      text: "TC_APP_PARAM_KEY is used as raw UTF-8 key bytes; 16, 24 or 32 characters select AES-128/192/256-CBC with a zero IV and PKCS7 padding.",
      status: "unverified",
      ref: "threatconnect.md §3.2, §10",
    },
    {
      id: "A4",
      text: "VirusTotal sends no Retry-After or X-RateLimit-* headers; the app honours them if present and otherwise limits itself client-side (default 4/min).",
      status: "unverified",
      ref: "virustotal.md §4",
    },
    {
      id: "A5",
      text: "Not found (404 NotFoundError) is data, not failure: status not_found, rating 0, confidence 0, exit 0.",
      status: "chosen",
      ref: "virustotal.md §0.5",
    },
    {
      id: "A6",
      text: "Threat rating and confidence follow the rule in the mapping table (XSOAR thresholds, OpenCTI-style ratio); VirusTotal documents no mapping to ThreatConnect's scales.",
      status: "chosen",
      ref: "virustotal.md §6",
    },
    {
      id: "A7",
      text: "Display clauses that reference Boolean params compare with 'true'/'false', as TcEx evaluates them.",
      status: "unverified",
      ref: "threatconnect.md §2",
    },
  ],
  compatibility: {
    instanceTypes: ["Dedicated Cloud", "Multi-tenant Cloud", "On-premises (with outbound HTTPS to VirusTotal)"],
    offlineInstall: true,
    node: ">=20",
  },
  classify: classifyIndicator,
  enrich: enrichIndicator,
  invalidResult,
  sessionOptions: (params) => ({
    ratePerMinute: Number.parseInt(params.rate_limit_per_minute, 10),
    timeoutMs: Number.parseInt(params.request_timeout, 10) * 1000,
    verifySsl: params.verify_ssl,
  }),
  failOnItemError: (params) => params.fail_on_error,
});

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The UserAction tip: one row per indicator. Kept small; ThreatConnect renders it in the action card. */
export function renderSummaryHtml(results: readonly VtResult[]): string {
  const rows = results.map((r) => {
    const e = r.enrichment;
    const verdict = e
      ? `${e.stats.malicious}/${e.total} malicious · rating ${e.rating} · confidence ${e.confidence}`
      : r.message;
    const link = e?.link ? ` <a href="${escapeHtml(e.link)}" target="_blank">VirusTotal</a>` : "";
    return `<tr><td>${escapeHtml(r.indicator)}</td><td>${escapeHtml(r.status)}</td><td>${escapeHtml(verdict)}${link}</td></tr>`;
  });
  return `<table><tr><th>Indicator</th><th>Status</th><th>VirusTotal</th></tr>${rows.join("")}</table>`;
}

export { ExitCode };
export default app;
