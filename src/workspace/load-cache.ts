// Remembers each workspace file's loaded model by a fingerprint of its content, so a command whose
// YAML has not changed skips parsing it (parsing the four guides is ~0.5 s of a cold start; reading
// the remembered models back is ~0.05 s). A fingerprint covers the tool, the file's role and the
// digest of the very bytes the parsed text is decoded from.
//
// Per workspace (by real path), in the cache folder: an index, `load-<workspace>.bin`, holding each file's
// fingerprint and facts (its problems, its variables: what a load needs of every file), and beside it a
// folder of parts, `models-<workspace>/<digest>.bin`, each named by the digest of its bytes: each file's
// model, and apart from it the model's texts as translators see them (`translatable`, half a guide's
// bytes), which only the translator tools read. A build of one guide reads the index and that guide's
// model, not the other guides' megabytes nor any texts.
// An index entry carries the digest of its bytes, a part is checked against its name: an edited or
// damaged cache costs a parse, never a wrong model. ADAPT_GUIDE_CACHE=off, or `force`, leaves it unread.
import { readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheDir } from '../cache/cache-dir.js';
import { digest } from '../cache/digest.js';
import { seal, unseal, type Sealed } from '../cache/sealed.js';
import { toolFingerprint } from '../cache/tool-id.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { FileTexts } from '../model/types.js';
import type { FileFacts, LoadedFile, LoadTask } from './load-file.js';

const VERSION = 4;

/** One file's entry: its facts, and the names (digests) of its parts. */
interface Entry {
  facts: FileFacts;
  /** The model without its texts; present when a model was built. */
  model?: string;
  /** The model's `translatable`, for a guide or an override. */
  texts?: string;
}

interface Stored {
  version: number;
  tool: string;
  /** workspace-relative path → fingerprint and the sealed, serialized entry */
  files: Record<string, { key: string; entry: Sealed }>;
}

export interface LoadCacheOptions {
  /** Parse every file afresh (the models made are still remembered for the next run). */
  force?: boolean;
}

/** What of a file a command asks the cache for, besides its facts. */
export interface Wanted {
  model: boolean;
  /** With the model, its texts (`translatable`). */
  texts: boolean;
}

export class LoadCache {
  private readonly now: Stored['files'] = {};
  /** The parts the entries of `now` name. */
  private readonly named = new Set<string>();
  /** Parts made by this load, by name: written with the index. */
  private readonly made = new Map<string, Uint8Array>();
  private changed = false;

  private constructor(
    private readonly path: string | undefined,
    private readonly parts: string,
    private readonly tool: string,
    private readonly before: Stored['files'],
  ) {}

  static open(root: string, env: NodeJS.ProcessEnv, options: LoadCacheOptions = {}): LoadCache {
    if (env.ADAPT_GUIDE_CACHE === 'off') return new LoadCache(undefined, '', '', {});
    const tool = toolFingerprint();
    const name = digest(realRoot(root)).slice(0, 16);
    const path = join(cacheDir(env), `load-${name}.bin`);
    const parts = join(cacheDir(env), `models-${name}`);
    if (options.force) return new LoadCache(path, parts, tool, {});
    try {
      const stored = deserialize(readFileSync(path)) as Stored;
      if (stored.version === VERSION && stored.tool === tool && stored.files) return new LoadCache(path, parts, tool, stored.files);
    } catch {
      // No cache yet, or one that cannot be read: load everything.
    }
    return new LoadCache(path, parts, tool, {});
  }

  /** The fingerprint of one file's load: the tool, the file's role and the digest of the bytes of its text. */
  key(task: LoadTask, textDigest: string): string {
    return digest(`${this.tool}\0${JSON.stringify(task)}\0${textDigest}`);
  }

  /**
   * The file's facts, and of its model what `wanted` asks for, if the cache holds them for this
   * fingerprint. A file is remembered whole whatever was asked of it.
   */
  get(task: LoadTask, key: string, wanted: Wanted): LoadedFile | undefined {
    const hit = this.before[task.file];
    if (!hit || hit.key !== key) return undefined;
    const entry = read<Entry>(unseal(hit.entry));
    if (!entry) return undefined;
    let loaded: LoadedFile = { facts: entry.facts };
    if (wanted.model && entry.model) {
      const model = read<NonNullable<LoadedFile['model']>>(this.part(entry.model));
      if (!model) return undefined;
      if (wanted.texts && entry.texts) {
        const texts = read<FileTexts>(this.part(entry.texts));
        if (!texts) return undefined;
        (model as { translatable?: FileTexts }).translatable = texts;
      }
      loaded = { model, facts: entry.facts };
    }
    this.now[task.file] = hit;
    for (const part of [entry.model, entry.texts]) if (part) this.named.add(part);
    return loaded;
  }

  set(task: LoadTask, key: string, loaded: LoadedFile): void {
    if (!this.path) return;
    const entry: Entry = { facts: loaded.facts };
    if (loaded.model) {
      // The texts apart: the model's other fields keep their order, and `translatable` (the last) is added back last.
      const { translatable, ...model } = loaded.model as { translatable?: FileTexts };
      entry.model = this.make(serialize(model));
      if (translatable) entry.texts = this.make(serialize(translatable));
    }
    this.now[task.file] = { key, entry: seal(serialize(entry)) };
    this.changed = true;
  }

  /**
   * Writes the parts made and the index of this load (dropping files no longer loaded, and the parts no
   * file names any more) when anything changed.
   */
  save(): void {
    if (!this.path) return;
    if (!this.changed && Object.keys(this.now).length === Object.keys(this.before).length) return;
    try {
      for (const [name, bytes] of this.made) writeAtomic(join(this.parts, `${name}.bin`), bytes);
      writeAtomic(this.path, serialize({ version: VERSION, tool: this.tool, files: this.now } satisfies Stored));
      for (const file of readdirSync(this.parts)) {
        if (file.endsWith('.bin') && !this.named.has(file.slice(0, -'.bin'.length))) rmSync(join(this.parts, file), { force: true });
      }
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }

  /** Names a part made by this load. */
  private make(bytes: Uint8Array): string {
    const name = digest(bytes);
    this.made.set(name, bytes);
    this.named.add(name);
    return name;
  }

  /** A part's bytes, when the file of that name still holds them. */
  private part(name: string): Uint8Array | undefined {
    try {
      const bytes = readFileSync(join(this.parts, `${name}.bin`));
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
