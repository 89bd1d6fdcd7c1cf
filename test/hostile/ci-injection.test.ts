// Symptom 7: `--reporter github` did not escape file names in properties, so a folder name could forge a
// workflow command or move `line=`. (The escaping was done with issue 27; this is its hostile case.)
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileWorkspace, runCli } from './support.js';

describe('--reporter github with hostile folder names', () => {
  it('a newline or a comma in a folder name forges no line and moves no property', () => {
    const root = hostileWorkspace();
    const evil = 'x\n::notice::forged,line=99';
    cpSync(join(root, 'guides/cities/testville'), join(root, 'guides/cities', evil), { recursive: true });
    const run = runCli(['validate', '--reporter', 'github'], { cwd: root, env: { GITHUB_WORKSPACE: root } });
    expect(run.code).toBe(1);
    const lines = (run.stdout + run.stderr).split('\n');
    expect(lines.filter((l) => l.startsWith('::notice::'))).toEqual([]);
    const error = lines.find((l) => l.startsWith('::error ') && l.includes('bad-locality-id'));
    expect(error).toBeDefined();
    expect(error).toContain('x%0A%3A%3Anotice%3A%3Aforged%2Cline=99');
    expect(error).toMatch(/,line=1,/);
  });
});
