// `init` through the real bin: a user's own workspace, then a new city that validates at once.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJson, REPO, runCli } from '../support/cli.js';

let ws: string;

beforeAll(() => {
  ws = join(mkdtempSync(join(tmpdir(), 'ag-init-')), 'ws');
  // --tool: the default packs this checkout with npm (test/package/install.test.ts runs that, installed).
  const made = runCli(['init', 'workspace', ws, '--tool', 'https://example.org/adapt-guide-0.1.0.tgz']);
  expect(made.code, made.stderr).toBe(0);
});

describe('init', () => {
  it('copies the shipped guides, templates and schemas, with a README', () => {
    for (const p of ['guides/glossary.yaml', 'schemas/guide.schema.json', 'README.md', 'guides/cities/huzhou/profile.yaml']) {
      expect(existsSync(join(ws, p)), p).toBe(true);
    }
  });

  it('makes it a repository of its own: package.json naming the tool, .gitignore, the CI workflow', () => {
    const manifest = JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8')) as { private: boolean; dependencies: Record<string, string> };
    expect(manifest).toMatchObject({ private: true, dependencies: { 'adapt-guide': 'https://example.org/adapt-guide-0.1.0.tgz' } });
    expect(readFileSync(join(ws, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['node_modules/', 'dist/']));
    expect(readFileSync(join(ws, '.github/workflows/guides.yml'), 'utf8')).toBe(readFileSync(join(REPO, 'examples/github-workflow.yml'), 'utf8'));
    expect(existsSync(join(ws, 'vendor'))).toBe(false);
  });

  it('names a local tarball relative to the workspace, so the repository can live anywhere', () => {
    const parent = mkdtempSync(join(tmpdir(), 'ag-init-tool-'));
    writeFileSync(join(parent, 'adapt-guide-9.9.9.tgz'), 'not opened by init');
    const run = runCli(['init', 'workspace', 'w', '--tool', 'adapt-guide-9.9.9.tgz'], { cwd: parent });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(parent, 'w/package.json'), 'utf8')).dependencies).toEqual({ 'adapt-guide': 'file:../adapt-guide-9.9.9.tgz' });
  });

  it('refuses a workspace folder that is not empty', () => {
    const again = runCli(['init', 'workspace', ws]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('scaffolds a city with names, that validates with no errors', () => {
    const run = runCli(['init', 'city', 'testville', '--name-zh', '测试市', '--name-en', 'Testville', '--province', '测试省'], { cwd: ws });
    expect(run.code).toBe(0);
    const profile = readFileSync(join(ws, 'guides/cities/testville/profile.yaml'), 'utf8');
    expect(profile.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/profile.schema.json');
    expect(profile).toContain('name: {zh: "测试市", en: "Testville"}');
    expect(profile).toContain('province: "测试省"');
    const validate = runCli(['validate', '--json'], { cwd: ws });
    expect(parseJson(validate).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = parseJson(runCli(['list', '--json'], { cwd: ws })) as unknown as { cities: { id: string }[] };
    expect(list.cities.map((c) => c.id)).toContain('testville');
  });

  it('without a terminal, leaves missing names as slots with a warning', () => {
    const run = runCli(['init', 'sector', 'mining'], { cwd: ws });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/\[init-name-slot\]/);
    expect(readFileSync(join(ws, 'guides/sectors/mining/profile.yaml'), 'utf8')).toMatch(/^name: \{todo: /m);
  });

  it('refuses to overwrite, rejects a bad id, and will not write into a missing workspace', () => {
    expect(runCli(['init', 'city', 'testville'], { cwd: ws }).code).toBe(2);
    const bad = runCli(['init', 'city', 'Test_Ville'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a valid id/);
    expect(runCli(['init', 'planet', 'x'], { cwd: ws }).code).toBe(2);
  });
});
