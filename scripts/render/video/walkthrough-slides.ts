/**
 * The walkthrough slides: what each slide shows and what the narrator says, both built from the model only.
 * Changing a name, a count or a type in the definition changes the slide, the narration and the captions.
 */
import type { ActionModel, AppModel, OutputModel, SampleRun } from "../../lib/types.js";
import {
  escapeCell,
  escapeHtml,
  firstSentence,
  joinList,
  plural,
  sentence,
  slugOf,
  toSpeech,
  truncate,
  unique,
} from "./_text.js";

/** One slide: Markdown body (may hold HTML) and the plain narration spoken over it. */
export interface WalkthroughSlide {
  /** Stable id, e.g. `example-enrich-address`. */
  id: string;
  title: string;
  body: string;
  narration: string;
}

/**
 * Pictures other steps build (flow diagram, input-wizard preview, playbook canvas). Each is a URL or a path relative
 * to the deck; a missing picture falls back to HTML drawn from the model.
 */
export interface WalkthroughPictures {
  flow?: string;
  wizard?: string;
  playbook?: string;
}

/** Sections whose inputs the configure slide tables (the rest have defaults). */
const CONFIGURE_SECTIONS = ["Action", "Connection"];
/** Rows that fit on one 1280×720 slide at the deck's table font size. */
const MAX_TABLE_ROWS = 8;
/** Sample values longer than this (raw JSON, HTML) are left off the example table. */
const MAX_SAMPLE_TEXT = 200;

/** The walkthrough, in order: title, problem, how it works, configure, one example per action, template, write-back, requirements. */
export function buildWalkthroughSlides(model: AppModel, pictures: WalkthroughPictures = {}): WalkthroughSlide[] {
  return [
    titleSlide(model),
    problemSlide(model),
    howItWorksSlide(model, pictures.flow),
    configureSlide(model, pictures.wizard),
    ...model.actions.map((action) =>
      exampleSlide(
        model,
        action,
        model.samples.find((s) => s.action === action.name),
      ),
    ),
    playbookSlide(model, pictures.playbook),
    writtenBackSlide(model),
    requirementsSlide(model),
  ];
}

function titleSlide(model: AppModel): WalkthroughSlide {
  return {
    id: "title",
    title: model.displayName,
    body: [
      `${escapeHtml(model.description)}`,
      "",
      `**Version ${model.programVersion}** · ${escapeHtml(model.category)} · ThreatConnect ${model.minServerVersion} or later · ${escapeHtml(model.vendor.product)} API ${model.vendor.apiVersion}`,
    ].join("\n"),
    narration: [sentence(`${model.displayName}, version ${model.programVersion}`), sentence(model.description)].join(
      " ",
    ),
  };
}

function problemSlide(model: AppModel): WalkthroughSlide {
  const product = model.vendor.product;
  return {
    id: "problem",
    title: "The problem",
    body: [
      `Analysts leave ThreatConnect to look indicators up in ${escapeHtml(product)}. This app brings the answer to the indicator:`,
      "",
      ...model.useCases.map((u) => `- **${escapeHtml(u.title)}**: ${escapeHtml(truncate(u.story, 150))}`),
    ].join("\n"),
    narration: [
      "The problem.",
      sentence(`Analysts leave ThreatConnect to look indicators up in ${product}`),
      sentence(`This app covers ${plural(model.useCases.length, "use case")}`),
      ...model.useCases.map((u) => sentence(u.title)),
    ].join(" "),
  };
}

/** The flow as boxes and arrows in HTML (Marp does not render Mermaid). */
function flowHtml(boxes: readonly { head: string; text: string }[]): string {
  const parts = boxes.map(
    (b) => `<div class="box"><b>${escapeHtml(b.head)}</b><span>${escapeHtml(b.text)}</span></div>`,
  );
  return `<div class="flow">\n${parts.join('\n<div class="arrow">→</div>\n')}\n</div>`;
}

/** A built picture, scaled to fit the slide's body whatever its aspect ratio (Markdown sizes would distort it). */
function pictureHtml(src: string, alt: string): string {
  return `<div class="picture"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"></div>`;
}

function indicatorTypes(model: AppModel): string[] {
  return unique(model.actions.flatMap((a) => a.indicatorTypes));
}

function howItWorksSlide(model: AppModel, flowPicture: string | undefined): WalkthroughSlide {
  const types = indicatorTypes(model);
  const calls = unique(model.actions.flatMap((a) => a.calls.map((c) => `${c.method} ${c.path}`)));
  const flow = flowHtml([
    { head: "ThreatConnect", text: `${joinList(types, "or")} indicator, User Action` },
    { head: "Playbook App", text: model.actions.map((a) => a.name).join(", ") },
    { head: `${model.vendor.product} API ${model.vendor.apiVersion}`, text: calls.join(", ") },
    { head: "Playbook variables", text: `${plural(model.outputs.length, "output")} (${model.outputSlug}.*)` },
    { head: "Template", text: "writes results to the indicator" },
  ]);
  return {
    id: "how-it-works",
    title: "How it works",
    body: flowPicture ? pictureHtml(flowPicture, "Flow diagram") : flow,
    narration: [
      "How it works.",
      sentence(`An analyst runs a User Action on ${articled(joinList(types, "or"))} indicator`),
      sentence(
        `The playbook calls one of the app's ${plural(model.actions.length, "action")}, which looks the indicator up in ${model.vendor.product} API ${model.vendor.apiVersion} at ${joinList(model.vendor.egress.hosts.map(hostName))}`,
      ),
      sentence(
        `The app maps the response to ${plural(model.outputs.length, "playbook variable")}, and the template writes them back to the indicator`,
      ),
    ].join(" "),
  };
}

function articled(phrase: string): string {
  return /^[AEIOU]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

function hostName(host: string): string {
  return host.replace(/:\d+$/, "");
}

function configureSlide(model: AppModel, wizardPicture: string | undefined): WalkthroughSlide {
  const shown = model.params.filter((p) => !p.hidden);
  const tabled = shown.filter((p) => CONFIGURE_SECTIONS.includes(p.section));
  const table = [
    "| Section | Input | Type | Required | Note |",
    "| --- | --- | --- | --- | --- |",
    ...tabled.map(
      (p) =>
        `| ${p.section} | ${escapeCell(p.label)} | ${p.type} | ${p.required ? "yes" : "no"} | ${escapeCell(truncate(p.note, 90))} |`,
    ),
  ].join("\n");
  const sections = unique(shown.map((p) => p.section));
  const encrypted = shown.filter((p) => p.encrypt).map((p) => p.label);
  const defaulted = shown.filter((p) => !CONFIGURE_SECTIONS.includes(p.section));
  return {
    id: "configure",
    title: "Configuring the app",
    body: wizardPicture
      ? pictureHtml(wizardPicture, "Input wizard preview")
      : `<div class="small">\n\n${table}\n\n</div>`,
    narration: [
      "Configuring the app.",
      ...sections
        .filter((s) => CONFIGURE_SECTIONS.includes(s))
        .map((s) =>
          sentence(`The ${s} section takes ${joinList(shown.filter((p) => p.section === s).map((p) => p.label))}`),
        ),
      ...(encrypted.length ? [sentence(`${joinList(encrypted)} is stored in the keychain and never logged`)] : []),
      ...(defaulted.length
        ? [
            sentence(
              `${plural(defaulted.length, "more setting")} under ${joinList(unique(defaulted.map((p) => p.section)))} can stay at ${defaulted.length === 1 ? "its default" : "their defaults"}`,
            ),
          ]
        : []),
    ].join(" "),
  };
}

/** A sample value as one line of text: lists joined, key/value pairs as `key: value`. */
function sampleText(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(sampleText).join(", ");
  if (value && typeof value === "object" && "key" in value && "value" in value) {
    return `${String(value.key)}: ${String(value.value)}`;
  }
  return JSON.stringify(value) ?? "";
}

/** `vt.results.file.threat_label` → "file threat label" (how the narrator names an output). */
function spokenOutput(model: AppModel, name: string): string {
  return name
    .replace(new RegExp(`^${model.outputSlug}\\.`), "")
    .replace(/^results\./, "")
    .replace(/[._]/g, " ");
}

/**
 * Output keys (`name!type`) of a sample to table, one per output name (the String one when there is one), most
 * telling first: mapped outputs, then this action's own, then the rest; long values (raw JSON, HTML) left off.
 */
function rankedSampleKeys(model: AppModel, action: ActionModel, sample: SampleRun): string[] {
  const mapped = new Set(model.mapping.map((m) => m.output));
  const rank = (o: OutputModel) => (mapped.has(o.name) ? 0 : o.actions.length < model.actions.length ? 1 : 2);
  const byName = new Map<string, { key: string; rank: number }>();
  for (const o of model.outputs.filter((o) => o.actions.includes(action.name))) {
    const key = `${o.name}!${o.type}`;
    if (!(key in sample.outputs) || sampleText(sample.outputs[key]).length > MAX_SAMPLE_TEXT) continue;
    if (!byName.has(o.name) || o.type === "String") byName.set(o.name, { key, rank: rank(o) });
  }
  return [...byName.values()].toSorted((a, b) => a.rank - b.rank).map((e) => e.key);
}

/** What the narrator says about a sample: one phrase per mapped output that has a short value. */
function sampleFacts(model: AppModel, sample: SampleRun): string[] {
  const facts: string[] = [];
  for (const name of unique(model.mapping.map((m) => m.output))) {
    const key = ["String", "StringArray", "KeyValueArray"].map((t) => `${name}!${t}`).find((k) => k in sample.outputs);
    if (!key) continue;
    const value = sample.outputs[key];
    const label = spokenOutput(model, name);
    if (key.endsWith("!KeyValueArray") && Array.isArray(value))
      facts.push(plural(value.length, label.replace(/s$/, ""), label));
    else if (sampleText(value).length <= 60) facts.push(`${label} ${sampleText(value)}`);
  }
  return facts;
}

/**
 * How the narrator names an indicator: a URL by its host, a long value (a hash) by its first characters; a voice
 * spelling 64 hex digits or a whole URL helps no one, and the slide shows the full value.
 */
export function spokenIndicator(indicator: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(indicator);
  if (url) return `on ${url[1]}`;
  return indicator.length > 24 ? `starting ${indicator.slice(0, 8)}` : indicator;
}

function exampleSlide(model: AppModel, action: ActionModel, sample: SampleRun | undefined): WalkthroughSlide {
  const type = joinList(action.indicatorTypes, "or");
  const intro = `**${escapeHtml(action.name)}** on the ${escapeHtml(type)} \`${action.example.indicator}\` (fixture \`${action.example.fixture}\`)`;
  const narration = [
    sentence(`Worked example: ${action.name}`),
    sentence(`The app looks up the ${type} ${spokenIndicator(action.example.indicator)}, shown on screen`),
  ];
  if (!sample) {
    return {
      id: `example-${slugOf(action.name)}`,
      title: `Example: ${action.name}`,
      body: `${intro}\n\n> Sample run not collected.`,
      narration: [...narration, "Sample run not collected."].join(" "),
    };
  }
  const keys = rankedSampleKeys(model, action, sample).slice(0, MAX_TABLE_ROWS);
  const facts = sampleFacts(model, sample);
  const table = [
    "| Output variable | Sample value |",
    "| --- | --- |",
    ...keys.map((k) => `| \`${k}\` | ${escapeCell(truncate(sampleText(sample.outputs[k]), 70))} |`),
  ].join("\n");
  return {
    id: `example-${slugOf(action.name)}`,
    title: `Example: ${action.name}`,
    body: `${intro}, exit code ${sample.exitCode}: ${escapeHtml(truncate(sample.messageTc, 120))}\n\n<div class="small">\n\n${table}\n\n</div>`,
    narration: [
      ...narration,
      sentence(
        `The recorded run exited with code ${sample.exitCode} and wrote ${plural(Object.keys(sample.outputs).length, "output")}`,
      ),
      ...(facts.length ? [sentence(`It returned ${joinList(facts)}`)] : []),
    ].join(" "),
  };
}

function htmlOutput(model: AppModel): string | undefined {
  return model.outputs.find((o) => o.name.endsWith(".html"))?.name;
}

/** What the template writes, named after the mapped outputs: "rating", "tags", "attributes". */
function writtenOutputs(model: AppModel): string[] {
  return unique(model.mapping.map((m) => spokenOutput(model, m.output)));
}

/**
 * What the mapping writes, as the narrator says it: the indicator's own fields ("rating", "note"), then a count of
 * attributes, then any other target. Targets read `Indicator.rating`, `Indicator note (v3 post)`, `Attribute 'X'`.
 */
function writtenTargets(model: AppModel): string[] {
  const targets = unique(model.mapping.map((m) => m.target));
  const fields = unique(
    targets.flatMap((t) => {
      const field = /^Indicator[.\s]+([A-Za-z ]+?)\s*(\(|$)/.exec(t);
      return field ? [field[1]!.toLowerCase()] : [];
    }),
  );
  const attributes = targets.filter((t) => /^Attribute\b/.test(t));
  const other = targets
    .filter((t) => !/^(Indicator|Attribute)\b/.test(t))
    .map((t) => toSpeech(t.replace(/['"]/g, "").replace(/\./g, " ")));
  return [
    ...(fields.length ? [`the indicator's ${joinList(fields)}`] : []),
    ...(attributes.length ? [plural(attributes.length, "attribute")] : []),
    ...other,
  ];
}

function playbookSlide(model: AppModel, playbookPicture: string | undefined): WalkthroughSlide {
  const html = htmlOutput(model);
  const types = indicatorTypes(model);
  const flow = flowHtml([
    { head: "User Action trigger", text: `${joinList(types, "or")} indicator` },
    { head: model.displayName, text: `one action per indicator type` },
    { head: "Write to ThreatConnect", text: writtenOutputs(model).join(", ") },
    ...(html ? [{ head: "Back to the analyst", text: html }] : []),
  ]);
  return {
    id: "playbook-template",
    title: "The playbook template",
    body: playbookPicture ? pictureHtml(playbookPicture, "Playbook template canvas") : flow,
    narration: [
      "The playbook template.",
      sentence(
        `The package ships ${plural(model.actions.length, "On-Demand Enrichment template")}, one per indicator type: ${joinList(types)}`,
      ),
      sentence(
        `Each starts from a User Action trigger, runs the app and writes the ${joinList(writtenOutputs(model))} to the indicator${html ? ", then returns an HTML summary to the analyst" : ""}`,
      ),
    ].join(" "),
  };
}

function writtenBackSlide(model: AppModel): WalkthroughSlide {
  const rows = model.mapping.slice(0, MAX_TABLE_ROWS);
  const table = [
    "| ThreatConnect | From | Output |",
    "| --- | --- | --- |",
    ...rows.map((m) => `| ${escapeCell(m.target)} | ${escapeCell(truncate(m.source, 44))} | \`${m.output}\` |`),
  ].join("\n");
  const more = model.mapping.length > rows.length ? `\n\n…and ${model.mapping.length - rows.length} more rules.` : "";
  const attributeNames = model.attributeTypes.map((t) => t.name);
  return {
    id: "written-back",
    title: "What gets written back to ThreatConnect",
    body: `<div class="small">\n\n${table}${more}\n\n</div>`,
    narration: [
      "What gets written back to ThreatConnect.",
      sentence(`${plural(model.mapping.length, "mapping rule")} set ${writtenTargets(model).join(", and ")}`),
      ...(attributeNames.length
        ? [sentence(`The app ships ${plural(attributeNames.length, "custom attribute type")} for them`)]
        : []),
    ].join(" "),
  };
}

function requirementsSlide(model: AppModel): WalkthroughSlide {
  const v = model.vendor;
  const keyParam = model.params.find((p) => p.name === v.auth.param);
  const support = v.support;
  return {
    id: "requirements",
    title: "Requirements and support",
    body: [
      `- ThreatConnect ${model.minServerVersion} or later (${escapeHtml(model.compatibility.instanceTypes.join(", "))}); Node ${escapeHtml(model.compatibility.node)}`,
      `- ${escapeHtml(truncate(firstSentence(v.subscription), 160))}`,
      `- Outbound HTTPS to ${escapeHtml(v.egress.hosts.join(", "))}; ${v.limits.ratePerMinute} requests/minute by default`,
      `- Support: ${escapeHtml(support.contact)} · ${escapeHtml(support.portal)} · ${escapeHtml(support.hours)}`,
    ].join("\n"),
    narration: [
      "Requirements and support.",
      sentence(
        `The app needs ThreatConnect ${model.minServerVersion} or later and ${articled(`${v.product} ${keyParam?.label ?? "API key"}`)}`,
      ),
      sentence(
        `It connects to ${joinList(v.egress.hosts.map(hostName))} and limits itself to ${plural(v.limits.ratePerMinute, "request")} per minute by default`,
      ),
      sentence(`Support is at ${support.contact}, ${support.hours}`),
    ].join(" "),
  };
}
