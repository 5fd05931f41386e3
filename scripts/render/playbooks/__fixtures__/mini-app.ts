/**
 * A small but complete definition for renderer and package tests: two actions (one with two indicator types),
 * the `<slug>.results.*` outputs the template reads, and an encrypted API key param.
 */
import { z } from "zod";
import { defineApp, type ItemResultBase, type OutputDef } from "../../../../lib/define-app.js";

type Result = ItemResultBase & { rating?: number };

const out = (name: string, type: OutputDef<Result>["type"], actions?: string[]): OutputDef<Result> => ({
  name,
  type,
  actions,
  schema: z.string().describe(`The ${name} output.`),
  value: () => undefined,
});

/** The fixture definition. */
export const miniApp = defineApp<Record<string, unknown>, Result>({
  displayName: "Acme Intel Enrichment",
  packageName: "acme_intel_enrichment_v2",
  appId: "00000000-0000-4000-8000-000000000001",
  programVersion: "2.1.0",
  category: "Data Enrichment",
  playbookType: "Data Enrichment",
  minServerVersion: "7.2.0",
  outputSlug: "acme",
  description: "Looks up indicators in Acme Intel.",
  useCases: [{ title: "Triage", story: "An analyst enriches an address." }],
  valuePoints: ["One click"],
  nonGoals: ["No writes"],
  releaseNotes: [
    { version: "2.1.0", notes: ["Adds Host."] },
    { version: "2.0.0", notes: ["New API."] },
  ],
  vendor: {
    name: "Acme",
    product: "Acme Intel",
    site: "https://acme.example",
    apiVersion: "v1",
    baseUrl: "https://api.acme.example/v1",
    auth: { header: "x-api-key", param: "api_key" },
    deployment: "SaaS",
    subscription: "An Acme Intel key.",
    limits: { ratePerMinute: 60, timeoutMs: 10_000, retries: 2, concurrency: 2, maxIndicatorsPerRun: 100, note: "" },
    contacts: [{ name: "Acme Support", role: "Tech", email: "support@acme.example" }],
    support: { contact: "support@acme.example", portal: "https://acme.example/support", hours: "24/7" },
    egress: {
      fieldsSent: ["indicator"],
      hosts: ["api.acme.example:443"],
      policyUrl: "https://acme.example/privacy",
      note: "",
    },
    schemas: { Report: z.object({ score: z.number() }).describe("A report.") },
  },
  indicatorParam: "indicator",
  params: [
    {
      name: "indicator",
      label: "Indicator",
      type: "String",
      section: "Action",
      required: true,
      schema: z.string().describe("The indicator."),
    },
    {
      name: "api_key",
      label: "API Key",
      type: "String",
      section: "Connection",
      required: true,
      encrypt: true,
      schema: z.string().describe("The key."),
    },
    {
      name: "verify_ssl",
      label: "Verify SSL",
      type: "Boolean",
      section: "Advanced",
      default: true,
      schema: z.boolean().describe("Verify TLS."),
    },
    {
      name: "hidden_knob",
      label: "Hidden",
      type: "String",
      section: "Advanced",
      hidden: true,
      schema: z.string().describe("Hidden."),
    },
  ],
  actions: [
    {
      name: "Enrich Network",
      indicatorTypes: ["Address", "Host"],
      description: "Addresses and hosts.",
      calls: [{ method: "GET", path: "/network/{value}", purpose: "lookup", expectedStatus: [200] }],
      example: { indicator: "198.51.100.1", fixture: "network" },
    },
    {
      name: "Enrich File",
      indicatorTypes: ["File", "Address"],
      description: "Hashes.",
      calls: [{ method: "GET", path: "/files/{hash}", purpose: "lookup", expectedStatus: [200] }],
      example: { indicator: "44d88612fea8a8f36de82e1278abb02f", fixture: "file" },
    },
  ],
  outputs: [
    out("acme.results.status", "String"),
    out("acme.results.status.message", "String"),
    out("acme.results.rating", "String"),
    out("acme.results.confidence", "String", ["Enrich Network"]),
    out("acme.results.tags", "StringArray"),
    out("acme.results.attributes", "KeyValueArray"),
    out("acme.results.note", "String"),
    out("acme.results.summary.html", "String"),
  ],
  mapping: [],
  attributeTypes: [{ name: "Acme Score", description: "Score.", maxLength: 10, indicators: ["Address"] }],
  errors: [],
  assumptions: [],
  compatibility: { instanceTypes: ["Cloud"], offlineInstall: true, node: ">=20" },
  enrich: async (indicator) => ({ indicator: indicator.value, status: "ok", message: "ok" }),
  classify: () => "Address",
  invalidResult: (indicator, errorClass, message) => ({
    indicator: indicator.value,
    status: "invalid",
    message,
    errorClass,
  }),
});
