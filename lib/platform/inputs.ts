/**
 * From the raw param-file object to the app's validated params and its list of indicators (threatconnect.md §3.2):
 * defaults applied, Boolean text coerced, playbook variables resolved from the KV store (exact and embedded), each
 * param validated by its own Zod schema, the indicator input normalized from String, StringArray, TCEntity or
 * TCEntityArray. Every problem is an `AppError` that names the param and says how to fix it.
 */
import { type ActionDef, type AnyAppDefinition, appliesTo, type IndicatorInput, type ParamDef } from "../define-app.js";
import { AppError } from "./errors.js";
import type { KvStore } from "./kvstore.js";
import type { Logger } from "./logger.js";
import { isPlaybookVariable, resolveEmbedded } from "./playbook-variable.js";

export interface ResolvedInputs {
  action: ActionDef;
  /** App params by name, plus `tc_action`. */
  params: Record<string, unknown>;
  indicators: IndicatorInput[];
}

/** The `tc_action` choice; anything else lists the valid ones. */
export function selectAction(app: AnyAppDefinition, raw: unknown): ActionDef {
  const name = typeof raw === "string" ? raw.trim() : "";
  const action = app.actions.find((a) => a.name === name);
  if (action) return action;
  const valid = app.actions.map((a) => `"${a.name}"`).join(", ");
  const problem = name ? `"${name}" is not an action of this app` : "no action selected";
  throw new AppError("InvalidInput", `Invalid input tc_action (Action): ${problem} (valid: ${valid}).`, {
    hint: "Pick the action in the job's Action section.",
  });
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** "true"/"false" (any case) → boolean; other values are left for the schema to reject. */
function coerceBoolean(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase();
  return text === "true" ? true : text === "false" ? false : value;
}

/** A string that is exactly a variable → its value; other strings get embedded variables resolved. */
async function resolveValue(param: ParamDef, value: unknown, kv: KvStore, log: Logger): Promise<unknown> {
  if (typeof value !== "string") return value;
  if (isPlaybookVariable(value)) {
    const resolved = await kv.read(value.trim());
    if (resolved === undefined || resolved === null) {
      throw new AppError(
        "InvalidInput",
        `Invalid input ${param.name} (${param.label}): playbook variable ${value.trim()} has no value.`,
        {
          hint: "Check that the upstream job or trigger writes this variable before this app runs.",
        },
      );
    }
    return resolved;
  }
  return resolveEmbedded(
    value,
    (v) => kv.read(v),
    (v) => log.warn(`input ${param.name}: embedded variable ${v} has no value`),
  );
}

/** The indicator text of a TCEntity; a File entity's `md5 : sha1 : sha256` gives its strongest hash. */
function entityValue(entity: Record<string, unknown>): string {
  const value = String(entity.value ?? entity.summary ?? "");
  if (!value.includes(" : ")) return value;
  const parts = value
    .split(/\s*:\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.sort((a, b) => b.length - a.length)[0] ?? value;
}

/** String | string[] | TCEntity | TCEntity[] → one `IndicatorInput` per item, in input order. */
export function normalizeIndicators(param: ParamDef, value: unknown): IndicatorInput[] {
  const items = Array.isArray(value) ? value : [value];
  const out: IndicatorInput[] = [];
  items.forEach((item, index) => {
    if (item && typeof item === "object") {
      const entity = item as Record<string, unknown>;
      out.push({ value: entityValue(entity), type: typeof entity.type === "string" ? entity.type : undefined, index });
    } else {
      out.push({ value: item === null || item === undefined ? "" : String(item), index });
    }
  });
  if (out.length === 0) {
    throw new AppError("InvalidInput", `Invalid input ${param.name} (${param.label}): the list is empty.`, {
      hint: "Pass at least one indicator.",
    });
  }
  return out;
}

/** The first Zod issue as "must be …" text. */
function issueText(param: ParamDef, value: unknown): string | undefined {
  const result = param.schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue?.message ?? "is not valid";
}

/** Resolves, defaults, coerces and validates every param of the selected action. */
export async function resolveInputs(
  app: AnyAppDefinition,
  raw: Record<string, unknown>,
  kv: KvStore,
  log: Logger,
): Promise<ResolvedInputs> {
  const action = selectAction(app, raw.tc_action);
  const params: Record<string, unknown> = { tc_action: action.name };
  let indicators: IndicatorInput[] = [];
  for (const param of app.params) {
    if (!appliesTo(param, action.name)) continue;
    let value: unknown = raw[param.name];
    if (isBlank(value) && param.default !== undefined) value = param.default;
    value = await resolveValue(param, value, kv, log);
    if (param.type === "Boolean") value = coerceBoolean(value);
    if (isBlank(value)) {
      if (!param.required) continue;
      throw new AppError("MissingInput", `Missing required input ${param.name} (${param.label}).`, {
        hint: `Set "${param.label}" in the ${param.section} section of the app's job in the playbook.`,
      });
    }
    if (param.encrypt && typeof value === "string") log.addSecret(value);
    if (param.name === app.indicatorParam) {
      indicators = normalizeIndicators(param, value);
      params[param.name] = indicators.map((i) => i.value).join(", ");
      continue;
    }
    const problem = issueText(param, value);
    if (problem) {
      // Never echo a keychain value, even a malformed one.
      const shown = param.encrypt ? "" : ` (got ${JSON.stringify(value).slice(0, 80)})`;
      throw new AppError("InvalidInput", `Invalid input ${param.name} (${param.label}): ${problem}${shown}.`, {
        hint: param.schema.description ?? `Check "${param.label}" in the ${param.section} section.`,
      });
    }
    params[param.name] = value;
  }
  const max = app.vendor.limits.maxIndicatorsPerRun;
  const indicatorLabel = app.params.find((p) => p.name === app.indicatorParam)?.label ?? app.indicatorParam;
  if (indicators.length > max) {
    throw new AppError(
      "InvalidInput",
      `Invalid input ${app.indicatorParam} (${indicatorLabel}): ${indicators.length} indicators; this app takes at most ${max} per run.`,
      {
        hint: "Split the list across several runs (e.g. an Iterator in the playbook).",
      },
    );
  }
  return { action, params, indicators };
}
