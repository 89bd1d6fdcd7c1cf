// A field's Markdown as the DOCX prints it: a plain text skips the parser, and must come out exactly as
// the parser would give it, for texts made to look like Markdown and for every text of the shipped guides.
import { describe, expect, it } from 'vitest';
import { fieldBlocks, fieldSpans, parsedBlocks, parsedSpans } from '../../src/render/docx/field-markdown.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { REPO } from '../support/cli.js';

const TRICKY = [
  '',
  '优质学徒制',
  'Quality apprenticeships',
  '第 1 条：企业与学徒签订合同。',
  '2024 年起实施',
  '2024. Started',
  '1) first',
  '- item',
  '+ item',
  '* item',
  '# Heading',
  '> quoted',
  '---',
  '___',
  '===',
  '| a | b |',
  '[label]: https://example.org',
  'see [the law](https://example.org)',
  '![alt](x.png)',
  'Hello! World]',
  'a **bold** word',
  'snake_case_name',
  '`code`',
  '~~gone~~',
  'AT&T',
  '&amp; entity',
  '<https://example.org>',
  'a\\*b',
  'line one\nline two',
  '中文\n中文',
  '  leading spaces',
  'trailing spaces  ',
  '\u3000全角空格开头',
  '结尾全角空格\u3000',
  'tab\tinside',
  'nul\u0000inside',
  'cr\rinside',
  '【待补充：本市联系电话】',
  '50% of 3 = 1.5; a+b=c # not a heading',
  'ends with a backslash \\',
  '    indented code',
];

/** Every string in the fields of every guide of the shipped workspace. */
function shippedTexts(): string[] {
  const { workspace } = loadWorkspace(REPO);
  const texts = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value.trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const walk = (node: { fields: unknown; children: readonly unknown[] }): void => {
    collect(node.fields);
    for (const child of node.children) walk(child as typeof node);
  };
  for (const guide of workspace.guides.values()) walk(guide.root);
  return [...texts];
}

describe('field Markdown without the parser', () => {
  it('gives the spans and blocks the parser gives, for texts that look like Markdown', () => {
    for (const text of TRICKY) {
      expect(fieldSpans(text), text).toEqual(parsedSpans(text));
      expect(fieldBlocks(text), text).toEqual(parsedBlocks(text));
    }
  });

  it('gives the spans and blocks the parser gives, for every text of the shipped guides', () => {
    const texts = shippedTexts();
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) {
      const oneLine = text.replace(/\s*\r?\n\s*/g, ' ').trim();
      expect(fieldSpans(oneLine), oneLine).toEqual(parsedSpans(oneLine));
      expect(fieldBlocks(text), text).toEqual(parsedBlocks(text));
    }
  });
});
