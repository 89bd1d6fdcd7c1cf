// Regression: a line break right after `**bold**` (common in hard-wrapped prose, zh and en) crashed the
// Markdown parser (markdown-it-cjk-breaks met an empty text token), so such guides had no PDF.
import { expect, it } from 'vitest';
import { extractPdf } from '../support/pdf-text.js';
import { render } from '../support/render.js';

it('typesets a paragraph whose line ends in bold text, in Chinese and in English', async () => {
  const markdown = ['# 标题', '', '企业应当关注的\n**净成本**：工资和培训费用。', '', 'A job is green only if it is safe **and**\nit is decent.', ''].join('\n');
  const result = await render(markdown, { bare: true });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const text = (await extractPdf(result.bytes)).lines.map((l) => l.text).join(' ');
  expect(text).toContain('净成本');
  expect(text).toMatch(/and\s*it is decent/);
});
