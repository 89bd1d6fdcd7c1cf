// Assembles a localise fixture: the shared base workspace with one rule's folder laid over it, in a temporary folder.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, cliEnv, FIXTURES, REPO, type CliRun } from './cli.js';

export const LOCALISE_FIXTURES = join(FIXTURES, 'localise');

export function localiseFixture(rule: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ag-loc-${rule}-`));
  cpSync(join(LOCALISE_FIXTURES, '_base'), dir, { recursive: true });
  cpSync(join(LOCALISE_FIXTURES, rule), dir, { recursive: true });
  return dir;
}

/** Compares `actual` with the golden file; `UPDATE_GOLDEN=1` rewrites the golden instead. */
export function expectGolden(actual: string, golden: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`no golden file ${golden}: run with UPDATE_GOLDEN=1 and review it`);
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
    return;
  }
  expect(actual).toBe(readFileSync(golden, 'utf8'));
}

/** The real bin, like runCli, but without blocking: several runs can share the machine's cores. */
export function runCliAsync(args: string[]): Promise<CliRun> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: cliEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end();
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
