// The DOCX writer's escaping and runs: whatever a guide's text holds, the part stays well-formed XML and
// the reader gets the text back (line breaks and tabs as Word's own elements, characters XML forbids dropped).
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/render/docx/runs.js';
import { esc, W_ROOT } from '../../src/render/docx/xml.js';

/** The text a reader sees in some runs: w:t contents, w:br as a newline, w:tab as a tab. */
function readBack(runs: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let text = '';
  let inText = false;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    if (t.local === 't') inText = true;
    if (t.local === 'br') text += '\n';
    if (t.local === 'tab') text += '\t';
  });
  parser.on('closetag', (t) => {
    if (t.local === 't') inText = false;
  });
  parser.on('text', (s) => {
    if (inText) text += s;
  });
  parser.write(`<w:p ${W_ROOT}>${runs}</w:p>`).close();
  return text;
}

describe('DOCX text', () => {
  it('escapes markup and quotes, and drops what XML 1.0 forbids', () => {
    expect(esc('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(esc('x\u0000\u0007\u001fy\uFFFE\uD800z')).toBe('xyz');
    expect(esc('湖州 😀')).toBe('湖州 😀');
    expect(esc('\uDC00a\uD83D')).toBe('a');
    expect(esc('a&\u0001<\uD83D\uDE00"')).toBe('a&amp;&lt;😀&quot;');
    expect(esc('纯文本，不需转义')).toBe('纯文本，不需转义');
  });

  it('keeps the text of a run, its line breaks and tabs, as a reader reads it', () => {
    const text = '第一行 <b> & "引号"\n第二行\tTab\u0001';
    expect(readBack(run(text, { bold: true }))).toBe('第一行 <b> & "引号"\n第二行\tTab');
    expect(readBack(run('after a break', {}, true))).toBe('\nafter a break');
  });
});
