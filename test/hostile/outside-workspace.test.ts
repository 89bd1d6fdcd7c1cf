// Symptom 3: files from outside the workspace reached the output through symlinks (an asset, an assets/
// folder, a template), and edits replaced a symlinked YAML file by a copy.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_FILE, hashTree, hostileWorkspace, imageSrcLine, rules, runCli, transparentPng } from './support.js';

function secretFile(content: string | Buffer = 'TOP SECRET\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'ag-secret-'));
  writeFileSync(join(dir, 'secret'), content);
  return join(dir, 'secret');
}

const json = (stdout: string) => JSON.parse(stdout) as { diagnostics: { rule: string; file?: string; line?: number }[] };

describe('the input guard', () => {
  it('refuses an asset that is a symlink out of the workspace, located at its src line', () => {
    const root = hostileWorkspace(transparentPng('rgba'));
    const asset = join(root, 'guides/international/demo-guide/assets/logo.png');
    const secret = secretFile(transparentPng('rgba'));
    rmSync(asset);
    symlinkSync(secret, asset);
    const before = hashTree(root, ['dist']);
    const run = runCli(['build', '--format', 'md', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    const d = json(run.stdout).diagnostics.find((x) => x.rule === 'input-outside-workspace');
    expect(d).toMatchObject({ file: GUIDE_FILE, line: imageSrcLine(root) });
    expect(existsSync(join(root, 'dist/international/assets/logo.png'))).toBe(false);
    expect(hashTree(root, ['dist'])).toEqual(before);
  });

  it('refuses a symlinked assets/ folder that leads out (e.g. to /etc)', () => {
    const root = hostileWorkspace();
    const outside = mkdtempSync(join(tmpdir(), 'ag-etc-'));
    writeFileSync(join(outside, 'logo.png'), transparentPng('rgba'));
    symlinkSync(outside, join(root, 'guides/international/demo-guide/assets'));
    const guide = readFileSync(join(root, GUIDE_FILE), 'utf8');
    writeFileSync(join(root, GUIDE_FILE), guide.replace('  - id: funding\n', '      - id: intro-logo\n        type: image\n        src: assets/logo.png\n        alt: {en: Logo, zh: 标志}\n  - id: funding\n'));
    const run = runCli(['build', '--format', 'md', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(rules(run)).toContain('input-outside-workspace');
    expect(existsSync(join(root, 'dist/international/assets/logo.png'))).toBe(false);
  });

  it('refuses a workspace template that is a symlink to a file outside', () => {
    const root = hostileWorkspace();
    const secret = secretFile('TOP SECRET {{body}}\n');
    mkdirSync(join(root, 'templates'));
    symlinkSync(secret, join(root, 'templates/text.md.hbs'));
    const run = runCli(['build', '--format', 'md', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(json(run.stdout).diagnostics.find((d) => d.rule === 'input-outside-workspace')).toMatchObject({ file: 'templates/text.md.hbs' });
    expect(existsSync(join(root, 'dist/international/demo-guide.md'))).toBe(false);
  });

  it('refuses a YAML file that is a symlink out of the workspace', () => {
    const root = hostileWorkspace();
    const profile = join(root, 'guides/cities/testville/profile.yaml');
    const secret = secretFile(readFileSync(profile));
    rmSync(profile);
    symlinkSync(secret, profile);
    const run = runCli(['validate', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(json(run.stdout).diagnostics.find((d) => d.rule === 'input-outside-workspace')).toMatchObject({ file: 'guides/cities/testville/profile.yaml' });
  });

  it('`review` through a symlinked YAML file (inside the workspace) updates its target, and keeps the link', () => {
    const root = hostileWorkspace();
    mkdirSync(join(root, 'shared'));
    const target = join(root, 'shared/guide.yaml');
    writeFileSync(target, readFileSync(join(root, GUIDE_FILE)));
    rmSync(join(root, GUIDE_FILE));
    symlinkSync('../../../shared/guide.yaml', join(root, GUIDE_FILE));
    const before = readFileSync(target, 'utf8');
    const run = runCli(['review', '--all'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(join(root, GUIDE_FILE)).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).not.toBe(before);
    expect(readFileSync(target, 'utf8')).toContain('reviewed:');
  });
});

describe('code frames in a terminal', () => {
  it('show no line of a file outside the workspace, and do not read a FIFO', async () => {
    const { startInPty } = await import('../support/pty.js');
    const { execFileSync } = await import('node:child_process');
    const root = hostileWorkspace();
    const profile = join(root, 'guides/cities/testville/profile.yaml');
    rmSync(profile);
    symlinkSync(secretFile('TOP SECRET: 42\n'), profile);
    rmSync(join(root, 'guides/glossary.yaml'));
    execFileSync('mkfifo', [join(root, 'guides/glossary.yaml')]);
    const session = startInPty(['validate', '--root', root]);
    const code = await Promise.race([session.exit, new Promise<string>((r) => setTimeout(() => r('hung'), 30_000))]);
    expect(code).toBe(1);
    expect(session.output()).toContain('input-outside-workspace');
    expect(session.output()).toContain('not-regular-file');
    expect(session.output()).not.toContain('TOP SECRET');
  });
});
