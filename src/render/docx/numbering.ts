// The lists' numbering (word/numbering.xml): one bullet and one decimal definition, five levels each, and
// one numbering per list of the document, so that every ordered list starts again at 1.
import { XML_HEAD, W_ROOT } from './xml.js';

const BULLET = 0;
const DECIMAL = 1;
const LEVELS = [0, 1, 2, 3, 4];
const BULLETS = ['•', '◦', '▪', '•', '◦'];

function definition(id: number, ordered: boolean): string {
  const levels = LEVELS.map((level) => {
    const format = ordered ? `<w:numFmt w:val="decimal"/><w:lvlText w:val="%${level + 1}."/>` : `<w:numFmt w:val="bullet"/><w:lvlText w:val="${BULLETS[level]}"/>`;
    return `<w:lvl w:ilvl="${level}"><w:start w:val="1"/>${format}<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${420 * (level + 1)}" w:hanging="420"/></w:pPr></w:lvl>`;
  });
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`;
}

/** `lists[i]` is the list numbered `i + 1` in the document (BodyWriter.lists). */
export function numberingXml(lists: readonly { ordered: boolean }[]): string {
  const restart = LEVELS.map((level) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="1"/></w:lvlOverride>`).join('');
  const nums = lists.map((list, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${list.ordered ? DECIMAL : BULLET}"/>${list.ordered ? restart : ''}</w:num>`);
  return `${XML_HEAD}<w:numbering ${W_ROOT}>${definition(BULLET, false)}${definition(DECIMAL, true)}${nums.join('')}</w:numbering>`;
}
