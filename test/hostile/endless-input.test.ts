// Symptom 6: inputs that never end. Size limits were checked at `stat` time only, so /dev/zero filled
// memory and a FIFO hung for ever. Every read is now of a regular file, capped while reading.
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/load/read-input.js';
import { hashTree, hostileWorkspace, rules, runAsync } from './support.js';

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('inputs that never end', () => {
  it('a FIFO profile.yaml: a located error, no hang', async () => {
    const root = hostileWorkspace();
    const profile = join(root, 'guides/cities/testville/profile.yaml');
    rmSync(profile);
    mkfifo(profile);
    const before = hashTree(root, ['dist']);
    const run = await runAsync(['validate', '--json'], { cwd: root, timeoutMs: 30_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics).toContainEqual(expect.objectContaining({ rule: 'not-regular-file', file: 'guides/cities/testville/profile.yaml' }));
    expect(hashTree(root, ['dist'])).toEqual(before);
  });

  it('a FIFO XLIFF file and /dev/zero as XLIFF: refused at once', async () => {
    const root = hostileWorkspace();
    mkfifo(join(root, 'in.xlf'));
    for (const file of ['in.xlf', '/dev/zero']) {
      const run = await runAsync(['xliff', 'import', file], { cwd: root, timeoutMs: 30_000 });
      expect(run.timedOut, file).toBe(false);
      expect(run.code, file).toBe(1);
      expect(rules(run)).toEqual(['not-regular-file']);
    }
  });

  it('/dev/zero as the `pdf` input and as its theme: refused at once', async () => {
    const root = hostileWorkspace();
    writeFileSync(join(root, 'notes.md'), '# Notes\n');
    for (const args of [['pdf', '/dev/zero', '-o', 'z.pdf'], ['pdf', 'notes.md', '--theme', '/dev/zero']]) {
      const run = await runAsync(args, { cwd: root, timeoutMs: 30_000 });
      expect(run.timedOut, args.join(' ')).toBe(false);
      expect(run.code).toBe(1);
      expect(rules(run)).toEqual(['not-regular-file']);
    }
  });

  it('a glossary linked to /dev/zero and a template that is a FIFO: errors, no hang', async () => {
    const root = hostileWorkspace();
    rmSync(join(root, 'guides/glossary.yaml'));
    symlinkSync('/dev/zero', join(root, 'guides/glossary.yaml'));
    execFileSync('mkdir', [join(root, 'templates')]);
    mkfifo(join(root, 'templates/text.md.hbs'));
    const run = await runAsync(['build', '--format', 'md', '--json'], { cwd: root, timeoutMs: 30_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(rules(run)).toEqual(expect.arrayContaining(['not-regular-file']));
    const validate = await runAsync(['validate', '--json'], { cwd: root, timeoutMs: 30_000 });
    expect(rules(validate)).toContain('input-outside-workspace');
  });
});

describe('the byte cap holds while reading', () => {
  it('stops one byte past the limit, whatever stat said', () => {
    const root = hostileWorkspace();
    writeFileSync(join(root, 'big'), Buffer.alloc(5000, 0x61));
    const read = readInput(join(root, 'big'), { limit: 4096 });
    expect(read).toMatchObject({ ok: false, problem: { rule: 'file-too-large' } });
    expect(readInput(join(root, 'big'), { limit: 5000 })).toMatchObject({ ok: true });
  });
});
