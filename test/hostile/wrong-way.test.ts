// Symptom 9: messages that pointed the wrong way — at the Markdown output instead of the YAML, at the
// layout instead of the partial, "not written" for a file that was written; silent or wizard fall-through
// for SOURCE_DATE_EPOCH, `--format ""` and `--out ""`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_FILE, hostileWorkspace, imageSrcLine, rules, runCli } from './support.js';

type Diag = { rule: string; file?: string; line?: number; col?: number; message: string };
const diagnostics = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Diag[] }).diagnostics;

describe('messages that point at the source', () => {
  it('a picture no format can show points at the YAML line of its src; every output of the guide is "not written", by name', () => {
    // Issue 21: pictures are checked once per guide before any format, so formats never disagree on which guides failed.
    const root = hostileWorkspace('not a picture\n');
    const json = runCli(['build', '--json'], { cwd: root });
    expect(json.code).toBe(1);
    expect(diagnostics(json.stdout).find((d) => d.rule === 'image-format')).toMatchObject({ file: GUIDE_FILE, line: imageSrcLine(root) });
    const text = runCli(['build', '--force'], { cwd: root });
    expect(text.stdout).toContain('not written: dist/international/demo-guide.md');
    expect(text.stdout).toContain('not written: dist/international/demo-guide.pdf');
    expect(text.stdout).not.toContain('wrote dist/international/demo-guide');
    expect(existsSync(join(root, 'dist/international/demo-guide.md'))).toBe(false);
  });

  it('a template fault names the partial it is in, with its line and column and the whole reason', () => {
    const root = hostileWorkspace();
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates/text.md.hbs'), '\n  {{nope.x}}\n');
    const run = runCli(['build', '--format', 'md', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    const d = diagnostics(run.stdout).find((x) => x.rule === 'template-error');
    expect(d).toMatchObject({ file: 'templates/text.md.hbs', line: 2, col: 5 });
    expect(d!.message).not.toContain('[object Object]');
    expect(d!.message).not.toContain('guide.md.hbs');

    writeFileSync(join(root, 'templates/text.md.hbs'), 'ok\n{{foo\n}}}} x\n');
    const parse = runCli(['build', '--format', 'md', '--json'], { cwd: root });
    const p = diagnostics(parse.stdout).find((x) => x.rule === 'template-error');
    expect(p).toMatchObject({ file: 'templates/text.md.hbs', line: 2 });
    expect(p!.message).toMatch(/Expecting .* got/);
  });
});

describe('options that were ignored', () => {
  it('an invalid SOURCE_DATE_EPOCH is a usage error; a valid one builds', () => {
    const root = hostileWorkspace();
    const bad = runCli(['build', '--format', 'md'], { cwd: root, env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(bad.code).toBe(2);
    expect(rules(bad)).toEqual(['bad-source-date-epoch']);
    expect(runCli(['build', '--format', 'md'], { cwd: root, env: { SOURCE_DATE_EPOCH: '1700000000' } }).code).toBe(0);
  });

  it('`--format ""` and `--out ""` are usage errors, not the wizard', () => {
    const root = hostileWorkspace();
    for (const [args, rule] of [[['--format', ''], 'unknown-format'], [['--out', ''], 'output-empty']] as const) {
      const run = runCli([...args], { cwd: root });
      expect(run.code).toBe(2);
      expect(rules(run)).toEqual([rule]);
      expect(run.stderr).not.toContain('wizard');
    }
  });
});
