// The load cache: models of unchanged YAML files are reused between runs. It must never change a
// result: same diagnostics and outputs warm or cold, a changed file loaded afresh, a broken cache ignored.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, parseJson, runCli } from '../support/cli.js';

const freshCache = () => mkdtempSync(join(tmpdir(), 'ag-load-cache-'));
const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('load-')) : []);

describe('load cache', () => {
  it('gives the same diagnostics cold and warm, and loads a changed file afresh', () => {
    const root = copyFixture('sample');
    const cache = freshCache();
    const validate = () => runCli(['validate', '--json', '--root', root], { env: { ADAPT_GUIDE_CACHE_DIR: cache } });
    const cold = validate();
    expect(cacheFiles(cache)).toHaveLength(1);
    const warm = validate();
    expect(warm.code).toBe(cold.code);
    expect(warm.stdout).toBe(cold.stdout);

    // A new error in a cached file is found, at its place.
    const file = join(root, 'guides/cities/testville/demo-guide.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + 'tittle: 1\n');
    const changed = validate();
    expect(changed.code).toBe(1);
    const d = parseJson(changed).diagnostics.find((x) => x.rule === 'unknown-field');
    expect(d?.file).toBe('guides/cities/testville/demo-guide.yaml');
    expect(d?.line).toBe(readFileSync(file, 'utf8').trimEnd().split('\n').length);
    // …and the same again from the cache.
    expect(validate().stdout).toBe(changed.stdout);
  });

  it('builds byte-identical Markdown from a warm cache, a broken cache, and no cache', () => {
    const root = copyFixture('sample');
    const cache = freshCache();
    const build = (out: string, extra: NodeJS.ProcessEnv = {}) => {
      const run = runCli(['build', '--all', '--format', 'md', '--force', '--json', '--root', root, '--out', join(root, out)], { env: { ADAPT_GUIDE_CACHE_DIR: cache, ...extra } });
      expect(run.code).toBe(0);
      return parseJson(run).outputs as { path: string }[];
    };
    const read = (out: string) => Object.fromEntries(readdirSync(join(root, out), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => [join(e.parentPath, e.name).slice(join(root, out).length), readFileSync(join(e.parentPath, e.name), 'utf8')]));
    build('cold');
    build('warm');
    expect(read('warm')).toEqual(read('cold'));
    expect(Object.keys(read('cold')).length).toBeGreaterThan(1);
    for (const f of cacheFiles(cache)) writeFileSync(join(cache, f), 'not a cache');
    build('broken');
    expect(read('broken')).toEqual(read('cold'));
    const off = freshCache();
    const run = runCli(['build', '--all', '--format', 'md', '--force', '--root', root, '--out', join(root, 'off')], { env: { ADAPT_GUIDE_CACHE_DIR: off, ADAPT_GUIDE_CACHE: 'off' } });
    expect(run.code).toBe(0);
    expect(read('off')).toEqual(read('cold'));
    expect(cacheFiles(off)).toHaveLength(0);
  });
});
