// Remembers each workspace file's loaded model by a fingerprint of its content, so a command whose
// YAML has not changed skips parsing it (parsing the four guides is ~0.5 s of a cold start; reading
// the remembered models back is ~0.05 s). One file per workspace (by real path) in the cache folder;
// a fingerprint covers the tool, the file's role and the digest of the very bytes the parsed text is decoded from.
// An entry holds two parts: the file's facts (its problems, its variables) and its model, so that a
// command which needs only the facts of a file (a build of another guide) never reads its model.
// Each part carries the digest of its own bytes and is checked before use: an edited or damaged
// cache file costs a parse, never a wrong model. ADAPT_GUIDE_CACHE=off, or `force`, leaves it unread.
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheDir } from '../cache/cache-dir.js';
import { digest } from '../cache/digest.js';
import { seal, unseal, type Sealed } from '../cache/sealed.js';
import { toolFingerprint } from '../cache/tool-id.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { FileFacts, LoadedFile, LoadTask } from './load-file.js';

const VERSION = 3;

interface Stored {
  version: number;
  tool: string;
  /** workspace-relative path → fingerprint, and the serialized facts and model (when one was built), each sealed */
  files: Record<string, { key: string; facts: Sealed; model?: Sealed }>;
}

export interface LoadCacheOptions {
  /** Parse every file afresh (the models made are still remembered for the next run). */
  force?: boolean;
}

export class LoadCache {
  private readonly now: Stored['files'] = {};
  private changed = false;

  private constructor(
    private readonly path: string | undefined,
    private readonly tool: string,
    private readonly before: Stored['files'],
  ) {}

  static open(root: string, env: NodeJS.ProcessEnv, options: LoadCacheOptions = {}): LoadCache {
    if (env.ADAPT_GUIDE_CACHE === 'off') return new LoadCache(undefined, '', {});
    const tool = toolFingerprint();
    const path = join(cacheDir(env), `load-${digest(realRoot(root)).slice(0, 16)}.bin`);
    if (options.force) return new LoadCache(path, tool, {});
    try {
      const stored = deserialize(readFileSync(path)) as Stored;
      if (stored.version === VERSION && stored.tool === tool && stored.files) return new LoadCache(path, tool, stored.files);
    } catch {
      // No cache yet, or one that cannot be read: load everything.
    }
    return new LoadCache(path, tool, {});
  }

  /** The fingerprint of one file's load: the tool, the file's role and the digest of the bytes of its text. */
  key(task: LoadTask, textDigest: string): string {
    return digest(`${this.tool}\0${JSON.stringify(task)}\0${textDigest}`);
  }

  /**
   * The file's facts, and its model when `model` asks for it, if the cache holds them for this
   * fingerprint. A file whose model is not asked for is remembered as it was, model and all.
   */
  get(task: LoadTask, key: string, model: boolean): LoadedFile | undefined {
    const hit = this.before[task.file];
    if (!hit || hit.key !== key) return undefined;
    const facts = read<FileFacts>(hit.facts);
    if (!facts) return undefined;
    let loaded: LoadedFile = { facts };
    // A file that had a model when it was loaded has its variables among its facts.
    if (model && facts.variables) {
      const built = hit.model && read<NonNullable<LoadedFile['model']>>(hit.model);
      if (!built) return undefined;
      loaded = { model: built, facts };
    }
    this.now[task.file] = hit;
    return loaded;
  }

  set(task: LoadTask, key: string, loaded: LoadedFile): void {
    if (!this.path) return;
    this.now[task.file] = { key, facts: seal(serialize(loaded.facts)), ...(loaded.model ? { model: seal(serialize(loaded.model)) } : {}) };
    this.changed = true;
  }

  /** Writes the models of this load (dropping files no longer loaded) when anything changed. */
  save(): void {
    if (!this.path) return;
    if (!this.changed && Object.keys(this.now).length === Object.keys(this.before).length) return;
    try {
      writeAtomic(this.path, serialize({ version: VERSION, tool: this.tool, files: this.now } satisfies Stored));
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }
}

/** A part's value when its bytes still match their digest and deserialize. */
function read<T>(part: Sealed): T | undefined {
  const bytes = unseal(part);
  if (!bytes) return undefined;
  try {
    return deserialize(bytes) as T;
  } catch {
    return undefined;
  }
}

/** The same workspace reached through a symlink shares one cache. */
function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}
