// Which runs go without V8's optimizing compiler (src/cli/short-run.ts): short ones, on small machines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isShortRun } from '../../src/cli/short-run.js';

describe('isShortRun', () => {
  const two = (argv: string[], env: NodeJS.ProcessEnv = {}) => isShortRun(argv, env, 2);

  it('is true for single builds, Markdown-only matrices, checks and one PDF on two cores', () => {
    expect(two(['--city', 'huzhou'])).toBe(true);
    expect(two(['build', '--all', '--format', 'md'])).toBe(true);
    expect(two(['build', '--all', '--format=md'])).toBe(true);
    expect(two(['validate'])).toBe(true);
    expect(two(['pdf', 'missing.md'])).toBe(true);
  });

  it('is false for long runs: build --all with PDFs, --watch, a very large Markdown file', () => {
    expect(two(['build', '--all'])).toBe(false);
    expect(two(['build', '--all', '--format', 'md,pdf'])).toBe(false);
    expect(two(['--city', 'huzhou', '--watch'])).toBe(false);
    const big = join(mkdtempSync(join(tmpdir(), 'ag-short-')), 'big.md');
    writeFileSync(big, '正文。\n\n'.repeat(200_000));
    expect(two(['pdf', big])).toBe(false);
  });

  it('is false on machines with more cores, and when ADAPT_GUIDE_JIT=full', () => {
    expect(isShortRun(['--city', 'huzhou'], {}, 4)).toBe(false);
    expect(two(['--city', 'huzhou'], { ADAPT_GUIDE_JIT: 'full' })).toBe(false);
  });
});
