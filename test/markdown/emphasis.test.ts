// Emphasis placed for plain CommonMark: what the writer meant (CJK-friendly pairing) is what micromark reads.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { localiseGuide } from '../../src/localise/localise.js';
import { loadTemplates } from '../../src/render/markdown/load-templates.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { compileTemplates } from '../../src/render/markdown/templates.js';
import { portableEmphasis } from '../../src/render/text/portable-emphasis.js';
import { guide, node, section, text, workspace } from '../helpers/builders.js';

const html = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }).trim();

describe('portableEmphasis', () => {
  it.each([
    ['**普遍适用。**无论', '**普遍适用**。无论', '<p><strong>普遍适用</strong>。无论</p>'],
    ['这是**“强调”**后面', '这是“**强调**”后面', '<p>这是“<strong>强调</strong>”后面</p>'],
    ['**（注）**说明', '（**注**）说明', '<p>（<strong>注</strong>）说明</p>'],
    ['依据**《职业教育法》**规定', '依据《**职业教育法**》规定', '<p>依据《<strong>职业教育法</strong>》规定</p>'],
    ['x *斜体。*y', 'x *斜体*。y', '<p>x <em>斜体</em>。y</p>'],
    ['***粗斜。***后', '***粗斜***。后', '<p><em><strong>粗斜</strong></em>。后</p>'],
    ['**多行\n文本。**后', '**多行\n文本**。后', '<p><strong>多行\n文本</strong>。后</p>'],
    ['- **项目。**说明\n- **二。**三', '- **项目**。说明\n- **二**。三', '<ul>\n<li><strong>项目</strong>。说明</li>\n<li><strong>二</strong>。三</li>\n</ul>'],
    ['补贴￥**100元。**以上', '补贴￥**100元**。以上', '<p>补贴￥<strong>100元</strong>。以上</p>'],
  ])('%j → %j', (source, placed, rendered) => {
    const r = portableEmphasis(source);
    expect(r).toEqual({ text: placed, unfixed: 0 });
    expect(html(r.text)).toBe(rendered);
  });

  it.each([
    '为**核心技能**，', '前文。**粗体**后', '**They apply everywhere.** Next', '**电池制造（长兴）**：说明', '5 * 3 = 15', 'snake_case_name', '`**代码。**`后', '```\n**围栏。**后\n```',
  ])('leaves %j as it is', (source) => {
    expect(portableEmphasis(source)).toEqual({ text: source, unfixed: 0 });
  });

  it('counts a pair it cannot place: punctuation that is markup (a code span, a link) at the edge', () => {
    expect(portableEmphasis('见**`code`。**后')).toEqual({ text: '见**`code`**。后', unfixed: 1 });
    expect(portableEmphasis('前**[链接](https://example.org)。**后').unfixed).toBe(1);
    expect(portableEmphasis('**。**后').unfixed).toBe(1);
  });

  it('renderMarkdown places every text and warns, located, where it cannot', () => {
    const ws = workspace([guide('g', [section('c', '章', 'C', [text('t', '**普遍适用。**无论；见**`x`。**后', 'x')])])]);
    const r = renderMarkdown(localiseGuide(ws, 'g', { sectors: [] }).adapted!, { lang: 'zh', strict: false }, compileTemplates(loadTemplates()).templates!);
    expect(r.markdown).toContain('**普遍适用**。无论；见**`x`**。后');
    expect(r.diagnostics.map((d) => [d.rule, d.node, d.file])).toEqual([['emphasis-not-portable', 't', 'guides/international/g/guide.yaml']]);
  });
});

describe('titles set in bold by the templates', () => {
  it('drop bold markers of their own, which would end the bold early', () => {
    const ws = workspace([guide('g', [section('c', '章', 'C', [node('k', 'callout', { kind: 'tip', title: { zh: '**重要**提示', en: 'x' }, body: { zh: '正文', en: 'y' } })])])]);
    const r = renderMarkdown(localiseGuide(ws, 'g', { sectors: [] }).adapted!, { lang: 'zh', strict: false }, compileTemplates(loadTemplates()).templates!);
    expect(r.markdown).toContain('> [!TIP]\n> **重要提示**\n');
    expect(micromark(r.markdown!.slice(r.markdown!.indexOf('> [!TIP]')))).toContain('<strong>重要提示</strong>');
  });
});
