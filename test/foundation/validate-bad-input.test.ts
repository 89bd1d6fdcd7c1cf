// Every kind of bad input the foundation issue names, reported in one run of the real bin, each at its own place.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, parseJson, runCli, type CliRun } from '../support/cli.js';

const guide = (id: string, extra = '') =>
  `id: ${id}\nedition: "2026-11"\ntitle: {en: T, zh: 题}\npublication: {en: P, zh: 出}\nattribution: {en: A, zh: 改}\nsources: []\n${extra}`;

let root: string;
let run: CliRun;
let diags: ReturnType<typeof parseJson>['diagnostics'];

function put(rel: string, content: string | Buffer): void {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

const find = (file: string, rule: string) => diags.filter((d) => d.file === file && d.rule === rule);

beforeAll(() => {
  root = copyFixture('sample');
  put('guides/international/syntax/guide.yaml', guide('syntax', 'chapters:\n  - id: a\n    title: {en: x, zh: y\n'));
  put('guides/international/tabbed/guide.yaml', guide('tabbed', 'chapters:\n\t- id: a\n'));
  put('guides/international/wrongtype/guide.yaml', guide('wrongtype', 'chapters: none\n'));
  put('guides/international/typo/guide.yaml', guide('typo', 'chapters:\n  - id: a\n    tittle: {en: x, zh: y}\n'));
  put(
    'guides/international/dupes/guide.yaml',
    guide('dupes', 'chapters:\n  - id: a\n    title: {en: x, zh: y}\n  - id: a\n    title: {en: x, zh: y}\n'),
  );
  put('guides/international/plain/guide.yaml', guide('plain', 'chapters:\n  - id: a\n    title: Just a string\n'));
  put('guides/international/crlf/guide.yaml', guide('crlf', 'chapters:\n  - id: a\n    title: {en: x, zh: y}\n').replace(/\n/g, '\r\n'));
  put('guides/international/huge/guide.yaml', Buffer.alloc(50 * 1024 * 1024, 0x20));
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  put('guides/international/bomb/guide.yaml', bomb.join('\n') + '\n');
  // Nesting past the limit: deep block maps (the tree check), and flow brackets deep enough to exhaust yaml's recursion.
  put('guides/international/deep/guide.yaml', guide('deep', `vars:\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}k:\n`).join('')}`));
  put('guides/international/brackets/guide.yaml', guide('brackets', `vars: ${'['.repeat(20000)}${']'.repeat(20000)}\n`));
  put('guides/international/gbk/guide.yaml', Buffer.concat([Buffer.from('id: gbk\ntitle: {zh: '), Buffer.from([0xba, 0xfe, 0xd6, 0xdd, 0xca, 0xd0]), Buffer.from('}\n')]));
  put('guides/international/empty/guide.yaml', '');
  mkdirSync(join(root, 'guides/cities/dirville/profile.yaml'), { recursive: true });
  put('guides/cities/testville/no-such-guide.yaml', 'guide: no-such-guide\n');
  put('guides/cities/testville/demo-gide.yaml', 'guide: demo-gide\n');
  run = runCli(['validate', '--root', root, '--json']);
  diags = parseJson(run).diagnostics;
});

describe('validate on a workspace full of mistakes', () => {
  it('exits 1 with every problem, no stack trace', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
  it('reports broken YAML syntax at its line', () => {
    const [d] = find('guides/international/syntax/guide.yaml', 'yaml-syntax');
    expect(d?.line).toBeGreaterThanOrEqual(9);
  });
  it('reports a tab used for indentation', () => {
    expect(find('guides/international/tabbed/guide.yaml', 'yaml-tab-indent')[0]).toMatchObject({ line: 8 });
  });
  it('reports a wrong type where it is', () => {
    expect(find('guides/international/wrongtype/guide.yaml', 'wrong-type')[0]).toMatchObject({ line: 7, col: 11 });
  });
  it('reports an unknown field at its key, with a did-you-mean', () => {
    const [d] = find('guides/international/typo/guide.yaml', 'unknown-field');
    expect(d).toMatchObject({ line: 9, col: 5 });
    expect(d.hint).toContain('title');
  });
  it('reports a duplicate id at the second one, naming the first', () => {
    const [d] = find('guides/international/dupes/guide.yaml', 'duplicate-id');
    expect(d).toMatchObject({ line: 10, col: 5 });
    expect(d.message).toContain('guide.yaml:8:5');
  });
  it('warns about prose given as a plain string', () => {
    expect(find('guides/international/plain/guide.yaml', 'plain-string-text')[0]).toMatchObject({ severity: 'warning', line: 9, col: 12 });
  });
  it('accepts CRLF line endings', () => {
    expect(diags.filter((d) => d.file === 'guides/international/crlf/guide.yaml')).toEqual([]);
  });
  it('refuses a 50 MB file without reading it', () => {
    expect(find('guides/international/huge/guide.yaml', 'file-too-large')).toHaveLength(1);
  });
  it('stops YAML nested past the depth limit, block or flow, at its place', () => {
    expect(find('guides/international/deep/guide.yaml', 'yaml-depth-limit')).toHaveLength(1);
    const [flow] = find('guides/international/brackets/guide.yaml', 'yaml-depth-limit');
    expect(flow).toMatchObject({ line: 7 });
    expect(find('guides/international/brackets/guide.yaml', 'yaml-syntax')).toEqual([]);
  });
  it('stops an alias bomb', () => {
    expect(find('guides/international/bomb/guide.yaml', 'yaml-alias-limit')).toHaveLength(1);
  });
  it('says a GBK file should be saved as UTF-8', () => {
    const [d] = find('guides/international/gbk/guide.yaml', 'not-utf8');
    expect(d).toMatchObject({ line: 2, col: 13 });
    expect(d.hint).toMatch(/GBK.*UTF-8/);
  });
  it('reports an empty file', () => {
    expect(find('guides/international/empty/guide.yaml', 'empty-file')).toHaveLength(1);
  });
  it('reports a directory where a file should be', () => {
    expect(find('guides/cities/dirville/profile.yaml', 'not-a-file')).toHaveLength(1);
  });
  it('reports override files for guides that do not exist, with the nearest guide', () => {
    expect(find('guides/cities/testville/no-such-guide.yaml', 'unknown-guide-override')).toHaveLength(1);
    expect(find('guides/cities/testville/demo-gide.yaml', 'unknown-guide-override')[0].hint).toContain('demo-guide');
  });
  it('keeps the good guide loadable', () => {
    expect(diags.filter((d) => d.file?.includes('demo-guide/') && d.severity === 'error')).toEqual([]);
  });
});

describe('the text report', () => {
  it('prints file:line:col: error: reason [rule] and a summary line', () => {
    const text = runCli(['validate', '--root', root]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^guides\/international\/typo\/guide\.yaml:9:5: error: unknown field `tittle` \(did you mean `title`\?\) \[unknown-field\]$/m);
    expect(text.stderr.trim().split('\n').at(-1)).toMatch(/\d+ error\(s\), \d+ warning\(s\)/);
  });
});
