// `scripts/build.mjs` skips the build when lib/ was made from the same sources. `npm test` has just run it,
// so a second run must find lib/ up to date: if building changed its own inputs (or the hash were not
// stable), every `npx adapt-guide` in a new clone would rebuild for ~10 s before starting.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../support/cli.js';

it('finds lib/ up to date right after a build, without rebuilding', () => {
  const run = spawnSync(process.execPath, [join(REPO, 'scripts/build.mjs')], { cwd: REPO, encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('lib/ is up to date');
});
