import { describe, expect, it } from "vitest";
import { buildModel } from "../../lib/model.js";
import type { AppModel } from "../../lib/types.js";
import { miniApp } from "./__fixtures__/mini-app.js";
import { builtinApps, playbookAssumptions } from "./builtin-apps.js";
import { playbooksRenderers, renderPlaybooks } from "./index.js";
import { appProgramName, buildPlaybook, type Pbx, TRIGGER_ID, templateTargets } from "./pbx.js";
import { findAppJob, verifyPlaybook } from "./verify.js";

const model = buildModel(miniApp, { source: "acme-app/src/app.ts" });
const parse = (text: string | Uint8Array) => JSON.parse(String(text)) as Pbx;

function byPath(m: AppModel) {
  return Object.fromEntries(renderPlaybooks(m).map((f) => [f.path, parse(f.contents)]));
}

function paramValue(pbx: Pbx, jobId: number, name: string): string | undefined {
  const job = pbx.jobList.find((j) => j.id === jobId)!;
  return job.jobParameterList.find((p) => p.appCatalogItemParameter.paramName === name)?.value;
}

describe("playbook templates", () => {
  it("renders one .pbx per indicator type, first accepting action wins, under the app's playbooks folder", () => {
    expect(Object.keys(byPath(model)).sort()).toEqual([
      "acme-app/playbooks/acme-intel-address-enrichment.pbx",
      "acme-app/playbooks/acme-intel-file-enrichment.pbx",
      "acme-app/playbooks/acme-intel-host-enrichment.pbx",
    ]);
    expect(templateTargets(model).map((t) => `${t.indicatorType}:${t.action.name}`)).toEqual([
      "Address:Enrich Network",
      "Host:Enrich Network",
      "File:Enrich File",
    ]);
    expect(playbooksRenderers.map((r) => r.id)).toContain("playbook-templates");
  });

  it("is byte-stable, sorted, LF with a final newline, and names its source in the comment", () => {
    const [a, b] = [renderPlaybooks(model), renderPlaybooks(model)];
    expect(a.map((f) => f.contents)).toEqual(b.map((f) => f.contents));
    const text = String(a[0]!.contents);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).not.toContain("\r");
    const keys = Object.keys(JSON.parse(text));
    expect(keys).toEqual([...keys].sort());
    expect(parse(text).comment).toBe("generated from acme-app/src/app.ts — do not edit; run npm run generate");
  });

  it("has a UserAction trigger that renders the merged result as a tip", () => {
    const pbx = byPath(model)["acme-app/playbooks/acme-intel-host-enrichment.pbx"]!;
    const [trigger] = pbx.playbookTriggerList;
    expect(pbx.playbookTriggerList).toHaveLength(1);
    expect(trigger).toMatchObject({
      id: TRIGGER_ID,
      type: "UserAction",
      eventType: "External",
      userActionTypes: "Host",
    });
    expect(trigger!.renderBodyAsTip).toBe(true);
    expect(trigger!.httpResponseHeader).toBe("[]");
    const merge = pbx.jobList.find((j) => j.appCatalogItem.programName === "Merge")!;
    expect(trigger!.httpResponseBody).toBe(`#App:${merge.id}:m.result!String`);
    const app = findAppJob(model, pbx)!;
    expect(paramValue(pbx, merge.id, "output_array")).toContain(`#App:${app.id}:acme.results.summary.html!String`);
  });

  it("runs the app with real install.json params: action, trigger item, keychain key, defaults", () => {
    const pbx = byPath(model)["acme-app/playbooks/acme-intel-file-enrichment.pbx"]!;
    const app = findAppJob(model, pbx)!;
    expect(app.appCatalogItem).toEqual({
      programName: "acme intel enrichment v2",
      displayName: "Acme Intel Enrichment",
      programVersion: "2.1.0",
    });
    expect(app.jobParameterList.map((p) => p.appCatalogItemParameter.paramName)).toEqual(
      model.params.map((p) => p.name),
    );
    expect(paramValue(pbx, app.id, "tc_action")).toBe("Enrich File");
    expect(paramValue(pbx, app.id, "indicator")).toBe(`#Trigger:${TRIGGER_ID}:trg.action.item!String`);
    expect(paramValue(pbx, app.id, "api_key")).toBe("${ORGANIZATION:KEYCHAIN:Acme Intel API Key}");
    expect(paramValue(pbx, app.id, "verify_ssl")).toBe("true");
    // A param with no default has no value key at all, like real exports.
    expect(app.jobParameterList.find((p) => p.appCatalogItemParameter.paramName === "hidden_knob")).toEqual({
      appCatalogItemParameter: { paramName: "hidden_knob" },
    });
    expect(JSON.parse(app.layoutDisplayedInputParams!)).not.toContain("hidden_knob");
  });

  it("writes rating, confidence, tags, attributes and a note with built-in apps, only for outputs the action has", () => {
    const programs = (pbx: Pbx) => pbx.jobList.map((j) => j.appCatalogItem.programName);
    const all = byPath(model);
    const network = programs(all["acme-app/playbooks/acme-intel-address-enrichment.pbx"]!);
    for (const app of ["updateRating", "updateConfidence", "tagCreate", "addAttribute", "threatConnectApi"] as const) {
      expect(network).toContain(builtinApps[app].programName);
    }
    // Enrich File has no confidence output: no confidence job.
    expect(programs(all["acme-app/playbooks/acme-intel-file-enrichment.pbx"]!)).not.toContain(
      builtinApps.updateConfidence.programName,
    );
  });

  it("passes the referential checks for every template; the app's Fail path reaches the trigger", () => {
    for (const [path, pbx] of Object.entries(byPath(model))) {
      expect(verifyPlaybook(model, pbx), path).toEqual([]);
      const app = findAppJob(model, pbx)!;
      const fail = pbx.playbookConnectionList.find((c) => c.type === "Fail" && c.sourceJobId === app.id)!;
      const setVar = pbx.jobList.find((j) => j.id === fail.targetJobId)!;
      expect(setVar.appCatalogItem.programName).toBe(builtinApps.setVariable.programName);
      expect(paramValue(pbx, setVar.id, "variable_mapping")).toContain(
        `#App:${app.id}:acme.results.status.message!String`,
      );
    }
  });

  it("verifyPlaybook catches dangling connections, unknown outputs and param drift", () => {
    const target = templateTargets(model)[0]!;
    const broken = buildPlaybook(model, target);
    broken.playbookConnectionList.push({ type: "Pass", isCircularOnTarget: false, sourceJobId: 1, targetJobId: 2 });
    const app = findAppJob(model, broken)!;
    broken.playbookTriggerList[0]!.httpResponseBody = `#App:${app.id}:acme.results.nope!String`;
    app.jobParameterList.pop();
    const problems = verifyPlaybook(model, broken).join("\n");
    expect(problems).toContain("no job 1");
    expect(problems).toContain("acme.results.nope!String, which nothing produces");
    expect(problems).toContain("differ from install.json");
  });

  it("names the app's programName from the package name and lists its assumptions with sources", () => {
    expect(appProgramName({ packageName: "google_virustotal_enrichment_v1", majorVersion: 1 })).toBe(
      "google virustotal enrichment v1",
    );
    expect(playbookAssumptions.length).toBeGreaterThan(3);
    for (const a of playbookAssumptions) expect(a.ref).not.toBe("");
  });
});

describe("the reference app's templates", async () => {
  const { app } = await import("../../../reference-app/src/app.js");
  const reference = buildModel(app, { source: "reference-app/src/app.ts" });

  it("one per indicator type, each consistent with install.json", () => {
    const files = renderPlaybooks(reference);
    expect(files.map((f) => f.path)).toEqual([
      "reference-app/playbooks/virustotal-address-enrichment.pbx",
      "reference-app/playbooks/virustotal-host-enrichment.pbx",
      "reference-app/playbooks/virustotal-url-enrichment.pbx",
      "reference-app/playbooks/virustotal-file-enrichment.pbx",
    ]);
    for (const file of files) {
      const pbx = parse(file.contents);
      expect(verifyPlaybook(reference, pbx), file.path).toEqual([]);
      const programs = pbx.jobList.map((j) => j.appCatalogItem.programName);
      for (const role of [
        "updateRating",
        "updateConfidence",
        "tagCreate",
        "addAttribute",
        "threatConnectApi",
        "merge",
      ] as const) {
        expect(programs, file.path).toContain(builtinApps[role].programName);
      }
    }
  });
});
