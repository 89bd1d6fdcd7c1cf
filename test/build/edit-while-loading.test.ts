// Race: a file edited while a build reads it, then the edit undone. The build must key its outputs by the
// very text it parsed, so the next build sees the undone file as a change from what was built. Driven by a
// hook on the file system (the edit lands right after the build's first read of the file), not by timing.
// The same hook counts reads: a build reads each input file once. Inputs are read through a file
// descriptor (src/load/read-input.ts: opened without blocking, capped while reading), so a read ends
// when its descriptor is closed; other files still go through readFileSync.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';

const hook = vi.hoisted(() => ({ afterRead: undefined as ((path: string) => void) | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((...args: Parameters<typeof fs.readFileSync>) => {
    const read = fs.readFileSync(...args);
    hook.afterRead?.(String(args[0]));
    return read;
  }) as typeof fs.readFileSync;
  const opened = new Map<number, string>();
  const openSync = ((...args: Parameters<typeof fs.openSync>) => {
    const fd = fs.openSync(...args);
    opened.set(fd, String(args[0]));
    return fd;
  }) as typeof fs.openSync;
  const closeSync = ((fd: number) => {
    fs.closeSync(fd);
    const path = opened.get(fd);
    opened.delete(fd);
    if (path !== undefined) hook.afterRead?.(path);
  }) as typeof fs.closeSync;
  const hooked = { readFileSync, openSync, closeSync };
  return { ...fs, ...hooked, default: { ...fs, ...hooked } };
});

const fs = await import('node:fs');
const { buildCommand } = await import('../../src/cli/commands/build.js');
const { copyFixture } = await import('../support/cli.js');

afterEach(() => {
  hook.afterRead = undefined;
});

it('an edit made while the build reads the file, then undone, is never left in the output', async () => {
  const root = copyFixture('sample');
  const guide = join(root, 'guides/international/demo-guide/guide.yaml');
  const original = fs.readFileSync(guide, 'utf8');
  const edited = original.replace('从小处着手', '从大处着手');
  const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: { ADAPT_GUIDE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ag-race-')), ADAPT_GUIDE_CACHE: 'off' }, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false };
  const build = () => buildCommand({ root, guides: ['demo-guide'], formats: ['md'], quiet: true }, io);
  const output = () => fs.readFileSync(join(root, 'dist/international/demo-guide.md'), 'utf8');

  // The user saves the edit just as the build has read the guide for the first time.
  let edits = 0;
  hook.afterRead = (path) => {
    if (path === guide && edits++ === 0) fs.writeFileSync(guide, edited);
  };
  expect((await build()).exitCode).toBe(0);
  hook.afterRead = undefined;
  // …then undoes it and builds again: the output is what the guide says now.
  fs.writeFileSync(guide, original);
  expect((await build()).exitCode).toBe(0);
  expect(output()).toContain('从小处着手');
  expect(output()).not.toContain('从大处着手');
});

it('reads each input file of a build once', async () => {
  const root = copyFixture('sample');
  const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: { ADAPT_GUIDE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ag-reads-')), ADAPT_GUIDE_CACHE: 'off' }, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false };
  const reads = new Map<string, number>();
  hook.afterRead = (path) => reads.set(path, (reads.get(path) ?? 0) + 1);
  expect((await buildCommand({ root, all: true, formats: ['md'], quiet: true }, io)).exitCode).toBe(0);
  hook.afterRead = undefined;
  const inputs = [...reads].filter(([path]) => path.startsWith(join(root, 'guides')) || path.includes('templates'));
  expect(inputs.length).toBeGreaterThan(5);
  expect(inputs.filter(([, n]) => n > 1)).toEqual([]);
});
