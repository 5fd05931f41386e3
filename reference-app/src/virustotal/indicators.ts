/**
 * Indicator text → ThreatConnect indicator type, VirusTotal API path and GUI link (virustotal.md §1, §5, §7).
 * Validating before the call saves quota: VirusTotal's answer to a malformed id is undocumented.
 */
import { isIP } from "node:net";

/** The indicator types VirusTotal can look up, with the API collection and GUI segment of each. */
export const vtIndicatorKinds = {
  Address: { collection: "ip_addresses", objectType: "ip_address", gui: "ip-address", schema: "IpAddressReport" },
  Host: { collection: "domains", objectType: "domain", gui: "domain", schema: "DomainReport" },
  URL: { collection: "urls", objectType: "url", gui: "url", schema: "UrlReport" },
  File: { collection: "files", objectType: "file", gui: "file", schema: "FileReport" },
} as const;

/** An indicator type this app can enrich. */
export type VtIndicatorType = keyof typeof vtIndicatorKinds;

/** VirusTotal's GUI; links are built here, not from the configurable API URL. */
export const VT_GUI_BASE = "https://www.virustotal.com/gui";

const HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i;
// RFC 1123 labels (underscore tolerated, as seen in real DNS), at least two labels, alphabetic or punycode TLD.
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

/** True for an http(s) URL with a host. */
function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    return new URL(text).hostname.length > 0;
  } catch {
    return false;
  }
}

/** Classifies indicator text: IPv4/IPv6 → Address, http(s) URL → URL, MD5/SHA-1/SHA-256 → File, domain → Host. */
export function classifyIndicator(text: string): VtIndicatorType | undefined {
  const value = text.trim();
  if (value === "") return undefined;
  if (isIP(value)) return "Address";
  if (isHttpUrl(value)) return "URL";
  if (HASH.test(value)) return "File";
  if (DOMAIN.test(value)) return "Host";
  return undefined;
}

/** Narrows a ThreatConnect type name (e.g. from a TCEntity) to one this app enriches. */
export function isVtIndicatorType(type: string | undefined): type is VtIndicatorType {
  return type !== undefined && Object.hasOwn(vtIndicatorKinds, type);
}

/** VirusTotal's URL identifier: unpadded URL-safe base64 of the UTF-8 URL (RFC 4648 §5; virustotal.md §1). */
export function urlId(url: string): string {
  return Buffer.from(url, "utf8").toString("base64url");
}

/** The value as VirusTotal's path id: hashes and domains lower-cased, URLs base64url-encoded. */
export function lookupId(type: VtIndicatorType, value: string): string {
  const trimmed = value.trim();
  if (type === "URL") return urlId(trimmed);
  return type === "Address" ? trimmed : trimmed.toLowerCase();
}

/** Percent-encodes a path segment but keeps IPv6 colons readable (":" is legal in a path segment). */
function pathSegment(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ":");
}

/** API path relative to the base URL, e.g. `/ip_addresses/198.51.100.7`. */
export function reportPath(type: VtIndicatorType, value: string): string {
  return `/${vtIndicatorKinds[type].collection}/${pathSegment(lookupId(type, value))}`;
}

/**
 * Link to the indicator in the VirusTotal GUI (virustotal.md §5). `id` is the response's `data.id` (the SHA-256 for
 * URLs and files); without it URLs fall back to the base64url id and files to the queried hash.
 */
export function guiLink(type: VtIndicatorType, value: string, id?: string): string {
  return `${VT_GUI_BASE}/${vtIndicatorKinds[type].gui}/${pathSegment(id ?? lookupId(type, value))}`;
}
