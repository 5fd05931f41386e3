/**
 * The machine-readable contract of a release (params, actions, outputs, attribute types) and the diff between two
 * releases: what a Solutions Engineer checks at re-review (sdd-outline.md SDD-18, checklist C03).
 */

import { type Contract, compareVersions, type StoredContract } from "./model.js";
import type { AppModel } from "./types.js";

/** One change between two contracts. */
export interface ContractChange {
  kind: "added" | "removed" | "retyped" | "newly required";
  what: "param" | "action" | "output" | "attribute type";
  name: string;
  detail: string;
  /** Breaks playbooks built on the previous version (needs a major bump). */
  breaking: boolean;
}

/** Contract of the model's current version. Lists are sorted by name so the file diffs cleanly. */
export function buildContract(model: AppModel): Contract {
  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    appId: model.appId,
    programVersion: model.programVersion,
    params: model.params
      .map((p) => ({
        name: p.name,
        type: p.type,
        required: p.required,
        playbookDataType: [...p.playbookDataType].sort(),
        validValues: [...p.validValues],
      }))
      .sort(byName),
    actions: model.actions
      .map((a) => ({ name: a.name, indicatorTypes: [...a.indicatorTypes].sort(), outputs: [...a.outputs] }))
      .sort(byName),
    outputs: model.outputs
      .map((o) => ({ name: o.name, type: o.type, actions: [...o.actions].sort() }))
      .sort((a, b) => byName(a, b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
    types: model.attributeTypes
      .map((t) => ({ name: t.name, maxLength: t.maxLength, indicators: [...t.indicators].sort() }))
      .sort(byName),
  };
}

/** The newest stored contract older than `version`, if any. */
export function previousContract(stored: readonly StoredContract[], version: string): StoredContract | undefined {
  return stored
    .filter((s) => compareVersions(s.version, version) < 0)
    .sort((a, b) => compareVersions(b.version, a.version))[0];
}

function addedRemoved<T>(
  what: ContractChange["what"],
  before: Map<string, T>,
  after: Map<string, T>,
  describe: (item: T) => string,
): ContractChange[] {
  const removed = [...before].filter(([k]) => !after.has(k));
  const added = [...after].filter(([k]) => !before.has(k));
  return [
    ...removed.map(([name, item]) => ({
      kind: "removed" as const,
      what,
      name,
      detail: describe(item),
      breaking: true,
    })),
    ...added.map(([name, item]) => ({ kind: "added" as const, what, name, detail: describe(item), breaking: false })),
  ];
}

function paramChanges(prev: Contract, cur: Contract): ContractChange[] {
  const before = new Map(prev.params.map((p) => [p.name, p]));
  const after = new Map(cur.params.map((p) => [p.name, p]));
  const changes = addedRemoved("param", before, after, (p) => `${p.type}${p.required ? ", required" : ""}`);
  for (const [name, p] of after) {
    const old = before.get(name);
    if (!old) continue;
    if (old.type !== p.type) {
      changes.push({ kind: "retyped", what: "param", name, detail: `${old.type} → ${p.type}`, breaking: true });
    }
    if (!old.required && p.required) {
      changes.push({ kind: "newly required", what: "param", name, detail: "optional → required", breaking: true });
    }
  }
  // A newly added required param breaks existing playbooks too: they do not set it.
  return changes.map((c) => (c.kind === "added" && after.get(c.name)?.required ? { ...c, breaking: true } : c));
}

function outputChanges(prev: Contract, cur: Contract): ContractChange[] {
  const typesOf = (c: Contract) => {
    const m = new Map<string, string[]>();
    for (const o of c.outputs) m.set(o.name, [...(m.get(o.name) ?? []), o.type].sort());
    return m;
  };
  const before = typesOf(prev);
  const after = typesOf(cur);
  const changes = addedRemoved("output", before, after, (t) => t.join(", "));
  for (const [name, types] of after) {
    const old = before.get(name);
    if (!old || old.join() === types.join()) continue;
    const lost = old.filter((t) => !types.includes(t));
    changes.push({
      kind: "retyped",
      what: "output",
      name,
      detail: `${old.join(", ")} → ${types.join(", ")}`,
      breaking: lost.length > 0,
    });
  }
  return changes;
}

/** Changes from `prev` to `cur`, params then actions then outputs then attribute types, each sorted by name. */
export function diffContracts(prev: Contract, cur: Contract): ContractChange[] {
  const byName = (c: Contract["actions"] | Contract["types"]) => new Map(c.map((x) => [x.name, x] as const));
  const sort = (list: ContractChange[]) => list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [
    ...sort(paramChanges(prev, cur)),
    ...sort(addedRemoved("action", byName(prev.actions), byName(cur.actions), () => "")),
    ...sort(outputChanges(prev, cur)),
    ...sort(addedRemoved("attribute type", byName(prev.types), byName(cur.types), () => "")),
  ];
}

/** Changes since the previous stored release, or undefined when there is none (first release). */
export function changesSincePrevious(
  model: AppModel,
  stored: readonly StoredContract[],
): { from: string; changes: ContractChange[] } | undefined {
  const prev = previousContract(stored, model.programVersion);
  return prev && { from: prev.version, changes: diffContracts(prev.contract, buildContract(model)) };
}
