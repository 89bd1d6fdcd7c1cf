// Issue 15 through the real bin on copies of the shipped workspace: one verdict for build, validate and status;
// one diagnostic per syntax mistake; hints a Chinese editor can act on; strict overrides and variables.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, type CliRun } from '../support/cli.js';
import { runCliAsync } from '../support/localise-fixture.js';

const GREEN = 'guides/international/green-skills/guide.yaml';
const HUZHOU_CORE = 'guides/cities/huzhou/core-skills.yaml';
const HUZHOU_QA = 'guides/cities/huzhou/quality-apprenticeship.yaml';

/** A copy of the shipped workspace with `edits` applied: each replaces the first `from` in a file by `to`. */
function workspace(...edits: [file: string, from: string, to: string][]): string {
  const root = mkdtempSync(join(tmpdir(), 'ag-verdict-'));
  cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
  for (const [file, from, to] of edits) {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toContain(from);
    writeFileSync(join(root, file), text.replace(from, to));
  }
  return root;
}

// Runs without blocking the test worker, several at once.
const run = (root: string, ...args: string[]): Promise<CliRun> => runCliAsync([...args, '--root', root]);
const json = (r: CliRun) => JSON.parse(r.stdout) as { ok: boolean; diagnostics: { file?: string; line?: number; col?: number; rule: string; severity: string; hint?: string }[] };
const build = (root: string, ...args: string[]) => run(root, '--format', 'md', '--out', join(root, 'dist'), ...args);
/** 1-based line of the first line of `file` that contains `text`. */
const lineOf = (root: string, file: string, text: string) => readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
const diagnosticLines = (r: CliRun) => r.stderr.split('\n').filter((l) => /: (error|warning): /.test(l));

describe('one verdict', () => {
  const broken = workspace([GREEN, '  zh: 绿色技能与公正转型', '  zh："绿色技能与公正转型"']);
  const glossary = workspace(['guides/glossary.yaml', 'terms:', 'terms: [']);
  const variable = workspace([HUZHOU_QA, '**: {{vars.subsidy_per_year}}', '**: {{vars.subsidy_per_yeer}}']);
  let city: CliRun, guide: CliRun, glossaryBuild: CliRun, zh: CliRun, validate: CliRun;
  beforeAll(async () => {
    [city, guide, glossaryBuild, zh, validate] = await Promise.all([
      build(broken, '--city', 'huzhou'),
      build(broken, '--guide', 'green-skills'),
      build(glossary, '--city', 'huzhou'),
      build(variable, '--city', 'huzhou', '--guide', 'quality-apprenticeship'),
      run(variable, 'validate'),
    ]);
  });

  it('a guide that does not parse fails the build of its locality, located; the other guides are still written', () => {
    expect(city.code).toBe(1);
    expect(city.stderr).toMatch(/^guides\/international\/green-skills\/guide\.yaml:7:5: error: .*\[yaml-syntax\]$/m);
    for (const g of ['core-skills', 'quality-apprenticeship', 'skills-needs-analysis']) expect(existsSync(join(broken, 'dist/huzhou', `${g}.md`))).toBe(true);
    expect(existsSync(join(broken, 'dist/huzhou/green-skills.md'))).toBe(false);
  });

  it('--guide of a broken guide says it is broken, not unknown', () => {
    expect(guide.code).toBe(1);
    expect(guide.stderr).not.toMatch(/unknown guide/);
    expect(guide.stderr).toMatch(/green-skills\/guide\.yaml:7:5: error:/);
  });

  it('a glossary that does not parse fails every build', () => {
    expect(glossaryBuild.code).toBe(1);
    expect(glossaryBuild.stderr).toMatch(/^guides\/glossary\.yaml:\d+:\d+: error: .*\[yaml-syntax\]$/m);
  });

  it('a build checks the other language too, as validate does, at the line of the variable inside the block text', () => {
    const line = lineOf(variable, HUZHOU_QA, 'subsidy_per_yeer');
    const col = readFileSync(join(variable, HUZHOU_QA), 'utf8').split('\n')[line - 1]!.indexOf('{{vars.subsidy_per_yeer') + 1;
    const where = new RegExp(`^guides/cities/huzhou/quality-apprenticeship\\.yaml:${line}:${col}: error: .*subsidy_per_yeer.*\\[missing-variable\\]$`, 'm');
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(where);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(where);
  });
});

describe('no cascades', () => {
  // A full-width colon after a key holding a flow map: the parser alone reports over ten thousand errors.
  const root = workspace([GREEN, '    value: {todo: {zh: "本地区绿色低碳发展', '    value：{todo: {zh: "本地区绿色低碳发展']);
  let text: CliRun, all: CliRun, asJson: CliRun;
  beforeAll(async () => {
    [text, all, asJson] = await Promise.all([run(root, 'validate'), run(root, 'validate', '--all-errors'), run(root, 'validate', '--json')]);
  });

  it('one syntax mistake is one diagnostic line and the summary, saying how many parser errors it hides', () => {
    expect(text.code).toBe(1);
    expect(text.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
    const [line] = diagnosticLines(text);
    expect(line).toMatch(new RegExp(`^${GREEN}:${lineOf(root, GREEN, 'value：')}:10: error: .*\\d+ further parser error.*--all-errors.*\\[yaml-syntax\\]$`));
  });

  it('--all-errors shows every parser error, and --json carries the one', () => {
    expect(diagnosticLines(all).length).toBeGreaterThan(1000);
    expect(json(asJson).diagnostics.filter((d) => d.file === GREEN)).toHaveLength(1);
  });
});

describe('hints a Chinese editor can act on', () => {
  const cases: { name: string; from: string; to: string; col: number; expect: RegExp; lineText: string }[] = [
    { name: 'full-width colon', from: '  zh: 绿色技能与公正转型', to: '  zh："绿色技能与公正转型"', col: 5, expect: /全角冒号.*`zh: `/, lineText: 'zh："绿色' },
    { name: 'full-width comma in a flow map', from: 'area: {en: Quality apprenticeship, zh:', to: 'area: {en: Quality apprenticeship，zh:', col: 52, expect: /全角逗号/, lineText: 'Quality apprenticeship，zh' },
    { name: 'indentation one too many', from: '  zh: 绿色技能与公正转型', to: '   zh: 绿色技能与公正转型', col: 4, expect: /缩进了 3 个空格.*从第 3 列开始.*第 6 行的 `en`/, lineText: '   zh: 绿色技能与公正转型' },
    { name: 'indentation one too few', from: '  zh: 绿色技能与公正转型', to: ' zh: 绿色技能与公正转型', col: 2, expect: /缩进了 1 个空格.*从第 3 列开始/, lineText: ' zh: 绿色技能与公正转型' },
    { name: 'tab', from: '  zh: 绿色技能与公正转型', to: '\tzh: 绿色技能与公正转型', col: 1, expect: /制表符/, lineText: '\tzh: 绿色' },
    { name: 'unclosed bracket', from: '  zh: 绿色技能与公正转型', to: '  zh: [绿色技能与公正转型', col: 7, expect: /`\[` 没有对应的 `\]`/, lineText: 'zh: [绿色' },
    { name: 'unclosed quote', from: '    value: {zh: 国际通用版', to: '    value: "{zh: 国际通用版', col: 12, expect: /引号 `"` 没有结束/, lineText: 'value: "{zh' },
    { name: 'value starting with {{', from: '  zh: 绿色技能与公正转型', to: '  zh: {{locality.name}}绿色技能', col: 7, expect: /以 `\{\{` 开头.*加上引号.*\\\{\{/, lineText: 'zh: {{locality' },
  ];
  // Each mistake in a guide of its own, all reported by one run.
  const root = workspace();
  const fileOf = (i: number) => `guides/international/case-${i}/guide.yaml`;
  cases.forEach((c, i) => {
    cpSync(join(root, 'guides/international/green-skills'), join(root, `guides/international/case-${i}`), { recursive: true });
    const text = readFileSync(join(root, fileOf(i)), 'utf8');
    writeFileSync(join(root, fileOf(i)), text.replace(c.from, c.to));
  });
  const stray = workspace([HUZHOU_QA, '**: {{vars.subsidy_per_year}}', '**: {{ 补贴 {{vars.subsidy_per_year}}']);
  let zh: CliRun, template: CliRun;
  beforeAll(async () => {
    [zh, template] = await Promise.all([run(root, 'validate', '--ui', 'zh'), run(stray, 'validate')]);
  });

  cases.forEach((c, i) => {
    it(`${c.name}: located, one line, in Chinese without the parser's English`, () => {
      expect(zh.code).toBe(1);
      const lines = diagnosticLines(zh).filter((l) => l.startsWith(`${fileOf(i)}:`));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${fileOf(i)}:${lineOf(root, fileOf(i), c.lineText)}:${c.col}: error: `));
      expect(lines[0]).toMatch(c.expect);
      expect(lines[0]).not.toMatch(/[A-Za-z]{4,} (keys?|must|sequence|map|token|quote|allowed)\b/);
    });
  });

  it('a stray {{ inside a text is said in plain words at its line, with how to write a literal one', () => {
    expect(template.code).toBe(1);
    const line = lineOf(stray, HUZHOU_QA, '{{ 补贴');
    expect(template.stderr).toMatch(new RegExp(`^${HUZHOU_QA}:${line}:\\d+: error: .*does not start a variable.*\\\\\\{\\{.*\\[template-syntax\\]$`, 'm'));
    expect(template.stderr).not.toMatch(/Parse error/);
  });
});

describe('strict overrides', () => {
  const fields = workspace(
    [HUZHOU_CORE, '    set:\n      title:\n        en: "Huzhou case: core skills', '    set:\n      titel:\n        en: "Huzhou case: core skills'],
    [HUZHOU_CORE, '      title:\n        en: "Huzhou case: Changxing Technician College and its partner enterprises"\n        zh:', '      title:\n        en: "Huzhou case: Changxing Technician College and its partner enterprises"\n        eng:'],
  );
  const vars = workspace([HUZHOU_CORE, '  online_platform:\n', '  online_platfrom:\n'], [HUZHOU_CORE, 'operations:\n', '  never_used: 5\noperations:\n']);
  let fieldsCheck: CliRun, fieldsBuild: CliRun, varsCheck: CliRun, varsBuild: CliRun;
  beforeAll(async () => {
    [fieldsCheck, fieldsBuild, varsCheck, varsBuild] = await Promise.all([
      run(fields, 'validate', '--json'),
      build(fields, '--city', 'huzhou', '--guide', 'core-skills'),
      run(vars, 'validate', '--json'),
      build(vars, '--city', 'huzhou', '--guide', 'core-skills'),
    ]);
  });

  it('a misspelt field under set: or a language key other than zh/en is an error at its key, and fails the build', () => {
    const body = json(fieldsCheck);
    expect(body.ok).toBe(false);
    const titel = body.diagnostics.find((d) => d.rule === 'unknown-field' && d.file === HUZHOU_CORE);
    expect(titel).toMatchObject({ line: lineOf(fields, HUZHOU_CORE, 'titel:'), col: 7 });
    expect(titel!.hint).toContain('title');
    const eng = body.diagnostics.find((d) => d.rule === 'unknown-language');
    expect(eng).toMatchObject({ file: HUZHOU_CORE, line: lineOf(fields, HUZHOU_CORE, 'eng:'), col: 9 });
    expect(eng!.hint).toContain('`en`');
    expect(fieldsBuild.code).toBe(1);
  });

  it('a misspelt variable under vars: is an error with did-you-mean; one no text uses is a warning', () => {
    const body = json(varsCheck);
    const misspelt = body.diagnostics.find((d) => d.rule === 'misspelt-variable');
    expect(misspelt).toMatchObject({ severity: 'error', file: HUZHOU_CORE, line: lineOf(vars, HUZHOU_CORE, 'online_platfrom'), col: 3 });
    expect(misspelt!.hint).toContain('online_platform');
    expect(body.diagnostics.find((d) => d.rule === 'unused-variable')).toMatchObject({ severity: 'warning', line: lineOf(vars, HUZHOU_CORE, 'never_used') });
    expect(varsBuild.code).toBe(1);
  });
});

describe("the CI example's status step", () => {
  it('fails on a stale city override', async () => {
    const [stale, fresh] = await Promise.all([
      run(workspace([HUZHOU_CORE, 'based-on: {title: 3692a718}', 'based-on: {title: 00000000}']), 'status', '--fail-on', 'missing,stale', '--reporter', 'github'),
      run(workspace(), 'status', '--fail-on', 'missing,stale', '--reporter', 'github'),
    ]);
    expect(stale.code).toBe(1);
    expect(fresh.code).toBe(0);
  });
});
