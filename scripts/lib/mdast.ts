/**
 * Small mdast builders and the one Markdown printer (unified + remark-gfm + remark-stringify, bullet "-"), so
 * generated Markdown is a syntax tree, not joined strings.
 */
import type { BlockContent, Heading, List, PhrasingContent, Root, RootContent, Table, TableRow } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

/** A table or paragraph cell: plain text, or phrasing nodes. */
export type Cell = string | PhrasingContent[];

/** Plain text node. */
export const text = (value: string): PhrasingContent => ({ type: "text", value });
/** Inline code node. */
export const code = (value: string): PhrasingContent => ({ type: "inlineCode", value });
/** Bold node. */
export const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
/** Link node. */
export const link = (url: string, label = url): PhrasingContent => ({ type: "link", url, children: [text(label)] });

function phrasing(cell: Cell): PhrasingContent[] {
  return typeof cell === "string" ? [text(cell)] : cell;
}

/** Heading of `depth` (1–6). */
export function heading(depth: 1 | 2 | 3 | 4, cell: Cell): Heading {
  return { type: "heading", depth, children: phrasing(cell) };
}

/** Paragraph. */
export function paragraph(cell: Cell): RootContent {
  return { type: "paragraph", children: phrasing(cell) };
}

/** Bullet list, one paragraph per item. */
export function bullets(items: readonly Cell[]): List {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: items.map((item) => ({ type: "listItem", spread: false, children: [paragraph(item) as BlockContent] })),
  };
}

/** GFM table with a header row. Cell line breaks are flattened (tables cannot hold them). */
export function table(header: readonly string[], rows: readonly (readonly Cell[])[]): Table {
  const row = (cells: readonly Cell[]): TableRow => ({
    type: "tableRow",
    children: cells.map((c) => ({
      type: "tableCell",
      children: typeof c === "string" ? [text(c.replace(/\s*\n\s*/g, " "))] : c,
    })),
  });
  return { type: "table", align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** Fenced code block. */
export function codeBlock(lang: string, value: string): RootContent {
  return { type: "code", lang, value };
}

/** Raw HTML node (the banner comment). */
export function html(value: string): RootContent {
  return { type: "html", value };
}

/** Parses hand-written Markdown (narrative prose) into nodes to merge into a generated tree. */
export function parseMarkdown(markdown: string): RootContent[] {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown).children;
}

/** Prints a tree: GFM, bullet "-", LF, final newline. */
export function renderMarkdown(children: RootContent[]): string {
  const root: Root = { type: "root", children };
  const out = unified()
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: "-", fences: true, rule: "-", listItemIndent: "one" })
    .stringify(root);
  return out.endsWith("\n") ? out : `${out}\n`;
}
