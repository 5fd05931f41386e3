/**
 * What a rule is: a stable id, and a pure check over the model and the generated manifests returning problems.
 */

import type { AppModel, Problem } from "../lib/types.js";
import type { InstallJson } from "../render/install-json.js";
import type { LayoutJson } from "../render/layout-json.js";

/** Everything a rule may read. */
export interface RuleContext {
  model: AppModel;
  installJson: InstallJson;
  layoutJson: LayoutJson;
  /** Narrative prose by section name (`solution-design/narrative/<name>.md`). */
  narrative: Record<string, string>;
  /** Install.json path for locations, e.g. `reference-app/install.json`. */
  installPath: string;
  layoutPath: string;
}

/** One validation rule (one module each, named by its id). */
export interface Rule {
  id: string;
  /** What it enforces and where the requirement comes from. */
  description: string;
  check: (ctx: RuleContext) => Problem[];
}

/** Builds an error problem for `rule`. */
export function error(rule: string, location: string, message: string, hint: string): Problem {
  return { ruleId: rule, severity: "error", location, message, hint };
}

/** Builds a warning problem for `rule`. */
export function warning(rule: string, location: string, message: string, hint: string): Problem {
  return { ruleId: rule, severity: "warning", location, message, hint };
}

/** Values that occur more than once, each with the indexes where it occurs (after the first). */
export function duplicates<T>(items: readonly T[], key: (item: T) => string): { key: string; index: number }[] {
  const seen = new Set<string>();
  const dupes: { key: string; index: number }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) dupes.push({ key: k, index });
    seen.add(k);
  });
  return dupes;
}
