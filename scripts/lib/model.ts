/**
 * `buildModel`: the definition → a plain, serializable `AppModel` (no functions, no Zod). Everything TcEx's
 * spec-tool derives (threatconnect.md §1.2, §2, §8) is derived here once: the `tc_action` Choice, flattened and
 * sequenced params, default playbookDataType/validValues, display clauses per action, JSON Schemas.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import {
  type AnyAppDefinition,
  describeOf,
  type LayoutSection,
  layoutSections,
  type ParamDef,
  type PlaybookDataType,
  type ReleaseNote,
} from "../../lib/define-app.js";
import { stableJson } from "./stable-json.js";
import type { ActionModel, AppModel, OutputModel, ParamModel, SampleRun } from "./types.js";

/** Inputs of `buildModel` that do not come from the definition. */
export interface BuildModelOptions {
  /** Definition path relative to the repo root, POSIX (e.g. `reference-app/src/app.ts`). */
  source: string;
  samples?: SampleRun[];
  /** Narrative prose by section file name without `.md` (e.g. `summary`); empty when none exist. */
  narrative?: Record<string, string>;
  /** Contracts stored under `<appDir>/contracts/`, any order. */
  storedContracts?: StoredContract[];
}

/** A contract file read back from `<appDir>/contracts/<version>.json`. */
export interface StoredContract {
  version: string;
  contract: Contract;
}

/** The machine-readable contract of one release: what playbooks depend on (see render/contract.ts). */
export interface Contract {
  appId: string;
  programVersion: string;
  params: { name: string; type: string; required: boolean; playbookDataType: string[]; validValues: string[] }[];
  actions: { name: string; indicatorTypes: string[]; outputs: string[] }[];
  outputs: { name: string; type: string; actions: string[] }[];
  /** Custom attribute types by name (the template depends on them). */
  types: { name: string; maxLength: number; indicators: string[] }[];
}

/**
 * The model plus inputs read from beside the definition (narrative prose, stored contracts). Kept out of
 * `definitionHash`. TODO(lead): fold `narrative` and `storedContracts` into `AppModel` in types.ts.
 */
export interface EnrichkitModel extends AppModel {
  narrative: Record<string, string>;
  storedContracts: StoredContract[];
  /** Inputs hash of the stored/collected samples (pipeline.ts); set only when `samples` came from a run. */
  samplesInputsHash?: string;
}

/** Narrative and stored contracts of a model; empty when the model came from elsewhere. */
export function extrasOf(model: AppModel): { narrative: Record<string, string>; storedContracts: StoredContract[] } {
  const m = model as Partial<EnrichkitModel>;
  return { narrative: m.narrative ?? {}, storedContracts: m.storedContracts ?? [] };
}

/** The app's folder, from the definition path: `reference-app/src/app.ts` → `reference-app`. */
export function appDirOf(model: Pick<AppModel, "source">): string {
  const parts = model.source.split("/");
  const src = parts.lastIndexOf("src");
  const dir = src > 0 ? parts.slice(0, src) : parts.slice(0, -1);
  return dir.join("/") || ".";
}

/** SQL string literal as SQLite reads it (quotes doubled). */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Display clause for a subset of actions; "" (always shown) when the subset is every action. */
export function displayClause(actions: readonly string[], allActions: readonly string[]): string {
  if (allActions.every((a) => actions.includes(a))) return "";
  return `tc_action in (${actions.map(sqlString).join(", ")})`;
}

/** Compares MAJOR.MINOR.PATCH strings numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(".").map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** JSON Schema of a Zod schema (zod 4 `z.toJSONSchema`); unrepresentable parts become `{}` instead of throwing. */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { unrepresentable: "any" }) as Record<string, unknown>;
}

const STRING_LIKE = new Set(["String", "KeyValueList", "EditChoice"]);

function defaultPlaybookDataType(p: ParamDef): PlaybookDataType[] {
  return p.playbookDataType ? [...p.playbookDataType] : STRING_LIKE.has(p.type) ? ["String"] : [];
}

function defaultValidValues(p: ParamDef): string[] {
  if (p.validValues) return [...p.validValues];
  if (p.type === "String" || p.type === "KeyValueList") return [p.encrypt ? "${KEYCHAIN}" : "${TEXT}"];
  return [];
}

function tcActionParam(actionNames: string[]): ParamDef {
  return {
    name: "tc_action",
    label: "Action",
    type: "Choice",
    section: "Action",
    required: true,
    validValues: actionNames,
    schema: z.enum(actionNames as [string, ...string[]]).describe("The action to run: one per indicator type."),
  };
}

function toParamModel(p: ParamDef, sequence: number, actionNames: string[]): ParamModel {
  const actions = p.actions ? [...p.actions] : [...actionNames];
  return {
    name: p.name,
    label: p.label,
    type: p.type,
    note: describeOf(p.schema),
    section: p.section,
    sequence,
    required: p.required ?? false,
    encrypt: p.encrypt ?? false,
    hidden: p.hidden ?? false,
    allowMultiple: p.allowMultiple ?? p.type === "MultiChoice",
    default: p.default,
    playbookDataType: defaultPlaybookDataType(p),
    validValues: defaultValidValues(p),
    viewRows: p.viewRows,
    display: p.display ?? displayClause(actions, actionNames),
    actions,
    jsonSchema: toJsonSchema(p.schema),
  };
}

/** Params flattened in section order (Action, Connection, Configure, Advanced), `tc_action` first, sequenced 1..n. */
export function buildParams(app: AnyAppDefinition): ParamModel[] {
  const actionNames = app.actions.map((a) => a.name);
  const rank = (s: LayoutSection) => layoutSections.indexOf(s);
  const ordered = [tcActionParam(actionNames), ...app.params.toSorted((a, b) => rank(a.section) - rank(b.section))];
  return ordered.map((p, i) => toParamModel(p, i + 1, actionNames));
}

function buildOutputs(app: AnyAppDefinition): OutputModel[] {
  const actionNames = app.actions.map((a) => a.name);
  return app.outputs.map((o) => {
    const actions = o.actions ? [...o.actions] : [...actionNames];
    return {
      name: o.name,
      type: o.type,
      description: describeOf(o.schema),
      actions,
      display: displayClause(actions, actionNames),
      jsonSchema: toJsonSchema(o.schema),
    };
  });
}

function buildActions(app: AnyAppDefinition, params: ParamModel[], outputs: OutputModel[]): ActionModel[] {
  return app.actions.map((a) => ({
    name: a.name,
    indicatorTypes: [...a.indicatorTypes],
    description: a.description,
    calls: a.calls.map((c) => ({ ...c, expectedStatus: [...c.expectedStatus] })),
    example: { ...a.example },
    params: params.filter((p) => p.actions.includes(a.name)).map((p) => p.name),
    outputs: outputs
      .filter((o) => o.actions.includes(a.name))
      .map((o) => `${o.name}!${o.type}`)
      .sort(),
  }));
}

function newestFirst(notes: readonly ReleaseNote[]): ReleaseNote[] {
  return notes
    .map((n) => ({ version: n.version, notes: [...n.notes] }))
    .sort((a, b) => compareVersions(b.version, a.version));
}

function buildVendor(app: AnyAppDefinition): AppModel["vendor"] {
  const v = app.vendor;
  const schemaNames = Object.keys(v.schemas).sort();
  return {
    name: v.name,
    product: v.product,
    site: v.site,
    apiVersion: v.apiVersion,
    baseUrl: v.baseUrl,
    auth: { ...v.auth },
    deployment: v.deployment,
    subscription: v.subscription,
    limits: { ...v.limits },
    contacts: v.contacts.map((c) => ({ ...c })),
    support: { ...v.support },
    egress: {
      fieldsSent: [...v.egress.fieldsSent],
      hosts: [...v.egress.hosts],
      policyUrl: v.egress.policyUrl,
      note: v.egress.note,
    },
    schemas: Object.fromEntries(schemaNames.map((name) => [name, toJsonSchema(v.schemas[name]!)])),
  };
}

/** sha256 (hex) of the canonical model JSON without the fields that do not come from the definition. */
export function hashModel(model: AppModel): string {
  const {
    definitionHash: _h,
    samples: _s,
    narrative: _n,
    storedContracts: _c,
    samplesInputsHash: _i,
    ...rest
  } = model as EnrichkitModel;
  return createHash("sha256").update(stableJson(rest)).digest("hex");
}

/** Builds the plain model every renderer reads. Pure. */
export function buildModel(app: AnyAppDefinition, options: BuildModelOptions): EnrichkitModel {
  const params = buildParams(app);
  const outputs = buildOutputs(app);
  const model: EnrichkitModel = {
    source: options.source,
    definitionHash: "",
    displayName: app.displayName,
    packageName: app.packageName,
    appId: app.appId,
    programVersion: app.programVersion,
    majorVersion: Number.parseInt(app.programVersion.split(".")[0] ?? "", 10),
    category: app.category,
    playbookType: app.playbookType,
    minServerVersion: app.minServerVersion,
    outputSlug: app.outputSlug,
    description: app.description,
    useCases: app.useCases.map((u) => ({ ...u })),
    valuePoints: [...app.valuePoints],
    nonGoals: [...app.nonGoals],
    releaseNotes: newestFirst(app.releaseNotes),
    vendor: buildVendor(app),
    indicatorParam: app.indicatorParam,
    params,
    actions: buildActions(app, params, outputs),
    outputs,
    mapping: app.mapping.map((m) => ({ ...m })),
    attributeTypes: app.attributeTypes.map((t) => ({ ...t, indicators: [...t.indicators] })),
    errors: app.errors.map((e) => ({ ...e })),
    assumptions: app.assumptions.map((a) => ({ ...a })),
    compatibility: { ...app.compatibility, instanceTypes: [...app.compatibility.instanceTypes] },
    samples: options.samples ?? [],
    narrative: options.narrative ?? {},
    storedContracts: options.storedContracts ?? [],
  };
  model.definitionHash = hashModel(model);
  return model;
}
