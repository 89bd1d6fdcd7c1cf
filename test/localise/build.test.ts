// buildCommand in-process, with a format that crashes: the bug becomes an error of that guide and format only.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildCommand } from '../../src/cli/commands/build.js';
import type { CliIO } from '../../src/cli/io.js';
import { OUTPUT_FORMATS } from '../../src/output/formats.js';
import { localiseFixture } from '../support/localise-fixture.js';

afterEach(() => {
  OUTPUT_FORMATS.splice(OUTPUT_FORMATS.findIndex((f) => f.name === 'crash'), 1);
});

it('a format that throws fails that format of each guide, with a located error, and nothing else', async () => {
  OUTPUT_FORMATS.push({ name: 'crash', offThread: false, render: async () => { throw new Error('boom'); } });
  const dir = localiseFixture('unknown-target');
  const io: CliIO = { stdout: () => {}, stderr: () => {}, cwd: dir, env: {}, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false };
  mkdirSync(join(dir, 'dist/international'), { recursive: true });
  writeFileSync(join(dir, 'dist/international/second-guide.crash'), 'stale');
  const result = await buildCommand({ root: dir, formats: ['md', 'crash'] }, io);
  expect(result.exitCode).toBe(1);
  expect(result.outputs.map((o) => `${o.guide}.${o.format}`)).toEqual(['fixture-guide.md', 'second-guide.md']);
  const crashes = result.diagnostics.filter((d) => d.rule === 'format-crashed');
  expect(crashes.map((d) => [d.guide, d.file, d.args.reason])).toEqual([
    ['fixture-guide', 'dist/international/fixture-guide.md', 'boom'],
    ['second-guide', 'dist/international/second-guide.md', 'boom'],
  ]);
  expect(existsSync(join(dir, 'dist/international/second-guide.crash'))).toBe(false);
});
