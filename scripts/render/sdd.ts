/**
 * `solution-design/SOLUTION-DESIGN.md`: the Solution Design Document, sections SDD-00…SDD-20
 * (platform/sdd-outline.md). Every table comes from the model; the prose a partner writes is merged by section
 * from `solution-design/narrative/<name>.md`. Built as an mdast tree; the docx build reads the same tree.
 */
import type { RootContent } from "mdast";
import { markdownBanner } from "../lib/banner.js";
import {
  bullets,
  type Cell,
  code,
  codeBlock,
  heading,
  html,
  link,
  paragraph,
  parseMarkdown,
  renderMarkdown,
  strong,
  table,
  text,
} from "../lib/mdast.js";
import { appDirOf, extrasOf } from "../lib/model.js";
import type { AppModel } from "../lib/types.js";
import { validateApp } from "../rules/index.js";
import { REQUIRED_NARRATIVE } from "../rules/narrative-present.js";
import { type ChecklistItem, evaluateChecklist, summarizeChecklist } from "../sdd/checklist.js";
import { contractChangeNodes, formatSampleValue, paramFacts, sampleOf } from "./app-readme.js";
import { playbookAssumptions } from "./playbooks/index.js";

/** Path of the generated SDD. */
export const SDD_PATH = "solution-design/SOLUTION-DESIGN.md";

/** Section ids and titles (stable; sdd-outline.md §1). */
export const SDD_SECTIONS = [
  ["SDD-00", "Document control and review summary"],
  ["SDD-01", "Summary, value and use cases"],
  ["SDD-02", "Partner, product and contacts"],
  ["SDD-03", "Integration type, scope and technology choice"],
  ["SDD-04", "Architecture and runtime flow"],
  ["SDD-05", "Deliverables and ThreatConnect components"],
  ["SDD-06", "Identity, naming and versioning"],
  ["SDD-07", "Inputs and layout, per action"],
  ["SDD-08", "Actions and outputs"],
  ["SDD-09", "Data mapping to the ThreatConnect model"],
  ["SDD-10", "Playbook templates"],
  ["SDD-11", "External service use"],
  ["SDD-12", "Errors, exit codes and messages"],
  ["SDD-13", "Security and privacy"],
  ["SDD-14", "Requirements, compatibility and installation"],
  ["SDD-15", "Performance and limits"],
  ["SDD-16", "Test and QA plan, with the latest results"],
  ["SDD-17", "Documentation, support and lifecycle"],
  ["SDD-18", "Changes since the last approved SDD"],
  ["SDD-19", "Assumptions, risks and open questions"],
  ["SDD-20", "Review checklist and sign-off"],
] as const;

/** Narrative files merged into each section (required ones print a gap marker when missing). */
const NARRATIVE_BY_SECTION: Record<string, readonly string[]> = {
  "SDD-01": ["summary", "scope"],
  "SDD-03": ["alternatives"],
  "SDD-04": ["architecture-notes"],
  "SDD-09": ["mapping-rationale"],
  "SDD-11": ["api-notes"],
  "SDD-13": ["privacy"],
  "SDD-14": ["requirements-notes"],
  "SDD-15": ["sizing"],
  "SDD-16": ["manual-qa"],
  "SDD-17": ["support"],
  "SDD-19": ["risks", "questions"],
};

/** Acceptance question of each section's review box. */
const ACCEPTANCE: Record<string, string> = {
  "SDD-00": "Am I reviewing the current, complete revision, and is any automated check blocking?",
  "SDD-01": "Is there at least one concrete use case, and is it clear what the integration will not do?",
  "SDD-02": "Who is accountable on the partner side, and what product and API version does this target?",
  "SDD-03": "Is ODE the right pattern, and are the chosen technologies and runtime acceptable?",
  "SDD-04":
    "Can I follow each action from trigger to vendor call to outputs, with nothing bypassing the platform contract?",
  "SDD-05": "Is every required deliverable present, and do the templates use the released app version?",
  "SDD-06": "Do the names and versions follow the program's conventions?",
  "SDD-07": "Is each action configurable with only its own inputs, and are secrets keychain-backed?",
  "SDD-08": "Are outputs named to the schema, correctly typed and documented, and is the raw response available?",
  "SDD-09":
    "Is the mapping consistent with the data model, standard attributes before custom ones, and is the scoring defensible?",
  "SDD-10": "Does each supported indicator type have a template that stores the results and fails visibly?",
  "SDD-11": "Will it behave politely and predictably against the vendor API, behind proxies and within quotas?",
  "SDD-12": "Does every failure give a clear message and the right path, and is 'not found' treated as data?",
  "SDD-13": "What leaves the customer's environment, to whom, and are secrets never logged or output?",
  "SDD-14":
    "Will this install and run on our supported instance types, behind a proxy, with no internet at install time?",
  "SDD-15": "At realistic volumes, will it stay fast and within the vendor's limits?",
  "SDD-16": "Has every action and failure mode been exercised offline and reproducibly?",
  "SDD-17": "Are the seven required documentation items covered, and who supports and maintains this?",
  "SDD-18": "What changed since I approved, and does anything break existing playbooks?",
  "SDD-19": "What am I being asked to decide or accept, and does each risk have an owner?",
  "SDD-20": "Is every blocking check green and every manual item ticked, so I can approve this revision?",
};

/** Mermaid flowchart: UserAction → app → vendor → outputs → write apps → tip. */
export function buildFlowMermaid(model: AppModel): string {
  const q = (s: string) => s.replaceAll('"', "'");
  const types = [...new Set(model.actions.flatMap((a) => a.indicatorTypes))].join(", ");
  const calls = [...new Set(model.actions.flatMap((a) => a.calls.map((c) => `${c.method} ${c.path}`)))];
  const key = (n: string) => model.outputs.some((o) => o.name === n);
  const shown = ["rating", "confidence", "tags", "attributes", "note"]
    .map((s) => `${model.outputSlug}.results.${s}`)
    .filter(key);
  return [
    "flowchart TB",
    `  trigger["UserAction trigger<br/>${q(types)}"] --> app["${q(model.displayName)} ${model.programVersion}<br/>Playbook App"]`,
    `  app -->|"${q(calls.join("<br/>"))}"| vendor["${q(model.vendor.product)} API ${q(model.vendor.apiVersion)}<br/>${q(model.vendor.egress.hosts.join(", "))}"]`,
    `  vendor -->|JSON| app`,
    `  app --> outputs["Playbook outputs<br/>${q(shown.join("<br/>"))}"]`,
    `  outputs --> write["ThreatConnect write apps<br/>rating, tags, attributes, note"]`,
    `  write --> tip["HTML tip back to the trigger<br/>${model.outputSlug}.results.summary.html"]`,
    `  app -.->|Fail path| tip`,
  ].join("\n");
}

/** Mermaid sequence diagram of one run: platform → app → vendor → outputs (the runtime contract, SDD-04). */
export function buildSequenceMermaid(model: AppModel): string {
  const q = (t: string) => t.replaceAll(";", ",").replaceAll("#", "");
  return [
    "sequenceDiagram",
    "  participant U as Analyst (UserAction)",
    "  participant P as ThreatConnect playbook",
    `  participant A as ${q(model.displayName)}`,
    "  participant R as Redis KV store",
    `  participant V as ${q(model.vendor.product)} API`,
    "  U->>P: run the action on an indicator",
    "  P->>A: run.py + encrypted param file",
    "  A->>R: read the indicator variable",
    `  A->>V: ${Math.max(...model.actions.map((a) => a.calls.length))} request(s) per indicator (SDD-11)`,
    "  V-->>A: JSON report (or 404 not found)",
    `  A->>R: write the requested ${model.outputSlug}.* outputs`,
    "  A-->>P: exit code 0/1/4 and message.tc",
    "  P->>P: write apps store the results",
    "  P-->>U: HTML summary in the action card",
  ].join("\n");
}

/** Narrative files merged into `section` (empty when the section takes none). */
export function narrativeFilesOf(section: string): readonly string[] {
  return NARRATIVE_BY_SECTION[section] ?? [];
}

function narrativeNodes(model: AppModel, section: string): RootContent[] {
  const { narrative } = extrasOf(model);
  return (NARRATIVE_BY_SECTION[section] ?? []).flatMap((name) => {
    const prose = narrative[name];
    if (prose?.trim()) return parseMarkdown(prose);
    const required = (REQUIRED_NARRATIVE as readonly string[]).includes(name);
    return required
      ? [
          paragraph([
            strong("Narrative missing:"),
            text(" write "),
            code(`solution-design/narrative/${name}.md`),
            text("."),
          ]),
        ]
      : [];
  });
}

function reviewBox(section: string, checklist: readonly ChecklistItem[]): RootContent {
  const items = checklist.filter((c) => c.sections.includes(section));
  const status = items.length ? ` Checks: ${items.map((c) => `${c.id} ${c.status}`).join(", ")}.` : "";
  return {
    type: "blockquote",
    children: [paragraph([strong("Review:"), text(` ${ACCEPTANCE[section]}${status}`)]) as never],
  };
}

const yes = (b: boolean) => (b ? "yes" : "no");

type SectionBody = (model: AppModel, checklist: readonly ChecklistItem[]) => RootContent[];

const documentControl: SectionBody = (model, checklist) => {
  const { narrative } = extrasOf(model);
  const fails = checklist.filter((c) => c.status === "FAIL");
  return [
    table(
      ["Field", "Value"],
      [
        ["App", model.displayName],
        ["Package", [code(model.packageName)]],
        ["Version", model.programVersion],
        ["appId", [code(model.appId)]],
        ["Definition", [code(model.source)]],
        ["Definition hash (revision)", [code(model.definitionHash.slice(0, 16))]],
        ["Generator", "Enrichkit (npm run generate)"],
        ["Checklist", summarizeChecklist(checklist)],
        [
          "Narrative sections present",
          `${REQUIRED_NARRATIVE.filter((n) => narrative[n]?.trim()).length} of ${REQUIRED_NARRATIVE.length} required`,
        ],
        ["Decision", "☐ Approved ☐ Approved with conditions ☐ Changes requested"],
      ],
    ),
    paragraph(
      fails.length
        ? `Blocking: ${fails.map((f) => `${f.id} (${f.evidence})`).join("; ")}.`
        : "No automated check fails.",
    ),
    paragraph(
      "The revision is the hash of the definition: it changes whenever a fact in the definition changes. Date and commit of a revision are those of the commit that changed this file (git log), so the document itself carries no clock.",
    ),
    heading(3, "Section completeness"),
    table(
      ["Section", "Generated", "Narrative"],
      SDD_SECTIONS.map(([id, title]) => {
        const files = narrativeFilesOf(id);
        const state = files.length
          ? files
              .map(
                (f) =>
                  `${f}.md ${narrative[f]?.trim() ? "present" : (REQUIRED_NARRATIVE as readonly string[]).includes(f) ? "MISSING" : "not written (optional)"}`,
              )
              .join(", ")
          : "none needed";
        return [`${id} ${title}`, "yes", state];
      }),
    ),
  ];
};

const summary: SectionBody = (model) => [
  paragraph(model.description),
  table(
    ["Category", "Indicator types", "Actions"],
    [
      [
        model.category,
        [...new Set(model.actions.flatMap((a) => a.indicatorTypes))].join(", "),
        model.actions.map((a) => a.name).join(", "),
      ],
    ],
  ),
  heading(3, "Value"),
  bullets(model.valuePoints),
  heading(3, "Use cases"),
  table(
    ["Use case", "Story"],
    model.useCases.map((u) => [u.title, u.story]),
  ),
  heading(3, "Non-goals"),
  bullets(model.nonGoals),
];

const partner: SectionBody = (model) => {
  const v = model.vendor;
  return [
    table(
      ["Field", "Value"],
      [
        ["Vendor", v.name],
        ["Product", v.product],
        ["Site", [link(v.site)]],
        ["API version", v.apiVersion],
        ["Deployment", v.deployment],
        ["Subscription", v.subscription],
        ["Support", `${v.support.contact} · ${v.support.portal} · ${v.support.hours}`],
      ],
    ),
    table(
      ["Name", "Role", "Email"],
      v.contacts.map((c) => [c.name, c.role, c.email]),
    ),
  ];
};

const scope: SectionBody = () => [
  table(
    ["Aspect", "Choice"],
    [
      ["Integration type", "On-Demand Enrichment (inbound: vendor data into ThreatConnect)"],
      ["Execution", "Playbook App run by a UserAction-triggered Playbook Template"],
      ["ThreatConnect technologies", "Playbook App, Playbook Templates, custom attribute types; no Components"],
      ["Writes to ThreatConnect", "None from the app: it only writes playbook outputs; the template stores data"],
      [
        "Runtime",
        "programLanguage PYTHON, programMain run.py: a standard-library launcher that starts Node on the bundled app",
      ],
    ],
  ),
];

const architecture: SectionBody = (model) => [
  paragraph("Context and flow (the docx and pdf show this diagram as a picture):"),
  codeBlock("mermaid", buildFlowMermaid(model)),
  heading(3, "One run, step by step"),
  codeBlock("mermaid", buildSequenceMermaid(model)),
  heading(3, "Runtime contract"),
  bullets([
    "Inputs arrive in the AES-CBC encrypted param file (TC_APP_PARAM_FILE, TC_APP_PARAM_KEY); the file is deleted after reading.",
    "Playbook variables are read from and written to the Redis hash named by tc_playbook_kvstore_context; only variables listed in tc_playbook_out_variables are written.",
    "message.tc in tc_out_path carries the last 255 characters of the result message; exit 0 success, 1 failure, 4 fail-no-retry; SIGTERM exits 1.",
    "Logs go to tc_log_path/tc_log_file at tc_log_level with every secret masked.",
  ]),
  heading(3, "Calls per action"),
  table(
    ["Action", "Indicator types", "Calls"],
    model.actions.map((a) => [
      a.name,
      a.indicatorTypes.join(", "),
      a.calls.map((c) => `${c.method} ${c.path}`).join("; "),
    ]),
  ),
];

const deliverables: SectionBody = (model) => {
  const dir = appDirOf(model);
  const rows: Cell[][] = [
    ["install.json", "JSON", `${dir}/install.json`, "generated, drift-checked"],
    ["layout.json", "JSON", `${dir}/layout.json`, "generated, drift-checked"],
    ["App README", "Markdown", `${dir}/README.md`, "generated, drift-checked"],
    ["Param and output JSON Schemas", "JSON Schema 2020-12", `${dir}/schemas/`, "generated, drift-checked"],
    ["Custom attribute types", "JSON", `${dir}/attribute-types.json`, "generated, drift-checked"],
    ["Release contract", "JSON", `${dir}/contracts/${model.programVersion}.json`, "generated, kept per release"],
    ["Playbook templates", ".pbx", `${dir}/playbooks/`, "generated, one per indicator type"],
    ["Solution Design Document", "Markdown, docx, pdf", SDD_PATH, "generated + narrative"],
    ["Docs site", "HTML", "docs-site/", "built"],
    ["One-page slide", "Marp → pdf/png/pptx", "slides/one-pager.md", "generated"],
    ["App package", ".tcx", `dist/package/${model.packageName}.tcx`, "built by enrichkit package"],
  ];
  return [
    table(
      ["Artifact", "Format", "Path", "Source"],
      rows.map(([a, f, p, s]) => [a!, f!, [code(p as string)], s!]),
    ),
    paragraph("Build order: the app is released first; the templates pin that released version."),
  ];
};

const identity: SectionBody = (model) => [
  table(
    ["Field", "Value"],
    [
      ["Display name", model.displayName],
      ["Package name", [code(model.packageName)]],
      ["appId", [code(model.appId)]],
      ["programVersion", model.programVersion],
      ["minServerVersion", model.minServerVersion],
      ["Output slug", [code(model.outputSlug)]],
    ],
  ),
];

const inputs: SectionBody = (model) =>
  model.actions.flatMap((a) => [
    heading(3, a.name),
    table(
      ["Step", "Name", "Label", "Facts", "Allows", "Valid values", "Display", "Help"],
      model.params
        .filter((p) => a.params.includes(p.name))
        .map((p) => [
          p.section,
          [code(p.name)],
          p.label,
          paramFacts(p),
          p.playbookDataType.join(", ") || "—",
          p.validValues.join(", ") || "—",
          p.display || "always",
          p.note || "—",
        ]),
    ),
  ]);

const outputs: SectionBody = (model) =>
  model.actions.flatMap((a) => {
    const sample = sampleOf(model, a.name);
    const rows = model.outputs
      .filter((o) => o.actions.includes(a.name))
      .map((o) => {
        const key = `${o.name}!${o.type}`;
        const example = sample ? formatSampleValue(sample.outputs[key] ?? "(not written)", 60) : "no sample run";
        return [[code(o.name)], o.type, o.description || "—", example] as Cell[];
      });
    return [
      heading(3, a.name),
      paragraph(
        `Accepts ${a.indicatorTypes.join(", ")}; calls ${a.calls.map((c) => `${c.method} ${c.path}`).join(", ")}.${sample ? ` Example values from the emulator run on ${sample.indicator}.` : " No sample run."}`,
      ),
      table(["Output", "Type", "Description", "Example"], rows),
    ];
  });

const mapping: SectionBody = (model) => [
  table(
    ["Source (vendor)", "Target (ThreatConnect)", "Output", "Rule"],
    model.mapping.map((m) => [m.source, m.target, [code(m.output)], m.rule]),
  ),
  heading(3, "Custom attribute types"),
  table(
    ["Name", "Max length", "Indicators", "Description"],
    model.attributeTypes.map((t) => [t.name, String(t.maxLength), t.indicators.join(", "), t.description]),
  ),
];

const templates: SectionBody = (model) => [
  table(
    ["Indicator type", "Action", "Trigger", "Steps", "Fail path"],
    model.actions.flatMap((a) =>
      a.indicatorTypes.map((t) => [
        t,
        a.name,
        "UserAction",
        `app → write rating, confidence, tags, attributes, note → tip (${model.outputSlug}.results.summary.html)`,
        "error message returned to the trigger",
      ]),
    ),
  ),
];

const external: SectionBody = (model) => {
  const l = model.vendor.limits;
  return [
    table(
      ["Action", "Method", "Path", "Purpose", "Expected status"],
      model.actions.flatMap((a) =>
        a.calls.map((c) => [a.name, c.method, [code(c.path)], c.purpose, c.expectedStatus.join(", ")]),
      ),
    ),
    table(
      ["Setting", "Value"],
      [
        ["Base URL", [code(model.vendor.baseUrl)]],
        ["Auth", `header ${model.vendor.auth.header} from param ${model.vendor.auth.param}`],
        ["User-Agent", `${model.displayName}/${model.programVersion}`],
        ["Rate limit", `${l.ratePerMinute}/min${l.quotaPerDay ? `, ${l.quotaPerDay}/day` : ""}`],
        ["Timeout", `${l.timeoutMs} ms`],
        ["Retries", `${l.retries} on 500/502/504 and connection errors, with backoff; 429 honours Retry-After`],
        ["Concurrency", String(l.concurrency)],
        ["Proxy", "tc_proxy_external with the platform proxy settings"],
        ["Note", l.note],
      ],
    ),
  ];
};

const errors: SectionBody = (model) => [
  table(
    ["Class", "When", "Exit", "Retryable", "message.tc", "Fix"],
    model.errors.map((e) => [e.class, e.match, String(e.exitCode), yes(e.retryable), e.message, e.fix]),
  ),
  paragraph(
    "Not found is data: the item gets status not_found and the run exits 0. Arrays report a status per indicator; fail_on_error turns any failed item into exit 1.",
  ),
];

const security: SectionBody = (model) => [
  table(
    ["Secret", "Encrypted", "Valid values", "Handling"],
    model.params
      .filter((p) => p.encrypt)
      .map((p) => [
        [code(p.name)],
        yes(p.encrypt),
        p.validValues.join(", "),
        "keychain only; masked in every log; never written to an output",
      ]),
  ),
  heading(3, "Data egress"),
  bullets([
    ...model.vendor.egress.fieldsSent.map((f) => `Sent: ${f}`),
    `Hosts: ${model.vendor.egress.hosts.join(", ")}`,
    model.vendor.egress.note,
  ]),
  paragraph([text("Vendor policy: "), link(model.vendor.egress.policyUrl)]),
];

const requirements: SectionBody = (model) => [
  table(
    ["Requirement", "Value"],
    [
      ["ThreatConnect", `${model.minServerVersion} or later`],
      ["Instance types", model.compatibility.instanceTypes.join("; ")],
      ["Offline install", model.compatibility.offlineInstall ? "yes: dependencies are bundled" : "no"],
      ["Runtime", `Node ${model.compatibility.node} via the run.py launcher`],
      ["Outbound", model.vendor.egress.hosts.join(", ")],
      ["Vendor subscription", model.vendor.subscription],
      [
        "Prerequisites",
        `keychain variable for ${model.vendor.auth.param}; custom attribute types from attribute-types.json`,
      ],
    ],
  ),
];

const performance: SectionBody = (model) => {
  const l = model.vendor.limits;
  const calls = Math.max(1, ...model.actions.map((a) => a.calls.length));
  const budget = l.timeoutMs * (l.retries + 1);
  const minutes = Math.ceil((l.maxIndicatorsPerRun * calls) / l.ratePerMinute);
  return [
    table(
      ["Measure", "Value"],
      [
        ["Requests per indicator", String(calls)],
        ["Max indicators per run", String(l.maxIndicatorsPerRun)],
        ["Concurrency", String(l.concurrency)],
        ["Worst case per request (timeout × attempts)", `${budget} ms`],
        [`Time for a full batch at ${l.ratePerMinute}/min`, `${minutes} min`],
        ["Quota per indicator", `${calls} request(s)${l.quotaPerDay ? ` of ${l.quotaPerDay}/day` : ""}`],
      ],
    ),
  ];
};

const qa: SectionBody = (model) => [
  table(
    ["Layer", "What it proves"],
    [
      ["Unit", "schemas, mapping, variable parsing, display clauses, rules (given/want tables)"],
      ["Golden", "every generated deliverable byte for byte"],
      [
        "Integration",
        "the app against a local mock vendor (401/404/429/5xx, timeouts, malformed JSON) and a real Redis",
      ],
      ["End to end", "the emulator through run.py; docs site in Chromium; slide render"],
    ],
  ),
  heading(3, "Sample runs"),
  model.samples.length
    ? table(
        ["Action", "Indicator", "Fixture", "Exit", "message.tc"],
        model.samples.map((s) => [s.action, s.indicator, s.fixture, String(s.exitCode), s.messageTc]),
      )
    : paragraph("No sample run in this render."),
  table(
    ["Action", "Example indicator", "Fixture"],
    model.actions.map((a) => [a.name, a.example.indicator, a.example.fixture]),
  ),
];

const docsSupport: SectionBody = (model) => {
  const described = model.params.filter((p) => p.note.trim()).length;
  return [
    table(
      ["Item", "Where"],
      [
        ["App note", model.description ? "install.json note" : "missing"],
        ["Param help notes", `${described} of ${model.params.length} params`],
        ["Support", `${model.vendor.support.contact} · ${model.vendor.support.portal}`],
        ["Change log", `README.md Release Notes (${model.releaseNotes.map((r) => r.version).join(", ")})`],
      ],
    ),
  ];
};

const changes: SectionBody = (model) => [
  ...contractChangeNodes(model),
  heading(3, "Change log"),
  ...model.releaseNotes.flatMap((r) => [paragraph([strong(r.version)]), bullets(r.notes)]),
];

const decisions: SectionBody = (model) => {
  const assumptions = [...model.assumptions, ...playbookAssumptions];
  const warnings = validateApp(model).filter((p) => p.severity === "warning");
  return [
    heading(3, "Assumptions"),
    paragraph(
      "From the definition (A…) and the playbook template generator (P…). UNVERIFIED items are open until ThreatConnect confirms them.",
    ),
    table(
      ["ID", "Assumption", "Status", "Reference"],
      assumptions.map((a) => [a.id, a.text, a.status === "unverified" ? "UNVERIFIED" : a.status, a.ref]),
    ),
    heading(3, "Generator warnings"),
    warnings.length
      ? table(
          ["Rule", "Where", "Warning", "Fix"],
          warnings.map((w) => [w.ruleId, [code(w.location)], w.message, w.hint]),
        )
      : paragraph("None: every rule passes without a warning."),
    heading(3, "Risks and questions"),
  ];
};

const signOff: SectionBody = (_model, checklist) => [
  table(
    ["ID", "Check", "Status", "Evidence", "Blocks"],
    checklist.map((c) => [c.id, c.check, c.status, c.evidence, yes(c.blocks)]),
  ),
  heading(3, "Manual items"),
  bullets([
    "☐ M1 The use case is valuable and ODE is the right pattern (SDD-01, SDD-03).",
    "☐ M2 The vendor API is officially supported and stable (SDD-11).",
    "☐ M3 The data-egress and retention statement is acceptable (SDD-13).",
    "☐ M4 The mapping and scoring semantics are agreed (SDD-09).",
    "☐ M5 A PartnerStage walkthrough including a wrong-credentials case is done (SDD-16).",
    "☐ M6 The support process and maintenance commitment are credible (SDD-17).",
    "☐ M7 The open questions in SDD-19 are answered or accepted as conditions.",
  ]),
  table(["Decision", "Conditions", "Reviewer", "Date"], [["", "", "", ""]]),
];

const BODIES: Record<string, SectionBody> = {
  "SDD-00": documentControl,
  "SDD-01": summary,
  "SDD-02": partner,
  "SDD-03": scope,
  "SDD-04": architecture,
  "SDD-05": deliverables,
  "SDD-06": identity,
  "SDD-07": inputs,
  "SDD-08": outputs,
  "SDD-09": mapping,
  "SDD-10": templates,
  "SDD-11": external,
  "SDD-12": errors,
  "SDD-13": security,
  "SDD-14": requirements,
  "SDD-15": performance,
  "SDD-16": qa,
  "SDD-17": docsSupport,
  "SDD-18": changes,
  "SDD-19": decisions,
  "SDD-20": signOff,
};

/** The SDD as an mdast tree (without the banner). */
export function buildSddTree(model: AppModel): RootContent[] {
  const checklist = evaluateChecklist(model);
  return [
    heading(1, `${model.displayName}: Solution Design Document`),
    paragraph(
      `Version ${model.programVersion} · revision ${model.definitionHash.slice(0, 12)} · generated from ${model.source}`,
    ),
    ...SDD_SECTIONS.flatMap(([id, title]) => [
      heading(2, `${id} ${title}`),
      ...BODIES[id]!(model, checklist),
      ...narrativeNodes(model, id),
      reviewBox(id, checklist),
    ]),
  ];
}

/** Renders the SDD markdown. */
export const sddRenderer = {
  id: "sdd",
  description: "Solution Design Document (markdown; docx/pdf in the build)",
  render: (model: AppModel) => [
    { path: SDD_PATH, contents: renderMarkdown([html(markdownBanner(model.source)), ...buildSddTree(model)]) },
  ],
};
