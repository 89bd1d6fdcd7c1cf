import { describe, expect, it } from 'vitest';
import { error, warning } from '../../src/diagnostics/diagnostic.js';
import { codeFrame, formatGithub, formatReport, formatStepSummary, toJson } from '../../src/diagnostics/reporter.js';
import { nearest } from '../../src/diagnostics/suggest.js';

const d = error('unknown-target', { target: 'funding-sbusidy', guide: 'qa' }, {
  at: { file: 'guides/cities/huzhou/qa.yaml', line: 2, col: 3 },
  messageId: 'schema-unknown-field',
});

describe('reporter', () => {
  it('prints the stable prefix, rule id and a summary', () => {
    const text = formatReport([warning('plain-string-text', { field: 'title' }, { at: { file: 'a.yaml', line: 1, col: 1 } }), d], { ui: 'en' });
    expect(text.split('\n')[0]).toBe('a.yaml:1:1: warning: `title` is a plain string; prose needs a text per language [plain-string-text]');
    expect(text).toMatch(/^guides\/cities\/huzhou\/qa\.yaml:2:3: error: .* \[unknown-target\]$/m);
    expect(text.trim().split('\n').at(-1)).toBe('1 error(s), 1 warning(s)');
  });
  it('keeps the prefix and rule id in Chinese', () => {
    const text = formatReport([d], { ui: 'zh' });
    expect(text).toMatch(/^guides\/cities\/huzhou\/qa\.yaml:2:3: error: 未知字段 .* \[unknown-target\]$/m);
    expect(text).toMatch(/1 个错误，0 个警告/);
  });
  it('shows a code frame with a caret under the column', () => {
    const frame = codeFrame('a: 1\nbb: {x: 2}\nc: 3\n', 2, 5);
    expect(frame.split('\n')).toEqual(['  1 | a: 1', '> 2 | bb: {x: 2}', '    |     ^', '  3 | c: 3']);
  });
  it('makes GitHub annotations and JSON', () => {
    expect(formatGithub([d], 'en')).toMatch(/^::error file=guides\/cities\/huzhou\/qa\.yaml,line=2,col=3,title=unknown-target::/);
    expect(toJson(d, 'en')).toMatchObject({ file: 'guides/cities/huzhou/qa.yaml', line: 2, col: 3, rule: 'unknown-target', severity: 'error' });
  });
});

describe('GitHub workflow commands', () => {
  it('escape file names and messages as the runner requires, so nothing forges a command or moves a property', () => {
    const hostile = warning('unfilled-slot', { todo: '50%\n::notice::forged' }, { at: { file: 'guides/cities/a,line=99\n::error::x/b:c%.yaml', line: 3, col: 4 } });
    const out = formatGithub([hostile], 'en');
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out).toMatch(/^::warning file=guides\/cities\/a%2Cline=99%0A%3A%3Aerror%3A%3Ax\/b%3Ac%25\.yaml,line=3,col=4,title=unfilled-slot::/);
    expect(out).toContain('50%25%0A::notice::forged');
  });

  it('maps workspace paths to repository paths', () => {
    expect(formatGithub([d], 'en', (f) => `ws/${f}`)).toMatch(/^::error file=ws\/guides\/cities\/huzhou\/qa\.yaml,line=2/);
  });

  it('summarise every problem and every written file in Markdown for the run page', () => {
    const many = Array.from({ length: 12 }, (_, i) => warning('plain-string-text', { field: `f|${i}` }, { at: { file: 'a.yaml', line: i + 1, col: 1 } }));
    const md = formatStepSummary([d, ...many], [{ path: 'dist/huzhou/qa.md', bytes: 10 }], 'en', (f) => `ws/${f}`);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(13);
    expect(rows.find((r) => r.startsWith('| error'))).toMatch(/^\| error \| `ws\/guides\/cities\/huzhou\/qa\.yaml:2:3` \| .* \| `unknown-target` \|$/);
    expect(md).toContain('f\\|0');
    expect(md).toMatch(/^- `ws\/dist\/huzhou\/qa\.md` \(10 B\)$/m);
    expect(md.split('\n')[0]).toBe('### adapt-guide: 1 error(s), 12 warning(s)');
  });
});

describe('nearest', () => {
  it('suggests close ids, nearest first, and nothing far away', () => {
    expect(nearest('funding-sbusidy', ['funding-subsidy', 'funding', 'intro'])[0]).toBe('funding-subsidy');
    expect(nearest('zzz', ['funding', 'intro'])).toEqual([]);
  });
});
