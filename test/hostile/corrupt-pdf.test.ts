// Symptom 1: a PNG with transparency gave a PDF with no xref, trailer or %%EOF, reported as success
// and then replayed from the cache. Now the writer waits for pdfkit's stream, and every PDF is
// verified before it is written.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfProblem } from '../../src/output/verify/pdf.js';
import { hashTree, hostileWorkspace, runCli, transparentPng } from './support.js';

const pdfinfo = (path: string) => spawnSync('pdfinfo', [path], { encoding: 'utf8' });
/** Lines of `pdfimages -list` after its two header lines: one per image, with its soft mask (the alpha). */
const images = (path: string) => spawnSync('pdfimages', ['-list', path], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((l) => l.trim() !== '');

describe('a PNG with transparency', () => {
  for (const kind of ['rgba', 'grey-alpha', 'palette'] as const) {
    it(`(${kind}) in a guide builds a PDF that pdfinfo opens, with the image and its alpha`, () => {
      const root = hostileWorkspace(transparentPng(kind));
      const before = hashTree(root, ['dist']);
      const run = runCli(['build', '--format', 'pdf', '--json'], { cwd: root });
      expect(run.code, run.stderr).toBe(0);
      const pdf = join(root, 'dist/international/demo-guide.pdf');
      expect(pdfinfo(pdf).status).toBe(0);
      expect(pdfProblem(readFileSync(pdf))).toBeUndefined();
      const list = images(pdf);
      expect(list.some((l) => / image /.test(l))).toBe(true);
      expect(list.some((l) => / smask /.test(l))).toBe(true);
      // From the cache, the same whole file.
      const again = runCli(['build', '--format', 'pdf', '--json'], { cwd: root });
      expect(again.code).toBe(0);
      expect(pdfinfo(pdf).status).toBe(0);
      expect(hashTree(root, ['dist'])).toEqual(before);
    });
  }

  it('in `adapt-guide pdf` gives a PDF that pdfinfo opens', () => {
    const root = hostileWorkspace();
    writeFileSync(join(root, 'logo.png'), transparentPng('rgba'));
    writeFileSync(join(root, 'notes.md'), '# Notes\n\nText.\n\n![logo](logo.png)\n');
    const run = runCli(['pdf', 'notes.md', '-o', 'notes.pdf'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(pdfinfo(join(root, 'notes.pdf')).status).toBe(0);
  });
});

describe('the PDF check every PDF passes before it is written', () => {
  it('refuses a cut-off file, a wrong xref offset and a missing trailer; accepts a whole one', () => {
    const root = hostileWorkspace();
    writeFileSync(join(root, 'notes.md'), '# Notes\n\nText.\n');
    expect(runCli(['pdf', 'notes.md'], { cwd: root }).code).toBe(0);
    const whole = readFileSync(join(root, 'notes.pdf'));
    expect(pdfProblem(whole)).toBeUndefined();
    expect(pdfProblem(whole.subarray(0, whole.length - 200))).toMatch(/cut off|trailer|xref/);
    const text = whole.toString('latin1');
    const at = text.lastIndexOf('startxref');
    expect(pdfProblem(Buffer.from(text.slice(0, at) + 'startxref\n12\n%%EOF\n', 'latin1'))).toBeDefined();
    expect(pdfProblem(Buffer.from(text.replace(/trailer/g, 'trailor'), 'latin1'))).toBeDefined();
    // An object renumbered: its xref entry no longer points at it.
    expect(text).toContain('\n3 0 obj');
    expect(pdfProblem(Buffer.from(text.replace('\n3 0 obj', '\n9 0 obj'), 'latin1'))).toMatch(/object 3/);
    expect(pdfProblem(Buffer.from('%PDF-1.7\n'))).toBeDefined();
  });
});
