// The theme: a user's file changes only what it names; bad values are located diagnostics.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { DEFAULT_THEME_PATH, loadTheme } from '../../src/render/pdf/theme.js';
import { checkSchema } from '../../src/validate/schema.js';

const themeFile = (name: string, text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'ag-theme-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('theme', () => {
  it('merges a partial YAML theme over the default', async () => {
    const bag = new DiagnosticBag();
    const t = await loadTheme({ themePath: themeFile('t.yaml', 'page:\n  size: A5\n  margins: {left: 50}\nparagraph: gap\ncolors:\n  heading: "#112233"\n') }, bag);
    expect(bag.items).toEqual([]);
    expect([t.page.width, t.page.height]).toEqual([419.53, 595.28]);
    expect(t.page.margins).toEqual({ top: 72, bottom: 72, left: 50, right: 72 });
    expect(t.paragraph).toBe('gap');
    expect(t.colors.heading).toBe('#112233');
    expect(t.sizes.body).toBe(10.5);
    expect(t.fonts.regular).toMatch(/NotoSerifSC_400Regular\.ttf$/);
  });

  it('reports bad values, unknown fonts and headings off the scale (chapter 160–240 %, section 120–140 %, subsection 110–125 % of the body), each at its line and column', async () => {
    const bag = new DiagnosticBag();
    const file = themeFile('theme.json', JSON.stringify({ sizes: { body: 10, h1: 30 }, colors: { text: 'red' }, fonts: { bold: 'nowhere.ttf' } }, null, 2));
    const t = await loadTheme({ themePath: file }, bag);
    // h1 is 300 % of the body (h2–h4 keep the default sizes, 137, 120 and 110 % of 10 pt: on the scale), the colour is not #rrggbb, the font is missing.
    expect(bag.items.map((d) => [d.severity, d.rule, d.file, d.line, d.col])).toEqual([
      ['error', 'invalid-value', file, 7, 13],
      ['warning', 'theme-heading-ratio', file, 4, 11],
      ['error', 'font-not-found', file, undefined, undefined],
    ]);
    // The rejected colour falls back to the default's.
    expect(t.colors.text).toBe('#1f1f1f');
  });

  it('a value of the wrong type is a located error with a rule id, and the default value is used', async () => {
    const bag = new DiagnosticBag();
    const file = themeFile('theme.json', '{\n  "page": {\n    "margins": { "top": "wide" }\n  },\n  "colour": {}\n}\n');
    const t = await loadTheme({ themePath: file }, bag);
    expect(bag.items.map((d) => `${d.file}:${d.line}:${d.col} ${d.rule}`)).toEqual([`${file}:5:3 unknown-field`, `${file}:3:25 wrong-type`]);
    expect(t.page.margins.top).toBe(72);
    expect(bag.items[0].hintArgs).toEqual({ suggestion: 'colors' });
  });

  it('says so, at its place, when the theme file is not JSON', async () => {
    const bag = new DiagnosticBag();
    const file = themeFile('t.json', '{ not json');
    await loadTheme({ themePath: file }, bag);
    expect(bag.items.map((d) => [d.rule, d.file, typeof d.line])).toEqual([['yaml-syntax', file, 'number']]);
  });

  it('the shipped default theme satisfies its schema', () => {
    const text = readFileSync(DEFAULT_THEME_PATH, 'utf8');
    expect(checkSchema({ ...parseYaml(text, 'theme/default.json').parsed! }, 'theme')).toEqual([]);
  });
});
