/**
 * VirusTotal report → ThreatConnect data: threat rating, confidence, tags, attributes, note, link and per-type
 * details. Pure functions; the rules are the ones app.ts prints in its mapping table (virustotal.md §6 "Proposal").
 */
import { guiLink, type VtIndicatorType } from "./indicators.js";
import type { AnalysisStats, FileReport, VtReport } from "./schemas.js";

/** Engine counts the outputs carry. */
export interface VtStats {
  malicious: number;
  suspicious: number;
  harmless: number;
  undetected: number;
  timeout: number;
}

/** Everything the app writes for one enriched (or not found) indicator. */
export interface VtEnrichment {
  /** ThreatConnect threat rating 0–5. */
  rating: number;
  /** ThreatConnect confidence 0–100. */
  confidence: number;
  stats: VtStats;
  /** n = harmless + undetected + malicious + suspicious (engines that gave a verdict). */
  total: number;
  reputation?: number;
  tags: string[];
  attributes: { key: string; value: string }[];
  note: string;
  link: string;
  details: Record<string, string | undefined>;
}

/** Attribute type names; must equal `app.attributeTypes` (a test checks) plus the standard `Description`. */
export const vtAttributeNames = {
  detectionRatio: "VirusTotal Detection Ratio",
  reputation: "VirusTotal Reputation",
  lastAnalysis: "VirusTotal Last Analysis",
  link: "VirusTotal Link",
  description: "Description",
} as const;

/** Default Malicious Threshold (T), the XSOAR malicious default. */
export const DEFAULT_MALICIOUS_THRESHOLD = 10;
const TAG_MAX_LENGTH = 128;

/** Missing stats count as zero engines (no analysis yet). */
export function toStats(stats: Partial<AnalysisStats> | undefined): VtStats {
  return {
    malicious: stats?.malicious ?? 0,
    suspicious: stats?.suspicious ?? 0,
    harmless: stats?.harmless ?? 0,
    undetected: stats?.undetected ?? 0,
    timeout: stats?.timeout ?? 0,
  };
}

/** n: engines that reached a verdict (timeouts and file-only failure keys excluded). */
export function engineTotal(s: VtStats): number {
  return s.harmless + s.undetected + s.malicious + s.suspicious;
}

/** Threat rating by the first matching rule; see the `Indicator.rating` row of the mapping table. */
export function threatRating(s: VtStats, threshold = DEFAULT_MALICIOUS_THRESHOLD): number {
  const n = engineTotal(s);
  const m = s.malicious;
  if (n === 0) return 0;
  if (m >= threshold && m / n >= 0.5) return 5;
  if (m >= threshold) return 4;
  if (m >= 5) return 3;
  if (m + s.suspicious >= 5) return 2;
  if (m + s.suspicious >= 1) return 1;
  return 0;
}

/** Confidence 0–100; see the `Indicator.confidence` row of the mapping table. */
export function confidence(s: VtStats, threshold = DEFAULT_MALICIOUS_THRESHOLD): number {
  const n = engineTotal(s);
  if (n === 0) return 0;
  if (s.malicious + s.suspicious === 0) return Math.min(100, n);
  const decided = s.malicious + s.harmless + s.undetected;
  const ratio = decided === 0 ? 0 : Math.round((100 * s.malicious) / decided);
  return s.malicious >= threshold ? Math.max(30, ratio) : ratio;
}

/** `VirusTotal: Malicious|Suspicious|Clean`; none when no engine analysed the indicator. */
export function verdictTag(rating: number, total: number): string | undefined {
  if (total === 0) return undefined;
  if (rating >= 4) return "VirusTotal: Malicious";
  return rating >= 1 ? "VirusTotal: Suspicious" : "VirusTotal: Clean";
}

/** VirusTotal tags (deduplicated; longer than ThreatConnect's 128 characters dropped) plus the verdict tag. */
export function buildTags(vtTags: readonly string[] | undefined, rating: number, total: number): string[] {
  const tags = new Set((vtTags ?? []).filter((t) => t.length > 0 && t.length <= TAG_MAX_LENGTH));
  const verdict = verdictTag(rating, total);
  if (verdict) tags.add(verdict);
  return [...tags];
}

/** Unix seconds → `2024-05-29T16:26:40Z`. */
export function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, "Z");
}

interface Facts {
  type: VtIndicatorType;
  value: string;
  stats: VtStats;
  total: number;
  rating: number;
  confidence: number;
  reputation?: number;
  lastAnalysisDate?: number;
  threatLabel?: string;
  link: string;
}

/** Attributes as KeyValueArray entries, in the mapping table's order. */
export function buildAttributes(f: Facts): { key: string; value: string }[] {
  const attributes: { key: string; value: string }[] = [
    { key: vtAttributeNames.detectionRatio, value: `${f.stats.malicious}/${f.total}` },
  ];
  if (f.reputation !== undefined) attributes.push({ key: vtAttributeNames.reputation, value: String(f.reputation) });
  if (f.lastAnalysisDate !== undefined) {
    attributes.push({ key: vtAttributeNames.lastAnalysis, value: isoDate(f.lastAnalysisDate) });
  }
  attributes.push({ key: vtAttributeNames.link, value: f.link });
  if (f.threatLabel)
    attributes.push({ key: vtAttributeNames.description, value: `VirusTotal threat label: ${f.threatLabel}` });
  return attributes;
}

/** Plain-text note, one line per fact. */
export function buildNote(f: Facts): string {
  const s = f.stats;
  const lines = [
    `VirusTotal lookup of ${f.type} ${f.value}`,
    `Detections: ${s.malicious}/${f.total} malicious, ${s.suspicious} suspicious, ${s.harmless} harmless, ${s.undetected} undetected`,
    `Threat rating: ${f.rating} of 5, confidence ${f.confidence}`,
  ];
  if (f.reputation !== undefined) lines.push(`Community reputation: ${f.reputation}`);
  if (f.lastAnalysisDate !== undefined) lines.push(`Last analysis: ${isoDate(f.lastAnalysisDate)}`);
  if (f.threatLabel) lines.push(`Threat label: ${f.threatLabel}`);
  lines.push(`Link: ${f.link}`);
  return lines.join("\n");
}

/** Type-specific facts the action outputs carry. */
export function buildDetails(type: VtIndicatorType, report: VtReport): Record<string, string | undefined> {
  const a = report.data.attributes as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
  switch (type) {
    case "Address":
      return { country: text(a.country), as_owner: text(a.as_owner) };
    case "Host":
      return { registrar: text(a.registrar) };
    case "URL":
      return { final_url: text(a.last_final_url) };
    case "File": {
      const file = report as FileReport;
      return {
        sha256: text(file.data.attributes.sha256) ?? file.data.id,
        type: text(file.data.attributes.type_description),
        threat_label: text(file.data.attributes.popular_threat_classification?.suggested_threat_label),
      };
    }
  }
}

/** The full enrichment of a found indicator. */
export function buildEnrichment(
  type: VtIndicatorType,
  value: string,
  report: VtReport,
  threshold = DEFAULT_MALICIOUS_THRESHOLD,
): VtEnrichment {
  const attrs = report.data.attributes;
  const stats = toStats(attrs.last_analysis_stats);
  const details = buildDetails(type, report);
  const facts: Facts = {
    type,
    value,
    stats,
    total: engineTotal(stats),
    rating: threatRating(stats, threshold),
    confidence: confidence(stats, threshold),
    reputation: attrs.reputation,
    lastAnalysisDate: attrs.last_analysis_date,
    threatLabel: details.threat_label,
    link: guiLink(type, value, report.data.id),
  };
  return {
    rating: facts.rating,
    confidence: facts.confidence,
    stats,
    total: facts.total,
    reputation: facts.reputation,
    tags: buildTags(attrs.tags, facts.rating, facts.total),
    attributes: buildAttributes(facts),
    note: buildNote(facts),
    link: facts.link,
    details,
  };
}

/** A 404: rating 0, confidence 0, no verdict tag (unknown is never clean), a note saying so. */
export function notFoundEnrichment(type: VtIndicatorType, value: string): VtEnrichment {
  const link = guiLink(type, value);
  return {
    rating: 0,
    confidence: 0,
    stats: toStats(undefined),
    total: 0,
    tags: [],
    attributes: [],
    note: `VirusTotal lookup of ${type} ${value}\nNot found: VirusTotal has no report for it (this is not a clean verdict).\nLink: ${link}`,
    link,
    details: {},
  };
}
