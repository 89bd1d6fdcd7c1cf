import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { localiseGuide } from '../../src/localise/localise.js';
import { lineDiff } from '../../src/explain/line-diff.js';
import { escapeCell } from '../../src/render/markdown/block-views.js';
import { pathUnderAssets } from '../../src/render/markdown/asset-path.js';
import { expandVariables } from '../../src/render/text/expand-variables.js';
import { guardHtml } from '../../src/render/text/guard-html.js';
import { textResolver } from '../../src/render/text/resolve-text.js';
import { guide, node, profile, section, workspace } from '../helpers/builders.js';

const ctx = { vars: { n: 3, s: '【待补充：x】' }, locality: { name: '湖州' } };
const raw = { vars: { n: 3, s: { todo: 'x' } }, locality: { name: { zh: '湖州', en: 'Huzhou' } } };

describe('expandVariables', () => {
  it('gives what Handlebars gives (strict, no escaping) for values, with or without its compiler', () => {
    const context = { city: { name: '湖州', list: ['a', 'b'], zero: 0, no: false, nil: null, obj: { k: 1 } }, vars: { 'dash-ed': 'D', x$: 'X' } };
    const sources = [
      '{{city.name}}', '前{{city.name}}后', '{{ city.name }}与{{city.name}}', '{{city.zero}}|{{city.no}}',
      '{{vars.dash-ed}}{{vars.x$}}', '{{{city.name}}}', '\\{{city.name}}', '{{~city.name~}} x', 'a {{!-- note --}} {{city.name}}',
      '{{#if city.name}}有{{else}}无{{/if}}', '{{lookup city.list 1}}', '<{{city.name}}> & "q"', 'no variables at all', '{ {{city.name}} }', '{{city.name}}}',
    ];
    for (const source of sources) {
      let expected: string | undefined;
      try {
        expected = Handlebars.compile(source, { strict: true, noEscape: true })(context);
      } catch {
        expected = undefined; // Handlebars cannot read it: reported, the text left as written
      }
      const ours = expandVariables(source, context, context);
      if (expected === undefined) expect(ours.problems.map((p) => p.kind), source).toContain('template-syntax');
      else expect(ours.text, source).toBe(expected);
    }
  });

  it('prints no list, group of fields or null (Handlebars would print "a,b", "[object Object]", ""): a problem naming it', () => {
    const context = { city: { list: ['a', 'b'], nil: null, obj: { k: 1 } } };
    for (const [source, name, value] of [['{{city.list}}', 'city.list', 'list'], ['x{{city.nil}}', 'city.nil', 'nothing'], ['{{city.obj}}', 'city.obj', 'group'], ['{{#if city.obj}}{{city.obj}}{{/if}}', 'city.obj', 'group'], ['{{lookup city "nope"}}', 'lookup city "nope"', undefined]] as const) {
      const ours = expandVariables(source, context, context);
      expect(ours.text, source).toBe(source);
      expect(ours.problems, source).toEqual([value ? { kind: 'not-printable', name, value } : { kind: 'missing-variable', name }]);
    }
  });

  it('fills variables, and passes Markdown through unescaped', () => {
    expect(expandVariables('**{{locality.name}}** & {{vars.n}} < 5', ctx, raw)).toEqual({ text: '**湖州** & 3 < 5', problems: [] });
  });
  it('reports every missing variable by its full name and leaves the text as written', () => {
    const r = expandVariables('{{vars.m}} {{city.name}} {{vars.n}}', ctx, raw);
    expect(r.problems).toEqual([{ kind: 'missing-variable', name: 'vars.m' }, { kind: 'missing-variable', name: 'city.name' }]);
    expect(r.text).toBe('{{vars.m}} {{city.name}} {{vars.n}}');
  });
  it('reports the slots a text shows', () => {
    expect(expandVariables('{{vars.s}}', ctx, raw)).toEqual({ text: '【待补充：x】', problems: [{ kind: 'unfilled-slot', name: 'vars.s', todo: 'x' }] });
  });
  it('reaches no prototype, partial or unknown helper', () => {
    expect(expandVariables('{{vars.constructor}}', ctx, raw).problems).toEqual([{ kind: 'missing-variable', name: 'vars.constructor' }]);
    expect(expandVariables('{{__proto__}}', ctx, raw).problems[0].kind).toBe('missing-variable');
    expect(expandVariables('{{> evil}}', ctx, raw).problems[0].kind).toBe('template-syntax');
    expect(expandVariables('{{log vars.n}}', ctx, raw).problems[0].kind).toBe('template-syntax');
    expect(expandVariables('{{#each vars}}{{@key}}{{/each}}', ctx, raw).problems).toEqual([]);
  });
  it('reports bad syntax instead of throwing', () => {
    expect(expandVariables('{{#if vars.n}}open', ctx, raw).problems[0].kind).toBe('template-syntax');
  });
});

describe('guardHtml', () => {
  it('neutralises tags and comments but keeps autolinks, code and comparisons', () => {
    expect(guardHtml('<script>x</script> <!-- c --> a < b').text).toBe('&lt;script>x&lt;/script> &lt;!-- c --> a < b');
    expect(guardHtml('<https://ilo.org> <a@b.org> `<b>`').changed).toBe(false);
    expect(guardHtml('```\n<div>\n```\n<div>').text).toBe('```\n<div>\n```\n&lt;div>');
  });
});

describe('textResolver', () => {
  const g = guide('qa', [
    section('s', '节', 'S', [
      node('t', 'text', { body: { en: 'Only English for {{locality.name}}' } }),
      node('u', 'text', { body: { zh: '中文', en: 'English' } }),
      node('v', 'text', { body: { todo: '待写' } }),
    ]),
  ]);
  const adapted = localiseGuide(workspace([g], [profile('city', 'huzhou', '湖州', 'Huzhou')]), 'qa', { city: 'huzhou', sectors: [] }).adapted!;
  const [t, u, v] = adapted.guide.root.children[0].children;

  it('falls back to en with a marker and a warning; --strict makes it an error', () => {
    const bag = new DiagnosticBag();
    const say = textResolver(adapted, { strict: false }, bag);
    expect(say(t, 'body', 'zh')).toBe('〔英文原文〕Only English for Huzhou');
    expect(say(t, 'body', 'zh')).toBe('〔英文原文〕Only English for Huzhou');
    expect(bag.items.map((d) => [d.severity, d.rule, d.node])).toEqual([['warning', 'missing-translation', 't']]);
    const strict = new DiagnosticBag();
    textResolver(adapted, { strict: true }, strict)(t, 'body', 'zh');
    expect(strict.items.map((d) => [d.severity, d.rule])).toEqual([['error', 'missing-translation']]);
  });
  it('picks the language and shows slots as placeholders', () => {
    const bag = new DiagnosticBag();
    const say = textResolver(adapted, { strict: false }, bag);
    expect([say(u, 'body', 'zh'), say(u, 'body', 'en')]).toEqual(['中文', 'English']);
    expect([say(v, 'body', 'zh'), say(v, 'body', 'en')]).toEqual(['【待补充：待写】', '[To be completed: 待写]']);
    expect(bag.items.map((d) => d.rule)).toEqual(['unfilled-slot']);
  });
});

describe('small pieces', () => {
  it('escapes table cells', () => {
    expect(escapeCell('a | b\nc')).toBe('a \\| b c');
    expect(escapeCell('already \\| escaped')).toBe('already \\| escaped');
  });
  it('keeps image paths inside assets/', () => {
    expect(pathUnderAssets('assets/a/b.png')).toBe('a/b.png');
    expect(pathUnderAssets('assets/../guide.yaml')).toBeUndefined();
    expect(pathUnderAssets('/etc/passwd')).toBeUndefined();
    expect(pathUnderAssets('https://x.org/a.png')).toBeUndefined();
  });
  it('diffs lines, removals before additions', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toEqual(['  a', '- b', '+ B', '  c']);
  });
});

describe('explain formatting', () => {
  it('shows a slot replaced by a text per language, with added lines', async () => {
    const { formatExplain } = await import('../../src/explain/format-explain.js');
    const at = { file: 'c.yaml', line: 3, col: 5, layer: 'city:c' };
    const text = formatExplain(
      { guide: 'g', layers: ['international', 'city:c'], total: 2, variables: [], nodes: [{ id: 'n', type: 'text', removed: false, history: [{ layer: 'city:c', action: 'changed', at, changes: [{ path: 'body', before: { todo: '待写' }, after: { zh: '一\n二\n', en: 'one' } }] }] }] },
      'c',
      false,
    );
    expect(text).toContain('      body.todo: "待写" → (none)\n      body.zh:\n        + 一\n        + 二\n      body.en: (none) → "one"\n');
  });
});

describe('profile lists in texts', () => {
  const rawList = { locality: { contacts: [{ role: { zh: '联系人', en: 'Contact' }, phone: { todo: '电话' } }] } };
  const zhList = { locality: { contacts: [{ role: '联系人', phone: '【待补充：电话】' }] } };
  it('index into a list, or loop over it', () => {
    expect(expandVariables('{{locality.contacts.0.role}}：{{locality.contacts.[0].phone}}', zhList, rawList)).toEqual({
      text: '联系人：【待补充：电话】',
      problems: [{ kind: 'unfilled-slot', name: 'locality.contacts.0.phone', todo: '电话' }],
    });
    expect(expandVariables('{{#each locality.contacts}}{{role}}{{/each}}', zhList, rawList).text).toBe('联系人');
    expect(expandVariables('{{locality.contacts.1.role}}', zhList, rawList).problems).toEqual([{ kind: 'missing-variable', name: 'locality.contacts.1.role' }]);
  });
});

describe('a variable still to be filled in', () => {
  it('is reported once per guide, at the first text showing it, naming the file that sets it', () => {
    const g = guide('qa', [section('s', '节', 'S', [node('a', 'text', { body: { zh: '甲{{vars.fee}}', en: 'A {{vars.fee}}' } }), node('b', 'text', { body: { zh: '乙{{vars.fee}}', en: 'B' } })])], { fee: { todo: '费用' } });
    const ws = workspace([g], [profile('city', 'c', '城', 'C', {}, { fee: { todo: '本市费用' } })]);
    const adapted = localiseGuide(ws, 'qa', { city: 'c', sectors: [] }).adapted!;
    const bag = new DiagnosticBag();
    const say = textResolver(adapted, { strict: false }, bag);
    const [a, b] = adapted.guide.root.children[0].children;
    expect([say(a, 'body', 'zh'), say(a, 'body', 'en'), say(b, 'body', 'zh')]).toEqual(['甲【待补充：本市费用】', 'A [To be completed: 本市费用]', '乙【待补充：本市费用】']);
    expect(bag.items).toHaveLength(1);
    expect(bag.items[0]).toMatchObject({ rule: 'unfilled-slot', node: 'a', args: { name: 'vars.fee', source: expect.stringMatching(/^guides\/cities\/c\/profile\.yaml:\d+$/) } });
  });
});
