// The guide as a document: cover, contents, bookmarks, furniture, lists, tables, callouts,
// metadata, tagging, determinism — checked on the PDF (pdfjs-dist), never against stored bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/corpus.js';
import { extractPdf } from '../support/pdf-text.js';
import { defaultTheme, indents, measureRights, render } from '../support/render.js';
import { checkTypography } from '../support/typography-check.js';

const FIXTURE = join(REPO, 'test/fixtures/pdf');
const features = readFileSync(join(FIXTURE, 'features.md'), 'utf8');
const theme = await defaultTheme();
const opts = { baseDir: FIXTURE };
const result = await render(features, opts);
const pdf = await extractPdf(result.bytes);
const pageText = (p: number) => pdf.lines.filter((l) => l.page === p && !l.artifact).map((l) => l.text).join('\n');

describe('the guide as a document', () => {
  it('renders the feature sample without problems and passes the checker', () => {
    expect(result.diagnostics).toEqual([]);
    const findings = checkTypography(pdf, { bodySize: theme.sizes.body, rights: measureRights(theme), indents: indents(theme), firstBodyPage: 2 });
    expect(findings).toEqual([]);
  });

  it('has a cover with title, locality, edition and who adapted it from what, and no footer', () => {
    const cover = pageText(0);
    expect(cover).toContain('质量学徒制指南');
    expect(cover).toContain('湖州市');
    expect(cover).toContain('2024-03');
    expect(cover.replace(/\s/g, '')).toContain('本指南由湖州市人力资源和社会保障局根据国际劳工组织《优质学徒制工具包》改编');
    expect(pdf.lines.filter((l) => l.page === 0 && l.artifact)).toEqual([]);
  });

  it('has a table of contents whose entries link to their headings', async () => {
    const doc = await getDocument({ data: new Uint8Array(result.bytes), verbosity: 0 }).promise;
    const toc = await doc.getPage(2);
    const links = (await toc.getAnnotations()).filter((a: { subtype: string }) => a.subtype === 'Link');
    expect(links.length).toBe(3);
    for (const link of links as { dest: string }[]) {
      const dest = await doc.getDestination(link.dest);
      expect(dest).not.toBeNull();
    }
    await doc.destroy();
    expect(pageText(1)).toContain('目录');
  });

  it('has bookmarks mirroring the headings, on their pages', () => {
    expect(pdf.outline.map((o) => o.title)).toEqual(['质量学徒制概述', '实施步骤', '检查清单']);
    expect(pdf.outline.every((o) => o.page === 2)).toBe(true);
  });

  it('numbers every page from 2 on in the footer and repeats the title in the header', () => {
    for (let p = 1; p < pdf.pages; p++) {
      const furniture = pdf.lines.filter((l) => l.page === p && l.artifact).map((l) => l.text.replace(/\s/g, ''));
      expect(furniture).toContain(`第${p + 1}页共${pdf.pages}页`);
      expect(furniture).toContain('质量学徒制指南');
    }
  });

  it('sets emphasis bold, never slanted (E1)', async () => {
    const doc = await getDocument({ data: new Uint8Array(result.bytes), verbosity: 0 }).promise;
    const page = await doc.getPage(3);
    const tc = await page.getTextContent();
    const items = tc.items as { str: string; transform: number[]; fontName: string }[];
    const styles = tc.styles as Record<string, { fontFamily: string }>;
    const fontOf = (s: string) => items.find((i) => i.str.includes(s))!.fontName;
    expect(fontOf('企业实践')).not.toBe(fontOf('质量学徒制是'));
    expect(fontOf('学校学习')).toBe(fontOf('企业实践'));
    expect(items.every((i) => i.transform[1] === 0 && i.transform[2] === 0)).toBe(true);
    expect(styles).toBeDefined();
    await doc.destroy();
  });

  it('draws checklist boxes (the font has no ☐) and list markers', () => {
    const body = pageText(2);
    expect(body).not.toContain('□');
    expect(body).not.toContain('[ ]');
    expect(body).toMatch(/1\.\s*企业提出申请/);
  });

  it('writes metadata: title, author, subject, keywords, lang zh-CN, a tagged Document root', async () => {
    const doc = await getDocument({ data: new Uint8Array(result.bytes), verbosity: 0 }).promise;
    const info = Object.fromEntries(Object.entries((await doc.getMetadata()).info));
    expect(info.Title).toBe('质量学徒制指南');
    expect(info.Author).toBe('湖州市人力资源和社会保障局');
    expect(info.Keywords).toBe('学徒制, 湖州');
    expect(info.Language).toBe('zh-CN');
    const tree = await (await doc.getPage(3)).getStructTree();
    expect(tree).not.toBeNull();
    await doc.destroy();
    const raw = result.bytes.toString('latin1');
    expect(raw.match(/\/S \/Document/g)?.length).toBe(1);
    expect(raw).toContain('/Marked true');
  });

  it('is byte-identical for identical input', async () => {
    const again = await render(features, opts);
    expect(Buffer.compare(again.bytes, result.bytes)).toBe(0);
  });

  it('writes PDF/A-2b on request', async () => {
    const a = await render(features, { ...opts, pdfa: true });
    const raw = a.bytes.toString('latin1');
    expect(raw).toContain('/OutputIntents');
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  });

  it('starts each level-1 heading on a new page', async () => {
    const r = await render('# 第一章\n\n正文。\n\n# 第二章\n\n正文。', {});
    const x = await extractPdf(r.bytes);
    const h = x.lines.filter((l) => l.size > theme.sizes.body * 1.2 && !l.artifact && l.page > 1);
    expect(h.map((l) => [l.text, l.page])).toEqual([
      ['第一章', 2],
      ['第二章', 3],
    ]);
  });
});

describe('tables and boxes across pages', () => {
  it('repeats the header row on every page a long table spans', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => `| 第${i + 1}项 | 内容说明${i + 1}，包括职责和要求 |`).join('\n');
    const r = await render(`# 表格\n\n| 序号 | 说明 |\n| --- | --- |\n${rows}\n`, {});
    const x = await extractPdf(r.bytes);
    const pages = [...new Set(x.lines.filter((l) => /^第\s*\d+\s*项/.test(l.text)).map((l) => l.page))];
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(x.lines.some((l) => l.page === p && /^序号/.test(l.text.trim()))).toBe(true);
    // Rows in order, none lost.
    const order = x.lines.filter((l) => !l.artifact && /^第\s*\d+\s*项/.test(l.text)).map((l) => Number(/\d+/.exec(l.text)![0]));
    expect(order).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
  });

  it('splits a row taller than a page, keeping all its text in order', async () => {
    const huge = '学徒制培训内容'.repeat(700);
    const r = await render(`# 表格\n\n| 项目 | 说明 |\n| --- | --- |\n| 长 | ${huge} |\n| 短 | 结束 |\n`, {});
    expect(r.diagnostics).toEqual([]);
    const x = await extractPdf(r.bytes);
    const body = x.lines.filter((l) => !l.artifact && l.page >= 2).map((l) => l.text).join('').replace(/\s/g, '');
    expect(body).toContain(huge);
    expect(x.pages).toBeGreaterThan(4);
  });

  it('lets a callout cross a page break, justified inside its box', async () => {
    const para = '学徒在企业完成实训课时，在学校完成理论课程，两者交替进行，由带教师傅和专业教师共同指导。'.repeat(6);
    const md = `# 案例\n\n${'正文段落。'.repeat(30)}\n\n${'普通段落，用来把下面的提示框推到页面底部附近。'.repeat(40)}\n\n<!-- kind: case-study -->\n> [!NOTE]\n> **案例：湖州案例**\n> ${para}\n>\n> ${para}\n>\n> ${para}\n`;
    const r = await render(md, {});
    const x = await extractPdf(r.bytes);
    const inBox = x.lines.filter((l) => !l.artifact && l.text.includes('学徒在企业') || l.text.includes('带教师傅'));
    expect(new Set(inBox.map((l) => l.page)).size).toBeGreaterThan(1);
    const findings = checkTypography(x, { bodySize: theme.sizes.body, rights: measureRights(theme), indents: indents(theme), firstBodyPage: 2 });
    expect(findings).toEqual([]);
  });
});

describe('Markdown that Chinese writers produce, and English', () => {
  it('makes **“强调”** and **（注）** bold and joins Chinese source lines without a space', async () => {
    const r = await render('# 标题\n\n这是**“强调”**后面，**（注）**说明。\n第一行接着\n第二行。\n', { bare: true });
    const doc = await getDocument({ data: new Uint8Array(r.bytes), verbosity: 0 }).promise;
    const tc = await (await doc.getPage(1)).getTextContent();
    const items = (tc.items as { str: string; fontName: string }[]).filter((i) => i.str);
    const fontOf = (s: string) => items.find((i) => i.str.includes(s))?.fontName;
    expect(fontOf('强调')).toBeDefined();
    expect(fontOf('强调')).not.toBe(fontOf('这是'));
    expect(fontOf('（注）')).toBe(fontOf('强调'));
    await doc.destroy();
    const text = (await extractPdf(r.bytes)).lines.map((l) => l.text).join('');
    expect(text).toContain('第一行接着第二行');
  });

  it('sets English through the same engine, with English furniture', async () => {
    const para = 'Quality apprenticeships combine learning at work with learning at school, under a written agreement between the employer, the training provider and the apprentice. ';
    const r = await render(`# Guide\n\n## Part one\n\n${para.repeat(5)}\n\n${para.repeat(3)}\n`, { lang: 'en' });
    const x = await extractPdf(r.bytes);
    expect(x.lines.some((l) => l.page === 1 && l.text === 'Contents')).toBe(true);
    const findings = checkTypography(x, { bodySize: theme.sizes.body, rights: measureRights(theme), indents: indents(theme), firstBodyPage: 2, lang: 'en' });
    expect(findings).toEqual([]);
  });
});

describe('a long table of contents', () => {
  it('reserves as many pages as its entries need and numbers them right', async () => {
    const md = '# 长目录\n\n' + Array.from({ length: 70 }, (_, i) => `## 第 ${i + 1} 部分的标题\n\n${'正文内容。'.repeat(40)}\n`).join('\n');
    const r = await render(md, {});
    const x = await extractPdf(r.bytes);
    const tocPages = new Set(x.lines.filter((l) => l.role === 'TOCI').map((l) => l.page));
    // 71 entries: at the usual leading 34 under the title, 36 on the next page and 1 alone on a third;
    // a slightly tighter leading keeps them on two pages. No blank page.
    expect([...tocPages]).toEqual([1, 2]);
    expect(x.lines.filter((l) => l.role === 'TOCI').length).toBe(71);
    expect(x.lines.filter((l) => !l.artifact && l.page === 3).some((l) => l.text === '长目录')).toBe(true);
    const findings = checkTypography(x, { bodySize: theme.sizes.body, rights: measureRights(theme), indents: indents(theme), firstBodyPage: 3 });
    expect(findings).toEqual([]);
  });
});

describe('front matter handed over as data (a build)', () => {
  it('takes the cover from the data and skips the Markdown front matter block unread', async () => {
    // The block is not valid YAML: read, it would give a warning; handed over as data, it is only skipped.
    const markdown = '---\ntitle: [broken\n---\n# 正文\n\n一段文字。\n';
    const given = await render(markdown, { bare: false, front: { title: '数据给出的标题', publication: '某出版物', edition: '2026-11' } });
    expect(given.diagnostics).toEqual([]);
    const cover = (await extractPdf(given.bytes)).lines.filter((l) => l.page === 0).map((l) => l.text).join('\n');
    expect(cover).toContain('数据给出的标题');
    expect(cover).toContain('2026-11');
    const read = await render(markdown, { bare: false });
    expect(read.diagnostics.map((d) => d.rule)).toEqual(['pdf-front-matter']);
  });
});
