/**
 * One On-Demand Enrichment playbook template (.pbx JSON, the modern export field set of pbx-anatomy.md §3, §6):
 * UserAction trigger → the app → If status is ok → write rating, confidence, tags, attributes and a note with
 * built-in apps → Merge → back to the trigger as the tip. The app's Fail path sets an error text that reaches the
 * same Merge. Ids and canvas positions are fixed so the file is byte-stable.
 */
import type { IndicatorType } from "../../../lib/define-app.js";
import { bannerText } from "../../lib/banner.js";
import type { ActionModel, AppModel, ParamModel } from "../../lib/types.js";
import { type BuiltinApp, type BuiltinRole, builtinApps } from "./builtin-apps.js";

/** `jobParameterList[]` entry; a param without a value has no `value` key, like exports. */
export interface PbxJobParameter {
  appCatalogItemParameter: { paramName: string };
  value?: string;
}

/** `jobList[]` entry. */
export interface PbxJob {
  id: number;
  name: string;
  appCatalogItem: { programName: string; displayName: string; programVersion: string };
  jobParameterList: PbxJobParameter[];
  locationLeft: number;
  locationTop: number;
  /** JSON-encoded `[{name,type,…}]` (an editor cache of the outputs used downstream). */
  outputVariables: string;
  layoutRequiredInputParams?: string;
  layoutDisplayedInputParams?: string;
  layoutDisplayOutputVariables?: string;
}

/** `playbookTriggerList[]` entry (UserAction). */
export interface PbxTrigger {
  id: number;
  name: string;
  type: "UserAction";
  eventType: "External";
  locationLeft: number;
  locationTop: number;
  anyOrg: boolean;
  userActionTypes: string;
  renderBodyAsTip: boolean;
  httpResponseBody: string;
  httpResponseHeader: string;
  outputVariables: string;
  playbookTriggerFilterList: unknown[];
  cacheMinutes: number;
  cacheParams: string;
  organizationNames: string[];
}

/** `playbookConnectionList[]` entry: exactly one source key and one target key. */
export interface PbxConnection {
  type: "Pass" | "Fail";
  isCircularOnTarget: boolean;
  sourceJobId?: number;
  sourceTriggerId?: number;
  targetJobId?: number;
  targetTriggerId?: number;
}

/** A whole .pbx document. */
export interface Pbx {
  name: string;
  type: "Playbook";
  description: string;
  comment: string;
  panX: number;
  panY: number;
  zoom: number;
  logLevel: string;
  priority: number;
  roiDollarsPerHour: number;
  roiMinutes: number;
  version: string;
  jobList: PbxJob[];
  playbookConnectionList: PbxConnection[];
  playbookTriggerList: PbxTrigger[];
  playbookLabels: { playbookLabelType: { label: string } }[];
  playbookScopeVariables: unknown[];
  exportablePipes: unknown[];
}

/** Trigger id; jobs count up from `TRIGGER_ID + 1` in flow order (pbx-anatomy.md §4 recommendation). */
export const TRIGGER_ID = 1000;
/** The editor's auto-arrange grid (pbx-anatomy.md §4). */
export const GRID = { column: 234, row: 139 } as const;

/** A template to render: which action runs for which indicator type. */
export interface TemplateTarget {
  action: ActionModel;
  indicatorType: IndicatorType;
}

/** One template per indicator type, the first action that accepts it (in action order). */
export function templateTargets(model: AppModel): TemplateTarget[] {
  const seen = new Set<string>();
  const targets: TemplateTarget[] = [];
  for (const action of model.actions) {
    for (const indicatorType of action.indicatorTypes) {
      if (seen.has(indicatorType)) continue;
      seen.add(indicatorType);
      targets.push({ action, indicatorType });
    }
  }
  return targets;
}

/** `virustotal-address-enrichment`: the file stem shared by the .pbx, its picture and its .pbxz. */
export function templateSlug(model: AppModel, indicatorType: string): string {
  const kebab = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  return `${kebab(model.vendor.product)}-${kebab(indicatorType)}-enrichment`;
}

/** The playbook's name, e.g. "VirusTotal Address Enrichment". */
export function templateName(model: AppModel, indicatorType: string): string {
  return `${model.vendor.product} ${indicatorType} Enrichment`;
}

/** `programName` of the app itself: `<packageName without _v<major>, underscores → spaces> v<major>` (assumption P1). */
export function appProgramName(model: Pick<AppModel, "packageName" | "majorVersion">): string {
  const base = model.packageName.replace(/_v\d+$/, "").replaceAll("_", " ");
  return `${base} v${model.majorVersion}`;
}

/** Organization keychain variable the template expects for the API key (assumption P5). */
export function keychainVariable(model: AppModel): string {
  return `\${ORGANIZATION:KEYCHAIN:${model.vendor.product} API Key}`;
}

/** `#App:<id>:<name>!<type>`. */
export function appVariable(jobId: number, name: string, type: string): string {
  return `#App:${jobId}:${name}!${type}`;
}

/** `#Trigger:<id>:<name>!<type>`. */
export function triggerVariable(name: string, type: string): string {
  return `#Trigger:${TRIGGER_ID}:${name}!${type}`;
}

const TRIGGER_ITEM = triggerVariable("trg.action.item", "String");
const TRIGGER_ENTITY = triggerVariable("trg.action.entity", "TCEntity");

/** Output entries as modern exports write them (pbx-anatomy.md §3 `outputVariables` shapes). */
function outputVariablesJson(outputs: readonly { name: string; type: string }[]): string {
  return JSON.stringify(
    outputs.map((o) => ({ encrypt: false, loopVariables: false, name: o.name, sourceInputList: [], type: o.type })),
  );
}

/** KeyValueList params hold a JSON-encoded `[{key,value}]` string. */
function keyValueJson(entries: readonly [string, string][]): string {
  return JSON.stringify(entries.map(([key, value]) => ({ key, value })));
}

function toParameters(names: readonly string[], values: Record<string, string | undefined>): PbxJobParameter[] {
  return names.map((paramName) =>
    values[paramName] === undefined
      ? { appCatalogItemParameter: { paramName } }
      : { appCatalogItemParameter: { paramName }, value: values[paramName] },
  );
}

/** A job of a built-in app at grid cell (column, row). */
function builtinJob(
  id: number,
  role: BuiltinRole,
  name: string,
  cell: [number, number],
  values: Record<string, string | undefined>,
  outputs: { name: string; type: string }[] = [],
): PbxJob {
  const app: BuiltinApp = builtinApps[role];
  return {
    id,
    name,
    appCatalogItem: { programName: app.programName, displayName: app.displayName, programVersion: app.programVersion },
    jobParameterList: toParameters(app.params, values),
    locationLeft: cell[0] * GRID.column,
    locationTop: cell[1] * GRID.row,
    outputVariables: outputVariablesJson(outputs),
  };
}

/** The value a template gives an app param: trigger item, keychain key, action, or the install.json default. */
function appParamValue(model: AppModel, action: ActionModel, p: ParamModel): string | undefined {
  if (p.name === "tc_action") return action.name;
  if (p.name === model.indicatorParam) return TRIGGER_ITEM;
  if (p.name === model.vendor.auth.param) return keychainVariable(model);
  return p.default === undefined ? undefined : String(p.default);
}

/** Outputs of the app, by short role, that the template reads (only those the action produces). */
export function usedAppOutputs(model: AppModel, action: ActionModel) {
  const pick = (suffix: string, type: string) => {
    const name = `${model.outputSlug}.results.${suffix}`;
    return action.outputs.includes(`${name}!${type}`) ? { name, type } : undefined;
  };
  return {
    status: pick("status", "String"),
    statusMessage: pick("status.message", "String"),
    rating: pick("rating", "String"),
    confidence: pick("confidence", "String"),
    tags: pick("tags", "StringArray"),
    attributes: pick("attributes", "KeyValueArray"),
    note: pick("note", "String"),
    summaryHtml: pick("summary.html", "String"),
  };
}

function appJob(model: AppModel, action: ActionModel, id: number, used: { name: string; type: string }[]): PbxJob {
  const shown = model.params.filter((p) => action.params.includes(p.name) && !p.hidden);
  const outputs = model.outputs.filter((o) => o.actions.includes(action.name));
  return {
    id,
    name: model.displayName,
    appCatalogItem: {
      programName: appProgramName(model),
      displayName: model.displayName,
      programVersion: model.programVersion,
    },
    jobParameterList: toParameters(
      model.params.map((p) => p.name),
      Object.fromEntries(model.params.map((p) => [p.name, appParamValue(model, action, p)])),
    ),
    locationLeft: GRID.column,
    locationTop: 0,
    outputVariables: outputVariablesJson(used),
    layoutRequiredInputParams: JSON.stringify(shown.filter((p) => p.required).map((p) => p.name)),
    layoutDisplayedInputParams: JSON.stringify(shown.map((p) => p.name)),
    layoutDisplayOutputVariables: JSON.stringify([...new Set(outputs.map((o) => o.name))]),
  };
}

/** Builder state: jobs and connections appended in flow order with ids from a counter. */
class Flow {
  readonly jobs: PbxJob[] = [];
  readonly connections: PbxConnection[] = [];
  private nextId = TRIGGER_ID + 1;

  id(): number {
    return this.nextId++;
  }

  add(job: PbxJob): PbxJob {
    this.jobs.push(job);
    return job;
  }

  connect(type: PbxConnection["type"], from: number | "trigger", to: number | "trigger"): void {
    this.connections.push({
      type,
      isCircularOnTarget: to === "trigger",
      ...(from === "trigger" ? { sourceTriggerId: TRIGGER_ID } : { sourceJobId: from }),
      ...(to === "trigger" ? { targetTriggerId: TRIGGER_ID } : { targetJobId: to }),
    });
  }
}

type Used = ReturnType<typeof usedAppOutputs>;

/** The write-back chain (rating, confidence, tags, attributes, note); returns the job ids in order. */
function addWriteJobs(flow: Flow, appId: number, used: Used, startColumn: number): number[] {
  const ids: number[] = [];
  let column = startColumn;
  const add = (make: (id: number, cell: [number, number]) => PbxJob) => {
    const id = flow.id();
    flow.add(make(id, [column++, 0]));
    ids.push(id);
    return id;
  };
  const ref = (o: { name: string; type: string }) => appVariable(appId, o.name, o.type);
  const { rating, confidence, tags, attributes, note } = used;
  const noFail = { fail_on_error: "false" };
  if (rating) {
    add((id, cell) =>
      builtinJob(id, "updateRating", "Update Threat Rating", cell, {
        source_entities: TRIGGER_ENTITY,
        rating: ref(rating),
        field_type: "RATING",
        ...noFail,
      }),
    );
  }
  if (confidence) {
    add((id, cell) =>
      builtinJob(id, "updateConfidence", "Update Confidence", cell, {
        source_entities: TRIGGER_ENTITY,
        confidence: ref(confidence),
        field_type: "CONFIDENCE",
        ...noFail,
      }),
    );
  }
  if (tags) {
    add((id, cell) =>
      builtinJob(id, "tagCreate", "Add Tags", cell, { entity: TRIGGER_ENTITY, tag: ref(tags), ...noFail }),
    );
  }
  if (attributes) {
    add((id, cell) =>
      builtinJob(id, "addAttribute", "Add Attributes", cell, {
        source_entities: TRIGGER_ENTITY,
        attribute_types: ref(attributes),
        update_type: "Replace All Occurrences",
        apply_to_all: "false",
        ...noFail,
      }),
    );
  }
  if (note) {
    const entityId = { name: "tc.indicator.id", type: "String" };
    const jmesId = add((id, cell) =>
      builtinJob(
        id,
        "jmesPath",
        "Indicator Id",
        cell,
        { json_data: TRIGGER_ENTITY, string_expressions: keyValueJson([[entityId.name, "id"]]), strip_quotes: "true" },
        [entityId],
      ),
    );
    const body = `{"objectId": ${appVariable(jmesId, entityId.name, entityId.type)}, "objectType": "Indicator", "text": "${ref(note)}"}`;
    add((id, cell) =>
      builtinJob(
        id,
        "threatConnectApi",
        "Add Note",
        cell,
        {
          url: "/v3/posts",
          http_method: "POST",
          headers: keyValueJson([["Content-Type", "application/json"]]),
          body,
          multipart: "false",
          urlencode_body: "false",
          exclude_null_parameters: "false",
          ...noFail,
        },
        [{ name: "tc.api.content", type: "String" }],
      ),
    );
  }
  return ids;
}

/** Chains `ids` with Pass connections from `from`; returns the last id. */
function chain(flow: Flow, from: number, ids: readonly number[]): number {
  let last = from;
  for (const id of ids) {
    flow.connect("Pass", last, id);
    last = id;
  }
  return last;
}

/** Builds the template for one indicator type. Pure. */
export function buildPlaybook(model: AppModel, target: TemplateTarget): Pbx {
  const { action, indicatorType } = target;
  const used = usedAppOutputs(model, action);
  const flow = new Flow();
  const appId = flow.id();
  const usedList = Object.values(used).filter((o) => o !== undefined);
  flow.add(appJob(model, action, appId, usedList));
  flow.connect("Pass", "trigger", appId);

  // Write only what VirusTotal actually returned: not found / invalid / error items must not reset the rating.
  let afterApp = appId;
  let ifId: number | undefined;
  if (used.status) {
    ifId = flow.id();
    flow.add(
      builtinJob(ifId, "ifElse", "Found?", [2, 0], {
        operand_1: appVariable(appId, used.status.name, used.status.type),
        operator: "equals",
        operand_2: "ok",
        as_numeric: "false",
        match_case: "false",
      }),
    );
    flow.connect("Pass", appId, ifId);
    afterApp = ifId;
  }
  const writeIds = addWriteJobs(flow, appId, used, ifId ? 3 : 2);
  const lastWrite = chain(flow, afterApp, writeIds);

  const errorVar = { name: "v.error", type: "String" };
  const failId = flow.id();
  const failText = used.statusMessage
    ? `<b>${model.vendor.product} lookup failed:</b> ${appVariable(appId, used.statusMessage.name, used.statusMessage.type)}`
    : `<b>${model.vendor.product} lookup failed.</b> See the playbook's job log.`;
  flow.add(
    builtinJob(
      failId,
      "setVariable",
      "Error Message",
      [2, 2],
      { variable_mapping: keyValueJson([[errorVar.name, failText]]) },
      [errorVar],
    ),
  );
  flow.connect("Fail", appId, failId);

  const result = { name: "m.result", type: "String" };
  const mergeId = flow.id();
  const success = used.summaryHtml ? appVariable(appId, used.summaryHtml.name, used.summaryHtml.type) : "Done.";
  const mergeColumn = Math.max(3, 2 + (ifId ? 1 : 0) + writeIds.length);
  flow.add(
    builtinJob(
      mergeId,
      "merge",
      "Result",
      [mergeColumn, 1],
      {
        output_array: keyValueJson([[result.name, `${success} ${appVariable(failId, errorVar.name, errorVar.type)}`]]),
      },
      [result],
    ),
  );
  flow.connect("Pass", lastWrite, mergeId);
  if (ifId !== undefined && writeIds.length > 0) flow.connect("Fail", ifId, mergeId);
  flow.connect("Pass", failId, mergeId);
  flow.connect("Pass", mergeId, "trigger");

  const name = templateName(model, indicatorType);
  return {
    name,
    type: "Playbook",
    description: `On-Demand Enrichment of a ${indicatorType} with ${model.displayName} (${action.name}): writes threat rating, confidence, tags, attributes and a note, and shows a summary in the Playbook Actions card.`,
    comment: bannerText(model.source),
    panX: 200,
    panY: 200,
    zoom: 1,
    logLevel: "WARN",
    priority: 6,
    roiDollarsPerHour: 75,
    roiMinutes: 10,
    version: "1.0",
    jobList: flow.jobs,
    playbookConnectionList: flow.connections,
    playbookTriggerList: [userActionTrigger(model, indicatorType, appVariable(mergeId, result.name, result.type))],
    playbookLabels: [{ playbookLabelType: { label: "Enrichment" } }, { playbookLabelType: { label: indicatorType } }],
    playbookScopeVariables: [],
    exportablePipes: [],
  };
}

function userActionTrigger(model: AppModel, indicatorType: string, body: string): PbxTrigger {
  return {
    id: TRIGGER_ID,
    name: `${model.vendor.product}: Enrich ${indicatorType}`,
    type: "UserAction",
    eventType: "External",
    locationLeft: 0,
    locationTop: 0,
    anyOrg: true,
    userActionTypes: indicatorType,
    renderBodyAsTip: true,
    httpResponseBody: body,
    httpResponseHeader: "[]",
    outputVariables: outputVariablesJson([
      { name: "trg.action.entity", type: "TCEntity" },
      { name: "trg.action.item", type: "String" },
    ]),
    playbookTriggerFilterList: [],
    cacheMinutes: 120,
    cacheParams: JSON.stringify({ includeMethod: false, includeBody: false, queryParams: [], headerNames: [] }),
    organizationNames: [],
  };
}
