// `init` through the real bin: a user's own workspace, then a new city that validates at once.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJson, runCli } from '../support/cli.js';

let ws: string;

beforeAll(() => {
  ws = join(mkdtempSync(join(tmpdir(), 'ag-init-')), 'ws');
  const made = runCli(['init', 'workspace', ws]);
  expect(made.code).toBe(0);
});

describe('init', () => {
  it('copies the shipped guides, templates and schemas, with a README', () => {
    for (const p of ['guides/glossary.yaml', 'schemas/guide.schema.json', 'README.md', 'guides/cities/huzhou/profile.yaml']) {
      expect(existsSync(join(ws, p)), p).toBe(true);
    }
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
