// PDFs made on worker threads are the same bytes as PDFs made in one thread, in the same order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, parseJson, runCli } from '../support/cli.js';

describe('parallel builds', () => {
  it('build --all with two workers writes what one thread writes, listed in the same order', () => {
    const root = copyFixture('sample');
    const build = (out: string, workers: string) =>
      runCli(['build', '--all', '--format', 'md,pdf', '--root', root, '--out', join(root, out), '--json', '--force'], { env: { ADAPT_GUIDE_WORKERS: workers, SOURCE_DATE_EPOCH: '1700000000' } });
    const serial = build('serial', '0');
    const parallel = build('parallel', '2');
    expect(serial.code, serial.stderr).toBe(0);
    expect(parallel.code, parallel.stderr).toBe(0);
    const list = (run: typeof serial, out: string) =>
      (parseJson(run).outputs as { path: string; format: string }[]).map((o) => ({ ...o, path: o.path.replace(join(root, out), '') }));
    const a = list(serial, 'serial');
    expect(a.filter((o) => o.format === 'pdf').length).toBeGreaterThanOrEqual(4);
    expect(list(parallel, 'parallel')).toEqual(a);
    for (const o of a) {
      expect(readFileSync(join(root, 'parallel', o.path)).equals(readFileSync(join(root, 'serial', o.path))), o.path).toBe(true);
    }
  });
});
