// Remembers each workspace file's loaded model by a fingerprint of its content, so a command whose
// YAML has not changed skips parsing it (parsing the four guides is ~0.5 s of a cold start; reading
// the remembered models back is ~0.05 s). A fingerprint covers the tool, the file's role and the
// digest of the very bytes the parsed text is decoded from.
//
// Per workspace (by real path), in the cache folder: an index, `load-<workspace>.bin`, holding each file's
// fingerprint and facts (its problems, its variables: what a load needs of every file), and beside it a
// folder of models, `models-<workspace>/<digest>.bin`, each named by the digest of its bytes. A command
// that needs the model of one guide reads the index and that model, not the other guides' megabytes.
// The facts carry the digest of their bytes, a model is checked against its name: an edited or damaged
// cache costs a parse, never a wrong model. ADAPT_GUIDE_CACHE=off, or `force`, leaves it unread.
import { readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheDir } from '../cache/cache-dir.js';
import { digest } from '../cache/digest.js';
import { seal, unseal, type Sealed } from '../cache/sealed.js';
import { toolFingerprint } from '../cache/tool-id.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { FileFacts, LoadedFile, LoadTask } from './load-file.js';

const VERSION = 4;

interface Stored {
  version: number;
  tool: string;
  /** workspace-relative path → fingerprint, sealed facts, and the digest (file name) of its model when one was built */
  files: Record<string, { key: string; facts: Sealed; model?: string }>;
}

export interface LoadCacheOptions {
  /** Parse every file afresh (the models made are still remembered for the next run). */
  force?: boolean;
}

export class LoadCache {
  private readonly now: Stored['files'] = {};
  /** Models made by this load, by digest: written with the index. */
  private readonly made = new Map<string, Uint8Array>();
  private changed = false;

  private constructor(
    private readonly path: string | undefined,
    private readonly models: string,
    private readonly tool: string,
    private readonly before: Stored['files'],
  ) {}

  static open(root: string, env: NodeJS.ProcessEnv, options: LoadCacheOptions = {}): LoadCache {
    if (env.ADAPT_GUIDE_CACHE === 'off') return new LoadCache(undefined, '', '', {});
    const tool = toolFingerprint();
    const name = digest(realRoot(root)).slice(0, 16);
    const path = join(cacheDir(env), `load-${name}.bin`);
    const models = join(cacheDir(env), `models-${name}`);
    if (options.force) return new LoadCache(path, models, tool, {});
    try {
      const stored = deserialize(readFileSync(path)) as Stored;
      if (stored.version === VERSION && stored.tool === tool && stored.files) return new LoadCache(path, models, tool, stored.files);
    } catch {
      // No cache yet, or one that cannot be read: load everything.
    }
    return new LoadCache(path, models, tool, {});
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
    const facts = read<FileFacts>(unseal(hit.facts));
    if (!facts) return undefined;
    let loaded: LoadedFile = { facts };
    // A file that had a model when it was loaded has its variables among its facts.
    if (model && facts.variables) {
      const built = typeof hit.model === 'string' ? read<NonNullable<LoadedFile['model']>>(this.model(hit.model)) : undefined;
      if (!built) return undefined;
      loaded = { model: built, facts };
    }
    this.now[task.file] = hit;
    return loaded;
  }

  set(task: LoadTask, key: string, loaded: LoadedFile): void {
    if (!this.path) return;
    let model: string | undefined;
    if (loaded.model) {
      const bytes = serialize(loaded.model);
      model = digest(bytes);
      this.made.set(model, bytes);
    }
    this.now[task.file] = { key, facts: seal(serialize(loaded.facts)), ...(model ? { model } : {}) };
    this.changed = true;
  }

  /**
   * Writes the models made and the index of this load (dropping files no longer loaded, and the models no
   * file names any more) when anything changed.
   */
  save(): void {
    if (!this.path) return;
    if (!this.changed && Object.keys(this.now).length === Object.keys(this.before).length) return;
    try {
      for (const [name, bytes] of this.made) writeAtomic(join(this.models, `${name}.bin`), bytes);
      writeAtomic(this.path, serialize({ version: VERSION, tool: this.tool, files: this.now } satisfies Stored));
      const named = new Set(Object.values(this.now).map((f) => `${f.model}.bin`));
      for (const file of readdirSync(this.models)) if (file.endsWith('.bin') && !named.has(file)) rmSync(join(this.models, file), { force: true });
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }

  /** A model's bytes, when the file of that name still holds them. */
  private model(name: string): Uint8Array | undefined {
    try {
      const bytes = readFileSync(join(this.models, `${name}.bin`));
      return digest(bytes) === name ? bytes : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The value of checked bytes, when they deserialize. */
function read<T>(bytes: Uint8Array | undefined): T | undefined {
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
