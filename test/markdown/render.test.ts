import { describe, expect, it } from 'vitest';
import { localiseGuide } from '../../src/localise/localise.js';
import { loadTemplates } from '../../src/render/markdown/load-templates.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { compileTemplates } from '../../src/render/markdown/templates.js';
import type { OutputLang } from '../../src/model/types.js';
import { guide, item, node, section, text, workspace } from '../helpers/builders.js';

const templates = compileTemplates(loadTemplates()).templates!;

function render(chapters: ReturnType<typeof section>[], lang: OutputLang = 'zh') {
  const ws = workspace([guide('g', chapters)]);
  const adapted = localiseGuide(ws, 'g', { sectors: [] }).adapted!;
  const result = renderMarkdown(adapted, { lang, strict: false }, templates);
  return { ...result, body: result.markdown!.slice(result.markdown!.indexOf('\n---\n') + 5) };
}

describe('renderMarkdown', () => {
  it('nests headings by depth, capped at six levels (after the title page\'s own heading)', () => {
    let inner = section('s6', '六', 'Six', [section('s7', '七', 'Seven')]);
    for (const n of [5, 4, 3, 2]) inner = section(`s${n}`, String(n), String(n), [inner]);
    const { body } = render([section('s1', '一', 'One', [inner])]);
    expect(body.match(/^#+ /gm)).toEqual(['# ', '# ', '## ', '### ', '#### ', '##### ', '###### ', '###### ']);
  });

  it('numbers ordered lists and indents continuation lines under the item', () => {
    const { body } = render([section('c', '章', 'C', [node('l', 'list', { ordered: true }, [item('a', '甲\n续行', 'A'), item('b', '乙', 'B')])])]);
    expect(body).toContain('1. 甲\n   续行\n2. 乙\n');
  });

  it('checklists: title, then an answer table with the scale (given or default) and a remarks column', () => {
    const answers = [{ zh: '符合', en: 'Met' }, { zh: '不符合', en: 'Not met' }];
    const remarks = { zh: '说明', en: 'Notes' };
    const { body } = render([section('c', '章', 'C', [node('k', 'checklist', { answers, remarks }, [item('a', '甲', 'A')]), node('d', 'checklist', { title: { zh: '自查', en: 'Check' } }, [item('b', '乙|丙', 'B')])])]);
    expect(body).toContain('<!-- kind: checklist -->\n| 检查项 | 符合 | 不符合 | 说明 |\n| ---------------------------------------- | :-----: | :-----: | -------------------- |\n| 甲 |  |  |  |\n');
    expect(body).toContain('<!-- kind: checklist -->\n**自查**\n\n| 检查项 | 是 | 否 | 需改进 | 备注 |\n');
    expect(body).toContain('| 乙\\|丙 |  |  |  |  |\n');
  });

  it('callouts are GitHub alerts: the marker alone, the title bold below it; a case study is a NOTE after its kind comment', () => {
    const { body } = render([section('c', '章', 'C', [node('t', 'callout', { kind: 'case-study', body: { zh: '一\n\n二', en: 'x' } }), node('u', 'callout', { kind: 'note', title: { zh: '注', en: 'N' }, body: { zh: '三', en: 'y' } }), node('v', 'callout', { kind: 'case-study', title: { zh: '湖州', en: 'Huzhou' }, body: { zh: '四', en: 'z' } })])]);
    expect(body).toContain('<!-- kind: case-study -->\n> [!NOTE]\n> **案例**\n>\n> 一\n>\n> 二\n');
    expect(body).toContain('\n\n> [!NOTE]\n> **注**\n>\n> 三\n');
    expect(body).toContain('<!-- kind: case-study -->\n> [!NOTE]\n> **案例：湖州**\n');
    const en = render([section('c', '章', 'C', [node('v', 'callout', { kind: 'case-study', title: { zh: '湖州', en: 'Huzhou' }, body: { zh: '四', en: 'z' } })])], 'bilingual').body;
    expect(en).toContain('> **案例：湖州 / Case study: Huzhou**\n');
  });

  it('the title page opens the body, and the sources close it', () => {
    const { body } = render([section('c', '章', 'C', [text('t', '一', 'one')])], 'en');
    expect(body).toMatch(/^\n<!-- kind: title-page -->\n# .+\n/);
    expect(body).toContain('\nEdition: ');
  });

  it('bilingual: paragraphs interleave when they pair up, else all zh then all en', () => {
    const paired = render([section('c', '章', 'C', [text('t', '一\n\n二', 'one\n\ntwo')])], 'bilingual').body;
    expect(paired).toContain('# 章 / C\n\n一\n\none\n\n二\n\ntwo\n');
    const unpaired = render([section('c', '章', 'C', [text('t', '一\n\n二', 'one and two')])], 'bilingual').body;
    expect(unpaired).toContain('一\n\n二\n\none and two\n');
  });

  it('tables: escaped cells, zh / en in a cell when bilingual, empty cells for missing columns', () => {
    const columns = [{ id: 'a', label: { zh: '甲', en: 'A' } }, { id: 'b', label: { zh: '乙', en: 'B' } }];
    const table = node('t', 'table', { columns }, [node('r', 'row', { cells: { a: { zh: 'x|y', en: 'x\ny' } } })]);
    expect(render([section('c', '章', 'C', [table])], 'bilingual').body).toContain('| 甲 / A | 乙 / B |\n| --- | --- |\n| x\\|y / x y |  |\n');
  });

  it('en output; a missing en falls back to zh with a marker', () => {
    const { body, diagnostics } = render([section('c', '章', 'C', [node('t', 'text', { body: { zh: '只有中文' } })])], 'en');
    expect(body).toContain('# C\n\n[Chinese original] 只有中文\n');
    expect(diagnostics.map((d) => d.rule)).toEqual(['missing-translation']);
  });

  it('a broken workspace template is one located error, not a crash', () => {
    const broken = compileTemplates({ ...loadTemplates(), text: { source: '{{#if}}', file: 'templates/text.md.hbs' } });
    expect(broken.error).toMatchObject({ rule: 'template-error', args: { template: 'templates/text.md.hbs' } });
    const missing = compileTemplates({ ...loadTemplates(), text: { source: '{{nope}}', file: 'templates/text.md.hbs' } }).templates!;
    const ws = workspace([guide('g', [section('c', '章', 'C', [text('t', '一', 'one')])])]);
    const r = renderMarkdown(localiseGuide(ws, 'g', { sectors: [] }).adapted!, { lang: 'zh', strict: false }, missing);
    expect(r.markdown).toBeUndefined();
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['template-error']);
  });
});
