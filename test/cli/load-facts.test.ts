// A build of one guide reads the other guides' facts (their problems, the variables they declare and use)
// from the load cache, not their models. An edit of another guide or of its override must change that
// build's verdict exactly as it does without the cache, and a damaged model or text part costs a parse.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli, type CliRun } from '../support/cli.js';
import { edit, OTHER_GUIDE, OTHER_OVERRIDE, PROFILE, twoGuides } from '../support/two-guides.js';

type Verdict = { code: number | null; diagnostics: { rule: string; file?: string; line?: number; col?: number; severity: string; hint?: string }[] };

/** A cached and an uncached run of the same command, which must agree; the cached one is returned. */
function both(root: string, cache: string, args: string[]): Verdict {
  const run = (env: NodeJS.ProcessEnv): CliRun => runCli([...args, '--json', '--root', root], { env: { ADAPT_GUIDE_CACHE_DIR: cache, ...env } });
  const cached = run({});
  const uncached = run({ ADAPT_GUIDE_CACHE: 'off' });
  const verdict = (r: CliRun): Verdict => ({ code: r.code, diagnostics: parseJson(r).diagnostics });
  expect(verdict(cached)).toEqual(verdict(uncached));
  return verdict(cached);
}

const demoBuild = (root: string) => ['--guide', 'demo-guide', '--city', 'testville', '--format', 'md', '--out', join(root, 'dist')];
const rules = (v: Verdict, file: string) => v.diagnostics.filter((d) => d.file === file && /variable/.test(d.rule)).map((d) => `${d.severity} ${d.rule}`);

describe('facts of the guides a build does not make', () => {
  it('an override of another guide that starts setting a misspelt variable fails a build of this guide', () => {
    const root = twoGuides();
    const cache = mkdtempSync(join(tmpdir(), 'ag-facts-'));
    // The cache is filled before the edit, by the whole workspace and by the build itself.
    expect(runCli(['validate', '--root', root], { env: { ADAPT_GUIDE_CACHE_DIR: cache } }).code).toBe(0);
    const before = both(root, cache, demoBuild(root));
    expect(before.code).toBe(0);
    expect(rules(before, PROFILE)).toEqual([]);

    edit(root, OTHER_OVERRIDE, (t) => `${t}vars:\n  hotlnie: {value: "1"}\n`);
    const after = both(root, cache, demoBuild(root));
    expect(after.code).toBe(1);
    const misspelt = after.diagnostics.find((d) => d.rule === 'misspelt-variable');
    expect(misspelt).toMatchObject({ file: OTHER_OVERRIDE, severity: 'error', line: 12, col: 3 });
    expect(misspelt!.hint).toContain('hotline');
  });

  it('what another guide and its override use and declare decides whether a profile sets a variable for nothing', () => {
    const root = twoGuides();
    const cache = mkdtempSync(join(tmpdir(), 'ag-facts-'));
    expect(both(root, cache, demoBuild(root)).code).toBe(0);

    // Only the text Testville's override of other-guide adds uses `local_hotline`.
    edit(root, OTHER_OVERRIDE, (t) => t.replace(/ {2}- add:[\s\S]*$/, ''));
    expect(rules(both(root, cache, demoBuild(root)), PROFILE)).toEqual(['warning unused-variable']);

    // Only other-guide declares `hotline`.
    edit(root, OTHER_GUIDE, (t) => t.replace('  hotline:\n    value: "12333"\n', '').replace('（热线{{vars.hotline}}）', ''));
    expect(rules(both(root, cache, demoBuild(root)), PROFILE)).toEqual(['warning unused-variable', 'warning unused-variable']);
  });

  it('a damaged model or text part is parsed again, with the same outputs and problems', () => {
    const root = twoGuides();
    const cache = mkdtempSync(join(tmpdir(), 'ag-facts-'));
    const first = both(root, cache, ['build', '--all', '--format', 'md', '--out', join(root, 'dist')]);
    const parts = readdirSync(cache).filter((f) => f.startsWith('models-')).map((f) => join(cache, f));
    expect(parts).toHaveLength(1);
    const files = readdirSync(parts[0]!);
    // Two guides and their overrides have a model and texts; the profiles and the glossary a model.
    expect(files.length).toBeGreaterThanOrEqual(8);
    // Each part given another's bytes (a valid model, of the wrong file), and one given no model at all.
    const bytes = files.map((f) => readFileSync(join(parts[0]!, f)));
    files.forEach((f, i) => writeFileSync(join(parts[0]!, f), bytes[(i + 1) % files.length]!));
    writeFileSync(join(parts[0]!, files[0]!), 'not a model');
    expect(both(root, cache, ['build', '--all', '--format', 'md', '--out', join(root, 'dist')])).toEqual(first);
    expect(both(root, cache, ['validate'])).toEqual(both(root, mkdtempSync(join(tmpdir(), 'ag-facts-')), ['validate']));
  });
});
