/**
 * The SDD as a Word document, from the same mdast tree the Markdown comes from (render/sdd.ts `buildSddTree`):
 * a title page, a linked table of contents, real Word headings and tables, and each Mermaid block replaced by its
 * rendered picture when the build supplies one. Pure: tree + pictures → bytes; the build step does the I/O.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageBreak,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Code, Heading, List, Table as MdTable, PhrasingContent, RootContent } from "mdast";

/** A rendered picture of a Mermaid block, keyed by the block's source text. */
export interface DiagramPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

/** What the title page and the document properties show. */
export interface SddDocxMeta {
  title: string;
  subtitle: string;
  lines: string[];
}

/** Text width of an A4/Letter page with 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH_TWIP = 9360;
/** Widest picture, in pixels at 96 dpi (6.5 inches). */
const MAX_PICTURE_PX = 624;
/** Tallest picture, so a diagram fits on a page beside its heading. */
const MAX_PICTURE_HEIGHT_PX = 560;
const MONO = "DejaVu Sans Mono";

/** Width and height of a PNG from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (png.length < 24 || !signature.every((b, i) => png[i] === b)) throw new Error("not a PNG");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Plain text of phrasing nodes (for bookmarks, widths and the contents list). */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => ("value" in n ? n.value : "children" in n ? plainText(n.children as PhrasingContent[]) : ""))
    .join("");
}

/** Bookmark id of a section heading: `SDD-07 Inputs…` → `SDD_07`. */
export function bookmarkId(headingText: string): string {
  const id = /^(SDD-\d\d)/.exec(headingText)?.[1] ?? headingText;
  return id.replace(/[^A-Za-z0-9]/g, "_").slice(0, 40);
}

function runs(nodes: readonly PhrasingContent[], style: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    switch (n.type) {
      case "text":
        return [new TextRun({ text: n.value, ...style })];
      case "inlineCode":
        return [new TextRun({ text: n.value, font: MONO, size: 18, ...style })];
      case "strong":
        return runs(n.children, { ...style, bold: true });
      case "emphasis":
        return runs(n.children, { ...style, italics: true });
      case "link":
        return [
          new ExternalHyperlink({
            link: n.url,
            children: [new TextRun({ text: plainText(n.children) || n.url, style: "Hyperlink", ...style })],
          }),
        ];
      case "break":
        return [new TextRun({ text: "", break: 1 })];
      default:
        return "children" in n ? runs(n.children as PhrasingContent[], style) : [];
    }
  });
}

/** Column widths weighted by the longest text per column, so "Field | Value" tables are not split evenly. */
function columnWidths(table: MdTable): number[] {
  const columns = table.children[0]?.children.length ?? 1;
  const longest = Array.from({ length: columns }, (_, c) =>
    Math.max(
      4,
      ...table.children.map((row) => plainText((row.children[c]?.children ?? []) as PhrasingContent[]).length),
    ),
  );
  const weights = longest.map((n) => Math.sqrt(Math.min(n, 200)));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH_TWIP * w) / total));
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: "A0A0A0" };

function wordTable(table: MdTable): Table {
  const widths = columnWidths(table);
  return new Table({
    width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths: widths,
    rows: table.children.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.children.map(
            (cell, c) =>
              new TableCell({
                width: { size: widths[c] ?? 0, type: WidthType.DXA },
                borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
                shading: r === 0 ? { type: ShadingType.CLEAR, color: "auto", fill: "E8EEF4" } : undefined,
                children: [new Paragraph({ children: runs(cell.children, r === 0 ? { bold: true } : {}) })],
              }),
          ),
        }),
    ),
  });
}

function listParagraphs(list: List, level = 0): Paragraph[] {
  return list.children.flatMap((item, i) =>
    item.children.flatMap((child) => {
      if (child.type === "list") return listParagraphs(child, level + 1);
      const children = child.type === "paragraph" ? runs(child.children) : [new TextRun(plainText([child as never]))];
      return list.ordered
        ? [
            new Paragraph({
              indent: { left: 360 * (level + 1) },
              children: [new TextRun(`${(list.start ?? 1) + i}. `), ...children],
            }),
          ]
        : [new Paragraph({ bullet: { level }, children })];
    }),
  );
}

function picture(p: DiagramPicture): Paragraph {
  const scale = Math.min(1, MAX_PICTURE_PX / p.width, MAX_PICTURE_HEIGHT_PX / p.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: "png",
        data: p.png,
        transformation: { width: Math.round(p.width * scale), height: Math.round(p.height * scale) },
      }),
    ],
  });
}

function codeParagraphs(code: Code): Paragraph[] {
  return code.value.split("\n").map(
    (line) =>
      new Paragraph({
        shading: { type: ShadingType.CLEAR, color: "auto", fill: "F4F4F4" },
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text: line || " ", font: MONO, size: 16 })],
      }),
  );
}

function headingParagraph(node: Heading): Paragraph {
  const text = plainText(node.children);
  const level =
    node.depth <= 2 ? HeadingLevel.HEADING_1 : node.depth === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  if (node.depth === 2) {
    return new Paragraph({
      heading: level,
      pageBreakBefore: false,
      children: [new Bookmark({ id: bookmarkId(text), children: [new TextRun(text)] })],
    });
  }
  return new Paragraph({ heading: level, children: runs(node.children) });
}

function blocks(nodes: readonly RootContent[], pictures: ReadonlyMap<string, DiagramPicture>): (Paragraph | Table)[] {
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case "heading":
        // The document title is on the title page.
        return node.depth === 1 ? [] : [headingParagraph(node)];
      case "paragraph":
        return [new Paragraph({ children: runs(node.children) })];
      case "list":
        return listParagraphs(node);
      case "table":
        return [wordTable(node), new Paragraph({ children: [] })];
      case "code": {
        const p = node.lang === "mermaid" ? pictures.get(node.value) : undefined;
        return p ? [picture(p)] : codeParagraphs(node);
      }
      case "blockquote":
        return node.children.flatMap((child) =>
          child.type === "paragraph"
            ? [
                new Paragraph({
                  indent: { left: 360 },
                  border: { left: { style: BorderStyle.SINGLE, size: 12, color: "4A7AB0", space: 8 } },
                  shading: { type: ShadingType.CLEAR, color: "auto", fill: "F1F5FA" },
                  children: runs(child.children),
                }),
              ]
            : blocks([child], pictures),
        );
      case "thematicBreak":
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "A0A0A0", space: 1 } },
            children: [],
          }),
        ];
      default:
        // html (the banner comment) and anything else without a Word equivalent.
        return [];
    }
  });
}

function titlePage(meta: SddDocxMeta): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(meta.title)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 600 },
      children: [new TextRun({ text: meta.subtitle, size: 32 })],
    }),
    ...meta.lines.map(
      (line) =>
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, color: "555555" })] }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** "Contents": one linked line per section heading (depth 2), pointing at the heading's bookmark. */
function contents(nodes: readonly RootContent[]): Paragraph[] {
  const sections = nodes
    .filter((n): n is Heading => n.type === "heading" && n.depth === 2)
    .map((h) => plainText(h.children));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Contents")] }),
    ...sections.map(
      (s) =>
        new Paragraph({
          spacing: { after: 40 },
          children: [
            new InternalHyperlink({ anchor: bookmarkId(s), children: [new TextRun({ text: s, style: "Hyperlink" })] }),
          ],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** Builds the Word document. */
export function buildSddDocument(
  tree: readonly RootContent[],
  meta: SddDocxMeta,
  pictures: ReadonlyMap<string, DiagramPicture> = new Map(),
): Document {
  return new Document({
    title: `${meta.title}: ${meta.subtitle}`,
    creator: "Enrichkit",
    description: meta.lines.join("; "),
    styles: { default: { document: { run: { font: "DejaVu Sans", size: 20 } } } },
    sections: [{ children: [...titlePage(meta), ...contents(tree), ...blocks(tree, pictures)] }],
  });
}

/** The `.docx` bytes. */
export async function renderSddDocx(
  tree: readonly RootContent[],
  meta: SddDocxMeta,
  pictures?: ReadonlyMap<string, DiagramPicture>,
): Promise<Buffer> {
  return Packer.toBuffer(buildSddDocument(tree, meta, pictures));
}
