// The layered fixture built through the real bin: Markdown golden files per language, images, explain, determinism.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli } from '../support/cli.js';
import { LOCALISE_FIXTURES, expectGolden, localiseFixture } from '../support/localise-fixture.js';

const EXPECTED = join(LOCALISE_FIXTURES, 'layers/expected');

describe('layers fixture: international → sector oil → city huzhou', () => {
  const dir = localiseFixture('layers');
  const build = (out: string, args: string[]) => runCli(['--root', dir, '--format', 'md', '--out', join(dir, out), ...args]);

  it('renders each language as the golden files show, copying the images beside the Markdown', () => {
    for (const lang of ['zh', 'en', 'bilingual']) {
      const run = build('dist', ['--city', 'huzhou', '--sector', 'oil', '--lang', lang]);
      expect(run.code, run.stderr).toBe(0);
    }
    expect(build('dist', []).code).toBe(0);
    for (const [variant, file] of [['huzhou+oil', 'fixture-guide.md'], ['huzhou+oil', 'fixture-guide.en.md'], ['huzhou+oil', 'fixture-guide.bilingual.md'], ['international', 'fixture-guide.md']]) {
      expectGolden(readFileSync(join(dir, 'dist', variant, file), 'utf8'), join(EXPECTED, variant, file));
    }
    expect(readdirSync(join(dir, 'dist/huzhou+oil/assets')).sort()).toEqual(['logo.png', 'workshop.png']);
    expect(readFileSync(join(dir, 'dist/huzhou+oil/assets/logo.png'))).toEqual(readFileSync(join(dir, 'guides/cities/huzhou/assets/logo.png')));
    expect(readdirSync(join(dir, 'dist/international/assets'))).toEqual(['workshop.png']);
  });

  it('builds byte-identical Markdown twice', () => {
    build('one', ['--city', 'huzhou', '--sector', 'oil', '--lang', 'bilingual']);
    build('two', ['--city', 'huzhou', '--sector', 'oil', '--lang', 'bilingual']);
    const one = readFileSync(join(dir, 'one/huzhou+oil/fixture-guide.bilingual.md'));
    expect(one.length).toBeGreaterThan(500);
    expect(readFileSync(join(dir, 'two/huzhou+oil/fixture-guide.bilingual.md')).equals(one)).toBe(true);
  });

  it('--json lists every output with guide, variant, lang, format, path, bytes and whether it was rebuilt', () => {
    const run = build('json', ['--city', 'huzhou', '--json']);
    const json = parseJson(run);
    expect(json.outputs).toEqual([{ guide: 'fixture-guide', variant: 'huzhou', lang: 'zh', format: 'md', path: join(dir, 'json/huzhou/fixture-guide.md'), bytes: readFileSync(join(dir, 'json/huzhou/fixture-guide.md')).length, state: 'rebuilt' }]);
  });

  it('build --all makes every variant: international, each city, each sector, each pair a city lists', () => {
    const run = runCli(['build', '--all', '--root', dir, '--format', 'md', '--out', join(dir, 'all'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(parseJson(run).outputs).toHaveLength(4);
    expect(readdirSync(join(dir, 'all')).sort()).toEqual(['huzhou', 'huzhou+oil', 'international', 'oil']);
  });

  it('--shard K/N splits the --all jobs into disjoint shares that cover them all', () => {
    const paths = [1, 2].map((k) => parseJson(runCli(['build', '--all', '--root', dir, '--format', 'md', '--out', join(dir, 'shard'), '--shard', `${k}/2`, '--json'])).outputs as { path: string }[]);
    expect(paths[0]).toHaveLength(2);
    expect(paths[1]).toHaveLength(2);
    expect(new Set([...paths[0], ...paths[1]].map((o) => o.path)).size).toBe(4);
  });

  it('explain lists the nodes each layer touched, with file:line and a diff of replaced texts', () => {
    const run = runCli(['explain', '--root', dir, '--city', 'huzhou', '--sector', 'oil', '--guide', 'fixture-guide']);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toContain('layers international → sector:oil → city:huzhou');
    expect(out).toMatch(/funding-subsidy \(section\)[^\n]*\n {2}international +defined +guides\/international\/fixture-guide\/guide\.yaml:\d+:\d+\n {2}city:huzhou +changed +guides\/cities\/huzhou\/fixture-guide\.yaml:5:5\n {6}title\.zh: "补贴" → "湖州市学徒补贴"/);
    expect(out).toMatch(/intro-text \(text\)[^\n]*\n.*\n {2}sector:oil +changed +guides\/sectors\/oil\/fixture-guide\.yaml:5:5\n {6}body\.zh:\n {8}- 本指南/);
    expect(out).toContain('- 本指南适用于{{locality.name}}。');
    expect(out).toContain('+ 本指南适用于{{locality.name}}的{{sector.name}}行业。');
    expect(out).toMatch(/oil-safety \(section\)[^\n]*\n {2}sector:oil +added \(after funding-subsidy\) +guides\/sectors\/oil\/fixture-guide\.yaml:13:9/);
    expect(out).toContain('example-case (callout) — removed');
    expect(out).not.toContain('funding-check-budget');
    expect(out).toMatch(/variables set by a locality layer:\n {2}vars\.duration_years +3 +sector:oil +guides\/sectors\/oil\/fixture-guide\.yaml:3:\d+\n {2}vars\.subsidy +3000 +city:huzhou +guides\/cities\/huzhou\/fixture-guide\.yaml:3:\d+\n/);
  });

  it('explain of one node lists where each of its fields was set', () => {
    const run = runCli(['explain', '--root', dir, '--city', 'huzhou', '--guide', 'fixture-guide', 'intro-tip', '--json']);
    const json = parseJson(run) as unknown as { nodes: { id: string; history: { layer: string; action: string }[] }[] };
    expect(json.nodes[0].history.map((h) => `${h.layer} ${h.action}`)).toEqual(['international defined', 'city:huzhou changed']);
    const text = runCli(['explain', '--root', dir, '--city', 'huzhou', '--guide', 'fixture-guide', 'intro-tip']).stdout;
    expect(text).toMatch(/title\.en +guides\/cities\/huzhou\/fixture-guide\.yaml:10:19 +city:huzhou/);
    expect(text).toMatch(/title\.zh +guides\/international\/fixture-guide\/guide\.yaml:\d+:\d+ +international/);
  });

  it('explain of an unknown node is a usage error with a suggestion', () => {
    const run = runCli(['explain', '--root', dir, '--city', 'huzhou', '--guide', 'fixture-guide', 'intro-tips']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean `intro-tip`');
  });
});

describe('a workspace template overrides the shipped one by file name', () => {
  it('callouts use the workspace callout.md.hbs', () => {
    const dir = localiseFixture('template-override');
    const run = runCli(['--root', dir, '--format', 'md', '--out', join(dir, 'dist')]);
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(join(dir, 'dist/international/fixture-guide.md'), 'utf8');
    expect(md).toContain('> [!TIP]\n> **★ 提示**\n> ');
    expect(md).toContain('# 引言');
  });
});
