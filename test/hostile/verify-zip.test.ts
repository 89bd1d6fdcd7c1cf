// The zip check every workbook passes before it is written (and a DOCX can use): a whole package with its parts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipProblem } from '../../src/output/verify/zip.js';
import { hostileWorkspace, runCli } from './support.js';

describe('zipProblem', () => {
  it('accepts the workbook `slots export` writes, refuses it cut off or without a part', () => {
    const root = hostileWorkspace();
    const run = runCli(['slots', 'export', '--city', 'testville', '-o', 'sheet.xlsx'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const xlsx = readFileSync(join(root, 'sheet.xlsx'));
    const parts = ['[Content_Types].xml', 'xl/workbook.xml'];
    expect(zipProblem(xlsx, parts)).toBeUndefined();
    expect(zipProblem(xlsx.subarray(0, xlsx.length - 10), parts)).toMatch(/cut off/);
    expect(zipProblem(xlsx.subarray(0, xlsx.length / 2), parts)).toBeDefined();
    expect(zipProblem(xlsx, ['word/document.xml'])).toMatch(/no part word\/document.xml/);
    expect(zipProblem(Buffer.from('%PDF-1.7'), parts)).toMatch(/not a zip/);
  });
});
