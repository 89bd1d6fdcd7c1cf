// Helpers for the translator tests: a fresh workspace copy, its YAML files' bytes, and places in them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copyFixture } from '../support/cli.js';

export const GUIDE = 'guides/international/qa/guide.yaml';
export const CITY = 'guides/cities/lakeside/qa.yaml';

export function freshWorkspace(): string {
  return copyFixture('translate');
}

export function read(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** Every YAML file of the workspace and its bytes, to prove nothing was written. */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) out.set(relative(root, p), readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, 'guides'));
  return out;
}

/** 1-based line of the first line of `file` that contains `text` (after line `after`). */
export function lineOf(root: string, file: string, text: string, after = 0): number {
  const lines = read(root, file).split('\n');
  const i = lines.findIndex((l, n) => n >= after && l.includes(text));
  if (i < 0) throw new Error(`no line with ${text} in ${file}`);
  return i + 1;
}

/** Lines of `after` not in `before` and of `before` not in `after`, in order. */
export function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const b = before.split('\n');
  const a = after.split('\n');
  return { added: a.filter((l) => !b.includes(l)), removed: b.filter((l) => !a.includes(l)) };
}

/**
 * Runs the CLI in this process (the same `main` the bin calls), for the many set-up and follow-up
 * runs of a scenario; each command's own end-to-end checks still go through the real bin.
 */
export async function runInProcess(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: { LANG: 'C', NO_COLOR: '1' },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}
