// The shipped workspace: the whole zh Markdown matrix builds without errors, and `--city huzhou` makes every guide.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { allVariants } from '../../src/localise/variants.js';
import { variantName } from '../../src/model/types.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { REPO, parseJson, runCli } from '../support/cli.js';

it('build --all --format md over the shipped workspace: every guide × every variant, no errors', () => {
  const { workspace } = loadWorkspace(REPO);
  const out = mkdtempSync(join(tmpdir(), 'ag-shipped-'));
  const run = runCli(['build', '--all', '--format', 'md', '--out', out, '--json']);
  const json = parseJson(run);
  expect(json.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(run.code).toBe(0);
  const variants = allVariants(workspace).map(variantName);
  expect(readdirSync(out).sort()).toEqual([...variants].sort());
  expect((json.outputs as unknown[]).length).toBe(variants.length * workspace.guides.size);
  // Nothing of the international edition's wording leaks into a city's front matter.
  expect(readFileSync(join(out, 'huzhou', `${[...workspace.guides.keys()][0]}.md`), 'utf8')).toMatch(/^---\n[\s\S]*\nvariant: huzhou\n[\s\S]*\nlocality: 湖州\n/);
});

it('adapt-guide --city huzhou --format md writes dist/huzhou/<guide>.md for every shipped guide', () => {
  const { workspace } = loadWorkspace(REPO);
  const out = mkdtempSync(join(tmpdir(), 'ag-huzhou-'));
  const run = runCli(['--city', 'huzhou', '--format', 'md', '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  expect(readdirSync(join(out, 'huzhou')).filter((f) => f.endsWith('.md')).sort()).toEqual([...workspace.guides.keys()].sort().map((g) => `${g}.md`));
});
