// Symptom 8: internal errors (exit 70) for file-system conditions a user can cause. Each is now a
// located error or a usage error, with its rule id, and no stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree, hostileWorkspace, rules, runCli } from './support.js';

const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n|internal error/);

describe('file-system conditions', () => {
  it('--out that is a file, or under one: a usage error', () => {
    const root = hostileWorkspace();
    writeFileSync(join(root, 'taken'), 'x');
    const before = hashTree(root);
    for (const [out, rule] of [['taken', 'output-not-folder'], ['taken/sub', 'output-under-file']]) {
      const run = runCli(['build', '--format', 'md', '--out', out!], { cwd: root });
      expect(run.code, out).toBe(2);
      expect(rules(run)).toEqual([rule]);
      noTrace(run.stderr);
    }
    expect(hashTree(root)).toEqual(before);
  });

  it('a folder where an output goes: a located write error, exit 1', () => {
    const root = hostileWorkspace();
    mkdirSync(join(root, 'dist/international/demo-guide.md'), { recursive: true });
    const run = runCli(['build', '--format', 'md', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics).toContainEqual(expect.objectContaining({ rule: 'write-failed', file: 'dist/international/demo-guide.md' }));
    noTrace(run.stderr);
  });

  it('an XLIFF file nested 100,000 deep: a located error', () => {
    const root = hostileWorkspace();
    const n = 100_000;
    writeFileSync(join(root, 'deep.xlf'), `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh"><file id="f"><unit id="u"><segment><source>${'<pc id="a">'.repeat(n)}x${'</pc>'.repeat(n)}</source></segment></unit></file></xliff>`);
    const before = hashTree(root);
    const run = runCli(['xliff', 'import', 'deep.xlf', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics).toContainEqual(expect.objectContaining({ rule: 'xliff-too-deep', file: 'deep.xlf', line: 1 }));
    expect(hashTree(root)).toEqual(before);
  });

  it('`xliff import` of a missing file or a folder: located errors', () => {
    const root = hostileWorkspace();
    for (const [file, rule] of [['none.xlf', 'xliff-unreadable'], ['guides', 'not-a-file']]) {
      const run = runCli(['xliff', 'import', file!], { cwd: root });
      expect(run.code, file).toBe(1);
      expect(rules(run)).toEqual([rule]);
      noTrace(run.stderr);
    }
  });
});
