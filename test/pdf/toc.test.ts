// The table of contents: the pages reserved for it are the pages it fills, none left nearly empty,
// no entry lost or set past the bottom margin, every page number the page of its heading.
import { describe, expect, it } from 'vitest';
import { tocLeading } from '../../src/render/pdf/layout/toc.js';
import { extractPdf } from '../support/pdf-text.js';
import { defaultTheme, indents, measureRights, render } from '../support/render.js';
import { checkTypography } from '../support/typography-check.js';

const theme = await defaultTheme();
const { body, h1 } = theme.sizes;
const { top, bottom } = theme.page.margins;
const { height } = theme.page;
// The default page: 697.89 pt between the margins, the title takes 2.5 × 14.7 pt, an entry 1.8 × 10.5 pt.
const frame = { top, bottom: height - bottom, firstTop: top + h1 * 2.5 };
const perFirstPage = Math.floor((frame.bottom - frame.firstTop + 0.01) / (body * 1.8));

/** A guide with one chapter and `sections` sections: `sections + 1` entries; `long` of them wrap in the TOC. */
function guide(sections: number, long = 0): { md: string; titles: string[] } {
  const titles = ['目录测试'];
  let md = '# 目录测试\n\n正文。\n';
  for (let i = 1; i <= sections; i++) {
    const t = i <= long ? `第 ${i} 节：${'企业导师和院校教师共同制定学徒培养计划并定期评估'.repeat(2)}` : `第 ${i} 节`;
    titles.push(t);
    md += `\n## ${t}\n\n正文内容。\n`;
  }
  return { md, titles };
}

async function tocOf(md: string) {
  const r = await render(md, {});
  const x = await extractPdf(r.bytes);
  const toc = x.lines.filter((l) => l.role === 'TOCI');
  const tocPages = [...new Set(toc.map((l) => l.page))];
  const firstBodyPage = Math.max(...tocPages) + 1;
  return { r, x, toc, tocPages, firstBodyPage };
}

describe('the table of contents fills exactly the pages reserved for it', () => {
  it('keeps entries that fill the first page at the usual leading', async () => {
    expect(perFirstPage).toBe(34);
    const { titles, md } = guide(perFirstPage - 1);
    const { tocPages, toc, x, firstBodyPage } = await tocOf(md);
    expect(tocPages).toEqual([1]);
    const ys = toc.map((l) => l.y);
    expect(ys[0] - ys[1]).toBeCloseTo(body * 1.8, 1);
    expect(toc.map((l) => l.text.replace(/\s*\d+$/, '').replace(/\s/g, ''))).toEqual(titles.map((t) => t.replace(/\s/g, '')));
    expect(x.lines.some((l) => l.page === firstBodyPage && !l.artifact && l.text === '目录测试')).toBe(true);
  });

  // Two entries more than the usual leading holds used to spill alone onto a reserved second page.
  for (const [sections, pages] of [
    [perFirstPage + 1, 1],
    [perFirstPage + 6, 1],
    [79, 2],
  ] as const) {
    it(`sets ${sections + 1} entries on ${pages} page(s), nothing lost, nothing below the margin`, async () => {
      const { titles, md } = guide(sections);
      const { tocPages, toc, x, firstBodyPage } = await tocOf(md);
      expect(tocPages).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      expect(toc.map((l) => l.text.replace(/\s*\d+$/, '').replace(/\s/g, ''))).toEqual(titles.map((t) => t.replace(/\s/g, '')));
      for (const l of toc) expect(l.y).toBeGreaterThan(bottom);
      // The body starts right after the TOC: no reserved page left blank.
      expect(x.lines.some((l) => l.page === firstBodyPage && !l.artifact && l.text === '目录测试')).toBe(true);
      const findings = checkTypography(x, { bodySize: body, rights: measureRights(theme), indents: indents(theme), firstBodyPage });
      expect(findings).toEqual([]);
    });
  }

  it('places entries that wrap onto two lines where they were counted', async () => {
    const { titles, md } = guide(perFirstPage - 4, 4);
    const { tocPages, toc, x, firstBodyPage } = await tocOf(md);
    expect(tocPages).toEqual([1]);
    const text = toc.map((l) => l.text).join('').replace(/\s/g, '');
    for (const t of titles) expect(text).toContain(t.replace(/\s/g, ''));
    for (const l of toc) expect(l.y).toBeGreaterThan(bottom);
    const findings = checkTypography(x, { bodySize: body, rights: measureRights(theme), indents: indents(theme), firstBodyPage });
    expect(findings).toEqual([]);
  });
});

describe('tocLeading', () => {
  const one = (n: number) => Array.from({ length: n }, () => ({ lines: 1 }));

  it('keeps the usual leading when tightening would not save a page', () => {
    expect(tocLeading(one(10), body, frame).lh).toBeCloseTo(body * 1.8);
    // 43 entries take two pages at any leading from 1.5 to 1.8.
    const { lh, at } = tocLeading(one(43), body, frame);
    expect(lh).toBeCloseTo(body * 1.8);
    expect(at[at.length - 1].page).toBe(1);
  });

  it('tightens just enough to save a page, never below 1.5', () => {
    const { lh, at } = tocLeading(one(36), body, frame);
    expect(at.every((a) => a.page === 0)).toBe(true);
    expect(lh).toBeLessThan(body * 1.8);
    expect(lh).toBeGreaterThanOrEqual(body * 1.5);
    expect(at[at.length - 1].top + lh).toBeLessThanOrEqual(frame.bottom + 0.01);
    // The next looser step would spill.
    const looser = lh + body * 0.01;
    expect(frame.firstTop + 36 * looser).toBeGreaterThan(frame.bottom + 0.01);
  });
});
