import { describe, expect, it } from 'vitest';
import { localiseGuide } from '../../src/localise/localise.js';
import { validateVariants } from '../../src/cli/validate-variants.js';
import { allVariants } from '../../src/localise/variants.js';
import type { GuideNode } from '../../src/model/types.js';
import { guide, item, node, override, profile, section, text, workspace } from '../helpers/builders.js';

function base() {
  return guide('qa', [
    section('intro', '引言', 'Introduction', [text('intro-text', '正文', 'Body')]),
    section('funding', '经费', 'Funding', [
      text('funding-subsidy', '补贴', 'Subsidy'),
      node('funding-check', 'checklist', {}, [item('check-a', '甲', 'A'), item('check-b', '乙', 'B')]),
    ]),
    section('example', '案例', 'Example'),
  ], { subsidy: { todo: '补贴标准' } });
}

const ids = (nodes: GuideNode[]): string[] => nodes.map((n) => n.id);
const rules = (ds: { rule: string }[]) => ds.map((d) => d.rule);

describe('localiseGuide', () => {
  it('changes one language and keeps the other, with provenance per leaf', () => {
    const ws = workspace([base()], [profile('city', 'huzhou', '湖州', 'Huzhou')], [], [
      override('city', 'huzhou', 'qa', [{ change: 'funding-subsidy', set: { body: { zh: '湖州补贴' } } }]),
    ]);
    const { adapted, diagnostics } = localiseGuide(ws, 'qa', { city: 'huzhou', sectors: [] });
    expect(diagnostics).toEqual([]);
    const subsidy = adapted!.guide.root.children[1].children[0];
    expect(subsidy.fields.body).toEqual({ zh: '湖州补贴', en: 'Subsidy' });
    expect(subsidy.prov['body.zh']).toMatchObject({ file: 'guides/cities/huzhou/qa.yaml', line: 10, layer: 'city:huzhou' });
    expect(subsidy.prov['body.en'].layer).toBe('international');
    const history = adapted!.history.get('funding-subsidy')!;
    expect(history.map((h) => h.action)).toEqual(['defined', 'changed']);
    expect(history[1].changes).toEqual([{ path: 'body.zh', before: '补贴', after: '湖州补贴' }]);
  });

  it('does not touch the workspace guide', () => {
    const g = base();
    const ws = workspace([g], [profile('city', 'huzhou', '湖州', 'Huzhou')], [], [override('city', 'huzhou', 'qa', [{ remove: 'intro' }])]);
    localiseGuide(ws, 'qa', { city: 'huzhou', sectors: [] });
    expect(ids(g.root.children)).toEqual(['intro', 'funding', 'example']);
  });

  it('leaves the workspace guide and the override files as they were, fields and provenance included', () => {
    // Variants share the nodes' maps until a layer writes them: no write may reach the shared ones.
    const g = base();
    const ws = workspace([g], [profile('city', 'huzhou', '湖州', 'Huzhou')], [profile('sector', 'oil', '石油', 'Oil')], [
      override('sector', 'oil', 'qa', [{ change: 'funding-subsidy', set: { body: { zh: '石油补贴' } } }, { add: [section('oil-note', '说明', 'Note')], end: 'guide' }]),
      override('city', 'huzhou', 'qa', [
        { change: 'funding-subsidy', set: { body: { en: 'Huzhou subsidy' } } },
        { change: 'oil-note', set: { title: { zh: '湖州说明' } } },
        { change: 'check-a', set: { text: null } },
        { remove: 'intro' },
      ]),
    ]);
    const before = structuredClone({ guide: g, overrides: [...ws.overrides.values()].map((m) => [...m.values()]) });
    const first = localiseGuide(ws, 'qa', { city: 'huzhou', sectors: ['oil'] }).adapted!;
    const again = localiseGuide(ws, 'qa', { city: 'huzhou', sectors: ['oil'] }).adapted!;
    expect({ guide: g, overrides: [...ws.overrides.values()].map((m) => [...m.values()]) }).toEqual(before);
    expect(again.guide.root).toEqual(first.guide.root);
    const subsidy = first.guide.root.children[0].children[0];
    expect(subsidy.fields.body).toEqual({ zh: '石油补贴', en: 'Huzhou subsidy' });
    expect(first.guide.root.children.at(-1)!.fields.title).toEqual({ zh: '湖州说明', en: 'Note' });
    expect(localiseGuide(ws, 'qa', { sectors: [] }).adapted!.guide.root).toEqual(g.root);
  });

  it('adds before, after, at the start and end, and removes', () => {
    const ws = workspace([base()], [profile('city', 'huzhou', '湖州', 'Huzhou')], [], [
      override('city', 'huzhou', 'qa', [
        { add: [section('policy', '政策', 'Policy')], after: 'funding' },
        { add: [section('first', '首', 'First')], start: 'guide' },
        { add: [section('last', '末', 'Last')], end: 'guide' },
        { add: [item('check-0', '零', 'Zero')], before: 'check-a' },
        { add: [item('check-z', '末', 'Z')], end: 'funding-check' },
        { remove: 'example' },
      ]),
    ]);
    const { adapted, diagnostics } = localiseGuide(ws, 'qa', { city: 'huzhou', sectors: [] });
    expect(diagnostics).toEqual([]);
    const root = adapted!.guide.root;
    expect(ids(root.children)).toEqual(['first', 'intro', 'funding', 'policy', 'last']);
    expect(ids(root.children[2].children[1].children)).toEqual(['check-0', 'check-a', 'check-b', 'check-z']);
    expect(root.children[3].at.layer).toBe('city:huzhou');
    expect(adapted!.history.get('example')!.map((h) => h.action)).toEqual(['defined', 'removed']);
    expect(adapted!.history.get('policy')![0]).toMatchObject({ action: 'added', position: 'after funding' });
  });

  it('applies layers international → sectors in order → city; a later layer wins', () => {
    const ws = workspace([base()], [profile('city', 'huzhou', '湖州', 'Huzhou')], [profile('sector', 'oil', '石油', 'Oil'), profile('sector', 'gas', '燃气', 'Gas')], [
      override('sector', 'oil', 'qa', [{ change: 'intro', set: { title: { zh: '石油引言' } } }], { subsidy: 100 }),
      override('sector', 'gas', 'qa', [{ change: 'intro', set: { title: { zh: '燃气引言' } } }]),
      override('city', 'huzhou', 'qa', [{ change: 'intro', set: { title: { en: 'Huzhou intro' } } }], { subsidy: 200 }),
    ]);
    const { adapted } = localiseGuide(ws, 'qa', { city: 'huzhou', sectors: ['oil', 'gas'] });
    expect(adapted!.guide.root.children[0].fields.title).toEqual({ zh: '燃气引言', en: 'Huzhou intro' });
    expect(adapted!.layers.map((l) => l.name)).toEqual(['international', 'sector:oil', 'sector:gas', 'city:huzhou']);
    expect(adapted!.vars.subsidy).toMatchObject({ value: 200, at: { layer: 'city:huzhou' } });
    const swapped = localiseGuide(ws, 'qa', { sectors: ['gas', 'oil'] }).adapted!;
    expect(swapped.guide.root.children[0].fields.title).toEqual({ zh: '石油引言', en: 'Introduction' });
    expect(swapped.vars.subsidy).toMatchObject({ value: 100, at: { layer: 'sector:oil' } });
  });

  it('replaces a slot with a text and a text with a slot, dropping stale provenance', () => {
    const g = guide('qa', [section('s', '节', 'S', [node('t', 'text', { body: { todo: '待写' } })])]);
    const ws = workspace([g], [profile('city', 'c', '城', 'C')], [], [
      override('city', 'c', 'qa', [{ change: 't', set: { body: { zh: '写好了' } } }, { change: 's', set: { title: { todo: '标题' } } }]),
    ]);
    const root = localiseGuide(ws, 'qa', { city: 'c', sectors: [] }).adapted!.guide.root;
    expect(root.children[0].children[0].fields.body).toEqual({ zh: '写好了' });
    expect(Object.keys(root.children[0].children[0].prov)).toEqual(['body.zh']);
    expect(root.children[0].fields.title).toEqual({ todo: '标题' });
    expect(Object.keys(root.children[0].prov)).toEqual(['title.todo']);
  });
});

describe('strictness', () => {
  const run = (ops: Parameters<typeof override>[3], sectorOps?: Parameters<typeof override>[3]) => {
    const files = [override('city', 'huzhou', 'qa', ops)];
    if (sectorOps) files.push(override('sector', 'oil', 'qa', sectorOps));
    const ws = workspace([base()], [profile('city', 'huzhou', '湖州', 'Huzhou')], [profile('sector', 'oil', '石油', 'Oil')], files);
    return localiseGuide(ws, 'qa', { city: 'huzhou', sectors: sectorOps ? ['oil'] : [] }).diagnostics;
  };

  it('unknown target: located, names the guide, suggests the nearest id', () => {
    const [d, ...rest] = run([{ change: 'funding-subsdy', set: { title: { zh: 'x' } } }]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'unknown-target', severity: 'error', file: 'guides/cities/huzhou/qa.yaml', line: 10, guide: 'qa', hintArgs: { suggestion: 'funding-subsidy`, `funding' } });
  });

  it('two changes of the same field in one file', () => {
    const ds = run([{ change: 'intro', set: { title: { zh: 'a' } } }, { change: 'intro', set: { title: { zh: 'b', en: 'c' } } }]);
    expect(rules(ds)).toEqual(['duplicate-change']);
    expect(ds[0]).toMatchObject({ line: 11, args: { field: 'title.zh', first: 'guides/cities/huzhou/qa.yaml:10' } });
  });

  it('changing zh in one operation and en in another is not a clash', () => {
    expect(run([{ change: 'intro', set: { title: { zh: 'a' } } }, { change: 'intro', set: { title: { en: 'b' } } }])).toEqual([]);
  });

  it('the same field changed by two layers is fine: the later wins', () => {
    expect(run([{ change: 'intro', set: { title: { zh: 'a' } } }], [{ change: 'intro', set: { title: { zh: 'b' } } }])).toEqual([]);
  });

  it('adding an existing id, also inside an added subtree', () => {
    expect(rules(run([{ add: [section('intro', 'x', 'x')], after: 'funding' }]))).toEqual(['add-existing-id']);
    expect(rules(run([{ add: [section('new', 'x', 'x', [text('intro-text', 'a', 'b')])], after: 'funding' }]))).toEqual(['add-existing-id']);
    expect(rules(run([{ add: [section('twin', 'x', 'x'), section('twin', 'y', 'y')], after: 'funding' }]))).toEqual(['add-existing-id']);
  });

  it('changing, removing or adding next to a node an earlier layer removed', () => {
    const ds = run([{ change: 'example', set: { title: { zh: 'x' } } }, { add: [section('n', 'x', 'x')], after: 'example' }, { remove: 'example' }], [{ remove: 'example' }]);
    expect(rules(ds)).toEqual(['target-removed', 'target-removed', 'target-removed']);
    expect(ds[0].args).toMatchObject({ layer: 'sector:oil', removedAt: 'guides/sectors/oil/qa.yaml:10' });
  });

  it('set of a children key, id or type', () => {
    expect(rules(run([{ change: 'funding', set: { content: [] } }, { change: 'intro', set: { id: 'x' } }]))).toEqual(['set-children', 'set-children']);
  });

  it('adding a node of the wrong kind, or into a node without children', () => {
    expect(rules(run([{ add: [text('t2', 'a', 'b')], end: 'funding-check' }]))).toEqual(['add-wrong-type']);
    expect(rules(run([{ add: [text('t2', 'a', 'b')], end: 'intro-text' }]))).toEqual(['add-no-children']);
    expect(rules(run([{ add: [text('t2', 'a', 'b')], end: 'guide' }]))).toEqual(['add-wrong-type']);
  });

  it('a failed operation does not stop the following ones', () => {
    const files = [override('city', 'huzhou', 'qa', [{ remove: 'nope' }, { remove: 'example' }])];
    const ws = workspace([base()], [profile('city', 'huzhou', '湖州', 'Huzhou')], [], files);
    const result = localiseGuide(ws, 'qa', { city: 'huzhou', sectors: [] });
    expect(rules(result.diagnostics)).toEqual(['unknown-target']);
    expect(ids(result.adapted!.guide.root.children)).toEqual(['intro', 'funding']);
  });
});

describe('variants', () => {
  it('lists international, cities, sectors and the pairs profiles name', () => {
    const ws = workspace([base()], [profile('city', 'b', 'B', 'B', {}, {}, ['oil']), profile('city', 'a', 'A', 'A')], [profile('sector', 'oil', '石油', 'Oil')]);
    expect(allVariants(ws)).toEqual([{ sectors: [] }, { city: 'a', sectors: [] }, { city: 'b', sectors: [] }, { sectors: ['oil'] }, { city: 'b', sectors: ['oil'] }]);
  });

  it('validateVariants reports a broken city override once, though two variants apply it', () => {
    const ws = workspace([base()], [profile('city', 'huzhou', '湖州', 'Huzhou', {}, {}, ['oil'])], [profile('sector', 'oil', '石油', 'Oil')], [
      override('city', 'huzhou', 'qa', [{ remove: 'nope' }]),
    ]);
    expect(rules(validateVariants(ws))).toEqual(['unknown-target']);
  });
});

describe('the guide itself', () => {
  it('`change: guide` sets the guide\'s own fields; `end: guide` appends a chapter', () => {
    const ws = workspace([base()], [profile('city', 'huzhou', '湖州', 'Huzhou')], [], [
      override('city', 'huzhou', 'qa', [{ change: 'guide', set: { subtitle: { zh: '湖州版' } } }, { add: [section('z', '末', 'End')], end: 'guide' }, { add: [section('y', '首', 'First')], start: 'qa' }]),
    ]);
    const { adapted, diagnostics } = localiseGuide(ws, 'qa', { city: 'huzhou', sectors: [] });
    expect(diagnostics).toEqual([]);
    expect(adapted!.guide.root.fields.subtitle).toEqual({ zh: '湖州版' });
    expect(adapted!.guide.root.children.at(-1)!.id).toBe('z');
    expect(adapted!.guide.root.children[0].id).toBe('y');
    expect(adapted!.history.get('qa')!.map((h) => h.action)).toEqual(['defined', 'changed']);
  });

  it('an operation that changed nothing because it was refused leaves no history entry', () => {
    const ws = workspace([base()], [profile('city', 'huzhou', '湖州', 'Huzhou')], [], [override('city', 'huzhou', 'qa', [{ change: 'funding', set: { content: [] } }])]);
    const { adapted } = localiseGuide(ws, 'qa', { city: 'huzhou', sectors: [] });
    expect(adapted!.history.get('funding')!.map((h) => h.action)).toEqual(['defined']);
  });
});

describe('tables', () => {
  it('a cell changes per language; columns are replaced whole, with provenance per leaf', () => {
    const columns = [{ id: 'a', label: { zh: '甲', en: 'A' } }];
    const g = guide('qa', [section('s', '节', 'S', [node('t', 'table', { columns }, [node('r', 'row', { cells: { a: { zh: '一', en: 'one' }, b: { zh: '二', en: 'two' } } })])])]);
    const ws = workspace([g], [profile('city', 'c', '城', 'C')], [], [
      override('city', 'c', 'qa', [
        { change: 'r', set: { cells: { b: { zh: '贰' } } } },
        { change: 't', set: { columns: [{ id: 'a', label: { zh: '新', en: 'New' } }, { id: 'b', label: { zh: '乙', en: 'B' } }] } },
      ]),
    ]);
    const { adapted, diagnostics } = localiseGuide(ws, 'qa', { city: 'c', sectors: [] });
    expect(diagnostics).toEqual([]);
    const table = adapted!.guide.root.children[0].children[0];
    expect(table.children[0].fields.cells).toEqual({ a: { zh: '一', en: 'one' }, b: { zh: '贰', en: 'two' } });
    expect(table.children[0].prov['cells.b.zh'].layer).toBe('city:c');
    expect(table.children[0].prov['cells.b.en'].layer).toBe('international');
    expect((table.fields.columns as unknown[]).length).toBe(2);
    expect(table.prov['columns.1.label.en'].layer).toBe('city:c');
    expect(Object.keys(table.prov).filter((k) => k.startsWith('columns.')).every((k) => table.prov[k].layer === 'city:c')).toBe(true);
    // The workspace's guide is untouched: copies are made before writing.
    expect(g.root.children[0].children[0].children[0].fields.cells).toEqual({ a: { zh: '一', en: 'one' }, b: { zh: '二', en: 'two' } });
  });
});
