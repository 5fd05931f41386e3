/**
 * Zod schemas of the VirusTotal API v3 responses the app reads (virustotal.md §2–§3). Objects are loose
 * (VirusTotal adds fields over time) and every attribute is optional; only the envelope is strict. Descriptions
 * are the documentation: the SDD appendix and the docs site print them.
 */
import { z } from "zod";

const timestamp = (what: string) => z.int().describe(`${what} (Unix seconds, UTC).`);
const count = (what: string) => z.int().nonnegative().describe(what);
/** `.optional()` drops the inner description in Zod 4; carry it over so docs still read it. */
const opt = <T extends z.ZodType>(schema: T) => schema.optional().describe(schema.description ?? "");

/** `last_analysis_stats` of IP addresses, domains and URLs: engine counts per verdict. */
export const analysisStatsSchema = z
  .looseObject({
    harmless: count("Engines that rated the object harmless."),
    malicious: count("Engines that flagged the object as malicious."),
    suspicious: count("Engines that flagged the object as suspicious."),
    timeout: count("Engines that timed out."),
    undetected: count("Engines with no verdict."),
  })
  .describe("Number of engines per verdict in the latest analysis.");

/** File `last_analysis_stats`: the five network keys plus hyphenated file-only keys; extra integer keys allowed. */
export const fileAnalysisStatsSchema = z
  .object({
    ...analysisStatsSchema.shape,
    "confirmed-timeout": opt(count("Engines that timed out in a confirmed way.")),
    failure: opt(count("Engines that failed to analyse the file.")),
    "type-unsupported": opt(count("Engines that do not support this file type.")),
  })
  .catchall(z.int())
  .describe("Number of engines per verdict in the latest file analysis (file-only keys are hyphenated).");

/** One engine's verdict in `last_analysis_results` of an IP address, domain or URL. */
export const engineResultSchema = z
  .looseObject({
    category: z
      .string()
      .describe("Normalised verdict: harmless, undetected, suspicious or malicious (files add more values)."),
    engine_name: z.string().describe("Name of the engine; normally equal to the dictionary key."),
    method: z.string().describe("How the engine decided, e.g. blacklist."),
    result: z.string().describe("The engine's own verdict word, e.g. clean, unrated, phishing."),
    engine_version: z.string().optional().describe("Engine version, when reported."),
  })
  .describe("One engine's verdict.");

/** File engine verdict: `result` may be null and version/update dates are reported. */
export const fileEngineResultSchema = engineResultSchema
  .extend({
    result: z.string().nullable().describe("The engine's own verdict (e.g. a malware name), or null without one."),
    engine_update: z.string().optional().describe("Signature date of the engine, YYYYMMDD."),
  })
  .describe("One engine's verdict on a file.");

const totalVotesSchema = z
  .looseObject({
    harmless: count("Community votes for harmless."),
    malicious: count("Community votes for malicious."),
  })
  .describe("Unweighted community votes.");

/** Vendor → category string, e.g. `{"Forcepoint ThreatSeeker": "phishing"}`. */
const categoriesSchema = z
  .record(z.string(), z.string())
  .describe("Category assigned by each URL-categorisation vendor; vendor names vary over time.");

/** Attributes every object type shares. */
function sharedAttributes<S extends z.ZodType, E extends z.ZodType>(stats: S, engine: E) {
  return {
    last_analysis_date: opt(timestamp("When the latest analysis finished")),
    last_analysis_results: z
      .record(z.string(), engine)
      .optional()
      .describe("Verdict per engine; keys are engine names and may contain spaces and dots."),
    last_analysis_stats: opt(stats),
    last_modification_date: opt(timestamp("When the object last changed")),
    reputation: z.int().optional().describe("Community score weighted by voter reputation; negative leans malicious."),
    tags: z.array(z.string()).optional().describe("VirusTotal tags, possibly empty."),
    total_votes: opt(totalVotesSchema),
  };
}

const networkShared = sharedAttributes(analysisStatsSchema, engineResultSchema);

/** `ip_address` attributes (virustotal.md §2.3). */
export const ipAddressAttributesSchema = z
  .looseObject({
    ...networkShared,
    as_owner: z.string().optional().describe("Owner of the autonomous system."),
    asn: z.int().optional().describe("Autonomous system number."),
    continent: z.string().optional().describe("Continent code, e.g. EU."),
    country: z.string().optional().describe("Country, ISO 3166 alpha-2, e.g. NL."),
    network: z.string().optional().describe("Network the address belongs to, in CIDR notation."),
    regional_internet_registry: z.string().optional().describe("Regional internet registry, e.g. RIPE NCC."),
    jarm: z.string().optional().describe("JARM TLS fingerprint."),
    whois: z.string().optional().describe("Raw whois text, newline-separated."),
    whois_date: opt(timestamp("When the whois was fetched")),
  })
  .describe("Attributes of an IP address object.");

/** `domain` attributes (virustotal.md §2.4). */
export const domainAttributesSchema = z
  .looseObject({
    ...networkShared,
    categories: opt(categoriesSchema),
    creation_date: opt(timestamp("Registration date from whois")),
    last_update_date: opt(timestamp("Last whois update")),
    registrar: z.string().optional().describe("Registrar of the domain."),
    whois: z.string().optional().describe("Raw whois text, newline-separated."),
    whois_date: opt(timestamp("When the whois was fetched")),
    jarm: z.string().optional().describe("JARM TLS fingerprint."),
    last_dns_records: z
      .array(
        z
          .looseObject({
            type: z.string().describe("Record type, e.g. A, MX, SOA."),
            value: z.string().describe("Record value."),
            ttl: z.int().optional().describe("Time to live in seconds."),
          })
          .describe("One DNS record."),
      )
      .optional()
      .describe("DNS records seen at the latest resolution."),
    last_dns_records_date: opt(timestamp("When the DNS records were resolved")),
    popularity_ranks: z
      .record(
        z.string(),
        z
          .looseObject({
            rank: z.int().describe("Position in the ranking."),
            timestamp: timestamp("When the rank was taken"),
          })
          .describe("A rank in one popularity list."),
      )
      .optional()
      .describe("Rank per popularity list; may be empty."),
    tld: z.string().optional().describe("Top-level domain (undocumented, seen in practice)."),
  })
  .describe("Attributes of a domain object.");

/** `url` attributes (virustotal.md §2.5). */
export const urlAttributesSchema = z
  .looseObject({
    ...networkShared,
    url: z.string().optional().describe("The URL as submitted."),
    last_final_url: z.string().optional().describe("Where the URL's redirects end."),
    title: z.string().optional().describe("Title of the page."),
    last_http_response_code: z.int().optional().describe("HTTP status of the latest fetch."),
    last_http_response_content_length: z.int().optional().describe("Body length of the latest fetch, in bytes."),
    last_http_response_content_sha256: z.string().optional().describe("SHA-256 of the latest body."),
    redirection_chain: z.array(z.string()).optional().describe("Redirects followed, excluding the final URL."),
    categories: opt(categoriesSchema),
    first_submission_date: opt(timestamp("First submission")),
    last_submission_date: opt(timestamp("Latest submission")),
    times_submitted: opt(count("How often the URL was submitted.")),
    targeted_brand: z.record(z.string(), z.string()).optional().describe("Brand each engine says is impersonated."),
    has_content: z.boolean().optional().describe("Whether VirusTotal stored the page content."),
  })
  .describe("Attributes of a URL object.");

const rankedValueSchema = z
  .looseObject({
    value: z.string().describe("Category or family name."),
    count: count("How many engines used it."),
  })
  .describe("A name with the number of engines that used it.");

/** `file` attributes (virustotal.md §2.6). */
export const fileAttributesSchema = z
  .looseObject({
    ...sharedAttributes(fileAnalysisStatsSchema, fileEngineResultSchema),
    md5: z.string().optional().describe("MD5 of the file, hex."),
    sha1: z.string().optional().describe("SHA-1 of the file, hex."),
    sha256: z.string().optional().describe("SHA-256 of the file, hex (the file's VirusTotal id)."),
    size: opt(count("File size in bytes.")),
    type_description: z.string().optional().describe("File type, e.g. Win32 EXE."),
    type_tag: z.string().optional().describe("Short file type tag, e.g. peexe."),
    type_extension: z.string().optional().describe("Usual extension of the type, e.g. exe."),
    type_tags: z.array(z.string()).optional().describe("File type tags."),
    meaningful_name: z.string().optional().describe("The most interesting of the file's names."),
    names: z.array(z.string()).optional().describe("Names the file was submitted with."),
    first_submission_date: opt(timestamp("First submission")),
    last_submission_date: opt(timestamp("Latest submission")),
    times_submitted: opt(count("How often the file was submitted.")),
    unique_sources: opt(count("Distinct submitters.")),
    creation_date: opt(timestamp("Build time from the file's metadata; may be forged")),
    popular_threat_classification: z
      .looseObject({
        suggested_threat_label: z.string().optional().describe("Suggested label, e.g. trojan.eicar/test."),
        popular_threat_category: z.array(rankedValueSchema).optional().describe("Categories by engine count."),
        popular_threat_name: z.array(rankedValueSchema).optional().describe("Family names by engine count."),
      })
      .optional()
      .describe("Threat classification aggregated from engine verdicts; only for detected files."),
  })
  .describe("Attributes of a file object.");

/** The `{ data: { id, type, links, attributes } }` envelope of one object. */
function reportSchema<A extends z.ZodType>(type: string, idText: string, attributes: A) {
  return z
    .looseObject({
      data: z
        .looseObject({
          id: z.string().describe(idText),
          type: z.literal(type).describe(`Object type, always "${type}".`),
          links: z
            .looseObject({ self: z.string().describe("API URL of the object.") })
            .optional()
            .describe("Links to the object."),
          attributes,
        })
        .describe("The object."),
    })
    .describe(`VirusTotal API v3 ${type} object response.`);
}

/** `GET /ip_addresses/{ip}` response. */
export const ipAddressReportSchema = reportSchema("ip_address", "The IP address.", ipAddressAttributesSchema);
/** `GET /domains/{domain}` response. */
export const domainReportSchema = reportSchema("domain", "The domain.", domainAttributesSchema);
/** `GET /urls/{base64url}` response; `data.id` is the SHA-256 of the canonical URL. */
export const urlReportSchema = reportSchema("url", "SHA-256 of the canonical URL (64 hex).", urlAttributesSchema);
/** `GET /files/{hash}` response; `data.id` is the SHA-256 even for an MD5 request. */
export const fileReportSchema = reportSchema("file", "SHA-256 of the file.", fileAttributesSchema);

/** Every error body: `{"error":{"code","message"}}` (virustotal.md §3). */
export const errorResponseSchema = z
  .looseObject({
    error: z
      .looseObject({
        code: z.string().describe("Error name to branch on, e.g. NotFoundError, QuotaExceededError."),
        message: z.string().describe("Free text; never parsed."),
      })
      .describe("The error."),
  })
  .describe("VirusTotal API v3 error response.");

/** A parsed report of any type. */
export type IpAddressReport = z.infer<typeof ipAddressReportSchema>;
export type DomainReport = z.infer<typeof domainReportSchema>;
export type UrlReport = z.infer<typeof urlReportSchema>;
export type FileReport = z.infer<typeof fileReportSchema>;
export type VtReport = IpAddressReport | DomainReport | UrlReport | FileReport;
export type AnalysisStats = z.infer<typeof analysisStatsSchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Every response and error schema by name, for `vendor.schemas` (the SDD appendix). */
export const vtSchemas = {
  IpAddressReport: ipAddressReportSchema,
  DomainReport: domainReportSchema,
  UrlReport: urlReportSchema,
  FileReport: fileReportSchema,
  ErrorResponse: errorResponseSchema,
} satisfies Record<string, z.ZodType>;
