/**
 * Contracts between pipeline stages: load → validate → build model → render → write/check.
 * Renderers take an `AppModel` (plain data, no functions) and return `GeneratedFile`s; they never touch the disk.
 */
import type {
  Assumption,
  AttributeTypeDef,
  ErrorDef,
  IndicatorType,
  LayoutSection,
  MappingRow,
  PlaybookDataType,
  ReleaseNote,
  TcParamType,
  VendorCall,
} from "../../lib/define-app.js";

/** A file a renderer produces; `path` is relative to the repository root, POSIX separators. */
export interface GeneratedFile {
  path: string;
  contents: string | Uint8Array;
}

/** A param as install.json lists it, plus layout data. `tc_action` is first, added from the actions. */
export interface ParamModel {
  name: string;
  label: string;
  type: TcParamType;
  note: string;
  section: LayoutSection;
  sequence: number;
  required: boolean;
  encrypt: boolean;
  hidden: boolean;
  allowMultiple: boolean;
  default?: string | boolean;
  playbookDataType: PlaybookDataType[];
  validValues: string[];
  viewRows?: number;
  /** Layout display clause (SQL WHERE over param names); "" = always shown. */
  display: string;
  /** Actions that show it (all when the param is not action-specific). */
  actions: string[];
  /** JSON Schema of the resolved value (z.toJSONSchema). */
  jsonSchema: Record<string, unknown>;
}

export interface OutputModel {
  name: string;
  type: PlaybookDataType;
  description: string;
  /** Actions that produce it. */
  actions: string[];
  /** Layout display clause; "" when every action produces it. */
  display: string;
  jsonSchema: Record<string, unknown>;
}

export interface ActionModel {
  name: string;
  indicatorTypes: IndicatorType[];
  description: string;
  calls: VendorCall[];
  example: { indicator: string; fixture: string };
  /** Names of params shown for this action, in sequence order. */
  params: string[];
  /** `name!type` of every output this action produces, sorted. */
  outputs: string[];
}

/** One emulator run of an action's worked example against the recorded fixture. */
export interface SampleRun {
  action: string;
  indicator: string;
  fixture: string;
  exitCode: number;
  messageTc: string;
  /** Outputs by `name!type`, as written to the KV store (parsed JSON). Sorted keys. */
  outputs: Record<string, unknown>;
}

export interface AppModel {
  /** Path of the definition, relative to the repo root (for banners). */
  source: string;
  /** sha256 of the canonical model JSON without `definitionHash` and `samples` (SDD provenance). */
  definitionHash: string;
  displayName: string;
  packageName: string;
  appId: string;
  programVersion: string;
  majorVersion: number;
  category: string;
  playbookType: string;
  minServerVersion: string;
  outputSlug: string;
  description: string;
  useCases: { title: string; story: string }[];
  valuePoints: string[];
  nonGoals: string[];
  /** Newest first. */
  releaseNotes: ReleaseNote[];
  vendor: {
    name: string;
    product: string;
    site: string;
    apiVersion: string;
    baseUrl: string;
    auth: { header: string; param: string };
    deployment: string;
    subscription: string;
    limits: {
      ratePerMinute: number;
      quotaPerDay?: number;
      timeoutMs: number;
      retries: number;
      concurrency: number;
      maxIndicatorsPerRun: number;
      note: string;
    };
    contacts: { name: string; role: string; email: string }[];
    support: { contact: string; portal: string; hours: string };
    egress: { fieldsSent: string[]; hosts: string[]; policyUrl: string; note: string };
    /** JSON Schemas of the vendor's responses and errors, by name. */
    schemas: Record<string, Record<string, unknown>>;
  };
  indicatorParam: string;
  params: ParamModel[];
  actions: ActionModel[];
  outputs: OutputModel[];
  mapping: MappingRow[];
  attributeTypes: AttributeTypeDef[];
  errors: ErrorDef[];
  assumptions: Assumption[];
  compatibility: { instanceTypes: string[]; offlineInstall: boolean; node: string };
  /** Worked examples run through the emulator on recorded fixtures (one per action). Empty when not collected. */
  samples: SampleRun[];
}

/** A deliverable renderer, registered by id in `scripts/render/index.ts`. Pure: no I/O. */
export interface Renderer {
  id: string;
  description: string;
  render: (model: AppModel) => GeneratedFile[];
}

/** A problem found by a rule (`scripts/rules/*`). */
export interface Problem {
  ruleId: string;
  severity: "error" | "warning";
  message: string;
  /** File and JSON pointer, e.g. `layout.json#/inputs/0/parameters/2/name`, or `app.ts#/outputs/3`. */
  location: string;
  hint: string;
}

/** A file a build step produced under `dist/` (or elsewhere), for the closing table of `npm start`. */
export interface BuiltFile {
  path: string;
  bytes: number;
  ms: number;
}

/** A system tool a build step needs, with the command that installs it. */
export interface SystemTool {
  command: string;
  aptPackage: string;
}

/** One step of the main job (`enrichkit build`), registered in `scripts/build/index.ts`. */
export interface BuildStep {
  id: string;
  title: string;
  /** Steps that must run first (by id). */
  after?: string[];
  requires?: SystemTool[];
  run: (ctx: BuildContext) => Promise<BuiltFile[]>;
}

export interface BuildContext {
  /** Repository root (absolute). */
  root: string;
  /** `dist/` (absolute). */
  dist: string;
  model: AppModel;
  log: (line: string) => void;
}
