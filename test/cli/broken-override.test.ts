// A variant whose override file does not load fails with that file's errors: it is not built without the city's changes.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../support/cli.js';

describe('a broken override file', () => {
  it('fails its variant and leaves no output of an earlier build; the international edition still builds', () => {
    const root = copyFixture('sample');
    const env = { ADAPT_GUIDE_CACHE_DIR: join(root, '.cache') };
    const out = join(root, 'dist/testville/demo-guide.md');
    expect(runCli(['--city', 'testville', '--format', 'md', '--root', root, '--out', join(root, 'dist')], { env }).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('测试市');
    appendFileSync(join(root, 'guides/cities/testville/demo-guide.yaml'), '  - bad: [\n');
    const run = runCli(['--city', 'testville', '--format', 'md', '--root', root, '--out', join(root, 'dist')], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/guides\/cities\/testville\/demo-guide\.yaml:\d+:\d+: error: .*\[yaml-syntax\]/);
    expect(existsSync(out)).toBe(false);
    expect(runCli(['--format', 'md', '--root', root, '--out', join(root, 'dist')], { env }).code).toBe(0);
  });
});
