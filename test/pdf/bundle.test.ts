// The bin runs the bundle (lib/bundle/), which carries markdown-it and its entity decoder: entities and
// links come out right through it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { extractPdf } from '../support/pdf-text.js';

describe('the bundled bin', () => {
  it('decodes HTML entities and keeps bare URLs as text (linkify is off)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-bundle-'));
    writeFileSync(join(dir, 'e.md'), '# 标题\n\n甲&amp;乙，&#x4e2d;文，&copy; 2024，见 https://example.org/a 和[链接](https://example.org/b?x=1&amp;y=2)。\n');
    const run = runCli(['pdf', 'e.md', '-o', 'e.pdf'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const pdf = readFileSync(join(dir, 'e.pdf'));
    const text = (await extractPdf(pdf)).lines.map((l) => l.text).join('');
    expect(text).toContain('甲&乙，中文，© 2024，见 https://example.org/a 和链接。');
    // One link annotation (the Markdown link, its URL decoded), none for the bare URL.
    const uris = [...pdf.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris).toEqual(['https://example.org/b?x=1&y=2']);
  });
});
