// Slots through the real bin: bilingual descriptions, the `name: value` shorthand, and warnings that say
// where this edition's value goes (the locality's own files, never the shared international guide).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, parseJson, runCli } from '../support/cli.js';

const PROFILE = 'guides/cities/testville/profile.yaml';
const GUIDE = 'guides/international/demo-guide/guide.yaml';

function edit(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(root, file), text.replace(from, to));
}

describe('slots', () => {
  it('print the description of the edition language when it has one per language', () => {
    const root = copyFixture('sample');
    edit(root, PROFILE, 'subsidy: {value: {todo: 测试市补贴标准}}', 'subsidy: {value: {todo: {zh: 测试市补贴标准, en: Testville subsidy rate}}}');
    for (const lang of ['zh', 'en']) expect(runCli(['--root', root, '--city', 'testville', '--format', 'md', '--out', join(root, 'dist'), '--lang', lang]).code).toBe(0);
    expect(readFileSync(join(root, 'dist/testville/demo-guide.md'), 'utf8')).toContain('【待补充：测试市补贴标准】');
    const en = readFileSync(join(root, 'dist/testville/demo-guide.en.md'), 'utf8');
    expect(en).toContain('[To be completed: Testville subsidy rate]');
    expect(en).not.toContain('测试市补贴标准');
    expect(runCli(['validate', '--root', root]).code).toBe(0);
  });

  it('with only one description, print it in both editions', () => {
    const root = copyFixture('sample');
    edit(root, PROFILE, 'subsidy: {value: {todo: 测试市补贴标准}}', 'subsidy: {value: {todo: {en: Testville subsidy rate}}}');
    expect(runCli(['--root', root, '--city', 'testville', '--format', 'md', '--out', join(root, 'dist')]).code).toBe(0);
    expect(readFileSync(join(root, 'dist/testville/demo-guide.md'), 'utf8')).toContain('【待补充：Testville subsidy rate】');
  });

  it('refuse a description map with another language or nothing in it, at its place', () => {
    const root = copyFixture('sample');
    edit(root, PROFILE, 'subsidy: {value: {todo: 测试市补贴标准}}', 'subsidy: {value: {todo: {fr: Taux}}}');
    const run = parseJson(runCli(['validate', '--root', root, '--json']));
    expect(run.diagnostics.some((d) => d.severity === 'error' && d.file === PROFILE && d.line === 7)).toBe(true);
  });

  it('take `name: value` in vars as short for `name: {value: …}`', () => {
    const root = copyFixture('sample');
    edit(root, PROFILE, 'subsidy: {value: {todo: 测试市补贴标准}}', 'subsidy: 4000 元');
    const built = runCli(['--root', root, '--city', 'testville', '--format', 'md', '--out', join(root, 'dist')]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toMatch(/unfilled-slot/);
    expect(readFileSync(join(root, 'dist/testville/demo-guide.md'), 'utf8')).toContain('补贴标准为4000 元。');
    // A slot written short is still a slot, placed where it is written.
    edit(root, PROFILE, 'subsidy: 4000 元', 'subsidy: {todo: 测试市补贴标准}');
    const slot = parseJson(runCli(['--root', root, '--city', 'testville', '--format', 'md', '--out', join(root, 'dist'), '--json'])).diagnostics.find((d) => d.rule === 'unfilled-slot');
    expect(slot?.message).toContain(`set in ${PROFILE}:7`);
  });

  it("name the locality's profile, not the international guide, as the place for this edition's value", () => {
    const root = copyFixture('sample');
    edit(root, PROFILE, '\nvars:\n  subsidy: {value: {todo: 测试市补贴标准}}\n', '\n');
    const run = parseJson(runCli(['--root', root, '--city', 'testville', '--format', 'md', '--out', join(root, 'dist'), '--json']));
    const slot = run.diagnostics.find((d) => d.rule === 'unfilled-slot');
    expect(slot?.file).toBe(GUIDE);
    expect(slot?.hint).toContain(PROFILE);
    expect(slot?.hint).toContain('subsidy: VALUE');
    // The international edition's value does belong in the guide: no hint there.
    const intl = parseJson(runCli(['--root', root, '--format', 'md', '--out', join(root, 'dist'), '--json']));
    expect(intl.diagnostics.find((d) => d.rule === 'unfilled-slot')?.hint).toBeUndefined();
  });

  it("point an inline slot of a text at an override in the locality's file for that guide", () => {
    const root = copyFixture('sample');
    edit(root, GUIDE, 'body: {en: Start small., zh: 从小处着手。}', 'body: {todo: {zh: 本地提示, en: A local tip}}');
    edit(root, 'guides/cities/testville/demo-guide.yaml', '  - remove: intro-tip\n', '');
    const run = parseJson(runCli(['--root', root, '--city', 'testville', '--format', 'md', '--out', join(root, 'dist'), '--json']));
    const slot = run.diagnostics.find((d) => d.rule === 'unfilled-slot' && d.node === 'intro-tip');
    expect(slot?.hint).toContain('guides/cities/testville/demo-guide.yaml');
    expect(slot?.hint).toContain('- change: intro-tip');
  });
});
