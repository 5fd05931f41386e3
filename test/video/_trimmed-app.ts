/**
 * A trimmed definition for the video tests: two actions, four params, a few outputs and mapping rows. Small enough
 * that a 2–3 slide video builds in seconds; shaped like the reference app so the renderer sees every feature.
 */
import { z } from "zod";
import { defineApp, type ItemResultBase } from "../../lib/define-app.js";
import { buildModel } from "../../scripts/lib/model.js";
import type { AppModel, SampleRun } from "../../scripts/lib/types.js";

const ADDRESS = "Lookup Address";
const FILE = "Lookup File";

const item = (result: ItemResultBase) => ({ ...result });

/** The trimmed definition; `overrides` replace top-level fields (e.g. a changed description). */
export function trimmedApp(overrides: Partial<Parameters<typeof defineApp>[0]> = {}) {
  return defineApp<Record<string, unknown>, ItemResultBase>({
    displayName: "Acme Lookup Enrichment",
    packageName: "acme_lookup_enrichment_v1",
    appId: "0f0e7a52-3f5d-4b55-8c3e-5a1b2c3d4e5f",
    programVersion: "1.2.0",
    category: "Data Enrichment",
    playbookType: "Data Enrichment",
    minServerVersion: "7.4.0",
    outputSlug: "acme",
    description: "Looks up an Address or File indicator in Acme Lookup and returns a rating and tags.",
    useCases: [{ title: "Triage an address", story: "An analyst enriches an address from its indicator page." }],
    valuePoints: ["One click from any Address or File"],
    nonGoals: ["Submits nothing for scanning"],
    releaseNotes: [{ version: "1.2.0", notes: ["Adds File lookups."] }],
    vendor: {
      name: "Acme",
      product: "Acme Lookup",
      site: "https://acme.example",
      apiVersion: "v2",
      baseUrl: "https://api.acme.example/v2",
      auth: { header: "x-acme-key", param: "api_key" },
      deployment: "SaaS",
      subscription: "An Acme Lookup API key.",
      limits: {
        ratePerMinute: 30,
        timeoutMs: 10_000,
        retries: 2,
        concurrency: 2,
        maxIndicatorsPerRun: 100,
        note: "30 requests per minute.",
      },
      contacts: [{ name: "Acme Integrations", role: "Tech", email: "integrations@acme.example" }],
      support: {
        contact: "support@acme.example",
        portal: "https://support.acme.example",
        hours: "Mon–Fri 09:00–17:00 UTC",
      },
      egress: {
        fieldsSent: ["the indicator value"],
        hosts: ["api.acme.example:443"],
        policyUrl: "https://acme.example/privacy",
        note: "Lookups only.",
      },
      schemas: { report: z.object({ score: z.number() }).describe("A report.") },
    },
    indicatorParam: "indicator",
    params: [
      {
        name: "indicator",
        label: "Indicator",
        type: "String",
        section: "Action",
        required: true,
        schema: z.string().describe("The indicator to look up."),
      },
      {
        name: "api_key",
        label: "API Key",
        type: "String",
        section: "Connection",
        required: true,
        encrypt: true,
        schema: z.string().describe("Your Acme Lookup API key."),
      },
      {
        name: "verify_ssl",
        label: "Verify SSL",
        type: "Boolean",
        section: "Advanced",
        default: true,
        schema: z.boolean().describe("Verify TLS."),
      },
    ],
    actions: [
      {
        name: ADDRESS,
        indicatorTypes: ["Address"],
        description: "Look up an IP address.",
        calls: [{ method: "GET", path: "/ip/{ip}", purpose: "IP report", expectedStatus: [200, 404] }],
        example: { indicator: "198.51.100.7", fixture: "ip-198.51.100.7" },
      },
      {
        name: FILE,
        indicatorTypes: ["File"],
        description: "Look up a file hash.",
        calls: [{ method: "GET", path: "/file/{hash}", purpose: "File report", expectedStatus: [200, 404] }],
        example: { indicator: "44d88612fea8a8f36de82e1278abb02f", fixture: "file-44d886" },
      },
    ],
    outputs: [
      {
        name: "acme.results.rating",
        type: "String",
        schema: z.string().describe("Threat rating 0 to 5."),
        value: () => undefined,
      },
      {
        name: "acme.results.tags",
        type: "StringArray",
        schema: z.array(z.string()).describe("Tags."),
        value: () => undefined,
      },
      {
        name: "acme.results.address.country",
        type: "String",
        actions: [ADDRESS],
        schema: z.string().describe("Country."),
        value: () => undefined,
      },
      {
        name: "acme.results.summary.html",
        type: "String",
        schema: z.string().describe("HTML summary."),
        value: () => undefined,
      },
    ],
    mapping: [
      { source: "score", target: "Indicator.rating", output: "acme.results.rating", rule: "score / 20, rounded" },
      { source: "labels[]", target: "Indicator.tags", output: "acme.results.tags", rule: "copied as-is" },
    ],
    attributeTypes: [
      { name: "Acme Score", description: "Acme's score.", maxLength: 8, indicators: ["Address", "File"] },
    ],
    errors: [],
    assumptions: [],
    compatibility: { instanceTypes: ["Cloud", "On-prem"], offlineInstall: false, node: ">=20" },
    enrich: async (indicator) => item({ indicator: indicator.value, status: "ok", message: "ok" }),
    classify: () => "Address",
    invalidResult: (indicator, errorClass, message) =>
      item({ indicator: indicator.value, status: "invalid", message, errorClass }),
    ...overrides,
  });
}

/** A recorded run of the Address example, as the emulator reports it. */
export const addressSample: SampleRun = {
  action: ADDRESS,
  indicator: "198.51.100.7",
  fixture: "ip-198.51.100.7",
  exitCode: 0,
  messageTc: "Enriched 1 of 1 indicators.",
  outputs: {
    "acme.results.address.country!String": "NL",
    "acme.results.rating!String": "4",
    "acme.results.summary.html!String": `<table>${"<tr><td>x</td></tr>".repeat(40)}</table>`,
    "acme.results.tags!StringArray": ["botnet", "Acme: Malicious"],
  },
};

/** The model of the trimmed app (Address sample collected, File sample not). */
export function trimmedModel(overrides: Parameters<typeof trimmedApp>[0] = {}): AppModel {
  return buildModel(trimmedApp(overrides), { source: "test/video/_trimmed-app.ts", samples: [addressSample] });
}
