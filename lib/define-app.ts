/**
 * `defineApp` — the one typed source of an Enrichkit integration.
 *
 * Everything Enrichkit generates (install.json, layout.json, README, SDD, docs, slide, playbook templates, video)
 * and everything the runtime does (param validation, output writing) reads the object returned here. User-facing
 * text lives in Zod `.describe()` so generated docs read exactly what the code validates.
 *
 * Vocabulary follows ThreatConnect (shared/platform/threatconnect.md §1–§4): params are snake_case, outputs are
 * dotted lower case, types use the platform's names (`PlaybookDataType`, `TcParamType`, `IndicatorType`).
 */
import type { z } from "zod";

/** Playbook variable types (threatconnect.md §3.1). */
export const playbookDataTypes = [
  "String",
  "StringArray",
  "Binary",
  "BinaryArray",
  "KeyValue",
  "KeyValueArray",
  "TCEntity",
  "TCEntityArray",
  "TCEnhancedEntity",
  "TCEnhancedEntityArray",
] as const;
export type PlaybookDataType = (typeof playbookDataTypes)[number];

/** install.json `params[].type` (threatconnect.md §1.2). */
export type TcParamType =
  | "Boolean"
  | "Choice"
  | "EditChoice"
  | "KeyValueList"
  | "MultiChoice"
  | "String"
  | "StringMixed";

/** Layout sections in the order TcEx creates them (threatconnect.md §2). */
export const layoutSections = ["Action", "Connection", "Configure", "Advanced"] as const;
export type LayoutSection = (typeof layoutSections)[number];

/** Indicator types a UserAction trigger can pass (threatconnect.md §6). */
export type IndicatorType =
  | "Address"
  | "EmailAddress"
  | "File"
  | "Host"
  | "URL"
  | "ASN"
  | "CIDR"
  | "Mutex"
  | "Registry Key"
  | "User Agent";

/** Exit codes of a Playbook App (threatconnect.md §3.4). */
export const ExitCode = { Success: 0, Failure: 1, FailNoRetry: 4 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** One input param. Its Zod schema validates the resolved value and carries the help note in `.describe()`. */
export interface ParamDef {
  /** install.json `name`: snake_case, unique. */
  name: string;
  label: string;
  type: TcParamType;
  /** Validates the value after playbook variables are resolved; `.describe()` is the UI help note. */
  schema: z.ZodType;
  section: LayoutSection;
  required?: boolean;
  /** Stored in the keychain; never logged (masked), never written to an output. */
  encrypt?: boolean;
  default?: string | boolean;
  /** Allowed incoming variable types; defaults to `["String"]` for String/KeyValueList/EditChoice. */
  playbookDataType?: PlaybookDataType[];
  /** Choice options or variable expressions; defaults to `${TEXT}` / `${KEYCHAIN}` where TcEx adds them. */
  validValues?: string[];
  hidden?: boolean;
  allowMultiple?: boolean;
  viewRows?: number;
  /** Actions that show this param; omitted = every action. Becomes the layout display clause. */
  actions?: readonly string[];
  /** Explicit display clause (SQL WHERE over param names); overrides `actions`. */
  display?: string;
}

/** One action (`tc_action` value). */
export interface ActionDef {
  /** The `tc_action` choice, e.g. "Enrich Address". */
  name: string;
  /** Indicator types this action accepts. */
  indicatorTypes: readonly IndicatorType[];
  description: string;
  /** Vendor calls made per indicator (SDD endpoint table, egress list). */
  calls: readonly VendorCall[];
  /** A worked example used by docs, tests and the video: indicator text and the fixture it replays. */
  example: { indicator: string; fixture: string };
}

export interface VendorCall {
  method: "GET" | "POST";
  /** Path template relative to `vendor.baseUrl`, e.g. `/ip_addresses/{ip}`. */
  path: string;
  purpose: string;
  expectedStatus: readonly number[];
}

/**
 * One output variable exactly as install.json lists it. `value` computes it from the per-indicator results;
 * returning `undefined` means "not written" (TcEx skips nulls).
 */
export interface OutputDef<R> {
  /** `<slug>.<data type>[.<sub>].<descriptor>[.<content type>]`, lower case. */
  name: string;
  type: PlaybookDataType;
  /** Shape of the value; `.describe()` is the documented description. */
  schema: z.ZodType;
  /** Actions that produce it; omitted = every action. */
  actions?: readonly string[];
  value: (results: readonly R[]) => unknown;
}

/** A row of the declarative mapping table printed by the SDD and the docs. */
export interface MappingRow {
  /** Field in the vendor response (dotted path) or a derived value. */
  source: string;
  /** ThreatConnect object and field, e.g. `Indicator.rating`. */
  target: string;
  /** Output variable that carries it. */
  output: string;
  rule: string;
}

/** A custom attribute type shipped with the integration (threatconnect.md §6 Attributes). */
export interface AttributeTypeDef {
  name: string;
  description: string;
  maxLength: number;
  indicators: readonly IndicatorType[];
  allowMarkdown?: boolean;
  errorMessage?: string;
}

export interface ErrorDef {
  /** Stable class name, e.g. `WrongCredentials`. */
  class: string;
  /** What triggers it: vendor status/code, validation, transport. */
  match: string;
  exitCode: ExitCode;
  retryable: boolean;
  /** The exact `message.tc` text (with `{placeholders}`). */
  message: string;
  cause: string;
  fix: string;
}

export interface Assumption {
  id: string;
  text: string;
  status: "confirmed" | "unverified" | "chosen";
  ref: string;
}

export interface ReleaseNote {
  version: string;
  notes: readonly string[];
}

export interface VendorDef {
  name: string;
  product: string;
  site: string;
  apiVersion: string;
  baseUrl: string;
  /** Header that carries the key and the param that supplies it. */
  auth: { header: string; param: string };
  deployment: "SaaS" | "on-prem";
  subscription: string;
  /** Documented limits; the runtime's client-side limiter defaults to `ratePerMinute`. */
  limits: {
    ratePerMinute: number;
    quotaPerDay?: number;
    timeoutMs: number;
    retries: number;
    concurrency: number;
    maxIndicatorsPerRun: number;
    note: string;
  };
  contacts: readonly { name: string; role: string; email: string }[];
  support: { contact: string; portal: string; hours: string };
  /** What leaves the customer's network (SDD privacy section). */
  egress: { fieldsSent: readonly string[]; hosts: readonly string[]; policyUrl: string; note: string };
  /** Zod schemas of every response and error body, by name (documented in the SDD appendix). */
  schemas: Readonly<Record<string, z.ZodType>>;
}

/** Per-indicator context handed to `enrich`. */
export interface EnrichContext<P> {
  params: P;
  action: string;
  /** The external request session configured from `tc_proxy_*` and the vendor limits. */
  session: import("./platform/session.js").ExternalSession;
  log: import("./platform/logger.js").Logger;
  /**
   * True when the platform asked for any variable of this output name (`tc_playbook_out_variables`). An app may
   * skip work or memory for outputs nobody reads, e.g. keeping 10,000 raw response bodies in a batch.
   */
  isRequested: (outputName: string) => boolean;
}

/** A normalized indicator from any accepted input shape (String, StringArray, TCEntity, TCEntityArray). */
export interface IndicatorInput {
  value: string;
  /** Type from a TCEntity, or the type inferred from the text. */
  type?: string;
  /** Position in the input, for per-item status. */
  index: number;
}

/** Per-indicator status every result carries, so a batch reports each item. */
export type ItemStatus = "ok" | "not_found" | "invalid" | "error";

export interface ItemResultBase {
  indicator: string;
  status: ItemStatus;
  /** Human-readable status for the item; goes to outputs and logs, never contains secrets. */
  message: string;
  /** ErrorDef.class when status is not ok. */
  errorClass?: string;
}

export interface AppDefinition<P = Record<string, unknown>, R extends ItemResultBase = ItemResultBase> {
  /** `<Company> <Product> [<Description>]`. */
  displayName: string;
  /** `<snake_name>_v<major>`: the .tcx top folder; must not change between minor versions. */
  packageName: string;
  /** Stable UUID; never changes after release. */
  appId: string;
  programVersion: string;
  category: string;
  /** install.json `playbook.type`. */
  playbookType: string;
  minServerVersion: string;
  /** Output slug, e.g. `vt`. */
  outputSlug: string;
  /** One-line description (install.json note, README summary, slide headline). */
  description: string;
  useCases: readonly { title: string; story: string }[];
  valuePoints: readonly string[];
  nonGoals: readonly string[];
  releaseNotes: readonly ReleaseNote[];
  vendor: VendorDef;
  /** Name of the param that carries the indicator(s). */
  indicatorParam: string;
  params: readonly ParamDef[];
  actions: readonly ActionDef[];
  outputs: readonly OutputDef<R>[];
  mapping: readonly MappingRow[];
  attributeTypes: readonly AttributeTypeDef[];
  errors: readonly ErrorDef[];
  assumptions: readonly Assumption[];
  compatibility: { instanceTypes: readonly string[]; offlineInstall: boolean; node: string };
  /** Enrich one indicator. Throwing is reserved for batch-fatal errors (`AppError`); item errors are results. */
  enrich: (indicator: IndicatorInput, ctx: EnrichContext<P>) => Promise<R>;
  /** Classify an indicator's text, e.g. "Address"; undefined = not recognised. */
  classify: (text: string) => IndicatorType | undefined;
  /** Result for an item that fails before any vendor call (invalid text, unsupported type). */
  invalidResult: (indicator: IndicatorInput, errorClass: string, message: string) => R;
  /** Session settings read from the app's own params; anything omitted comes from `vendor.limits`. */
  sessionOptions?: (params: P) => SessionParams;
  /** True when item errors (status `error`/`invalid`) must fail the run with exit 1, e.g. a `fail_on_error` param. */
  failOnItemError?: (params: P) => boolean;
}

/** What an app may set on its external session from its params. */
export interface SessionParams {
  ratePerMinute?: number;
  timeoutMs?: number;
  verifySsl?: boolean;
}

/** Identity helper: gives the definition its type and nothing else (like citty's `defineCommand`). */
export function defineApp<P, R extends ItemResultBase>(app: AppDefinition<P, R>): AppDefinition<P, R> {
  return app;
}

/** Any app definition, for code that does not care about its param/result types. */
// biome-ignore lint/suspicious/noExplicitAny: the pipeline handles every app's own P and R.
export type AnyAppDefinition = AppDefinition<any, any>;

/** True when a param or output with this `actions` list belongs to `action` (omitted = every action). */
export function appliesTo(def: { readonly actions?: readonly string[] }, action: string): boolean {
  return !def.actions || def.actions.includes(action);
}

/** Description carried by a Zod schema (`.describe()`), or "" when missing (a rule reports that). */
export function describeOf(schema: z.ZodType): string {
  return schema.description ?? "";
}
