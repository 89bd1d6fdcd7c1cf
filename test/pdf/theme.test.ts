// The theme: a user's file changes only what it names; bad values are located diagnostics.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadTheme } from '../../src/render/pdf/theme.js';

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
    expect(t.fonts.regular).toMatch(/NotoSansSC_400Regular\.ttf$/);
  });

  it('reports bad values, unknown fonts and headings off the scale (chapter 160–240 %, section 120–140 %, subsection 110–125 % of the body)', async () => {
    const bag = new DiagnosticBag();
    const file = themeFile('t.json', JSON.stringify({ sizes: { body: 10, h1: 30 }, colors: { text: 'red' }, fonts: { bold: 'nowhere.ttf' } }));
    await loadTheme({ themePath: file }, bag);
    // h1 is 300 % of the body (h2–h4 keep the default sizes, 137, 120 and 110 % of 10 pt: on the scale), the colour is not #rrggbb, the font is missing.
    expect(bag.items.map((d) => [d.severity, d.rule, d.file])).toEqual([
      ['warning', 'theme-invalid', file],
      ['error', 'theme-invalid', file],
      ['error', 'font-not-found', file],
    ]);
  });

  it('says so when the theme file is not JSON', async () => {
    const bag = new DiagnosticBag();
    await loadTheme({ themePath: themeFile('t.json', '{ not json') }, bag);
    expect(bag.items.map((d) => d.rule)).toEqual(['theme-invalid']);
  });
});
