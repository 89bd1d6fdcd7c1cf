// Runs the real bin (as users do) and captures what it prints and its exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const BIN = join(REPO, 'bin/adapt-guide.js');
export const FIXTURES = join(REPO, 'test/fixtures');

// Each test process keeps its build cache to itself, never in the user's ~/.cache.
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'ag-cache-'));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment every spawned bin gets: plain English messages, no colour, this process's own cache
 * folder, and the caches on (vitest.config.ts turns the load cache off for code run in-process).
 */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '1', ADAPT_GUIDE_CACHE_DIR: CACHE_DIR, ADAPT_GUIDE_CACHE: '', ...extra };
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: cliEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh copy of a fixture workspace in a temporary folder, to break on purpose. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ag-${name}-`));
  cpSync(join(FIXTURES, 'workspaces', name), dir, { recursive: true });
  return dir;
}

export function parseJson(run: CliRun): { ok: boolean; diagnostics: { file?: string; line?: number; col?: number; rule: string; severity: string; message: string; hint?: string; node?: string }[]; [k: string]: unknown } {
  return JSON.parse(run.stdout);
}
