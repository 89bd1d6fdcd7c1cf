// editYaml changes exactly the values asked for and not one other byte.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editFile } from '../../src/edit-yaml/edit-file.js';
import { editYaml } from '../../src/edit-yaml/edit-yaml.js';

const SOURCE = `# head comment
a:
  - id: x   # c1
    body:
      en: |
        Hello
        world
      zh: |
        你好
        世界

      # comment after a blank line
  - {id: y, text: {en: "Quoted", zh: '单引号'}}
  - id: z
    title:
      en: Plain text
      zh: 纯文本 # trailing comment
  - id: w
    title: {en: only en}
ops:
  - change: x
    set:
      title: {zh: 新}
`;

function edit(text: string, ...changes: Parameters<typeof editYaml>[1]): string {
  const r = editYaml(text, changes);
  if (!r.ok) throw new Error(`${r.failure.messageId} ${JSON.stringify(r.failure.args)}`);
  return r.text;
}

/** The lines of `after` that are not in `before`, and the other way round. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const b = before.split('\n');
  const a = after.split('\n');
  return { added: a.filter((l) => !b.includes(l)), removed: b.filter((l) => !a.includes(l)) };
}

describe('editYaml', () => {
  it('returns the same text when nothing changes', () => {
    const r = editYaml(SOURCE, [{ map: ['a', 2, 'title'], key: 'zh', value: '纯文本' }]);
    expect(r).toEqual({ ok: true, text: SOURCE, changed: false });
  });

  it('replaces a plain scalar keeping its trailing comment', () => {
    const out = edit(SOURCE, { map: ['a', 2, 'title'], key: 'zh', value: '新的文本' });
    expect(lineDiff(SOURCE, out)).toEqual({ added: ['      zh: 新的文本 # trailing comment'], removed: ['      zh: 纯文本 # trailing comment'] });
  });

  it('quotes a value that plain would misread, keeping the comment', () => {
    const out = edit(SOURCE, { map: ['a', 2, 'title'], key: 'zh', value: 'a: b' });
    expect(lineDiff(SOURCE, out).added).toEqual(['      zh: "a: b" # trailing comment']);
    expect(parse(out).a[2].title.zh).toBe('a: b');
  });

  it('replaces a block literal in place, keeping the blank line and comment after it', () => {
    const out = edit(SOURCE, { map: ['a', 0, 'body'], key: 'zh', value: '新的\n一段\n' });
    expect(out).toBe(SOURCE.replace('        你好\n        世界\n', '        新的\n        一段\n'));
  });

  it('keeps single quotes in a flow map', () => {
    const out = edit(SOURCE, { map: ['a', 1, 'text'], key: 'zh', value: "它's" });
    expect(lineDiff(SOURCE, out).added).toEqual([`  - {id: y, text: {en: "Quoted", zh: '它''s'}}`]);
  });

  it('adds a key to a flow map after the one named', () => {
    const out = edit(SOURCE, { map: ['a', 3, 'title'], key: 'zh', value: '只有中文' }, { map: ['a', 1, 'text'], key: 'reviewed', value: 'abcdef01', after: 'zh' });
    expect(lineDiff(SOURCE, out).added).toEqual([`  - {id: y, text: {en: "Quoted", zh: '单引号', reviewed: abcdef01}}`, '    title: {en: only en, zh: 只有中文}']);
  });

  it('adds a key to a block map at its indentation, before blank lines and comments', () => {
    const out = edit(SOURCE, { map: ['a', 0, 'body'], key: 'reviewed', value: '0badf00d' });
    expect(out).toBe(SOURCE.replace('        世界\n', '        世界\n      reviewed: 0badf00d\n'));
  });

  it('quotes a fingerprint that would read as a number', () => {
    const out = edit(SOURCE, { map: ['a', 2, 'title'], key: 'reviewed', value: '12345678' }, { map: ['a', 3, 'title'], key: 'reviewed', value: '1e234567' });
    const data = parse(out);
    expect(data.a[2].title.reviewed).toBe('12345678');
    expect(data.a[3].title.reviewed).toBe('1e234567');
  });

  it('adds a new zh then reviewed after the en, in that order', () => {
    const out = edit(SOURCE, { map: ['a', 3, 'title'], key: 'zh', value: '中' , after: 'en' }, { map: ['a', 3, 'title'], key: 'reviewed', value: 'abcdef01', after: 'zh' });
    expect(lineDiff(SOURCE, out).added).toEqual(['    title: {en: only en, zh: 中, reviewed: abcdef01}']);
  });

  it('writes a multi-line new value in a block map as a block literal', () => {
    const text = 'm:\n  en: |\n    one\n    two\n';
    const out = edit(text, { map: ['m'], key: 'zh', value: '一\n二\n', after: 'en' });
    expect(out).toBe('m:\n  en: |\n    one\n    two\n  zh: |\n    一\n    二\n');
  });

  it('adds a map as a flow map after a key, and merges into it later', () => {
    const once = edit(SOURCE, { map: ['ops', 0], key: 'based-on', value: { title: '0badf00d' }, after: 'change' });
    expect(once).toBe(SOURCE.replace('  - change: x\n', '  - change: x\n    based-on: {title: 0badf00d}\n'));
    const twice = edit(once, { map: ['ops', 0], key: 'based-on', value: { title: 'deadbeef', body: '00c0ffee' } });
    expect(twice).toBe(SOURCE.replace('  - change: x\n', '  - change: x\n    based-on: {title: deadbeef, body: 00c0ffee}\n'));
  });

  it('keeps CRLF line endings', () => {
    const crlf = SOURCE.replace(/\n/g, '\r\n');
    const out = edit(crlf, { map: ['a', 0, 'body'], key: 'reviewed', value: '0badf00d' }, { map: ['a', 0, 'body'], key: 'zh', value: '新\n' });
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out).toBe(crlf.replace('        你好\r\n        世界\r\n', '        新\r\n      reviewed: 0badf00d\r\n'));
  });

  it('adds a key at the end of a file without a final newline', () => {
    expect(edit('m:\n  en: x', { map: ['m'], key: 'zh', value: 'y' })).toBe('m:\n  en: x\n  zh: y\n');
  });

  it('refuses to edit what is not a map, or a value that is not text', () => {
    expect(editYaml(SOURCE, [{ map: ['a'], key: 'zh', value: 'x' }])).toMatchObject({ ok: false, failure: { messageId: 'yaml-edit-failed-no-map' } });
    expect(editYaml(SOURCE, [{ map: ['a', 0], key: 'body', value: 'x' }])).toMatchObject({ ok: false, failure: { messageId: 'yaml-edit-failed-not-text' } });
  });
});

describe('editFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'ag-edit-'));
  writeFileSync(join(root, 'f.yaml'), SOURCE);
  const loaded = createHash('sha256').update(SOURCE).digest('hex');
  const change = { map: ['a', 0, 'body'], key: 'zh', value: '你好' };

  it('edits the file the model was loaded from', () => {
    const { edit, problem } = editFile(root, 'f.yaml', loaded, [change]);
    expect(problem).toBeUndefined();
    expect(edit).toMatchObject({ file: 'f.yaml', before: SOURCE });
  });

  it('refuses a file that changed since the model was loaded: its data paths may mean something else now', () => {
    const { edit, problem } = editFile(root, 'f.yaml', createHash('sha256').update('other').digest('hex'), [change]);
    expect(edit).toBeUndefined();
    expect(problem).toMatchObject({ rule: 'file-changed-while-writing', file: 'f.yaml', line: 1 });
  });
});
