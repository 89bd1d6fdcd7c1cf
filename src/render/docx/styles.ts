// The DOCX's fonts, language and styles: a Song face for the body and a Hei face for headings under the
// names Word and WPS on Chinese Windows resolve (宋体 / 黑体), with Latin companions; real Heading 1–4
// styles with outline levels (the navigation pane), and the styles of the cover, captions, callouts and slots.
import { AlignmentType, BorderStyle, ShadingType, type IStylesOptions } from 'docx';
import type { OutputLang } from '../../model/types.js';

export const SONG = '宋体';
export const HEI = '黑体';
const LATIN_BODY = 'Times New Roman';
const LATIN_HEADING = 'Arial';

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

const heading = (size: number, outlineLevel: number, before: number) => ({
  run: { font: { ascii: LATIN_HEADING, hAnsi: LATIN_HEADING, eastAsia: HEI }, size, bold: true, color: '1F3864' },
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after: 120, line: 360 } },
});

export function documentStyles(lang: OutputLang): IStylesOptions {
  const body = { ascii: LATIN_BODY, hAnsi: LATIN_BODY, eastAsia: SONG, cs: LATIN_BODY };
  return {
    default: {
      document: {
        run: { font: body, size: SIZE.body, language: LANGUAGES },
        // Chinese text is set justified (两端对齐), English ragged right.
        paragraph: { spacing: { after: 120, line: 360 }, ...(lang === 'en' ? {} : { alignment: AlignmentType.JUSTIFIED }) },
      },
      title: {
        run: { font: { ascii: LATIN_HEADING, hAnsi: LATIN_HEADING, eastAsia: HEI }, size: SIZE.title, bold: true, color: '1F3864' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 360, line: 480 } },
      },
      heading1: heading(SIZE.h1, 0, 480),
      heading2: heading(SIZE.h2, 1, 360),
      heading3: heading(SIZE.h3, 2, 240),
      heading4: heading(SIZE.h4, 3, 240),
      caption: { run: { font: { ascii: LATIN_HEADING, hAnsi: LATIN_HEADING, eastAsia: HEI }, size: SIZE.small, bold: true, italics: false, color: '000000' }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { font: { ascii: LATIN_HEADING, hAnsi: LATIN_HEADING, eastAsia: HEI }, size: SIZE.subtitle, color: '404040' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 960 } } },
      { id: 'CoverLine', name: 'Cover Line', basedOn: 'Normal', run: { size: SIZE.subtitle }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
      { id: 'Attribution', name: 'Attribution', basedOn: 'Normal', run: { size: SIZE.small, color: '404040' }, paragraph: { spacing: { before: 1440, line: 320 } } },
      { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { font: { ascii: LATIN_HEADING, hAnsi: LATIN_HEADING, eastAsia: HEI }, size: SIZE.h1, bold: true, color: '1F3864' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: SIZE.small }, paragraph: { spacing: { before: 40, after: 40, line: 300 } } },
      { id: 'TableHead', name: 'Table Head', basedOn: 'TableText', run: { bold: true, font: { ascii: LATIN_HEADING, hAnsi: LATIN_HEADING, eastAsia: HEI } }, paragraph: { keepNext: true } },
      { id: 'AfterTable', name: 'After Table', basedOn: 'Normal', next: 'Normal', run: { size: 8 }, paragraph: { spacing: { before: 0, after: 120, line: 240 } } },
      { id: 'ListContinue', name: 'List Continue', basedOn: 'Normal', paragraph: { indent: { left: 420 } } },
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { color: '404040' }, paragraph: { indent: { left: 567 } } },
      { id: 'Source', name: 'Source', basedOn: 'Normal', paragraph: { alignment: AlignmentType.LEFT, indent: { left: 567, hanging: 567 } } },
      { id: 'RunningHead', name: 'Running Head', basedOn: 'Normal', run: { size: SIZE.header, color: '595959' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 1 } } } },
      { id: 'RunningFoot', name: 'Running Foot', basedOn: 'Normal', run: { size: SIZE.header, color: '595959' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
    ],
    characterStyles: [
      // A slot's placeholder: the style names it in Word's style pane, the highlight shows it on the page.
      { id: 'Slot', name: 'Slot To Fill', basedOn: 'DefaultParagraphFont', run: { highlight: 'yellow', bold: true, color: 'C00000' } },
      { id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: '0563C1', underline: {} } },
    ],
  };
}

/** Direct paragraph properties of a callout box's paragraphs (adjacent ones join into one box). */
export function boxProperties(kind: string) {
  const box = CALLOUT_BOX[kind] ?? CALLOUT_BOX.note;
  return {
    shading: { type: ShadingType.CLEAR, fill: box.fill, color: 'auto' },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: box.rule, space: 8 } },
    indent: { left: 227, right: 227 },
  };
}
