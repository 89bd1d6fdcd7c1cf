// The write step of a build, the one place an output reaches the disk: a guide's images into its
// variant's assets/, then each output file, atomically; and the removal of a failed guide's outputs.
import { join, relative, sep } from 'node:path';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AssetCopy } from './asset-sources.js';
import type { AssetRegister } from './asset-register.js';
import { removeStale, writeAtomic } from './write-atomic.js';

/** Causes a user can make (a folder where the file goes, no permission, a full or read-only disk), in the catalogue. */
const KNOWN_CAUSES = new Set(['EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTEMPTY', 'EEXIST']);

export function writeFailed(path: string, err: unknown): Diagnostic {
  const code = (err as NodeJS.ErrnoException)?.code;
  const known = code !== undefined && KNOWN_CAUSES.has(code);
  return error('write-failed', { path, reason: known ? code : err instanceof Error ? err.message : String(err) }, { at: { file: path }, ...(known ? { messageId: `write-failed-${code}` } : {}) });
}

/** An image to copy, with the bytes read for it (once per build) and their digest. */
export interface AssetBytes extends AssetCopy {
  bytes: Uint8Array;
  digest: string;
}

/** Images go beside the Markdown (`<variant>/assets/`) before any format renders. Returns the paths written, or undefined. */
export function copyAssets(firstOutput: string, assets: readonly AssetBytes[], register: AssetRegister, context: { guide: string; root: string; show?: (path: string) => string }, found: Diagnostic[]): string[] | undefined {
  for (const asset of assets) {
    const target = join(firstOutput, '..', asset.to);
    const earlier = register.conflict(target, asset.from, asset.digest);
    if (earlier) {
      const first = relative(context.root, earlier).split(sep).join('/');
      found.push(error('asset-collision', { path: asset.to, node: asset.node, first }, { at: asset.at, guide: context.guide, node: asset.node, hint: 'hint-asset-collision' }));
      return undefined;
    }
    register.claim(target, asset.from, asset.digest);
  }
  const written: string[] = [];
  let target = firstOutput;
  try {
    for (const asset of assets) {
      target = join(firstOutput, '..', asset.to);
      writeAtomic(target, asset.bytes);
      written.push(target);
    }
    return written;
  } catch (err) {
    found.push(writeFailed(context.show ? context.show(target) : target, err));
    return undefined;
  }
}

/** `shown`: the path as the user sees it (relative to where they ran the command). */
export function writeOutput(path: string, bytes: Uint8Array, found: Diagnostic[], shown = path): boolean {
  try {
    writeAtomic(path, bytes);
    return true;
  } catch (err) {
    found.push(writeFailed(shown, err));
    return false;
  }
}

/** A guide that failed must not leave an earlier build's file where its output would be. */
export function removeOutput(path: string): void {
  removeStale(path);
}
