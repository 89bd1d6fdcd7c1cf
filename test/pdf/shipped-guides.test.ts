// The typography checker on the shipped guides: every guide of a city variant, as the build makes it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { extractPdf } from '../support/pdf-text.js';
import { defaultTheme, indents, measureRights, render } from '../support/render.js';
import { checkTypography } from '../support/typography-check.js';

const GUIDES = ['quality-apprenticeship', 'core-skills', 'green-skills', 'skills-needs-analysis'];
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ag-shipped-pdf-'));
  const run = runCli(['--city', 'huzhou', '--format', 'md', '--out', out, '--quiet', '--force']);
  expect(run.code, run.stderr).toBe(0);
});

describe('the shipped guides (Huzhou) typeset to the rules', () => {
  for (const guide of GUIDES) {
    it(`${guide}: no line-breaking, justification, 孤字, heading, footer or contents finding`, async () => {
      const markdown = readFileSync(join(out, 'huzhou', `${guide}.md`), 'utf8');
      const theme = await defaultTheme();
      const r = await render(markdown, { theme, baseDir: join(out, 'huzhou') });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const pdf = await extractPdf(r.bytes);
      expect(pdf.pages).toBeGreaterThanOrEqual(15);
      const contentsPages = pdf.lines.filter((l) => l.text.startsWith('目录')).map((l) => l.page);
      const firstBodyPage = Math.max(...contentsPages, 0) + 1;
      const findings = checkTypography(pdf, { bodySize: theme.sizes.body, rights: measureRights(theme), indents: indents(theme), firstBodyPage, sourceText: markdown });
      expect(findings).toEqual([]);
    });
  }
});
