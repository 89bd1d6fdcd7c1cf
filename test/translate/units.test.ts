// The texts of a file, and reading XLIFF as CAT tools may save it: unit tests without the bin.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { guideTexts, overrideTexts } from '../../src/validate/text-entries.js';

const parse = (text: string) => parseYaml(text, 'f.yaml').parsed!;
import { readXliff } from '../../src/xliff/read-xliff.js';
import { escapeAttr, escapeText } from '../../src/xliff/write-xliff.js';

describe('guideTexts', () => {
  const data = parse(`
id: g
title: {en: T, zh: 题}
vars:
  x: {value: 1, description: {en: D, zh: 述}}
chapters:
  - id: a
    title: {en: A, zh: 甲}
    content:
      - id: t
        type: table
        columns: [{id: c1, label: {en: L, zh: 标}}]
        rows:
          - {id: r1, cells: {c1: {todo: 待补}}}
      - id: k
        type: checklist
        answers: [{en: yes, zh: 是}]
        items: [{id: k1, text: {en: I, zh: 项}}]
`);
  const found = guideTexts(data, 'g');
  it('finds every text with its unit key and path', () => {
    expect(found.texts.map((t) => t.unit)).toEqual(['g.title', 'vars.x.description', 'a.title', 't.columns.c1.label', 'r1.cells.c1', 'k.answers.0', 'k1.text']);
    expect(found.texts.find((t) => t.unit === 'r1.cells.c1')).toMatchObject({ todo: '待补', path: ['chapters', 0, 'content', 0, 'rows', 0, 'cells', 'c1'] });
  });
  it('knows each node, what it holds and its section', () => {
    expect(found.nodes.get('a')?.descendants).toEqual(['t', 'r1', 'k', 'k1']);
    expect(found.nodes.get('t')).toMatchObject({ kind: 'table', parent: true });
    expect(found.nodes.get('k1')).toMatchObject({ kind: 'section', parent: false, heading: { en: 'I', zh: '项' } });
    expect(found.nodes.get('k1')?.section).toEqual({ en: 'A', zh: '甲' });
  });
});

describe('overrideTexts', () => {
  it('finds the texts of changes (with their operation) and of added nodes, and the based-on record', () => {
    const found = overrideTexts(parse(`
guide: g
operations:
  - change: a
    based-on: {title: 0badf00d}
    set: {title: {zh: 乙}}
  - add: [{id: n, type: text, body: {en: B, zh: 乙}}]
    after: a
  - remove: t
`));
    expect(found.texts.map((t) => [t.unit, t.change])).toEqual([['a.title', 0], ['n.body', undefined]]);
    expect(found.changes).toEqual([
      { index: 0, target: 'a', fields: ['title'], basedOn: { title: '0badf00d' }, at: { change: { file: 'f.yaml', line: 4, col: 13 }, basedOn: { title: { file: 'f.yaml', line: 5, col: 23 } } } },
    ]);
    expect(found.texts[0].at).toEqual({
      map: { file: 'f.yaml', line: 6, col: 18 },
      en: { file: 'f.yaml', line: 6, col: 18 },
      zh: { file: 'f.yaml', line: 6, col: 23 },
      reviewed: { file: 'f.yaml', line: 6, col: 18 },
    });
    expect(found.operations).toEqual([
      { index: 1, op: 'add', target: 'a', position: 'after', adds: ['n'] },
      { index: 2, op: 'remove', target: 't' },
    ]);
    expect(found.nodes.has('n')).toBe(true);
  });
});

describe('readXliff', () => {
  const wrap = (units: string) =>
    `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:ag="urn:adapt-guide:xliff:1" version="2.0" srcLang="en" ag:guide="g">\n<file id="f1" original="a.yaml" ag:sha256="ab">\n${units}\n</file>\n</xliff>\n`;
  it('joins the segments a CAT tool split, keeps whitespace and entities, and knows each unit line', () => {
    const { xliff } = readXliff(wrap('<unit id="u1">\n<segment state="reviewed"><source>One. </source><target>一。</target></segment>\n<segment state="translated"><source>Two &amp; 3</source><target>二 &amp; 三&#10;</target></segment>\n</unit>'), 'x.xlf');
    expect(xliff?.guide).toBe('g');
    expect(xliff?.files[0]).toMatchObject({ original: 'a.yaml', sha256: 'ab', at: { line: 3 } });
    expect(xliff?.files[0].units[0]).toMatchObject({ id: 'u1', source: 'One. Two & 3', target: '一。二 & 三\n', state: 'translated', inline: false, at: { file: 'x.xlf', line: 4 } });
  });
  it('flags inline markup in a target', () => {
    const { xliff } = readXliff(wrap('<unit id="u1"><segment><source>a</source><target>a<ph id="1"/>b</target></segment></unit>'), 'x.xlf');
    expect(xliff?.files[0].units[0].inline).toBe(true);
  });
  it('rejects a DOCTYPE, another version, and malformed XML at its line', () => {
    expect(readXliff('<!DOCTYPE x [<!ENTITY a "b">]><xliff/>', 'x').diagnostics[0].rule).toBe('xliff-malformed');
    expect(readXliff('<xliff version="1.2"><file/></xliff>', 'x').diagnostics[0].rule).toBe('xliff-not-xliff');
    expect(readXliff('<xliff version="2.0">\n<file>\n</xliff>', 'x').diagnostics[0]).toMatchObject({ rule: 'xliff-malformed', line: 3 });
  });
});

describe('escaping', () => {
  it('escapes what XML needs and nothing more', () => {
    expect(escapeText('a < b & {{c}} > d')).toBe('a &lt; b &amp; {{c}} &gt; d');
    expect(escapeAttr('say "hi"\n')).toBe('say &quot;hi&quot;&#10;');
  });
});
