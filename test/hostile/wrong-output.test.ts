// Symptom 5: wrong output with exit 0 — `[object Object]`, an empty lookup, numbers YAML changed, and two
// variants writing one folder.
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_FILE, hashTree, hostileWorkspace, runCli } from './support.js';

type Diag = { rule: string; file?: string; line?: number; message: string; severity: string };
const diagnostics = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Diag[] }).diagnostics;

function withText(root: string, en: string): void {
  const guide = readFileSync(join(root, GUIDE_FILE), 'utf8');
  writeFileSync(join(root, GUIDE_FILE), guide.replace('en: This guide is for {{locality.name}}.', `en: '${en}'`));
}

describe('what a text prints', () => {
  const cases: [string, string, string][] = [
    ['{{locality}}', 'not-printable', 'locality'],
    ['{{vars}}', 'not-printable', 'vars'],
    ['{{lookup locality "nmae"}}', 'missing-variable', 'lookup locality "nmae"'],
    ['{{#with locality}}{{this}}{{/with}}', 'not-printable', 'this'],
  ];
  for (const [expression, rule, named] of cases) {
    it(`${expression}: a located error naming it, nothing written`, () => {
      const root = hostileWorkspace();
      withText(root, `For ${expression}.`);
      const before = hashTree(root, ['dist']);
      const run = runCli(['build', '--city', 'testville', '--lang', 'en', '--format', 'md', '--json'], { cwd: root });
      expect(run.code).toBe(1);
      const d = diagnostics(run.stdout).find((x) => x.rule === rule);
      expect(d).toMatchObject({ file: GUIDE_FILE, line: 22 });
      expect(d!.message).toContain(named);
      expect(run.stdout + run.stderr).not.toContain('[object Object]');
      expect(hashTree(root, ['dist'])).toEqual(before);
    });
  }

  it('a value and a lookup that exist still print', () => {
    const root = hostileWorkspace();
    withText(root, 'For {{lookup locality "name"}} and {{#if locality.name}}{{locality.name}}{{/if}}.');
    const run = runCli(['build', '--city', 'testville', '--lang', 'en', '--format', 'md'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(root, 'dist/testville/demo-guide.en.md'), 'utf8')).toContain('For Testville and Testville.');
  });
});

describe('numbers YAML changes', () => {
  it('warns, at each value, to quote it', () => {
    const root = hostileWorkspace();
    appendFileSync(join(root, 'guides/cities/testville/profile.yaml'), '  area_code: 0571\n  big: 9007199254740993\n  id30: 123456789012345678901234567890\n  forever: .inf\n  nothing: .nan\n  plain: 2\n  quoted: "0571"\n');
    const run = runCli(['validate', '--json'], { cwd: root });
    const found = diagnostics(run.stdout).filter((d) => d.rule === 'number-changed');
    expect(found.map((d) => [d.severity, d.line])).toEqual([8, 9, 10, 11, 12].map((line) => ['warning', line]));
    expect(found[0]!.message).toContain('571');
  });
});

describe('variant folders', () => {
  it('a city folder `a+b` is a located error, so it cannot write over the pair a + b', () => {
    const root = hostileWorkspace();
    cpSync(join(root, 'guides/cities/testville'), join(root, 'guides/cities/testville+oil'), { recursive: true });
    const run = runCli(['validate', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(diagnostics(run.stdout).find((d) => d.rule === 'bad-locality-id')).toMatchObject({ file: 'guides/cities/testville+oil/profile.yaml', line: 1 });
    const build = runCli(['build', '--all', '--format', 'md', '--json'], { cwd: root });
    expect(build.code).toBe(1);
    // The pair's folder holds the pair's guide, written once.
    expect(readFileSync(join(root, 'dist/testville+oil/demo-guide.md'), 'utf8')).toContain('测试市');
  });
});
