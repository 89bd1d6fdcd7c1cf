// Pages as a typesetter checks them: the measured cover, G2 and keep-with-next pagination, numbered
// captions, table widths from the content, bilingual units, and what PDF/UA needs (/Lang, /Scope, XMP).
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../src/render/pdf/layout/table.js';
import { checkCover, checkKeeps, checkPages, checkParagraphs, notdefGlyphs } from '../support/page-check.js';
import { extractPdf, type TextLine } from '../support/pdf-text.js';
import { defaultTheme, render } from '../support/render.js';

const NOTICE_ZH = '本指南由某市人力资源和社会保障局根据国际劳工组织《优质学徒制工具包》（第一卷，2017年；第二卷，2020年）和《2023年优质学徒制建议书》（第208号）改编，系国际劳工组织与人力资源和社会保障部合作开展的“优质学徒制培训与终身学习项目”成果之一。本指南为改编本，不是国际劳工组织的官方译本，国际劳工组织不对其内容负责。';
const NOTICE_EN = 'Adapted by the Municipal Human Resources and Social Security Bureau from the ILO Toolkit for Quality Apprenticeships (Vol. 1, 2017; Vol. 2, 2020) and the Quality Apprenticeships Recommendation, 2023 (No. 208), within the ILO–MOHRSS project "Quality Apprenticeship and Lifelong Learning". This is an adaptation in our own words, not an official ILO translation; the ILO is not responsible for its content.';

const front = (lang: string, title: string, attribution: string) =>
  `---\ntitle: ${JSON.stringify(title)}\nsubtitle: 面向项目工作人员、企业和培训机构的实用指南 / A practical guide for project officers, enterprises and training institutions\nlocality: 某市 / Somewhere\nedition: 2026-11\nlang: ${lang}\nattribution: ${JSON.stringify(attribution)}\n---\n\n`;

describe('the cover', () => {
  const cases: [string, string, string][] = [
    ['zh', '优质学徒制', NOTICE_ZH],
    ['en', 'Quality apprenticeships', NOTICE_EN],
    ['bilingual', '优质学徒制 / Quality apprenticeships', `${NOTICE_ZH} / ${NOTICE_EN}`],
    // A notice three times as long still stays above the bottom margin (it shrinks, then moves up).
    ['bilingual', '优质学徒制 / Quality apprenticeships', `${NOTICE_ZH.repeat(3)} / ${NOTICE_EN.repeat(3)}`],
  ];
  for (const [lang, title, notice] of cases) {
    it(`keeps every element inside the margins (${lang}, a notice of ${notice.length} characters) and shows the whole notice`, async () => {
      const theme = await defaultTheme();
      const r = await render(`${front(lang, title, notice)}# 第一章\n\n正文。\n`, { theme, lang: lang as 'zh' });
      const pdf = await extractPdf(r.bytes);
      expect(checkCover(pdf, { page: theme.page, firstBodyPage: 2 })).toEqual([]);
      const cover = pdf.lines.filter((l) => l.page === 0).map((l) => l.text).join('').replace(/\s/g, '');
      const last = notice.replace(/\s/g, '').slice(-20);
      expect(cover).toContain(last);
    });
  }
});

describe('the page checker', () => {
  const line = (page: number, y: number, text: string, role: string, element: number): TextLine => ({ page, y, left: 72, right: 500, size: 10.5, text, artifact: false, role, element });
  it('finds a split short paragraph, an orphan, a widow and a heading at a page foot', () => {
    const lines = [
      line(0, 90, '短段落第一行', 'P', 1),
      line(1, 760, '短段落第二行', 'P', 1),
      line(1, 100, '长段落第一行', 'P', 2),
      line(2, 760, '长段落第二行', 'P', 2),
      line(2, 742, '长段落第三行', 'P', 2),
      line(2, 724, '长段落第四行', 'P', 2),
      line(2, 700, '另一段第一行', 'P', 3),
      line(2, 682, '另一段第二行', 'P', 3),
      line(2, 664, '另一段第三行', 'P', 3),
      line(3, 760, '另一段第四行', 'P', 3),
      line(3, 100, '标题', 'H2', 4),
      line(4, 760, '正文', 'P', 5),
      line(4, 742, '正文', 'P', 5),
    ];
    expect(checkParagraphs(lines).map((f) => [f.rule, f.page])).toEqual([
      ['split', 1],
      ['orphan', 2],
      ['widow', 4],
    ]);
    expect(checkKeeps(lines).map((f) => [f.rule, f.page])).toEqual([['keep', 4]]);
  });
});

/** A long document with every kind of block, paragraphs of one to eight lines, so that page breaks fall everywhere. */
function mixedDocument(): string {
  const sentence = '企业导师负责在岗培训，培训机构教师负责脱岗培训，双方按照同一份培养计划分工协作。';
  let md = '';
  for (let ch = 1; ch <= 4; ch++) {
    md += `# 第${ch}章\n\n`;
    for (let s = 1; s <= 5; s++) {
      md += `## 第${ch}.${s}节\n\n`;
      for (let p = 0; p < 4; p++) md += `${sentence.repeat(((ch * 7 + s * 3 + p * 5) % 8) + 1)}\n\n`;
      if (s % 2 === 0) md += `**本节要点（第${s}节）**\n\n| 项目 | 说明 |\n| --- | --- |\n| 协议 | ${sentence} |\n| 导师 | ${sentence.repeat(2)} |\n| 考核 | 期满考核。 |\n\n`;
      if (s % 3 === 0) md += `> [!TIP] 提示\n> ${sentence.repeat(5)}\n>\n> ${sentence.repeat(3)}\n\n`;
      if (s % 2 === 1) md += `**自我评估：第${s}节**\n\n*是 / 否 / 需改进 / 备注*\n\n- [ ] ${sentence}\n- [ ] ${sentence.repeat(2)}\n- [ ] 已完成。\n\n`;
    }
  }
  return md;
}

describe('pagination (G2, H1)', () => {
  for (const measure of [263, 451.28]) {
    it(`moves short paragraphs whole, leaves no orphan, widow or stranded title, and repeats table headers (${measure} pt measure)`, async () => {
      const theme = await defaultTheme();
      const side = (theme.page.width - measure) / 2;
      theme.page.margins.left = side;
      theme.page.margins.right = side;
      const r = await render(mixedDocument(), { theme });
      const pdf = await extractPdf(r.bytes);
      expect(pdf.pages).toBeGreaterThan(12);
      expect(checkPages(pdf, { page: theme.page, firstBodyPage: 2 })).toEqual([]);
      expect(await notdefGlyphs(r.bytes)).toEqual([]);
    });
  }
});

describe('captions', () => {
  it('numbers table captions by chapter, in the output language, and keeps them in the Table element', async () => {
    const md = '# 一\n\n**甲表**\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n# 二\n\n**乙表**\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n**丙表**\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    const zh = await extractPdf((await render(md, { bare: true })).bytes);
    expect(zh.lines.filter((l) => l.role === 'Caption').map((l) => l.text.replace(/\s/g, ''))).toEqual(['表1-1甲表', '表2-1乙表', '表2-2丙表']);
    expect(zh.lines.filter((l) => l.role === 'Caption').every((l) => l.table !== undefined)).toBe(true);
    const en = await extractPdf((await render(md.replace('**乙表**', '**Second**'), { bare: true, lang: 'en' })).bytes);
    expect(en.lines.filter((l) => l.role === 'Caption').map((l) => l.text.replace(/\s+/g, ' '))).toContain('Table 2-1 Second');
    // A caption the content numbered itself keeps its number, and takes none from the renderer.
    const own = await extractPdf((await render(md.replace('**乙表**', '**Table A5. Signed**'), { bare: true, lang: 'en' })).bytes);
    expect(own.lines.filter((l) => l.role === 'Caption').map((l) => l.text.replace(/\s+/g, ' '))).toEqual(['Table 1-1 甲表', 'Table A5. Signed', 'Table 2-1 丙表']);
  });

  it('numbers pictures with alt text as figures by chapter, the caption under the picture', async () => {
    const png = 'test/fixtures/localise/_base/guides/international/fixture-guide/assets/workshop.png';
    const md = `# 一\n\n![车间](${png})\n\n# 二\n\n![](${png})\n\n![厂房](${png})\n\n![Workshop](${png})\n`;
    const zh = await extractPdf((await render(md, { bare: true })).bytes);
    const captions = zh.lines.filter((l) => l.role === 'Caption');
    expect(captions.map((l) => l.text.replace(/\s/g, ''))).toEqual(['图1-1车间', '图2-1厂房', '图2-2Workshop']);
    const en = await extractPdf((await render(md, { bare: true, lang: 'en' })).bytes);
    expect(en.lines.filter((l) => l.role === 'Caption').map((l) => l.text.replace(/\s+/g, ' '))).toContain('Figure 2-2 Workshop');
  });
});

describe('table column widths', () => {
  it('give each column its min-content width and share the rest by how much more each would take', () => {
    // Two narrow columns that fit on one line, one long definition column.
    const w = columnWidths([40, 50, 60], [60, 70, 900], 450);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(450);
    expect(w[0]).toBeGreaterThanOrEqual(40);
    expect(w[2]).toBeGreaterThan(w[0] + w[1]);
    // Everything fits on one line: widths in proportion to max-content.
    expect(columnWidths([10, 10], [100, 50], 300).map((x) => Math.round(x))).toEqual([200, 100]);
  });

  it('keeps a short term column on one line beside a long definition', async () => {
    const def = '将岗位学习与脱岗学习相结合、依据书面协议开展、最终取得认可资格的教育培训形式。'.repeat(2);
    const pdf = await extractPdf((await render(`| 术语 | 中文 | 释义 |\n| --- | --- | --- |\n| apprenticeship | 学徒制 | ${def} |\n| recognition of prior learning | 先前学习认定 | ${def} |\n`, { bare: true })).bytes);
    const cell = (t: string) => pdf.lines.filter((l) => l.role === 'TD' && l.text.includes(t));
    expect(cell('学徒制')).toHaveLength(1);
    expect(cell('先前学习认定')).toHaveLength(1);
    expect(cell('apprenticeship')).toHaveLength(1);
  });
});

describe('bilingual layout', () => {
  it('stacks each zh unit and its English in the smaller secondary style: headings, paragraphs, cells', async () => {
    const theme = await defaultTheme();
    const md = '## 政策沿革 / Policy milestones\n\n学徒制是最古老的职业技能传承方式之一。\n\nApprenticeship is one of the oldest ways of learning an occupation.\n\n| 年份 / Year | 文件 / Document |\n| --- | --- |\n| 2015年 / 2015 | 试点通知 / Notice on piloting |\n';
    const pdf = await extractPdf((await render(md, { bare: true, lang: 'bilingual', theme })).bytes);
    const at = (t: string) => pdf.lines.find((l) => l.text.trim() === t)!;
    expect(at('政策沿革').size).toBeCloseTo(theme.sizes.h2);
    expect(at('Policy milestones').size).toBeCloseTo(theme.sizes.h2 * theme.sizes.secondary);
    expect(at('Policy milestones').y).toBeLessThan(at('政策沿革').y);
    expect(at('Apprenticeship is one of the oldest ways of learning an occupation.').size).toBeCloseTo(theme.sizes.body * theme.sizes.secondary);
    expect(at('Notice on piloting').role).toBe('TD');
    expect(at('Notice on piloting').y).toBeLessThan(at('试点通知').y);
    expect(pdf.lines.some((l) => l.text.includes(' / '))).toBe(false);
  });
});

describe('PDF/UA', () => {
  it('sets /Lang on English elements, /Scope on header cells, and the PDF/UA identifier and dates in XMP', async () => {
    const md = '## 政策沿革 / Policy milestones\n\n中文段落。\n\nAn English paragraph.\n\n| 年份 / Year | 说明 |\n| --- | --- |\n| 2015 | 试点 / Pilots |\n';
    const r = await render(md, { bare: true, lang: 'bilingual' });
    const raw = r.bytes.toString('latin1');
    expect(raw.match(/\/S \/TH\n\/A <<\n\/O \/Table\n\/Scope \/Column\n>>/g)).toHaveLength(2);
    expect(raw.match(/\/S \/Span\n\/Lang \(en\)/g)?.length).toBeGreaterThanOrEqual(3);
    expect(raw).toMatch(/\/S \/P\n\/Lang \(en\)/);
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(raw).toContain('<xmp:ModifyDate>2024-01-01T00:00:00Z</xmp:ModifyDate>');
    // Chinese in an English document.
    const en = (await render('An English paragraph.\n\n中文段落，没有英文。\n', { bare: true, lang: 'en' })).bytes.toString('latin1');
    expect(en).toMatch(/\/S \/P\n\/Lang \(zh-CN\)/);
  });

  it('marks words in the other language inside a paragraph as a /Span with its /Lang', async () => {
    const spans = async (md: string, lang: 'zh' | 'en') => {
      const r = await render(md, { bare: true, lang });
      const text = (await extractPdf(r.bytes)).lines.map((l) => l.text).join('');
      return { marks: contentStreams(r.bytes).flatMap((c) => [...c.matchAll(/\/Span <<\/Lang \(([\w-]+)\)>> BDC/g)].map((m) => m[1])), text };
    };
    const zh = await spans('国际劳工组织（ILO）发布了 Quality Apprenticeships 指南，2021 年修订。\n', 'zh');
    expect(zh.marks).toEqual(['en', 'en']); // ILO; Quality Apprenticeships (the space between them joins them); not 2021
    expect(zh.text).toBe('国际劳工组织（ILO）发布了 Quality Apprenticeships 指南，2021 年修订。');
    const en = await spans('Each apprentice signs a training agreement (培养协议) with the enterprise.\n', 'en');
    expect(en.marks).toEqual(['zh-CN']);
    expect(en.text).toContain('agreement (培养协议) with');
  });

  it('declares pdfuaid in a PDF/A extension schema, with dates equal to the Info dictionary', async () => {
    const raw = (await render('# 标题\n\n正文。\n', { bare: true, pdfa: true })).bytes.toString('latin1');
    expect(raw).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
    expect(raw).toContain('<xmp:CreateDate>2024-01-01T00:00:00Z</xmp:CreateDate>');
    expect(raw).toContain('<xmp:ModifyDate>2024-01-01T00:00:00Z</xmp:ModifyDate>');
    expect(raw).toContain('(D:20240101000000Z)');
  });
});

/** The page content streams, inflated. */
function contentStreams(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  const latin = raw.toString('latin1');
  for (const m of latin.matchAll(/\/Filter \/FlateDecode\n(?:\/[^\n]*\n)*>>\nstream\n/g)) {
    const start = m.index! + m[0].length;
    const end = latin.indexOf('\nendstream', start);
    try {
      out.push(inflateSync(raw.subarray(start, end)).toString('latin1'));
    } catch {
      // not a stream we can read (never a content stream)
    }
  }
  return out.filter((c) => c.includes(' BT '));
}
