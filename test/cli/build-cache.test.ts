// Incremental builds: an unchanged input set skips its outputs; a changed file rebuilds only what it feeds.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, parseJson, runCli } from '../support/cli.js';

let root: string;
let out: string;
const env = { ADAPT_GUIDE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ag-cache-test-')) };
const build = (...extra: string[]) => runCli(['build', '--all', '--format', 'md', '--root', root, '--out', out, ...extra], { env });

beforeAll(() => {
  root = copyFixture('sample');
  out = join(root, 'dist');
  expect(build().code).toBe(0);
});

describe('incremental builds', () => {
  it('a second build with nothing changed skips everything and says so, with the same outputs and warnings', () => {
    const first = parseJson(build('--json', '--force'));
    const again = build('--json');
    expect(again.code).toBe(0);
    const json = parseJson(again);
    expect(json.upToDate).toBe(true);
    const states = (outputs: unknown) => (outputs as { state: string }[]).map((o) => o.state);
    const withoutState = (outputs: unknown) => (outputs as { state: string }[]).map(({ state: _, ...o }) => o);
    expect(withoutState(json.outputs)).toEqual(withoutState(first.outputs));
    expect(new Set(states(first.outputs))).toEqual(new Set(['rebuilt']));
    expect(new Set(states(json.outputs))).toEqual(new Set(['reused']));
    expect(json.diagnostics).toEqual(first.diagnostics);
    expect(build().stdout).toMatch(/nothing changed since the last build/);
  });

  it('a changed override rebuilds only the outputs it feeds', () => {
    appendFileSync(join(root, 'guides/cities/testville/demo-guide.yaml'), '# a comment\n');
    // Several variants: --verbose lists each file under its variant.
    const run = build('--verbose');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').map((l) => l.trim());
    const wrote = lines.filter((l) => l.startsWith('wrote'));
    const unchanged = lines.filter((l) => l.startsWith('unchanged'));
    expect(wrote.every((l) => l.includes('/testville'))).toBe(true);
    expect(wrote.length).toBeGreaterThan(0);
    expect(unchanged.some((l) => l.includes('/international/'))).toBe(true);
  });

  it('a deleted output is made again; --force makes everything again', () => {
    rmSync(join(out, 'international/demo-guide.md'));
    expect(build('--verbose').stdout).toMatch(/wrote .*international\/demo-guide\.md/);
    const before = statSync(join(out, 'international/demo-guide.md')).mtimeMs;
    const forced = build('--force', '--verbose');
    expect(forced.stdout).toMatch(/^\s*wrote /m);
    expect(forced.stdout).not.toMatch(/^\s*unchanged /m);
    expect(readFileSync(join(out, 'international/demo-guide.md'), 'utf8').length).toBeGreaterThan(0);
    expect(statSync(join(out, 'international/demo-guide.md')).mtimeMs).toBeGreaterThanOrEqual(before);
  });

  it('keeps the cache outside the output folder', () => {
    expect(() => statSync(join(out, '.adapt-guide-cache'))).toThrow();
  });
});
