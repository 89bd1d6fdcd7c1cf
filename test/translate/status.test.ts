// `adapt-guide status` through the real bin: figures, lists with file:line, variants, --fail-on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { CITY, freshWorkspace, GUIDE, lineOf, read, runInProcess } from './support.js';

type Item = { file: string; line: number; col: number; what: string; detail?: string; rule?: string };
type Report = { guide: string; variant: string; texts: number; translated: number; reviewed: number; [list: string]: unknown };
const lists = (r: Report, key: string) => (r[key] as Item[]).map((i) => i.what);

function status(root: string, ...args: string[]) {
  const run = runCli(['status', '--root', root, '--json', ...args]);
  return { run, body: JSON.parse(run.stdout) as { ok: boolean; reports: Report[]; diagnostics: { rule: string; severity: string }[] } };
}

let root: string;
beforeAll(() => {
  root = freshWorkspace();
});

describe('status of the international guide', () => {
  it('counts texts, and lists missing, stale and glossary findings at their lines', () => {
    const { run, body } = status(root);
    expect(run.code).toBe(0);
    const [r] = body.reports;
    expect(r).toMatchObject({ guide: 'qa', variant: 'international', texts: 17, translated: 16 });
    expect(r.missing).toEqual([{ file: GUIDE, line: lineOf(root, GUIDE, 'en: >-'), col: 15, what: 'funding-text.body' }]);
    expect(lists(r, 'stale')).toEqual(['qa.title']);
    expect((r.stale as Item[])[0].line).toBe(lineOf(root, GUIDE, 'title: {en: Quality'));
    expect((r.glossary as Item[]).map((g) => `${g.what}:${g.rule}`)).toEqual(['funding-check-mentor.text:glossary-term', 'funding-check-mentor.text:glossary-forbidden']);
    expect(lists(r, 'unfilled')).toEqual(['vars.subsidy']);
  });

  it('prints a summary and the lists for people', () => {
    const run = runCli(['status', '--root', root]);
    expect(run.stdout).toContain('qa · international: 16 of 17 texts translated (94.1%)');
    expect(run.stdout).toContain(`${GUIDE}:${lineOf(root, GUIDE, 'en: >-')}:15  funding-text.body`);
  });
});

describe('status without --city or --sector', () => {
  it('covers every variant build --all builds, so a finding in a city override fails --fail-on', () => {
    const { run, body } = status(root, '--fail-on', 'unreviewed');
    expect([...new Set(body.reports.map((r) => r.variant))].sort()).toEqual(['international', 'lakeside', 'lakeside+mining', 'mining']);
    const cityFindings = body.reports.filter((r) => r.variant === 'lakeside').flatMap((r) => r.unreviewed as Item[]).filter((i) => i.file === CITY);
    expect(cityFindings.length).toBeGreaterThan(0);
    expect(run.code).toBe(1);
    expect(runCli(['status', '--root', root]).stdout).toMatch(/^total \(\d+ guide editions, 4 variants\)/m);
  });
});

describe('status of a city variant', () => {
  it("shows the city's texts instead of the ones it overrides, and not the removed ones", () => {
    const { body } = status(root, '--city', 'lakeside');
    const [r] = body.reports;
    expect(r.variant).toBe('lakeside');
    expect(lists(r, 'glossary')).toEqual([]);
    expect(lists(r, 'unreviewed')).toContain('lakeside-note.body');
    expect(lists(r, 'unreviewed')).not.toContain('funding-check-budget.text');
  });

  it('lists overrides never reviewed, and slots of the profile and the override', () => {
    const { body } = status(root, '--city', 'lakeside');
    const [r] = body.reports;
    const overrides = (r.unreviewed as Item[]).filter((i) => i.detail === 'override').map((i) => `${i.file}:${i.line}:${i.what}`);
    expect(overrides).toEqual([`${CITY}:${lineOf(root, CITY, 'change: funding')}:funding.title`, `${CITY}:${lineOf(root, CITY, 'change: intro-tip')}:intro-tip.body`]);
    expect((r.unfilled as Item[]).map((i) => `${i.file}:${i.what}:${i.detail}`)).toEqual([
      'guides/cities/lakeside/profile.yaml:contacts.0.phone:湖滨项目联系人电话',
      `${CITY}:vars.subsidy:湖滨市补贴标准`,
    ]);
  });

  it('names a city+sector variant by its layers', () => {
    const { body } = status(root, '--city', 'lakeside', '--sector', 'mining');
    expect(body.reports[0].variant).toBe('lakeside+mining');
  });
});

describe('--fail-on', () => {
  it('turns the chosen kinds into exit 1 with a reason', () => {
    const { run, body } = status(root, '--fail-on', 'missing,glossary');
    expect(run.code).toBe(1);
    expect(body.diagnostics.filter((d) => d.rule === 'status-failed')).toHaveLength(2);
  });
  it('with --reporter github, each finding of a chosen kind is an annotation at its line', () => {
    const run = runCli(['status', '--root', root, '--fail-on', 'missing', '--reporter', 'github']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error file=${GUIDE},line=${lineOf(root, GUIDE, 'en: >-')},col=15,title=status-missing::`);
    expect(run.stdout).toContain('::error title=status-failed::');
  });
  it('with --quiet, prints only the errors that fail it (nothing when it passes)', () => {
    const failing = runCli(['status', '--root', root, '--fail-on', 'missing', '--quiet']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe('');
    expect(failing.stderr).toContain('[status-failed]');
    const passing = runCli(['status', '--root', root, '--city', 'lakeside', '--fail-on', 'glossary', '--quiet']);
    expect(passing.code).toBe(0);
    expect(passing.stdout + passing.stderr).toBe('');
  });
  it('exits 0 when none of the chosen kinds is found', () => {
    const { run } = status(root, '--city', 'lakeside', '--fail-on', 'glossary');
    expect(run.code).toBe(0);
  });
  it('rejects an unknown kind, city or guide as a usage error', () => {
    expect(runCli(['status', '--root', root, '--fail-on', 'stail']).code).toBe(2);
    const city = runCli(['status', '--root', root, '--city', 'lakesid']);
    expect(city.code).toBe(2);
    expect(city.stderr).toContain('lakeside');
    expect(runCli(['status', '--root', root, '--guide', 'nope']).code).toBe(2);
  });
});

describe('staleness after review', () => {
  const quick = async (ws: string, ...args: string[]) => {
    const run = await runInProcess(['status', '--root', ws, '--json', ...args], ws);
    return { run, body: JSON.parse(run.stdout) as { reports: Report[] } };
  };
  it('reports nothing stale once all is reviewed; an en edit makes the zh and the override of it stale', async () => {
    const ws = freshWorkspace();
    expect((await runInProcess(['review', '--all', '--root', ws], ws)).code).toBe(0);
    expect((await quick(ws, '--fail-on', 'stale,unreviewed')).run.code).toBe(0);
    expect((await quick(ws, '--city', 'lakeside', '--fail-on', 'stale,unreviewed')).run.code).toBe(0);

    writeFileSync(join(ws, GUIDE), read(ws, GUIDE).replace("en: 'Start small: one trade.'", "en: 'Start small: one trade, one mentor.'"));
    const intl = status(ws, '--fail-on', 'stale');
    expect(intl.run.code).toBe(1);
    expect(lists(intl.body.reports[0], 'stale')).toEqual(['intro-tip.body']);
    const city = status(ws, '--city', 'lakeside', '--fail-on', 'stale');
    expect(city.run.code).toBe(1);
    expect((city.body.reports[0].staleOverrides as Item[]).map((i) => `${i.file}:${i.line}:${i.what}`)).toEqual([
      `${CITY}:${lineOf(ws, CITY, 'based-on', lineOf(ws, CITY, 'change: intro-tip'))}:intro-tip.body`,
    ]);

    expect((await runInProcess(['review', 'intro-tip', '--root', ws], ws)).code).toBe(0);
    expect((await quick(ws, '--city', 'lakeside', '--fail-on', 'stale')).run.code).toBe(1);
    // Without --city, status covers every variant: the city's stale override still fails it.
    expect((await quick(ws, '--fail-on', 'stale')).run.code).toBe(1);
    expect((await runInProcess(['review', 'intro-tip', '--city', 'lakeside', '--root', ws], ws)).code).toBe(0);
    expect((await quick(ws, '--city', 'lakeside', '--fail-on', 'stale,unreviewed')).run.code).toBe(0);
    expect((await quick(ws, '--fail-on', 'stale')).run.code).toBe(0);
  });
});
