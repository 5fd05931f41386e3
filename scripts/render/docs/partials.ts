/**
 * Generated partials the hand-written narrative pages import (`docs-site/docs/*.mdx`): every fact that could drift
 * (versions, limits, param names, contacts, attribute types, hosts) comes from the model through these, so the
 * prose around them never restates one.
 */
import { bullets, code, codeBlock, heading, link, paragraph, strong, table, text } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { paramFacts } from "../app-readme.js";
import { buildFlowMermaid } from "../sdd.js";
import { indicatorTypesOf, inline, renderPartial } from "./_page.js";

/** Overview: description, value, use cases, what it does not do, and the flow diagram (Mermaid). */
export function renderOverviewPartial(model: AppModel): GeneratedFile {
  return renderPartial(model, "overview", [
    paragraph([strong(model.displayName), text(` ${model.programVersion}. ${model.description}`)]),
    bullets(model.valuePoints),
    heading(2, "How it works"),
    codeBlock("mermaid", buildFlowMermaid(model)),
    heading(2, "Use cases"),
    ...model.useCases.flatMap((u) => [heading(3, u.title), paragraph(u.story)]),
    heading(2, "What it does not do"),
    bullets(model.nonGoals),
  ]);
}

/** Requirements: vendor subscription, ThreatConnect instance and version, runtime, network. */
export function renderRequirementsPartial(model: AppModel): GeneratedFile {
  const v = model.vendor;
  return renderPartial(model, "requirements", [
    table(
      ["Requirement", "Detail"],
      [
        [`${v.name} ${v.product} subscription`, v.subscription],
        [`${v.product} API`, `${v.apiVersion} (${v.deployment}), ${v.baseUrl}`],
        ["Vendor limits", v.limits.note],
        ["ThreatConnect version", `${model.minServerVersion} or later`],
        ["ThreatConnect instance types", model.compatibility.instanceTypes.join("; ")],
        [
          "Runtime on the Playbook executor",
          `Node ${model.compatibility.node}, started by the packaged run.py launcher`,
        ],
        [
          "Network",
          `Outbound HTTPS to ${v.egress.hosts.join(", ")} (directly or through the ThreatConnect external proxy)`,
        ],
        [
          "Offline install",
          model.compatibility.offlineInstall ? "Supported: the .tcx carries every dependency" : "Not supported",
        ],
        ["Indicator types", indicatorTypesOf(model).join(", ")],
      ],
    ),
  ]);
}

/** Install: the package name and version to upload. */
export function renderInstallPartial(model: AppModel): GeneratedFile {
  return renderPartial(model, "install", [
    table(
      ["Field", "Value"],
      [
        ["Package", [code(`${model.packageName}.tcx`)]],
        ["App name in ThreatConnect", model.displayName],
        ["Version", model.programVersion],
        ["Category", model.category],
        ["Minimum ThreatConnect version", model.minServerVersion],
      ],
    ),
  ]);
}

/** Configure: keychain params, every param with its default, custom attribute types, and proxy/egress facts. */
export function renderConfigurePartial(model: AppModel): GeneratedFile {
  const secrets = model.params.filter((p) => p.encrypt);
  const visible = model.params.filter((p) => !p.hidden && p.name !== "tc_action" && p.name !== model.indicatorParam);
  return renderPartial(model, "configure", [
    heading(2, "Keychain variables"),
    secrets.length
      ? bullets(secrets.map((p) => [strong(p.label), text(" ("), code(p.name), text(`): ${p.note}`)]))
      : paragraph("This app takes no secrets."),
    heading(2, "Settings"),
    table(
      ["Section", "Label", "Name", "Facts", "Help note"],
      visible.map((p) => [p.section, p.label, [code(p.name)], paramFacts(p), inline(p.note)]),
    ),
    heading(2, "Custom attribute types"),
    model.attributeTypes.length
      ? table(
          ["Name", "Max length", "Indicator types", "Description"],
          model.attributeTypes.map((t) => [t.name, String(t.maxLength), t.indicators.join(", "), t.description]),
        )
      : paragraph("This app needs no custom attribute types."),
    heading(2, "Network and proxy"),
    bullets([
      `Allow outbound HTTPS to ${model.vendor.egress.hosts.join(", ")}.`,
      [
        text("What leaves your network: "),
        text(model.vendor.egress.fieldsSent.join("; ")),
        text(`. ${model.vendor.egress.note} `),
        link(model.vendor.egress.policyUrl, `${model.vendor.product} terms`),
        text("."),
      ],
    ]),
  ]);
}

/** Support: who to contact, where, when. */
export function renderSupportPartial(model: AppModel): GeneratedFile {
  const s = model.vendor.support;
  return renderPartial(model, "support", [
    table(
      ["Channel", "Detail"],
      [
        ["Email", [link(`mailto:${s.contact}`, s.contact)]],
        ["Portal", [link(s.portal)]],
        ["Hours", s.hours],
      ],
    ),
    heading(2, "Contacts"),
    table(
      ["Name", "Role", "Email"],
      model.vendor.contacts.map((c) => [c.name, c.role, [link(`mailto:${c.email}`, c.email)]]),
    ),
  ]);
}
