// Symptom 2: commands overwrote or deleted their own input (`pdf notes.md -o notes.md`, `xliff export -o
// guide.yaml`, `build --out guides/cities`). One output guard: a usage error, nothing written.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_FILE, hashTree, hostileWorkspace, rules, runCli } from './support.js';

describe('the output guard', () => {
  it('refuses `pdf notes.md -o notes.md`, also when the Markdown has an error', () => {
    const root = hostileWorkspace();
    writeFileSync(join(root, 'notes.md'), '# Notes\n\n![x](missing.png)\n');
    const before = hashTree(root);
    const run = runCli(['pdf', 'notes.md', '-o', 'notes.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(rules(run)).toEqual(['output-is-input']);
    expect(hashTree(root)).toEqual(before);
  });

  it('refuses `xliff export -o` onto the guide itself', () => {
    const root = hostileWorkspace();
    const before = hashTree(root);
    const run = runCli(['xliff', 'export', '--guide', 'demo-guide', '-o', GUIDE_FILE], { cwd: root });
    expect(run.code).toBe(2);
    expect(rules(run)).toEqual(['output-in-sources']);
    expect(hashTree(root)).toEqual(before);
  });

  it('refuses `build --all --out guides/cities` and `--out templates`', () => {
    const root = hostileWorkspace();
    const before = hashTree(root);
    for (const out of ['guides/cities', 'templates', './schemas/x']) {
      const run = runCli(['build', '--all', '--format', 'md', '--out', out], { cwd: root });
      expect(run.code, out).toBe(2);
      expect(rules(run)).toEqual(['output-in-sources']);
    }
    expect(existsSync(join(root, 'guides/cities/international'))).toBe(false);
    expect(hashTree(root)).toEqual(before);
  });

  it('refuses `slots export -o` into guides/', () => {
    const root = hostileWorkspace();
    const before = hashTree(root);
    const run = runCli(['slots', 'export', '--city', 'testville', '-o', 'guides/cities/testville/sheet.xlsx'], { cwd: root });
    expect(run.code).toBe(2);
    expect(rules(run)).toEqual(['output-in-sources']);
    expect(hashTree(root)).toEqual(before);
  });

  it('still writes where it should', () => {
    const root = hostileWorkspace();
    const run = runCli(['build', '--format', 'md', '--out', 'out'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(root, 'out/international/demo-guide.md'))).toBe(true);
  });
});
