// Named destinations (heading anchors, TOC links) sit in a name tree whose keys must be in byte order
// of their encoded strings (ISO 32000-1, 7.9.6): pdfkit's localeCompare put Chinese keys in locale order.
import { describe, expect, it } from 'vitest';
import { compareNameKeys } from '../../src/render/pdf/text/pdf-output.js';
import { render } from '../support/render.js';

/** The bytes pdfkit writes for a string key: ASCII as is, anything else UTF-16BE after FE FF. */
function encoded(key: string): Buffer {
  if (/^[\x00-\x7f]*$/.test(key)) return Buffer.from(key, 'latin1');
  const out = Buffer.alloc(2 + key.length * 2);
  out[0] = 0xfe;
  out[1] = 0xff;
  for (let i = 0; i < key.length; i++) out.writeUInt16BE(key.charCodeAt(i), 2 + i * 2);
  return out;
}

describe('name tree key order', () => {
  const keys = ['第二章-实施', 'zeta', '第一章-总则', 'Alpha', 'alpha', '附录', '𠀀-astral', 'a-b', '一', 'ａ全角', '1-intro'];

  it('is the byte order of the encoded keys', () => {
    const ours = [...keys].sort(compareNameKeys);
    const bytes = [...keys].sort((a, b) => Buffer.compare(encoded(a), encoded(b)));
    expect(ours).toEqual(bytes);
  });

  it('is what a rendered PDF lists in its Dests tree', async () => {
    // By locale été sorts before zeta; by bytes every ASCII key comes first: the two orders differ.
    const md = ['# 标题', '', '## Été', '', '正文。', '', '## Zeta', '', '正文。', '', '## 一、总则', '', '正文。', ''].join('\n');
    const { bytes } = await render(md);
    const text = Buffer.from(bytes).toString('latin1');
    const at = text.indexOf('/Names [', text.indexOf('/Dests <<'));
    expect(at, 'a /Dests name tree').toBeGreaterThan(0);
    const listed = keysOf(text.slice(at + 8, text.indexOf('\n]', at)));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < listed.length; i++) expect(Buffer.compare(listed[i - 1]!, listed[i]!), `${i}`).toBeLessThan(0);
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
