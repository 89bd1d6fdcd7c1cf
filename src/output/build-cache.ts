// Remembers what each build job made from which inputs, so an unchanged job is skipped (and a wholly
// unchanged build skips even loading the workspace). Kept outside the output folder and the workspace.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { PACKAGE_ROOT } from '../workspace/find-root.js';
import { writeAtomic } from './write-atomic.js';

export interface CachedOutput {
  guide: string;
  variant: string;
  lang: string;
  format: string;
  /** Absolute path of the file written. */
  file: string;
  bytes: number;
  pages?: number;
}

export interface CachedJob {
  outputs: CachedOutput[];
  diagnostics: Diagnostic[];
}

export interface BuildCache {
  version: 1;
  /** The last whole build: the fingerprint of all its inputs (equal means nothing changed) and its result. */
  whole?: { key: string; result: CachedJob };
  /** Per job: fingerprint of that job's inputs → what it made. */
  jobs: Record<string, CachedJob>;
}

export function cacheDir(env: NodeJS.ProcessEnv): string {
  return env.ADAPT_GUIDE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'adapt-guide');
}

/** One cache file per (workspace, output folder) pair. */
export function cacheFile(env: NodeJS.ProcessEnv, root: string, out: string): string {
  return join(cacheDir(env), `${hash(`${root}\0${out}`).slice(0, 16)}.json`);
}

export function readCache(file: string): BuildCache {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as BuildCache;
    if (data.version === 1 && data.jobs) return data;
  } catch {
    // No cache, or an unreadable one: build everything.
  }
  return { version: 1, jobs: {} };
}

export function writeCache(file: string, cache: BuildCache): void {
  try {
    writeAtomic(file, JSON.stringify(cache));
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}

export function dropCache(file: string): void {
  rmSync(file, { force: true });
}

/** Every output still on disk with the size recorded: otherwise the job is made again. */
export function stillThere(job: CachedJob): boolean {
  return job.outputs.every((o) => {
    try {
      return statSync(o.file).size === o.bytes;
    } catch {
      return false;
    }
  });
}

export function hash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Digests of file contents already read in one build (jobs share the guide, glossary and templates). */
export type DigestMemo = Map<string, string>;

/**
 * Fingerprint of files and folders (recursively), by path and content; missing ones count as missing.
 * `memo` keeps each file's content digest for the rest of one build, so that files every job reads
 * are read and hashed once (a build is one moment: files changing under it are not expected to count).
 */
export function fingerprintPaths(paths: readonly string[], salt: string, memo: DigestMemo = new Map()): string {
  const h = createHash('sha256').update(salt);
  const visit = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      h.update(`missing:${path}\0`);
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      let digest = memo.get(path);
      if (digest === undefined) memo.set(path, (digest = hash(readFileSync(path))));
      h.update(`file:${path}\0${digest}\0`);
    }
  };
  for (const p of paths) visit(p);
  return h.digest('hex');
}

let toolId: string | undefined;
/** The tool itself: its version and its compiled code, templates and theme (a rebuilt tool rebuilds guides). */
export function toolFingerprint(): string {
  if (!toolId) {
    const h = createHash('sha256');
    const visit = (dir: string) => {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(dir, name);
        const s = statSync(path);
        if (s.isDirectory()) visit(path);
        else h.update(`${path}\0${s.size}\0${s.mtimeMs}\0`);
      }
    };
    for (const dir of ['lib', 'templates', 'theme']) visit(join(PACKAGE_ROOT, dir));
    h.update(readFileSync(join(PACKAGE_ROOT, 'package.json')));
    toolId = h.digest('hex');
  }
  return toolId;
}
