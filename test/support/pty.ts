// Runs the real bin in a pseudo-terminal (util-linux `script`), to answer the wizard as a person would.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, REPO } from './cli.js';

export interface PtySession {
  /** Resolves when the screen output so far matches `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  send(keys: string): void;
  exit: Promise<number | null>;
  output(): string;
}

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ' };

export function startInPty(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): PtySession {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', TERM: 'xterm', COLUMNS: '120', LINES: '40', ADAPT_GUIDE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ag-cache-')), ADAPT_GUIDE_CACHE: '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const l of [...listeners]) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    output: () => out,
    send: (keys) => child.stdin.write(keys),
    exit,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''))) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          child.kill();
          reject(new Error(`timed out waiting for ${pattern}; screen so far:\n${out.slice(-2000)}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}
