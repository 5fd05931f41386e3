/**
 * Every rule, in report order. `validateApp` runs them all and returns every problem at once.
 */

import { appDirOf, extrasOf } from "../lib/model.js";
import type { AppModel, Problem } from "../lib/types.js";
import { buildInstallJson } from "../render/install-json.js";
import { buildLayoutJson } from "../render/layout-json.js";
import { actionHasOutputs } from "./action-has-outputs.js";
import { displayClauseSql } from "./display-clause-sql.js";
import { displayNameFormat } from "./display-name-format.js";
import { documented } from "./documented.js";
import { layoutOutputInInstall } from "./layout-output-in-install.js";
import { layoutParamInInstall } from "./layout-param-in-install.js";
import { narrativePresent } from "./narrative-present.js";
import { outputNameSchema } from "./output-name-schema.js";
import { packageNameFormat } from "./package-name-format.js";
import { packageNameNoSpaces } from "./package-name-no-spaces.js";
import { rawResponseOutput } from "./raw-response-output.js";
import { releaseNotesCurrent } from "./release-notes-current.js";
import type { Rule, RuleContext } from "./rule.js";
import { uniqueOutput } from "./unique-output.js";
import { uniqueParamName } from "./unique-param-name.js";
import { uniqueParamSequence } from "./unique-param-sequence.js";
import { visibleParamInLayout } from "./visible-param-in-layout.js";

export type { Rule, RuleContext } from "./rule.js";

/** All rules: what `tcex validate` checks, then the partner-program rules TcEx does not check. */
export const rules: readonly Rule[] = [
  layoutParamInInstall,
  visibleParamInLayout,
  layoutOutputInInstall,
  displayClauseSql,
  uniqueParamName,
  uniqueParamSequence,
  uniqueOutput,
  packageNameNoSpaces,
  outputNameSchema,
  displayNameFormat,
  packageNameFormat,
  rawResponseOutput,
  actionHasOutputs,
  documented,
  releaseNotesCurrent,
  narrativePresent,
];

/** The context rules read, from a model (manifests built by the same code the renderers use). */
export function buildRuleContext(model: AppModel): RuleContext {
  const dir = appDirOf(model);
  return {
    model,
    installJson: buildInstallJson(model),
    layoutJson: buildLayoutJson(model),
    narrative: extrasOf(model).narrative,
    installPath: `${dir}/install.json`,
    layoutPath: `${dir}/layout.json`,
  };
}

/** Runs every rule; a rule that crashes is itself reported, so one bug never hides the other problems. */
export function runRules(ctx: RuleContext, list: readonly Rule[] = rules): Problem[] {
  return list.flatMap((rule) => {
    try {
      return rule.check(ctx);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      return [
        {
          ruleId: rule.id,
          severity: "error" as const,
          location: ctx.model.source,
          message: `rule crashed: ${message}`,
          hint: "report this as an Enrichkit bug",
        },
      ];
    }
  });
}

/** Validates a model with every rule. */
export function validateApp(model: AppModel): Problem[] {
  return runRules(buildRuleContext(model));
}

/** `error  <location>  <message> (<ruleId>)  hint: <hint>` */
export function formatProblem(p: Problem): string {
  return `${p.severity}  ${p.location}  ${p.message} (${p.ruleId})  hint: ${p.hint}`;
}

/** "2 errors, 1 warning". */
export function summarizeProblems(problems: readonly Problem[]): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const errors = problems.filter((p) => p.severity === "error").length;
  return `${n(errors, "error")}, ${n(problems.length - errors, "warning")}`;
}
