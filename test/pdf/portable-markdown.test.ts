// The PDF of the portable Markdown: GitHub's five alert types and the case study, hidden comments, the
// title page drawn once (on the cover), checklists as answer tables, and the shipped guides' sources.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { plainText } from '../../src/render/pdf/document/blocks.js';
import { parseMarkdown } from '../../src/render/pdf/document/markdown.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { REPO } from '../support/cli.js';
import { runCliAsync } from '../support/localise-fixture.js';
import { extractPdf, type PdfText } from '../support/pdf-text.js';
import { defaultTheme, render } from '../support/render.js';

const body = (pdf: PdfText, from = 0) => pdf.lines.filter((l) => l.page >= from && !l.artifact);
const textOf = (pdf: PdfText, from = 0) => body(pdf, from).map((l) => l.text).join('\n');

describe('alerts', () => {
  const alerts = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'].map((t) => `> [!${t}]\n> **${t.toLowerCase()} 标题**\n>\n> ${t.toLowerCase()} 正文。\n`).join('\n');
  const md = `# 提示框\n\n${alerts}\n<!-- kind: case-study -->\n> [!NOTE]\n> **案例：湖州**\n>\n> 案例正文。\n\n> [!CASE-STUDY]\n> 旧写法。\n`;

  it('renders all five types with their titles, a case study, and warns (located) on an unknown type', async () => {
    const r = await render(md, { bare: true });
    const text = textOf(await extractPdf(r.bytes));
    for (const t of ['note', 'tip', 'important', 'warning', 'caution']) {
      expect(text).toContain(`${t} 标题`);
      expect(text).toContain(`${t} 正文。`);
    }
    expect(text).toContain('案例：湖州');
    expect(text).not.toMatch(/\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|kind: case-study|\*\*/);
    // GitHub shows an unknown marker as text in a quote; so does the PDF, with a warning at its line.
    expect(text).toContain('[!CASE-STUDY]');
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([['pdf-unknown-alert', md.split('\n').indexOf('> [!CASE-STUDY]') + 1]]);
  });

  it('reads a case study from its kind comment, and only a NOTE as one', async () => {
    const bag = new DiagnosticBag();
    const blocks = await parseMarkdown('<!-- kind: case-study -->\n> [!NOTE]\n> **案例：乙**\n>\n> 正文。\n\n<!-- kind: case-study -->\n> [!TIP]\n> 提示。\n\n> [!NOTE]\n> 注。\n', bag, 'x.md', 0);
    expect(blocks.map((b) => (b.type === 'callout' ? `${b.kind}:${plainText(b.title)}` : b.type))).toEqual(['case-study:案例：乙', 'tip:', 'note:']);
    expect(bag.items).toEqual([]);
  });
});

describe('the title page and the answer table', () => {
  const front = '---\ntitle: 测试指南\nlocality: 湖州\nedition: 2026-11\nattribution: 本指南由湖州市人社局改编。\n---\n';
  const page = '<!-- kind: title-page -->\n# 测试指南\n\n适用地区：湖州\\\n版本：2026-11\n\n本指南由湖州市人社局改编。\n\n';
  const checklist = '<!-- kind: checklist -->\n**自我评估：基本要求**\n\n| 检查项 | 是 | 否 | 需改进 | 备注 |\n| --- | :-: | :-: | :-: | --- |\n| 每名学徒都已签订书面协议。 |  |  |  |  |\n| 有书面培养计划。 |  |  |  |  |\n';

  it('shows the title page once, on the cover, when the front matter carries it', async () => {
    const r = await render(`${front}${page}# 第一章\n\n正文。\n\n${checklist}`);
    expect(r.diagnostics).toEqual([]);
    const pdf = await extractPdf(r.bytes);
    expect(textOf(pdf).match(/本指南由湖州市人社局改编/g)).toHaveLength(1);
    expect(body(pdf).find((l) => l.text.includes('本指南由湖州市人社局改编'))!.page).toBe(0);
    expect(textOf(pdf, 1)).not.toContain('测试指南');
    expect(pdf.outline.map((o) => o.title)).toEqual(['第一章']);
  });

  it('without front matter, the title page heading is the cover title and the rest opens the body', async () => {
    const pdf = await extractPdf((await render(`${page}# 第一章\n\n正文。\n`)).bytes);
    expect(textOf(pdf).match(/测试指南/g)).toHaveLength(1);
    expect(body(pdf).find((l) => l.text.includes('测试指南'))!.page).toBe(0);
    expect(textOf(pdf, 1)).toContain('适用地区：湖州');
  });

  it('draws a checklist as a ruled table: statements wide, tick columns narrow, remarks wide enough to write in', async () => {
    const theme = await defaultTheme();
    const pdf = await extractPdf((await render(`# 章\n\n${checklist}`, { bare: true, theme })).bytes);
    const lines = body(pdf);
    const at = (text: string) => lines.find((l) => l.text.trim() === text)!;
    const measure = theme.page.width - theme.page.margins.left - theme.page.margins.right;
    const [item, yes, no, better, remarks] = ['检查项', '是', '否', '需改进', '备注'].map(at);
    // Lines start where pdfjs puts the gap before them: measure by their right ends. Tick columns are centred.
    expect(no.right - yes.right).toBeLessThan(measure * 0.12);
    expect(better.right - no.right).toBeLessThan(measure * 0.15);
    // The remarks column (left-aligned header) runs from its header to the right margin: about a quarter of the measure.
    const size = theme.sizes.table;
    expect(theme.page.width - theme.page.margins.right - (remarks.right - 2 * size)).toBeGreaterThan(measure * 0.22);
    expect(yes.right - item.right).toBeGreaterThan(measure * 0.3);
  });
});

describe('the shipped guides carry their furniture and sources into the PDF', () => {
  const { workspace } = loadWorkspace(REPO);
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'ag-sources-pdf-'));
    for (const lang of ['zh', 'en', 'bilingual']) {
      const run = await runCliAsync(['--city', 'huzhou', '--guide', 'core-skills', '--format', 'md', '--lang', lang, '--out', out, '--quiet']);
      expect(run.code, run.stderr).toBe(0);
    }
  }, 60_000);

  it.each([
    ['zh', 'core-skills.md', '资料来源'],
    ['en', 'core-skills.en.md', 'Sources'],
    ['bilingual', 'core-skills.bilingual.md', '资料来源 / Sources'],
  ])('%s: attribution on the cover, every source listed last, checklists as tables', async (_, file, heading) => {
    const markdown = readFileSync(join(out, 'huzhou', file), 'utf8');
    const pdf = await extractPdf((await render(markdown, { baseDir: join(out, 'huzhou') })).bytes);
    const flat = (s: string) => s.replace(/\s+/g, '');
    const { attribution } = parse(markdown.slice(4, markdown.indexOf('\n---\n') + 1)) as { attribution: string };
    const cover = flat(body(pdf).filter((l) => l.page === 0).map((l) => l.text).join(''));
    expect(cover).toContain(flat(attribution).slice(0, 40));
    expect(cover).toContain(flat(attribution).slice(-20));
    const last = pdf.outline.at(-1)!;
    expect(last.title).toBe(heading);
    const tail = flat(textOf(pdf, last.page));
    for (const source of workspace.guides.get('core-skills')!.sources) expect(tail).toContain(flat(source.title));
    expect(flat(textOf(pdf))).toContain(file.includes('.en.') ? 'ItemYesNo' : '检查项');
  });
});
