/**
 * `reference-app/layout.json` (threatconnect.md §2): sections Action/Connection/Configure/Advanced, a display
 * clause per action-specific param, outputs with the display clause of the actions that produce them.
 */
import { layoutSections } from "../../lib/define-app.js";
import { appDirOf, displayClause } from "../lib/model.js";
import { stableJson } from "../lib/stable-json.js";
import type { AppModel, Renderer } from "../lib/types.js";

/** A param or output reference in layout.json. */
export interface LayoutJsonItem {
  name: string;
  display?: string;
}

/** The layout.json document. */
export interface LayoutJson {
  inputs: { sequence: number; title: string; parameters: LayoutJsonItem[] }[];
  outputs: LayoutJsonItem[];
}

const withDisplay = (name: string, display: string): LayoutJsonItem => (display ? { name, display } : { name });

/** Outputs by name (layout lists names, not types); an output shown when any of its types is produced. */
function layoutOutputs(model: AppModel): LayoutJsonItem[] {
  const allActions = model.actions.map((a) => a.name);
  const actionsByName = new Map<string, Set<string>>();
  for (const o of model.outputs) {
    const set = actionsByName.get(o.name) ?? new Set<string>();
    for (const a of o.actions) set.add(a);
    actionsByName.set(o.name, set);
  }
  return [...actionsByName].map(([name, actions]) =>
    withDisplay(
      name,
      displayClause(
        allActions.filter((a) => actions.has(a)),
        allActions,
      ),
    ),
  );
}

/** layout.json as an object (rules read it too). Hidden params are left out, as TcEx requires. */
export function buildLayoutJson(model: AppModel): LayoutJson {
  const visible = model.params.filter((p) => !p.hidden);
  const inputs = layoutSections
    .map((title) => ({
      title,
      parameters: visible.filter((p) => p.section === title).map((p) => withDisplay(p.name, p.display)),
    }))
    .filter((s) => s.parameters.length > 0)
    .map((s, i) => ({ sequence: i + 1, ...s }));
  return { inputs, outputs: layoutOutputs(model) };
}

/** Renders `<appDir>/layout.json`. */
export const layoutJsonRenderer: Renderer = {
  id: "layout-json",
  description: "ThreatConnect layout.json (wizard sections and display clauses)",
  render: (model) => [{ path: `${appDirOf(model)}/layout.json`, contents: stableJson(buildLayoutJson(model)) }],
};
