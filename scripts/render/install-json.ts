/**
 * `reference-app/install.json` as TcEx 4 accepts it (threatconnect.md §1.1–§1.5): `tc_action` Choice first,
 * params flattened and sequenced, default playbookDataType/validValues, defaults omitted like the spec-tool does.
 */
import { appDirOf } from "../lib/model.js";
import { stableJson } from "../lib/stable-json.js";
import type { AppModel, ParamModel, Renderer } from "../lib/types.js";

/** One `params[]` entry. */
export interface InstallJsonParam {
  name: string;
  label: string;
  type: string;
  note?: string;
  sequence: number;
  required: boolean;
  encrypt?: boolean;
  hidden?: boolean;
  allowMultiple?: boolean;
  default?: string | boolean;
  playbookDataType?: string[];
  validValues?: string[];
  viewRows?: number;
}

/** The install.json document. */
export interface InstallJson {
  allowOnDemand: boolean;
  appId: string;
  category: string;
  displayName: string;
  features: string[];
  languageVersion: string;
  listDelimiter: string;
  minServerVersion: string;
  note: string;
  params: InstallJsonParam[];
  playbook: { outputVariables: { name: string; type: string }[]; type: string };
  programLanguage: string;
  programMain: string;
  programVersion: string;
  runtimeLevel: string;
  sdkVersion: string;
}

/** Playbook-app defaults (threatconnect.md §1.3); layoutEnabledApp because we always ship layout.json. */
export const INSTALL_FEATURES = [
  "appBuilderCompliant",
  "fileParams",
  "layoutEnabledApp",
  "runtimeVariables",
  "redisPasswordSupport",
] as const;

const orUndefined = <T>(value: T | false, keep: boolean): T | undefined => (keep ? (value as T) : undefined);

function toInstallParam(p: ParamModel): InstallJsonParam {
  return {
    name: p.name,
    label: p.label,
    type: p.type,
    note: p.note || undefined,
    sequence: p.sequence,
    required: p.required,
    encrypt: orUndefined(true, p.encrypt),
    hidden: orUndefined(true, p.hidden),
    allowMultiple: orUndefined(true, p.allowMultiple),
    default: p.default,
    playbookDataType: p.playbookDataType.length ? p.playbookDataType : undefined,
    validValues: p.validValues.length ? p.validValues : undefined,
    viewRows: p.viewRows,
  };
}

/** App note: the description plus the action list, as the spec-tool appends it. */
export function installNote(model: AppModel): string {
  const actions = model.actions.map((a) => `- ${a.name}: ${a.description}`);
  return [model.description, "", "The following actions are included:", ...actions].join("\n");
}

/** install.json as an object (rules read it too). */
export function buildInstallJson(model: AppModel): InstallJson {
  return {
    allowOnDemand: true,
    appId: model.appId,
    category: model.category,
    displayName: model.displayName,
    features: [...INSTALL_FEATURES],
    languageVersion: "3.11",
    listDelimiter: "|",
    minServerVersion: model.minServerVersion,
    note: installNote(model),
    params: model.params.map(toInstallParam),
    playbook: {
      outputVariables: model.outputs.map((o) => ({ name: o.name, type: o.type })),
      type: model.playbookType,
    },
    // The executor runs PYTHON or JAVA only; run.py launches the bundled Node app (DESIGN §3, assumption A1).
    programLanguage: "PYTHON",
    programMain: "run.py",
    programVersion: model.programVersion,
    runtimeLevel: "Playbook",
    sdkVersion: "4.0.0",
  };
}

/** Renders `<appDir>/install.json`. */
export const installJsonRenderer: Renderer = {
  id: "install-json",
  description: "ThreatConnect install.json (TcEx 4 field set)",
  render: (model) => [{ path: `${appDirOf(model)}/install.json`, contents: stableJson(buildInstallJson(model)) }],
};
