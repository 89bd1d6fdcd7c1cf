// The workspace shipped in guides/ validates, and every YAML file in it points editors at its schema.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, parseJson, runCli } from '../support/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('the shipped workspace', () => {
  it('validates with no errors', () => {
    const run = runCli(['validate', '--json']);
    const result = parseJson(run);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('has a yaml-language-server schema line in every file, pointing at a real schema', () => {
    const files = yamlFiles(join(REPO, 'guides'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const first = readFileSync(file, 'utf8').split('\n')[0];
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, file).not.toBeNull();
      expect(existsSync(resolve(dirname(file), match![1])), `${file} → ${match![1]}`).toBe(true);
    }
  });

  it('lists its guides, cities and sectors', () => {
    const run = runCli(['list', '--json']);
    const result = parseJson(run) as unknown as { cities: { id: string }[]; sectors: { id: string }[] };
    expect(result.cities.map((c) => c.id)).toEqual(['chongqing', 'huzhou', 'rizhao', 'shuangyashan', 'tianjin']);
    expect(result.sectors.map((s) => s.id)).toEqual(['petroleum']);
  });
});

describe('usage errors', () => {
  it('an unknown option exits 2 with a hint', () => {
    const run = runCli(['validate', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--bogus'/);
    expect(run.stderr).toMatch(/--help/);
  });
  it("commander's parse errors are in Chinese under --ui zh or a zh locale", () => {
    const zh = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const run = runCli(args, { env });
      expect(run.code, args.join(' ')).toBe(2);
      return run.stderr;
    };
    expect(zh(['--cty', 'huzhou', '--ui', 'zh'])).toContain('未知选项 `--cty`（是否要用 --city？）');
    expect(zh(['pdf'], { LANG: 'zh_CN.UTF-8' })).toContain('缺少必需的参数 `file`');
    expect(zh(['status', '--reporter', 'xml', '--ui', 'zh'])).toContain('选项 `--reporter <name>` 的取值 `xml` 无效；可选：text, github');
    expect(zh(['xliff', 'export', '--ui', 'zh'])).toContain('缺少必需的选项 `--guide <id>`');
    expect(zh(['pdf', 'a.md', 'b.md', '--ui', 'zh'])).toContain('`pdf` 的参数过多');
    expect(zh(['validate', '--bogus'])).toMatch(/unknown option '--bogus'/);
  });
  it('an unknown command exits 2 and suggests the nearest', () => {
    const run = runCli(['validat']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/validate/);
  });
  it('a --root without guides/ exits 2', () => {
    const run = runCli(['validate', '--root', join(REPO, 'schemas')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no guides\/ folder/);
  });
  it('--help on every command shows an example', () => {
    for (const cmd of [[], ['validate'], ['list']]) {
      const run = runCli([...cmd, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Examples?:\n {2}adapt-guide /);
    }
  });
});
