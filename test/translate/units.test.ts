// The texts of a file, and reading XLIFF as CAT tools may save it: unit tests without the bin.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { guideTexts, overrideTexts } from '../../src/validate/text-entries.js';
import { readXliff, type ReadElement, type ReadNode } from '../../src/xliff/read-xliff.js';

const parse = (text: string) => parseYaml(text, 'f.yaml').parsed!;
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
    `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:ag="urn:adapt-guide:xliff:1" version="2.0" srcLang="en" ag:guide="g">\n<file id="international.g" original="a.yaml">\n${units}\n</file>\n</xliff>\n`;
  const texts = (nodes: ReadNode[] | undefined) => nodes?.map((n) => (typeof n === 'string' ? n : `<${n.name}>`)).join('');
  it('joins the segments a CAT tool split, in order with ignorables, keeps whitespace and entities, and knows each place', () => {
    const { xliff } = readXliff(wrap('<unit id="u1" ag:zh="none">\n<segment state="reviewed"><source>One.</source><target>一。</target></segment>\n<ignorable><source> </source></ignorable><segment state="translated"><source>Two &amp; 3</source><target>二 &amp; 三&#10;</target></segment>\n</unit>'), 'x.xlf');
    expect(xliff?.guide).toBe('g');
    expect(xliff?.files[0]).toMatchObject({ id: 'international.g', original: 'a.yaml', at: { line: 3, col: 1 } });
    const unit = xliff?.files[0].units[0];
    expect(unit).toMatchObject({ id: 'u1', state: 'translated', zhAtExport: 'none', at: { file: 'x.xlf', line: 4, col: 1 } });
    expect(texts(unit?.source.nodes)).toBe('One. Two & 3');
    expect(texts(unit?.target?.nodes)).toBe('一。 二 & 三\n');
  });
  it('keeps inline elements with their attributes and places, and skips other namespaces', () => {
    const { xliff } = readXliff(wrap('<unit id="u1"><x:meta xmlns:x="urn:x"><x:a/></x:meta><segment><source>a<ph id="1" disp="{{v}}"/>b</source><target>\n  <pc id="2">c<mrk id="m" translate="no">d</mrk></pc></target></segment></unit>'), 'x.xlf');
    const unit = xliff!.files[0].units[0];
    expect(unit.source.nodes).toEqual(['a', { name: 'ph', attrs: { id: '1', disp: '{{v}}' }, at: { file: 'x.xlf', line: 4, col: 72 }, children: [] }, 'b']);
    expect(texts(unit.target?.nodes)).toBe('\n  <pc>');
    expect((unit.target?.nodes[1] as ReadElement).children).toMatchObject(['c', { name: 'mrk', children: ['d'] }]);
  });
  it('rejects a DOCTYPE, another version or namespace, another encoding, and malformed XML at its line', () => {
    expect(readXliff('<!DOCTYPE x [<!ENTITY a "b">]><xliff/>', 'x').diagnostics[0].rule).toBe('xliff-malformed');
    expect(readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="1.2"><file/></xliff>', 'x').diagnostics[0].rule).toBe('xliff-not-xliff');
    expect(readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>', 'x').diagnostics[0].rule).toBe('xliff-not-xliff');
    expect(readXliff('<?xml version="1.0" encoding="GBK"?><xliff/>', 'x').diagnostics[0].rule).toBe('xliff-malformed');
    expect(readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">\n<file>\n</xliff>', 'x').diagnostics[0]).toMatchObject({ rule: 'xliff-malformed', line: 3 });
  });
});

describe('escaping', () => {
  it('escapes what XML needs and nothing more', () => {
    expect(escapeText('a < b & {{c}} > d')).toBe('a &lt; b &amp; {{c}} &gt; d');
    expect(escapeAttr('say "hi"\n')).toBe('say &quot;hi&quot;&#10;');
  });
});
