// The acceptance scenario: a city added by hand (profile + one override that changes a section, adds a
// section after another and removes one) shows exactly those changes in its Markdown and in `explain`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { localiseFixture } from '../support/localise-fixture.js';

it('a hand-made city changes exactly what its override says', () => {
  const dir = localiseFixture('layers');
  mkdirSync(join(dir, 'guides/cities/anji'));
  writeFileSync(join(dir, 'guides/cities/anji/profile.yaml'), 'name: {zh: 安吉, en: Anji}\n');
  writeFileSync(
    join(dir, 'guides/cities/anji/fixture-guide.yaml'),
    [
      'guide: fixture-guide',
      'operations:',
      '  - change: funding-subsidy',
      '    set:',
      '      title: {zh: 安吉县补贴}',
      '  - add:',
      '      - id: anji-policy',
      '        type: section',
      '        title: {zh: 安吉政策, en: Anji policy}',
      '    after: funding',
      '  - remove: example',
      '',
    ].join('\n'),
  );
  for (const args of [['--city', 'anji'], []]) {
    const run = runCli(['--root', dir, '--format', 'md', '--out', join(dir, 'dist'), ...args]);
    expect(run.code, run.stderr).toBe(0);
  }
  const international = readFileSync(join(dir, 'dist/international/fixture-guide.md'), 'utf8');
  const anji = readFileSync(join(dir, 'dist/anji/fixture-guide.md'), 'utf8');
  const body = (md: string) => md.slice(md.indexOf('\n---\n') + 5);
  // What the override says, applied by hand to the international edition's body…
  const expected = body(international)
    .replaceAll('国际通用版', '安吉')
    .replace('## 补贴\n', '## 安吉县补贴\n')
    .replace(/\n# 案例\n[\s\S]*?(?=\n# 资料来源\n)/, '\n# 安吉政策\n');
  // …is the city's body; the front matter names the city.
  expect(body(anji)).toBe(expected);
  expect(anji).toContain('variant: anji\n');
  expect(anji).toContain('locality: 安吉\n');

  const explain = runCli(['explain', '--root', dir, '--city', 'anji', '--guide', 'fixture-guide']);
  expect(explain.code).toBe(0);
  const touched = [...explain.stdout.matchAll(/^([a-z0-9-]+) \(/gm)].map((m) => m[1]);
  expect(touched).toEqual(['funding-subsidy', 'anji-policy', 'example', 'example-case', 'example-photo']);
  expect(explain.stdout).toContain('title.zh: "补贴" → "安吉县补贴"');
  expect(explain.stdout).toMatch(/anji-policy \(section\) 「安吉政策」\n {2}city:anji +added \(after funding\) +guides\/cities\/anji\/fixture-guide\.yaml:7:9/);
  expect(explain.stdout).toMatch(/example \(section\) — removed\n.*\n {2}city:anji +removed +guides\/cities\/anji\/fixture-guide\.yaml:11:5/);
});
