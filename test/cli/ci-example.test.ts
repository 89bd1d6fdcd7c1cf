// The CI example runs here: its shards together make exactly the files of one `build --all`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runCli } from '../support/cli.js';

interface Workflow {
  jobs: Record<string, { strategy?: { matrix?: { shard?: number[] } }; steps: { run?: string }[] }>;
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
