/**
 * `<appDir>/contracts/<programVersion>.json`: the contract of the current release. Older versions' files stay
 * (they are the baseline of the next contract diff) and are not "extra" files.
 */
import type { ManagedRenderer } from "../lib/check.js";
import { buildContract } from "../lib/contract.js";
import { appDirOf, compareVersions } from "../lib/model.js";
import { stableJson } from "../lib/stable-json.js";

/** Renders the current version's contract and owns the contracts folder. */
export const contractRenderer: ManagedRenderer = {
  id: "contract",
  description: "Machine-readable contract of the current release (params, actions, outputs, types)",
  render: (model) => [
    { path: `${appDirOf(model)}/contracts/${model.programVersion}.json`, contents: stableJson(buildContract(model)) },
  ],
  managed: (model) => {
    const dir = `${appDirOf(model)}/contracts`;
    return {
      dirs: [dir],
      keep: (path) => {
        const m = new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/(\\d+\\.\\d+\\.\\d+)\\.json$`).exec(path);
        return m !== null && compareVersions(m[1]!, model.programVersion) < 0;
      },
    };
  },
};
