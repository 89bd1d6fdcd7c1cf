// The files of one build run beyond the YAML (templates are read by their stage): images, each read once,
// with the digest the job key uses and the bytes the copy writes.
import { readdirSync } from 'node:fs';
import { join, relative as relativeTo } from 'node:path';
import { digest } from '../cache/digest.js';
import { readInput } from '../load/read-input.js';

/** The PDF refuses larger images too. */
const MAX_ASSET_BYTES = 20 * 1024 * 1024;

export interface SourceFile {
  bytes: Uint8Array;
  digest: string;
}

export class SourceFiles {
  private readonly files = new Map<string, SourceFile | undefined>();
  private readonly folders = new Map<string, string[] | undefined>();

  constructor(private readonly root: string) {}

  /** A file under the workspace, read at its first use in this run; undefined when it cannot be read. */
  file(relative: string): SourceFile | undefined {
    if (!this.files.has(relative)) {
      let read: SourceFile | undefined;
      const got = readInput(join(this.root, relative), { limit: MAX_ASSET_BYTES, within: [this.root] });
      read = got.ok ? { bytes: got.bytes, digest: digest(got.bytes) } : undefined;
      this.files.set(relative, read);
    }
    return this.files.get(relative);
  }

  /** Workspace-relative paths of every file below a folder (`…/assets/`), sorted; undefined when there is none. */
  folder(relative: string): string[] | undefined {
    if (!this.folders.has(relative)) {
      let names: string[] | undefined;
      try {
        names = (readdirSync(join(this.root, relative), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
          .filter((e) => e.isFile() || e.isSymbolicLink())
          .map((e) => relativeTo(this.root, join(e.parentPath, e.name)).split('\\').join('/'))
          .sort();
      } catch {
        names = undefined;
      }
      this.folders.set(relative, names);
    }
    return this.folders.get(relative);
  }
}
