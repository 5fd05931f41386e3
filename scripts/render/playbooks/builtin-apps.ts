/**
 * The ThreatConnect built-in apps and operators the generated templates use, named exactly as public playbook
 * exports name them (pbx-anatomy.md §1, §6; threatconnect.md §7). `programName` is the install key and embeds the
 * major version; `programVersion` is the most common version seen in partner templates. Each entry lists every
 * param of that version because the exporter writes one `jobParameterList` entry per install.json param.
 */
import type { Assumption } from "../../../lib/define-app.js";

/** An app or operator as a template job references it. */
export interface BuiltinApp {
  programName: string;
  displayName: string;
  programVersion: string;
  /** Every param of that version, in the order exports list them. */
  params: readonly string[];
  /** Where the choice comes from. */
  source: string;
}

const EXPORTS = "ThreatConnect-Inc/threatconnect-playbooks @e8115975";

/** The built-in apps, by role in the template. */
export const builtinApps = {
  updateRating: {
    programName: "TCPB - UpdateRating v1.0",
    displayName: "Update ThreatConnect Threat Rating",
    programVersion: "1.0.11",
    params: ["source_entities", "rating", "field_type", "fail_on_error"],
    source: `${EXPORTS}: IPQualityScore IP Address Reputation template (pbx-anatomy.md §1.1)`,
  },
  updateConfidence: {
    programName: "TCPB - UpdateConfidence v1.0",
    displayName: "Update ThreatConnect Confidence Rating",
    programVersion: "1.0.11",
    params: ["source_entities", "confidence", "field_type", "fail_on_error"],
    source: `${EXPORTS}: False Positive Triage templates (pbx-anatomy.md §1.1)`,
  },
  tagCreate: {
    programName: "TCPB - TagCreate v1.0",
    displayName: "Create ThreatConnect Tag",
    programVersion: "1.0.11",
    params: ["entity", "tag", "fail_on_error"],
    source: `${EXPORTS}: IPQualityScore and PolySwarm 1.1.2 templates (pbx-anatomy.md §1.1)`,
  },
  addAttribute: {
    programName: "TCPB - AddAttribute v1.0",
    displayName: "Add ThreatConnect Attribute",
    programVersion: "1.0.11",
    params: ["source_entities", "attribute_types", "update_type", "apply_to_all", "fail_on_error"],
    source: `${EXPORTS}: HYAS, PolySwarm, Symantec and VMRay templates (pbx-anatomy.md §1.1)`,
  },
  jmesPath: {
    programName: "TCPB - JMESPath v3.0",
    displayName: "JMESPath",
    programVersion: "3.0.0",
    params: ["json_data", "string_expressions", "string_array_expressions", "strip_quotes"],
    source: `${EXPORTS}: HYAS, IPQualityScore and Symantec templates (pbx-anatomy.md §1.2)`,
  },
  threatConnectApi: {
    programName: "TCPB - ThreatConnect API v3",
    displayName: "ThreatConnect API",
    programVersion: "3.0.2",
    params: [
      "url",
      "http_method",
      "params",
      "headers",
      "body",
      "multipart",
      "urlencode_body",
      "exclude_null_parameters",
      "fail_on_error",
    ],
    source: `${EXPORTS} (pbx-anatomy.md §1.1 "Note / post"); POST /v3/posts per threatconnect-developer-docs posts`,
  },
  ifElse: {
    programName: "If / Else",
    displayName: "If / Else",
    programVersion: "1.0.0",
    params: ["operand_1", "operator", "operand_2", "as_numeric", "match_case"],
    source: `${EXPORTS}: platform operator in 77 exports (pbx-anatomy.md §1.2)`,
  },
  setVariable: {
    programName: "TCPB - SetVariable v1.0",
    displayName: "Set Variable",
    programVersion: "1.0.17",
    params: ["variable_mapping"],
    source: `${EXPORTS}: VMRay URL template (pbx-anatomy.md §1.2)`,
  },
  merge: {
    programName: "Merge",
    displayName: "Merge",
    programVersion: "1.0.0",
    params: ["output_array"],
    source: `${EXPORTS}: platform operator in 68 exports (pbx-anatomy.md §1.2)`,
  },
} as const satisfies Record<string, BuiltinApp>;

/** Role of a built-in app in the template. */
export type BuiltinRole = keyof typeof builtinApps;

/**
 * The choices the templates rest on, for the SDD's assumptions (SDD-17) and the docs. Ids start at P1 so they do
 * not collide with the definition's own A1…An.
 */
export const playbookAssumptions: readonly Assumption[] = [
  {
    id: "P1",
    text: "The app's job uses programName '<packageName without _v<major>, underscores as spaces> v<major>' (e.g. 'google virustotal enrichment v1'), as the TcEx spec-tool derives it; import resolves the app by this key.",
    status: "unverified",
    ref: "threatconnect.md §8 (--job-json programName); pbx-anatomy.md §1, §6.3",
  },
  {
    id: "P2",
    text: `Write-back apps: ${[builtinApps.updateRating, builtinApps.updateConfidence, builtinApps.tagCreate, builtinApps.addAttribute].map((a) => `'${a.programName}' ${a.programVersion}`).join(", ")}; the most common versions in public partner templates.`,
    status: "chosen",
    ref: "pbx-anatomy.md §1.1",
  },
  {
    id: "P3",
    text: "Add ThreatConnect Attribute receives the app's attributes KeyValueArray variable as its whole attribute_types value (keys are attribute type names).",
    status: "unverified",
    ref: "pbx-anatomy.md §1.1 (attribute_types is KV-JSON)",
  },
  {
    id: "P4",
    text: "The note is posted with ThreatConnect API v3 (POST /v3/posts, objectType Indicator, objectId from the trigger's TCEntity via JMESPath); no public export posts notes, and whether the platform escapes the note text inside the JSON body is not documented.",
    status: "unverified",
    ref: "pbx-anatomy.md §1.1 'Note / post on the indicator'",
  },
  {
    id: "P5",
    text: "The API key param references the organization keychain variable '<Vendor product> API Key'; create it before running the template (HYAS and Symantec templates do the same).",
    status: "chosen",
    ref: "pbx-anatomy.md §2.3 'API-key handling'",
  },
  {
    id: "P6",
    text: "The trigger's tip comes from a Merge whose m.result is the app's HTML summary on success and a Set Variable error text on the app's Fail path (Pass and Fail of one app never feed a Merge directly).",
    status: "chosen",
    ref: "pbx-anatomy.md §2.4 'Fail paths seen', 'Gotcha'",
  },
  {
    id: "P7",
    text: "appCatalogItem.id is omitted (instance-specific); import is assumed to resolve apps by programName and to remap job and trigger ids.",
    status: "unverified",
    ref: "pbx-anatomy.md §1, §4",
  },
];
