// The hostile-input suite's tools: a fresh workspace to attack, a hash of every file in it (to prove
// nothing outside the output folder changed), small PNGs with transparency, and the real bin.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import { BIN, cliEnv, copyFixture, type CliRun } from '../support/cli.js';

export { runCli } from '../support/cli.js';

export const GUIDE_FILE = 'guides/international/demo-guide/guide.yaml';

/** A copy of the sample workspace, its guide showing `assets/logo.png` when `image` is given. */
export function hostileWorkspace(image?: Buffer | string): string {
  const root = copyFixture('sample');
  if (image !== undefined) {
    put(root, 'guides/international/demo-guide/assets/logo.png', image);
    const guide = readFileSync(join(root, GUIDE_FILE), 'utf8');
    const withImage = guide.replace('  - id: funding\n', '      - id: intro-logo\n        type: image\n        src: assets/logo.png\n        alt: {en: Logo, zh: 标志}\n  - id: funding\n');
    writeFileSync(join(root, GUIDE_FILE), withImage);
  }
  return root;
}

/** The line of the guide where the image's `src:` is written (see hostileWorkspace). */
export function imageSrcLine(root: string): number {
  return readFileSync(join(root, GUIDE_FILE), 'utf8').split('\n').findIndex((l) => l.includes('src: assets/logo.png')) + 1;
}

export function put(root: string, rel: string, content: string | Buffer): void {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

/** Path → digest of every file and link below `root`, except those under `except` (relative folders). */
export function hashTree(root: string, except: readonly string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      const rel = relative(root, path).split('\\').join('/');
      if (except.some((x) => rel === x || rel.startsWith(`${x}/`))) continue;
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isSymbolicLink()) out.set(rel, `link:${readlinkSync(path)}`);
      else if (stat.isFile()) out.set(rel, createHash('sha256').update(readFileSync(path)).digest('hex'));
      else out.set(rel, 'special');
    }
  };
  walk(root);
  return out;
}

/** The rule ids of a run's `--json` diagnostics, or of its stderr lines (`… [rule]`). */
export function rules(run: CliRun): string[] {
  try {
    return (JSON.parse(run.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
  } catch {
    return [...run.stderr.matchAll(/\[([a-z0-9-]+)\]$/gm)].map((m) => m[1]!);
  }
}

/** The bin, without blocking this worker (a FIFO test must be able to give up on a hang). */
export function runAsync(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<CliRun & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: cliEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/**
 * A 120×40 PNG with transparency: `rgba` (colour type 6), `grey-alpha` (4) or `palette` with a tRNS
 * chunk (3). The left half is half transparent, the right half opaque red (or grey).
 */
export function transparentPng(kind: 'rgba' | 'grey-alpha' | 'palette'): Buffer {
  const width = 120;
  const height = 40;
  const colourType = kind === 'rgba' ? 6 : kind === 'grey-alpha' ? 4 : 3;
  const pixel = (x: number) => {
    const alpha = x < width / 2 ? 128 : 255;
    if (kind === 'rgba') return [255, 0, 0, alpha];
    if (kind === 'grey-alpha') return [60, alpha];
    return [x < width / 2 ? 0 : 1];
  };
  const row = Buffer.from([0, ...Array.from({ length: width }, (_, x) => pixel(x)).flat()]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  const chunks = [chunk('IHDR', header)];
  if (kind === 'palette') chunks.push(chunk('PLTE', Buffer.from([255, 0, 0, 255, 0, 0])), chunk('tRNS', Buffer.from([128, 255])));
  chunks.push(chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}
