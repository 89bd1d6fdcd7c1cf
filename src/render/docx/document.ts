// The DOCX document: the cover, a table of contents field Word updates on opening, the chapters and the
// sources; header with the guide's title, footer 第 N 页 共 M 页 from PAGE and NUMPAGES fields.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ILevelsOptions,
} from 'docx';
import type { OutputLang } from '../../model/types.js';
import type { Block, Para } from './blocks.js';
import { boxProperties, documentStyles } from './styles.js';

export interface DocumentParts {
  lang: OutputLang;
  title: string;
  subject: string;
  description: string;
  /** The properties a reader of the bookmark map finds the guide by (docs/docx-map.md). */
  custom: { name: string; value: string }[];
  cover: Block[];
  body: Block[];
  tocTitle: string;
}

const BULLET = 'ag-bullet';
const NUMBER = 'ag-number';

function levels(ordered: boolean): ILevelsOptions[] {
  return [0, 1, 2, 3, 4].map((level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : ['•', '◦', '▪', '•', '◦'][level],
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } },
  }));
}

function paragraph(p: Para): Paragraph {
  return new Paragraph({
    children: p.children,
    ...(p.style?.startsWith('Heading') ? { heading: `Heading${p.style.slice(7)}` as 'Heading1' } : p.style ? { style: p.style } : {}),
    ...(p.list ? { numbering: { reference: p.list.ordered ? NUMBER : BULLET, level: p.list.level, instance: p.list.instance } } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(p.align ? { alignment: p.align } : {}),
    ...(p.box ? boxProperties(p.box) : {}),
  });
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: block.rows[0]?.cells.map((c) => Math.round(c.width * 90)) ?? [],
    rows: block.rows.map(
      (row) =>
        new TableRow({
          ...(row.header ? { tableHeader: true } : {}),
          cantSplit: true,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: cell.width, type: WidthType.PERCENTAGE },
                verticalAlign: VerticalAlign.CENTER,
                ...(row.header ? { shading: { fill: 'D9E2F3', type: 'clear', color: 'auto' } } : {}),
                children: (cell.paras.length > 0 ? cell.paras : [{ kind: 'p' as const, children: [] }]).map((p) => paragraph(cell.center ? { ...p, align: AlignmentType.CENTER } : p)),
              }),
          ),
        }),
    ),
  });
}

/**
 * A small empty paragraph follows every table: space below it, and LibreOffice drops a bookmark that
 * spans several paragraphs when it starts in the paragraph right after a table.
 */
export function children(blocks: readonly Block[]): (Paragraph | Table)[] {
  return blocks.flatMap((b) => (b.kind === 'p' ? [paragraph(b)] : [table(b), new Paragraph({ style: 'AfterTable' })]));
}

/** `第 N 页 共 M 页`, `Page N of M`. */
function pageFooter(lang: OutputLang): Footer {
  const words = lang === 'en' ? ['Page ', ' of ', ''] : ['第 ', ' 页 共 ', ' 页'];
  return new Footer({
    children: [
      new Paragraph({
        style: 'RunningFoot',
        children: [new TextRun(words[0]), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(words[1]), new TextRun({ children: [PageNumber.TOTAL_PAGES] }), new TextRun(words[2])],
      }),
    ],
  });
}

export function buildDocument(parts: DocumentParts): Document {
  const toc = new TableOfContents(parts.tocTitle, { hyperlink: true, headingStyleRange: '1-3' });
  return new Document({
    title: parts.title,
    subject: parts.subject,
    description: parts.description,
    creator: 'adapt-guide',
    lastModifiedBy: 'adapt-guide',
    customProperties: parts.custom,
    features: { updateFields: true },
    styles: documentStyles(parts.lang),
    numbering: { config: [{ reference: BULLET, levels: levels(false) }, { reference: NUMBER, levels: levels(true) }] },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1588, right: 1588, header: 851, footer: 851 } },
        },
        headers: { default: new Header({ children: [new Paragraph({ style: 'RunningHead', children: [new TextRun(parts.title)] })] }), first: new Header({ children: [] }) },
        footers: { default: pageFooter(parts.lang), first: new Footer({ children: [] }) },
        children: [
          ...children(parts.cover),
          new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [new TextRun(parts.tocTitle)] }),
          toc,
          ...children(parts.body),
        ],
      },
    ],
  });
}
