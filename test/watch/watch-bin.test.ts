// `--watch` through the real bin: one saved override rebuilds that variant, a broken save is reported, Ctrl-C stops it (exit 130).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cliEnv } from '../support/cli.js';
import { CITY, freshWorkspace, read } from '../translate/support.js';

/** Resolves when `text` has appeared `times` times in the stream's output; rejects after `ms`. */
function waitFor(get: () => string, text: string, times = 1, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (get().split(text).length - 1 >= times) resolve();
      else if (Date.now() - started > ms) reject(new Error(`no "${text}" ×${times} in:\n${get()}`));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

describe('--watch', () => {
  it('rebuilds the variant of a saved override, reports a broken one and keeps running', async () => {
    const root = freshWorkspace();
    const child = spawn(process.execPath, [BIN, '--city', 'lakeside', '--format', 'md', '--watch'], { cwd: root, env: cliEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => stderr, 'watching guides/');
      const md = join(root, 'dist/lakeside/qa.md');
      expect(readFileSync(md, 'utf8')).toContain('湖滨的说明。');

      writeFileSync(join(root, CITY), read(root, CITY).replace('湖滨的说明。', '湖滨的新说明。'));
      await waitFor(() => stderr, 'rebuilt in');
      expect(stderr).toContain(`changed: ${CITY} → 1 build(s)`);
      expect(readFileSync(md, 'utf8')).toContain('湖滨的新说明。');

      writeFileSync(join(root, CITY), read(root, CITY) + '  - bad: [\n');
      await waitFor(() => stderr, 'rebuilt in', 2);
      expect(stderr).toMatch(new RegExp(`${CITY}:\\d+:\\d+: error: .*\\[yaml-syntax\\]`));

      // Every build checks the glossary (a glossary that does not load fails them all).
      writeFileSync(join(root, 'guides/glossary.yaml'), read(root, 'guides/glossary.yaml') + '# a comment\n');
      await waitFor(() => stderr, 'changed: guides/glossary.yaml → 1 build(s)');
      await waitFor(() => stderr, 'rebuilt in', 3);
      writeFileSync(join(root, CITY), read(root, CITY).replace('  - bad: [\n', '').replace('湖滨的新说明。', '湖滨的第三版说明。'));
      await waitFor(() => stderr, 'rebuilt in', 4);
      expect(readFileSync(md, 'utf8')).toContain('湖滨的第三版说明。');
    } finally {
      // Ctrl-C: a cancel, not a crash.
      child.kill('SIGINT');
    }
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/\ncancelled\n$/);
    expect(stderr).not.toMatch(/internal error/);
  });
});
