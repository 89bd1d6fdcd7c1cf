// Remembers each workspace file's loaded model by a fingerprint of its content, so a command whose
// YAML has not changed skips parsing it (parsing the four guides is ~0.5 s of a cold start; reading
// the remembered models back is ~0.05 s). One file per workspace in the cache folder of the build
// cache; a fingerprint covers the tool (its compiled code), the file's role and its text, so a changed
// file, a rebuilt tool or a moved file is loaded afresh. ADAPT_GUIDE_CACHE=off turns it off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheDir, hash, toolFingerprint } from '../output/build-cache.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { LoadedFile, LoadTask } from './load-file.js';

const VERSION = 1;

interface Stored {
  version: number;
  tool: string;
  /** workspace-relative path → fingerprint and loaded file */
  files: Record<string, { key: string; loaded: LoadedFile }>;
}

export class LoadCache {
  private readonly before: Stored['files'];
  private readonly now: Stored['files'] = {};
  private changed = false;

  private constructor(
    private readonly path: string | undefined,
    private readonly tool: string,
    before: Stored['files'],
  ) {
    this.before = before;
  }

  static open(root: string, env: NodeJS.ProcessEnv): LoadCache {
    if (env.ADAPT_GUIDE_CACHE === 'off') return new LoadCache(undefined, '', {});
    const tool = toolFingerprint();
    const path = join(cacheDir(env), `load-${hash(root).slice(0, 16)}.bin`);
    try {
      const stored = deserialize(readFileSync(path)) as Stored;
      if (stored.version === VERSION && stored.tool === tool && stored.files) return new LoadCache(path, tool, stored.files);
    } catch {
      // No cache yet, or one that cannot be read: load everything.
    }
    return new LoadCache(path, tool, {});
  }

  /** The fingerprint of one file's load: the tool, the file's role and its text. */
  key(task: LoadTask, text: string): string {
    return hash(`${this.tool}\0${JSON.stringify(task)}\0${text}`);
  }

  get(task: LoadTask, key: string): LoadedFile | undefined {
    const hit = this.before[task.file];
    if (!hit || hit.key !== key) return undefined;
    this.now[task.file] = hit;
    // Handed out as is: nothing downstream changes a loaded model (localise copies what it changes).
    return hit.loaded;
  }

  set(task: LoadTask, key: string, loaded: LoadedFile): void {
    this.now[task.file] = { key, loaded };
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
