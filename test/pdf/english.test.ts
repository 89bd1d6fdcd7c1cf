// Issue 20: English editions read like English books: total-fit lines with hyphenation on a measure
// of about 75 characters (word spaces: median ≤ 0.30 em, 99th percentile ≤ 0.60 em on full
// justified lines), curly quotes and apostrophes, no first-line indent after a heading.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { englishTheme } from '../../src/render/pdf/english.js';
import { faceFor } from '../../src/render/pdf/text/fonts.js';
import { runCli } from '../support/cli.js';
import { extractGlyphLines, wordSpaceStats } from '../support/glyph-check.js';
import { extractPdf } from '../support/pdf-text.js';
import { defaultTheme, render } from '../support/render.js';

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ag-english-pdf-'));
  const run = runCli(['--city', 'tianjin', '--sector', 'petroleum', '--lang', 'en', '--format', 'md', '--out', out, '--quiet', '--force']);
  expect(run.code, run.stderr).toBe(0);
});

describe('English editions', () => {
  for (const guide of ['core-skills', 'quality-apprenticeship']) {
    it(`${guide} (Tianjin + petroleum): even word spaces, curly quotes, hyphenated lines`, async () => {
      const markdown = readFileSync(join(out, 'tianjin+petroleum', `${guide}.en.md`), 'utf8');
      const theme = await defaultTheme();
      const r = await render(markdown, { theme, lang: 'en', baseDir: join(out, 'tianjin+petroleum') });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const en = englishTheme(theme, faceFor(theme.fonts.latin.regular!));
      const right = en.page.width - en.page.margins.right;
      const paragraphs = (await extractPdf(r.bytes)).lines;
      const lines = await extractGlyphLines(r.bytes);
      const stats = wordSpaceStats(lines, { bodySize: en.sizes.body, rights: [right, right - 10], paragraphs, firstBodyPage: 1 });
      expect(stats.count).toBeGreaterThan(1000);
      expect(stats.median).toBeLessThanOrEqual(0.3);
      expect(stats.p99).toBeLessThanOrEqual(0.6);
      // ~75 characters a line: the measure is narrower than the Chinese one.
      expect(right - en.page.margins.left).toBeLessThan(theme.page.width - theme.page.margins.left - theme.page.margins.right - 30);
      const text = paragraphs.map((l) => l.text).join('\n');
      expect(text).not.toMatch(/[A-Za-z]'[a-z]/); // apostrophes are curly
      expect(text).toMatch(/[A-Za-z]’[a-z]/);
      expect(lines.some((l) => l.glyphs.at(-1)?.text === '\u00ad')).toBe(true); // some lines end hyphenated
    });
  }

  it('a bilingual edition sets its English on the English measure (about 75 characters) with the same spacing', async () => {
    const run = runCli(['--city', 'rizhao', '--lang', 'bilingual', '--format', 'md', '--out', out, '--quiet', '--force']);
    expect(run.code, run.stderr).toBe(0);
    const markdown = readFileSync(join(out, 'rizhao', 'core-skills.bilingual.md'), 'utf8');
    const theme = await defaultTheme();
    const r = await render(markdown, { theme, baseDir: join(out, 'rizhao') });
    const size = theme.sizes.body * theme.sizes.secondary;
    const right = theme.page.width - theme.page.margins.right;
    const paragraphs = (await extractPdf(r.bytes)).lines.filter((l) => l.role === 'P');
    const stats = wordSpaceStats(await extractGlyphLines(r.bytes), { bodySize: size, rights: [right, right - 10], paragraphs, firstBodyPage: 1 });
    expect(stats.count).toBeGreaterThan(1000);
    expect(stats.median).toBeLessThanOrEqual(0.3);
    expect(stats.p99).toBeLessThanOrEqual(0.6);
    // Full English lines of running text hold 65–85 characters (the Chinese measure would give ~105).
    const full = paragraphs.filter((l) => Math.abs(l.size - size) < 0.05 && Math.abs(l.right - right) < 1 && /^[\x20-\x7e’“”‘–—­]+$/.test(l.text));
    expect(full.length).toBeGreaterThan(100);
    const mean = full.reduce((n, l) => n + [...l.text.trim()].length, 0) / full.length;
    expect(mean).toBeGreaterThan(65);
    expect(mean).toBeLessThan(85);
  });

  it('word spaces of first-fit-like gappy text are reported (the statistic can fail)', async () => {
    const theme = await defaultTheme();
    // Long unbreakable words force loose lines.
    const words = Array.from({ length: 80 }, (_, i) => (i % 3 ? 'x' : 'https://example.org/' + 'a'.repeat(10 + (i % 7))));
    const r = await render(`# T\n\n${words.join(' ')}\n`, { theme, lang: 'en', bare: true });
    const en = englishTheme(theme, faceFor(theme.fonts.latin.regular!));
    const right = en.page.width - en.page.margins.right;
    const stats = wordSpaceStats(await extractGlyphLines(r.bytes), { bodySize: en.sizes.body, rights: [right] });
    expect(stats.count).toBeGreaterThan(0);
    expect(stats.max).toBeGreaterThan(0.6);
  });

  it('no first-line indent after a heading; a 1 em indent after a paragraph', async () => {
    const theme = await defaultTheme();
    const para = 'Apprenticeships combine learning at work with learning off the job, and both need a plan. '.repeat(3);
    const r = await render(`# Title\n\n## Section\n\n${para}\n\n${para}\n`, { theme, lang: 'en', bare: true });
    const en = englishTheme(theme, faceFor(theme.fonts.latin.regular!));
    const body = (await extractPdf(r.bytes)).lines.filter((l) => Math.abs(l.size - en.sizes.body) < 0.05);
    const left = en.page.margins.left;
    expect(body[0].left).toBeCloseTo(left, 1);
    const second = body.find((l, i) => i > 0 && l.left > left + 1)!;
    expect(second.left - left).toBeCloseTo(en.english.indent * en.sizes.body, 1);
  });
});

describe('English theme', () => {
  it('reads the english keys and reports bad ones', async () => {
    const { loadTheme } = await import('../../src/render/pdf/theme.js');
    const bag = new DiagnosticBag();
    const t = await loadTheme({}, bag);
    expect(t.english).toEqual({ body: 11, lineHeight: 1.45, measure: 75, indent: 1 });
  });
});
