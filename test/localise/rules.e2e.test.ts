// Each strictness rule of the localise stage, through the real bin: exit code, rule id, place, and no stale output.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJson, runCli, type CliRun } from '../support/cli.js';
import { localiseFixture, runCliAsync } from '../support/localise-fixture.js';

const CITY_FILE = 'guides/cities/huzhou/fixture-guide.yaml';

/** Builds huzhou+oil with a stale output in place; resolves to the run, its JSON and whether the stale file survived. */
async function buildWithStale(rule: string, extra: string[] = []) {
  const dir = localiseFixture(rule);
  const stale = join(dir, 'dist/huzhou+oil/fixture-guide.md');
  mkdirSync(join(stale, '..'), { recursive: true });
  writeFileSync(stale, 'an earlier build\n');
  const run: CliRun = await runCliAsync(['--root', dir, '--city', 'huzhou', '--sector', 'oil', '--guide', 'fixture-guide', '--format', 'md', '--out', join(dir, 'dist'), '--json', ...extra]);
  return { dir, run, json: parseJson(run), staleLeft: existsSync(stale) };
}

type Built = Awaited<ReturnType<typeof buildWithStale>>;
const built = new Map<string, Built>();
const RUNS: Array<[string, string[]]> = [
  ...['unknown-target', 'duplicate-change', 'add-existing-id', 'target-removed', 'set-children', 'missing-variable', 'unknown-asset', 'asset-collision', 'broken-override', 'missing-translation'].map((r): [string, string[]] => [r, []]),
  ['missing-translation --strict', ['--strict']],
];

// The bin runs start together, so they share the cores instead of queueing one by one.
beforeAll(async () => {
  await Promise.all(RUNS.map(async ([key, extra]) => built.set(key, await buildWithStale(key.split(' ')[0], extra))));
});
const result = (key: string): Built => built.get(key)!;

const cases: Array<[string, string, number]> = [
  ['unknown-target', 'unknown-target', 3],
  ['duplicate-change', 'duplicate-change', 8],
  ['add-existing-id', 'add-existing-id', 4],
  ['target-removed', 'target-removed', 3],
  ['set-children', 'set-children', 5],
  ['missing-variable', 'missing-variable', 6],
  ['unknown-asset', 'unknown-asset', 6],
];

describe('a broken override fails its guide, located, and leaves no earlier output', () => {
  for (const [fixture, rule, line] of cases) {
    it(rule, () => {
      const { run, json, staleLeft } = result(fixture);
      expect(run.code).toBe(1);
      const errors = json.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((d) => d.rule === rule)).toBe(true);
      expect(errors[0]).toMatchObject({ file: CITY_FILE, line });
      expect(staleLeft).toBe(false);
      expect(json.outputs).toEqual([]);
    });
  }

  it('asset collision: two different images would be copied to one name', () => {
    const { run, json, staleLeft } = result('asset-collision');
    expect(run.code).toBe(1);
    const [d, ...rest] = json.diagnostics.filter((x) => x.severity === 'error');
    expect(rest).toEqual([]);
    // Reported at the second image in document order, naming the file the first came from.
    expect(d).toMatchObject({ rule: 'asset-collision', file: 'guides/international/fixture-guide/guide.yaml', line: 80 });
    expect(d.message).toContain('guides/cities/huzhou/assets/workshop.png');
    expect(staleLeft).toBe(false);
  });

  it('unknown target: the message names the guide and suggests the nearest ids; stderr has FILE:LINE:COL', () => {
    const dir = localiseFixture('unknown-target');
    const run = runCli(['--root', dir, '--city', 'huzhou', '--format', 'md', '--out', join(dir, 'dist')]);
    expect(run.stderr).toContain(`${CITY_FILE}:3:5: error: no node \`funding-subsdy\` in guide \`fixture-guide\``);
    expect(run.stderr).toContain('did you mean `funding-subsidy`');
    expect(run.stderr).toContain('[unknown-target]');
    expect(run.code).toBe(1);
    // One guide with errors does not stop the others.
    expect(readFileSync(join(dir, 'dist/huzhou/second-guide.md'), 'utf8')).toContain('适用于湖州。');
    expect(existsSync(join(dir, 'dist/huzhou/fixture-guide.md'))).toBe(false);
  });

  it('an override file with schema errors fails its guide even where its operations could apply', () => {
    const { run, json, staleLeft } = result('broken-override');
    expect(run.code).toBe(1);
    expect(json.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule).sort()).toEqual(['invalid-operation', 'unknown-field']);
    expect(staleLeft).toBe(false);
  });

  it('a city whose profile does not load: its guides fail with the file\'s errors (not "unknown city"), others build', () => {
    const dir = localiseFixture('broken-profile');
    for (const variant of ['rizhao', 'huzhou']) {
      mkdirSync(join(dir, 'dist', variant), { recursive: true });
      writeFileSync(join(dir, 'dist', variant, 'fixture-guide.md'), 'an earlier build\n');
    }
    const one = runCli(['--root', dir, '--city', 'rizhao', '--format', 'md', '--out', join(dir, 'dist'), '--json']);
    expect(one.code).toBe(1);
    expect(parseJson(one).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.file])).toEqual([['yaml-syntax', 'guides/cities/rizhao/profile.yaml']]);
    expect(existsSync(join(dir, 'dist/rizhao/fixture-guide.md'))).toBe(false);
    const all = runCli(['build', '--all', '--root', dir, '--format', 'md', '--out', join(dir, 'dist'), '--json']);
    expect(all.code).toBe(1);
    expect((parseJson(all).outputs as { variant: string }[]).map((o) => o.variant).sort()).toEqual(['huzhou', 'huzhou+oil', 'international', 'oil']);
    expect(readFileSync(join(dir, 'dist/huzhou/fixture-guide.md'), 'utf8')).toContain('variant: huzhou');
  });

  it('target removed by an earlier layer names that layer and place', () => {
    const { json } = result('target-removed');
    expect(json.diagnostics[0].message).toContain('sector:oil at guides/sectors/oil/fixture-guide.yaml:3');
  });

  it('missing variable: each name, at the text that uses it, with a suggestion', () => {
    const { json } = result('missing-variable');
    const names = json.diagnostics.filter((d) => d.rule === 'missing-variable').map((d) => d.message);
    expect(names.join('\n')).toContain('vars.subsidy_per_year');
    expect(names.join('\n')).toContain('city.mayor');
    expect(json.diagnostics.find((d) => d.message.includes('subsidy_per_year'))!.hint).toContain('vars.subsidy');
  });

  it('validate applies every variant, so it fails on a broken override too', () => {
    const dir = localiseFixture('unknown-target');
    const run = runCli(['validate', '--root', dir, '--json']);
    expect(run.code).toBe(1);
    expect(parseJson(run).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.file, d.line])).toEqual([['unknown-target', CITY_FILE, 3]]);
  });

  it('validate resolves the texts of every variant, so it fails on a missing variable too', () => {
    const run = runCli(['validate', '--root', localiseFixture('missing-variable'), '--json']);
    expect(run.code).toBe(1);
    expect(parseJson(run).diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['missing-variable', CITY_FILE, 6], ['missing-variable', CITY_FILE, 6]]);
  });
});

describe('missing translations', () => {
  it('fall back to en with a visible marker and a warning', () => {
    const { run, json, dir } = result('missing-translation');
    expect(run.code).toBe(0);
    expect(json.diagnostics.filter((d) => d.rule === 'missing-translation')).toMatchObject([{ severity: 'warning', file: CITY_FILE, line: 7 }]);
    expect(readFileSync(join(dir, 'dist/huzhou+oil/fixture-guide.md'), 'utf8')).toContain('> 〔英文原文〕Only in English for now.');
  });

  it('are errors under --strict', () => {
    const { run, json, staleLeft } = result('missing-translation --strict');
    expect(run.code).toBe(1);
    expect(json.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['missing-translation']);
    expect(staleLeft).toBe(false);
  });
});

describe('usage errors exit 2 with the known ids and a suggestion', () => {
  const dir = localiseFixture('layers');
  it('unknown city', () => {
    const run = runCli(['--root', dir, '--city', 'huzou', '--format', 'md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown city `huzou`');
    expect(run.stderr).toContain('did you mean `huzhou`? known: huzhou');
  });
  it('unknown sector and guide', () => {
    expect(runCli(['--root', dir, '--sector', 'oill', '--format', 'md']).stderr).toContain('did you mean `oil`?');
    const guide = runCli(['--root', dir, '--guide', 'fixture-guid', '--format', 'md']);
    expect(guide.code).toBe(2);
    expect(guide.stderr).toContain('did you mean `fixture-guide`?');
  });
  it('--format md,pdf writes the PDF beside the Markdown and its images, byte-identical when built twice', () => {
    const run = () => runCli(['--root', dir, '--city', 'huzhou', '--format', 'md,pdf', '--out', join(dir, 'pdf-out'), '--json']);
    const first = run();
    expect(first.code, first.stderr).toBe(0);
    const outputs = parseJson(first).outputs as { format: string; pages?: number; path: string }[];
    expect(outputs.map((o) => o.format)).toEqual(['md', 'pdf']);
    expect(outputs[1].pages).toBeGreaterThan(1);
    const pdf = readFileSync(join(dir, 'pdf-out/huzhou/fixture-guide.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // --force: made again, not taken from the build cache.
    expect(runCli(['--root', dir, '--city', 'huzhou', '--format', 'md,pdf', '--out', join(dir, 'pdf-out'), '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'pdf-out/huzhou/fixture-guide.pdf')).equals(pdf)).toBe(true);
  });

  it('an unknown format is a usage error that lists the formats', () => {
    const run = runCli(['--root', dir, '--format', 'md,odt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format `odt`');
    expect(run.stderr).toContain('md, pdf, docx');
  });

  it('unknown output language', () => {
    expect(runCli(['--root', dir, '--lang', 'fr', '--format', 'md']).code).toBe(2);
  });
});
