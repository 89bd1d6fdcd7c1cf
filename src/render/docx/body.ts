// The guide's chapters as DOCX blocks: headings, bodies, lists, answer tables, tables, callout boxes and
// images, each node inside its bookmark. Fixed words and answer scales come from the shared views.
import type { GuideNode, Json, Lang } from '../../model/types.js';
import type { Say } from '../markdown/language.js';
import { answerScale } from '../view/answer-scale.js';
import { wording } from '../view/wording.js';
import { para, type Block, type Cell, type Inline, type Para, type Row } from './blocks.js';
import type { FieldPrinter } from './fields.js';
import type { EmbeddedImage } from './images.js';
import { runsOf } from './runs.js';

export interface BodyContext {
  fields: FieldPrinter;
  say: Say;
  /** The images of the guide, by image node id: read and measured before the body is laid out. */
  images: ReadonlyMap<string, EmbeddedImage>;
}

/** Text width of an A4 page with the margins of document.ts, in pixels at 96 dpi. */
const TEXT_WIDTH_PX = 604;
const MAX_IMAGE_HEIGHT_PX = 600;
/** EMU (the unit of DrawingML sizes) per pixel at 96 dpi. */
const EMU_PER_PX = 9525;

const text = (value: string, options: { bold?: boolean } = {}) => runsOf([{ text: value }], options);

function cell(children: Inline[], width: number, options: { style?: string; center?: boolean } = {}): Cell {
  return { paras: [para(children, { style: options.style ?? 'TableText' })], width, ...(options.center ? { center: true } : {}) };
}

export function sectionBlocks(node: GuideNode, depth: number, c: BodyContext): Block[] {
  const heading = para(c.fields.inline(node, 'title'), { style: `Heading${Math.min(depth, 4)}` });
  const blocks: Block[] = [heading];
  for (const child of node.children) blocks.push(...(child.type === 'section' ? sectionBlocks(child, depth + 1, c) : nodeBlocks(child, c)));
  return c.fields.bookmarks.node(node.id, blocks);
}

function nodeBlocks(node: GuideNode, c: BodyContext): Block[] {
  const blocks = ((): Block[] => {
    switch (node.type) {
      case 'text':
        return c.fields.block(node, 'body');
      case 'list':
        return listBlocks(node, c);
      case 'checklist':
        return checklistBlocks(node, c);
      case 'table':
        return tableBlocks(node, c);
      case 'callout':
        return calloutBlocks(node, c);
      case 'image':
        return imageBlocks(node, c);
      default:
        return [];
    }
  })();
  return c.fields.bookmarks.node(node.id, blocks);
}

function listBlocks(node: GuideNode, c: BodyContext): Block[] {
  const list = { ordered: node.fields.ordered === true, instance: c.fields.newList(), level: 0 };
  return node.children.flatMap((item) => c.fields.bookmarks.node(item.id, c.fields.item(item, 'text', list)));
}

/** A checklist: its title, then a row per item with a column per answer to tick and a wide remarks column. */
function checklistBlocks(node: GuideNode, c: BodyContext): Block[] {
  const scale = answerScale(node, c.say);
  const own = Array.isArray(node.fields.answers) && node.fields.answers.length > 0;
  const answerWidth = Math.min(10, Math.floor(36 / Math.max(scale.answers.length, 1)));
  const itemWidth = 46;
  const remarksWidth = 100 - itemWidth - answerWidth * scale.answers.length;
  const header: Row = {
    header: true,
    cells: [
      cell(text(scale.item), itemWidth, { style: 'TableHead' }),
      ...scale.answers.map((answer, i) => cell(own ? c.fields.inline(node, `answers.${i}`, { join: 'break' }) : text(answer), answerWidth, { style: 'TableHead', center: true })),
      cell(node.fields.remarks !== undefined ? c.fields.inline(node, 'remarks', { join: 'break' }) : text(scale.remarks), remarksWidth, { style: 'TableHead' }),
    ],
  };
  const rows: Row[] = node.children.map((item) => {
    const cells = [cell(c.fields.inline(item, 'text', { join: 'break' }), itemWidth), ...scale.answers.map(() => cell([], answerWidth, { center: true })), cell([], remarksWidth)];
    c.fields.bookmarks.node(item.id, [{ kind: 'table', rows: [{ header: false, cells }] }]);
    return { header: false, cells };
  });
  const title = c.fields.inline(node, 'title');
  return [...(title.length > 0 ? [para(title, { style: 'Caption', keepNext: true })] : []), { kind: 'table', rows: [header, ...rows] }];
}

function tableBlocks(node: GuideNode, c: BodyContext): Block[] {
  const columns = Array.isArray(node.fields.columns) ? (node.fields.columns as Json[]) : [];
  const ids = columns.map((col) => (col && typeof col === 'object' && !Array.isArray(col) ? String(col.id) : ''));
  const width = 100 / Math.max(ids.length, 1);
  const header: Row = { header: true, cells: ids.map((_, i) => cell(c.fields.inline(node, `columns.${i}.label`, { join: 'break' }), width, { style: 'TableHead' })) };
  const rows: Row[] = node.children.map((row) => {
    const cells = ids.map((col) => cell(c.fields.inline(row, `cells.${col}`, { join: 'break' }), width));
    c.fields.bookmarks.node(row.id, [{ kind: 'table', rows: [{ header: false, cells }] }]);
    return { header: false, cells };
  });
  const caption = c.fields.inline(node, 'caption');
  return [...(caption.length > 0 ? [para(caption, { style: 'Caption', keepNext: true })] : []), { kind: 'table', rows: [header, ...rows] }];
}

/** A callout: a shaded box, its title in bold on top (a case study's title begins with 案例： / Case study: ). */
function calloutBlocks(node: GuideNode, c: BodyContext): Block[] {
  const kind = String(node.fields.kind ?? 'note');
  const label = (lang: Lang, title: string) => (kind !== 'case-study' || title.startsWith(wording.caseStudy[lang].trim()) ? '' : wording.caseStudy[lang]);
  let title = c.fields.inline(node, 'title', { bold: true, prefix: label });
  if (title.length === 0 && kind === 'case-study') title = text(c.say.fixed(wording.caseStudyAlone), { bold: true });
  const paras: Para[] = [...(title.length > 0 ? [para(title, { keepNext: true })] : []), ...(c.fields.block(node, 'body') as Para[])];
  for (const p of paras) p.box = kind;
  return paras;
}

function imageBlocks(node: GuideNode, c: BodyContext): Block[] {
  const image = c.images.get(node.id);
  const blocks: Block[] = [];
  if (image) {
    const scale = Math.min(1, TEXT_WIDTH_PX / image.width, MAX_IMAGE_HEIGHT_PX / image.height);
    const picture = {
      bytes: image.bytes,
      type: image.type,
      width: Math.round(image.width * scale) * EMU_PER_PX,
      height: Math.round(image.height * scale) * EMU_PER_PX,
      name: node.id,
      alt: c.say.inline(node, 'alt'),
    };
    blocks.push(para([{ picture }], { align: 'center', keepNext: true }));
  }
  const caption = c.fields.inline(node, 'caption');
  if (caption.length > 0) blocks.push(para(caption, { style: 'Caption', align: 'center' }));
  return blocks;
}
