/**
 * `slides/one-pager.md`: the one-page sales slide (Marp, 16:9) generated from the definition: headline, the problem,
 * how it works in three steps, indicator types, key outputs, requirements and contact. Layout lives in the
 * hand-written theme `slides/one-pager.css`; this file only places content in its named blocks.
 */
import type { RootContent } from "mdast";
import { bannerText } from "../../lib/banner.js";
import { bullets, code, heading, html, paragraph, renderMarkdown, strong, text } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile, OutputModel } from "../../lib/types.js";

/** Path of the generated slide. */
export const ONE_PAGER_PATH = "slides/one-pager.md";
/** Marp theme name declared by `slides/one-pager.css` (`@theme`). */
export const ONE_PAGER_THEME = "enrichkit-one-pager";

/** First sentence of a description (the slide has room for one). */
export function firstSentence(textValue: string): string {
  const match = /^.*?[.!?](?=\s|$)/.exec(textValue.trim());
  return match ? match[0] : textValue.trim();
}

/** Outputs the playbook template stores (the ones the mapping table targets), one per name, in mapping order. */
export function keyOutputs(model: AppModel): OutputModel[] {
  const names = [...new Set(model.mapping.map((m) => m.output))];
  return names.flatMap((name) => {
    const candidates = model.outputs.filter((o) => o.name === name);
    return candidates.length ? [candidates[0]!] : [];
  });
}

function block(cls: string, children: RootContent[]): RootContent[] {
  return [html(`<div class="${cls}">`), ...children, html("</div>")];
}

/** The slide's Markdown body (after the front matter). */
export function buildOnePager(model: AppModel): RootContent[] {
  const v = model.vendor;
  const types = [...new Set(model.actions.flatMap((a) => a.indicatorTypes))];
  const callsPerIndicator = Math.max(...model.actions.map((a) => a.calls.length));
  const stored = keyOutputs(model).map((o) => o.name.split(".").at(-1) ?? o.name);
  const support = v.support;
  const bd = v.contacts.find((c) => c.role === "BD") ?? v.contacts[0];
  return [
    heading(1, model.displayName),
    paragraph(firstSentence(model.description)),
    html('<div class="grid">'),
    ...block("col", [
      heading(2, "The problem"),
      paragraph(
        `Checking ${types.join(", ")} indicators in ${v.product} by hand means leaving ThreatConnect, copying results back and guessing a threat rating.`,
      ),
      heading(2, "How it works"),
      {
        type: "list",
        ordered: true,
        spread: false,
        children: [
          `An analyst runs the ${v.product} UserAction on an indicator in ThreatConnect.`,
          `The app looks it up in ${v.product} API ${v.apiVersion}: ${callsPerIndicator === 1 ? "one call" : `up to ${callsPerIndicator} calls`} per indicator, rate-limited and retried.`,
          `The playbook template stores ${stored.join(", ")} and shows a summary tip.`,
        ].map((item) => ({ type: "listItem", spread: false, children: [paragraph(item) as never] })),
      },
    ]),
    ...block("col", [
      heading(2, "Indicator types"),
      paragraph([strong(types.join(" · "))]),
      heading(2, "Key outputs"),
      bullets(keyOutputs(model).map((o) => [code(o.name), text(` ${firstSentence(o.description)}`)])),
    ]),
    ...block("col", [
      heading(2, "Requirements"),
      bullets([
        `ThreatConnect ${model.minServerVersion} or later`,
        v.subscription,
        `Outbound HTTPS to ${v.egress.hosts.join(", ")}`,
      ]),
      heading(2, "Contact"),
      bullets([
        support.contact,
        support.portal,
        ...(bd && bd.email !== support.contact ? [`${bd.name}: ${bd.email}`] : []),
      ]),
    ]),
    html("</div>"),
    html(`<footer>${model.displayName} ${model.programVersion} · ${v.name} ${v.product} API ${v.apiVersion}</footer>`),
  ];
}

/** The slide file: Marp front matter (with the banner as a YAML comment, so it is no speaker note), then the body. */
export function renderOnePager(model: AppModel): GeneratedFile {
  const front = [
    "---",
    `# ${bannerText(model.source)}`,
    "marp: true",
    `theme: ${ONE_PAGER_THEME}`,
    "size: 16:9",
    "paginate: false",
    "---",
    "",
  ].join("\n");
  return { path: ONE_PAGER_PATH, contents: `${front}\n${renderMarkdown(buildOnePager(model))}` };
}
