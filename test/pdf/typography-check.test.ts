// The checker itself, on hand-made lines: whether a page's last body line must be flush (J1) is
// decided by the structure element the lines belong to, across a page break too.
import { describe, expect, it } from 'vitest';
import { extractPdf, type PdfText, type TextLine } from '../support/pdf-text.js';
import { render } from '../support/render.js';
import { checkTypography } from '../support/typography-check.js';

const SIZE = 10.5;
const RIGHT = 523.28;
const LEFT = 72;
const opts = { bodySize: SIZE, rights: [RIGHT], indents: [LEFT + 2 * SIZE], firstBodyPage: 0 };

/** A body line; `right` omitted: flush to the measure. */
const line = (page: number, y: number, text: string, element: number | undefined, o: { left?: number; right?: number } = {}): TextLine => ({
  page,
  y,
  left: o.left ?? LEFT,
  right: o.right ?? RIGHT,
  size: SIZE,
  text,
  artifact: false,
  role: 'P',
  ...(element !== undefined ? { element } : {}),
});

// Footers so that only the body is judged.
const footers = (pages: number): TextLine[] =>
  Array.from({ length: pages }, (_, p) => ({ page: p, y: 40, left: 250, right: 330, size: 8.5, text: `第 ${p + 1} 页 共 ${pages} 页`, artifact: true }));

const pdf = (lines: TextLine[]): PdfText => ({ pages: 2, lines: [...lines, ...footers(2)].sort((a, b) => a.page - b.page || b.y - a.y), outline: [] });
const j1 = (lines: TextLine[]) => checkTypography(pdf(lines), opts).filter((f) => f.rule === 'J1' || f.rule === 'widow');

describe('J1 across a page break, by structure', () => {
  it("reports a paragraph's line at a page foot that is not flush when the paragraph goes on", () => {
    const findings = j1([
      line(0, 100, '学徒在企业完成实训课时，在学校完成理论课程，两者交替进行，由带教师傅和专业教', 7, { left: LEFT + 2 * SIZE }),
      line(0, 82, '师共同指导。学徒在企业完成实训课时，在学校完成理论', 7, { right: 400 }),
      line(1, 760, '课程，两者交替进行。学徒在企业完成实训课时，在学校完成理论课程，两者交替', 7),
      line(1, 742, '结束。', 7, { right: 110 }),
    ]);
    expect(findings.map((f) => [f.rule, f.page, f.text])).toEqual([['J1', 1, '师共同指导。学徒在企业完成实训课时，在学校完成理论']]);
  });

  it('accepts a short last line at a page foot when the next page starts another element at the same place', () => {
    // Two callouts in a row: the first one's paragraph ends at the foot of page 1, the second one's begins page 2.
    const findings = j1([
      line(0, 100, '选择带教师傅时，应优先考虑具有高级工以上职业资格、责任心强的员工，并', 7, { left: LEFT + 13 }),
      line(0, 82, '给予带徒津贴。', 7, { left: LEFT + 13, right: 170 }),
      line(1, 760, '学徒期间的劳动报酬不得低于当地最低工资标准，企业应按月足额支付，不得', 8, { left: LEFT + 13 }),
      line(1, 742, '拖欠。', 8, { left: LEFT + 13, right: 120 }),
    ]);
    expect(findings).toEqual([]);
  });

  it('still judges untagged text by geometry', () => {
    const findings = j1([
      line(0, 100, '学徒在企业完成实训课时，在学校完成理论课程，两者交替进行，由带教师傅和专业教', undefined, { left: LEFT + 2 * SIZE }),
      line(0, 82, '师共同指导。学徒在企业完成实训课时，在学校完成理论', undefined, { right: 400 }),
      line(1, 760, '课程，两者交替进行。', undefined, { right: 180 }),
    ]);
    expect(findings.map((f) => f.rule)).toEqual(['J1', 'widow']);
  });
});

describe('structure identities read from the PDF', () => {
  it('gives the lines of a paragraph one element on both pages it spans, and the next paragraph another', async () => {
    const para = '学徒在企业完成实训课时，在学校完成理论课程，两者交替进行，由带教师傅和专业教师共同指导。';
    const r = await render(`# 标题\n\n${para.repeat(40)}\n\n${para.repeat(40)}\n\n> [!TIP] 提示\n> ${para}[链接](https://example.org)${para}\n`, { bare: true });
    const x = await extractPdf(r.bytes);
    const body = x.lines.filter((l) => !l.artifact && l.role === 'P');
    expect(body.every((l) => l.element !== undefined)).toBe(true);
    const elements = [...new Set(body.map((l) => l.element))];
    expect(elements.length).toBe(3);
    const pagesOf = (e: number | undefined) => [...new Set(body.filter((l) => l.element === e).map((l) => l.page))];
    expect(pagesOf(elements[0]).length + pagesOf(elements[1]).length).toBeGreaterThan(2); // one of them crosses a page
    // The line holding the link counts as its paragraph's.
    expect(body.filter((l) => l.element === elements[2]).map((l) => l.text).join('')).toContain('链接');
  });
});
