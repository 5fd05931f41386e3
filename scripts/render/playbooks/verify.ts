/**
 * Referential checks of a .pbx template against the model: every connection's ids exist, every variable a job or
 * the trigger reads is produced upstream (app outputs must be real install.json outputs of the action), the app
 * job lists exactly the install.json params, and the flow returns to the trigger on both paths.
 */
import type { AppModel } from "../../lib/types.js";
import { appProgramName, type Pbx, type PbxJob } from "./pbx.js";

const VARIABLE = /#(App|Trigger):(\d+):([A-Za-z0-9_.]+)!([A-Za-z]+)/g;

/** Every string in a value, recursively (params, bodies, KV-JSON). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function declaredOutputs(json: string): Set<string> {
  const list = JSON.parse(json) as { name: string; type: string }[];
  return new Set(list.map((o) => `${o.name}!${o.type}`));
}

function checkConnections(pbx: Pbx, problems: string[]): void {
  const jobs = new Set(pbx.jobList.map((j) => j.id));
  const triggers = new Set(pbx.playbookTriggerList.map((t) => t.id));
  pbx.playbookConnectionList.forEach((c, i) => {
    const sources = [c.sourceJobId, c.sourceTriggerId].filter((x) => x !== undefined);
    const targets = [c.targetJobId, c.targetTriggerId].filter((x) => x !== undefined);
    if (sources.length !== 1 || targets.length !== 1)
      problems.push(`connection ${i}: needs exactly one source and one target`);
    if (c.sourceJobId !== undefined && !jobs.has(c.sourceJobId))
      problems.push(`connection ${i}: no job ${c.sourceJobId}`);
    if (c.targetJobId !== undefined && !jobs.has(c.targetJobId))
      problems.push(`connection ${i}: no job ${c.targetJobId}`);
    if (c.sourceTriggerId !== undefined && !triggers.has(c.sourceTriggerId))
      problems.push(`connection ${i}: no trigger ${c.sourceTriggerId}`);
    if (c.targetTriggerId !== undefined && !triggers.has(c.targetTriggerId))
      problems.push(`connection ${i}: no trigger ${c.targetTriggerId}`);
    if ((c.targetTriggerId !== undefined) !== c.isCircularOnTarget)
      problems.push(`connection ${i}: isCircularOnTarget must be true exactly for returns`);
  });
  const ids = [...jobs, ...triggers];
  if (new Set(ids).size !== pbx.jobList.length + pbx.playbookTriggerList.length)
    problems.push("job and trigger ids must be unique");
}

function checkVariables(model: AppModel, pbx: Pbx, app: PbxJob, action: string, problems: string[]): void {
  const produces = new Map<number, Set<string>>();
  const actionOutputs = new Set(model.actions.find((a) => a.name === action)?.outputs ?? []);
  for (const job of pbx.jobList)
    produces.set(job.id, job === app ? actionOutputs : declaredOutputs(job.outputVariables));
  for (const t of pbx.playbookTriggerList) produces.set(t.id, declaredOutputs(t.outputVariables));
  const readers = [
    ...pbx.jobList.map((j) => ({ where: `job ${j.id} (${j.name})`, value: j.jobParameterList })),
    ...pbx.playbookTriggerList.map((t) => ({ where: `trigger ${t.id}`, value: t.httpResponseBody })),
  ];
  for (const { where, value } of readers) {
    for (const text of strings(value)) {
      for (const m of text.matchAll(VARIABLE)) {
        const [variable, , id, name, type] = m;
        if (!produces.get(Number(id))?.has(`${name}!${type}`))
          problems.push(`${where} reads ${variable}, which nothing produces`);
      }
    }
  }
}

/** The app's own job (by programName), or undefined. */
export function findAppJob(model: AppModel, pbx: Pbx): PbxJob | undefined {
  return pbx.jobList.find((j) => j.appCatalogItem.programName === appProgramName(model));
}

/** Problems of `pbx` as text (empty = consistent). */
export function verifyPlaybook(model: AppModel, pbx: Pbx): string[] {
  const problems: string[] = [];
  checkConnections(pbx, problems);
  const app = findAppJob(model, pbx);
  if (!app) return [...problems, `no job runs ${appProgramName(model)}`];
  const params = app.jobParameterList.map((p) => p.appCatalogItemParameter.paramName);
  const installParams = model.params.map((p) => p.name);
  if (params.join() !== installParams.join())
    problems.push(`app job params [${params}] differ from install.json [${installParams}]`);
  const action = app.jobParameterList.find((p) => p.appCatalogItemParameter.paramName === "tc_action")?.value ?? "";
  if (!model.actions.some((a) => a.name === action)) problems.push(`tc_action "${action}" is not an action`);
  checkVariables(model, pbx, app, action, problems);
  const returns = pbx.playbookConnectionList.filter((c) => c.targetTriggerId !== undefined);
  if (returns.length !== 1 || returns[0]!.type !== "Pass")
    problems.push("exactly one Pass connection must return to the trigger");
  if (!pbx.playbookConnectionList.some((c) => c.type === "Fail" && c.sourceJobId === app.id))
    problems.push("the app job has no Fail path");
  return problems;
}
