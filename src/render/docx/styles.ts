// The DOCX's fonts, language and styles (word/styles.xml): a Song face for the body and a Hei face for
// headings under the names Word and WPS on Chinese Windows resolve (宋体 / 黑体), with Latin companions;
// real Heading 1–4 styles with outline levels (the navigation pane), and the styles of the cover, the table
// of contents, captions, tables, callouts, running head and foot, and slots.
import type { OutputLang } from '../../model/types.js';
import { paragraphProperties, runProperties, type Fonts, type ParaLook, type Rule, type RunLook } from './formatting.js';
import { esc, W_ROOT, XML_HEAD } from './xml.js';

export const SONG = '宋体';
export const HEI = '黑体';
export const LATIN_BODY = 'Times New Roman';
export const LATIN_HEADING = 'Arial';

/** Half-points: 小四 12 pt body, 三号 16 pt, 小三 15 pt, 四号 14 pt, 小四 bold headings, 二号 22 pt title. */
const SIZE = { body: 24, small: 21, h1: 32, h2: 30, h3: 28, h4: 24, title: 44, subtitle: 28, header: 18 };

/** What each callout kind looks like: a shaded box with a rule on its left. */
export const CALLOUT_BOX: { [kind: string]: { fill: string; rule: string } } = {
  tip: { fill: 'EAF4EA', rule: '3C8D40' },
  note: { fill: 'EAF1FA', rule: '3A6EA5' },
  'case-study': { fill: 'F6F1E7', rule: 'A67C2E' },
};

/**
 * The languages Word reads per script: Chinese characters are zh-CN, Latin text is English, in every
 * edition, as Word on Chinese Windows tags them (a zh-CN tag on Latin text makes LibreOffice break English
 * words anywhere, and spell-checks them as Chinese).
 */
export const LANGUAGES = { value: 'en-GB', eastAsia: 'zh-CN' };

/** The document's language (core properties): zh-CN for a Chinese or bilingual guide. */
export function documentLanguage(lang: OutputLang): string {
  return lang === 'en' ? LANGUAGES.value : LANGUAGES.eastAsia;
}

const HEADING_FONTS: Fonts = { ascii: LATIN_HEADING, hAnsi: LATIN_HEADING, eastAsia: HEI };
const BODY_FONTS: Fonts = { ascii: LATIN_BODY, hAnsi: LATIN_BODY, eastAsia: SONG, cs: LATIN_BODY };
const DARK_BLUE = '1F3864';
/** A TOC entry's page number sits at the right margin (the text width, 8730 twentieths of a point), after dots. */
export const TOC_TAB = { align: 'right', pos: 8730, leader: 'dot' } as const;

interface Style {
  type: 'paragraph' | 'character' | 'table';
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  /** Shown in Word's style gallery. */
  quick?: boolean;
  default?: boolean;
  p?: ParaLook;
  r?: RunLook;
}

const heading = (level: number, size: number, before: number): Style => ({
  type: 'paragraph',
  id: `Heading${level}`,
  name: `Heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  quick: true,
  p: { keepNext: true, keepLines: true, spacing: { before, after: 120, line: 360 }, outlineLevel: level - 1 },
  r: { fonts: HEADING_FONTS, bold: true, color: DARK_BLUE, size },
});

const tocLevel = (level: number): Style => ({ type: 'paragraph', id: `TOC${level}`, name: `toc ${level}`, basedOn: 'Normal', next: 'Normal', p: { tabs: [TOC_TAB], spacing: { after: 100 }, indent: { left: 420 * (level - 1) }, align: 'left' } });

const STYLES: Style[] = [
  { type: 'paragraph', id: 'Normal', name: 'Normal', default: true, quick: true },
  { type: 'character', id: 'DefaultParagraphFont', name: 'Default Paragraph Font', default: true },
  { type: 'table', id: 'TableNormal', name: 'Normal Table', default: true },
  { type: 'paragraph', id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quick: true, p: { spacing: { before: 2400, after: 360, line: 480 }, align: 'center' }, r: { fonts: HEADING_FONTS, bold: true, color: DARK_BLUE, size: SIZE.title } },
  { type: 'paragraph', id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quick: true, p: { spacing: { after: 960 }, align: 'center' }, r: { fonts: HEADING_FONTS, color: '404040', size: SIZE.subtitle } },
  heading(1, SIZE.h1, 480),
  heading(2, SIZE.h2, 360),
  heading(3, SIZE.h3, 240),
  heading(4, SIZE.h4, 240),
  { type: 'paragraph', id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quick: true, p: { keepNext: true, spacing: { before: 240, after: 120 }, align: 'left' }, r: { fonts: HEADING_FONTS, bold: true, italic: false, color: '000000', size: SIZE.small } },
  { type: 'paragraph', id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quick: true },
  { type: 'paragraph', id: 'CoverLine', name: 'Cover Line', basedOn: 'Normal', p: { spacing: { after: 240 }, align: 'center' }, r: { size: SIZE.subtitle } },
  { type: 'paragraph', id: 'Attribution', name: 'Attribution', basedOn: 'Normal', p: { spacing: { before: 1440, line: 320 } }, r: { color: '404040', size: SIZE.small } },
  { type: 'paragraph', id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', p: { spacing: { after: 240 }, align: 'center' }, r: { fonts: HEADING_FONTS, bold: true, color: DARK_BLUE, size: SIZE.h1 } },
  tocLevel(1),
  tocLevel(2),
  tocLevel(3),
  { type: 'paragraph', id: 'TableText', name: 'Table Text', basedOn: 'Normal', p: { spacing: { before: 40, after: 40, line: 300 } }, r: { size: SIZE.small } },
  { type: 'paragraph', id: 'TableHead', name: 'Table Head', basedOn: 'TableText', p: { keepNext: true }, r: { fonts: HEADING_FONTS, bold: true } },
  { type: 'paragraph', id: 'AfterTable', name: 'After Table', basedOn: 'Normal', next: 'Normal', p: { spacing: { before: 0, after: 120, line: 240 } }, r: { size: 8 } },
  { type: 'paragraph', id: 'ListContinue', name: 'List Continue', basedOn: 'Normal', p: { indent: { left: 420 } } },
  { type: 'paragraph', id: 'Quote', name: 'Quote', basedOn: 'Normal', p: { indent: { left: 567 } }, r: { color: '404040' } },
  { type: 'paragraph', id: 'Source', name: 'Source', basedOn: 'Normal', p: { indent: { left: 567, hanging: 567 }, align: 'left' } },
  { type: 'paragraph', id: 'RunningHead', name: 'Running Head', basedOn: 'Normal', p: { border: { bottom: { size: 4, color: 'A6A6A6', space: 1 } }, spacing: { after: 0 }, align: 'center' }, r: { color: '595959', size: SIZE.header } },
  { type: 'paragraph', id: 'RunningFoot', name: 'Running Foot', basedOn: 'Normal', p: { spacing: { after: 0 }, align: 'center' }, r: { color: '595959', size: SIZE.header } },
  // A slot's placeholder: the style names it in Word's style pane, the highlight shows it on the page.
  { type: 'character', id: 'Slot', name: 'Slot To Fill', basedOn: 'DefaultParagraphFont', r: { bold: true, color: 'C00000', highlight: 'yellow' } },
  { type: 'character', id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', r: { color: '0563C1', underline: true } },
];

function styleXml(s: Style): string {
  const head = `<w:style w:type="${s.type}" w:styleId="${s.id}"${s.default ? ' w:default="1"' : ''}>`;
  const links = `<w:name w:val="${esc(s.name)}"/>${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}${s.next ? `<w:next w:val="${s.next}"/>` : ''}${s.quick ? '<w:qFormat/>' : ''}`;
  // The default table style sets Word's usual cell margins (LibreOffice assumes none without them).
  const table = s.type === 'table' ? '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>' : '';
  return `${head}${links}${s.p ? paragraphProperties(s.p) : ''}${s.r ? runProperties(s.r) : ''}${table}</w:style>`;
}

export function stylesXml(lang: OutputLang): string {
  const run = runProperties({ fonts: BODY_FONTS, size: SIZE.body, lang: LANGUAGES });
  // Chinese text is set justified (两端对齐), English ragged right.
  const paragraph = paragraphProperties({ spacing: { after: 120, line: 360 }, ...(lang === 'en' ? {} : { align: 'both' as const }) });
  const defaults = `<w:docDefaults><w:rPrDefault>${run}</w:rPrDefault><w:pPrDefault>${paragraph}</w:pPrDefault></w:docDefaults>`;
  return `${XML_HEAD}<w:styles ${W_ROOT}>${defaults}${STYLES.map(styleXml).join('')}</w:styles>`;
}

/** The direct properties of a callout box's paragraphs (adjacent ones join into one box). */
export function boxLook(kind: string): ParaLook {
  const box = CALLOUT_BOX[kind] ?? CALLOUT_BOX.note;
  const left: Rule = { size: 24, color: box.rule, space: 8 };
  return { border: { left }, fill: box.fill, indent: { left: 227, right: 227 } };
}
