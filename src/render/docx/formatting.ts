// Run and paragraph properties (w:rPr, w:pPr) as XML, their elements in the order the schema requires,
// shared by the styles and by the paragraphs that set something directly (callout boxes, alignment, lists).
import { esc } from './xml.js';

export interface Fonts {
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
  cs?: string;
}

export interface RunLook {
  style?: string;
  fonts?: Fonts;
  bold?: boolean;
  /** false writes an explicit "not italic" (the Caption style turns Word's italic caption off). */
  italic?: boolean;
  strike?: boolean;
  color?: string;
  /** Half-points. */
  size?: number;
  highlight?: string;
  underline?: boolean;
  lang?: { value: string; eastAsia: string };
}

export type Align = 'left' | 'center' | 'both';

export interface Rule {
  /** Eighths of a point. */
  size: number;
  color: string;
  /** Points between the rule and the text. */
  space: number;
}

export interface ParaLook {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  numbering?: { numId: number; level: number };
  border?: { left?: Rule; bottom?: Rule };
  /** A background colour. */
  fill?: string;
  tabs?: { align: 'right'; pos: number; leader: 'dot' }[];
  /** Twentieths of a point; `line` in 240ths of a line. */
  spacing?: { before?: number; after?: number; line?: number };
  indent?: { left?: number; right?: number; hanging?: number };
  align?: Align;
  outlineLevel?: number;
}

const attrs = (pairs: [string, string | number | undefined][]) => pairs.flatMap(([k, v]) => (v === undefined ? [] : [` w:${k}="${typeof v === 'number' ? v : esc(v)}"`])).join('');

/** The run properties, or '' when there are none. */
export function runProperties(r: RunLook): string {
  let x = '';
  if (r.style) x += `<w:rStyle w:val="${esc(r.style)}"/>`;
  if (r.fonts) x += `<w:rFonts${attrs([['ascii', r.fonts.ascii], ['cs', r.fonts.cs], ['eastAsia', r.fonts.eastAsia], ['hAnsi', r.fonts.hAnsi]])}/>`;
  if (r.bold) x += '<w:b/><w:bCs/>';
  if (r.italic === true) x += '<w:i/><w:iCs/>';
  if (r.italic === false) x += '<w:i w:val="false"/><w:iCs w:val="false"/>';
  if (r.strike) x += '<w:strike/>';
  if (r.color) x += `<w:color w:val="${r.color}"/>`;
  if (r.size) x += `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>`;
  if (r.highlight) x += `<w:highlight w:val="${r.highlight}"/>`;
  if (r.underline) x += '<w:u w:val="single"/>';
  if (r.lang) x += `<w:lang w:val="${r.lang.value}" w:eastAsia="${r.lang.eastAsia}"/>`;
  return x === '' ? '' : `<w:rPr>${x}</w:rPr>`;
}

const rule = (side: string, r: Rule) => `<w:${side} w:val="single" w:color="${r.color}" w:sz="${r.size}" w:space="${r.space}"/>`;

/** The paragraph properties, or '' when there are none. */
export function paragraphProperties(p: ParaLook): string {
  let x = '';
  if (p.style) x += `<w:pStyle w:val="${esc(p.style)}"/>`;
  if (p.keepNext) x += '<w:keepNext/>';
  if (p.keepLines) x += '<w:keepLines/>';
  if (p.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (p.numbering) x += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  if (p.border) x += `<w:pBdr>${p.border.left ? rule('left', p.border.left) : ''}${p.border.bottom ? rule('bottom', p.border.bottom) : ''}</w:pBdr>`;
  if (p.fill) x += `<w:shd w:val="clear" w:color="auto" w:fill="${p.fill}"/>`;
  if (p.tabs) x += `<w:tabs>${p.tabs.map((t) => `<w:tab w:val="${t.align}" w:leader="${t.leader}" w:pos="${t.pos}"/>`).join('')}</w:tabs>`;
  if (p.spacing) x += `<w:spacing${attrs([['before', p.spacing.before], ['after', p.spacing.after], ['line', p.spacing.line]])}/>`;
  if (p.indent) x += `<w:ind${attrs([['left', p.indent.left], ['right', p.indent.right], ['hanging', p.indent.hanging]])}/>`;
  if (p.align) x += `<w:jc w:val="${p.align}"/>`;
  if (p.outlineLevel !== undefined) x += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  return x === '' ? '' : `<w:pPr>${x}</w:pPr>`;
}
