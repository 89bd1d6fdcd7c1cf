import { describe, expect, it } from 'vitest';
import { editYaml } from '../../src/edit-yaml/edit-yaml.js';

describe('editYaml: replace a value and append to a list', () => {
  it('replaces a slot by a string or a text map, keeping comments', () => {
    const text = '# profile\nname: {zh: 湖州, en: Huzhou}\nadapter: {todo: 改编单位} # who adapts\nvars:\n  a: {value: {todo: x}}\n  b:\n    value: {todo: y}\n  c: 1\n';
    const r = editYaml(text, [
      { map: [], key: 'adapter', value: '湖州市人社局', replace: true },
      { map: ['vars'], key: 'a', value: { zh: '甲', en: 'A' }, replace: true },
      { map: ['vars'], key: 'b', value: '4000', replace: true },
      { map: ['vars'], key: 'd', value: 'new', replace: true },
    ]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toBe('# profile\nname: {zh: 湖州, en: Huzhou}\nadapter: 湖州市人社局 # who adapts\nvars:\n  a: {zh: 甲, en: A}\n  b: "4000"\n  c: 1\n  d: new\n');
  });
  it('appends an item to a block list and turns an empty flow list into a block one', () => {
    const item = 'change: intro\nset:\n  body: {zh: 正文}';
    const block = editYaml('guide: g\noperations:\n  - remove: x # gone\n', [{ append: ['operations'], items: [item] }]);
    expect(block.ok && block.text).toBe('guide: g\noperations:\n  - remove: x # gone\n  - change: intro\n    set:\n      body: {zh: 正文}\n');
    const empty = editYaml('guide: g\noperations: []\n', [{ append: ['operations'], items: [item] }]);
    expect(empty.ok && empty.text).toBe('guide: g\noperations:\n  - change: intro\n    set:\n      body: {zh: 正文}\n');
  });
});
