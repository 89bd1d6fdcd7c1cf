// Inline codes without the bin: Markdown and variables to codes and back, target checks, the character scan,
// and undoing a pretty printer's indentation.
import { describe, expect, it } from 'vitest';
import { checkCharacters } from '../../src/xliff/check-characters.js';
import { codesOf, markdownOf, type Inline } from '../../src/xliff/inline.js';
import { protect, protectTarget } from '../../src/xliff/protect.js';
import type { ReadNode } from '../../src/xliff/read-xliff.js';
import { resolveCodes } from '../../src/xliff/resolve-codes.js';
import { unindent } from '../../src/xliff/unindent.js';

/** A content as a short string: `[1:**]…[/1]` for a paired code, `<2:{{x}}>` for a placeholder. */
function shape(content: readonly Inline[]): string {
  return content.map((p) => (typeof p === 'string' ? p : p.kind === 'ph' ? `<${p.id}:${p.original}>` : `[${p.id}:${p.start}]${shape(p.content)}[/${p.id}:${p.end}]`)).join('');
}

describe('protect', () => {
  const cases: [string, string][] = [
    ['It is **very {{city.name}} good** for *you*.', 'It is [1:**]very <2:{{city.name}}> good[/1:**] for [3:*]you[/3:*].'],
    ['- item _one_ and snake_case_word', '- item [1:_]one[/1:_] and snake_case_word'],
    ['see [the site]({{vars.url}} "t") or <https://ilo.org/{{a}}>', 'see [1:[]the site[/1:]({{vars.url}} "t")] or <2:<https://ilo.org/{{a}}>>'],
    ['a `code **x**` b ~~gone~~ \\*not\\* &amp; 2 * 3 * 4', 'a `code **x**` b [1:~~]gone[/1:~~] \\*not\\* &amp; 2 * 3 * 4'],
    ['**重要**：请联系{{locality.bureau}}。', '[1:**]重要[/1:**]：请联系<2:{{locality.bureau}}>。'],
    ['# Title *x*\n\n> quote **b**\n> more', '# Title [1:*]x[/1:*]\n\n> quote [2:**]b[/2:**]\n> more'],
    ['| a | **b** |\n|---|---|\n| *c* | d |', '| a | [1:**]b[/1:**] |\n|---|---|\n| [2:*]c[/2:*] | d |'],
    ['*a\n\nb*', '*a\n\nb*'],
    ['{{#if vars.x}}yes{{else}}no{{/if}}', '<1:{{#if vars.x}}>yes<2:{{else}}>no<3:{{/if}}>'],
  ];
  it.each(cases)('%j', (text, expected) => {
    const content = protect(text);
    expect(shape(content)).toBe(expected);
    expect(markdownOf(content)).toBe(text);
  });
  it('gives an image no Markdown codes, but still protects its variables', () => {
    expect(shape(protect('![logo](x.png) **b** {{v}}'))).toBe('![logo](x.png) **b** <1:{{v}}>');
  });
});

describe('protectTarget', () => {
  const source = protect('It is **very {{city.name}} good** for *you*, {{city.name}}.');
  it('numbers the codes of a translation as the source’s, in order per kind, in any order', () => {
    const zh = '*你*的{{city.name}}，**{{city.name}}很好**。';
    const content = protectTarget(zh, source);
    expect(shape(content)).toBe('[3:*]你[/3:*]的<2:{{city.name}}>，[1:**]<4:{{city.name}}>很好[/1:**]。');
    expect(markdownOf(content)).toBe(zh);
  });
  it('leaves a code the source does not have as text, so the content is still the zh', () => {
    const zh = '**很好**，_另外_ {{vars.other}}';
    const content = protectTarget(zh, source);
    expect(shape(content)).toBe('[1:**]很好[/1:**]，_另外_ {{vars.other}}');
    expect(markdownOf(content)).toBe(zh);
  });
});

describe('resolveCodes', () => {
  const codes = codesOf(protect('It is **very {{city.name}} good** for [you](https://a.org).'));
  const at = { file: 'x.xlf', line: 5, col: 9 };
  const el = (name: string, attrs: Record<string, string>, children: ReadNode[] = []): ReadNode => ({ name, attrs, at: { file: 'x.xlf', line: 6, col: 3 }, children });
  const good = (): ReadNode[] => [el('pc', { id: '3', dispStart: '[' }, ['你']), '的', el('pc', { id: '1' }, [el('ph', { id: '2', disp: '{{city.name}}' }), '很好']), '。'];
  it('puts back the source syntax of each code, wherever the translator moved it', () => {
    expect(resolveCodes(good(), codes, at)).toEqual({ markdown: '[你](https://a.org)的**{{city.name}}很好**。', problems: [] });
  });
  it('takes an empty disp or equiv as saying nothing', () => {
    const nodes: ReadNode[] = [el('pc', { id: '1', equivStart: '', equivEnd: '' }, ['好', el('ph', { id: '2', equiv: '' })]), el('pc', { id: '3', dispStart: '[' }, ['你'])];
    expect(resolveCodes(nodes, codes, at)).toEqual({ markdown: '**好{{city.name}}**[你](https://a.org)', problems: [] });
  });
  it('reads sc/ec pairs and annotations like pc', () => {
    const nodes = [el('sc', { id: '1' }), el('mrk', { id: 'm1' }, ['好']), el('ph', { id: '2' }), el('ec', { startRef: '1' }), el('pc', { id: '3' }, ['你'])];
    expect(resolveCodes(nodes, codes, at).markdown).toBe('**好{{city.name}}**[你](https://a.org)');
  });
  const rules = (nodes: ReadNode[]) => resolveCodes(nodes, codes, at).problems.map((p) => [p.rule, p.code]);
  it('lets a target leave out emphasis, not a variable or a link', () => {
    expect(resolveCodes([el('pc', { id: '3' }, ['你']), '的', el('ph', { id: '2' }), '很好。'], codes, at)).toEqual({ markdown: '[你](https://a.org)的{{city.name}}很好。', problems: [] });
  });
  it('refuses a dropped, added, doubled or renamed code', () => {
    expect(rules(['你', el('pc', { id: '1' }, ['好'])])).toEqual([['xliff-code-missing', '{{city.name}}'], ['xliff-code-missing', '[…](https://a.org)']]);
    expect(rules([...good(), el('ph', { id: '9', disp: '{{vars.nope}}' })])).toEqual([['xliff-code-added', '{{vars.nope}}']]);
    expect(rules([...good(), el('ph', { id: '2' })])).toEqual([['xliff-code-added', '{{city.name}}']]);
    const renamed = good();
    (renamed[2] as { children: ReadNode[] }).children[0] = el('ph', { id: '2', equiv: '{{city.nam}}' });
    expect(rules(renamed)).toEqual([['xliff-code-changed', '{{city.name}} → {{city.nam}}']]);
    expect(rules([el('ph', { id: '1' }), el('ph', { id: '2' }), el('pc', { id: '3' })])).toEqual([['xliff-code-changed', '**…** → <ph id="1">']]);
  });
  it('refuses a broken pair, unknown inline markup and typed braces', () => {
    expect(rules([el('sc', { id: '1' }), el('ph', { id: '2' }), el('pc', { id: '3' })])).toEqual([['xliff-code-unpaired', '<sc id="1">']]);
    expect(rules([el('ec', { startRef: '1' }), el('sc', { id: '1' }), el('ph', { id: '2' }), el('pc', { id: '3' })]).map((r) => r[0])).toContain('xliff-code-unpaired');
    expect(rules([...good(), el('b', {})])).toEqual([['xliff-inline-unknown', '<b>']]);
    expect(rules([...good(), '{{vars.nope}}'])).toEqual([['xliff-typed-braces', '{{ }}']]);
    expect(rules(['{', ...good(), '}'])).toEqual([]);
    expect(rules([el('pc', { id: '1' }, ['{', el('ph', { id: '2' })]), '}', el('pc', { id: '3' })])).toEqual([['xliff-typed-braces', '{{ }}']]);
  });
  it('refuses a character code of a control character', () => {
    expect(rules([...good(), el('cp', { hex: '7' })])).toEqual([['xliff-bad-character', 'U+0007']]);
  });
});

describe('checkCharacters', () => {
  it('finds control characters, lone surrogates and noncharacters, raw or as references, at line:col', () => {
    const text = 'ok\tfine\r\n\u00e9\u4e2d\ud83d\ude00\nbad\u0007 &#x1; &#12; &#xD800; \ud800x \uffff &#9; &#x10;';
    expect(checkCharacters(text, 'x.xlf').map((d) => [d.args.char, d.line, d.col])).toEqual([
      ['U+0007', 3, 4],
      ['U+0001', 3, 6],
      ['U+000C', 3, 12],
      ['U+D800', 3, 18],
      ['U+D800', 3, 27],
      ['U+FFFF', 3, 30],
      ['U+0010', 3, 37],
    ]);
    expect(checkCharacters('<a>中文 &#10; &#x9;</a>', 'x')).toEqual([]);
  });
});

describe('unindent', () => {
  const ph = (id: string): ReadNode => ({ name: 'ph', attrs: { id }, at: { file: 'x', line: 1, col: 1 }, children: [] });
  it('removes the line break and indentation a pretty printer put before each element and closing tag', () => {
    const pretty: ReadNode[] = ['line\n\n          ', { ...(ph('1') as object), name: 'pc', children: ['a\n            ', ph('2'), ' b\n          '] } as ReadNode, '.\n        '];
    const out = unindent(pretty);
    expect(out[0]).toBe('line\n');
    expect((out[1] as { children: ReadNode[] }).children).toEqual(['a', ph('2'), ' b']);
    expect(out[2]).toBe('.');
  });
  it('leaves a text alone when not every place is indented', () => {
    const plain: ReadNode[] = ['line\n', ph('1'), ' end'];
    expect(unindent(plain)).toBe(plain);
  });
});
