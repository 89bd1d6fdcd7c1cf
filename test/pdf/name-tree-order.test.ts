// Named destinations (heading anchors, TOC links) sit in a name tree whose keys must be in byte order
// of their encoded strings (ISO 32000-1, 7.9.6). pdfkit 0.20.2 sorts them with localeCompare; our writer
// (src/render/pdf/text/name-tree.ts) reorders the finished file. Pinned to that pdfkit: when pdfkit
// changes, this says whether the fix is still needed and still finds the tree.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortNameTrees } from '../../src/render/pdf/text/name-tree.js';
import { render } from '../support/render.js';

const require = createRequire(import.meta.url);

/** The keys of the /Dests tree of a PDF, as bytes, in the order written. */
function destsKeys(pdf: Buffer): Buffer[] {
  const text = pdf.toString('latin1');
  const at = text.indexOf('/Names [', text.indexOf('/Dests <<'));
  expect(at, 'a /Dests name tree').toBeGreaterThan(0);
  return keysOf(text.slice(at + 8, text.indexOf('\n]', at)));
}

function inByteOrder(keys: Buffer[]): boolean {
  return keys.every((k, i) => i === 0 || Buffer.compare(keys[i - 1]!, k) < 0);
}

/** Every cross-reference entry points at its object, and startxref at the table. */
function checkXref(pdf: Buffer): void {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)/.exec(text.slice(-64))![1]);
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
  const count = Number(/^xref\n0 (\d+)/.exec(text.slice(startxref))![1]);
  const table = text.slice(startxref).split('\n').slice(3, 2 + count);
  table.forEach((entry, i) => expect(text.slice(Number(entry.slice(0, 10)), Number(entry.slice(0, 10)) + 16), `object ${i + 1}`).toMatch(new RegExp(`^${i + 1} 0 obj\n`)));
}

describe('name tree key order', () => {
  // By locale Été sorts before Zeta and 一 before 附录 in no particular byte order; by bytes every ASCII key comes first.
  const md = ['# 标题', '', '## Été', '', '正文。', '', '## Zeta', '', '正文见[附录](#附录)。', '', '## 一、总则', '', '正文。', '', '## 附录', '', '正文。', ''].join('\n');

  it('is the byte order of the encoded keys in a rendered PDF, with a consistent cross-reference table', async () => {
    const { bytes } = await render(md);
    const keys = destsKeys(Buffer.from(bytes));
    expect(keys.length).toBeGreaterThanOrEqual(5);
    expect(inByteOrder(keys)).toBe(true);
    checkXref(Buffer.from(bytes));
  });

  it('is needed with pdfkit 0.20.2, which writes them in locale order, and fixed by our writer', async () => {
    const manifest = JSON.parse(readFileSync(join(dirname(require.resolve('pdfkit')), '../package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe('0.20.2');
    const PDFDocument = require('pdfkit') as typeof import('pdfkit');
    const doc = new PDFDocument({ autoFirstPage: false, compress: false });
    doc.addPage();
    for (const name of ['附录', 'Zeta', 'Été', '一、总则', 'alpha']) doc.addNamedDestination(name);
    doc.end();
    const raw = doc.read() as Buffer;
    expect(inByteOrder(destsKeys(raw)), 'pdfkit sorts by bytes now: the fix in name-tree.ts can go').toBe(false);
    const fixed = sortNameTrees(raw);
    expect(inByteOrder(destsKeys(fixed))).toBe(true);
    expect(destsKeys(fixed)).toHaveLength(5);
    checkXref(fixed);
    // The limits are the first and the last key.
    expect(fixed.toString('latin1')).toContain('/Limits [(Zeta) (');
  });

  it('leaves a document without named destinations as it is', () => {
    const PDFDocument = require('pdfkit') as typeof import('pdfkit');
    const doc = new PDFDocument({ compress: false });
    doc.end();
    const raw = doc.read() as Buffer;
    expect(sortNameTrees(raw).equals(raw)).toBe(true);
  });
});

/** The literal-string keys of a name tree's /Names array, as bytes (ISO 32000-1, 7.3.4.2 escapes). */
function keysOf(array: string): Buffer[] {
  const keys: Buffer[] = [];
  let i = 0;
  while ((i = array.indexOf('(', i)) >= 0) {
    const out: number[] = [];
    let depth = 1;
    for (i++; depth > 0; i++) {
      const c = array[i]!;
      if (c === '\\') {
        const n = array[++i]!;
        const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
        if (/[0-7]/.test(n)) {
          const oct = /^[0-7]{1,3}/.exec(array.slice(i))![0];
          out.push(parseInt(oct, 8) & 0xff);
          i += oct.length - 1;
        } else out.push(esc[n] ?? n.charCodeAt(0));
      } else if (c === '(') {
        depth++;
        out.push(40);
      } else if (c === ')') {
        if (--depth > 0) out.push(41);
      } else out.push(c.charCodeAt(0));
    }
    keys.push(Buffer.from(out));
    // Skip the value array, which holds no strings.
    i = array.indexOf(']', i) + 1;
  }
  return keys;
}
