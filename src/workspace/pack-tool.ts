// The running adapt-guide as an npm tarball, so a workspace repository can depend on it without the registry.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

export type PackResult = { ok: true; tarball: string } | { ok: false; reason: string };

/**
 * `npm pack` of the package this code runs from, into a new temporary folder. In a source checkout the
 * pack lifecycle runs (it builds lib/ and leaves the source-only scripts out of the packed manifest); an
 * installed package is packed as it is (its manifest is already the packed one, and scripts/ is not there).
 */
export function packRunningTool(env: NodeJS.ProcessEnv): PackResult {
  const dest = mkdtempSync(join(tmpdir(), 'adapt-guide-pack-'));
  const source = existsSync(join(PACKAGE_ROOT, 'scripts/pack.mjs')) && existsSync(join(PACKAGE_ROOT, 'src'));
  const args = ['pack', '--silent', '--pack-destination', dest, ...(source ? [] : ['--ignore-scripts'])];
  // npm's own CLI when we run under npm or npx; otherwise `npm` from PATH (npm.cmd on Windows needs a shell).
  const npmCli = env.npm_execpath && /npm-cli\.js$/.test(env.npm_execpath) ? env.npm_execpath : undefined;
  const run = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: PACKAGE_ROOT, env, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd: PACKAGE_ROOT, env, encoding: 'utf8', shell: process.platform === 'win32' });
  const tarball = readdirSync(dest).find((f) => f.endsWith('.tgz'));
  if (run.error || run.status !== 0 || !tarball) {
    const reason = (run.error?.message ?? run.stderr ?? '').trim().split('\n').slice(-3).join(' ') || `npm exited with ${run.status}`;
    return { ok: false, reason };
  }
  return { ok: true, tarball: join(dest, tarball) };
}
