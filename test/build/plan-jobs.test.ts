// The job model: each job lists its inputs once (by place, loaded or not), shards split the jobs exactly,
// and results stream in job order however the jobs finish.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/build/in-order.js';
import { planJobs } from '../../src/build/plan-jobs.js';
import type { BuildRequest } from '../../src/build/request.js';
import { affectedJobs } from '../../src/watch/affected.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { copyFixture } from '../support/cli.js';

const root = copyFixture('sample');
const { workspace } = loadWorkspace(root, { ADAPT_GUIDE_CACHE: 'off' });
const request = (over: Partial<BuildRequest> = {}): BuildRequest => ({ root, variants: 'all', guides: [], formats: ['md', 'pdf'], lang: 'zh', out: join(root, 'dist'), strict: false, shard: { index: 0, count: 1 }, force: false, cwd: root, env: {}, ...over });

describe('planJobs', () => {
  it('one job per guide × variant, variant-major, each with its outputs and its inputs listed once', () => {
    const jobs = planJobs(workspace, request());
    expect(jobs.map((j) => j.id)).toEqual(['international/demo-guide', 'testville/demo-guide', 'oil/demo-guide', 'testville+oil/demo-guide']);
    const pair = jobs[3];
    expect(pair.outputs).toEqual([
      { format: 'md', path: join(root, 'dist/testville+oil/demo-guide.md') },
      { format: 'pdf', path: join(root, 'dist/testville+oil/demo-guide.pdf') },
    ]);
    expect(new Set(pair.inputs).size).toBe(pair.inputs.length);
    expect(pair.inputs).toEqual(
      expect.arrayContaining([
        'guides/international/demo-guide/guide.yaml',
        'guides/sectors/oil/profile.yaml',
        'guides/cities/testville/profile.yaml',
        'guides/cities/testville/demo-guide.yaml',
        // An override the sector does not have yet counts by its place.
        'guides/sectors/oil/demo-guide.yaml',
        'templates/',
        'guides/international/demo-guide/assets/',
        'guides/cities/testville/assets/',
      ]),
    );
    // The glossary is checked by every build (issue 15: a glossary that does not load fails them all).
    expect(pair.inputs).toContain('guides/glossary.yaml');
  });

  it('shards split the jobs: together exactly the jobs of the whole, none twice', () => {
    const all = planJobs(workspace, request()).map((j) => j.id);
    const shards = [0, 1, 2].map((index) => planJobs(workspace, request({ shard: { index, count: 3 } })).map((j) => j.id));
    expect(shards.flat().sort()).toEqual([...all].sort());
  });

  it('watch finds the jobs a save affects from the same inputs', () => {
    const jobs = planJobs(workspace, request());
    const ids = (files: string[]) => affectedJobs(files, jobs, (j) => j.inputs).map((j) => j.id);
    expect(ids(['guides/sectors/oil/demo-guide.yaml'])).toEqual(['oil/demo-guide', 'testville+oil/demo-guide']);
    expect(ids(['guides/cities/testville/assets/logo.png'])).toEqual(['testville/demo-guide', 'testville+oil/demo-guide']);
    expect(ids(['guides/glossary.yaml'])).toEqual(jobs.map((j) => j.id));
  });
});

describe('inOrder', () => {
  it('hands results on in item order as soon as those before them are done, with a bounded number at once', async () => {
    const release: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    const run = inOrder([0, 1, 2, 3], 2, async (i) => {
      most = Math.max(most, ++running);
      await new Promise<void>((r) => (release[i] = r));
      running--;
      return i;
    }, (r) => seen.push(r));
    const tick = () => new Promise((r) => setImmediate(r));
    await tick();
    release[1]();
    await tick();
    expect(seen).toEqual([]);
    release[0]();
    await tick();
    expect(seen).toEqual([0, 1]);
    await tick();
    release[3]();
    release[2]();
    await run;
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(most).toBe(2);
  });
});
