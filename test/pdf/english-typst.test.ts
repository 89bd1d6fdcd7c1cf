// Issue 20's yardstick: English word spaces against Typst's on the same text, font, size and measure.
// The English paragraphs of a shipped guide (Tianjin + petroleum core-skills, plain running text) are
// typeset by us and by Typst (its npm compiler, justified and hyphenated); the word spaces of full
// justified lines are measured the same way on both (glyph-check.ts).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { expect, it } from 'vitest';
import { englishTheme } from '../../src/render/pdf/english.js';
import { faceFor } from '../../src/render/pdf/text/fonts.js';
import { runCli } from '../support/cli.js';
import { extractGlyphLines, wordSpaceStats } from '../support/glyph-check.js';
import { defaultTheme, render } from '../support/render.js';

it('sets English word spaces at least as evenly as Typst on the same paragraphs', async () => {
  const out = mkdtempSync(join(tmpdir(), 'ag-typst-en-'));
  const run = runCli(['--city', 'tianjin', '--sector', 'petroleum', '--lang', 'en', '--format', 'md', '--out', out, '--quiet', '--force']);
  expect(run.code, run.stderr).toBe(0);
  const md = readFileSync(join(out, 'tianjin+petroleum', 'core-skills.en.md'), 'utf8');
  // Running text only: long paragraphs starting with a capital, no tables, quotes, Han or markup.
  const paras = md
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => /^[A-Z]/.test(p) && !p.includes('|') && p.length > 200)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/\*\*|\*|_/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
    .filter((p) => !/[\u3400-\u9fff<>]/.test(p));
  expect(paras.length).toBeGreaterThan(20);

  const theme = await defaultTheme();
  const en = englishTheme(theme, faceFor(theme.fonts.latin.regular!));
  const { width, height, margins } = en.page;
  const right = width - margins.right;
  const ours = await render(paras.join('\n\n') + '\n', { theme, bare: true, lang: 'en' });

  const fontDir = join(theme.fonts.latin.regular!, '..');
  expect(readdirSync(fontDir).some((f) => f.endsWith('.ttf'))).toBe(true);
  const esc = (s: string) => s.replace(/[\\#*_`$<>@[\]=\-+/~"]/g, (c) => `\\${c}`);
  const spacing = `${(en.sizes.lineHeight - 1.2).toFixed(2)}em`;
  const typ = [
    `#set page(width: ${width}pt, height: ${height}pt, margin: (left: ${margins.left}pt, right: ${margins.right}pt, top: 72pt, bottom: 72pt))`,
    `#set text(font: "Noto Serif", size: ${en.sizes.body}pt, lang: "en", hyphenate: true)`,
    `#set par(justify: true, first-line-indent: 1em, leading: ${spacing}, spacing: ${spacing})`,
    ...paras.map(esc),
  ].join('\n\n');
  const typst = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] }).pdf({ mainFileContent: typ });

  const a = wordSpaceStats(await extractGlyphLines(ours.bytes), { bodySize: en.sizes.body, rights: [right] });
  // Typst lets punctuation and hyphens hang into the margin: its full lines end up to ~2 pt past the measure.
  const b = wordSpaceStats(await extractGlyphLines(new Uint8Array(typst)), { bodySize: en.sizes.body, rights: [right + 1], tolerance: 2.3 });
  expect(a.count).toBeGreaterThan(1000);
  expect(b.count).toBeGreaterThan(0.8 * a.count);
  expect(a.median).toBeLessThanOrEqual(b.median);
  expect(a.p99).toBeLessThanOrEqual(b.p99);
}, 120_000);
