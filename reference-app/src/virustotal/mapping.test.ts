import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { app } from "../app.js";
import {
  buildEnrichment,
  buildTags,
  confidence,
  isoDate,
  notFoundEnrichment,
  threatRating,
  toStats,
  type VtStats,
  verdictTag,
  vtAttributeNames,
} from "./mapping.js";
import { fileReportSchema, ipAddressReportSchema, urlReportSchema, type VtReport } from "./schemas.js";

/** Stats from m, s, harmless, undetected (timeout 0). */
const st = (malicious: number, suspicious: number, harmless: number, undetected: number): VtStats => ({
  malicious,
  suspicious,
  harmless,
  undetected,
  timeout: 0,
});

type Case = [string, { given: { stats: VtStats; threshold?: number }; want: { rating: number; confidence: number } }];

const cases: Case[] = [
  ["no engines (n = 0)", { given: { stats: st(0, 0, 0, 0) }, want: { rating: 0, confidence: 0 } }],
  [
    "timeouts only still n = 0",
    { given: { stats: { ...st(0, 0, 0, 0), timeout: 9 } }, want: { rating: 0, confidence: 0 } },
  ],
  ["clean, 90 engines", { given: { stats: st(0, 0, 70, 20) }, want: { rating: 0, confidence: 90 } }],
  ["clean, 150 engines caps at 100", { given: { stats: st(0, 0, 100, 50) }, want: { rating: 0, confidence: 100 } }],
  ["one suspicious → 1", { given: { stats: st(0, 1, 60, 29) }, want: { rating: 1, confidence: 0 } }],
  ["one malicious → 1", { given: { stats: st(1, 0, 60, 39) }, want: { rating: 1, confidence: 1 } }],
  ["m+s = 4 → 1", { given: { stats: st(2, 2, 60, 36) }, want: { rating: 1, confidence: 2 } }],
  ["m+s = 5 → 2", { given: { stats: st(2, 3, 60, 35) }, want: { rating: 2, confidence: 2 } }],
  ["m = 4, s = 1 → 2", { given: { stats: st(4, 1, 60, 35) }, want: { rating: 2, confidence: 4 } }],
  ["m = 5 → 3", { given: { stats: st(5, 0, 60, 35) }, want: { rating: 3, confidence: 5 } }],
  ["m = 9 → 3", { given: { stats: st(9, 0, 60, 31) }, want: { rating: 3, confidence: 9 } }],
  [
    "m = T = 10, ratio < 0.5 → 4, confidence floor 30",
    { given: { stats: st(10, 0, 60, 30) }, want: { rating: 4, confidence: 30 } },
  ],
  [
    "m = 10 of n = 21 (ratio just under 0.5) → 4",
    { given: { stats: st(10, 0, 11, 0) }, want: { rating: 4, confidence: 48 } },
  ],
  [
    "m = 10 of n = 20 (ratio exactly 0.5) → 5",
    { given: { stats: st(10, 0, 10, 0) }, want: { rating: 5, confidence: 50 } },
  ],
  ["m = 62 of 70 → 5", { given: { stats: st(62, 0, 0, 8) }, want: { rating: 5, confidence: 89 } }],
  [
    "suspicious counts in n for the ratio rule",
    { given: { stats: st(10, 11, 0, 0) }, want: { rating: 4, confidence: 100 } },
  ],
  [
    "custom T = 3: m = 3, ratio 0.6 → 5",
    { given: { stats: st(3, 0, 2, 0), threshold: 3 }, want: { rating: 5, confidence: 60 } },
  ],
  [
    "custom T = 3: m = 3 of 90 → 4",
    { given: { stats: st(3, 0, 80, 7), threshold: 3 }, want: { rating: 4, confidence: 30 } },
  ],
  [
    "custom T = 20: m = 12 → 3",
    { given: { stats: st(12, 0, 50, 30), threshold: 20 }, want: { rating: 3, confidence: 13 } },
  ],
];

describe("threat rating and confidence (mapping table rules)", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect({
      rating: threatRating(given.stats, given.threshold),
      confidence: confidence(given.stats, given.threshold),
    }).toEqual(want);
  });
});

describe("tags", () => {
  it.each([
    [5, 70, "VirusTotal: Malicious"],
    [4, 70, "VirusTotal: Malicious"],
    [3, 70, "VirusTotal: Suspicious"],
    [1, 70, "VirusTotal: Suspicious"],
    [0, 70, "VirusTotal: Clean"],
    [0, 0, undefined],
  ])("rating %i of %i engines → %s", (rating, total, want) => {
    expect(verdictTag(rating, total)).toBe(want);
  });

  it("keeps VirusTotal tags, drops duplicates, empties and tags over 128 characters", () => {
    expect(buildTags(["peexe", "peexe", "", "x".repeat(129), "y".repeat(128)], 4, 70)).toEqual([
      "peexe",
      "y".repeat(128),
      "VirusTotal: Malicious",
    ]);
    expect(buildTags(undefined, 0, 0)).toEqual([]);
  });
});

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), "utf8")).body;

describe("buildEnrichment from fixtures", () => {
  it("maps the malicious-ish IP address", () => {
    const report = ipAddressReportSchema.parse(fixture("ip_address-198.51.100.7")) as VtReport;
    const e = buildEnrichment("Address", "198.51.100.7", report);
    expect(e).toMatchObject({
      rating: 4,
      confidence: 30,
      total: 94,
      reputation: -7,
      stats: { malicious: 12, suspicious: 2, harmless: 58, undetected: 22, timeout: 0 },
      tags: ["scanner", "VirusTotal: Malicious"],
      link: "https://www.virustotal.com/gui/ip-address/198.51.100.7",
      details: { country: "NL", as_owner: "EXAMPLE-HOSTING-AS" },
    });
    expect(e.attributes).toEqual([
      { key: "VirusTotal Detection Ratio", value: "12/94" },
      { key: "VirusTotal Reputation", value: "-7" },
      { key: "VirusTotal Last Analysis", value: "2024-05-29T16:26:40Z" },
      { key: "VirusTotal Link", value: "https://www.virustotal.com/gui/ip-address/198.51.100.7" },
    ]);
    expect(e.note.split("\n")).toEqual([
      "VirusTotal lookup of Address 198.51.100.7",
      "Detections: 12/94 malicious, 2 suspicious, 58 harmless, 22 undetected",
      "Threat rating: 4 of 5, confidence 30",
      "Community reputation: -7",
      "Last analysis: 2024-05-29T16:26:40Z",
      "Link: https://www.virustotal.com/gui/ip-address/198.51.100.7",
    ]);
  });

  it("maps the file: SHA-256 link and details, threat label as Description", () => {
    const report = fileReportSchema.parse(fixture("file-44d88612fea8a8f36de82e1278abb02f")) as VtReport;
    const e = buildEnrichment("File", "44d88612fea8a8f36de82e1278abb02f", report);
    const sha = "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f";
    expect(e).toMatchObject({ rating: 5, confidence: 89, total: 70 });
    expect(e.details).toEqual({ sha256: sha, type: "Text", threat_label: "virus.eicar/test" });
    expect(e.link).toBe(`https://www.virustotal.com/gui/file/${sha}`);
    expect(e.attributes.at(-1)).toEqual({ key: "Description", value: "VirusTotal threat label: virus.eicar/test" });
  });

  it("maps the URL with its final URL and the SHA-256 GUI link", () => {
    const report = urlReportSchema.parse(fixture("url-phish.example.org")) as VtReport;
    const e = buildEnrichment("URL", "http://phish.example.org/login", report);
    expect(e.details).toEqual({ final_url: "http://phish.example.org/login/verify.php" });
    expect(e.link).toBe(`https://www.virustotal.com/gui/url/${report.data.id}`);
    expect(e.rating).toBe(5);
  });

  it("a 404 is rating 0, confidence 0 and never tagged clean", () => {
    const e = notFoundEnrichment("Host", "unknown.example.com");
    expect(e).toMatchObject({ rating: 0, confidence: 0, total: 0, tags: [], attributes: [] });
    expect(e.note).toContain("not a clean verdict");
  });

  it("missing stats count as no analysis", () => {
    expect(toStats(undefined)).toEqual(st(0, 0, 0, 0));
    expect(isoDate(0)).toBe("1970-01-01T00:00:00Z");
  });
});

describe("attribute names", () => {
  it("match the app's custom attribute types", () => {
    const custom = Object.values(vtAttributeNames).filter((n) => n !== "Description");
    expect(custom.toSorted()).toEqual(app.attributeTypes.map((a) => a.name).toSorted());
  });
});
