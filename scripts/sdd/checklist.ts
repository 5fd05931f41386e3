/**
 * The review checklist C01–C20 (sdd-outline.md §2), evaluated from the model with the same rule modules
 * `validate` runs. Items that need a test report, the package or the docs build say N/A and name who checks them.
 */
import { changesSincePrevious } from "../lib/contract.js";
import { extrasOf } from "../lib/model.js";
import type { AppModel, Problem } from "../lib/types.js";
import { displayClauseSql } from "../rules/display-clause-sql.js";
import { displayNameFormat } from "../rules/display-name-format.js";
import { documented } from "../rules/documented.js";
import { buildRuleContext, runRules } from "../rules/index.js";
import { layoutOutputInInstall } from "../rules/layout-output-in-install.js";
import { layoutParamInInstall } from "../rules/layout-param-in-install.js";
import { narrativePresent } from "../rules/narrative-present.js";
import { outputNameSchema } from "../rules/output-name-schema.js";
import { packageNameFormat } from "../rules/package-name-format.js";
import { packageNameNoSpaces } from "../rules/package-name-no-spaces.js";
import { rawResponseOutput } from "../rules/raw-response-output.js";
import type { Rule, RuleContext } from "../rules/rule.js";
import { visibleParamInLayout } from "../rules/visible-param-in-layout.js";

/** Status of one checklist item. */
export type CheckStatus = "PASS" | "WARN" | "FAIL" | "N/A";

/** One evaluated checklist item. */
export interface ChecklistItem {
  id: string;
  check: string;
  status: CheckStatus;
  evidence: string;
  blocks: boolean;
  /** SDD sections whose review box repeats this item. */
  sections: string[];
}

type Evaluation = { status: CheckStatus; evidence: string };

const MESSAGE_TC_MAX = 255;

function fromRules(
  ctx: RuleContext,
  list: readonly Rule[],
  pass: string,
  failStatus: CheckStatus = "FAIL",
): Evaluation {
  const problems: Problem[] = runRules(ctx, list);
  if (problems.length === 0) return { status: "PASS", evidence: pass };
  return { status: failStatus, evidence: problems.map((p) => p.message).join("; ") };
}

function secrets(model: AppModel): Evaluation {
  const credential = model.params.filter((p) => p.encrypt || p.name === model.vendor.auth.param);
  const bad = credential.filter((p) => !p.encrypt || !p.validValues.includes("${KEYCHAIN}") || p.default !== undefined);
  if (credential.length === 0) return { status: "WARN", evidence: "no credential param declared" };
  return bad.length
    ? { status: "FAIL", evidence: `not keychain-only or has a default: ${bad.map((p) => p.name).join(", ")}` }
    : { status: "PASS", evidence: `keychain-only, no default: ${credential.map((p) => p.name).join(", ")}` };
}

function httpHygiene(model: AppModel): Evaluation {
  const l = model.vendor.limits;
  const tls = model.params.find((p) => p.name === "verify_ssl");
  const tlsOn = tls ? tls.default === true : true;
  const ok = l.timeoutMs > 0 && tlsOn;
  return {
    status: ok ? "PASS" : "FAIL",
    evidence: `timeout ${l.timeoutMs} ms; TLS verification default ${tlsOn ? "on" : "OFF"}; proxy and User-Agent from the platform session`,
  };
}

function limits(model: AppModel): Evaluation {
  const l = model.vendor.limits;
  const ok = l.ratePerMinute > 0 && l.retries >= 0 && l.retries <= 10 && l.concurrency > 0;
  return {
    status: ok ? "PASS" : "FAIL",
    evidence: `${l.ratePerMinute}/min, ${l.retries} retries, concurrency ${l.concurrency}`,
  };
}

function errorTable(model: AppModel): Evaluation {
  const bad = model.errors.filter((e) => ![0, 1, 4].includes(e.exitCode) || e.message.length > MESSAGE_TC_MAX);
  if (model.errors.length === 0) return { status: "FAIL", evidence: "no error classes declared" };
  return bad.length
    ? {
        status: "FAIL",
        evidence: `bad exit code or message > ${MESSAGE_TC_MAX} chars: ${bad.map((e) => e.class).join(", ")}`,
      }
    : {
        status: "PASS",
        evidence: `${model.errors.length} error classes, exit codes 0/1/4, messages ≤ ${MESSAGE_TC_MAX} characters`,
      };
}

function mappingCheck(model: AppModel): Evaluation {
  const outputs = new Set(model.outputs.map((o) => o.name));
  const unknown = model.mapping.filter((m) => !outputs.has(m.output)).map((m) => m.output);
  const prefixes = [model.vendor.name, model.vendor.product];
  const unprefixed = model.attributeTypes
    .filter((t) => !prefixes.some((p) => t.name.startsWith(`${p} `)))
    .map((t) => t.name);
  const issues = [
    ...unknown.map((o) => `mapping names unknown output ${o}`),
    ...unprefixed.map((n) => `attribute type "${n}" lacks the company/product prefix`),
  ];
  return issues.length
    ? { status: "FAIL", evidence: issues.join("; ") }
    : {
        status: "PASS",
        evidence: `${model.mapping.length} mapping rows, ${model.attributeTypes.length} prefixed custom attribute types`,
      };
}

function versioning(model: AppModel): Evaluation {
  const notes = model.releaseNotes.some((r) => r.version === model.programVersion);
  const diff = changesSincePrevious(model, extrasOf(model).storedContracts);
  const breaking = diff?.changes.filter((c) => c.breaking) ?? [];
  const bumped = diff ? Number.parseInt(diff.from, 10) < model.majorVersion : true;
  if (!notes) return { status: "FAIL", evidence: `no release notes for ${model.programVersion}` };
  if (breaking.length && !bumped)
    return {
      status: "FAIL",
      evidence: `${breaking.length} breaking change(s) since ${diff!.from} without a major bump`,
    };
  return {
    status: "PASS",
    evidence: diff
      ? `${diff.changes.length} change(s) since ${diff.from}, ${breaking.length} breaking`
      : "first release (baseline contract)",
  };
}

function samples(model: AppModel): Evaluation {
  return model.samples.length
    ? { status: "PASS", evidence: `${model.samples.length} emulator sample run(s) on recorded fixtures` }
    : { status: "WARN", evidence: "no sample run in this render" };
}

const na = (who: string): Evaluation => ({ status: "N/A", evidence: `not evaluated here: ${who}` });

/** Evaluates C01–C20 for the model. */
export function evaluateChecklist(model: AppModel): ChecklistItem[] {
  const ctx = buildRuleContext(model);
  const tcActionOk = (() => {
    const tcAction = model.params.find((p) => p.name === "tc_action");
    return tcAction?.validValues.join("\n") === model.actions.map((a) => a.name).join("\n");
  })();
  const layout = fromRules(
    ctx,
    [layoutParamInInstall, visibleParamInLayout, layoutOutputInInstall, displayClauseSql],
    "layout params exist and are visible; display clauses evaluate in SQLite",
  );
  const features = ctx.installJson.features.filter((f) => /^(Creates|Deletes)/.test(f));
  const item = (id: string, check: string, e: Evaluation, blocks: boolean, sections: string[]): ChecklistItem => ({
    id,
    check,
    ...e,
    blocks,
    sections,
  });
  return [
    item(
      "C01",
      "Display name is <Company> <Product> [<Description>], Company = vendor",
      fromRules(ctx, [displayNameFormat], model.displayName),
      true,
      ["SDD-06"],
    ),
    item(
      "C02",
      "Package name is <snake>_v<major>; programVersion is MAJOR.MINOR.PATCH",
      fromRules(ctx, [packageNameFormat, packageNameNoSpaces], `${model.packageName}, ${model.programVersion}`),
      true,
      ["SDD-06"],
    ),
    item("C03", "Breaking contract change ⇒ major bump; changelog has the current version", versioning(model), true, [
      "SDD-18",
    ]),
    item(
      "C04",
      "Output names follow the naming schema with one slug",
      fromRules(ctx, [outputNameSchema], `${model.outputs.length} outputs under "${model.outputSlug}."`),
      true,
      ["SDD-08"],
    ),
    item(
      "C05",
      "Every action exposes the raw vendor response",
      fromRules(ctx, [rawResponseOutput], `${model.outputSlug}.response.json.raw for every action`),
      true,
      ["SDD-08"],
    ),
    item(
      "C06",
      "The app writes no ThreatConnect data (no Creates*/Deletes* features)",
      features.length
        ? { status: "FAIL", evidence: features.join(", ") }
        : { status: "PASS", evidence: "no Creates*/Deletes* features; outputs only (bundle scan: package step)" },
      true,
      ["SDD-03"],
    ),
    item(
      "C07",
      "Layout integrity and tc_action values equal the actions",
      tcActionOk ? layout : { status: "FAIL", evidence: "tc_action validValues differ from the actions" },
      true,
      ["SDD-07"],
    ),
    item(
      "C08",
      "App note exists and every param and output has a help note",
      fromRules(ctx, [documented], "every param and output is described", "WARN"),
      false,
      ["SDD-07", "SDD-17"],
    ),
    item("C09", "Credentials are encrypted, keychain-only, without default", secrets(model), true, ["SDD-13"]),
    item("C10", "HTTP hygiene: timeout, proxy, TLS verification on, User-Agent", httpHygiene(model), true, ["SDD-11"]),
    item("C11", "Limits declared; 429/Retry-After handled; bounded retries", limits(model), true, ["SDD-11", "SDD-15"]),
    item("C12", "Every error class has an exit code and a message.tc ≤ 255 characters", errorTable(model), true, [
      "SDD-12",
    ]),
    item("C13", "Mapping targets declared outputs; custom attributes carry the prefix", mappingCheck(model), true, [
      "SDD-09",
    ]),
    item(
      "C14",
      "A Playbook Template per indicator type with a Fail path",
      na("playbook template generator and enrichkit build"),
      true,
      ["SDD-10"],
    ),
    item(
      "C15",
      "Each action × type and error class has a passing offline test",
      na("the test report of npm test"),
      true,
      ["SDD-16"],
    ),
    item("C16", "Sample outputs come from a real emulator run on fixtures", samples(model), true, ["SDD-08", "SDD-16"]),
    item("C17", "User docs cover the seven required items", na("the docs site build"), true, ["SDD-17"]),
    item(
      "C18",
      "Required narrative sections exist without placeholders",
      fromRules(ctx, [narrativePresent], "all required narrative sections present"),
      true,
      ["SDD-19"],
    ),
    item(
      "C19",
      "No drift: every deliverable comes from this definition",
      {
        status: "N/A",
        evidence: `enforced by npm run check in .ci/run; definition ${model.definitionHash.slice(0, 12)}`,
      },
      true,
      ["SDD-00"],
    ),
    item(
      "C20",
      "Package top folder <name>_v<major>, offline install, clean secret scan",
      na("enrichkit package"),
      true,
      ["SDD-05", "SDD-14"],
    ),
  ];
}

/** "14 PASS, 1 WARN, 0 FAIL, 5 N/A". */
export function summarizeChecklist(items: readonly ChecklistItem[]): string {
  const count = (s: CheckStatus) => items.filter((i) => i.status === s).length;
  return `${count("PASS")} PASS, ${count("WARN")} WARN, ${count("FAIL")} FAIL, ${count("N/A")} N/A`;
}
